"""The home page and plain content pages."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from factsheets.blocks import LiveStatisticChooserBlock
from factsheets.links import statistic_urls
from home.blocks import ContentBlocks, FeaturedPageBlock
from languages.preview import LanguagePreviewMixin
from media.templatetags.media_tags import SITE_DESCRIPTION


class HomePage(LanguagePreviewMixin, Page):
    """The site root: a hero, featured campaigns and fact sheets, and a
    prominent way in for migrants to their rights."""

    hero_heading = models.CharField(_("hero heading"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "media.CustomImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_cta_label = models.CharField(_("call to action label"), max_length=80, blank=True)
    hero_cta_page = models.ForeignKey(
        Page,
        verbose_name=_("call to action page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_campaigns = StreamField(
        [("page", FeaturedPageBlock(label=_("Campaign")))],
        verbose_name=_("featured campaigns"),
        blank=True,
    )
    key_figures = StreamField(
        [("statistic", LiveStatisticChooserBlock(label=_("Statistic")))],
        verbose_name=_("key figures"),
        blank=True,
        help_text=_("Three or four figures from the statistics library that describe the region."),
    )
    featured_factsheets = StreamField(
        [("page", FeaturedPageBlock(label=_("Fact sheet")))],
        verbose_name=_("featured fact sheets"),
        blank=True,
    )
    rights_heading = models.CharField(_("rights heading"), max_length=200, blank=True)
    rights_text = models.TextField(_("rights text"), blank=True)
    rights_page = models.ForeignKey(
        Page,
        verbose_name=_("rights guides page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # "About this site" in the footer: who publishes it, how facts are checked
    # (fact sheets link each verdict to its definition there), corrections.
    publisher_page = models.ForeignKey(
        Page,
        verbose_name=_("who publishes this site"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    methodology_page = models.ForeignKey(
        Page,
        verbose_name=_("how we check facts"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page with the verdict definitions: each verdict badge links to it."),
    )
    corrections_page = models.ForeignKey(
        Page,
        verbose_name=_("corrections policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    translation_fields = ("title", "hero_heading")
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_label"),
                FieldPanel("hero_cta_page"),
            ],
            heading=_("Hero"),
        ),
        MultiFieldPanel(
            [FieldPanel("rights_heading"), FieldPanel("rights_text"), FieldPanel("rights_page")],
            heading=_("Know your rights"),
        ),
        FieldPanel("key_figures"),
        FieldPanel("featured_campaigns"),
        FieldPanel("featured_factsheets"),
        MultiFieldPanel(
            [
                FieldPanel("publisher_page"),
                FieldPanel("methodology_page"),
                FieldPanel("corrections_page"),
            ],
            heading=_("About this site (footer)"),
        ),
    ]

    class Meta:
        verbose_name = _("home page")

    def share_card_lines(self, language):
        """The site's share card (see ``media.share_cards``), also shown for
        pages that have no card of their own."""
        return {"title": self.hero_heading, "highlight": gettext(SITE_DESCRIPTION)}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from campaigns.models import CampaignIndexPage, CampaignPage
        from factsheets.models import FactSheetIndexPage, FactSheetPage

        context["key_figures"] = self.live_key_figures()
        context["factsheets"] = FactSheetPage.latest(4, self._featured(self.featured_factsheets))
        context["campaigns"] = CampaignPage.current(3, self._featured(self.featured_campaigns))
        context["factsheet_index"] = FactSheetIndexPage.objects.live().order_by("pk").first()
        context["campaign_index"] = CampaignIndexPage.objects.live().order_by("pk").first()
        return context

    def _site_pages(self):
        """The live menu pages and "About this site" pages, read in one query
        (every public page shows both) and kept for this request's instance."""
        if not hasattr(self, "_site_pages_cache"):
            self._site_pages_cache = list(
                Page.objects.live()
                .filter(
                    Q(pk__in=[pk for pk in self._trust_page_ids() if pk])
                    | Q(depth=self.depth + 1, path__startswith=self.path, show_in_menus=True)
                )
                .order_by("path")
            )
        return self._site_pages_cache

    def _trust_page_ids(self):
        return [self.publisher_page_id, self.methodology_page_id, self.corrections_page_id]

    def menu_pages(self):
        """The live children shown in menus, in tree order."""
        return [
            page
            for page in self._site_pages()
            if page.show_in_menus
            and page.depth == self.depth + 1
            and page.path.startswith(self.path)
        ]

    def trust_pages(self):
        """The live "About this site" pages, in footer order."""
        found = {page.pk: page for page in self._site_pages()}
        return [found[pk] for pk in self._trust_page_ids() if pk in found]

    def verdict_definition_url(self, verdict):
        """Where ``verdict`` is defined (``…/how-we-check-facts/#verdict-false``),
        or ``""`` when no live page is chosen."""
        page = next((p for p in self.trust_pages() if p.pk == self.methodology_page_id), None)
        if page is None or not verdict:
            return ""
        return f"{page.url}#verdict-{verdict}"

    def live_key_figures(self):
        """The chosen statistics that are published, with where each is shown."""
        statistics = [
            block.value
            for block in self.key_figures
            if block.value is not None and block.value.live
        ]
        urls = statistic_urls(statistics)
        return [{"statistic": s, "url": urls[s.pk]} for s in statistics]

    @staticmethod
    def _featured(stream):
        """Live pages chosen in a stream, in the editor's order, in one query."""
        ids = [item["value"] for item in stream.raw_data if item["value"]]
        pages = Page.objects.live().filter(pk__in=ids).specific().in_bulk()
        return [pages[pk] for pk in ids if pk in pages]


class StandardPage(LanguagePreviewMixin, Page):
    """A plain content page, such as About."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentBlocks(), verbose_name=_("body"), blank=True)

    translation_fields = ("title", "body")
    # Inside the site only: under the home page or another content page.
    parent_page_types = ["home.HomePage", "home.StandardPage"]

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        verbose_name = _("content page")
