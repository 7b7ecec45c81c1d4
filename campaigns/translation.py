from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from campaigns.models import CampaignIndexPage, CampaignPage


@register(CampaignIndexPage)
class CampaignIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(CampaignPage)
class CampaignPageTranslation(TranslationOptions):
    fields = ("tagline", "body", "hashtag")
    required_languages = {"en": ("tagline",)}
