"""Myth-busting fact sheets and their index."""

import json

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from api.conditional import public_data
from api.discovery import oembed_url
from api.licence import content_license
from audio.clips import clips_for, speakable
from audio.panels import AudioPanel
from caching.pagecache import do_not_store, vary_on_query
from caching.pagination import paginate
from caching.routing import OneQueryChildRouteMixin
from factsheets import citations
from factsheets.blocks import ClaimAppearancesBlock, FactSheetBodyBlock
from factsheets.choices import VERDICT_RATINGS, Verdict
from factsheets.corrections import change_note_panels
from factsheets.evidence import FactSheetPageForm
from factsheets.figures import FigureSet, shared_statistics, statistic_ids_in_stream
from factsheets.models.statistic import Statistic
from geography.places import country_choices, place_name
from languages.addresses import base_url, page_public_url
from languages.fallback import display_language, is_copy_of_source
from languages.formatting import format_date
from languages.preview import LanguagePreviewMixin
from taxonomy.fields import ChoiceListField
from taxonomy.topics import Topic, strategic_area_choices


class FactSheetPage(LanguagePreviewMixin, RoutablePageMixin, Page):
    """One myth as people say it, the verdict, the short answer and the
    evidence, with every figure drawn from the statistics library."""

    myth = models.CharField(_("myth"), max_length=255, help_text=_("The claim, as people say it."))
    verdict = models.CharField(_("verdict"), max_length=20, choices=Verdict.choices)
    short_answer = models.TextField(
        _("short answer"),
        help_text=_("One or two sentences that open with the verdict, e.g. “False. …”."),
    )
    appearances = StreamField(
        ClaimAppearancesBlock(),
        verbose_name=_("where the claim appeared"),
        blank=True,
        help_text=_("Links or descriptions, the first appearance first."),
    )
    body = StreamField(FactSheetBodyBlock(), verbose_name=_("body"), blank=True)
    topics = ChoiceListField(_("topics"), item_choices=strategic_area_choices)
    countries = ChoiceListField(_("countries"), item_choices=country_choices)
    last_reviewed = models.DateField(_("last reviewed"), default=timezone.localdate)

    translation_fields = ("title", "myth", "short_answer")
    parent_page_types = ["factsheets.FactSheetIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("myth"),
                FieldPanel("appearances"),
                FieldPanel("verdict"),
                FieldPanel("short_answer"),
            ],
            heading=_("Myth and verdict"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("countries"), FieldPanel("last_reviewed")],
            heading=_("Classification"),
        ),
        change_note_panels(),
        AudioPanel(),
    ]

    base_form_class = FactSheetPageForm

    search_fields = [
        *Page.search_fields,
        index.SearchField("myth"),
        index.SearchField("short_answer"),
        index.SearchField("body"),
        index.FilterField("verdict"),
    ]

    class Meta:
        verbose_name = _("fact sheet")
        verbose_name_plural = _("fact sheets")
        # Lists show the most recently reviewed first, newest page first on
        # the same day: read in index order, never by sorting every sheet.
        indexes = [models.Index(fields=["last_reviewed", "page_ptr"], name="factsheet_reviewed")]

    def clean(self):
        super().clean()
        bad = Statistic.objects.unusable_ids(statistic_ids_in_stream(self.body))
        if bad:
            raise ValidationError(
                {
                    "body": gettext(
                        "This fact sheet cites statistics that are unknown or not published (id %(ids)s)."
                    )
                    % {"ids": ", ".join(str(pk) for pk in bad)}
                }
            )

    @cached_property
    def figures(self):
        return FigureSet.for_stream(self.body)

    @classmethod
    def latest(cls, limit, first=()):
        """Published fact sheets for lists elsewhere (the home page): the
        pages in ``first`` (in their order), then the most recently reviewed."""
        chosen = [page for page in first if isinstance(page, cls) and page.live][:limit]
        if len(chosen) < limit:
            chosen += list(
                cls.objects.live()
                .public()
                .exclude(pk__in=[page.pk for page in chosen])
                .order_by("-last_reviewed", "-pk")[: limit - len(chosen)]
            )
        return chosen

    @property
    def content_language(self):
        """The language this sheet is read in by the current reader (fallback)."""
        return display_language(self)

    @property
    def verdict_label(self):
        return str(Verdict(self.verdict).label) if self.verdict else ""

    @property
    def topic_labels(self):
        return [str(Topic(code).label) for code in self.topics if code in Topic.values]

    @property
    def country_labels(self):
        return [place_name(code) for code in self.countries]

    @property
    def last_reviewed_label(self):
        return format_date(self.last_reviewed) if self.last_reviewed else ""

    def promoted_block_id(self):
        """The body's opening callout when it shows the key figure: the page
        shows that figure at the top, so the body does not repeat it."""
        key = self.figures.key_figure
        first = self.body[0] if len(self.body) else None
        if key is not None and first is not None and first.block_type == "callout":
            statistic = first.value.get("statistic")
            if statistic is not None and statistic.pk == key.pk:
                return first.id
        return None

    def citation(self, request=None):
        """“Title. Migration Facts. Last reviewed …. URL”."""
        title = self.title if self.title.rstrip()[-1:] in "?!." else f"{self.title}."
        return gettext("%(title)s Migration Facts. Last reviewed %(date)s. %(url)s") % {
            "title": title,
            "date": self.last_reviewed_label,
            "url": page_public_url(self, request),
        }

    def claim_review(self, request=None):
        """schema.org ClaimReview, with the fields Google's fact-check
        documentation requires and recommends (see docs/content-model.md)."""
        url = page_public_url(self, request)
        published = self.first_published_at or self.last_published_at or timezone.now()
        modified = max(self.last_published_at or published, published)
        appearances = [_appearance(block.value) for block in self.appearances]
        claim = {"@type": "Claim", "name": self.myth}
        if appearances:
            claim["appearance"] = appearances
            claim["firstAppearance"] = appearances[0]
        authors = [block.value["author"] for block in self.appearances if block.value["author"]]
        if authors:
            claim["author"] = {"@type": "Person", "name": authors[0]}
        seen = [
            block.value["first_seen"] for block in self.appearances if block.value["first_seen"]
        ]
        if seen:
            claim["datePublished"] = min(seen).isoformat()
        return {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": url,
            "claimReviewed": self.myth,
            "datePublished": published.date().isoformat(),
            "dateModified": modified.date().isoformat(),
            "inLanguage": self.content_language,
            "author": {
                "@type": "Organization",
                "name": gettext("Migration Facts"),
                "url": f"{base_url()}/",
            },
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": VERDICT_RATINGS.get(self.verdict, 1),
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": self.verdict_label,
            },
            "itemReviewed": claim,
        }

    def share_card_lines(self, language):
        """What the share card says (see ``media.share_cards``): the myth and its verdict."""
        return {
            "kicker": gettext("Myth"),
            "title": self.myth,
            "highlight": gettext("Verdict: %(verdict)s") % {"verdict": self.verdict_label},
            "credit": gettext("Every figure with its source"),
        }

    def audio_sections(self, language):
        """One short clip (``audio.clips``): the claim, the verdict and the
        short answer, when the sheet is written in ``language`` (a copy of
        the English text is not)."""
        if is_copy_of_source(self, "myth", language) or is_copy_of_source(
            self, "short_answer", language
        ):
            return []
        myth = getattr(self, f"myth_{language}")
        answer = getattr(self, f"short_answer_{language}")
        verdict = gettext("Our verdict: %(verdict)s") % {"verdict": self.verdict_label}
        return [("answer", speakable(f"{gettext('Claim')}: {myth}", verdict, answer))]

    def claim_review_json(self, request=None):
        text = json.dumps(self.claim_review(request), ensure_ascii=False)
        # Safe inside <script>: no closing tag or comment can appear.
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["figures"] = self.figures
        context["promoted_block_id"] = self.promoted_block_id()
        context["citation"] = self.citation(request)
        context["content_license"] = content_license()
        context["oembed_url"] = oembed_url(page_public_url(self, request))
        context["source_citations"] = [
            {"document": document, "text": citations.source_text(document)}
            for document in self.figures.documents
        ]
        page_url = self.get_url(request)
        context["citation_formats"] = [
            (fmt, page_url + self.reverse_subpage("citation", kwargs={"fmt": fmt}), label)
            for fmt, label in (("ris", "RIS"), ("bibtex", "BibTeX"), ("csl-json", "CSL-JSON"))
        ]
        context["claim_review_json"] = self.claim_review_json(request)
        context["verdict_definition_url"] = self.verdict_definition_url(request)
        context["answer_audio"] = clips_for(self, get_language()).get("answer")
        return context

    def verdict_definition_url(self, request=None):
        """Where this sheet's verdict is defined ("How we check facts", chosen
        on the home page), or ``""``. The request's site is the one routing
        read, so its home page costs no query."""
        site = Site.find_for_request(request) if request else self.get_site()
        home = site.root_page.specific if site else None
        definition_url = getattr(home, "verdict_definition_url", None)
        return definition_url(self.verdict) if definition_url else ""

    @path("")
    def fact_sheet(self, request):
        # Rendered here, while the body's blocks share the page's figures.
        with shared_statistics(self.figures.statistics):
            response = self.render(request)
            response.render()
        return response

    @path("cite/<str:fmt>/", name="citation")
    def citation_file(self, request, fmt):
        """The fact sheet and its primary sources for reference managers."""
        if fmt not in citations.FORMATS:
            raise Http404
        works = citations.fact_sheet_works(self, page_public_url(self, request), get_language())
        return public_data(citations.citation_response(works, fmt, self.slug))

    @path("figures/csv/", name="figures_csv")
    def figures_csv(self, request):
        response = HttpResponse(self.figures.as_csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}-figures.csv"'
        return public_data(response)

    @path("figures/json/", name="figures_json")
    def figures_json(self, request):
        response = JsonResponse(
            {
                "fact_sheet": self.title,
                "url": page_public_url(self, request),
                "last_reviewed": self.last_reviewed.isoformat() if self.last_reviewed else None,
                "license": content_license(),
                "figures": self.figures.as_rows(),
            },
            json_dumps_params={"ensure_ascii": False, "indent": 2},
        )
        response["Content-Disposition"] = f'attachment; filename="{self.slug}-figures.json"'
        return public_data(response)


def _appearance(value):
    work = {"@type": "CreativeWork"}
    if value["url"]:
        work["url"] = value["url"]
    if value["description"]:
        work["name"] = value["description"]
    if value["author"]:
        work["author"] = {"@type": "Person", "name": value["author"]}
    if value["first_seen"]:
        work["datePublished"] = value["first_seen"].isoformat()
    return work


class FactSheetIndexPage(LanguagePreviewMixin, OneQueryChildRouteMixin, Page):
    """All fact sheets, filterable by topic, country and verdict."""

    intro = models.TextField(_("introduction"), blank=True)

    translation_fields = ("title",)
    parent_page_types = ["home.HomePage"]
    subpage_types = ["factsheets.FactSheetPage"]
    max_count = 1
    per_page = 12
    filters = ("topic", "country", "verdict")

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("fact sheet index")

    def filtered(self, params):
        sheets = FactSheetPage.objects.live().child_of(self).order_by("-last_reviewed", "-pk")
        active = {}
        topic = params.get("topic")
        if topic in dict(strategic_area_choices()):
            sheets = sheets.filter(topics__contains=ChoiceListField.contains(topic))
            active["topic"] = topic
        country = params.get("country")
        if country in dict(country_choices()):
            sheets = sheets.filter(countries__contains=ChoiceListField.contains(country))
            active["country"] = country
        verdict = params.get("verdict")
        if verdict in dict(Verdict.choices):
            sheets = sheets.filter(verdict=verdict)
            active["verdict"] = verdict
        return sheets, active

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        vary_on_query(request, *self.filters)
        sheets, active = self.filtered(request.GET)
        if any(request.GET.get(name) and name not in active for name in self.filters):
            do_not_store(request)  # unknown values are ignored, never cached
        page = paginate(request, sheets, self.per_page)
        query = "&".join(f"{k}={v}" for k, v in active.items())
        context.update(
            {
                "sheets": page,
                "active": active,
                "filter_query": query,
                "topic_choices": strategic_area_choices(),
                "country_choices": country_choices(),
                "verdict_choices": Verdict.choices,
            }
        )
        return context
