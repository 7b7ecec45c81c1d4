"""Template tags of the media library.

``{% responsive_image image sizes="(min-width: 60em) 50vw, 100vw" ratio="16:9" eager=True %}``
renders a ``<picture>``: a WebP ``srcset`` and a fallback in the original
format, width and height set (no layout shift), ``loading="lazy"`` unless
``eager`` (above the fold), cropped around the image's focal point when a
``ratio`` is given (Wagtail's ``fill`` filter).

``{% share_meta page %}`` renders Open Graph and Twitter meta with the page's
share card; ``{% share_links page %}`` renders share links that are plain
links (no third-party script).
"""

import logging
from urllib.parse import urlencode

from django import template
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from languages.addresses import page_public_url, public_url
from media.models import ShareCard
from media.share_cards import card_for

logger = logging.getLogger(__name__)

register = template.Library()

DEFAULT_WIDTHS = (480, 800, 1200)
SITE_DESCRIPTION = gettext_noop(
    "Facts and rights on migration in Central America, North America and the Caribbean."
)
OG_LOCALES = {"en": "en_US", "es": "es_LA", "fr": "fr_FR", "ht": "ht_HT"}


def _specs(widths, ratio):
    if isinstance(widths, str):
        widths = [int(w) for w in widths.replace(" ", "").split(",") if w]
    widths = sorted(widths or DEFAULT_WIDTHS)
    if ratio:
        across, down = (float(part) for part in str(ratio).split(":"))
        return [f"fill-{w}x{round(w * down / across)}" for w in widths]
    return [f"width-{w}" for w in widths]


def _srcset(renditions):
    seen, parts = set(), []
    for rendition in renditions:
        if rendition.width not in seen:
            seen.add(rendition.width)
            parts.append(f"{rendition.url} {rendition.width}w")
    return ", ".join(parts)


@register.inclusion_tag("media/responsive_image.html")
def responsive_image(image, sizes="", widths="", ratio="", eager=False, alt=None, css_class=""):
    if not image:
        return {"image": None}
    specs = _specs(widths, ratio)
    webp_specs = [f"{spec}|format-webp" for spec in specs]
    try:
        renditions = image.get_renditions(*specs, *webp_specs)
    except SourceImageIOError:
        # The original file is missing on disk: render no picture rather
        # than fail the whole page (the caption and credit still show).
        logger.warning("Image %s has no file on disk", image.pk)
        return {"image": None}
    fallback = [renditions[spec] for spec in specs]
    webp = [renditions[spec] for spec in webp_specs]
    default = fallback[-1]
    return {
        "image": image,
        "src": default,
        "srcset": _srcset(fallback),
        "webp_srcset": _srcset(webp),
        "sizes": sizes or "100vw",
        "alt": image.alt_text if alt is None else alt,
        "eager": eager,
        "css_class": css_class,
    }


@register.inclusion_tag("media/figure.html")
def responsive_figure(image, caption="", sizes="", widths="", ratio="", eager=False, css_class=""):
    """A responsive image in a ``<figure>`` whose caption carries the credit."""
    context = responsive_image(image, sizes=sizes, widths=widths, ratio=ratio, eager=eager)
    context.update({"caption": caption, "figure_class": css_class})
    return context


def _site_card(request, language):
    """The home page's card: the picture of pages that have none of their own."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    stored = ShareCard.objects.filter(page_id=site.root_page_id, language=language).first()
    return stored or card_for(site.root_page.specific, language)


@register.inclusion_tag("media/share_meta.html", takes_context=True)
def share_meta(context, page=None, description="", title=""):
    """Meta description, Open Graph and Twitter tags of any page: its own share
    card, or the home page's; its description, or the site's."""
    request = context.get("request")
    language = get_language()
    if not hasattr(page, "get_url"):  # a view that is not a page ("" in templates)
        page = None
    card = card_for(page, language) if page is not None else None
    if card is None:
        card = _site_card(request, language)
    if page is not None:
        url = page_public_url(page, request)
        title = title or page.seo_title or page.title
        description = description or page.search_description
    else:
        url = public_url(request.path) if request else ""
    site_name = _("Migration Facts")
    return {
        "page": page,
        "title": title or site_name,
        "description": description or _(SITE_DESCRIPTION),
        "url": url,
        "card": card,
        "card_url": public_url(card.image.url) if card else None,
        "locale": OG_LOCALES.get(language, language),
        "site_name": site_name,
        "type": "article" if page is not None and page.depth > 2 else "website",
    }


@register.inclusion_tag("media/share_links.html", takes_context=True)
def share_links(context, page, text="", hashtag=""):
    request = context.get("request")
    url = page_public_url(page, request)
    text = text or page.title
    tag = (hashtag or "").lstrip("#")
    tweet = {"text": text, "url": url}
    if tag:
        tweet["hashtags"] = tag

    def on(name):
        return _("Share on %(network)s") % {"network": name}

    links = [
        ("whatsapp", on("WhatsApp"), "https://wa.me/?" + urlencode({"text": f"{text} {url}"})),
        (
            "facebook",
            on("Facebook"),
            "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        ),
        ("x", on("X (Twitter)"), "https://twitter.com/intent/tweet?" + urlencode(tweet)),
        (
            "linkedin",
            on("LinkedIn"),
            "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
        ),
        (
            "email",
            _("Share by email"),
            "mailto:?" + urlencode({"subject": text, "body": url}).replace("+", "%20"),
        ),
    ]
    return {"links": links, "url": url}
