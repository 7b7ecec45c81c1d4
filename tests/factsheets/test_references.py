"""``factsheets.references.citing_pages``: the one answer to "which pages cite
this object", for search, the page cache, the workspace and the admin."""

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from factsheets.factories import FactSheetPageFactory, StatisticFactory, body_citing
from factsheets.models import Statistic
from factsheets.references import citing_pages, citing_pages_in_bulk

pytestmark = pytest.mark.django_db


def test_pages_citing_a_statistic_in_a_callout_or_inline_in_tree_order(
    make_fact_sheet, django_capture_on_commit_callbacks
):
    statistic = StatisticFactory(label="Cited twice")
    first, _ = make_fact_sheet(statistics=[statistic], slug="b-cites-in-a-callout")
    second, _ = make_fact_sheet(statistics=[StatisticFactory()], slug="a-cites-inline")
    second.body = body_citing([statistic], inline=1)[1:]  # the paragraph only
    with django_capture_on_commit_callbacks(execute=True):
        second.save_revision().publish()

    pages = list(citing_pages(statistic))

    assert [page.pk for page in pages] == [first.pk, second.pk]
    assert {type(page).__name__ for page in pages} == {"FactSheetPage"}  # specific
    assert list(citing_pages(StatisticFactory())) == []


def test_live_only_leaves_out_unpublished_pages(facts_index, django_capture_on_commit_callbacks):
    statistic = StatisticFactory()
    with django_capture_on_commit_callbacks(execute=True):
        published = FactSheetPageFactory(
            parent=facts_index, slug="published-citer", body=body_citing([statistic])
        )
        draft = FactSheetPageFactory(
            parent=facts_index, slug="draft-citer", body=body_citing([statistic]), live=False
        )

    assert {page.pk for page in citing_pages(statistic)} == {published.pk, draft.pk}
    assert [page.pk for page in citing_pages(statistic, live_only=True)] == [published.pk]


@pytest.fixture
def image_in_a_collection(home_page, django_capture_on_commit_callbacks):
    """The home page shows an image; the image belongs to a collection. The
    page cites the collection only through the image (a non-page object)."""
    collection = Collection.get_first_root_node().add_child(name="Campaign photos")
    image = get_image_model().objects.create(
        title="Hero", alt_text="A port", file=get_test_image_file(), collection=collection
    )
    home = home_page.specific
    home.hero_image = image
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
    return home, image, collection


def test_through_snippets_follows_citations_through_a_cited_object(image_in_a_collection):
    home, image, collection = image_in_a_collection

    assert [page.pk for page in citing_pages(image)] == [home.pk]
    assert list(citing_pages(collection)) == []
    assert [page.pk for page in citing_pages(collection, through_snippets=True)] == [home.pk]


def test_in_bulk_gives_each_object_its_own_pages(image_in_a_collection, make_fact_sheet):
    home, _image, collection = image_in_a_collection
    cited, uncited = StatisticFactory(), StatisticFactory()
    page, _ = make_fact_sheet(statistics=[cited])

    found = citing_pages_in_bulk([cited, uncited, collection], through_snippets=True)

    assert {obj: [p.pk for p in pages] for obj, pages in found.items()} == {
        cited: [page.pk],
        uncited: [],
        collection: [home.pk],
    }


def test_in_bulk_costs_the_same_few_queries_for_any_number_of_objects(
    make_fact_sheet, django_assert_max_num_queries
):
    make_fact_sheet(n=3)
    statistics = list(Statistic.objects.all())
    assert len(statistics) > 20
    # One reference-index query per level, one for the pages, one per page type.
    with django_assert_max_num_queries(8):
        found = citing_pages_in_bulk(statistics, through_snippets=True)
    for statistic in statistics[:5]:
        assert found[statistic] == list(citing_pages(statistic))
