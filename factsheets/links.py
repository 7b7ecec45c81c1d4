"""Where a statistic is shown to readers, with its source and context.

Every link to "a statistic" (campaign callouts, home key figures, figures in
rich text outside fact sheets, search answers, the embed card) leads to its
public page, ``/<lang>/statistics/<key>/`` (``Statistic.page_url``).
"""


def statistic_urls(statistics):
    """``{statistic pk: url of its page}`` in the active language (no query)."""
    return {s.pk: s.page_url() for s in statistics if s is not None}


def statistic_url(statistic):
    return statistic.page_url()
