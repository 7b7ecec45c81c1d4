"""A page's admin edit form as the browser posts it.

Wagtail's StreamField widgets build their inputs in JavaScript, so the edit
page's HTML holds none of them: ``querydict_from_html`` (Wagtail's form data
helper) reads every other field, and each stream of the form (one per
language with wagtail-modeltranslation) is filled from the page's own value,
in the format the block widgets post.
"""

from django.http import QueryDict
from django.urls import reverse
from wagtail import blocks
from wagtail.blocks.base import BlockField
from wagtail.test.utils.form_data import querydict_from_html


def block_form_data(block, value, prefix):
    """(name, value) pairs that the editor's widgets post for ``value``."""
    if isinstance(block, blocks.StreamBlock):
        pairs = [(f"{prefix}-count", str(len(value)))]
        for index, child in enumerate(value):
            item = f"{prefix}-{index}"
            pairs += [
                (f"{item}-type", child.block_type),
                (f"{item}-deleted", ""),
                (f"{item}-order", str(index)),
                (f"{item}-id", child.id or ""),
            ]
            pairs += block_form_data(child.block, child.value, f"{item}-value")
        return pairs
    if isinstance(block, blocks.ListBlock):
        children = list(getattr(value, "bound_blocks", None) or [])
        values = [child.value for child in children] if children else list(value or [])
        pairs = [(f"{prefix}-count", str(len(values)))]
        for index, item_value in enumerate(values):
            item = f"{prefix}-{index}"
            item_id = children[index].id if children else ""
            pairs += [
                (f"{item}-deleted", ""),
                (f"{item}-order", str(index)),
                (f"{item}-id", item_id or ""),
            ]
            pairs += block_form_data(block.child_block, item_value, f"{item}-value")
        return pairs
    if isinstance(block, blocks.StructBlock):
        pairs = []
        for name, child in block.child_blocks.items():
            pairs += block_form_data(child, value.get(name), f"{prefix}-{name}")
        return pairs
    if isinstance(block, blocks.BooleanBlock):
        return [(prefix, "on")] if value else []
    if isinstance(block, blocks.ChooserBlock):
        return [(prefix, str(value.pk) if value is not None else "")]
    state = block.get_form_state(value)
    if isinstance(state, list | tuple):  # selects post each chosen value
        return [(prefix, str(item)) for item in state]
    return [(prefix, "" if state is None else str(state))]


def page_form_data(client, page) -> QueryDict:
    """The edit form of ``page`` (a signed-in ``client``), with its streams."""
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    form_class = page.specific_class.get_edit_handler().get_form_class()
    for name, field in form_class.base_fields.items():
        if isinstance(field, BlockField):
            pairs = block_form_data(field.block, getattr(page, name), name)
            for key in {key for key, _value in pairs}:
                data.setlist(key, [v for k, v in pairs if k == key])
    return data
