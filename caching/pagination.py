"""Pagination that keeps the page cache bounded.

``paginate(request, items, per_page)`` reads ``?page=N`` and tells the page
cache the page varies on it; a number that is not a page (past the last page,
zero, ``01``, ``abc``) is a 404, so only real pages can ever be cached. Every
paginated list uses it (fact sheet index, campaign index, …).
"""

import re

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404

from caching.pagecache import vary_on_query

PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,8}")


def paginate(request, items, per_page, parameter="page"):
    vary_on_query(request, parameter)
    raw = request.GET.get(parameter, "")
    if raw and not PAGE_NUMBER.fullmatch(raw):
        raise Http404("No such page number.")
    try:
        return Paginator(items, per_page).page(int(raw or 1))
    except EmptyPage as error:
        raise Http404("No such page number.") from error
