"""A transport node that speaks plain JSON.

The Elasticsearch 8 client sends ``application/vnd.elasticsearch+json;
compatible-with=8``; OpenSearch-compatible engines (and osmem-server, used in
the tests) answer 406 to that. Real Elasticsearch accepts plain JSON too, so
the same node class is used everywhere.
"""

from elastic_transport import HttpHeaders, Urllib3HttpNode
from elastic_transport.client_utils import DEFAULT


def _plain(value):
    if value and value.startswith("application/vnd.elasticsearch+"):
        return "application/x-ndjson" if "ndjson" in value else "application/json"
    return value


class JsonHttpNode(Urllib3HttpNode):
    """Urllib3 node that replaces the vendor media types by plain JSON / NDJSON."""

    def perform_request(self, method, target, body=None, headers=None, request_timeout=DEFAULT):
        if headers:
            headers = HttpHeaders(headers)
            for name in ("content-type", "accept"):
                if name in headers:
                    headers[name] = _plain(headers[name])
        return super().perform_request(
            method, target, body=body, headers=headers, request_timeout=request_timeout
        )
