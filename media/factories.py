"""Factories for images and documents, shared by the tests and the demo content."""

import factory
import wagtail_factories
from wagtail.models import Collection

from media.models import CustomDocument, CustomImage


def _root_collection():
    return Collection.get_first_root_node()


class CustomImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    alt_text = "A placeholder illustration of coloured shapes"
    credit = "Illustration generated for the tests (CC0)"
    licence = "CC0 1.0"
    collection = factory.LazyFunction(_root_collection)
    file = factory.django.ImageField(width=1600, height=900, color="#0b5394")
    # A translated field passed to a model's constructor is not copied to the
    # default language's column: fill it explicitly.
    title_en = factory.SelfAttribute("title")
    alt_text_en = factory.SelfAttribute("alt_text")
    credit_en = factory.SelfAttribute("credit")
    licence_en = factory.SelfAttribute("licence")

    class Meta:
        model = CustomImage


class CustomDocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    collection = factory.LazyFunction(_root_collection)
    title_en = factory.SelfAttribute("title")

    class Meta:
        model = CustomDocument
