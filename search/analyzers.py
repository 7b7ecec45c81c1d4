"""Analyzers for every language, in one place.

Each language's text is indexed twice: with Elasticsearch's own language
analyzer (stemming and stop words), and in a ``folded`` sub-field that also
lowercases and strips accents, so ``economico`` finds ``económico`` and
``Haiti`` finds ``Haïti``. Haitian Creole has no stemmer: a standard tokenizer
with folding.
"""

from elasticsearch_dsl import analyzer, token_filter

STEMMERS = {"en": "english", "es": "spanish", "fr": "french"}
LANGUAGE_ANALYZERS = {"en": "english", "es": "spanish", "fr": "french", "ht": "standard"}


def _stemmer(code):
    return token_filter(f"mf_stem_{code}", type="stemmer", language=STEMMERS[code])


def folded_analyzer(code):
    filters = ["lowercase", "asciifolding"]
    if code in STEMMERS:
        filters.append(_stemmer(code))
    return analyzer(f"mf_folded_{code}", tokenizer="standard", filter=filters)


def language_analyzer(code):
    return LANGUAGE_ANALYZERS.get(code, "standard")


#: Exact folded words (no stemming), for the spelling suggester.
plain_folded = analyzer(
    "mf_plain_folded", tokenizer="standard", filter=["lowercase", "asciifolding"]
)
