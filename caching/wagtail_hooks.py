from wagtail import hooks


@hooks.register("before_serve_page", order=1000)
def mark_page_for_cache(page, request, serve_args, serve_kwargs):
    """Runs after Wagtail's own checks (view restrictions return before this):
    tell the page cache which page this response shows."""
    if not getattr(request, "is_preview", False):
        request._page_cache_page_id = page.pk
