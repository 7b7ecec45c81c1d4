"""Log filters.

``OneLineWarning``: a request with a Host header not in ``ALLOWED_HOSTS``
(scanners send thousands) is logged by Django as an error with a full
traceback; it is a routine refusal, so it becomes one warning line. The
message names the refused host only (never the path or query).
"""

import logging


class OneLineWarning(logging.Filter):
    def filter(self, record):
        record.levelno = logging.WARNING
        record.levelname = logging.getLevelName(logging.WARNING)
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True
