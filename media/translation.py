from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from media.models import CustomDocument, CustomImage


@register(CustomImage)
class CustomImageTranslation(TranslationOptions):
    fields = ("title", "alt_text", "credit", "licence")
    required_languages = {"en": ("title", "alt_text")}


@register(CustomDocument)
class CustomDocumentTranslation(TranslationOptions):
    fields = ("title", "credit")
    required_languages = {"en": ("title",)}
