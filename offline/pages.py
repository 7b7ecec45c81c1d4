"""What the service worker keeps: a view marks its response with
``keep_offline(response, kind)`` (the ``X-Offline`` header). The worker keeps
every marked page the reader opens, in the language of its URL."""

HEADER = "X-Offline"


def keep_offline(response, kind):
    """Mark ``response`` as readable offline; ``kind`` names it ("guide",
    "card", "index")."""
    response[HEADER] = kind
    return response
