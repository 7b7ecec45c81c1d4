"""Demo content of the rights app: sample help contacts, the rights guide
index at /rights/ and guides for the whole region, Mexico and Costa Rica, in
English, Spanish, French and Haitian Creole.

Topics come from the IOM Regional Strategy for Central and North America and
the Caribbean 2014–2016 (protection of victims of trafficking, unaccompanied
children, displaced persons and migrants who are victims of crimes and abuse;
health; assisted voluntary return and reintegration; "the rights of migrants,
regardless of their migration status"). The guides give general guidance and
send readers to legal aid for their case: they state no country's law.

Every contact is a SAMPLE: fictional organisations, numbers in the +000 form
that no network routes, no real addresses.
"""

import datetime

from home.demo import link_page
from languages.translated import translated_fields
from rights.factories import HelpContactFactory, RightsGuideIndexPageFactory, RightsGuidePageFactory
from rights.models import HelpContact, RightsGuideContact, RightsGuideIndexPage, RightsGuidePage
from rights.places import REGION, Topic

REVIEWED = datetime.date(2026, 11, 15)

ALL_LANGUAGES = {
    "en": "English, Spanish, French, Haitian Creole",
    "es": "inglés, español, francés, criollo haitiano",
    "fr": "anglais, espagnol, français, créole haïtien",
    "ht": "angle, panyòl, franse, kreyòl ayisyen",
}
EVERY_DAY = {
    "en": "Every day, 24 hours a day",
    "es": "Todos los días, las 24 horas",
    "fr": "Tous les jours, 24 heures sur 24",
    "ht": "Chak jou, 24 èdtan sou 24",
}
PHONE_ONLY = {
    "en": "No office: phone and messages only (sample)",
    "es": "Sin oficina: solo teléfono y mensajes (ejemplo)",
    "fr": "Pas de bureau : téléphone et messages seulement (exemple)",
    "ht": "Pa gen biwo: telefòn ak mesaj sèlman (egzanp)",
}
SAMPLE_ADDRESS = {
    "en": "0 Example Street, Example Town (sample address)",
    "es": "Calle Ejemplo 0, Ciudad Ejemplo (dirección de ejemplo)",
    "fr": "0 rue Exemple, Ville-Exemple (adresse d'exemple)",
    "ht": "0 Ri Egzanp, Vil Egzanp (adrès egzanp)",
}

CONTACTS = {
    "regional-line": dict(
        country=REGION,
        phone="+000 0000 0000",
        whatsapp="+000 0000 0001",
        **translated_fields(
            organisation={
                "en": "Regional Migrant Help Line (sample)",
                "es": "Línea regional de ayuda a migrantes (ejemplo)",
                "fr": "Ligne régionale d'aide aux migrants (exemple)",
                "ht": "Liy rejyonal pou ede migran (egzanp)",
            },
            description={
                "en": "Listens, explains your options and tells you where to find help near you.",
                "es": "Le escucha, le explica sus opciones y le dice dónde encontrar ayuda cerca.",
                "fr": "Vous écoute, vous explique vos options et vous dit où trouver de l'aide près de vous.",
                "ht": "Yo koute ou, yo esplike ou sa ou ka fè epi yo di ou ki kote pou jwenn èd toupre ou.",
            },
            hours=EVERY_DAY,
            languages_spoken=ALL_LANGUAGES,
            address=PHONE_ONLY,
        ),
    ),
    "mexico-legal-aid": dict(
        country="MX",
        phone="+000 0000 0101",
        sms="+000 0000 0102",
        **translated_fields(
            organisation={
                "en": "Migrants' Legal Aid Centre (sample)",
                "es": "Centro de asesoría legal para migrantes (ejemplo)",
                "fr": "Centre d'aide juridique aux migrants (exemple)",
                "ht": "Sant èd legal pou migran (egzanp)",
            },
            description={
                "en": "Free advice on asylum, detention and reporting crimes.",
                "es": "Asesoría gratuita sobre asilo, detención y denuncia de delitos.",
                "fr": "Conseils gratuits sur l'asile, la détention et le signalement des crimes.",
                "ht": "Konsèy gratis sou azil, detansyon ak kijan pou denonse yon krim.",
            },
            hours={
                "en": "Monday to Friday, 9:00 to 17:00",
                "es": "De lunes a viernes, de 9:00 a 17:00",
                "fr": "Du lundi au vendredi, de 9 h à 17 h",
                "ht": "Lendi rive vandredi, 9è rive 5è",
            },
            languages_spoken={
                "en": "Spanish, Haitian Creole, French",
                "es": "español, criollo haitiano, francés",
                "fr": "espagnol, créole haïtien, français",
                "ht": "panyòl, kreyòl ayisyen, franse",
            },
            address=SAMPLE_ADDRESS,
        ),
    ),
    "mexico-shelters": dict(
        country="MX",
        phone="+000 0000 0103",
        whatsapp="+000 0000 0104",
        **translated_fields(
            organisation={
                "en": "Migrant Shelter Network (sample)",
                "es": "Red de albergues para migrantes (ejemplo)",
                "fr": "Réseau de foyers pour migrants (exemple)",
                "ht": "Rezo kay akèy pou migran (egzanp)",
            },
            description={
                "en": "A safe place to sleep, food and first aid on the way.",
                "es": "Un lugar seguro para dormir, comida y primeros auxilios en el camino.",
                "fr": "Un endroit sûr pour dormir, de la nourriture et les premiers soins en chemin.",
                "ht": "Yon kote ki an sekirite pou dòmi, manje ak premye swen sou wout la.",
            },
            hours=EVERY_DAY,
            languages_spoken={
                "en": "Spanish, Haitian Creole",
                "es": "español, criollo haitiano",
                "fr": "espagnol, créole haïtien",
                "ht": "panyòl, kreyòl ayisyen",
            },
            address=PHONE_ONLY,
        ),
    ),
    "costa-rica-workers": dict(
        country="CR",
        phone="+000 0000 0201",
        whatsapp="+000 0000 0202",
        **translated_fields(
            organisation={
                "en": "Migrant Workers' Advice Office (sample)",
                "es": "Oficina de orientación para trabajadores migrantes (ejemplo)",
                "fr": "Bureau de conseil aux travailleurs migrants (exemple)",
                "ht": "Biwo konsèy pou travayè migran (egzanp)",
            },
            description={
                "en": "Advice on pay, working conditions and health care.",
                "es": "Orientación sobre salario, condiciones de trabajo y atención de salud.",
                "fr": "Conseils sur le salaire, les conditions de travail et les soins de santé.",
                "ht": "Konsèy sou salè, kondisyon travay ak swen sante.",
            },
            hours={
                "en": "Monday to Saturday, 8:00 to 16:00",
                "es": "De lunes a sábado, de 8:00 a 16:00",
                "fr": "Du lundi au samedi, de 8 h à 16 h",
                "ht": "Lendi rive samdi, 8è rive 4è",
            },
            languages_spoken={
                "en": "Spanish, English",
                "es": "español, inglés",
                "fr": "espagnol, anglais",
                "ht": "panyòl, angle",
            },
            address=SAMPLE_ADDRESS,
        ),
    ),
}


def _qa(*pairs):
    return [
        {"type": "question", "value": {"question": question, "answer": f"<p>{answer}</p>"}}
        for question, answer in pairs
    ]


INDEX = translated_fields(
    title={
        "en": "Know your rights",
        "es": "Conozca sus derechos",
        "fr": "Connaissez vos droits",
        "ht": "Konnen dwa ou",
    },
    intro={
        "en": "Choose where you are, then what you need help with. Help is free.",
        "es": "Elija dónde está y luego en qué necesita ayuda. La ayuda es gratuita.",
        "fr": "Choisissez où vous êtes, puis ce pour quoi vous avez besoin d'aide. L'aide est gratuite.",
        "ht": "Chwazi ki kote ou ye, epi ki sa ou bezwen èd pou li. Èd la gratis.",
    },
)

REGION_GUIDE = dict(
    slug="your-rights-in-the-region",
    country=REGION,
    topics=[
        Topic.ASYLUM,
        Topic.TRAFFICKING,
        Topic.CHILDREN,
        Topic.HEALTH,
        Topic.RETURN,
        Topic.DISASTERS,
    ],
    contacts=["regional-line"],
    **translated_fields(
        title={
            "en": "Your rights as a migrant, wherever you are in the region",
            "es": "Sus derechos como migrante, esté donde esté en la región",
            "fr": "Vos droits de migrant, où que vous soyez dans la région",
            "ht": "Dwa ou kòm migran, kèlkeswa kote ou ye nan rejyon an",
        },
        summary={
            "en": "You have rights, whatever your migration status. This guide answers common "
            "questions and tells you who can help. It covers Central America, North America and "
            "the Caribbean.",
            "es": "Usted tiene derechos, sea cual sea su situación migratoria. Esta guía responde "
            "preguntas frecuentes y le dice quién puede ayudarle. Cubre Centroamérica, "
            "Norteamérica y el Caribe.",
            "fr": "Vous avez des droits, quel que soit votre statut migratoire. Ce guide répond aux "
            "questions fréquentes et vous dit qui peut vous aider. Il couvre l'Amérique centrale, "
            "l'Amérique du Nord et les Caraïbes.",
            "ht": "Ou gen dwa, kèlkeswa sitiyasyon migrasyon ou. Gid sa a reponn kesyon moun "
            "poze souvan epi li di ou kiyès ki ka ede ou. Li pale sou Amerik Santral, Amerik di "
            "Nò ak Karayib la.",
        },
        sections={
            "en": _qa(
                (
                    "Do I have rights if I have no papers?",
                    "Yes. You have human rights, whatever your migration status. International "
                    "organizations such as IOM work with governments in the region to promote the "
                    "rights of migrants regardless of their migration status. Laws are different in "
                    "each country: ask a legal aid organization about your specific case.",
                ),
                (
                    "Someone took my documents and makes me work without pay. What can I do?",
                    "This may be human trafficking or exploitation. It is not your fault. Call one of "
                    "the contacts on this page. Protecting and helping victims of trafficking is a "
                    "priority for IOM and for many governments in the region.",
                ),
                (
                    "I am under 18 and travelling alone. Who can help me?",
                    "Children travelling alone face a high risk of abuse, kidnapping and trafficking. "
                    "Call a contact on this page or go to a child protection office. Tell them your "
                    "age: children should get special protection.",
                ),
                (
                    "Can I see a doctor?",
                    "Migrants often find it hard to get health care. IOM works for health services "
                    "that include migrants. Ask a contact on this page where you can get care near "
                    "you, including help for stress, fear or sadness.",
                ),
                (
                    "I want to go back home. Can someone help me?",
                    "Organizations such as IOM run programmes of assisted voluntary return and "
                    "reintegration. Ask whether you can take part. Your return must be your own "
                    "choice.",
                ),
                (
                    "A hurricane or an earthquake forced me to leave my home. What help is there?",
                    "After disasters, IOM and governments give shelter, transport, health care and "
                    "psychological support to people who had to leave their homes. Ask a contact on "
                    "this page or the local authorities where help is given.",
                ),
            ),
            "es": _qa(
                (
                    "¿Tengo derechos si no tengo papeles?",
                    "Sí. Usted tiene derechos humanos, sea cual sea su situación migratoria. "
                    "Organizaciones internacionales como la OIM trabajan con los gobiernos de la "
                    "región para promover los derechos de las personas migrantes, "
                    "independientemente de su situación migratoria. Las leyes cambian en cada país: "
                    "consulte su caso concreto con una organización de asesoría legal.",
                ),
                (
                    "Alguien me quitó mis documentos y me hace trabajar sin pagarme. ¿Qué puedo hacer?",
                    "Puede ser trata de personas o explotación. No es su culpa. Llame a uno de los "
                    "contactos de esta página. Proteger y ayudar a las víctimas de trata es una "
                    "prioridad para la OIM y para muchos gobiernos de la región.",
                ),
                (
                    "Tengo menos de 18 años y viajo solo o sola. ¿Quién me puede ayudar?",
                    "Los niños, niñas y adolescentes que viajan solos corren un alto riesgo de "
                    "abuso, secuestro y trata. Llame a un contacto de esta página o acuda a una "
                    "oficina de protección de la infancia. Diga su edad: los menores deben recibir "
                    "una protección especial.",
                ),
                (
                    "¿Puedo ver a un médico?",
                    "A las personas migrantes a menudo les cuesta recibir atención de salud. La OIM "
                    "trabaja por servicios de salud que incluyan a los migrantes. Pregunte a un "
                    "contacto de esta página dónde puede recibir atención cerca de usted, también "
                    "ayuda para el estrés, el miedo o la tristeza.",
                ),
                (
                    "Quiero volver a mi país. ¿Alguien me puede ayudar?",
                    "Organizaciones como la OIM tienen programas de retorno voluntario asistido y "
                    "reintegración. Pregunte si puede participar. Volver debe ser su propia "
                    "decisión.",
                ),
                (
                    "Un huracán o un terremoto me obligó a dejar mi casa. ¿Qué ayuda hay?",
                    "Después de un desastre, la OIM y los gobiernos dan albergue, transporte, "
                    "atención de salud y apoyo psicológico a las personas que tuvieron que dejar su "
                    "casa. Pregunte a un contacto de esta página o a las autoridades locales dónde se "
                    "da la ayuda.",
                ),
            ),
            "fr": _qa(
                (
                    "Ai-je des droits si je n'ai pas de papiers ?",
                    "Oui. Vous avez des droits humains, quel que soit votre statut migratoire. Des "
                    "organisations internationales comme l'OIM travaillent avec les gouvernements de "
                    "la région pour promouvoir les droits des migrants, quel que soit leur statut "
                    "migratoire. Les lois changent d'un pays à l'autre : demandez conseil sur votre "
                    "cas à une organisation d'aide juridique.",
                ),
                (
                    "Quelqu'un a pris mes papiers et me fait travailler sans me payer. Que faire ?",
                    "C'est peut-être de la traite des personnes ou de l'exploitation. Ce n'est pas "
                    "votre faute. Appelez l'un des contacts de cette page. Protéger et aider les "
                    "victimes de la traite est une priorité pour l'OIM et pour de nombreux "
                    "gouvernements de la région.",
                ),
                (
                    "J'ai moins de 18 ans et je voyage seul. Qui peut m'aider ?",
                    "Les enfants qui voyagent seuls courent un grand risque d'abus, d'enlèvement et "
                    "de traite. Appelez un contact de cette page ou allez dans un bureau de "
                    "protection de l'enfance. Dites votre âge : les enfants doivent recevoir une "
                    "protection spéciale.",
                ),
                (
                    "Puis-je voir un médecin ?",
                    "Les migrants ont souvent du mal à se faire soigner. L'OIM travaille pour des "
                    "services de santé qui incluent les migrants. Demandez à un contact de cette page "
                    "où vous faire soigner près de chez vous, y compris pour le stress, la peur ou la "
                    "tristesse.",
                ),
                (
                    "Je veux rentrer chez moi. Quelqu'un peut-il m'aider ?",
                    "Des organisations comme l'OIM ont des programmes d'aide au retour volontaire et "
                    "à la réintégration. Demandez si vous pouvez y participer. Rentrer doit être votre "
                    "propre choix.",
                ),
                (
                    "Un ouragan ou un tremblement de terre m'a forcé à quitter ma maison. Quelle aide existe ?",
                    "Après une catastrophe, l'OIM et les gouvernements donnent un abri, du transport, "
                    "des soins et un soutien psychologique aux personnes qui ont dû quitter leur "
                    "maison. Demandez à un contact de cette page ou aux autorités locales où l'aide "
                    "est donnée.",
                ),
            ),
            "ht": _qa(
                (
                    "Èske mwen gen dwa si mwen pa gen papye?",
                    "Wi. Ou gen dwa moun, kèlkeswa sitiyasyon migrasyon ou. Òganizasyon "
                    "entènasyonal tankou OIM ap travay ak gouvènman nan rejyon an pou fè respekte "
                    "dwa migran yo, kit yo gen papye kit yo pa genyen. Lwa yo chanje nan chak peyi: "
                    "mande yon òganizasyon èd legal konsèy sou ka pa ou.",
                ),
                (
                    "Yon moun pran papye mwen epi li fè m travay san li pa peye m. Kisa m ka fè?",
                    "Sa ka trafik moun oswa esplwatasyon. Se pa fòt ou. Rele youn nan kontak ki sou "
                    "paj sa a. Pwoteje ak ede viktim trafik moun se yon priyorite pou OIM ak pou "
                    "anpil gouvènman nan rejyon an.",
                ),
                (
                    "Mwen poko gen 18 an epi m ap vwayaje poukont mwen. Kiyès ki ka ede m?",
                    "Timoun ki vwayaje poukont yo gen gwo risk pou yo sibi abi, kidnaping ak trafik. "
                    "Rele yon kontak ki sou paj sa a oswa ale nan yon biwo pwoteksyon timoun. Di yo "
                    "laj ou: timoun dwe jwenn yon pwoteksyon espesyal.",
                ),
                (
                    "Èske m ka wè yon doktè?",
                    "Souvan, migran yo gen difikilte pou jwenn swen sante. OIM ap travay pou sèvis "
                    "sante yo resevwa migran yo tou. Mande yon kontak ki sou paj sa a ki kote ou ka "
                    "jwenn swen toupre ou, menm pou estrès, laperèz oswa tristès.",
                ),
                (
                    "Mwen vle retounen lakay mwen. Èske yon moun ka ede m?",
                    "Òganizasyon tankou OIM gen pwogram pou ede moun retounen volontèman epi "
                    "reyentegre lakay yo. Mande si ou ka patisipe. Retounen dwe se pwòp chwa pa ou.",
                ),
                (
                    "Yon siklòn oswa yon tranblemanntè fòse m kite kay mwen. Ki èd ki genyen?",
                    "Apre yon dezas, OIM ak gouvènman yo bay abri, transpò, swen sante ak sipò "
                    "sikolojik pou moun ki te oblije kite kay yo. Mande yon kontak ki sou paj sa a "
                    "oswa otorite lokal yo ki kote y ap bay èd.",
                ),
            ),
        },
        card_points={
            "en": "You have human rights, whatever your migration status.\n"
            "If someone keeps your documents or makes you work without pay, call for help.\n"
            "Children travelling alone should get special protection.\n"
            "Returning home must be your own choice.\n"
            "Ask a legal aid organization about your specific case.",
            "es": "Usted tiene derechos humanos, sea cual sea su situación migratoria.\n"
            "Si alguien le quita sus documentos o le hace trabajar sin pagar, pida ayuda.\n"
            "Los menores que viajan solos deben recibir protección especial.\n"
            "Volver a su país debe ser su propia decisión.\n"
            "Consulte su caso concreto con una organización de asesoría legal.",
            "fr": "Vous avez des droits humains, quel que soit votre statut migratoire.\n"
            "Si quelqu'un garde vos papiers ou vous fait travailler sans payer, demandez de l'aide.\n"
            "Les enfants qui voyagent seuls doivent recevoir une protection spéciale.\n"
            "Rentrer chez vous doit être votre propre choix.\n"
            "Demandez conseil sur votre cas à une organisation d'aide juridique.",
            "ht": "Ou gen dwa moun, kèlkeswa sitiyasyon migrasyon ou.\n"
            "Si yon moun kenbe papye ou oswa fè ou travay san peye, mande èd.\n"
            "Timoun ki vwayaje poukont yo dwe jwenn pwoteksyon espesyal.\n"
            "Retounen lakay ou dwe se pwòp chwa pa ou.\n"
            "Mande yon òganizasyon èd legal konsèy sou ka pa ou.",
        },
    ),
)

MEXICO_GUIDE = dict(
    slug="mexico-in-transit",
    country="MX",
    topics=[Topic.TRAFFICKING, Topic.ASYLUM, Topic.DETENTION],
    contacts=["mexico-legal-aid", "regional-line"],
    **translated_fields(
        title={
            "en": "In Mexico: your rights on the way",
            "es": "En México: sus derechos en el camino",
            "fr": "Au Mexique : vos droits en chemin",
            "ht": "Nan Meksik: dwa ou sou wout la",
        },
        summary={
            "en": "Many migrants crossing Mexico are robbed, threatened or deceived. You can ask "
            "for help, whatever your migration status. Help is available in Spanish and Haitian "
            "Creole.",
            "es": "Muchas personas migrantes que cruzan México sufren robos, amenazas o engaños. "
            "Puede pedir ayuda, sea cual sea su situación migratoria. Hay ayuda en español y en "
            "criollo haitiano.",
            "fr": "Beaucoup de migrants qui traversent le Mexique sont volés, menacés ou trompés. "
            "Vous pouvez demander de l'aide, quel que soit votre statut migratoire. De l'aide "
            "existe en espagnol et en créole haïtien.",
            "ht": "Anpil migran k ap travèse Meksik sibi vòl, menas oswa yo twonpe yo. Ou ka "
            "mande èd, kèlkeswa sitiyasyon migrasyon ou. Gen èd an panyòl ak an kreyòl "
            "ayisyen.",
        },
        sections={
            "en": _qa(
                (
                    "Someone robbed or threatened me on the way. What can I do?",
                    "Many migrants in transit are victims of crimes and abuse. You can ask for help "
                    "even if you have no papers. A legal aid organization can tell you how to report "
                    "a crime and what protection may exist for you.",
                ),
                (
                    "I am afraid to go back to my country. Can I ask for protection?",
                    "If you fear for your life or your freedom in your country, say so, and ask a "
                    "legal aid organization about asylum or refugee status. Rules and deadlines "
                    "depend on your case: ask for advice as soon as you can.",
                ),
                (
                    "What should I do if I am detained?",
                    "Stay calm. Ask for an interpreter in a language you understand, for example "
                    "Haitian Creole or French. Ask to contact a legal aid organization or your "
                    "consulate. Do not sign papers you do not understand.",
                ),
                (
                    "Someone offers me papers or a job across the border for money. Is it safe?",
                    "Be careful: smugglers and traffickers make offers like this. Help with your "
                    "rights is free. Call a contact on this page before you pay anyone.",
                ),
            ),
            "es": _qa(
                (
                    "Me robaron o me amenazaron en el camino. ¿Qué puedo hacer?",
                    "Muchas personas migrantes en tránsito son víctimas de delitos y abusos. Puede "
                    "pedir ayuda aunque no tenga papeles. Una organización de asesoría legal puede "
                    "explicarle cómo denunciar un delito y qué protección puede existir para usted.",
                ),
                (
                    "Tengo miedo de volver a mi país. ¿Puedo pedir protección?",
                    "Si teme por su vida o su libertad en su país, dígalo y consulte a una "
                    "organización de asesoría legal sobre el asilo o la condición de refugiado. Las "
                    "reglas y los plazos dependen de su caso: pida consejo lo antes posible.",
                ),
                (
                    "¿Qué hago si me detienen?",
                    "Mantenga la calma. Pida un intérprete en un idioma que entienda, por ejemplo "
                    "criollo haitiano o francés. Pida comunicarse con una organización de asesoría "
                    "legal o con su consulado. No firme papeles que no entienda.",
                ),
                (
                    "Alguien me ofrece papeles o un trabajo al otro lado de la frontera a cambio de dinero. ¿Es seguro?",
                    "Tenga cuidado: los traficantes y tratantes hacen ofertas así. La ayuda sobre sus "
                    "derechos es gratuita. Llame a un contacto de esta página antes de pagar a "
                    "nadie.",
                ),
            ),
            "fr": _qa(
                (
                    "On m'a volé ou menacé en chemin. Que faire ?",
                    "Beaucoup de migrants en transit sont victimes de crimes et d'abus. Vous pouvez "
                    "demander de l'aide même sans papiers. Une organisation d'aide juridique peut "
                    "vous dire comment signaler un crime et quelle protection peut exister pour "
                    "vous.",
                ),
                (
                    "J'ai peur de retourner dans mon pays. Puis-je demander une protection ?",
                    "Si vous craignez pour votre vie ou votre liberté dans votre pays, dites-le et "
                    "demandez à une organisation d'aide juridique ce qu'il en est de l'asile ou du "
                    "statut de réfugié. Les règles et les délais dépendent de votre cas : demandez "
                    "conseil le plus tôt possible.",
                ),
                (
                    "Que faire si je suis détenu ?",
                    "Restez calme. Demandez un interprète dans une langue que vous comprenez, par "
                    "exemple le créole haïtien ou le français. Demandez à contacter une organisation "
                    "d'aide juridique ou votre consulat. Ne signez pas de papiers que vous ne "
                    "comprenez pas.",
                ),
                (
                    "Quelqu'un me propose des papiers ou un travail de l'autre côté de la frontière contre de l'argent. Est-ce sûr ?",
                    "Attention : les passeurs et les trafiquants font ce genre d'offre. L'aide sur "
                    "vos droits est gratuite. Appelez un contact de cette page avant de payer qui que "
                    "ce soit.",
                ),
            ),
            "ht": _qa(
                (
                    "Yon moun vòle m oswa menase m sou wout la. Kisa m ka fè?",
                    "Anpil migran k ap pase sou wout la viktim krim ak abi. Ou ka mande èd menm si ou "
                    "pa gen papye. Yon òganizasyon èd legal ka di ou kijan pou denonse yon krim ak ki "
                    "pwoteksyon ki ka genyen pou ou.",
                ),
                (
                    "Mwen pè retounen nan peyi m. Èske m ka mande pwoteksyon?",
                    "Si ou pè pou lavi ou oswa libète ou nan peyi ou, di sa, epi mande yon "
                    "òganizasyon èd legal konsèy sou azil oswa estati refijye. Règ yo ak dat limit "
                    "yo depann de ka ou: mande konsèy pi vit posib.",
                ),
                (
                    "Kisa pou m fè si yo arete m?",
                    "Rete kalm. Mande yon entèprèt nan yon lang ou konprann, pa egzanp kreyòl "
                    "ayisyen oswa franse. Mande pou kontakte yon òganizasyon èd legal oswa konsila "
                    "peyi ou. Pa siyen papye ou pa konprann.",
                ),
                (
                    "Yon moun ofri m papye oswa yon travay lòt bò fwontyè a pou lajan. Èske sa an sekirite?",
                    "Fè atansyon: se konsa trafikan moun yo konn fè ofri. Èd sou dwa ou gratis. Rele "
                    "yon kontak ki sou paj sa a anvan ou peye nenpòt moun.",
                ),
            ),
        },
        card_points={
            "en": "You can ask for help even if you have no papers.\n"
            "If you fear going back to your country, say so and ask for legal advice.\n"
            "If you are detained, ask for an interpreter. Do not sign what you do not understand.\n"
            "Help with your rights is free: never pay for papers or protection.",
            "es": "Puede pedir ayuda aunque no tenga papeles.\n"
            "Si tiene miedo de volver a su país, dígalo y pida asesoría legal.\n"
            "Si le detienen, pida un intérprete. No firme lo que no entienda.\n"
            "La ayuda sobre sus derechos es gratuita: nunca pague por papeles ni protección.",
            "fr": "Vous pouvez demander de l'aide même sans papiers.\n"
            "Si vous avez peur de retourner dans votre pays, dites-le et demandez un conseil juridique.\n"
            "Si vous êtes détenu, demandez un interprète. Ne signez pas ce que vous ne comprenez pas.\n"
            "L'aide sur vos droits est gratuite : ne payez jamais pour des papiers ou une protection.",
            "ht": "Ou ka mande èd menm si ou pa gen papye.\n"
            "Si ou pè retounen nan peyi ou, di sa epi mande konsèy legal.\n"
            "Si yo arete ou, mande yon entèprèt. Pa siyen sa ou pa konprann.\n"
            "Èd sou dwa ou gratis: pa janm peye pou papye oswa pou pwoteksyon.",
        },
    ),
)

COSTA_RICA_GUIDE = dict(
    slug="costa-rica-work-and-health",
    country="CR",
    topics=[Topic.WORK, Topic.HEALTH],
    contacts=["costa-rica-workers"],
    **translated_fields(
        title={
            "en": "In Costa Rica: your rights at work and to health care",
            "es": "En Costa Rica: sus derechos en el trabajo y a la salud",
            "fr": "Au Costa Rica : vos droits au travail et à la santé",
            "ht": "Nan Kosta Rika: dwa ou nan travay ak pou swen sante",
        },
        summary={
            "en": "Migrant workers do important work and have rights at work. This guide tells "
            "you what to do if you are not paid or if you are sick, and who can advise you.",
            "es": "Las personas trabajadoras migrantes hacen un trabajo importante y tienen "
            "derechos en el trabajo. Esta guía le dice qué hacer si no le pagan o si está "
            "enfermo, y quién puede orientarle.",
            "fr": "Les travailleurs migrants font un travail important et ont des droits au "
            "travail. Ce guide vous dit quoi faire si vous n'êtes pas payé ou si vous êtes "
            "malade, et qui peut vous conseiller.",
            "ht": "Travayè migran yo fè yon travay enpòtan epi yo gen dwa nan travay. Gid sa a "
            "di ou kisa pou fè si yo pa peye ou oswa si ou malad, ak kiyès ki ka ba ou konsèy.",
        },
        sections={
            "en": _qa(
                (
                    "My employer does not pay me what we agreed. What can I do?",
                    "Write down the days and hours you worked, and keep messages and receipts. Ask "
                    "a contact on this page or a legal aid organization what you can do in your "
                    "case. IOM supports policies that protect the rights of migrant workers.",
                ),
                (
                    "Can my employer keep my passport?",
                    "Your identity documents belong to you. If someone keeps them to force you to "
                    "work, this may be exploitation or trafficking: call for help.",
                ),
                (
                    "I am sick or hurt. Where can I get care?",
                    "In an emergency, go to the nearest health centre or hospital. Ask a contact on "
                    "this page which services you can use and which documents to bring.",
                ),
            ),
            "es": _qa(
                (
                    "Mi empleador no me paga lo que acordamos. ¿Qué puedo hacer?",
                    "Anote los días y las horas que trabajó y guarde mensajes y recibos. Pregunte a "
                    "un contacto de esta página o a una organización de asesoría legal qué puede "
                    "hacer en su caso. La OIM apoya políticas que protegen los derechos de las "
                    "personas trabajadoras migrantes.",
                ),
                (
                    "¿Mi empleador puede quedarse con mi pasaporte?",
                    "Sus documentos de identidad son suyos. Si alguien se los queda para obligarle a "
                    "trabajar, puede ser explotación o trata: pida ayuda.",
                ),
                (
                    "Estoy enfermo o herido. ¿Dónde me pueden atender?",
                    "En una emergencia, vaya al centro de salud o al hospital más cercano. Pregunte "
                    "a un contacto de esta página qué servicios puede usar y qué documentos llevar.",
                ),
            ),
            "fr": _qa(
                (
                    "Mon employeur ne me paie pas ce qui était convenu. Que faire ?",
                    "Notez les jours et les heures travaillés, et gardez les messages et les reçus. "
                    "Demandez à un contact de cette page ou à une organisation d'aide juridique ce "
                    "que vous pouvez faire dans votre cas. L'OIM soutient les politiques qui "
                    "protègent les droits des travailleurs migrants.",
                ),
                (
                    "Mon employeur peut-il garder mon passeport ?",
                    "Vos papiers d'identité vous appartiennent. Si quelqu'un les garde pour vous "
                    "forcer à travailler, c'est peut-être de l'exploitation ou de la traite : "
                    "demandez de l'aide.",
                ),
                (
                    "Je suis malade ou blessé. Où me faire soigner ?",
                    "En cas d'urgence, allez au centre de santé ou à l'hôpital le plus proche. "
                    "Demandez à un contact de cette page quels services vous pouvez utiliser et "
                    "quels papiers apporter.",
                ),
            ),
            "ht": _qa(
                (
                    "Patwon mwen pa peye m sa nou te dakò a. Kisa m ka fè?",
                    "Ekri jou ak lè ou te travay yo, epi kenbe mesaj ak resi yo. Mande yon kontak "
                    "ki sou paj sa a oswa yon òganizasyon èd legal kisa ou ka fè nan ka pa ou. OIM "
                    "sipòte politik ki pwoteje dwa travayè migran yo.",
                ),
                (
                    "Èske patwon mwen ka kenbe paspò m?",
                    "Papye idantite ou se pou ou. Si yon moun kenbe yo pou fòse ou travay, sa ka "
                    "esplwatasyon oswa trafik moun: mande èd.",
                ),
                (
                    "Mwen malad oswa mwen blese. Ki kote m ka jwenn swen?",
                    "Si se yon ijans, ale nan sant sante oswa lopital ki pi pre a. Mande yon kontak "
                    "ki sou paj sa a ki sèvis ou ka itilize ak ki papye pou pote.",
                ),
            ),
        },
        card_points={
            "en": "Write down the days and hours you work.\n"
            "Your identity documents belong to you.\n"
            "In an emergency, go to the nearest health centre or hospital.\n"
            "Ask a legal aid organization about your specific case.",
            "es": "Anote los días y las horas que trabaja.\n"
            "Sus documentos de identidad son suyos.\n"
            "En una emergencia, vaya al centro de salud o al hospital más cercano.\n"
            "Consulte su caso concreto con una organización de asesoría legal.",
            "fr": "Notez les jours et les heures où vous travaillez.\n"
            "Vos papiers d'identité vous appartiennent.\n"
            "En cas d'urgence, allez au centre de santé ou à l'hôpital le plus proche.\n"
            "Demandez conseil sur votre cas à une organisation d'aide juridique.",
            "ht": "Ekri jou ak lè ou travay yo.\n"
            "Papye idantite ou se pou ou.\n"
            "Si se yon ijans, ale nan sant sante oswa lopital ki pi pre a.\n"
            "Mande yon òganizasyon èd legal konsèy sou ka pa ou.",
        },
    ),
)

GUIDES = [REGION_GUIDE, MEXICO_GUIDE, COSTA_RICA_GUIDE]


def ensure_contacts():
    contacts = {}
    for key, fields in CONTACTS.items():
        contact = HelpContact.objects.filter(organisation_en=fields["organisation_en"]).first()
        if contact is None:
            contact = HelpContactFactory(is_sample=True, **fields)
        contacts[key] = contact
    return contacts


def ensure_index(home):
    index = RightsGuideIndexPage.objects.filter(slug="rights").first()
    if index is None:
        index = RightsGuideIndexPageFactory(parent=home, slug="rights", show_in_menus=True, **INDEX)
    return index


def load_rights_guides(home):
    contacts = ensure_contacts()
    index = ensure_index(home)
    existing = set(RightsGuidePage.objects.child_of(index).values_list("slug", flat=True))
    for spec in GUIDES:
        spec = dict(spec)
        chosen = spec.pop("contacts")
        if spec["slug"] in existing:
            continue
        guide = RightsGuidePageFactory(parent=index, last_reviewed=REVIEWED, **spec)
        for order, key in enumerate(chosen):
            RightsGuideContact.objects.create(page=guide, contact=contacts[key], sort_order=order)
    link_page(home, "rights", index)
