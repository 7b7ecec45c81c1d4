from django import template

from audio.clips import format_duration

register = template.Library()


@register.inclusion_tag("audio/player.html")
def audio_player(clip, label=""):
    """A player for one clip: ``<audio controls preload="none">`` (nothing is
    downloaded until the reader presses play) with its duration."""
    return {
        "clip": clip,
        "label": label,
        "duration": format_duration(clip.duration),
        "iso_duration": f"PT{round(clip.duration)}S",
    }
