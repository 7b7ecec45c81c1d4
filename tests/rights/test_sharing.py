"""A guide sent by SMS or WhatsApp: key point + short address, one SMS
(160 characters) in every language, plain links."""

import html as htmlmod
import re
from urllib.parse import unquote

import pytest

from rights.models import RightsGuidePage

LANGUAGES = ("en", "es", "fr", "ht")


def send_links(client, url):
    page = client.get(url).content.decode()
    sms = re.search(r'href="(sms:\?body=[^"]+)"', page).group(1)
    whatsapp = re.search(r'href="(https://wa\.me/\?text=[^"]+)"', page).group(1)
    return (
        page,
        unquote(htmlmod.unescape(sms).split("body=", 1)[1]),
        unquote(htmlmod.unescape(whatsapp).split("text=", 1)[1]),
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_guide_fits_one_sms_in_every_language(client, db, language):
    guides = list(RightsGuidePage.objects.live())
    assert len(guides) >= 3
    for guide in guides:
        page, sms, whatsapp = send_links(client, f"/{language}/rights/{guide.slug}/")
        assert sms == whatsapp
        assert len(sms) <= 160, (guide.slug, language, len(sms), sms)
        short = f"http://testserver/{language}/g/{guide.pk}/"
        assert sms.endswith(" " + short)
        point = getattr(guide, f"card_points_{language}").splitlines()[0].strip()
        said = sms[: -len(short) - 1]
        assert said == point or (said.endswith("…") and point.startswith(said[:-1]))
        # The short address opens the guide in the same language.
        response = client.get(f"/{language}/g/{guide.pk}/")
        assert response.status_code == 302
        assert response["Location"] == f"/{language}/rights/{guide.slug}/"
        # No third-party script: the page loads scripts from the site only.
        assert re.findall(r'<script[^>]+src="(?!/static/)', page) == []


def test_a_long_key_point_is_cut_at_a_word_to_fit(client, db):
    guide = RightsGuidePage.objects.get(slug="mexico-in-transit")
    guide.card_points_fr = "Vous avez le droit " + "de demander de l'aide partout " * 8
    guide.save_revision().publish()
    _page, sms, _whatsapp = send_links(client, "/fr/rights/mexico-in-transit/")
    assert len(sms) <= 160
    assert re.search(r"partout…|l'aide…|demander…|de…", sms)
    assert "  " not in sms


def test_unpublished_guides_have_no_short_address(client, db):
    guide = RightsGuidePage.objects.get(slug="mexico-in-transit")
    guide.unpublish()
    assert client.get(f"/en/g/{guide.pk}/").status_code == 404
    assert client.get("/en/g/999999/").status_code == 404
