"""API errors are JSON, with the right status, in the client's language."""

import pytest

pytestmark = pytest.mark.django_db


def test_unknown_statistic_key_answers_a_json_404_not_a_redirect(client):
    response = client.get("/api/statistics/no-such-key/", {"lang": "es"})
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["status"] == 404
    assert body["language"] == "es"
    assert body["errors"] == ["Ninguna estadística publicada tiene la clave «no-such-key»."]
    csv = client.get("/api/statistics/no-such-key.csv", HTTP_ACCEPT_LANGUAGE="fr")
    assert csv.status_code == 404
    assert csv.json()["language"] == "fr"
    assert "no-such-key" in csv.json()["errors"][0]


def test_an_unknown_api_address_is_a_json_404_too(client):
    response = client.get("/api/nothing-here/", HTTP_ACCEPT_LANGUAGE="ht")
    assert response.status_code == 404
    assert response.json() == {
        "status": 404,
        "language": "ht",
        "errors": ["Pa gen anyen ki pibliye nan adrès sa a."],
    }


@pytest.mark.parametrize("path", ["/api/statistics/", "/api/statistics/north-america-migrants/"])
def test_unknown_lang_is_a_400_said_in_the_browsers_language(client, path):
    response = client.get(path, {"lang": "xx"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 400
    body = response.json()
    assert body["language"] == "fr"
    assert body["errors"] == ["Langue inconnue « xx » : utilisez en, es, fr, ht."]


@pytest.mark.parametrize(
    ("params", "message_es"),
    [
        ({"unit": "euros"}, "Valor desconocido para «unit»"),
        ({"geography": "ZZ"}, "Valor desconocido para «geography»"),
        ({"format": "xml"}, "Formato desconocido"),
    ],
)
def test_bad_statistics_parameters_are_a_400_in_the_requested_language(client, params, message_es):
    response = client.get("/api/statistics/", {"lang": "es", **params})
    assert response.status_code == 400
    assert response.json()["errors"][0].startswith(message_es)
    # A good value of the same parameter still answers.
    assert client.get("/api/statistics/", {"lang": "es", "unit": "usd"}).status_code == 200


def test_search_api_refuses_an_unknown_lang_and_explains_bad_parameters_in_lang(client):
    response = client.get("/api/search/", {"q": "derechos", "lang": "zz"})
    assert response.status_code == 400
    assert response.json()["errors"][0].startswith("Unknown language “zz”")
    response = client.get("/api/search/", {"q": "droits", "lang": "fr", "sort": "price"})
    assert response.status_code == 400
    body = response.json()
    assert body["language"] == "fr"
    assert body["errors"] == ["Ordre de tri inconnu : les résultats sont triés par pertinence."]
    assert (
        response["Cache-Control"].startswith("max-age=0") or "no-store" in response["Cache-Control"]
    )
