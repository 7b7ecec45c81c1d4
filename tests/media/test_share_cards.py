"""Share cards: a 1200×630 PNG per page and language, drawn when the page is
published, used as the Open Graph and Twitter image."""

import io

from PIL import Image

from campaigns.factories import CampaignPageFactory
from campaigns.models import CampaignIndexPage
from languages.translated import translated_fields
from media.models import ShareCard
from media.share_cards import render_card


def test_publishing_a_campaign_draws_a_share_card_in_every_language(
    db, django_capture_on_commit_callbacks
):
    index = CampaignIndexPage.objects.get()
    page = CampaignPageFactory(
        parent=index,
        slug="cards",
        **translated_fields(
            title={
                "en": "Facts not fear",
                "es": "Datos, no miedo",
                "fr": "Des faits, pas la peur",
                "ht": "Verite, pa laperèz",
            },
            tagline={"en": "Read", "es": "Lea", "fr": "Lisez", "ht": "Li"},
        ),
    )
    assert not ShareCard.objects.filter(page=page).exists()

    with django_capture_on_commit_callbacks(execute=True):  # the drawing job is queued on commit
        page.save_revision().publish()

    cards = {card.language: card for card in ShareCard.objects.filter(page=page)}
    assert set(cards) == {"en", "es", "fr", "ht"}
    digests = set()
    for card in cards.values():
        with card.image.open() as handle:
            data = handle.read()
        picture = Image.open(io.BytesIO(data))
        assert picture.format == "PNG"
        assert picture.size == (1200, 630)
        digests.add(hash(data))
    assert len(digests) == 4  # each language has its own text


def test_republishing_redraws_the_card_with_the_new_title(db, django_capture_on_commit_callbacks):
    index = CampaignIndexPage.objects.get()
    page = CampaignPageFactory(parent=index, slug="redraw", title="Old title", title_en="Old title")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    before = ShareCard.objects.get(page=page, language="en").image.name

    page.title_en = "New title"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    after = ShareCard.objects.get(page=page, language="en").image.name
    assert after != before


def test_campaign_page_has_open_graph_and_twitter_meta_with_its_share_card(client, db):
    html = client.get("/es/campaigns/migrants-build-our-region/").content.decode()

    assert (
        '<meta property="og:title" content="Las personas migrantes construyen nuestra región">'
        in html
    )
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    image_url = html.split('<meta property="og:image" content="', 1)[1].split('"', 1)[0]
    assert image_url.startswith("http://testserver/media/share-cards/") and "-es-" in image_url
    assert f'<meta name="twitter:image" content="{image_url}">' in html
    response = client.get(image_url.removeprefix("http://testserver"))
    assert response.status_code == 200
    picture = Image.open(io.BytesIO(b"".join(response.streaming_content)))
    assert picture.size == (1200, 630)


def test_share_links_are_plain_links_without_third_party_script(client, db):
    html = client.get("/en/campaigns/migrants-build-our-region/").content.decode()
    assert 'href="https://wa.me/?text=' in html
    assert (
        'href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftestserver%2Fen%2Fcampaigns%2F'
        in html
    )
    assert "hashtags=MigrantsContribute" in html
    assert "<script" not in html.split("</footer>")[0]  # no script in the page itself


def _ink_columns(png):
    """Horizontal extent of the title text (white pixels) in the card's title area."""
    picture = Image.open(io.BytesIO(png)).convert("RGB")
    xs = [
        x
        for x in range(0, 1200, 2)
        for y in range(80, 250, 4)
        if picture.getpixel((x, y)) == (255, 255, 255)
    ]
    return min(xs), max(xs)


def test_right_to_left_titles_are_drawn_from_the_right(db):
    rtl = render_card({"title": "الهجرة حقائق"}, "ar")
    ltr = render_card({"title": "Migration facts"}, "en")

    rtl_left, rtl_right = _ink_columns(rtl)
    ltr_left, ltr_right = _ink_columns(ltr)
    assert rtl_right > 1050 and rtl_left > 400  # hugs the right margin
    assert ltr_left < 150 and ltr_right < 800  # hugs the left margin


def test_accented_and_creole_text_is_drawn_with_real_glyphs(db):
    """DejaVu Sans has every glyph: no tofu boxes, so different texts draw differently."""
    a = render_card({"title": "Kreyòl ayisyen: èd la gratis"}, "ht")
    b = render_card({"title": "Kreyol ayisyen: ed la gratis"}, "ht")
    assert a != b
