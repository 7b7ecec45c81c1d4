"""Texts of the demo fact sheets (English and Spanish complete; French and
Haitian Creole for some sheets only, so that the fallback notice shows).
Every statement and figure comes from the IOM Regional Strategy for Central
and North America and the Caribbean 2014–2016. ``[[key]]`` places a statistic
from the library inside a sentence."""

from factsheets.demo_statistics import FUNDING_KEYS
from languages.translated import translated_fields

INDEX = translated_fields(
    title={
        "en": "Myths and facts",
        "es": "Mitos y datos",
        "fr": "Mythes et faits",
        "ht": "Manti ak verite",
    },
    intro={
        "en": "Common claims about migration in Central America, North America and the Caribbean, "
        "checked against the figures. Every figure is sourced and can be downloaded.",
        "es": "Afirmaciones frecuentes sobre la migración en Centroamérica, Norteamérica y el Caribe, "
        "contrastadas con las cifras. Cada cifra tiene su fuente y se puede descargar.",
        "fr": "Des affirmations courantes sur la migration en Amérique centrale, en Amérique du Nord et "
        "dans les Caraïbes, vérifiées à l'aide des chiffres. Chaque chiffre est sourcé et téléchargeable.",
        "ht": "Sa moun konn di sou migrasyon nan Amerik Santral, Amerik di Nò ak Karayib la, nou "
        "verifye yo ak chif yo. Chak chif gen sous li epi ou ka telechaje li.",
    },
)

P = "paragraph"
H = "heading"
C = "callout"

FACT_SHEETS = [
    {
        "slug": "migration-only-goes-south-to-north",
        "verdict": "false",
        "topics": ["benefits", "policy"],
        "countries": ["MX", "US", "BZ", "SV", "PA", "TT"],
        "title": {
            "en": "Does migration only go from south to north?",
            "es": "¿La migración solo va de sur a norte?",
            "fr": "La migration va-t-elle seulement du sud vers le nord ?",
            "ht": "Èske migrasyon se sèlman soti nan sid pou ale nan nò?",
        },
        "myth": {
            "en": "Migration only goes from south to north.",
            "es": "La migración solo va de sur a norte.",
            "fr": "La migration va seulement du sud vers le nord.",
            "ht": "Migrasyon se sèlman soti nan sid pou ale nan nò.",
        },
        "short_answer": {
            "en": "False. People also move from north to south and between countries of the south, "
            "and many migrants return home.",
            "es": "Falso. Las personas también se desplazan de norte a sur y entre países del sur, "
            "y muchas personas migrantes regresan a su país.",
            "fr": "Faux. Des personnes migrent aussi du nord vers le sud et entre pays du sud, et "
            "beaucoup de migrants rentrent chez eux.",
            "ht": "Sa pa vre. Moun deplase tou soti nan nò pou ale nan sid, ak ant peyi nan sid yo, "
            "epi anpil migran retounen lakay yo.",
        },
        "body": {
            "en": [
                (H, "North–south migration"),
                (
                    P,
                    "<p>In Mesoamerica and the Caribbean the number of north–south migrants reaches "
                    "[[mesoamerica-caribbean-north-south-migrants]], mostly retirees, investors and the "
                    "children and grandchildren of Mesoamerican migrants born in the United States.</p>",
                ),
                (C, "mexico-north-south-migrants"),
                (H, "South–south migration"),
                (
                    P,
                    "<p>In the last decade new poles of attraction have emerged in developing countries "
                    "of Mesoamerica and the Caribbean for migrants from neighbouring countries: the most "
                    "important are Mexico, Belize, El Salvador, Panama and Trinidad and Tobago.</p>",
                ),
                (
                    P,
                    "<p>In the last few years more migrants have also returned, voluntarily or "
                    "involuntarily, to Mesoamerica and the Caribbean.</p>",
                ),
            ],
            "es": [
                (H, "Migración norte-sur"),
                (
                    P,
                    "<p>En Mesoamérica y el Caribe el número de migrantes norte-sur llega a "
                    "[[mesoamerica-caribbean-north-south-migrants]], sobre todo jubilados, inversionistas e "
                    "hijos y nietos de migrantes mesoamericanos nacidos en Estados Unidos.</p>",
                ),
                (C, "mexico-north-south-migrants"),
                (H, "Migración sur-sur"),
                (
                    P,
                    "<p>En la última década han surgido nuevos polos de atracción en países en desarrollo "
                    "de Mesoamérica y el Caribe para migrantes de países vecinos: los más importantes son "
                    "México, Belice, El Salvador, Panamá y Trinidad y Tobago.</p>",
                ),
                (
                    P,
                    "<p>En los últimos años también ha aumentado el número de migrantes que han regresado, "
                    "de forma voluntaria o no, a Mesoamérica y el Caribe.</p>",
                ),
            ],
            "fr": [
                (H, "La migration nord-sud"),
                (
                    P,
                    "<p>En Mésoamérique et dans les Caraïbes, le nombre de migrants nord-sud atteint "
                    "[[mesoamerica-caribbean-north-south-migrants]] : surtout des retraités, des "
                    "investisseurs et des enfants et petits-enfants de migrants mésoaméricains nés aux "
                    "États-Unis.</p>",
                ),
                (C, "mexico-north-south-migrants"),
                (H, "La migration sud-sud"),
                (
                    P,
                    "<p>Au cours de la dernière décennie, de nouveaux pôles d'attraction sont apparus dans "
                    "des pays en développement de Mésoamérique et des Caraïbes : les plus importants sont "
                    "le Mexique, le Belize, El Salvador, le Panama et Trinité-et-Tobago.</p>",
                ),
            ],
            "ht": [
                (H, "Migrasyon nò-sid"),
                (
                    P,
                    "<p>Nan Mezoamerik ak Karayib la, kantite migran nò-sid yo rive "
                    "[[mesoamerica-caribbean-north-south-migrants]]: sitou moun ki pran retrèt, envestisè, "
                    "ak pitit ak pitit pitit migran mezoameriken ki fèt Ozetazini.</p>",
                ),
                (C, "mexico-north-south-migrants"),
                (H, "Migrasyon sid-sid"),
                (
                    P,
                    "<p>Nan dis dènye ane yo, nouvo kote ki atire migran parèt nan peyi Mezoamerik ak "
                    "Karayib la: pi enpòtan yo se Meksik, Beliz, Salvadò, Panama ak Trinite ak Tobago.</p>",
                ),
            ],
        },
    },
    {
        "slug": "migrants-are-a-burden-on-the-economy",
        "verdict": "misleading",
        "topics": ["benefits"],
        "countries": ["US", "CA"],
        "title": {
            "en": "Are migrants a burden on the economy?",
            "es": "¿Son las personas migrantes una carga para la economía?",
            "fr": "Les migrants sont-ils un fardeau pour l'économie ?",
            "ht": "Èske migran se yon chay pou ekonomi an?",
        },
        "myth": {
            "en": "Migrants are a burden on the economy.",
            "es": "Las personas migrantes son una carga para la economía.",
            "fr": "Les migrants sont un fardeau pour l'économie.",
            "ht": "Migran se yon chay pou ekonomi an.",
        },
        "short_answer": {
            "en": "Misleading. Migrants contribute to the places where they live through their labour, "
            "spending, taxes, skills and innovation, and to their countries of origin through "
            "remittances and investment.",
            "es": "Engañoso. Las personas migrantes contribuyen a los lugares donde viven con su trabajo, "
            "su consumo, sus impuestos, sus capacidades y su innovación, y a sus países de origen con "
            "remesas e inversiones.",
            "fr": "Trompeur. Les migrants contribuent aux lieux où ils vivent par leur travail, leurs "
            "dépenses, leurs impôts, leurs compétences et leur capacité d'innovation, et à leur pays "
            "d'origine par les envois de fonds et l'investissement.",
            "ht": "Sa twonpe moun. Migran yo ede kote yo rete a ak travay yo, lajan yo depanse, taks yo "
            "peye, konesans yo ak nouvo ide yo, epi yo ede peyi kote yo soti a ak lajan yo voye ak "
            "envestisman yo fè.",
        },
        "body": {
            "en": [
                (C, "north-america-foreign-born-share"),
                (
                    P,
                    "<p>About [[lac-migrants-in-north-america-share]] of all migrants born in Latin "
                    "America and the Caribbean live in North America, where [[north-america-migrants]] "
                    "migrants lived in 2013.</p>",
                ),
                (H, "What migrants contribute"),
                (
                    P,
                    "<p>The contribution of migrant workers to their host communities is evident through "
                    "their labour, their expenditures, the taxes they pay, and the capacities and "
                    "innovation they bring. They also contribute to their countries of origin through the "
                    "remittances they send and the investments they make, which help reduce poverty.</p>",
                ),
                (
                    "quote",
                    (
                        "Migration has the potential to reduce unemployment, revitalize national markets, "
                        "increase entrepreneurship and productivity, support social security schemes.",
                        "IOM Regional Strategy 2014–2016",
                    ),
                ),
            ],
            "es": [
                (C, "north-america-foreign-born-share"),
                (
                    P,
                    "<p>Alrededor del [[lac-migrants-in-north-america-share]] de todas las personas "
                    "migrantes nacidas en América Latina y el Caribe vive en Norteamérica, donde vivían "
                    "[[north-america-migrants]] de migrantes en 2013.</p>",
                ),
                (H, "Lo que aportan las personas migrantes"),
                (
                    P,
                    "<p>La contribución de los trabajadores migrantes a las comunidades de acogida se ve en "
                    "su trabajo, su consumo, los impuestos que pagan y las capacidades e innovación que "
                    "aportan. También contribuyen a sus países de origen con las remesas que envían y las "
                    "inversiones que hacen, que ayudan a reducir la pobreza.</p>",
                ),
                (
                    "quote",
                    (
                        "La migración tiene el potencial de reducir el desempleo, revitalizar los "
                        "mercados nacionales, aumentar el emprendimiento y la productividad y apoyar los "
                        "sistemas de seguridad social.",
                        "Estrategia Regional de la OIM 2014–2016",
                    ),
                ),
            ],
            "fr": [
                (C, "north-america-foreign-born-share"),
                (
                    P,
                    "<p>Environ [[lac-migrants-in-north-america-share]] des migrants nés en Amérique "
                    "latine et dans les Caraïbes vivent en Amérique du Nord.</p>",
                ),
                (
                    P,
                    "<p>Les travailleurs migrants contribuent à leurs communautés d'accueil par leur "
                    "travail, leurs dépenses, les impôts qu'ils paient, et les compétences et l'innovation "
                    "qu'ils apportent.</p>",
                ),
            ],
            "ht": [
                (C, "north-america-foreign-born-share"),
                (
                    P,
                    "<p>Anviwon [[lac-migrants-in-north-america-share]] nan tout migran ki fèt nan Amerik "
                    "Latin ak Karayib la rete Amerik di Nò.</p>",
                ),
                (
                    P,
                    "<p>Travayè migran yo ede kominote kote yo rete a ak travay yo, lajan yo depanse, taks "
                    "yo peye, ak konesans ak nouvo ide yo pote.</p>",
                ),
            ],
        },
    },
    {
        "slug": "irregular-migrants-are-criminals",
        "verdict": "false",
        "topics": ["protection"],
        "countries": ["US"],
        "title": {
            "en": "Are irregular migrants criminals?",
            "es": "¿Son delincuentes las personas migrantes en situación irregular?",
            "fr": "Les migrants en situation irrégulière sont-ils des criminels ?",
            "ht": "Èske migran san papye se kriminèl?",
        },
        "myth": {
            "en": "Irregular migrants are criminals.",
            "es": "Las personas migrantes en situación irregular son delincuentes.",
            "fr": "Les migrants en situation irrégulière sont des criminels.",
            "ht": "Migran san papye se kriminèl.",
        },
        "short_answer": {
            "en": "False. Irregular migrants are above all more exposed to crime: to discrimination, "
            "abuse, extortion, kidnapping, human trafficking and sexual violence.",
            "es": "Falso. Las personas migrantes en situación irregular están sobre todo más expuestas a "
            "los delitos: a la discriminación, el abuso, la extorsión, el secuestro, la trata de personas "
            "y la violencia sexual.",
            "fr": "Faux. Les migrants en situation irrégulière sont avant tout plus exposés à la "
            "criminalité : discrimination, abus, extorsion, enlèvement, traite des personnes et "
            "violence sexuelle.",
            "ht": "Sa pa vre. Migran san papye yo se sitou moun ki pi ekspoze a krim: diskriminasyon, abi, "
            "ekstòsyon, kidnaping, trafik moun ak vyolans seksyèl.",
        },
        "body": {
            "en": [
                (
                    P,
                    "<p>Irregular migration is common in every country of the region. In the United States, "
                    "around [[us-irregular-migrants-central-america-caribbean-share]] of all irregular "
                    "migrants, or [[us-irregular-migrants-central-america-caribbean]], were born in Central "
                    "America or the Caribbean.</p>",
                ),
                (C, "us-irregular-migrants-central-america-caribbean"),
                (H, "Victims more often than perpetrators"),
                (
                    P,
                    "<p>Irregular migrants are more vulnerable to discrimination, abuse, extortion, "
                    "kidnapping, human trafficking, sexual violence and other crimes. Children, women, "
                    "indigenous people and domestic workers are among the most vulnerable.</p>",
                ),
            ],
            "es": [
                (
                    P,
                    "<p>La migración irregular es frecuente en todos los países de la región. En Estados "
                    "Unidos, alrededor del [[us-irregular-migrants-central-america-caribbean-share]] de todos "
                    "los migrantes en situación irregular, unos [[us-irregular-migrants-central-america-caribbean]], "
                    "nacieron en Centroamérica o el Caribe.</p>",
                ),
                (C, "us-irregular-migrants-central-america-caribbean"),
                (H, "Más a menudo víctimas que autores"),
                (
                    P,
                    "<p>Las personas migrantes en situación irregular son más vulnerables a la "
                    "discriminación, el abuso, la extorsión, el secuestro, la trata de personas, la violencia "
                    "sexual y otros delitos. Niños, mujeres, indígenas y trabajadoras domésticas están entre "
                    "los más vulnerables.</p>",
                ),
            ],
            "fr": [
                (
                    P,
                    "<p>Aux États-Unis, environ [[us-irregular-migrants-central-america-caribbean-share]] "
                    "des migrants en situation irrégulière, soit [[us-irregular-migrants-central-america-caribbean]], "
                    "sont nés en Amérique centrale ou dans les Caraïbes.</p>",
                ),
                (C, "us-irregular-migrants-central-america-caribbean"),
                (H, "Plus souvent victimes qu'auteurs"),
                (
                    P,
                    "<p>Les migrants en situation irrégulière sont plus vulnérables à la discrimination, aux "
                    "abus, à l'extorsion, aux enlèvements, à la traite des personnes, à la violence sexuelle "
                    "et à d'autres crimes.</p>",
                ),
            ],
            "ht": [
                (
                    P,
                    "<p>Ozetazini, anviwon [[us-irregular-migrants-central-america-caribbean-share]] nan "
                    "tout migran san papye yo, sa vle di [[us-irregular-migrants-central-america-caribbean]], "
                    "te fèt nan Amerik Santral oswa nan Karayib la.</p>",
                ),
                (C, "us-irregular-migrants-central-america-caribbean"),
                (H, "Pi souvan viktim pase koupab"),
                (
                    P,
                    "<p>Migran san papye yo pi vilnerab devan diskriminasyon, abi, ekstòsyon, kidnaping, "
                    "trafik moun, vyolans seksyèl ak lòt krim.</p>",
                ),
            ],
        },
    },
    {
        "slug": "trafficking-does-not-affect-our-region",
        "verdict": "false",
        "topics": ["protection"],
        "countries": ["US"],
        "title": {
            "en": "Does human trafficking spare people from our region?",
            "es": "¿La trata de personas no afecta a la gente de nuestra región?",
        },
        "myth": {
            "en": "Human trafficking does not affect people from our region.",
            "es": "La trata de personas no afecta a la gente de nuestra región.",
        },
        "short_answer": {
            "en": "False. In 2007, 41% of the trafficking victims identified in the United States were "
            "nationals of Latin America and the Caribbean.",
            "es": "Falso. En 2007, el 41 % de las víctimas de trata identificadas en Estados Unidos eran "
            "nacionales de América Latina y el Caribe.",
        },
        "body": {
            "en": [
                (C, "us-trafficking-victims-lac-share"),
                (
                    P,
                    "<p>Many migrants who cross Mesoamerica and the Caribbean have an irregular status and "
                    "are at high risk of being exploited, abused, kidnapped, smuggled and trafficked.</p>",
                ),
            ],
            "es": [
                (C, "us-trafficking-victims-lac-share"),
                (
                    P,
                    "<p>Muchas de las personas migrantes que atraviesan Mesoamérica y el Caribe están en "
                    "situación irregular y corren un alto riesgo de ser explotadas, abusadas, secuestradas, "
                    "objeto de tráfico ilícito y de trata.</p>",
                ),
            ],
        },
    },
    {
        "slug": "climate-has-nothing-to-do-with-migration",
        "verdict": "false",
        "topics": ["climate", "emergencies"],
        "countries": ["HT"],
        "title": {
            "en": "Has climate change nothing to do with migration?",
            "es": "¿El cambio climático no tiene nada que ver con la migración?",
        },
        "myth": {
            "en": "Climate change has nothing to do with migration.",
            "es": "El cambio climático no tiene nada que ver con la migración.",
        },
        "short_answer": {
            "en": "False. Environmental factors have long driven migration, and these movements are "
            "expected to rise with accelerated climate change. The region is one of the most vulnerable "
            "to climate change in the world.",
            "es": "Falso. Los factores ambientales siempre han impulsado la migración, y se espera que "
            "estos desplazamientos aumenten con la aceleración del cambio climático. La región es una de "
            "las más vulnerables del mundo al cambio climático.",
        },
        "body": {
            "en": [
                (
                    P,
                    "<p>People have historically left places with harsh or deteriorating conditions. "
                    "Internal and cross-border movements are expected to rise as a result of accelerated "
                    "climate change, with unprecedented impacts on people's lives and livelihoods.</p>",
                ),
                (
                    P,
                    "<p>Yet data and case studies remain scarce, and the subject is often absent from "
                    "migration policies.</p>",
                ),
            ],
            "es": [
                (
                    P,
                    "<p>Históricamente, las personas han dejado los lugares con condiciones duras o que se "
                    "deterioran. Se espera que los desplazamientos internos y transfronterizos aumenten por "
                    "la aceleración del cambio climático, con impactos sin precedentes en la vida y los "
                    "medios de vida de las personas.</p>",
                ),
                (
                    P,
                    "<p>Sin embargo, los datos y estudios de caso siguen siendo escasos, y el tema suele "
                    "estar ausente de las políticas migratorias.</p>",
                ),
            ],
        },
    },
    {
        "slug": "migrants-are-a-health-risk",
        "verdict": "misleading",
        "topics": ["health"],
        "countries": [],
        "title": {
            "en": "Are migrants a health risk?",
            "es": "¿Son las personas migrantes un riesgo para la salud?",
        },
        "myth": {
            "en": "Migrants are a risk to public health.",
            "es": "Las personas migrantes son un riesgo para la salud pública.",
        },
        "short_answer": {
            "en": "Misleading. Migrants are particularly vulnerable to health inequities: the conditions "
            "of migration affect their own health, and their access to health services is often limited.",
            "es": "Engañoso. Las personas migrantes son especialmente vulnerables a las desigualdades en "
            "salud: las condiciones de la migración afectan su propia salud y su acceso a los servicios "
            "de salud suele ser limitado.",
        },
        "body": {
            "en": [
                (
                    P,
                    "<p>Migration is a social determinant of migrants' health. Promoting migrant-inclusive "
                    "health policies protects the health of migrants and of the communities they live "
                    "in.</p>",
                ),
                (
                    P,
                    "<p>Migration health is one of the programme areas of the 2014–2016 strategy, with "
                    "funding requirements of [[iom-funding-2014-2016-migration-health]].</p>",
                ),
            ],
            "es": [
                (
                    P,
                    "<p>La migración es un determinante social de la salud de las personas migrantes. "
                    "Promover políticas de salud que incluyan a las personas migrantes protege su salud y "
                    "la de las comunidades donde viven.</p>",
                ),
                (
                    P,
                    "<p>Migración y salud es una de las áreas programáticas de la estrategia 2014–2016, con "
                    "necesidades de financiación de [[iom-funding-2014-2016-migration-health]].</p>",
                ),
            ],
        },
    },
    {
        "slug": "our-region-is-a-main-migration-region",
        "verdict": "true",
        "topics": ["management", "policy"],
        "countries": ["US", "CA", "MX"],
        "title": {
            "en": "Is our region one of the world's main migration regions?",
            "es": "¿Es nuestra región una de las principales regiones migratorias del mundo?",
            "fr": "Notre région est-elle l'une des principales régions de migration du monde ?",
        },
        "myth": {
            "en": "Our region is one of the world's main regions of migration.",
            "es": "Nuestra región es una de las principales regiones migratorias del mundo.",
            "fr": "Notre région est l'une des principales régions de migration du monde.",
        },
        "short_answer": {
            "en": "True. With 7.2% of the world's population, the region hosts about 25% of all the "
            "world's migrants.",
            "es": "Verdadero. Con el 7,2 % de la población mundial, la región acoge alrededor del 25 % "
            "de todos los migrantes del mundo.",
            "fr": "Vrai. Avec 7,2 % de la population mondiale, la région accueille environ 25 % de tous "
            "les migrants du monde.",
        },
        "body": {
            "en": [
                (C, "region-world-migrants-share"),
                (
                    P,
                    "<p>The region has [[region-population]] inhabitants, [[region-world-population-share]] "
                    "of the world's population. In 2013 some [[north-america-migrants]] migrants lived in the "
                    "United States and Canada and about [[mesoamerica-caribbean-migrants]] in Mexico, "
                    "Central America and the Caribbean.</p>",
                ),
                (H, "What it takes to manage migration well"),
                (
                    P,
                    "<p>IOM implements [[iom-region-projects]] projects in the region, worth over "
                    "[[iom-region-projects-value]].</p>",
                ),
                (
                    "chart",
                    (
                        "IOM funding requirements by programme area, 2014–2016",
                        FUNDING_KEYS,
                        "Total funding requirements: US$366,840,000.",
                    ),
                ),
            ],
            "es": [
                (C, "region-world-migrants-share"),
                (
                    P,
                    "<p>La región tiene más de [[region-population]] de habitantes, el "
                    "[[region-world-population-share]] de la población mundial. En 2013 vivían unos "
                    "[[north-america-migrants]] de migrantes en Estados Unidos y Canadá y alrededor de "
                    "[[mesoamerica-caribbean-migrants]] en México, Centroamérica y el Caribe.</p>",
                ),
                (H, "Lo que exige gestionar bien la migración"),
                (
                    P,
                    "<p>La OIM ejecuta [[iom-region-projects]] proyectos en la región, por más de "
                    "[[iom-region-projects-value]].</p>",
                ),
                (
                    "chart",
                    (
                        "Necesidades de financiación de la OIM por área programática, 2014–2016",
                        FUNDING_KEYS,
                        "Necesidades totales de financiación: 366.840.000 US$.",
                    ),
                ),
            ],
            "fr": [
                (C, "region-world-migrants-share"),
                (
                    P,
                    "<p>La région compte plus de [[region-population]] d'habitants, soit "
                    "[[region-world-population-share]] de la population mondiale.</p>",
                ),
                (
                    "chart",
                    (
                        "Besoins de financement de l'OIM par domaine, 2014–2016",
                        FUNDING_KEYS,
                        "Besoins de financement totaux : 366 840 000 $US.",
                    ),
                ),
            ],
        },
    },
]
