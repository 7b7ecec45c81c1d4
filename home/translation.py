from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from home.models import HomePage, StandardPage


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("hero_heading", "hero_text", "hero_cta_label", "rights_heading", "rights_text")
    required_languages = {"en": ("hero_heading",)}


@register(StandardPage)
class StandardPageTranslation(TranslationOptions):
    fields = ("intro", "body")
