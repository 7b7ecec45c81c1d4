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

    class Meta:
        model = CustomImage


class CustomDocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    collection = factory.LazyFunction(_root_collection)

    class Meta:
        model = CustomDocument
