"""The printable one-page rights card."""

import re
from pathlib import Path

from django.contrib.staticfiles import finders

from rights.qr import qr_code
from tests.rights.conftest import main_html


def _columns(html):
    return re.findall(r'<section class="card-column" lang="([a-z]+)"(.*?)</section>', html, re.S)


def _qr_path(svg_html):
    return re.search(
        r'<svg role="img"[^>]*class="qr">.*?<path[^>]* d="([^"]+)"', svg_html, re.S
    ).group(1)


def test_card_carries_a_qr_code_back_to_the_live_guide(client, mexico_guide):
    html = main_html(client.get("/es/rights/mexico-in-transit/card/"))
    [(lang, column)] = _columns(html)
    assert lang == "es"
    url = "http://testserver/es/rights/mexico-in-transit/"
    # The SVG drawn on the card is exactly the QR code of the guide's URL.
    expected = qr_code(url).svg_inline(scale=3, lineclass=None)
    assert _qr_path(column) == re.search(r' d="([^"]+)"', expected).group(1)
    assert f'<span class="url" dir="ltr">{url}</span>' in column
    assert "<title>Código QR: enlace a esta guía en internet</title>" in column
    # Module count: the SVG is (modules + 2 × 4 quiet-zone modules) × scale 3 wide.
    modules, _ = qr_code(url).symbol_size(border=0)
    assert modules <= 37  # version 5 or lower: coarse enough to scan from paper
    assert f'width="{(modules + 8) * 3}"' in column


def test_card_prints_two_languages_side_by_side_each_with_its_lang(client, mexico_guide):
    html = main_html(client.get("/es/rights/mexico-in-transit/card/?also=ht"))
    columns = dict(_columns(html))
    assert list(columns) == ["es", "ht"]
    assert "En México: sus derechos en el camino" in columns["es"]
    assert "La ayuda y esta información son gratuitas." in columns["es"]
    assert "Nan Meksik: dwa ou sou wout la" in columns["ht"]
    assert "Èd la ak enfòmasyon sa yo gratis." in columns["ht"]
    assert "Jwenn èd kounye a" in columns["ht"]
    assert 'class="rights-card rights-card--two"' in html
    # Each column's QR code leads to the guide in that column's language.
    assert "http://testserver/ht/rights/mexico-in-transit/" in columns["ht"]


def test_card_keeps_the_contacts_marked_as_samples(client, mexico_guide):
    html = main_html(client.get("/fr/rights/mexico-in-transit/card/?also=en"))
    columns = dict(_columns(html))
    for column in columns.values():
        assert column.count('href="tel:') == 3
        assert 'href="tel:+00000000101"' in column
    assert columns["fr"].count("Contact d'exemple") == 3
    assert columns["en"].count("Sample contact") == 3


def test_reader_chooses_the_second_language_with_a_plain_form(client, mexico_guide):
    html = main_html(client.get("/ht/rights/mexico-in-transit/card/"))
    assert '<form method="get"' in html
    assert '<select id="also" name="also">' in html
    assert '<option value="es" lang="es">Español</option>' in html
    assert 'value="ht"' not in html  # the card's own language is not offered twice


def test_card_ignores_an_unknown_or_repeated_second_language(client, mexico_guide):
    for query in ["?also=xx", "?also=en", "?also=%3Cscript%3E"]:
        html = main_html(client.get(f"/en/rights/mexico-in-transit/card/{query}"))
        assert [lang for lang, _column in _columns(html)] == ["en"]


def test_card_has_a_print_stylesheet_and_is_not_indexed(client, mexico_guide):
    html = client.get("/en/rights/mexico-in-transit/card/").content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert 'href="/static/rights/card.css"' in html
    css = Path(finders.find("rights/card.css")).read_text(encoding="utf-8")
    assert "@media print" in css and "@page" in css


def test_guide_links_to_its_card(client, mexico_guide):
    html = main_html(client.get("/es/rights/mexico-in-transit/"))
    assert '<a class="button button--secondary" href="/es/rights/mexico-in-transit/card/">' in html
    assert "</svg>Tarjeta de derechos para imprimir</a>" in html


def test_card_queries_do_not_grow_with_the_second_language(
    client, mexico_guide, django_assert_max_num_queries
):
    client.get("/en/rights/mexico-in-transit/card/")
    with django_assert_max_num_queries(13):  # + the footer's "About this site" pages
        client.get("/en/rights/mexico-in-transit/card/?also=ht")
