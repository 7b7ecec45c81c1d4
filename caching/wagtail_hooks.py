from wagtail import hooks

from caching import pagecache


@hooks.register("before_serve_page", order=1000)
def mark_page_for_cache(page, request, serve_args, serve_kwargs):
    """Runs after Wagtail's own checks (view restrictions return before this):
    tell the page cache which page this response shows."""
    if not getattr(request, "is_preview", False):
        pagecache.begin(request, page)
