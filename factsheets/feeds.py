"""Atom feeds, one per language (the URL's): new and updated fact sheets, and
corrections and updates. Every link is at the site's public address."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext

from factsheets import corrections
from factsheets.links import statistic_url
from factsheets.models import FactSheetPage
from languages.addresses import page_public_url, public_url

FEED_SIZE = 50


class _AtomFeed(Feed):
    feed_type = Atom1Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        response = super().__call__(request, *args, **kwargs)
        response["Cache-Control"] = "public, max-age=300"
        return response

    def feed_url(self):
        return public_url(self.request.path)

    def author_name(self):
        return gettext("Migration Facts")

    def author_link(self):
        return public_url("/")


class FactSheetFeed(_AtomFeed):
    """New and updated fact sheets, the most recently published first."""

    def title(self):
        return gettext("Migration Facts: fact sheets")

    def subtitle(self):
        return gettext("New and updated fact checks on migration in the region.")

    def link(self):
        index = FactSheetPage.objects.live().first()
        parent = index.get_parent() if index else None
        return page_public_url(parent.specific, self.request) if parent else public_url("/")

    def items(self):
        return (
            FactSheetPage.objects.live().public().order_by("-last_published_at", "pk")[:FEED_SIZE]
        )

    def item_title(self, page):
        return f"{page.title} ({page.verdict_label})"

    def item_description(self, page):
        return page.short_answer

    def item_link(self, page):
        return page_public_url(page, self.request)

    def item_pubdate(self, page):
        return page.first_published_at or page.latest_revision_created_at

    def item_updateddate(self, page):
        return page.last_published_at or self.item_pubdate(page)

    def item_categories(self, page):
        return page.topic_labels


class CorrectionFeed(_AtomFeed):
    """Every public correction and update, the newest first."""

    def title(self):
        return gettext("Migration Facts: corrections and updates")

    def subtitle(self):
        return gettext("Every figure and verdict we corrected or updated, with what it was.")

    def link(self):
        return public_url(reverse("corrections"))

    def items(self):
        return corrections.public()[:FEED_SIZE]

    def item_title(self, correction):
        return corrections.subject(correction)

    def item_description(self, correction):
        sentence = corrections.sentence(correction)
        return f"{sentence} {correction.note}".strip()

    def item_link(self, correction):
        if correction.fact_sheet_id:
            return page_public_url(correction.fact_sheet, self.request)
        return public_url(statistic_url(correction.statistic))

    def item_guid(self, correction):
        return public_url(f"{reverse('corrections')}#correction-{correction.pk}")

    item_guid_is_permalink = False

    def item_pubdate(self, correction):
        return correction.published_at

    def item_updateddate(self, correction):
        return correction.published_at

    def item_categories(self, correction):
        return [correction.get_kind_display()]
