"""Contains shared errors types that can be raised from API functions"""

from http import HTTPStatus


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnparseableResponse(Exception):
    """Raised by api functions when a response body does not match the documented schema."""

    def __init__(self, status_code: int, content: bytes, cause: Exception):
        self.status_code = status_code
        self.content = content
        self.cause = cause

        super().__init__(
            f"Response with status {status_code} does not match the documented schema"
            f" ({type(cause).__name__}: {cause})"
        )


def http_status(code: int) -> HTTPStatus | int:
    """The HTTPStatus for a registered code; the bare int for others (Cloudflare 520, nginx 499)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


__all__ = ["UnexpectedStatus", "UnparseableResponse", "http_status"]
