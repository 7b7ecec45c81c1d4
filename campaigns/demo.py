"""Demo content of the campaigns app: the campaign index and three campaigns
drawn from the strategic areas of the IOM Regional Strategy for Central and
North America and the Caribbean 2014–2016 (the seed): fighting xenophobia,
protecting unaccompanied children, and disaster-induced displacement.

The seed credits real photographs that we do not have: the demo uses
abstract illustrations generated here with Pillow, credited as such (CC0).
Loading is idempotent: only what is missing is created.
"""

import datetime

from django.core.files.base import ContentFile
from wagtail.models import Page

from campaigns.factories import CampaignIndexPageFactory
from campaigns.illustrations import illustration_png, poster_pdf
from campaigns.models import CampaignIndexPage, CampaignPage
from home.demo import feature_pages
from languages.translated import translated, translated_fields
from media.factories import CustomDocumentFactory, CustomImageFactory
from media.models import CustomDocument, CustomImage

LANGS = ("en", "es", "fr", "ht")

ILLUSTRATION_CREDIT = {
    "en": "Illustration generated for the demo (CC0)",
    "es": "Ilustración generada para la demostración (CC0)",
    "fr": "Illustration générée pour la démonstration (CC0)",
    "ht": "Ilistrasyon ki fèt pou demonstrasyon an (CC0)",
}
DOCUMENT_CREDIT = {
    "en": "Generated for the demo (CC0)",
    "es": "Generado para la demostración (CC0)",
    "fr": "Généré pour la démonstration (CC0)",
    "ht": "Fèt pou demonstrasyon an (CC0)",
}
LICENCE = {
    "en": "CC0 1.0 (free to reuse)",
    "es": "CC0 1.0 (libre reutilización)",
    "fr": "CC0 1.0 (réutilisation libre)",
    "ht": "CC0 1.0 (ou lib pou reyitilize l)",
}
SOURCE = {
    "en": "Source: IOM Regional Strategy for Central and North America and the Caribbean, 2014–2016.",
    "es": "Fuente: Estrategia Regional de la OIM para Centroamérica, Norteamérica y el Caribe, 2014–2016.",
    "fr": "Source : Stratégie régionale de l'OIM pour l'Amérique centrale, l'Amérique du Nord et les "
    "Caraïbes, 2014–2016.",
    "ht": "Sous: Estrateji rejyonal OIM pou Amerik Santral, Amerik di Nò ak Karayib la, 2014–2016.",
}

INDEX = translated_fields(
    title={"en": "Campaigns", "es": "Campañas", "fr": "Campagnes", "ht": "Kanpay"},
    intro={
        "en": "Awareness campaigns against xenophobia and for the rights of migrants, to read, "
        "download and share.",
        "es": "Campañas de sensibilización contra la xenofobia y por los derechos de las personas "
        "migrantes, para leer, descargar y compartir.",
        "fr": "Des campagnes de sensibilisation contre la xénophobie et pour les droits des migrants, "
        "à lire, télécharger et partager.",
        "ht": "Kanpay sansibilizasyon kont ksenofobi ak pou dwa migran yo, pou li, telechaje epi "
        "pataje.",
    },
)

# Each illustration: a seed for the drawing, a palette, and its alt text.
ILLUSTRATIONS = {
    "contribute-hero": (
        "warm",
        {
            "en": "Abstract illustration: overlapping orange, red and teal circles on a dark band.",
            "es": "Ilustración abstracta: círculos naranjas, rojos y verde azulado superpuestos sobre una "
            "franja oscura.",
            "fr": "Illustration abstraite : cercles orange, rouges et bleu-vert superposés sur une bande "
            "sombre.",
            "ht": "Ilistrasyon abstrè: sèk zoranj, wouj ak vèt-ble youn sou lòt sou yon bann fonse.",
        },
    ),
    "contribute-gallery-1": (
        "dusk",
        {
            "en": "Abstract illustration: pink and violet circles over horizontal bands.",
            "es": "Ilustración abstracta: círculos rosados y violetas sobre franjas horizontales.",
            "fr": "Illustration abstraite : cercles roses et violets sur des bandes horizontales.",
            "ht": "Ilistrasyon abstrè: sèk woz ak vyolèt sou bann orizontal.",
        },
    ),
    "contribute-gallery-2": (
        "earth",
        {
            "en": "Abstract illustration: olive green and ochre shapes on a cream background.",
            "es": "Ilustración abstracta: formas verde oliva y ocre sobre un fondo crema.",
            "fr": "Illustration abstraite : formes vert olive et ocre sur un fond crème.",
            "ht": "Ilistrasyon abstrè: fòm vèt oliv ak okr sou yon fon krèm.",
        },
    ),
    "children-hero": (
        "sea",
        {
            "en": "Abstract illustration: circles in shades of blue, large and small, side by side.",
            "es": "Ilustración abstracta: círculos en tonos de azul, grandes y pequeños, uno al lado del otro.",
            "fr": "Illustration abstraite : cercles dans des tons de bleu, grands et petits, côte à côte.",
            "ht": "Ilistrasyon abstrè: sèk ble de plizyè koulè, gwo ak piti, youn bò lòt.",
        },
    ),
    "disasters-hero": (
        "earth",
        {
            "en": "Abstract illustration: brown and green bands crossed by large circles.",
            "es": "Ilustración abstracta: franjas marrones y verdes atravesadas por grandes círculos.",
            "fr": "Illustration abstraite : bandes brunes et vertes traversées de grands cercles.",
            "ht": "Ilistrasyon abstrè: bann mawon ak vèt ak gwo sèk ki travèse yo.",
        },
    ),
}


def ensure_illustration(key):
    """The generated illustration ``key``, created once."""
    image = CustomImage.objects.filter(title_en=f"Demo illustration: {key}").first()
    if image:
        return image
    palette, alt = ILLUSTRATIONS[key]
    titles = {
        "en": f"Demo illustration: {key}",
        "es": f"Ilustración de demostración: {key}",
        "fr": f"Illustration de démonstration : {key}",
        "ht": f"Ilistrasyon demonstrasyon: {key}",
    }
    return CustomImageFactory(
        file=ContentFile(illustration_png(key, palette), name=f"demo-{key}.png"),
        **translated_fields(
            title=titles, alt_text=alt, credit=ILLUSTRATION_CREDIT, licence=LICENCE
        ),
        shows_identifiable_people=False,
    )


def ensure_poster(slug, texts, hashtag):
    """A poster PDF of a campaign for its toolkit, created once."""
    title_en = f"Poster: {texts['en']}"
    document = CustomDocument.objects.filter(title_en=title_en).first()
    if document:
        return document
    titles = {
        "en": title_en,
        "es": f"Afiche: {texts['es']}",
        "fr": f"Affiche : {texts['fr']}",
        "ht": f"Afich: {texts['ht']}",
    }
    pdf = poster_pdf(texts["en"], "", hashtag, DOCUMENT_CREDIT["en"])
    return CustomDocumentFactory(
        file=ContentFile(pdf, name=f"poster-{slug}.pdf"),
        file_size=len(pdf),
        **translated_fields(title=titles, credit=DOCUMENT_CREDIT),
    )


def _p(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def _h(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def _statistic(*keys):
    """A published statistic of the fact-sheet app's library (demo hook 10)."""
    try:
        from factsheets.models import Statistic
    except ImportError:
        return None
    return Statistic.objects.live().filter(key__in=keys).order_by("key").first()


def _factsheets(slugs):
    """The demo fact sheets (hook 20) behind a campaign, in the given order."""
    try:
        from factsheets.models import FactSheetPage
    except ImportError:
        return []
    pages = {page.slug: page for page in FactSheetPage.objects.live().filter(slug__in=slugs)}
    return [pages[slug] for slug in slugs if slug in pages]


def _cta_target():
    try:
        from factsheets.models import FactSheetIndexPage

        index = FactSheetIndexPage.objects.live().first()
        if index:
            return index
    except ImportError:
        pass
    return Page.objects.filter(slug="about").first()


CTA = {
    "en": ("Know the facts", "Every figure on this site comes with its source.", "Read the facts"),
    "es": ("Conozca los datos", "Cada cifra de este sitio viene con su fuente.", "Lea los datos"),
    "fr": (
        "Connaître les faits",
        "Chaque chiffre de ce site est accompagné de sa source.",
        "Lire les faits",
    ),
    "ht": ("Konnen verite yo", "Chak chif sou sit sa a gen sous li.", "Li verite yo"),
}
RELATED = {
    "en": "The facts behind this campaign",
    "es": "Los datos detrás de esta campaña",
    "fr": "Les faits derrière cette campagne",
    "ht": "Verite ki dèyè kanpay sa a",
}


def _extras(lang, statistic, factsheets, cta_page, statistic_label=None):
    """Blocks shared by the demo campaigns: a figure, the facts, a call to action."""
    blocks = []
    if statistic is not None:
        blocks.append(
            {"type": "statistic", "value": {"statistic": statistic.pk, "label_override": ""}}
        )
    if factsheets:
        blocks.append(
            {
                "type": "related_factsheets",
                "value": {"heading": RELATED[lang], "pages": [p.pk for p in factsheets]},
            }
        )
    if cta_page is not None:
        heading, text, label = CTA[lang]
        blocks.append(
            {
                "type": "call_to_action",
                "value": {
                    "heading": heading,
                    "text": text,
                    "button_label": label,
                    "page": cta_page.pk,
                    "url": "",
                },
            }
        )
    return blocks


def campaign_specs():
    """The demo campaigns; texts drawn from the seed."""
    return [
        {
            "slug": "migrants-build-our-region",
            "hero": "contribute-hero",
            "start": datetime.date(2025, 3, 21),
            "end": None,
            "statistic": ("region-world-migrants-share",),
            "factsheets": (
                "migrants-are-a-burden-on-the-economy",
                "irregular-migrants-are-criminals",
            ),
            "title": {
                "en": "Migrants build our region",
                "es": "Las personas migrantes construyen nuestra región",
                "fr": "Les migrants construisent notre région",
                "ht": "Migran yo ap bati rejyon nou an",
            },
            "tagline": {
                "en": "Migration has contributed significantly to the region's development. Say no to "
                "xenophobia and discrimination.",
                "es": "La migración ha contribuido de manera significativa al desarrollo de la región. "
                "Di no a la xenofobia y a la discriminación.",
                "fr": "La migration a largement contribué au développement de la région. Non à la "
                "xénophobie et à la discrimination.",
                "ht": "Migrasyon ede rejyon an devlope anpil. Di non a ksenofobi ak diskriminasyon.",
            },
            "hashtag": {
                "en": "MigrantsContribute",
                "es": "MigrantesAportan",
                "fr": "LesMigrantsContribuent",
                "ht": "MigranYoKontribye",
            },
            "body": {
                "en": [
                    _p(
                        "This region has been shaped by migration. While migration has contributed "
                        "significantly to the region's development, every day many migrants suffer abuse, "
                        "discrimination, violence, exploitation and crime."
                    ),
                    _h("What migrants bring"),
                    _p(
                        "Migrant workers contribute to the development of their host communities through "
                        "their labour, their expenditures, the taxes they pay, and the capacities and "
                        "innovation they bring. They also contribute to their countries of origin through "
                        "the remittances they send and the investments they make."
                    ),
                    _p(SOURCE["en"]),
                ],
                "es": [
                    _p(
                        "Esta región ha sido moldeada por la migración. Aunque la migración ha contribuido "
                        "de manera significativa al desarrollo de la región, cada día muchas personas "
                        "migrantes sufren abusos, discriminación, violencia, explotación y delitos."
                    ),
                    _h("Lo que aportan las personas migrantes"),
                    _p(
                        "Las personas trabajadoras migrantes contribuyen al desarrollo de sus comunidades "
                        "de acogida con su trabajo, su consumo, los impuestos que pagan y las capacidades e "
                        "innovación que aportan. También contribuyen a sus países de origen con las remesas "
                        "que envían y las inversiones que hacen."
                    ),
                    _p(SOURCE["es"]),
                ],
                "fr": [
                    _p(
                        "Cette région a été façonnée par la migration. Si la migration a considérablement "
                        "contribué au développement de la région, chaque jour de nombreux migrants subissent "
                        "abus, discrimination, violence, exploitation et crimes."
                    ),
                    _h("Ce qu'apportent les migrants"),
                    _p(
                        "Les travailleurs migrants contribuent au développement de leurs communautés "
                        "d'accueil par leur travail, leurs dépenses, les impôts qu'ils paient, et les "
                        "compétences et l'innovation qu'ils apportent. Ils contribuent aussi à leur pays "
                        "d'origine par les fonds qu'ils envoient et les investissements qu'ils font."
                    ),
                    _p(SOURCE["fr"]),
                ],
                "ht": [
                    _p(
                        "Migrasyon fòme rejyon sa a. Menm si migrasyon ede rejyon an devlope anpil, chak "
                        "jou anpil migran sibi abi, diskriminasyon, vyolans, esplwatasyon ak krim."
                    ),
                    _h("Sa migran yo pote"),
                    _p(
                        "Travayè migran yo ede kominote kote yo rete a devlope ak travay yo, lajan yo "
                        "depanse, taks yo peye, ak konesans ak inovasyon yo pote. Yo ede peyi yo soti a tou "
                        "ak lajan yo voye ak envestisman yo fè."
                    ),
                    _p(SOURCE["ht"]),
                ],
            },
            "testimony": {
                "en": (
                    "I came to work, and I stayed to build a life here with my neighbours.",
                    "Sample testimony written for the demo: not a real person.",
                ),
                "es": (
                    "Vine a trabajar y me quedé para construir una vida aquí con mis vecinos.",
                    "Testimonio de ejemplo escrito para la demostración: no es una persona real.",
                ),
                "fr": (
                    "Je suis venue pour travailler, et je suis restée pour construire une vie ici avec "
                    "mes voisins.",
                    "Témoignage d'exemple écrit pour la démonstration : ce n'est pas une personne réelle.",
                ),
                "ht": (
                    "Mwen te vin travay, epi mwen rete pou m bati yon lavi isit la ak vwazen m yo.",
                    "Egzanp temwayaj ki ekri pou demonstrasyon an: se pa yon moun ki egziste vre.",
                ),
            },
            "gallery": ["contribute-gallery-1", "contribute-gallery-2"],
            "poster": True,
        },
        {
            "slug": "protect-children-on-the-move",
            "hero": "children-hero",
            "start": datetime.date(2025, 6, 1),
            "end": None,
            "statistic": ("us-trafficking-victims-lac-share",),
            "factsheets": ("trafficking-does-not-affect-our-region",),
            "title": {
                "en": "Protect children on the move",
                "es": "Proteger a la niñez migrante",
                "fr": "Protéger les enfants en migration",
                "ht": "Pwoteje timoun k ap migre",
            },
            "tagline": {
                "en": "Unaccompanied children are among the most vulnerable migrants. They need "
                "protection, whatever their status.",
                "es": "Los niños, niñas y adolescentes no acompañados están entre las personas migrantes "
                "más vulnerables. Necesitan protección, sea cual sea su situación.",
                "fr": "Les enfants non accompagnés sont parmi les migrants les plus vulnérables. Ils ont "
                "besoin de protection, quel que soit leur statut.",
                "ht": "Timoun ki vwayaje poukont yo se pami migran ki pi vilnerab yo. Yo bezwen "
                "pwoteksyon, kèlkeswa sitiyasyon yo.",
            },
            "hashtag": {
                "en": "ProtectChildrenOnTheMove",
                "es": "ProtegerALaNiñezMigrante",
                "fr": "ProtégerLesEnfants",
                "ht": "PwotejeTimounYo",
            },
            "body": {
                "en": [
                    _p(
                        "A particularly alarming irregular migration trend is made up of immigrant "
                        "children, especially unaccompanied, principally originating from Mesoamerica."
                    ),
                    _p(
                        "IOM builds upon governments' growing interest in the protection of and assistance "
                        "to victims of human trafficking, unaccompanied children, internally displaced "
                        "persons, and migrants who have been victims of crimes and abuses."
                    ),
                    _p(SOURCE["en"]),
                ],
                "es": [
                    _p(
                        "Una tendencia de migración irregular especialmente alarmante es la de niños, niñas "
                        "y adolescentes migrantes, sobre todo no acompañados, que provienen principalmente de "
                        "Mesoamérica."
                    ),
                    _p(
                        "La OIM se apoya en el creciente interés de los gobiernos por la protección y la "
                        "asistencia a las víctimas de trata de personas, la niñez no acompañada, las personas "
                        "desplazadas internas y las personas migrantes víctimas de delitos y abusos."
                    ),
                    _p(SOURCE["es"]),
                ],
                "fr": [
                    _p(
                        "Une tendance particulièrement alarmante de la migration irrégulière concerne les "
                        "enfants migrants, surtout non accompagnés, venant principalement de Mésoamérique."
                    ),
                    _p(
                        "L'OIM s'appuie sur l'intérêt croissant des gouvernements pour la protection et "
                        "l'assistance aux victimes de la traite, aux enfants non accompagnés, aux personnes "
                        "déplacées internes et aux migrants victimes de crimes et d'abus."
                    ),
                    _p(SOURCE["fr"]),
                ],
                "ht": [
                    _p(
                        "Youn nan tandans migrasyon iregilye ki pi enkyetan an se timoun migran, sitou "
                        "timoun ki vwayaje poukont yo, ki soti sitou nan Mezoamerik."
                    ),
                    _p(
                        "OIM ap apiye sou enterè gouvènman yo genyen pou pwoteje epi ede viktim trafik "
                        "moun, timoun ki poukont yo, moun ki deplase anndan peyi yo, ak migran ki viktim "
                        "krim ak abi."
                    ),
                    _p(SOURCE["ht"]),
                ],
            },
            "poster": True,
        },
        {
            "slug": "prepared-together",
            "hero": "disasters-hero",
            "start": datetime.date(2014, 6, 1),
            "end": datetime.date(2016, 12, 31),
            "statistic": ("iom-funding-2014-2016-operations-emergencies-post-crisis",),
            "factsheets": ("climate-has-nothing-to-do-with-migration",),
            "title": {
                "en": "Prepared together: disasters and displacement",
                "es": "Preparados juntos: desastres y desplazamiento",
                "fr": "Préparés ensemble : catastrophes et déplacements",
                "ht": "Pare ansanm: dezas ak deplasman",
            },
            "tagline": {
                "en": "The region is one of the most vulnerable to climate change in the world. "
                "Preparing saves lives and prevents forced migration.",
                "es": "La región es una de las más vulnerables al cambio climático del mundo. Prepararse "
                "salva vidas y previene la migración forzada.",
                "fr": "La région est l'une des plus vulnérables au changement climatique au monde. Se "
                "préparer sauve des vies et prévient la migration forcée.",
                "ht": "Rejyon an se youn nan sa ki pi vilnerab a chanjman klima nan mond lan. Prepare "
                "sove lavi epi anpeche migrasyon fòse.",
            },
            "hashtag": {
                "en": "PreparedTogether",
                "es": "PreparadosJuntos",
                "fr": "PréparésEnsemble",
                "ht": "PareAnsanm",
            },
            "body": {
                "en": [
                    _p(
                        "Environmental factors have long had an impact on migration: people have left "
                        "places with harsh or deteriorating conditions. Such flows are expected to rise as a "
                        "result of accelerated climate change."
                    ),
                    _h("What the strategy set out to do"),
                    _p(
                        "Prevent forced migration resulting from environmental factors to the extent "
                        "possible; assist and protect populations affected by climate change; facilitate "
                        "migration as an adaptation strategy; and increase communities' resilience."
                    ),
                    _p(SOURCE["en"]),
                ],
                "es": [
                    _p(
                        "Los factores ambientales influyen desde hace mucho en la migración: las personas "
                        "han dejado lugares con condiciones duras o que se deterioran. Se espera que estos "
                        "flujos aumenten con la aceleración del cambio climático."
                    ),
                    _h("Lo que se propuso la estrategia"),
                    _p(
                        "Prevenir en lo posible la migración forzada por factores ambientales; asistir y "
                        "proteger a las poblaciones afectadas por el cambio climático; facilitar la "
                        "migración como estrategia de adaptación; y aumentar la resiliencia de las "
                        "comunidades."
                    ),
                    _p(SOURCE["es"]),
                ],
                "fr": [
                    _p(
                        "Les facteurs environnementaux influencent depuis longtemps la migration : des "
                        "personnes ont quitté des lieux aux conditions difficiles ou qui se dégradent. Ces "
                        "flux devraient augmenter avec l'accélération du changement climatique."
                    ),
                    _h("Ce que la stratégie prévoyait"),
                    _p(
                        "Prévenir autant que possible la migration forcée due à l'environnement ; assister "
                        "et protéger les populations touchées par le changement climatique ; faciliter la "
                        "migration comme stratégie d'adaptation ; et renforcer la résilience des "
                        "communautés."
                    ),
                    _p(SOURCE["fr"]),
                ],
                "ht": [
                    _p(
                        "Depi lontan, anviwònman an gen enfliyans sou migrasyon: moun kite kote kondisyon "
                        "yo di oswa ap vin pi mal. Yo prevwa mouvman sa yo ap ogmante ak chanjman klima a "
                        "k ap akselere."
                    ),
                    _h("Sa estrateji a te vle fè"),
                    _p(
                        "Anpeche migrasyon fòse akoz anviwònman an otan ke posib; ede epi pwoteje moun "
                        "chanjman klima frape; fasilite migrasyon kòm yon fason pou adapte; epi ranfòse "
                        "kominote yo pou yo reziste pi byen."
                    ),
                    _p(SOURCE["ht"]),
                ],
            },
            "poster": False,
        },
    ]


def _body(spec, lang, statistic, factsheets, cta_page):
    body = list(spec["body"][lang])
    insert_at = 2
    if spec.get("testimony"):
        quote, note = spec["testimony"][lang]
        name = {"en": "Rosa", "es": "Rosa", "fr": "Rosa", "ht": "Rosa"}[lang]
        body.insert(
            insert_at,
            {
                "type": "testimony",
                "value": {
                    "quote": quote,
                    "name": name,
                    "context": "",
                    "consent_given": True,
                    "consent_note": note,
                },
            },
        )
    if spec.get("gallery"):
        images = [ensure_illustration(key) for key in spec["gallery"]]
        body.append(
            {
                "type": "gallery",
                "value": {
                    "heading": "",
                    "images": [{"image": i.pk, "caption": ""} for i in images],
                },
            }
        )
    return body + _extras(lang, statistic, factsheets, cta_page)


def ensure_index(home):
    index = CampaignIndexPage.objects.first()
    if index is None:
        index = CampaignIndexPageFactory(parent=home, slug="campaigns", show_in_menus=True, **INDEX)
        index.save_revision().publish()
    return index


def ensure_campaign(index, spec):
    page = CampaignPage.objects.filter(slug=spec["slug"]).first()
    if page is not None:
        return page
    statistic = _statistic(*spec["statistic"])
    factsheets = _factsheets(spec.get("factsheets", ()))
    cta_page = _cta_target()
    toolkit = []
    if spec.get("poster"):
        toolkit.append(
            {
                "type": "document",
                "value": ensure_poster(spec["slug"], spec["title"], spec["hashtag"]["en"]).pk,
            }
        )
    page = CampaignPage(
        slug=spec["slug"],
        hero_image=ensure_illustration(spec["hero"]),
        start_date=spec["start"],
        end_date=spec["end"],
        toolkit=toolkit,
        **translated_fields(title=spec["title"], tagline=spec["tagline"], hashtag=spec["hashtag"]),
        **{
            k: v
            for lang in LANGS
            for k, v in translated(
                "body", {lang: _body(spec, lang, statistic, factsheets, cta_page)}
            ).items()
        },
    )
    index.add_child(instance=page)
    # Publishing through a revision draws the share cards (page_published).
    page.save_revision().publish()
    return page


def load_campaigns(home):
    index = ensure_index(home)
    pages = [ensure_campaign(index, spec) for spec in campaign_specs()]
    feature_pages(home, "campaigns", [page for page in pages if not page.has_ended()])
