"""The Elasticsearch document: one per published item per language.

An item translated into three languages gives three documents, so results in
"all languages" are labelled by the language actually matched, and the
language facet counts what a reader can read. Each language has its own text
fields (``title_es``, ``body_es``…) analysed for that language (see
``search.analyzers``); facets are keywords.
"""

from elasticsearch_dsl import Date, Document, Integer, Keyword, Object, Text

from languages.codes import language_codes
from search import analyzers


def _text_field(code):
    return Text(
        analyzer=analyzers.language_analyzer(code),
        fields={
            "folded": Text(analyzer=analyzers.folded_analyzer(code)),
            "plain": Text(analyzer=analyzers.plain_folded),
        },
    )


class ContentDocument(Document):
    """One item of a registered search source (a fact sheet, a statistic…) in one language."""

    kind = Keyword()
    object_id = Integer()
    language = Keyword()
    url = Keyword(index=False)
    topics = Keyword()
    countries = Keyword()
    verdict = Keyword()
    year = Integer()
    date = Date()
    answer = Object(enabled=False)
    facet_labels = Object(enabled=False)

    class Index:
        settings = {"number_of_shards": 1, "number_of_replicas": 0}


for _code in language_codes():
    ContentDocument._doc_type.mapping.field(f"title_{_code}", _text_field(_code))
    ContentDocument._doc_type.mapping.field(f"body_{_code}", _text_field(_code))


def index_template(name):
    """An ``elasticsearch_dsl.Index`` with the document's mapping and analyzers."""
    from elasticsearch_dsl import Index

    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.document(ContentDocument)
    return index
