"""Offline and audio budgets (docs/offline-and-audio.md), printed:

- the service worker ≤ 5 KB gzip-compressed (and the page script's size);
- one guide's audio in four languages made in ≤ 30 s (espeak-ng + opusenc,
  every clip made from scratch);
- a whole guide's audio ≤ 1.5 MB per language, one section ≤ 300 KB;
- publishing latency unchanged: publishing a guide with the audio hook on
  (the job only queued, on the database backend as in production) against
  the hook off, median of several publishes.

    .venv/bin/python bench/offline_audio.py
"""

import gzip
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _setup import ROOT, demo_site

KB = 1024


def row(name, value, budget, ok):
    print(f"{name:<52} {value:>14} {budget:>12}  {'ok' if ok else 'OVER'}")
    return ok


def main():
    demo_site()
    from django.test import override_settings

    from audio.clips import make_audio
    from audio.models import AudioClip
    from rights.models import RightsGuidePage

    results = []
    print(f"{'measure':<52} {'value':>14} {'budget':>12}")
    for name in ("sw.js", "offline.js"):
        raw = (ROOT / "offline" / "static" / "offline" / name).read_bytes()
        size = len(gzip.compress(raw, 9))
        budget = 5 * KB if name == "sw.js" else None
        results.append(
            row(
                f"{name} (gzip -9; raw {len(raw)} B)",
                f"{size} B",
                f"{budget} B" if budget else "—",
                budget is None or size <= budget,
            )
        )

    guides = list(RightsGuidePage.objects.live().order_by("path"))
    for guide in guides:
        AudioClip.objects.filter(page=guide).delete()
        start = time.perf_counter()
        made = make_audio(guide)
        seconds = time.perf_counter() - start
        clips = sum(made.values())
        results.append(
            row(
                f"audio of '{guide.slug}', 4 languages ({clips} clips)",
                f"{seconds:.1f} s",
                "30 s",
                seconds <= 30,
            )
        )
        for language in ("en", "es", "fr", "ht"):
            rows = list(AudioClip.objects.filter(page=guide, language=language))
            total, largest = sum(c.size for c in rows), max(c.size for c in rows)
            length = sum(c.duration for c in rows)
            results.append(
                row(
                    f"  {language}: whole guide ({length:.0f} s of speech)",
                    f"{total / KB:.0f} KB",
                    "1536 KB",
                    total <= 1536 * KB,
                )
            )
            results.append(
                row(
                    f"  {language}: largest section",
                    f"{largest / KB:.0f} KB",
                    "300 KB",
                    largest <= 300 * KB,
                )
            )

    guide = guides[0]
    db_jobs = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "jobs": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    }
    medians = {}
    for hook in (False, True):
        with override_settings(AUDIO_ON_PUBLISH=hook, TASKS=db_jobs):
            timings = []
            for run in range(7):
                guide.summary_en = f"{guide.summary_en.split(' [')[0]} [{hook}-{run}]"
                start = time.perf_counter()
                guide.save_revision().publish()
                timings.append((time.perf_counter() - start) * 1000)
            medians[hook] = statistics.median(timings[1:])
    extra = medians[True] - medians[False]
    results.append(
        row("publish a guide, audio hook off (median)", f"{medians[False]:.0f} ms", "—", True)
    )
    results.append(
        row(
            "publish a guide, audio hook on (queued only)",
            f"{medians[True]:.0f} ms",
            "+10% / 20 ms",
            extra <= max(20, medians[False] * 0.1),
        )
    )
    print("all within budget" if all(results) else "OVER BUDGET")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
