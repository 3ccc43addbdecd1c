from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.lead_job_status import LeadJobStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.access_denied_response import AccessDeniedResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.lead_export_job_list_response import LeadExportJobListResponse


# enrichso template: the operation's retry-relevant facts, from the spec's x-enrichso-reserves-credits
# (takes credits once the server has the request) and x-enrichso-creates (creates something with no
# way to detect a repeat). Either means: never repeated once it may have been sent.
OPERATION_ID = "listExportJobs"
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
    *,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    status: LeadJobStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lead-finder/export-jobs",
        "params": params,
        "extensions": dict(EXTENSIONS),
    }

    headers: dict[str, Any] = {}
    headers["Accept"] = ACCEPT
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessDeniedResponse | ErrorEnvelope | LeadExportJobListResponse | None:
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
) -> AccessDeniedResponse | ErrorEnvelope | LeadExportJobListResponse | None:

    from ...models.access_denied_response import AccessDeniedResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.lead_export_job_list_response import LeadExportJobListResponse

    if response.status_code == 200:
        response_200 = LeadExportJobListResponse.from_dict(response.json())

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
) -> Response[AccessDeniedResponse | ErrorEnvelope | LeadExportJobListResponse]:
    return Response(
        status_code=errors.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    status: LeadJobStatus | Unset = UNSET,
) -> Response[AccessDeniedResponse | ErrorEnvelope | LeadExportJobListResponse]:
    """List export jobs

     Free. Lists the team's CSV export jobs of the last 30 days, optionally filtered by status;
    paging is echoed as `data.total`, `data.page` and `data.limit`.
    LIVE (docs/api-notes.md 11.2): the gateway answers with entries in the documented schema shape
    (`name`, `phase`, numeric `progress`, `totalRows`, `processedRows`, ...), not the page
    example's `total`/`processed`; LeadExportJobSummary accepts both.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        status (LeadJobStatus | Unset): Status of a Lead Finder reveal/enrich or export job:
            `pending` (queued) -> `processing`
            (worker running) -> `completed` (results ready) or `failed` (credits refunded).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessDeniedResponse | ErrorEnvelope | LeadExportJobListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    status: LeadJobStatus | Unset = UNSET,
) -> AccessDeniedResponse | ErrorEnvelope | LeadExportJobListResponse | None:
    """List export jobs

     Free. Lists the team's CSV export jobs of the last 30 days, optionally filtered by status;
    paging is echoed as `data.total`, `data.page` and `data.limit`.
    LIVE (docs/api-notes.md 11.2): the gateway answers with entries in the documented schema shape
    (`name`, `phase`, numeric `progress`, `totalRows`, `processedRows`, ...), not the page
    example's `total`/`processed`; LeadExportJobSummary accepts both.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        status (LeadJobStatus | Unset): Status of a Lead Finder reveal/enrich or export job:
            `pending` (queued) -> `processing`
            (worker running) -> `completed` (results ready) or `failed` (credits refunded).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessDeniedResponse | ErrorEnvelope | LeadExportJobListResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    status: LeadJobStatus | Unset = UNSET,
) -> Response[AccessDeniedResponse | ErrorEnvelope | LeadExportJobListResponse]:
    """List export jobs

     Free. Lists the team's CSV export jobs of the last 30 days, optionally filtered by status;
    paging is echoed as `data.total`, `data.page` and `data.limit`.
    LIVE (docs/api-notes.md 11.2): the gateway answers with entries in the documented schema shape
    (`name`, `phase`, numeric `progress`, `totalRows`, `processedRows`, ...), not the page
    example's `total`/`processed`; LeadExportJobSummary accepts both.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        status (LeadJobStatus | Unset): Status of a Lead Finder reveal/enrich or export job:
            `pending` (queued) -> `processing`
            (worker running) -> `completed` (results ready) or `failed` (credits refunded).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessDeniedResponse | ErrorEnvelope | LeadExportJobListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    status: LeadJobStatus | Unset = UNSET,
) -> AccessDeniedResponse | ErrorEnvelope | LeadExportJobListResponse | None:
    """List export jobs

     Free. Lists the team's CSV export jobs of the last 30 days, optionally filtered by status;
    paging is echoed as `data.total`, `data.page` and `data.limit`.
    LIVE (docs/api-notes.md 11.2): the gateway answers with entries in the documented schema shape
    (`name`, `phase`, numeric `progress`, `totalRows`, `processedRows`, ...), not the page
    example's `total`/`processed`; LeadExportJobSummary accepts both.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        status (LeadJobStatus | Unset): Status of a Lead Finder reveal/enrich or export job:
            `pending` (queued) -> `processing`
            (worker running) -> `completed` (results ready) or `failed` (credits refunded).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessDeniedResponse | ErrorEnvelope | LeadExportJobListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            status=status,
        )
    ).parsed
