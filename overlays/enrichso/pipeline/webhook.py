"""The webhook URL of a batch submit (*_many's webhook_url=, the frame methods', enrichso.dask's,
the command line's --webhook-url), checked before anything is sent.

The API posts each result and the completion of every batch to it (docs/api-notes.md 4). A
product whose submit takes no webhookUrl (IP to Company) refuses one rather than dropping it
silently; an address that is not http(s) with a host would be refused by the API (400) or never
called. The URL goes into the submit body and the API calls it: one holding the API key is
refused (the key travels in its header only). No message here repeats the URL, which may hold a
secret of the receiver's. A refused URL raises InvalidParameterError when the *_many method is
called: nothing is sent. A journal does not record the URL: a resumed run submits the batches it
has left with the webhook_url it is given."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from ..errors import InvalidParameterError
from .products import Product


def check_webhook_url(product: Product[Any], url: object) -> None:
    """Raise InvalidParameterError for a webhook URL `product`'s submit cannot take (None: none)."""
    if url is None:
        return
    if not product.takes_webhook:
        raise InvalidParameterError(f"the {product.title} batch API takes no webhook URL")
    if not isinstance(url, str):
        raise InvalidParameterError(
            f"webhook_url must be a string (an http(s) URL), not {type(url).__name__}"
        )
    if any(char.isspace() or not char.isprintable() for char in url):
        raise InvalidParameterError("webhook_url must not hold spaces or control characters")
    try:
        parts = urlsplit(url)
        web = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
        parts.port  # noqa: B018 (read to check it: a port that is not a number from 0 to 65535 raises)
    except ValueError:  # e.g. an unclosed [ in the host, port 99999
        web = False
    if not web:
        raise InvalidParameterError("webhook_url must be an http:// or https:// URL with a host")


def check_key_not_in(url: str | None, shows_key: Callable[[str], bool]) -> None:
    """Raise InvalidParameterError when the webhook URL holds the client's API key in any form."""
    if url is not None and shows_key(url):
        raise InvalidParameterError(
            "webhook_url holds the API key: it would be sent in the submit body and posted to by the "
            "API; authenticate the receiver with a secret of its own"
        )
