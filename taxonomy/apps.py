from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    """How content is classified: the one topic vocabulary, and the field that
    stores several codes of a vocabulary (topics, countries) on a page."""

    name = "taxonomy"
    verbose_name = _("Taxonomy")
