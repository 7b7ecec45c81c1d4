"""A guide sent by text message: its key point and its short address, within
one SMS (160 characters) in every language, as an ``sms:`` link and a
WhatsApp text link. Plain links: no third-party script, nothing loads until
the reader taps."""

from urllib.parse import quote

from django.urls import reverse

from languages.addresses import public_url

SMS_LIMIT = 160


def short_url(guide):
    """``/<lang>/g/<id>/`` at the public address: redirects to the guide in
    that language."""
    return public_url(reverse("rights_short_link", kwargs={"pk": guide.pk}))


def key_point(guide):
    """The first point of the rights card, else the summary's first sentence."""
    if guide.points:
        return guide.points[0]
    summary = " ".join((guide.summary or "").split())
    return summary.split(". ")[0].rstrip(".") + "." if summary else guide.title


def share_message(guide):
    """Key point + short address, cut at a word (with "…") to fit one SMS."""
    url = short_url(guide)
    point = key_point(guide)
    room = SMS_LIMIT - len(url) - 1
    if len(point) > room:
        point = point[: room - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return f"{point} {url}"


def share_links(guide):
    """``{"message", "sms", "whatsapp"}`` for the guide's template."""
    message = share_message(guide)
    return {
        "message": message,
        "sms": "sms:?body=" + quote(message, safe=""),
        "whatsapp": "https://wa.me/?text=" + quote(message, safe=""),
    }
