"""Every page type falls back field by field, as fact sheets do: on rights
guides, campaigns and content pages, ``<main>`` stays in the reader's
language (its labels are theirs), each content field carries the language
it is actually read in, a copy of the English counts as English, the blocks
a translation lacks come from the fallback language marked with their
``lang`` under a notice, and no audio speaks English text with another
language's voice."""

import re

import pytest

from campaigns.factories import CampaignPageFactory
from home.factories import StandardPageFactory
from rights.factories import RightsGuidePageFactory
from tests.html_languages import main_texts

pytestmark = pytest.mark.django_db

PARTIAL_ES = "Parte de esta página aún no está traducida"
PARTIAL_HT = "Gen yon pati nan paj sa a ki poko tradui"


def question(text, answer, topic="work"):
    return ("question", {"question": text, "answer": f"<p>{answer}</p>", "topic": topic})


def guide(slug, **fields):
    """A rights guide in English (title, summary, two questions) with ``fields``."""
    from rights.models import RightsGuideIndexPage

    english = {
        "title_en": "Working while in transit",
        "summary_en": "What you can do at work.",
        "sections_en": [
            question("Can my employer keep my passport?", "No, it is yours."),
            question("Who pays for my injury?", "Ask a legal aid group.", topic="health"),
        ],
    }
    index = RightsGuideIndexPage.objects.get(slug="rights")
    return RightsGuidePageFactory(parent=index, slug=slug, **{**english, **fields})


@pytest.fixture
def abridged_guide(db):
    return guide(
        "abridged-guide",
        title_es="Trabajar en tránsito",
        summary_es="Lo que puede hacer en el trabajo.",
        # The translator did the first question only.
        sections_es=[question("¿Mi empleador puede quedarse con mi pasaporte?", "No, es suyo.")],
    )


def test_a_guide_lacking_a_question_shows_it_in_english_marked_under_a_notice(
    client, abridged_guide
):
    html = client.get("/es/rights/abridged-guide/").content.decode()
    assert '<main id="main" tabindex="-1" class="wrap">' in html
    texts = main_texts(html, "es")
    spanish, english = " ".join(texts["es"]), " ".join(texts.get("en", []))
    assert "Trabajar en tránsito" in spanish and "Lo que puede hacer en el trabajo." in spanish
    assert "¿Mi empleador puede quedarse con mi pasaporte?" in spanish
    assert "Who pays for my injury?" in english and "Ask a legal aid group." in english
    assert "Can my employer keep my passport?" not in html  # replaced, not repeated
    assert PARTIAL_ES in spanish
    # Labels stay Spanish, outside the English part.
    assert "Pida ayuda ahora" in spanish
    # The missing question keeps its topic anchor, inside its marked part.
    assert re.search(
        r'<div class="fallback-part" lang="en"><details class="qa" id="topic-health">', html
    )


def test_a_guide_copied_from_english_is_marked_english_with_the_page_notice(client):
    english = [question("Can my employer keep my passport?", "No, it is yours.")]
    guide_page = guide(
        "copied-guide",
        title_ht="Working while in transit",
        summary_ht="What you can do at work.",
        sections_en=english,
        sections_ht=english,
    )
    html = client.get("/ht/rights/copied-guide/").content.decode()
    texts = main_texts(html, "ht")
    english_texts = " ".join(texts.get("en", []))
    for text in ("Working while in transit", "What you can do at work.", "No, it is yours."):
        assert text in english_texts
    assert "Working while in transit" not in " ".join(texts["ht"])
    assert "Paj sa a poko disponib an kreyòl ayisyen" in html
    # The page-wide notice says it all: no second, partial notice.
    assert PARTIAL_HT not in html
    # No Kreyòl voice reads the English copy; the English voice does.
    assert guide_page.audio_sections("ht") == []
    assert [key for key, _text in guide_page.audio_sections("en")] == ["summary", "qa-1"]


def test_guide_audio_leaves_out_questions_still_in_english(abridged_guide):
    page = abridged_guide
    page.sections_es = [
        question("¿Mi empleador puede quedarse con mi pasaporte?", "No, es suyo."),
        question("Who pays for my injury?", "Ask a legal aid group.", topic="health"),
    ]
    assert [key for key, _text in page.audio_sections("es")] == ["summary", "qa-1"]


def test_a_campaign_reads_each_field_in_its_own_language(client):
    from campaigns.models import CampaignIndexPage

    CampaignPageFactory(
        parent=CampaignIndexPage.objects.get(),
        slug="field-campaign",
        title_en="We are the region",
        title_fr="Nous sommes la région",
        tagline_en="Migration has shaped our region.",
        tagline_fr="La migration a façonné notre région.",
        body_en=[
            ("heading", {"text": "Who we are", "level": "h2"}),
            ("paragraph", "<p>Migrants work, study and build.</p>"),
        ],
        # The body was copied, never translated: it is English.
        body_fr=[
            ("heading", {"text": "Who we are", "level": "h2"}),
            ("paragraph", "<p>Migrants work, study and build.</p>"),
        ],
    )
    html = client.get("/fr/campaigns/field-campaign/").content.decode()
    texts = main_texts(html, "fr")
    french, english = " ".join(texts["fr"]), " ".join(texts.get("en", []))
    assert "Nous sommes la région" in french and "La migration a façonné" in french
    assert "Who we are" in english and "Migrants work, study and build." in english
    assert "Who we are" not in french
    assert '<div class="campaign__body" lang="en">' in html
    # Title and tagline are French, so the page-wide notice is not shown: this
    # one tells readers part of the page is in another language.
    assert "Une partie de cette page n’est pas encore traduite" in french


def test_creole_readers_of_a_content_page_get_the_french_intro_and_the_english_body(
    client, home_page
):
    StandardPageFactory(
        parent=home_page,
        slug="mixed-page",
        title_en="How we work",
        title_ht="Kijan nou travay",
        intro_en="We check every figure.",
        intro_fr="Nous vérifions chaque chiffre.",
        body_en=[("paragraph", "<p>Every figure has a source.</p>")],
    )
    html = client.get("/ht/mixed-page/").content.decode()
    texts = main_texts(html, "ht")
    assert "Kijan nou travay" in texts["ht"]
    assert "Nous vérifions chaque chiffre." in texts["fr"]
    assert "Every figure has a source." in texts["en"]
    assert '<p class="lead" lang="fr">' in html


def test_a_contact_not_yet_translated_is_marked_english_on_the_guide_and_the_card(
    client, abridged_guide
):
    from rights.factories import HelpContactFactory
    from rights.models import RightsGuideContact

    contact = HelpContactFactory(
        organisation_en="Sample Shelter Line",
        organisation_es="Línea de albergues (ejemplo)",
        description_en="Finds you a bed for the night.",
        hours_en="Evenings",
    )
    RightsGuideContact.objects.create(page=abridged_guide, contact=contact)
    html = client.get("/es/rights/abridged-guide/").content.decode()
    texts = main_texts(html, "es")
    assert "Línea de albergues (ejemplo)" in texts["es"]
    assert {"Finds you a bed for the night.", "Evenings"} <= set(texts["en"])
    # On the card, the Spanish column marks the English hours; the English
    # column has nothing to mark.
    html = client.get("/es/rights/abridged-guide/card/?also=en").content.decode()
    spanish_column = html[html.index('<section class="card-column" lang="es"') :]
    spanish_column = spanish_column[: spanish_column.index("</section>")]
    texts = main_texts(html, "es")
    assert "Evenings" in texts["en"] and "Trabajar en tránsito" in texts["es"]
    assert '<span lang="en">Evenings</span>' in spanish_column
