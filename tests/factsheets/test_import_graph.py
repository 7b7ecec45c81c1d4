"""The factsheets modules form layers (statistic, rich text, figures, blocks,
pages, views), with no import circle, lazy imports included."""

from tests.import_graph import cycles, graph


def test_no_module_of_factsheets_imports_back_into_a_module_that_imports_it():
    edges = graph("factsheets")
    assert "factsheets.models.statistic" in edges["factsheets.figures"]  # the graph is read
    assert cycles(edges) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
