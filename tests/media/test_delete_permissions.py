"""Only moderators delete images and documents, and nobody deletes media a
live page uses until the pages are changed: real users of each role, through
the admin."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission, Page, ReferenceIndex

from media.factories import CustomDocumentFactory, CustomImageFactory
from media.models import CustomDocument, CustomImage

pytestmark = pytest.mark.django_db

ROLES = ("Editors", "Translators", "Statistics managers", "Moderators")


def delete_image(client, image):
    return client.post(reverse("wagtailimages:delete", args=[image.pk]))


def delete_document(client, document):
    return client.post(reverse("wagtaildocs:delete", args=[document.pk]))


@pytest.mark.parametrize("role", ROLES)
def test_only_moderators_delete_images_and_documents(client, role_user, role):
    user = role_user(role)
    # Uploaded by the user: Wagtail would let an uploader delete their own media.
    image = CustomImageFactory(uploaded_by_user=user)
    document = CustomDocumentFactory(uploaded_by_user=user)
    client.force_login(user)
    delete_image(client, image)
    delete_document(client, document)
    allowed = role == "Moderators"
    assert CustomImage.objects.filter(pk=image.pk).exists() is not allowed
    assert CustomDocument.objects.filter(pk=document.pk).exists() is not allowed


def test_editors_edit_images_but_see_no_delete_button(client, role_user):
    editor = role_user("Editors")
    image = CustomImageFactory(uploaded_by_user=editor)
    client.force_login(editor)
    edit = client.get(reverse("wagtailimages:edit", args=[image.pk]))
    assert edit.status_code == 200
    assert reverse("wagtailimages:delete", args=[image.pk]) not in edit.content.decode()
    client.force_login(role_user("Moderators"))
    edit = client.get(reverse("wagtailimages:edit", args=[image.pk]))
    assert reverse("wagtailimages:delete", args=[image.pk]) in edit.content.decode()


def test_translators_can_choose_images_for_pages(client, role_user):
    """The role table grants Wagtail's own image permissions (it once granted
    the custom model's, which Wagtail never checks)."""
    CustomImageFactory(title="Chooser test image")
    client.force_login(role_user("Translators"))
    response = client.get(reverse("wagtailimages_chooser:choose"))
    assert response.status_code == 200
    assert "Chooser test image" in response.content.decode()


def test_no_group_but_moderators_holds_a_media_delete_permission():
    deletes = Permission.objects.filter(
        codename__in=[
            "delete_image",
            "delete_document",
            "delete_customimage",
            "delete_customdocument",
        ]
    )
    for group in Group.objects.exclude(name="Moderators"):
        assert not group.permissions.filter(pk__in=deletes).exists(), group.name
        assert not GroupCollectionPermission.objects.filter(
            group=group, permission__in=deletes
        ).exists(), group.name
    moderators = Group.objects.get(name="Moderators")
    assert GroupCollectionPermission.objects.filter(
        group=moderators,
        permission__codename="delete_image",
        collection=Collection.get_first_root_node(),
    ).exists()


def test_the_migration_strips_delete_from_any_other_group():
    from django.apps import apps

    from workspace.roles import strip_media_delete_permissions

    interns = Group.objects.create(name="Interns")
    delete = Permission.objects.get(
        content_type=ContentType.objects.get(app_label="wagtailimages", model="image"),
        codename="delete_image",
    )
    interns.permissions.add(delete)
    GroupCollectionPermission.objects.create(
        group=interns, collection=Collection.get_first_root_node(), permission=delete
    )
    strip_media_delete_permissions(apps)
    assert not interns.permissions.exists()
    assert not GroupCollectionPermission.objects.filter(group=interns).exists()


def image_on_a_live_page():
    page_type = ContentType.objects.get_for_model(Page)
    for image in CustomImage.objects.all():
        ids = ReferenceIndex.get_references_to(image).filter(base_content_type=page_type)
        pages = Page.objects.live().filter(
            pk__in=[int(i) for i in ids.values_list("object_id", flat=True)]
        )
        if pages.exists():
            return image, list(pages)
    raise AssertionError("the demo content has no image on a live page")


def test_media_on_a_live_page_cannot_be_deleted_even_by_a_superuser(client, admin_user, role_user):
    image, pages = image_on_a_live_page()
    for user in (role_user("Moderators"), admin_user):
        client.force_login(user)
        url = reverse("wagtailimages:delete", args=[image.pk])
        confirm = client.get(url).content.decode()
        assert "cannot be deleted while live pages use it" in confirm
        for page in pages:
            assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in confirm
        assert "Yes, delete" not in confirm
        response = client.post(url)
        assert response.status_code == 409
        assert CustomImage.objects.filter(pk=image.pk).exists()


def test_bulk_delete_refuses_media_on_a_live_page(client, role_user):
    image, pages = image_on_a_live_page()
    unused = CustomImageFactory()
    client.force_login(role_user("Moderators"))
    url = reverse("wagtail_bulk_action", args=("media", "customimage", "delete"))
    response = client.post(f"{url}?next=/admin/images/&id={image.pk}&id={unused.pk}", follow=True)
    assert CustomImage.objects.filter(pk__in=[image.pk, unused.pk]).count() == 2
    assert "Nothing was deleted" in response.content.decode()
    assert pages[0].get_admin_display_title() in response.content.decode()


def test_media_can_be_deleted_once_the_pages_no_longer_use_it(client, role_user, home_page):
    from factsheets.references import citing_pages
    from home.factories import StandardPageFactory

    image = CustomImageFactory()
    page = StandardPageFactory.build(
        slug="page-with-an-image",
        title_en="A page with an image",
        body_en=[("image", {"image": image, "caption": ""})],
    )
    home_page.add_child(instance=page)
    moderator = role_user("Moderators")
    page.save_revision(user=moderator).publish()
    client.force_login(moderator)
    assert delete_image(client, image).status_code == 409
    # A draft without the image changes nothing: the live page still shows it.
    draft = page.get_latest_revision_as_object()
    draft.body_en = []
    revision = draft.save_revision(user=moderator)
    assert delete_image(client, image).status_code == 409
    revision.publish()
    assert not citing_pages(image, live_only=True, through_snippets=True)
    assert delete_image(client, image).status_code == 302
    assert not CustomImage.objects.filter(pk=image.pk).exists()
