from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.employee_finder_request import EmployeeFinderRequest
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.access_denied_response import AccessDeniedResponse
    from ...models.employee_finder_response import EmployeeFinderResponse
    from ...models.error_envelope import ErrorEnvelope


# enrichso template: the operation's retry-relevant facts, from the spec's x-enrichso-reserves-credits
# (takes credits once the server has the request) and x-enrichso-creates (creates something with no
# way to detect a repeat). Either means: never repeated once it may have been sent.
OPERATION_ID = "employeeFinder"
RESERVES_CREDITS = True
CREATES = False
# x-enrichso-free-pages: pages 1..FREE_PAGES of a credit-taking paged operation cost nothing
FREE_PAGES = 0
# x-enrichso-free-results: of those pages, only the first FREE_RESULTS results are free (0: no such cap)
FREE_RESULTS = 0
# the same facts as httpx request extensions: _get_kwargs puts them on every request it describes
EXTENSIONS = {
    "enrichso_operation": OPERATION_ID,
    "enrichso_reserves_credits": RESERVES_CREDITS,
    "enrichso_creates": CREATES,
    "enrichso_free_pages": FREE_PAGES,
    "enrichso_free_results": FREE_RESULTS,
}

# enrichso template: the Accept header of this operation, from the media types its 2xx responses
# document, then anything at a low weight (so an error document, e.g. application/problem+json,
# stays acceptable).
ACCEPT = "application/json, */*;q=0.1"


def _get_kwargs(
    *,
    body: EmployeeFinderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/people-search/employee-finder",
        "extensions": dict(EXTENSIONS),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    headers["Accept"] = ACCEPT
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessDeniedResponse | EmployeeFinderResponse | ErrorEnvelope | None:
    # enrichso template: a body that does not match the spec (HTML from a proxy, truncated JSON, a
    # missing required member) raises errors.UnparseableResponse, never a bare KeyError/ValueError.
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.UnparseableResponse(
            response.status_code, response.content, exc
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessDeniedResponse | EmployeeFinderResponse | ErrorEnvelope | None:
    from ...models.access_denied_response import AccessDeniedResponse
    from ...models.employee_finder_response import EmployeeFinderResponse
    from ...models.error_envelope import ErrorEnvelope

    if response.status_code == 200:
        response_200 = EmployeeFinderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorEnvelope.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = AccessDeniedResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessDeniedResponse | EmployeeFinderResponse | ErrorEnvelope]:
    return Response(
        status_code=errors.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EmployeeFinderRequest,
) -> Response[AccessDeniedResponse | EmployeeFinderResponse | ErrorEnvelope]:
    """Find employees at a company

     Lists employees of a company (by its LinkedIn company URL), optionally filtered by country,
    continent, sales region, job level and job function (free strings: no vocabularies are
    published), sorted by lead quality. Page-number pagination through the body (`page`,
    `max_results` = page size, 1-100). Costs 1 credit per result returned (0 when nothing is
    found). Bodies are snake_case (docs/api-notes.md 9.14). The page shows no request or response
    example:
    the examples below are assembled from its per-field examples.

    Args:
        body (EmployeeFinderRequest): Body of employeeFinder (snake_case). The filters are free
            strings (no vocabularies are published).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessDeniedResponse | EmployeeFinderResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: EmployeeFinderRequest,
) -> AccessDeniedResponse | EmployeeFinderResponse | ErrorEnvelope | None:
    """Find employees at a company

     Lists employees of a company (by its LinkedIn company URL), optionally filtered by country,
    continent, sales region, job level and job function (free strings: no vocabularies are
    published), sorted by lead quality. Page-number pagination through the body (`page`,
    `max_results` = page size, 1-100). Costs 1 credit per result returned (0 when nothing is
    found). Bodies are snake_case (docs/api-notes.md 9.14). The page shows no request or response
    example:
    the examples below are assembled from its per-field examples.

    Args:
        body (EmployeeFinderRequest): Body of employeeFinder (snake_case). The filters are free
            strings (no vocabularies are published).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessDeniedResponse | EmployeeFinderResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EmployeeFinderRequest,
) -> Response[AccessDeniedResponse | EmployeeFinderResponse | ErrorEnvelope]:
    """Find employees at a company

     Lists employees of a company (by its LinkedIn company URL), optionally filtered by country,
    continent, sales region, job level and job function (free strings: no vocabularies are
    published), sorted by lead quality. Page-number pagination through the body (`page`,
    `max_results` = page size, 1-100). Costs 1 credit per result returned (0 when nothing is
    found). Bodies are snake_case (docs/api-notes.md 9.14). The page shows no request or response
    example:
    the examples below are assembled from its per-field examples.

    Args:
        body (EmployeeFinderRequest): Body of employeeFinder (snake_case). The filters are free
            strings (no vocabularies are published).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessDeniedResponse | EmployeeFinderResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EmployeeFinderRequest,
) -> AccessDeniedResponse | EmployeeFinderResponse | ErrorEnvelope | None:
    """Find employees at a company

     Lists employees of a company (by its LinkedIn company URL), optionally filtered by country,
    continent, sales region, job level and job function (free strings: no vocabularies are
    published), sorted by lead quality. Page-number pagination through the body (`page`,
    `max_results` = page size, 1-100). Costs 1 credit per result returned (0 when nothing is
    found). Bodies are snake_case (docs/api-notes.md 9.14). The page shows no request or response
    example:
    the examples below are assembled from its per-field examples.

    Args:
        body (EmployeeFinderRequest): Body of employeeFinder (snake_case). The filters are free
            strings (no vocabularies are published).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessDeniedResponse | EmployeeFinderResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
