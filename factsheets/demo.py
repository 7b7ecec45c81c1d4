"""Demo content: the statistics library (hook order 10) and the myth-busting
fact sheets (order 20), drawn from the IOM Regional Strategy for Central and
North America and the Caribbean 2014–2016. Idempotent: only what is missing
is created."""

import datetime
import re

from factsheets.demo_statistics import STATISTICS
from factsheets.demo_texts import FACT_SHEETS, INDEX
from factsheets.factories import (
    SEED_PUBLISHER,
    SEED_TITLE,
    FactSheetIndexPageFactory,
    FactSheetPageFactory,
    StatisticFactory,
)
from languages.translated import translated

RETRIEVED = datetime.date(2026, 11, 28)
SOURCE = {
    **translated(
        "source_publisher",
        {
            "en": SEED_PUBLISHER,
            "es": "Organización Internacional para las Migraciones (OIM)",
            "fr": "Organisation internationale pour les migrations (OIM)",
            "ht": "Òganizasyon Entènasyonal pou Migrasyon (OIM)",
        },
    ),
    **translated(
        "source_title",
        {
            "en": SEED_TITLE,
            "es": "Estrategia Regional de la OIM para Centroamérica, Norteamérica y el Caribe, 2014–2016",
            "fr": "Stratégie régionale de l'OIM pour l'Amérique centrale, l'Amérique du Nord et les Caraïbes, 2014–2016",
            "ht": "Estrateji rejyonal OIM pou Amerik Santral, Amerik di Nò ak Karayib la, 2014–2016",
        },
    ),
}


def load_statistics(home):
    from factsheets.models import Statistic

    existing = set(Statistic.objects.values_list("key", flat=True))
    for spec in STATISTICS:
        if spec["key"] in existing:
            continue
        start, end = spec["period"]
        StatisticFactory(
            key=spec["key"],
            value=spec["value"],
            unit=spec["unit"],
            precision=spec["precision"],
            compact=spec["compact"],
            period_start=start,
            period_end=end,
            geography=spec["geography"],
            source_url="",
            source_retrieved=RETRIEVED,
            next_review=datetime.date(2027, 6, 30),
            **translated("label", spec["label"]),
            **translated("approximate", spec["qualifier"]) if spec["qualifier"] else {},
            **SOURCE,
        )


PLACEHOLDER = re.compile(r"\[\[([a-z0-9-]+)\]\]")


def _resolve(body, ids):
    """Turn ``[[key]]`` placeholders and statistic keys into database ids."""

    def link(match):
        return f'<a linktype="statistic" id="{ids[match.group(1)]}">{match.group(1)}</a>'

    resolved = []
    for kind, value in body:
        if kind == "paragraph":
            resolved.append({"type": "paragraph", "value": PLACEHOLDER.sub(link, value)})
        elif kind == "heading":
            resolved.append({"type": "heading", "value": {"text": value, "level": "h2"}})
        elif kind == "callout":
            resolved.append(
                {"type": "callout", "value": {"statistic": ids[value], "label_override": ""}}
            )
        elif kind == "chart":
            title, keys, note = value
            resolved.append(
                {
                    "type": "chart",
                    "value": {
                        "title": title,
                        "statistics": [ids[k] for k in keys],
                        "caption": note,
                    },
                }
            )
        elif kind == "quote":
            quote, attribution = value
            resolved.append(
                {"type": "quote", "value": {"quote": quote, "attribution": attribution}}
            )
    return resolved


def load_fact_sheets(home):
    from factsheets.models import FactSheetIndexPage, FactSheetPage, Statistic
    from home.demo import feature_pages, link_page

    index = FactSheetIndexPage.objects.filter(slug="facts").first()
    if index is None:
        index = FactSheetIndexPageFactory(parent=home, slug="facts", show_in_menus=True, **INDEX)
    ids = dict(Statistic.objects.values_list("key", "pk"))
    existing = set(FactSheetPage.objects.values_list("slug", flat=True))
    for sheet in FACT_SHEETS:
        if sheet["slug"] in existing:
            continue
        fields = {}
        for field in ("title", "myth", "short_answer"):
            fields.update(translated(field, sheet[field]))
        fields.update(
            translated("body", {lang: _resolve(body, ids) for lang, body in sheet["body"].items()})
        )
        FactSheetPageFactory(
            parent=index,
            slug=sheet["slug"],
            verdict=sheet["verdict"],
            topics=sheet["topics"],
            countries=sheet["countries"],
            last_reviewed=RETRIEVED,
            **fields,
        )
    featured = list(
        FactSheetPage.objects.filter(slug__in=[s["slug"] for s in FACT_SHEETS[:3]]).order_by("pk")
    )
    feature_pages(home, "factsheets", featured)
    link_page(home, "hero_cta", index)
