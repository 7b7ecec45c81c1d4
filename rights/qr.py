"""QR codes drawn on the server as inline SVG: nothing is fetched from a
third party, and the rights card prints them sharply at any size."""

import segno
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

# Medium error correction survives a creased or smudged paper card.
ERROR = "m"
SCALE = 3


def qr_code(url):
    return segno.make(url, error=ERROR, micro=False)


def qr_svg(url):
    """An <svg role="img"> QR code of ``url``, titled for screen readers."""
    svg = qr_code(url).svg_inline(
        scale=SCALE, title=_("QR code: link to this guide online"), svgclass="qr", lineclass=None
    )
    # segno writes only trusted markup (our URL is in the path data, never as text).
    return mark_safe(svg.replace("<svg ", '<svg role="img" ', 1))
