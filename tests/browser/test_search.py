"""A journalist searches in Spanish, on the database backend (the demo
server has no ELASTICSEARCH_URL): the embedded default."""

import re

import pytest
from playwright.sync_api import expect


@pytest.fixture
def spanish_page(browser, demo_server):
    context = browser.new_context(locale="es-ES", base_url=demo_server)
    yield context.new_page()
    context.close()


def test_journalist_finds_economic_contribution_with_unaccented_misspelled_spanish_query(
    spanish_page, demo_server
):
    page = spanish_page
    page.goto(f"{demo_server}/es/")
    box = page.get_by_label("Buscar en el sitio")
    box.fill("contribusion economica migrantes")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/es/search/\?q=contribusion"))
    result = page.get_by_role(
        "link", name="¿Son las personas migrantes una carga para la economía?"
    )
    expect(result).to_be_visible()
    # Narrow by country with a facet.
    page.get_by_role("navigation", name="Filtrar resultados").get_by_role(
        "link", name=re.compile(r"^Canadá")
    ).click()
    expect(page).to_have_url(re.compile(r"country=CA"))
    expect(result).to_be_visible()
    hit = page.locator(".search-hit", has=result)
    figure = hit.locator(".search-hit__answer")
    expect(figure).to_contain_text("Cifra clave:")
    expect(figure).to_contain_text("15")
    expect(figure).to_contain_text("Fuente:")
    expect(figure).to_contain_text("Estrategia Regional de la OIM")
    expect(page.locator('meta[name="robots"]')).to_have_attribute("content", "noindex")
