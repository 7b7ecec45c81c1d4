from django.db import models
from django.utils.translation import gettext_lazy as _


class AudioClip(models.Model):
    """One spoken section of a page in one language (Ogg Opus), made from the
    text the page shows (its transcript). ``text_hash`` identifies that text,
    the engine and its voice: a clip is made again only when it changes."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=10)
    key = models.CharField(max_length=40)
    position = models.PositiveIntegerField(default=0)
    text_hash = models.CharField(max_length=64)
    file = models.FileField(upload_to="audio")
    duration = models.FloatField(_("duration (seconds)"))
    size = models.PositiveIntegerField(_("size (bytes)"))
    engine = models.CharField(max_length=100)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("audio clip")
        verbose_name_plural = _("audio clips")
        ordering = ["page", "language", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language", "key"], name="audio_clip_unique_page_language_key"
            )
        ]

    def __str__(self):
        return f"{self.page_id} {self.language} {self.key}"
