"""Text helpers under a threaded server."""

from concurrent.futures import ThreadPoolExecutor

from search.text import _stemmer

WORDS = ["económica", "migrantes", "contribución", "trabajadores", "derechos"] * 2000


def test_stemming_from_many_threads_gives_the_same_stems_without_errors():
    # gunicorn threads search at once: a stemmer shared between them raised
    # IndexError under load (500s in bench/load.py).
    def stem_all(_):
        return [_stemmer("es").stemWord(word) for word in WORDS]

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(stem_all, range(16)))
    assert all(result == results[0] for result in results)
    assert results[0][:2] == ["econom", "migrant"]
