from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from rights.models import HelpContact, RightsGuideIndexPage, RightsGuidePage


@register(HelpContact)
class HelpContactTranslation(TranslationOptions):
    fields = ("organisation", "description", "hours", "languages_spoken", "address")
    required_languages = {"en": ("organisation",)}


@register(RightsGuidePage)
class RightsGuidePageTranslation(TranslationOptions):
    fields = ("summary", "sections", "card_points")
    required_languages = {"en": ("summary",)}


@register(RightsGuideIndexPage)
class RightsGuideIndexPageTranslation(TranslationOptions):
    fields = ("intro",)
