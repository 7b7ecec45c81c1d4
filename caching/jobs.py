"""Cache purges that could not reach the cache (e.g. Redis restarting) are
retried in the background until they do: a stale page is never left behind."""

from django.utils.translation import gettext_lazy as _

from caching import pagecache
from jobs.queue import background


@background(label=_("Page cache: invalidate pages"))
def purge(page_ids):
    if pagecache.invalidate_pages(page_ids) is False:
        raise pagecache.CacheUnavailable("the page cache could not be reached")


@background(label=_("Page cache: invalidate every page"))
def invalidate_all():
    if pagecache.invalidate_all() is False:
        raise pagecache.CacheUnavailable("the page cache could not be reached")
