"""Responsive images: WebP srcset with a fallback, width and height set, lazy
below the fold, focal point respected when cropping."""

import io
import re

from django.core.files.base import ContentFile
from django.template import Context, Template
from PIL import Image

from media.factories import CustomImageFactory


def render(snippet, **context):
    return Template("{% load media_tags %}" + snippet).render(Context(context))


def test_responsive_image_offers_webp_srcset_fallback_and_dimensions(db):
    image = CustomImageFactory(alt_text="Coloured shapes")
    html = render(
        '{% responsive_image image sizes="50vw" ratio="16:9" widths="400,800" %}', image=image
    )

    webp = re.search(r'<source type="image/webp" srcset="([^"]+)" sizes="50vw">', html)
    assert webp, html
    assert re.findall(r"\.webp (\d+)w", webp.group(1)) == ["400", "800"]
    img = re.search(r"<img [^>]+>", html).group(0)
    assert re.search(r'srcset="[^"]+\.(?:jpg|png) 400w, [^"]+\.(?:jpg|png) 800w"', img)
    assert 'width="800"' in img and 'height="450"' in img
    assert 'alt="Coloured shapes"' in img
    assert 'loading="lazy"' in img


def test_image_above_the_fold_is_not_lazy(db):
    html = render("{% responsive_image image eager=True %}", image=CustomImageFactory())
    assert 'loading="lazy"' not in html
    assert 'fetchpriority="high"' in html


def test_small_image_is_never_announced_wider_than_it_is(db):
    image = CustomImageFactory(file__width=500, file__height=300)
    html = render('{% responsive_image image widths="400,800,1200" %}', image=image)
    widths = {int(w) for w in re.findall(r" (\d+)w", html)}
    assert widths == {400, 500}
    assert 'width="500"' in html and 'height="300"' in html


def test_cropping_keeps_the_focal_point(db):
    """Left half red, right half blue, focal point on the blue: a square crop is blue."""
    picture = Image.new("RGB", (1600, 800), (255, 0, 0))
    picture.paste((0, 0, 255), (800, 0, 1600, 800))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = CustomImageFactory(file=ContentFile(buffer.getvalue(), name="halves.png"))
    image.focal_point_x, image.focal_point_y = 1400, 400
    image.focal_point_width, image.focal_point_height = 100, 100
    image.save()

    html = render('{% responsive_image image ratio="1:1" widths="400" %}', image=image)

    src = re.search(r'<img src="([^"]+)"', html).group(1)
    rendition = image.renditions.get(file__endswith=src.rsplit("/", 1)[-1])
    with rendition.file.open() as handle:
        cropped = Image.open(handle).convert("RGB")
        red, _green, blue = cropped.resize((1, 1)).getpixel((0, 0))
    assert blue > 200 and red < 50


def test_figure_caption_shows_the_credit(db):
    image = CustomImageFactory(credit="© IOM / Haiti 2010 (Photo: Daniel Desmaris)")
    html = render('{% responsive_figure image caption="A street" %}', image=image)
    assert re.search(
        r"<figcaption>A street <small class=\"credit\">© IOM / Haiti 2010 \(Photo: Daniel Desmaris\)",
        html,
    )
