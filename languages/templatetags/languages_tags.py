"""Language switcher, hreflang alternates and the fallback notice."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from languages.addresses import public_url
from languages.codes import language_codes
from languages.completeness import reader_stream
from languages.fallback import display_language, field_language
from languages.names import local_name, name_in_sentence

register = template.Library()


def _language_urls(request):
    """The current URL in every language: only the language prefix changes, so
    each link leads to the same page (slugs are shared by all languages)."""
    path = request.path
    query = request.META.get("QUERY_STRING", "")
    current = get_language()
    links = []
    for code in language_codes():
        url = translate_url(path, code)
        links.append(
            {
                "code": code,
                "name_local": local_name(code),
                "url": f"{url}?{query}" if query else url,
                "absolute_url": public_url(url),
                "current": code == current,
            }
        )
    return links


@register.simple_tag(name="public_url")
def public_url_tag(path):
    """``{% public_url '/sitemap.xml' %}``: a path at the site's public address."""
    return public_url(path)


@register.inclusion_tag("languages/switcher.html", takes_context=True)
def language_switcher(context):
    return {"links": _language_urls(context["request"])}


@register.inclusion_tag("languages/alternates.html", takes_context=True)
def language_alternates(context):
    """Canonical URL (the current language, no query string) and hreflang links."""
    request = context["request"]
    links = _language_urls(request)
    default = next(link for link in links if link["code"] == settings.LANGUAGE_CODE)
    return {
        "canonical": public_url(request.path),
        "links": links,
        "x_default": default["absolute_url"],
    }


@register.simple_tag(takes_context=True)
def content_language(context, obj=None):
    """The language ``obj`` (by default the context's page) is read in."""
    obj = obj or context.get("page")
    if obj is None:
        return get_language()
    return display_language(obj)


@register.inclusion_tag("languages/fallback_notice.html", takes_context=True)
def fallback_notice(context, obj=None):
    obj = obj or context.get("page")
    requested = get_language()
    shown = display_language(obj) if obj is not None else requested
    return {
        "requested": name_in_sentence(requested),
        "shown": name_in_sentence(shown),
        "is_fallback": shown != requested,
    }


@register.simple_tag
def stream_with_fallback(obj, field):
    """The blocks of ``obj``'s StreamField ``field`` for this reader
    (``languages.completeness.reader_stream``)."""
    return reader_stream(obj, field)


@register.simple_tag
def language_of_field(obj, field):
    """The language ``field`` of ``obj`` is read in by this reader."""
    return field_language(obj, field)


@register.simple_tag(takes_context=True)
def include_block_in(context, block, language, extra=None):
    """``{% include_block %}`` with the block rendered in ``language``: a
    block shown in a fallback language formats its figures (and any label it
    carries) in that language, as its ``lang`` says. ``extra``: more context."""
    values = context.flatten()
    values.update(extra or {})
    with translation.override(language or get_language()):
        return block.render_as_block(context=values)


@register.simple_tag
def lang_attrs(language):
    """`` lang="…"`` (and `` dir="…"`` when the direction differs) for content
    in ``language`` inside a page in the reader's language; nothing when they
    are the same. English inside an Arabic page reads left to right."""
    reader = get_language()
    if not language or language == reader:
        return ""
    attrs = f' lang="{language}"'
    bidi = translation.get_language_info(language)["bidi"]
    if bidi != translation.get_language_bidi():
        attrs += f' dir="{"rtl" if bidi else "ltr"}"'
    return mark_safe(attrs)  # a language code from settings, never user input
