"""Migrant-rights guides in plain language, the help contacts they show and
the index readers use to find them.

A guide names a country (ISO 3166-1 alpha-2) or the whole region and the
topics it covers; "Get help now" lists the contacts chosen for the guide and,
unless the editor turns it off, every contact of the same country. Each guide
has a printable one-page rights card at ``card/`` that can show two languages
side by side (``card/?also=es``).
"""

import re

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PublishingPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from audio.clips import clips_for, plain_text, speakable
from audio.panels import AudioPanel
from caching.pagecache import do_not_store, vary_on_query
from caching.routing import OneQueryChildRouteMixin
from geography.places import REGION, canonical, country_or_region_choices, place_name, sort_key
from languages.addresses import page_public_url
from languages.codes import language_codes
from languages.completeness import reader_stream
from languages.fallback import is_copy_of_source
from languages.formatting import format_date
from languages.names import local_name
from languages.preview import LanguagePreviewMixin
from offline.pages import keep_offline
from rights import sharing
from rights.blocks import GuideSections
from rights.qr import qr_svg
from taxonomy.fields import ChoiceListField
from taxonomy.topics import Topic, rights_topic_choices


def _digits(number):
    """ "+000 0000 0001" → "+00000000001": the form tel: and sms: links need."""
    number = (number or "").strip()
    plus = "+" if number.startswith("+") else ""
    return plus + re.sub(r"\D", "", number)


class HelpContactQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)


class HelpContact(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, models.Model
):
    """An organisation migrants can call for help, shown under "Get help now"
    on rights guides and on the printable rights cards. Reused across guides:
    choose it on a guide, or give it the guide's country.

    A wrong number sends a migrant to the wrong place, so contacts go through
    review like pages: an editor's or translator's change is a draft (a
    revision) until a moderator approves it in the site's workflow; readers
    only ever see the published row (``live``)."""

    organisation = models.CharField(_("organisation"), max_length=200)
    description = models.CharField(
        _("what they help with"),
        max_length=300,
        blank=True,
        help_text=_("One short sentence in plain language."),
    )
    phone = models.CharField(
        _("phone number"),
        max_length=40,
        help_text=_("International form, for example +000 0000 0000. Shown as a link that calls."),
    )
    whatsapp = models.CharField(_("WhatsApp number"), max_length=40, blank=True)
    sms = models.CharField(_("SMS number"), max_length=40, blank=True)
    hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    languages_spoken = models.CharField(
        _("languages spoken"),
        max_length=200,
        blank=True,
        help_text=_("For example: Spanish, Haitian Creole."),
    )
    address = models.TextField(_("address"), blank=True)
    country = models.CharField(
        _("country"),
        max_length=6,
        choices=country_or_region_choices,
        default=REGION,
        db_index=True,
    )
    is_sample = models.BooleanField(
        _("sample contact"),
        default=False,
        help_text=_(
            'Demo or placeholder contact: the site shows "Sample contact" next to it. '
            "Turn off only for a checked, real contact."
        ),
    )

    panels = [
        FieldPanel("organisation"),
        FieldPanel("description"),
        FieldPanel("country"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("whatsapp"), FieldPanel("sms")],
            heading=_("Numbers"),
        ),
        FieldPanel("hours"),
        FieldPanel("languages_spoken"),
        FieldPanel("address"),
        FieldPanel("is_sample"),
        PublishingPanel(),
    ]

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="helpcontact")

    objects = HelpContactQuerySet.as_manager()

    class Meta:
        verbose_name = _("help contact")
        verbose_name_plural = _("help contacts")
        ordering = ["country", "organisation"]

    def __str__(self):
        return self.organisation

    @property
    def revisions(self):
        return self._revisions

    @property
    def tel_href(self):
        return f"tel:{_digits(self.phone)}"

    @property
    def sms_href(self):
        return f"sms:{_digits(self.sms)}" if self.sms else ""

    @property
    def whatsapp_href(self):
        # wa.me wants the number without "+" or spaces; nothing loads until tapped.
        return f"https://wa.me/{_digits(self.whatsapp).lstrip('+')}" if self.whatsapp else ""

    @property
    def country_name(self):
        return place_name(self.country)

    def get_preview_template(self, request, mode_name):
        return "rights/contact_preview.html"

    def get_preview_context(self, request, mode_name):
        return {"contact": self, "object": self}


class RightsGuideContact(Orderable):
    """A help contact chosen for one guide, in the editor's order."""

    page = ParentalKey(
        "rights.RightsGuidePage", related_name="chosen_contacts", on_delete=models.CASCADE
    )
    contact = models.ForeignKey(
        HelpContact, verbose_name=_("help contact"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("contact")]


class RightsGuidePage(LanguagePreviewMixin, RoutablePageMixin, Page):
    """A guide to migrants' rights on one or more topics, for one country or
    the whole region, written in plain language: short questions and answers,
    the contacts to call first, and a printable rights card."""

    country = models.CharField(
        _("country"),
        max_length=6,
        choices=country_or_region_choices,
        default=REGION,
        db_index=True,
    )
    topics = ChoiceListField(_("topics"), item_choices=rights_topic_choices)
    summary = models.TextField(
        _("summary"), help_text=_("Two or three short sentences: what this guide helps with.")
    )
    sections = StreamField(GuideSections(), verbose_name=_("questions and answers"), blank=True)
    card_points = models.TextField(
        _("key points for the rights card"),
        blank=True,
        help_text=_("One short point per line; printed on the one-page rights card."),
    )
    last_reviewed = models.DateField(_("last reviewed"))
    include_country_contacts = models.BooleanField(
        _("also show every help contact of this country"), default=True
    )

    translation_fields = ("title", "sections")
    parent_page_types = ["rights.RightsGuideIndexPage"]
    subpage_types = []

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("sections"),
        index.FilterField("country"),
    ]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("country"), FieldPanel("topics"), FieldPanel("last_reviewed")],
            heading=_("About this guide"),
        ),
        FieldPanel("summary"),
        FieldPanel("sections"),
        FieldPanel("card_points"),
        MultiFieldPanel(
            [
                InlinePanel("chosen_contacts", label=_("Help contact")),
                FieldPanel("include_country_contacts"),
            ],
            heading=_("Get help now"),
        ),
        AudioPanel(),
    ]

    class Meta:
        verbose_name = _("rights guide")

    @property
    def country_name(self):
        return place_name(self.country)

    @property
    def topic_names(self):
        return [Topic(code).label for code in self.topics or [] if code in Topic.values]

    @property
    def last_reviewed_label(self):
        return format_date(self.last_reviewed) if self.last_reviewed else ""

    @property
    def points(self):
        return [line.strip() for line in (self.card_points or "").splitlines() if line.strip()]

    def audio_sections(self, language):
        """What the audio of ``language`` speaks (``audio.clips``): the title
        and summary, then each question with its answer; nothing of what is
        not written in that language (a copy of the English text is not)."""
        if is_copy_of_source(self, "summary", language):
            return []
        title = getattr(self, f"title_{language}", "") or self.title
        items = [("summary", speakable(title, getattr(self, f"summary_{language}")))]
        source = settings.LANGUAGE_CODE
        source_questions = {
            speakable(block.value["question"], plain_text(block.value["answer"]))
            for block in getattr(self, f"sections_{source}", None) or []
            if block.block_type == "question" and language != source
        }
        for number, block in enumerate(getattr(self, f"sections_{language}", None) or [], 1):
            if block.block_type == "question":
                text = speakable(block.value["question"], plain_text(block.value["answer"]))
                if text not in source_questions:
                    items.append((f"qa-{number}", text))
        return items

    @cached_property
    def contacts(self):
        """Chosen contacts first, then (if wanted) the rest of the country's:
        two queries whatever the number of contacts. Published contacts only:
        a draft or unpublished contact is never shown to readers."""
        chosen = [
            item.contact
            for item in self.chosen_contacts.select_related("contact").order_by("sort_order")
            if item.contact.live
        ]
        if self.include_country_contacts:
            seen = {contact.pk for contact in chosen}
            chosen += [
                contact
                for contact in HelpContact.objects.live().filter(country=self.country)
                if contact.pk not in seen
            ]
        return chosen

    def topic_anchors(self):
        """``{topic: anchor}``: the first question of each topic in the
        reader's language (``#topic-work``), where a topic link leads."""
        anchors = {}
        for block in self.sections:
            topic = block.value.get("topic") if block.block_type == "question" else None
            if topic and topic not in anchors:
                anchors[topic] = f"topic-{topic}"
        return anchors

    def questions(self, clips=None):
        """The questions as readers get them (``languages/stream.html``): in
        their language, with the ones it lacks from the fallback language
        marked with their ``lang``; the first question of each topic
        anchored, each question in the reader's language with its audio clip
        from ``clips`` (clips are numbered in the stream they speak)."""
        clips = clips or {}
        stream = reader_stream(self, "sections")
        spoken = getattr(self, f"sections_{stream['lang']}", None) or []
        numbers = {id(block): number for number, block in enumerate(spoken, 1)}
        seen = set()
        for item in stream["items"]:
            topic = item.block.value.get("topic") if item.block.block_type == "question" else None
            anchor = ""
            if topic and topic not in seen:
                seen.add(topic)
                anchor = f"topic-{topic}"
            number = None if item.lang else numbers.get(id(item.block))
            item.extra = {"anchor": anchor, "clip": clips.get(f"qa-{number}")}
        return stream

    def topic_url(self, topic):
        """The guide at the first question on ``topic`` (its top if none)."""
        anchor = self.topic_anchors().get(topic)
        return f"{self.url}#{anchor}" if anchor else self.url

    def index_page(self):
        parent = self.get_parent().specific
        return parent if isinstance(parent, RightsGuideIndexPage) else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contacts"] = self.contacts
        context["questions"] = self.questions()
        context["card_url"] = self.url + self.reverse_subpage("card")
        parent = self.index_page()
        if parent is not None:
            context["country_url"] = parent.country_url(self.country)
        return context

    def audio_context(self):
        """The players of the guide: its clips in the reader's language."""
        audio = clips_for(self, get_language())
        return {
            "summary_audio": audio.get("summary"),
            "questions": self.questions(audio),
        }

    @path("")
    def guide(self, request):
        context = {**self.audio_context(), "send": sharing.share_links(self)}
        response = self.render(request, context_overrides=context)
        return keep_offline(response, "guide")

    @path("card/")
    def card(self, request):
        """The one-page rights card, in the reader's language and, if asked
        with ``?also=xx``, a second language side by side."""
        current = get_language()
        codes = language_codes()
        vary_on_query(request, "also")
        also = request.GET.get("also", "")
        if also and also not in codes:
            do_not_store(request)  # an unknown code is ignored, never cached
        languages = [current] + ([also] if also in codes and also != current else [])
        columns = []
        for code in languages:
            with translation.override(code):
                url = page_public_url(self, request)
                columns.append({"code": code, "url": url, "qr": qr_svg(url)})
        choices = [
            {"code": code, "name": local_name(code), "selected": code == also}
            for code in codes
            if code != current
        ]
        response = self.render(
            request,
            template="rights/rights_card.html",
            context_overrides={
                "columns": columns,
                "also_choices": choices,
                "contacts": self.contacts,
                "guide_url": self.url,
            },
        )
        return keep_offline(response, "card")


class RightsGuideIndexPage(LanguagePreviewMixin, RoutablePageMixin, OneQueryChildRouteMixin, Page):
    """Where readers find their guide: first their country, then the topic.
    Two taps from this page to any guide."""

    intro = models.TextField(_("introduction"), blank=True)

    translation_fields = ("title", "intro")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["rights.RightsGuidePage"]
    max_count = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("rights guide index")

    def guides(self):
        return list(RightsGuidePage.objects.child_of(self).live().public().order_by("path"))

    def country_url(self, code):
        return self.url + self.reverse_subpage("country", kwargs={"code": code.lower()})

    def countries(self, guides):
        """Countries that have a guide, by name in the reader's language; the
        whole region first."""
        codes = {guide.country for guide in guides if canonical(guide.country)}
        items = [
            {"code": code, "name": place_name(code), "url": self.country_url(code)}
            for code in codes - {REGION}
        ]
        items.sort(key=lambda item: sort_key(item["name"]))
        if REGION in codes:
            items.insert(
                0, {"code": REGION, "name": place_name(REGION), "url": self.country_url(REGION)}
            )
        return items

    @staticmethod
    def contacts_for(code, limit=2):
        """Who to call first in a country (else in the whole region): a phone
        number one tap from the index; the guides list every contact."""
        contacts = list(HelpContact.objects.filter(country=code)[:limit])
        return contacts or list(HelpContact.objects.filter(country=REGION)[:limit])

    @path("")
    def choose_country(self, request):
        countries = self.countries(self.guides())
        response = self.render(
            request,
            context_overrides={
                "countries": countries,
                # The map's pins: the countries (and the region) with a guide.
                "country_urls": {item["code"]: item["url"] for item in countries},
            },
        )
        return keep_offline(response, "index")

    @path("country/<str:code>/", name="country")
    def choose_topic(self, request, code):
        code = canonical(code)
        if code is None or code not in dict(country_or_region_choices()):
            raise Http404
        guides = self.guides()
        local = [guide for guide in guides if guide.country == code]
        regional = [guide for guide in guides if guide.country == REGION and code != REGION]
        if not local and not regional:
            raise Http404
        topics = []
        for topic, name in rights_topic_choices():
            # The most specific guide with questions on the topic (the country's,
            # else the region's), opened at its first question on it.
            guide = next((g for g in local + regional if topic in g.topic_anchors()), None)
            if guide is None:
                guide = next((g for g in local + regional if topic in (g.topics or [])), None)
            if guide is not None:
                topics.append(
                    {"code": topic, "name": name, "guide": guide, "url": guide.topic_url(topic)}
                )
        response = self.render(
            request,
            template="rights/country.html",
            context_overrides={
                "country_code": code,
                "country_name": place_name(code),
                "topics": topics,
                "local_guides": local,
                "regional_guides": regional,
                "contacts": self.contacts_for(code),
            },
        )
        return keep_offline(response, "index")
