"""Demo content of the home app: the home page and the About page.

Texts are drawn from the IOM Regional Strategy for Central and North America
and the Caribbean 2014–2016, which is the source of all demo content.
"""

from wagtail.models import Page, Site

from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomePage, StandardPage
from languages.translated import translated_fields

HOME = translated_fields(
    title={
        "en": "Migration Facts",
        "es": "Datos sobre migración",
        "fr": "Faits sur la migration",
        "ht": "Verite sou migrasyon",
    },
    hero_heading={
        "en": "Migration has shaped our region. Let's talk about it with facts.",
        "es": "La migración ha dado forma a nuestra región. Hablemos de ella con datos.",
        "fr": "La migration a façonné notre région. Parlons-en avec des faits.",
        "ht": "Migrasyon fòme rejyon nou an. Ann pale de li ak verite.",
    },
    hero_text={
        "en": "Central America, North America and the Caribbean are arguably the world's main "
        "region of origin, transit, destination and return of migrants. Here are the figures, "
        "the myths and the rights.",
        "es": "Centroamérica, Norteamérica y el Caribe son posiblemente la principal región de "
        "origen, tránsito, destino y retorno de migrantes del mundo. Aquí están las cifras, "
        "los mitos y los derechos.",
        "fr": "L'Amérique centrale, l'Amérique du Nord et les Caraïbes forment sans doute la "
        "principale région d'origine, de transit, de destination et de retour des migrants "
        "au monde. Voici les chiffres, les mythes et les droits.",
        "ht": "Amerik Santral, Amerik di Nò ak Karayib la se petèt rejyon prensipal nan mond "
        "lan kote migran soti, pase, rive epi retounen. Men chif yo, manti yo ak dwa yo.",
    },
    hero_cta_label={
        "en": "Read the facts",
        "es": "Lea los datos",
        "fr": "Lire les faits",
        "ht": "Li verite yo",
    },
    rights_heading={
        "en": "Know your rights",
        "es": "Conozca sus derechos",
        "fr": "Connaissez vos droits",
        "ht": "Konnen dwa ou",
    },
    rights_text={
        "en": "Every migrant has rights, whatever their migration status. Find out what they "
        "are and who can help you, in your language. Help is free.",
        "es": "Toda persona migrante tiene derechos, sea cual sea su situación migratoria. "
        "Conozca cuáles son y quién puede ayudarle, en su idioma. La ayuda es gratuita.",
        "fr": "Toute personne migrante a des droits, quel que soit son statut migratoire. "
        "Découvrez lesquels et qui peut vous aider, dans votre langue. L'aide est gratuite.",
        "ht": "Chak migran gen dwa, kèlkeswa sitiyasyon migrasyon li. Chèche konnen ki dwa "
        "ou genyen ak kiyès ki ka ede ou, nan lang ou. Èd la gratis.",
    },
)

SOURCE = "IOM Regional Strategy for Central and North America and the Caribbean, 2014–2016"


def _paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def _heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


ABOUT = translated_fields(
    title={"en": "About", "es": "Quiénes somos", "fr": "À propos", "ht": "Sou nou"},
    intro={
        "en": "Migration Facts is an open-source platform for public awareness and the fight "
        "against xenophobia on migration in Central America, North America and the Caribbean.",
        "es": "Datos sobre migración es una plataforma de código abierto para la "
        "sensibilización del público y la lucha contra la xenofobia en torno a la migración "
        "en Centroamérica, Norteamérica y el Caribe.",
        "fr": "Faits sur la migration est une plateforme libre de sensibilisation du public et "
        "de lutte contre la xénophobie sur la migration en Amérique centrale, en Amérique du "
        "Nord et dans les Caraïbes.",
        "ht": "Verite sou migrasyon se yon platfòm lojisyèl lib pou sansibilize piblik la epi "
        "goumen kont ksenofobi sou migrasyon nan Amerik Santral, Amerik di Nò ak Karayib la.",
    },
    body={
        "en": [
            _heading("Why this platform exists"),
            *_paragraphs(
                "This region has been shaped by migration. While migration has contributed "
                "significantly to the region's development, every day many migrants suffer "
                "abuse, discrimination, violence, exploitation and crime.",
                "Our content grows out of the <i>" + SOURCE + "</i>. Two of its regional "
                "objectives guide us: to fight xenophobic attitudes and discrimination through "
                "awareness raising on migrants' contributions and rights, and to contribute to "
                "the public's increased knowledge of migration.",
            ),
            _heading("Who it is for"),
            *_paragraphs(
                "The public, who read campaigns on their phones; journalists, who need figures "
                "they can cite and trust; communications officers, who write and translate; "
                "and migrants, who need to know their rights and who to call, in their own "
                "language.",
                "Every figure on this site comes from a managed statistics library with its "
                "source, so one correction updates every page that cites it.",
            ),
        ],
        "es": [
            _heading("Por qué existe esta plataforma"),
            *_paragraphs(
                "Esta región ha sido moldeada por la migración. Aunque la migración ha "
                "contribuido de manera significativa al desarrollo de la región, cada día "
                "muchas personas migrantes sufren abusos, discriminación, violencia, "
                "explotación y delitos.",
                "Nuestro contenido parte de la <i>Estrategia Regional de la OIM para "
                "Centroamérica, Norteamérica y el Caribe 2014–2016</i>. Nos guían dos de sus "
                "objetivos regionales: combatir las actitudes xenófobas y la discriminación "
                "mediante la sensibilización sobre las contribuciones y los derechos de las "
                "personas migrantes, y contribuir a un mayor conocimiento público de la "
                "migración.",
            ),
            _heading("Para quién es"),
            *_paragraphs(
                "Para el público, que lee campañas en el teléfono; para periodistas, que "
                "necesitan cifras citables y fiables; para el personal de comunicación, que "
                "redacta y traduce; y para las personas migrantes, que necesitan conocer sus "
                "derechos y a quién llamar, en su propio idioma.",
                "Cada cifra de este sitio proviene de una biblioteca de estadísticas "
                "gestionada, con su fuente: una sola corrección actualiza todas las páginas "
                "que la citan.",
            ),
        ],
        "fr": [
            _heading("Pourquoi cette plateforme"),
            *_paragraphs(
                "Cette région a été façonnée par la migration. Si la migration a "
                "considérablement contribué au développement de la région, chaque jour de "
                "nombreux migrants subissent abus, discrimination, violence, exploitation et "
                "crimes.",
                "Notre contenu s'appuie sur la <i>Stratégie régionale de l'OIM pour l'Amérique "
                "centrale, l'Amérique du Nord et les Caraïbes 2014–2016</i>. Deux de ses "
                "objectifs régionaux nous guident : lutter contre les attitudes xénophobes et "
                "la discrimination en faisant connaître les contributions et les droits des "
                "migrants, et améliorer la connaissance de la migration par le public.",
            ),
            _heading("Pour qui"),
            *_paragraphs(
                "Le public, qui lit les campagnes sur son téléphone ; les journalistes, qui "
                "ont besoin de chiffres fiables et citables ; les chargés de communication, "
                "qui rédigent et traduisent ; et les migrants, qui doivent connaître leurs "
                "droits et savoir qui appeler, dans leur langue.",
            ),
        ],
        "ht": [
            _heading("Poukisa platfòm sa a egziste"),
            *_paragraphs(
                "Migrasyon fòme rejyon sa a. Menm si migrasyon ede rejyon an devlope anpil, "
                "chak jou anpil migran sibi abi, diskriminasyon, vyolans, esplwatasyon ak "
                "krim.",
                "Kontni nou soti nan <i>Estrateji rejyonal OIM pou Amerik Santral, Amerik di "
                "Nò ak Karayib la 2014–2016</i>. De nan objektif li yo gide nou: goumen kont "
                "ksenofobi ak diskriminasyon, epi ede piblik la konprann migrasyon pi byen.",
            ),
        ],
    },
)


def ensure_home_page():
    """The site's home page, created once; Wagtail's placeholder page is removed."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's initial migration leaves a "Welcome" page under the root.
        Page.objects.filter(depth=2, content_type__model="page").delete()
        home = HomePageFactory(parent=root, slug="home", **HOME)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": "Migration Facts",
        },
    )
    return home


def load_about_page(home):
    if not StandardPage.objects.filter(slug="about").exists():
        StandardPageFactory(parent=home, slug="about", show_in_menus=True, **ABOUT)


def feature_pages(home, kind, pages):
    """Called by other apps' demo loaders: feature ``pages`` on the home page.

    ``kind`` is ``"campaigns"`` or ``"factsheets"``.
    """
    stream = getattr(home, f"featured_{kind}")
    chosen = {item["value"] for item in stream.raw_data}
    new = [("page", page) for page in pages if page.pk not in chosen]
    if new:
        for item in new:
            stream.append(item)
        home.save()


def link_page(home, role, page):
    """Called by other apps' demo loaders: ``role`` is ``"rights"`` (the "Know
    your rights" entry) or ``"hero_cta"`` (the hero's call to action)."""
    field = f"{role}_page"
    if getattr(home, f"{field}_id") != page.pk:
        setattr(home, field, page)
        home.save()
