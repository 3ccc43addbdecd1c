"""RFC 9457 problem details in the documentation's style, raised as exceptions by handlers.

Every error the simulator produces under /api/v3 is an `ApiProblem`: a handler raises it, the
dispatcher renders it as application/problem+json with an `instance` of /requests/<uuid>.
"""

from __future__ import annotations

from typing import Any

ERRORS_BASE = "https://dev.enrich.so/errors/"

# status -> (type slug, title), as documented (docs/api-notes.md 1.4)
_KINDS: dict[int, tuple[str, str]] = {
    400: ("validation-error", "Validation Error"),
    401: ("unauthorized", "Unauthorized"),
    402: ("insufficient-credits", "Insufficient Credits"),
    403: ("forbidden", "Forbidden"),
    404: ("not-found", "Not Found"),
    405: ("method-not-allowed", "Method Not Allowed"),
    409: ("conflict", "Conflict"),
    429: ("rate-limit-exceeded", "Too Many Requests"),
    500: ("internal-error", "Internal Server Error"),
    501: ("not-implemented", "Not Implemented"),
    502: ("upstream-failure", "Bad Gateway"),
    503: ("service-unavailable", "Service Unavailable"),
    504: ("timeout", "Gateway Timeout"),
}

UNAUTHORIZED_DETAIL = "The API key provided is invalid or has been revoked"
NOT_FOUND_DETAIL = "No batch found with that ID"
INTERNAL_DETAIL = "An unexpected error occurred. Please try again later."


class ApiProblem(Exception):
    """An error response. `extra` members are added to the body (RFC 9457 extension members)."""

    def __init__(
        self,
        status: int,
        detail: str | None = None,
        *,
        slug: str | None = None,
        title: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        default_slug, default_title = _KINDS.get(status, ("error", "Error"))
        self.status = status
        self.slug = slug or default_slug
        self.title = title or default_title
        self.detail = detail
        self.headers = headers or {}
        self.extra = extra
        super().__init__(f"{status} {self.title}: {detail}")

    def body(self, instance: str) -> dict[str, Any]:
        body: dict[str, Any] = {"type": ERRORS_BASE + self.slug, "title": self.title, "status": self.status}
        if self.detail is not None:
            body["detail"] = self.detail
        body["instance"] = instance
        body.update(self.extra)
        return body


def validation_error(detail: str) -> ApiProblem:
    return ApiProblem(400, detail)


def not_found(detail: str = NOT_FOUND_DETAIL) -> ApiProblem:
    return ApiProblem(404, detail)


def unauthorized(detail: str = UNAUTHORIZED_DETAIL) -> ApiProblem:
    return ApiProblem(401, detail)


def insufficient_credits(required: int | float, available: int | float) -> ApiProblem:
    return ApiProblem(
        402,
        f"Not enough credits. Required: {_number(required)}, available: {_number(available)}",
        required=required,
        currentBalance=available,
        shortfall=required - available,
    )


def rate_limited(retry_after: int, headers: dict[str, str]) -> ApiProblem:
    return ApiProblem(
        429,
        f"Rate limit exceeded. Please retry after {retry_after} seconds.",
        headers={**headers, "Retry-After": str(retry_after)},
    )


def _number(value: int | float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
