"""A new or corrected help contact reaches readers at once, even with the
public page cache on."""

from rights.factories import HelpContactFactory
from rights.models import HelpContact


def test_new_country_contact_appears_on_cached_guide_and_country_page(
    client, page_cache, mexico_guide
):
    for url in ["/en/rights/mexico-in-transit/", "/en/rights/country/mx/"]:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"
    HelpContactFactory(country="MX", organisation_en="Night Line (sample)", phone="+000 0000 0777")
    html = client.get("/en/rights/mexico-in-transit/").content.decode()
    assert 'href="tel:+00000000777"' in html


def test_corrected_number_replaces_the_cached_one(client, page_cache, mexico_guide):
    client.get("/es/rights/mexico-in-transit/")
    contact = HelpContact.objects.get(organisation_en="Migrant Shelter Network (sample)")
    contact.phone = "+000 0000 0999"
    contact.save()
    html = client.get("/es/rights/mexico-in-transit/").content.decode()
    assert 'href="tel:+00000000999"' in html
    assert 'href="tel:+00000000103"' not in html
