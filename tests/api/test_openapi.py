"""The OpenAPI 3.1 description is valid, served by the site, and true:
schemathesis sends generated requests (valid and invalid) to every
operation through the WSGI application and checks every answer against it."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate

pytestmark = pytest.mark.django_db


def test_the_site_serves_a_valid_openapi_3_1_description(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    document = response.json()
    assert document["openapi"] == "3.1.0"
    validate(document)  # raises on any error, against the 3.1 meta-schema
    assert {
        "/api/statistics/",
        "/api/statistics.csv",
        "/api/statistics/{key}/",
        "/api/statistics/{key}.csv",
        "/api/search/",
    } <= set(document["paths"])
    # The vocabularies are the code's own: a real unit and place, every language.
    statistic = document["components"]["schemas"]["Statistic"]["properties"]
    assert "usd" in statistic["unit"]["enum"] and "MX" in statistic["geography"]["enum"]
    lang = next(
        p for p in document["paths"]["/api/search/"]["get"]["parameters"] if p["name"] == "lang"
    )
    assert lang["schema"]["enum"] == ["en", "es", "fr", "ht"]


def test_the_validator_refuses_a_broken_description():
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    from api.openapi import description

    broken = description()
    broken["paths"]["/api/statistics/"]["get"]["parameters"][0]["in"] = "body"  # 2.0 only
    with pytest.raises(OpenAPIValidationError):
        validate(broken)


def _schema():
    """The served description (the same function, no database needed), with
    requests sent to the WSGI application in this process. (Schemathesis's
    lazy fixture loader does not run on pytest 9.)"""
    from api.openapi import description
    from config.wsgi import application

    loaded = schemathesis.openapi.from_dict(description())
    loaded.app = application
    return loaded


schema = _schema()


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """The WSGI handler closes "old" database connections when a request
    starts and ends, as a server should; inside a test's transaction that
    would close the test's own connection (on PostgreSQL), so keep it during
    the test, as Django's test client does."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
)
def test_every_answer_matches_the_description(case):
    response = case.call()
    # Status, content type, headers and body against the description (raises on a mismatch).
    case.validate_response(response)
    assert response.status_code < 500, (case.path, response.status_code)
