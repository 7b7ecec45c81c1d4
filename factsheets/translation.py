from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from factsheets.models import Correction, FactSheetIndexPage, FactSheetPage, Statistic


@register(Statistic)
class StatisticTranslation(TranslationOptions):
    fields = ("label", "approximate", "notes", "source_publisher", "source_title")
    required_languages = {"en": ("label", "source_publisher", "source_title")}


@register(FactSheetPage)
class FactSheetPageTranslation(TranslationOptions):
    fields = ("myth", "short_answer", "appearances", "body")
    required_languages = {"en": ("myth", "short_answer")}


@register(FactSheetIndexPage)
class FactSheetIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(Correction)
class CorrectionTranslation(TranslationOptions):
    fields = ("note",)
