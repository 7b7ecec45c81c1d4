"""The OpenAPI 3.1 description of the public API, built from the code's own
vocabularies (languages, units, places, search facets), so it cannot drift
from what the views accept. Served at ``/api/openapi.json``; checked by
openapi-spec-validator and exercised by schemathesis in the tests."""

from django.conf import settings

from factsheets.choices import Unit
from geography.places import geography_choices
from languages.codes import language_codes
from search import conf as search_conf
from search.facets import FACETS, valid_values
from search.params import ALL_LANGUAGES, SORTS

JSON = "application/json"


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def _error(description):
    return {"description": description, "content": {JSON: {"schema": _ref("Error")}}}


def _query(name, schema, description, **extra):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
        **extra,
    }


def _lang(description):
    return _query("lang", {"type": "string", "enum": language_codes()}, description)


def _not_modified():
    return {"description": "Not modified since the copy the client holds (ETag or date)."}


def _statistic_schema():
    text = {"type": "string"}
    maybe_text = {"type": ["string", "null"]}
    maybe_date = {"type": ["string", "null"], "format": "date"}
    return {
        "type": "object",
        "required": [
            "key",
            "label",
            "value",
            "unit",
            "period",
            "geography",
            "source_publisher",
            "source_title",
        ],
        "properties": {
            "key": {"type": "string", "pattern": r"^[-a-zA-Z0-9_]+$"},
            "label": text,
            "value": {**maybe_text, "description": "Plain decimal notation, e.g. 53000000."},
            "formatted_value": {**text, "description": "As a reader of `lang` writes it."},
            "unit": {"type": "string", "enum": list(Unit.values)},
            "precision": {"type": "integer", "minimum": 0},
            "qualifier": {**text, "description": "How the source qualifies it: about, over…"},
            "period": text,
            "period_start": maybe_date,
            "period_end": maybe_date,
            "geography": {"type": "string", "enum": [code for code, _ in geography_choices()]},
            "geography_label": text,
            "source_publisher": text,
            "source_title": text,
            "source_url": text,
            "source_retrieved": maybe_date,
            "notes": text,
            "next_review": maybe_date,
            "url": {"type": "string", "format": "uri"},
            "license": _ref("License"),
        },
    }


def _search_hit_schema():
    return {
        "type": "object",
        "required": ["type", "language", "title", "url"],
        "properties": {
            "type": {"type": "string"},
            "id": {"type": ["integer", "string"]},
            "language": {"type": "string"},
            "title": {"type": "string", "description": "HTML: escaped, matches in <mark>."},
            "snippet": {"type": "string", "description": "HTML: escaped, matches in <mark>."},
            "url": {"type": "string"},
            "date": {"type": ["string", "null"]},
            "year": {"type": ["integer", "null"]},
            "topics": {"type": "array", "items": {"type": "string"}},
            "countries": {"type": "array", "items": {"type": "string"}},
            "verdict": {"type": ["string", "null"]},
            "answer": {"type": ["object", "null"]},
        },
    }


def _search_parameters():
    facets = []
    for name in FACETS:
        if name == "year":
            item = {"type": "string", "pattern": r"^(19[5-9][0-9]|20[0-9][0-9]|2100)$"}
        else:
            item = {"type": "string", "enum": sorted(valid_values(name))}
        facets.append(
            _query(
                name,
                {"type": "array", "items": item},
                f"Filter by {name} (repeat the parameter for several values).",
                style="form",
                explode=True,
            )
        )
    return [
        _query(
            "q",
            {"type": "string", "maxLength": search_conf.MAX_QUERY_LENGTH},
            "The words searched for. Never stored or logged.",
        ),
        _lang("The reader's language: results in it by default, messages in it."),
        _query(
            "language",
            {"type": "string", "enum": ["", *language_codes(), ALL_LANGUAGES]},
            "Search another language, or `all`.",
        ),
        _query("sort", {"type": "string", "enum": list(SORTS)}, "Order of results."),
        _query(
            "page",
            {"type": "integer", "minimum": 1, "maximum": search_conf.MAX_PAGE},
            "Page of results.",
        ),
        *facets,
    ]


def description():
    """The OpenAPI document as a dictionary."""
    statistic_params = [
        _lang("Language of labels, formatted values and messages (default English)."),
        _query("format", {"type": "string", "enum": ["json", "csv"]}, "json (default) or csv."),
    ]
    filters = [
        _query(
            "geography",
            {"type": "string", "enum": [c for c, _ in geography_choices()]},
            "Only statistics about this place (a region or an ISO country code).",
        ),
        _query(
            "unit", {"type": "string", "enum": list(Unit.values)}, "Only statistics in this unit."
        ),
    ]
    key = {
        "name": "key",
        "in": "path",
        "required": True,
        "description": "The statistic's stable key, e.g. north-america-migrants.",
        "schema": {"type": "string", "pattern": r"^[-a-zA-Z0-9_]+$"},
    }
    data_headers = {
        "ETag": {"schema": {"type": "string"}},
        "Last-Modified": {"schema": {"type": "string"}},
        "Link": {"description": 'The licence, rel="license".', "schema": {"type": "string"}},
        "Access-Control-Allow-Origin": {"schema": {"type": "string"}},
    }
    csv = {"text/csv": {"schema": {"type": "string"}}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"{settings.WAGTAIL_SITE_NAME} API",
            "version": "1.0.0",
            "summary": "Migration statistics with their sources, and site search.",
            "description": (
                "Read-only and public: no key needed. Every figure carries its source "
                "(publisher, title, link, date retrieved). Errors are JSON in the "
                "requested language. See docs/api.md."
            ),
            "license": {"name": settings.CONTENT_LICENSE_NAME, "url": settings.CONTENT_LICENSE_URL},
        },
        "paths": {
            "/api/statistics/": {
                "get": {
                    "operationId": "listStatistics",
                    "summary": "Every published statistic",
                    "parameters": [*statistic_params, *filters],
                    "responses": {
                        "200": {
                            "description": "The statistics.",
                            "headers": data_headers,
                            "content": {JSON: {"schema": _ref("StatisticList")}, **csv},
                        },
                        "304": _not_modified(),
                        "400": _error("An unknown lang, format, geography or unit."),
                    },
                }
            },
            "/api/statistics.csv": {
                "get": {
                    "operationId": "listStatisticsCsv",
                    "summary": "Every published statistic, as CSV",
                    "parameters": [*statistic_params, *filters],
                    "responses": {
                        "200": {
                            "description": "CSV with a header row.",
                            "headers": data_headers,
                            "content": csv,
                        },
                        "304": _not_modified(),
                        "400": _error("An unknown lang, format, geography or unit."),
                    },
                }
            },
            "/api/statistics/{key}/": {
                "get": {
                    "operationId": "getStatistic",
                    "summary": "One statistic with its source",
                    "parameters": [key, *statistic_params],
                    "responses": {
                        "200": {
                            "description": "The statistic.",
                            "headers": data_headers,
                            "content": {JSON: {"schema": _ref("Statistic")}, **csv},
                        },
                        "304": _not_modified(),
                        "400": _error("An unknown lang or format."),
                        "404": _error("No published statistic has this key."),
                    },
                }
            },
            "/api/statistics/{key}.csv": {
                "get": {
                    "operationId": "getStatisticCsv",
                    "summary": "One statistic, as CSV",
                    "parameters": [key, *statistic_params],
                    "responses": {
                        "200": {
                            "description": "CSV with a header row.",
                            "headers": data_headers,
                            "content": csv,
                        },
                        "304": _not_modified(),
                        "400": _error("An unknown lang or format."),
                        "404": _error("No published statistic has this key."),
                    },
                }
            },
            **{
                f"/api/statistics/{{key}}{suffix}": {
                    "get": {
                        "operationId": operation,
                        "summary": f"One statistic and its primary source, as {name}",
                        "parameters": [key, statistic_params[0]],
                        "responses": {
                            "200": {
                                "description": f"{name} records for reference managers.",
                                "content": {media_type: {"schema": schema}},
                            },
                            "400": _error("An unknown lang."),
                            "404": _error("No published statistic has this key."),
                        },
                    }
                }
                for suffix, operation, name, media_type, schema in (
                    (
                        ".ris",
                        "citeStatisticRis",
                        "RIS",
                        "application/x-research-info-systems",
                        {"type": "string"},
                    ),
                    (
                        ".bib",
                        "citeStatisticBibtex",
                        "BibTeX",
                        "application/x-bibtex",
                        {"type": "string"},
                    ),
                    (
                        ".csl.json",
                        "citeStatisticCslJson",
                        "CSL-JSON",
                        "application/vnd.citationstyles.csl+json",
                        {"type": "array", "items": {"type": "object"}},
                    ),
                )
            },
            "/api/oembed/": {
                "get": {
                    "operationId": "oembed",
                    "summary": "oEmbed: the embeddable card of a statistic or fact sheet",
                    "description": (
                        "Give the address of a fact sheet, a statistic's card or its API "
                        "address; the answer is an oEmbed 1.0 `rich` response whose `html` "
                        "is an iframe of the card."
                    ),
                    "parameters": [
                        {
                            **_query(
                                "url", {"type": "string", "minLength": 1}, "The address to embed."
                            ),
                            "required": True,
                        },
                        _query("format", {"type": "string", "enum": ["json"]}, "Only json."),
                        _query(
                            "maxwidth",
                            {"type": "integer", "minimum": 1},
                            "Widest the card may be, in CSS pixels.",
                        ),
                        _query(
                            "maxheight",
                            {"type": "integer", "minimum": 1},
                            "Tallest the card may be, in CSS pixels.",
                        ),
                    ],
                    "responses": {
                        "200": {
                            "description": "The oEmbed response.",
                            "content": {JSON: {"schema": _ref("OEmbed")}},
                        },
                        "400": _error("No url, or a bad format, maxwidth or maxheight."),
                        "404": _error("No embeddable card at this address."),
                        "501": _error("format=xml: only json is available."),
                    },
                }
            },
            "/api/search/": {
                "get": {
                    "operationId": "search",
                    "summary": "Search fact sheets, rights guides, campaigns and statistics",
                    "parameters": _search_parameters(),
                    "responses": {
                        "200": {
                            "description": "One page of results, with facets.",
                            "content": {JSON: {"schema": _ref("SearchResults")}},
                        },
                        "400": _error("An unknown lang, filter value, sort or page."),
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "License": {
                    "type": "object",
                    "required": ["name", "url"],
                    "properties": {
                        "name": {"type": "string"},
                        "url": {"type": "string", "format": "uri"},
                    },
                },
                "Error": {
                    "type": "object",
                    "required": ["status", "language", "errors"],
                    "properties": {
                        "status": {"type": "integer"},
                        "language": {"type": "string"},
                        "errors": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                    },
                },
                "Statistic": _statistic_schema(),
                "StatisticList": {
                    "type": "object",
                    "required": ["count", "language", "license", "results"],
                    "properties": {
                        "count": {"type": "integer", "minimum": 0},
                        "language": {"type": "string", "enum": language_codes()},
                        "license": _ref("License"),
                        "results": {"type": "array", "items": _ref("Statistic")},
                    },
                },
                "OEmbed": {
                    "type": "object",
                    "required": ["version", "type", "html", "width", "height"],
                    "properties": {
                        "version": {"const": "1.0"},
                        "type": {"const": "rich"},
                        "title": {"type": "string"},
                        "provider_name": {"type": "string"},
                        "provider_url": {"type": "string", "format": "uri"},
                        "html": {"type": "string"},
                        "width": {"type": "integer", "minimum": 1},
                        "height": {"type": "integer", "minimum": 1},
                        "cache_age": {"type": "integer"},
                        "license": {"type": "string"},
                        "license_url": {"type": "string", "format": "uri"},
                    },
                },
                "SearchHit": _search_hit_schema(),
                "SearchResults": {
                    "type": "object",
                    "required": ["query", "page", "pages", "total", "results", "facets"],
                    "properties": {
                        "query": {"type": "string"},
                        "corrected_query": {"type": ["string", "null"]},
                        "backend": {"type": "string"},
                        "fallback": {"type": "boolean"},
                        "language": {"type": "string"},
                        "sort": {"type": "string", "enum": list(SORTS)},
                        "page": {"type": "integer", "minimum": 1},
                        "pages": {"type": "integer", "minimum": 1},
                        "total": {"type": "integer", "minimum": 0},
                        "more_than_total": {
                            "type": "boolean",
                            "description": "More matches than counted (the database "
                            "backend counts up to 500): total and facet counts are "
                            "those of the first 500 matches.",
                        },
                        "answers": {"type": "array", "items": _ref("SearchHit")},
                        "results": {"type": "array", "items": _ref("SearchHit")},
                        "facets": {"type": "object"},
                        "errors": {"type": "array", "items": {"type": "string"}},
                    },
                },
            }
        },
    }
