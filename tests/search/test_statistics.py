"""Statistics: answered directly, and a corrected value reaches every citing page."""

from decimal import Decimal

from django.http import QueryDict

from search.params import parse
from search.query import search


def run(q, lang="en", **extra):
    data = QueryDict(mutable=True)
    data["q"] = q
    for key, value in extra.items():
        data[key] = value
    return search(parse(data, lang))


def test_statistics_come_back_as_direct_answers_with_value_period_and_source(backend, client):
    response = run("trafficking victims")
    assert response.answers, "no direct answer"
    answer = response.answers[0].answer
    assert answer["value"] == "41%"
    assert answer["period"] == "2007"
    assert answer["source_title"].startswith("IOM Regional Strategy")
    html = client.get("/es/search/", {"q": "victimas de trata"}).content.decode()
    assert "Cifras clave" in html and "41" in html and "Fuente:" in html


def test_statistic_correction_updates_every_citing_page(
    database_search, indexed, django_capture_on_commit_callbacks
):
    from factsheets.models import Statistic

    before = run("migrants burden economy").hits[0]
    assert before.url == "/en/facts/migrants-are-a-burden-on-the-economy/"
    assert before.answer["value"].endswith("15%")
    statistic = Statistic.objects.get(key="north-america-foreign-born-share")
    statistic.value = Decimal("16")
    with django_capture_on_commit_callbacks(execute=True):
        statistic.save_revision().publish()
    after = run("migrants burden economy").hits[0]
    assert after.url == before.url
    assert after.answer["value"].endswith("16%")
    assert run("population born abroad", type="statistic").hits[0].answer["value"].endswith("16%")
