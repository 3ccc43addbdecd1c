from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.company_follower_request import CompanyFollowerRequest
from ...models.continue_company_follower_request import ContinueCompanyFollowerRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.access_denied_response import AccessDeniedResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.start_company_follower_response import StartCompanyFollowerResponse


# enrichso template: the operation's retry-relevant facts, from the spec's x-enrichso-reserves-credits
# (takes credits once the server has the request) and x-enrichso-creates (creates something with no
# way to detect a repeat). Either means: never repeated once it may have been sent.
OPERATION_ID = "startCompanyFollowerScrape"
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
    body: CompanyFollowerRequest | ContinueCompanyFollowerRequest,
    batch_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["batchId"] = batch_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company-follower",
        "params": params,
        "extensions": dict(EXTENSIONS),
    }

    if isinstance(body, CompanyFollowerRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    headers["Accept"] = ACCEPT
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessDeniedResponse | ErrorEnvelope | StartCompanyFollowerResponse | None:
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
) -> AccessDeniedResponse | ErrorEnvelope | StartCompanyFollowerResponse | None:
    from ...models.access_denied_response import AccessDeniedResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.start_company_follower_response import StartCompanyFollowerResponse

    if response.status_code == 200:
        response_200 = StartCompanyFollowerResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

    if response.status_code == 410:
        response_410 = ErrorEnvelope.from_dict(response.json())

        return response_410

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

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
) -> Response[AccessDeniedResponse | ErrorEnvelope | StartCompanyFollowerResponse]:
    return Response(
        status_code=errors.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CompanyFollowerRequest | ContinueCompanyFollowerRequest,
    batch_id: str | Unset = UNSET,
) -> Response[AccessDeniedResponse | ErrorEnvelope | StartCompanyFollowerResponse]:
    """Start company follower scrape

     Approved accounts only. One HTTP operation with two modes:

    - Start (no `batchId` query parameter; body CompanyFollowerRequest): scrapes up to `max_limit`
      (1-50,000) followers of a LinkedIn company page, optionally filtered by country, state, job
      title, department and level. Reserves `max_limit x creditsPerProfile` (the team's rate from
      checkCompanyFollowerLimit; 100 in every example); the first results read settles the bill
      and refunds the rest (settlement is automatic when a `webhookUrl` is given, which also
      enables one callback per follower plus a completion callback). A cached scrape of the same
      company and filters is returned unless `skipCache` is true. Poll getCompanyFollowerProgress
      until `done`, then read getCompanyFollowerResults or exportCompanyFollowerCsv.
    - Continue (documented as "Continue company follower scrape", operationId
      `continueCompanyFollowerScrape`; `?batchId=<id>`, body `{}`): fills the gap of a batch whose
      progress reported `partial: true`, less than 3 days old, inheriting its filters. Only the
      recoverable gap is reserved (`data.estimatedAdditional x creditsPerItem`, a separate
      reservation); the same batchId keeps collecting, de-duplicated. Errors: 404 unknown batch,
      409 batch not partial / a continue or the scrape still running, 410 older than 3 days,
      422 nothing recoverable. Its error bodies are the legacy `{error, message[, detail]}` shape.

    The start page was lost from the published fragments: its contract is reconstructed from the
    official SDKs (docs/api-notes.md 10), and its 403 for teams without approved access is inferred.
    What happens when a scrape exceeds the team's daily profile allowance is not documented.

    Args:
        batch_id (str | Unset):
        body (CompanyFollowerRequest | ContinueCompanyFollowerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessDeniedResponse | ErrorEnvelope | StartCompanyFollowerResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        batch_id=batch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CompanyFollowerRequest | ContinueCompanyFollowerRequest,
    batch_id: str | Unset = UNSET,
) -> AccessDeniedResponse | ErrorEnvelope | StartCompanyFollowerResponse | None:
    """Start company follower scrape

     Approved accounts only. One HTTP operation with two modes:

    - Start (no `batchId` query parameter; body CompanyFollowerRequest): scrapes up to `max_limit`
      (1-50,000) followers of a LinkedIn company page, optionally filtered by country, state, job
      title, department and level. Reserves `max_limit x creditsPerProfile` (the team's rate from
      checkCompanyFollowerLimit; 100 in every example); the first results read settles the bill
      and refunds the rest (settlement is automatic when a `webhookUrl` is given, which also
      enables one callback per follower plus a completion callback). A cached scrape of the same
      company and filters is returned unless `skipCache` is true. Poll getCompanyFollowerProgress
      until `done`, then read getCompanyFollowerResults or exportCompanyFollowerCsv.
    - Continue (documented as "Continue company follower scrape", operationId
      `continueCompanyFollowerScrape`; `?batchId=<id>`, body `{}`): fills the gap of a batch whose
      progress reported `partial: true`, less than 3 days old, inheriting its filters. Only the
      recoverable gap is reserved (`data.estimatedAdditional x creditsPerItem`, a separate
      reservation); the same batchId keeps collecting, de-duplicated. Errors: 404 unknown batch,
      409 batch not partial / a continue or the scrape still running, 410 older than 3 days,
      422 nothing recoverable. Its error bodies are the legacy `{error, message[, detail]}` shape.

    The start page was lost from the published fragments: its contract is reconstructed from the
    official SDKs (docs/api-notes.md 10), and its 403 for teams without approved access is inferred.
    What happens when a scrape exceeds the team's daily profile allowance is not documented.

    Args:
        batch_id (str | Unset):
        body (CompanyFollowerRequest | ContinueCompanyFollowerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessDeniedResponse | ErrorEnvelope | StartCompanyFollowerResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        batch_id=batch_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CompanyFollowerRequest | ContinueCompanyFollowerRequest,
    batch_id: str | Unset = UNSET,
) -> Response[AccessDeniedResponse | ErrorEnvelope | StartCompanyFollowerResponse]:
    """Start company follower scrape

     Approved accounts only. One HTTP operation with two modes:

    - Start (no `batchId` query parameter; body CompanyFollowerRequest): scrapes up to `max_limit`
      (1-50,000) followers of a LinkedIn company page, optionally filtered by country, state, job
      title, department and level. Reserves `max_limit x creditsPerProfile` (the team's rate from
      checkCompanyFollowerLimit; 100 in every example); the first results read settles the bill
      and refunds the rest (settlement is automatic when a `webhookUrl` is given, which also
      enables one callback per follower plus a completion callback). A cached scrape of the same
      company and filters is returned unless `skipCache` is true. Poll getCompanyFollowerProgress
      until `done`, then read getCompanyFollowerResults or exportCompanyFollowerCsv.
    - Continue (documented as "Continue company follower scrape", operationId
      `continueCompanyFollowerScrape`; `?batchId=<id>`, body `{}`): fills the gap of a batch whose
      progress reported `partial: true`, less than 3 days old, inheriting its filters. Only the
      recoverable gap is reserved (`data.estimatedAdditional x creditsPerItem`, a separate
      reservation); the same batchId keeps collecting, de-duplicated. Errors: 404 unknown batch,
      409 batch not partial / a continue or the scrape still running, 410 older than 3 days,
      422 nothing recoverable. Its error bodies are the legacy `{error, message[, detail]}` shape.

    The start page was lost from the published fragments: its contract is reconstructed from the
    official SDKs (docs/api-notes.md 10), and its 403 for teams without approved access is inferred.
    What happens when a scrape exceeds the team's daily profile allowance is not documented.

    Args:
        batch_id (str | Unset):
        body (CompanyFollowerRequest | ContinueCompanyFollowerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessDeniedResponse | ErrorEnvelope | StartCompanyFollowerResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        batch_id=batch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CompanyFollowerRequest | ContinueCompanyFollowerRequest,
    batch_id: str | Unset = UNSET,
) -> AccessDeniedResponse | ErrorEnvelope | StartCompanyFollowerResponse | None:
    """Start company follower scrape

     Approved accounts only. One HTTP operation with two modes:

    - Start (no `batchId` query parameter; body CompanyFollowerRequest): scrapes up to `max_limit`
      (1-50,000) followers of a LinkedIn company page, optionally filtered by country, state, job
      title, department and level. Reserves `max_limit x creditsPerProfile` (the team's rate from
      checkCompanyFollowerLimit; 100 in every example); the first results read settles the bill
      and refunds the rest (settlement is automatic when a `webhookUrl` is given, which also
      enables one callback per follower plus a completion callback). A cached scrape of the same
      company and filters is returned unless `skipCache` is true. Poll getCompanyFollowerProgress
      until `done`, then read getCompanyFollowerResults or exportCompanyFollowerCsv.
    - Continue (documented as "Continue company follower scrape", operationId
      `continueCompanyFollowerScrape`; `?batchId=<id>`, body `{}`): fills the gap of a batch whose
      progress reported `partial: true`, less than 3 days old, inheriting its filters. Only the
      recoverable gap is reserved (`data.estimatedAdditional x creditsPerItem`, a separate
      reservation); the same batchId keeps collecting, de-duplicated. Errors: 404 unknown batch,
      409 batch not partial / a continue or the scrape still running, 410 older than 3 days,
      422 nothing recoverable. Its error bodies are the legacy `{error, message[, detail]}` shape.

    The start page was lost from the published fragments: its contract is reconstructed from the
    official SDKs (docs/api-notes.md 10), and its 403 for teams without approved access is inferred.
    What happens when a scrape exceeds the team's daily profile allowance is not documented.

    Args:
        batch_id (str | Unset):
        body (CompanyFollowerRequest | ContinueCompanyFollowerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessDeniedResponse | ErrorEnvelope | StartCompanyFollowerResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            batch_id=batch_id,
        )
    ).parsed
