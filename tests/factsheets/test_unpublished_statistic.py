"""A statistic unpublished while pages cite it: the pages stay up with a
marked gap instead of a stale number, and the editor is told which pages."""

from django.urls import reverse

from factsheets.models import Statistic

from .conftest import ADMIN_HOST


def _unpublish_url(statistic):
    return reverse(Statistic.snippet_viewset.get_url_name("unpublish"), args=[statistic.pk])


def test_unpublished_statistic_leaves_a_marked_gap_and_warns_the_editor(
    admin_client, make_fact_sheet
):
    page, (cited, kept) = make_fact_sheet(n=2, inline=1, title="Gap check")
    before = admin_client.get(page.url).content.decode()
    assert cited.formatted_value() in before

    response = admin_client.post(_unpublish_url(cited), follow=True, **ADMIN_HOST)
    assert response.status_code == 200
    warnings = [str(m) for m in response.context["messages"]]
    assert any("Gap check" in text and "gap" in text for text in warnings)

    cited.refresh_from_db()
    assert not cited.live
    html = admin_client.get(page.url).content.decode()
    assert 'class="figure-gap"' in html
    assert "[figure under review]" in html  # inline, inside the sentence
    assert "This figure is under review" in html  # the callout
    assert kept.formatted_value() in html  # other figures untouched


def test_unpublishing_an_unused_statistic_gives_no_warning(admin_client):
    from factsheets.factories import StatisticFactory

    unused = StatisticFactory(value=3, label="Unused")
    response = admin_client.post(_unpublish_url(unused), follow=True, **ADMIN_HOST)
    assert not any("gap" in str(m) for m in response.context["messages"])
