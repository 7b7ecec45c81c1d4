"""The image library: alt text required and translated, credits, consent records."""

from django.urls import reverse

from media.factories import CustomDocumentFactory, CustomImageFactory
from media.models import CustomImage


def edit_data(image, **overrides):
    data = {
        "title": image.title_en,
        "title_es": "",
        "title_fr": "",
        "title_ht": "",
        "collection": image.collection_id,
        "tags": "",
        "alt_text": "Two people talking at a market",
        "alt_text_es": "Dos personas conversan en un mercado",
        "alt_text_fr": "",
        "alt_text_ht": "",
        "credit": "© IOM / Haiti 2010 (Photo: Daniel Desmaris)",
        "credit_es": "",
        "credit_fr": "",
        "credit_ht": "",
        "licence": "",
        "licence_es": "",
        "licence_fr": "",
        "licence_ht": "",
        "consent_date": "",
        "consent_scope": "",
        "focal_point_x": "",
        "focal_point_y": "",
        "focal_point_width": "",
        "focal_point_height": "",
    }
    data.update(overrides)
    return data


def test_image_edit_form_shows_alt_text_title_and_credit_in_every_language(admin_client, db):
    image = CustomImageFactory()
    html = admin_client.get(reverse("wagtailimages:edit", args=(image.pk,))).content.decode()
    for field in ("title", "alt_text", "credit", "licence"):
        assert f'name="{field}"' in html  # the default language, English
        for lang in ("es", "fr", "ht"):
            assert f'name="{field}_{lang}"' in html
    for field in ("shows_identifiable_people", "consent_on_file", "consent_date", "consent_scope"):
        assert f'name="{field}"' in html


def test_image_without_alt_text_is_refused(admin_client, db):
    image = CustomImageFactory(alt_text="Before")
    response = admin_client.post(
        reverse("wagtailimages:edit", args=(image.pk,)), edit_data(image, alt_text="")
    )

    assert response.status_code == 200
    assert "alt_text" in response.context["form"].errors
    image.refresh_from_db()
    assert image.alt_text_en == "Before"


def test_alt_text_is_saved_per_language_and_read_in_the_readers_language(admin_client, db):
    image = CustomImageFactory()
    with_lang = {
        "HTTP_ACCEPT_LANGUAGE": "es"
    }  # an editor working in Spanish still edits English as the base
    response = admin_client.post(
        reverse("wagtailimages:edit", args=(image.pk,)), edit_data(image), **with_lang
    )

    assert response.status_code == 302, response.context["form"].errors
    image = CustomImage.objects.get(pk=image.pk)
    assert image.alt_text_en == "Two people talking at a market"
    assert image.alt_text_es == "Dos personas conversan en un mercado"
    from django.utils import translation

    with translation.override("es"):
        assert image.alt_text == "Dos personas conversan en un mercado"
    with translation.override("fr"):  # no French yet: falls back to English
        assert image.alt_text == "Two people talking at a market"


def test_consent_on_file_needs_a_date_and_a_scope(admin_client, db):
    image = CustomImageFactory()
    response = admin_client.post(
        reverse("wagtailimages:edit", args=(image.pk,)),
        edit_data(image, shows_identifiable_people="on", consent_on_file="on"),
    )

    errors = response.context["form"].errors
    assert "consent_date" in errors and "consent_scope" in errors


def test_document_edit_form_shows_title_and_credit_in_every_language(admin_client, db):
    document = CustomDocumentFactory()
    html = admin_client.get(reverse("wagtaildocs:edit", args=(document.pk,))).content.decode()
    for field in ("title", "credit"):
        assert f'name="{field}"' in html
        for lang in ("es", "fr", "ht"):
            assert f'name="{field}_{lang}"' in html
