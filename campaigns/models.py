"""Campaign pages and the campaign index."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, When, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from caching.pagination import paginate
from caching.routing import OneQueryChildRouteMixin
from campaigns.blocks import CampaignBodyBlock, DocumentBlock
from languages.formatting import format_date
from languages.preview import LanguagePreviewMixin

HASHTAG = re.compile(r"^\w+$")


class CampaignIndexPage(LanguagePreviewMixin, OneQueryChildRouteMixin, Page):
    """The list of campaigns at /campaigns/: current ones first, then past ones."""

    intro = models.TextField(_("introduction"), blank=True)

    translation_fields = ("title", "intro")
    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("campaign index")

    per_page = 12

    def campaigns(self, today=None):
        """Current campaigns first, then past ones; newest first in each."""
        today = today or timezone.localdate()
        return (
            CampaignPage.objects.child_of(self)
            .live()
            .public()
            .annotate(ended=Case(When(end_date__lt=today, then=1), default=0))
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
            .order_by("ended", "-start_date", "path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page = paginate(request, self.campaigns(), self.per_page)
        context["campaigns"] = page
        context["current_campaigns"] = [c for c in page if not c.ended]
        context["past_campaigns"] = [c for c in page if c.ended]
        return context


class CampaignPage(LanguagePreviewMixin, Page):
    """An awareness campaign: hero image, tagline, period, a body of blocks,
    a hashtag and a downloadable toolkit; shared with its own share card."""

    hero_image = models.ForeignKey(
        "media.CustomImage",
        verbose_name=_("hero image"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top with its credit, and on the campaign's share card."),
    )
    tagline = models.CharField(_("tagline"), max_length=255)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a campaign with no planned end."),
    )
    body = StreamField(CampaignBodyBlock(), verbose_name=_("body"), blank=True)
    hashtag = models.CharField(
        _("hashtag"),
        max_length=60,
        blank=True,
        help_text=_("Without the #, for example: MigrantsContribute"),
    )
    toolkit = StreamField(
        [("document", DocumentBlock(label=_("Document")))],
        verbose_name=_("toolkit"),
        blank=True,
        help_text=_("Posters, social images and guides to download."),
    )

    translation_fields = ("title", "tagline")
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    search_fields = [
        *Page.search_fields,
        index.SearchField("tagline"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("tagline"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")])],
            heading=_("Campaign period"),
        ),
        FieldPanel("hashtag"),
        FieldPanel("body"),
        FieldPanel("toolkit"),
    ]

    class Meta:
        verbose_name = _("campaign")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The campaign cannot end before it starts.")
        for code_field in [f for f in vars(self) if f.startswith("hashtag")]:
            value = (getattr(self, code_field) or "").strip().lstrip("#")
            setattr(self, code_field, value)
            if value and not HASHTAG.match(value):
                errors[code_field] = _(
                    "A hashtag is one word: letters, digits and underscores only."
                )
        if errors:
            raise ValidationError(errors)

    @classmethod
    def current(cls, limit, first=()):
        """Campaigns running now for lists elsewhere (the home page): the
        pages in ``first`` that are still running, then the newest others."""
        today = timezone.localdate()
        chosen = [
            page
            for page in first
            if isinstance(page, cls) and page.live and not page.has_ended(today)
        ][:limit]
        if len(chosen) < limit:
            others = (
                cls.objects.live()
                .public()
                .exclude(pk__in=[page.pk for page in chosen])
                .exclude(end_date__lt=today)
                .select_related("hero_image")
                .prefetch_related("hero_image__renditions")
                .order_by("-start_date", "path")
            )
            chosen += list(others[: limit - len(chosen)])
        prefetch_related_objects(chosen, "hero_image__renditions")
        return chosen

    def has_ended(self, today=None):
        today = today or timezone.localdate()
        return bool(self.end_date and self.end_date < today)

    @property
    def status(self):
        today = timezone.localdate()
        if self.has_ended(today):
            return "past"
        if self.start_date and self.start_date > today:
            return "upcoming"
        return "current"

    @property
    def status_label(self):
        return {
            "past": _("Past campaign"),
            "upcoming": _("Upcoming campaign"),
            "current": _("Current campaign"),
        }[self.status]

    @property
    def period_label(self):
        start = format_date(self.start_date)
        if self.end_date:
            return _("%(start)s to %(end)s") % {"start": start, "end": format_date(self.end_date)}
        return _("Since %(start)s") % {"start": start}

    @property
    def has_video(self):
        return any(block.block_type == "video" for block in self.body)

    def toolkit_documents(self):
        return [block.value for block in self.toolkit if block.value]

    def share_card_lines(self, language):
        """What the share card says (see ``media.share_cards``)."""
        highlight = self.tagline
        if self.hashtag:
            highlight = f"{highlight} #{self.hashtag}"
        credit = self.hero_image.credit if self.hero_image else ""
        return {
            "kicker": str(_("Campaign")),
            "title": self.title,
            "highlight": highlight,
            "credit": credit,
        }
