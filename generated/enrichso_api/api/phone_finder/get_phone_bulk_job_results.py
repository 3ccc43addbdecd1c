from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.access_denied_response import AccessDeniedResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.phone_bulk_job_results_response import PhoneBulkJobResultsResponse


# enrichso template: the operation's retry-relevant facts, from the spec's x-enrichso-reserves-credits
# (takes credits once the server has the request) and x-enrichso-creates (creates something with no
# way to detect a repeat). Either means: never repeated once it may have been sent.
OPERATION_ID = "getPhoneBulkJobResults"
RESERVES_CREDITS = False
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
    job_id: str,
    *,
    page: int | Unset = 1,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reverse-lookup/phones/bulk/{job_id}/results".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
        "extensions": dict(EXTENSIONS),
    }

    headers: dict[str, Any] = {}
    headers["Accept"] = ACCEPT
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessDeniedResponse | ErrorEnvelope | PhoneBulkJobResultsResponse | None:
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
) -> AccessDeniedResponse | ErrorEnvelope | PhoneBulkJobResultsResponse | None:

    from ...models.access_denied_response import AccessDeniedResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.phone_bulk_job_results_response import PhoneBulkJobResultsResponse

    if response.status_code == 200:
        response_200 = PhoneBulkJobResultsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AccessDeniedResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

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
) -> Response[AccessDeniedResponse | ErrorEnvelope | PhoneBulkJobResultsResponse]:
    return Response(
        status_code=errors.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 100,
) -> Response[AccessDeniedResponse | ErrorEnvelope | PhoneBulkJobResultsResponse]:
    """Get bulk phone lookup results

     Paginated results; `data` echoes `page` and `limit` and counts `successful` / `failed`
    items. Each item carries the submitted `email` or `linkedin`, `phones` (empty when none) and
    an optional `error`. The first call after the job is terminal settles the reservation (only
    items with at least one phone number are charged, the rest is refunded); later calls never
    charge again.

    Args:
        job_id (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessDeniedResponse | ErrorEnvelope | PhoneBulkJobResultsResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 100,
) -> AccessDeniedResponse | ErrorEnvelope | PhoneBulkJobResultsResponse | None:
    """Get bulk phone lookup results

     Paginated results; `data` echoes `page` and `limit` and counts `successful` / `failed`
    items. Each item carries the submitted `email` or `linkedin`, `phones` (empty when none) and
    an optional `error`. The first call after the job is terminal settles the reservation (only
    items with at least one phone number are charged, the rest is refunded); later calls never
    charge again.

    Args:
        job_id (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessDeniedResponse | ErrorEnvelope | PhoneBulkJobResultsResponse
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 100,
) -> Response[AccessDeniedResponse | ErrorEnvelope | PhoneBulkJobResultsResponse]:
    """Get bulk phone lookup results

     Paginated results; `data` echoes `page` and `limit` and counts `successful` / `failed`
    items. Each item carries the submitted `email` or `linkedin`, `phones` (empty when none) and
    an optional `error`. The first call after the job is terminal settles the reservation (only
    items with at least one phone number are charged, the rest is refunded); later calls never
    charge again.

    Args:
        job_id (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessDeniedResponse | ErrorEnvelope | PhoneBulkJobResultsResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 100,
) -> AccessDeniedResponse | ErrorEnvelope | PhoneBulkJobResultsResponse | None:
    """Get bulk phone lookup results

     Paginated results; `data` echoes `page` and `limit` and counts `successful` / `failed`
    items. Each item carries the submitted `email` or `linkedin`, `phones` (empty when none) and
    an optional `error`. The first call after the job is terminal settles the reservation (only
    items with at least one phone number are charged, the rest is refunded); later calls never
    charge again.

    Args:
        job_id (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessDeniedResponse | ErrorEnvelope | PhoneBulkJobResultsResponse
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            page=page,
            limit=limit,
        )
    ).parsed
