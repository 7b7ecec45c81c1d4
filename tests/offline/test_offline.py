"""Offline reading and the installable app, as the server delivers them (the
browser side is in tests/browser/test_offline.py)."""

import gzip
import io
import json
import re

import pytest
from PIL import Image

LANGUAGES = ("en", "es", "fr", "ht")
GUIDE = "/rights/mexico-in-transit/"
pytestmark = pytest.mark.django_db


def test_service_worker_is_served_from_the_root_small_and_allowed_by_the_csp(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert len(gzip.compress(response.content, 9)) <= 5 * 1024
    # Pages may register it: scripts (and so workers) from the site itself.
    csp = client.get(f"/en{GUIDE}")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    worker_src = directives.get("worker-src", directives.get("script-src"))
    assert worker_src.split() == ["'self'"]


@pytest.mark.parametrize(
    "path,kind",
    [(GUIDE, "guide"), (GUIDE + "card/", "card"), ("/rights/", "index"),
     ("/rights/country/mx/", "index")],
)  # fmt: skip
def test_rights_pages_are_marked_for_the_worker_to_keep(client, path, kind):
    for language in ("en", "ht"):
        assert client.get(f"/{language}{path}")["X-Offline"] == kind


def test_other_pages_are_not_kept(client, home_page):
    assert "X-Offline" not in client.get("/en/")
    assert "X-Offline" not in client.get("/en/search/")


@pytest.mark.parametrize(
    "language,save,saved_on,pattern",
    [
        ("en", "Save for offline", "Saved on {date} — contacts may have changed.", "{m} {d}, {y}"),
        ("es", "Guardar para leer sin conexión", "Guardado el {date}", "{d} de {m} de {y}"),
        ("fr", "Enregistrer pour lire hors connexion", "Enregistré le {date}", "{d} {m} {y}"),
        ("ht", "Anrejistre pou li san koneksyon", "Anrejistre {date}", "{d} {m} {y}"),
    ],
)
def test_guide_offers_saving_in_the_readers_language_only_with_javascript(
    client, language, save, saved_on, pattern
):
    html = client.get(f"/{language}{GUIDE}").content.decode()
    # Hidden until offline.js finds a browser that can keep pages.
    box = re.search(r'<div class="save-offline" hidden>(.*?)</div>', html, re.S).group(1)
    assert f"{save}</button>" in box
    assert '<p id="saved-note" class="notice saved-note" role="status" hidden></p>' in html
    script = re.search(r'<script src="/static/offline/offline\.js" defer([^>]*)>', html).group(1)
    data = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', script))
    assert saved_on in data["saved-on"]
    assert data["date-pattern"] == pattern
    assert len(data["months"].split("|")) == 12
    assert data["offline-url"] == f"/{language}/offline/"
    assert data["rights-url"] == f"/{language}/rights/"


def test_haitian_creole_months_come_from_the_sites_date_data(client):
    html = client.get(f"/ht{GUIDE}").content.decode()
    months = re.search(r'data-months="([^"]*)"', html).group(1).split("|")
    assert months[11] == "desanm" and months[0] == "janvye"


@pytest.mark.parametrize("language", LANGUAGES)
def test_offline_page_in_every_language(client, language):
    html = client.get(f"/{language}/offline/").content.decode()
    assert f'<html lang="{language}"' in html
    assert '<ul id="saved-list" class="saved-list"></ul>' in html
    expected = {
        "en": "Search and fact sheets need an internet connection.",
        "es": "La búsqueda y las fichas de datos necesitan conexión a internet.",
        "fr": "La recherche et les fiches d'information ont besoin d'une connexion internet.",
        "ht": "Rechèch ak fich enfòmasyon yo bezwen koneksyon entènèt.",
    }[language]
    assert expected.replace("'", "&#x27;") in html or expected in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_manifest_per_language(client, language):
    response = client.get(f"/{language}/manifest.webmanifest")
    assert response["Content-Type"].startswith("application/manifest+json")
    data = json.loads(response.content)
    names = {"en": "Migration Facts", "es": "Datos sobre migración",
             "fr": "Faits sur la migration", "ht": "Verite sou migrasyon"}  # fmt: skip
    assert data["name"] == names[language]
    assert data["start_url"] == f"/{language}/" and data["lang"] == language
    assert data["theme_color"] == "#0e2f50" and data["background_color"] == "#ffffff"
    assert data["display"] == "standalone"
    page = client.get(f"/{language}{GUIDE}").content.decode()
    assert f'<link rel="manifest" href="/{language}/manifest.webmanifest">' in page
    for icon in data["icons"]:
        image = Image.open(io.BytesIO(client.get(icon["src"]).content))
        assert f"{image.width}x{image.height}" == icon["sizes"] and image.format == "PNG"
        # The brand colour around the logo (the maskable safe zone is free).
        assert image.convert("RGB").getpixel((2, 2)) == (14, 47, 80)
    assert client.get("/icons/100.png").status_code == 404


def test_guide_and_offline_page_are_valid_html(client, nu_check):
    documents = {
        f"{language} {path}": client.get(f"/{language}{path}").content.decode()
        for language in ("en", "ht")
        for path in (GUIDE, "/offline/", GUIDE + "card/")
    }
    assert nu_check(documents) == {name: [] for name in documents}
