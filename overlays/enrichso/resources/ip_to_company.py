"""IP to Company: the company behind an IP address, one at a time, in batches of up to 500,000,
or with lookup_many.

Costs (docs/api-notes.md 8): 100 credits per IP whose company domain is found, free otherwise (results are
cached 7 days); a batch reserves 100 per unique IP and charges only the found ones at settlement.
Batch ids are UUIDs and a batch starts out `processing`.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from enrichso_api.api.ip_to_company import (
    batch_ip_to_company,
    get_ip_to_company_batch_results,
    get_ip_to_company_batch_status,
)
from enrichso_api.models import (
    IpToCompanyBatchRequest,
    IpToCompanyBatchRequestIpsItem,
    IpToCompanyBatchStatusResponse,
    IpToCompanyBatchSubmitResponse,
)

from .._core.batch import AsyncBatchJob, BatchJob, BatchProduct, total_of
from .._core.call import Call, from_generated, model, unset_to_none
from .._core.flow import AsyncStream, Stream
from .._core.lazy import LazyModel
from .._core.limits import length_within, strings
from .._core.request_options import RequestOptions
from .._core.transport import AsyncTransport, SyncTransport
from ..errors import APIResponseValidationError, InvalidParameterError
from ..frames._frame_type import FrameT
from ..pipeline import cells
from ..pipeline.columns import IP, row_value
from ..pipeline.declaration import Column, Need, Operations, Product
from ..pipeline.fields import Field
from ..pipeline.many import ManyOptions, run_many, run_many_async
from ..pipeline.result import PipelineResult
from ..pipeline.spec import PipelineSpec
from ..views import Answer, CompanyView, answer, batch_items

if TYPE_CHECKING:  # typed pages and single calls import them when first used (start-up)
    from enrichso_api.models import (
        IpToCompanyBatchResultsResponse,
        IpToCompanyResponse,  # noqa: F401 - named by an answer alias
    )

# The product, declared once: everything else (its *_many's limits and preflight, its table
# columns, the command line's batch and jobs commands, the docs) reads it from here.
DECLARATION: Product[CompanyView] = Product(
    kind="ip_to_company",
    title="IP to company",
    noun="IP address",
    plural="IP addresses",
    operations=Operations("batchIpToCompany", "getIpToCompanyBatchStatus", "getIpToCompanyBatchResults"),
    max_items=500_000,
    credits_per_item=100,
    view=CompanyView.from_dict,
    columns=(
        Column("found", lambda v: v.found),
        Column("domain", lambda v: v.ip_domain),
        Column("organization", lambda v: v.ip_organization),
        Column("country", lambda v: v.ip_country_name),
        Column("country_code", lambda v: v.ip_country_code),
        Column("city", lambda v: v.ip_city),
        Column("timezone", lambda v: v.ip_timezone),
    ),
    charged=lambda v: bool(v.found),
    echo=(Column("ip", lambda v: v.search_ip),),
    needs=(Need(Field.IP, "--column"),),
    cell_item=cells.ip,
    frame_method="lookup_frame",
    summary=(
        "Resolve the company behind every IP address (100 credits per unique IP whose company "
        "domain is found, the rest refunded)."
    ),
    about="IP to company: the company behind an IP address.",
)

MAX_BATCH = DECLARATION.max_items
IpAnswer = Answer[CompanyView, "IpToCompanyResponse"]

RESULTS_MODEL: LazyModel[IpToCompanyBatchResultsResponse] = LazyModel("IpToCompanyBatchResultsResponse")

PRODUCT: BatchProduct[IpToCompanyBatchResultsResponse, CompanyView] = BatchProduct(
    kind=DECLARATION.kind,
    status_kwargs=get_ip_to_company_batch_status._get_kwargs,
    status_model=IpToCompanyBatchStatusResponse,
    results_kwargs=get_ip_to_company_batch_results._get_kwargs,
    results_model=RESULTS_MODEL,
    items=batch_items(CompanyView.from_dict),
    total=total_of,
    item_model=CompanyView,
)

BatchIps = BatchJob["IpToCompanyBatchResultsResponse", CompanyView]
AsyncBatchIps = AsyncBatchJob["IpToCompanyBatchResultsResponse", CompanyView]
IpRow = PipelineResult[str, CompanyView]


def ip_key(value: Any) -> str | None:
    """The canonical text of an IP address (so 2001:DB8::1 and 2001:db8:0::1 are one IP); a dict
    row's, from its IP column (pipeline/columns.py). An IPv4-mapped IPv6 is its IPv4."""
    if isinstance(value, Mapping):
        value = row_value(value, IP)
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    return str(address)


def _normalise(value: str) -> tuple[str, Any] | None:
    """(the canonical IP, the IP as the submit body lists it); None (the row is "invalid input",
    not sent) for what the single lookup refuses: not a public IPv4 or IPv6 address."""
    if isinstance(value, Mapping):
        value = row_value(value, IP)
    if not isinstance(value, str) or len(value) > 45:
        return None
    try:
        key = cells.ip(value)
    except cells.InvalidValue:
        return None
    return key, {"ip": key}


def checked_ip(name: str, value: str) -> str:
    """The IP as it is sent (trimmed, canonical), or InvalidParameterError before any request:
    not an IPv4 or IPv6 address, or not a public one (cells.public_ip)."""
    length_within(name, value, 1, 45)
    try:
        return cells.ip(value)
    except cells.InvalidValue as exc:
        raise InvalidParameterError(f"{name}: {exc}") from None


def _key_of_item(item: Mapping[str, Any]) -> str:
    return str(item["ip"])


def _result_key(item: Mapping[str, Any]) -> str | None:
    return ip_key(item.get("searchIp"))


def lookup_call(ip: str) -> Call[IpAnswer]:
    from enrichso_api.api.ip_to_company import ip_to_company
    from enrichso_api.models import IpToCompanyRequest, IpToCompanyResponse

    kwargs = ip_to_company._get_kwargs(body=IpToCompanyRequest(ip=checked_ip("ip", ip)))
    return from_generated(kwargs, answer(IpToCompanyResponse, CompanyView.from_dict), operation="ipToCompany")


def submit_call(ips: list[str]) -> Call[IpToCompanyBatchSubmitResponse]:
    if not ips:
        raise InvalidParameterError("a batch needs at least one IP")
    if len(ips) > MAX_BATCH:
        raise InvalidParameterError(
            f"a batch holds at most {MAX_BATCH:,} IPs; use lookup_many() to split larger lists"
        )
    body = IpToCompanyBatchRequest(ips=[IpToCompanyBatchRequestIpsItem(ip=ip) for ip in ips])
    return from_generated(
        batch_ip_to_company._get_kwargs(body=body),
        model(IpToCompanyBatchSubmitResponse),
        operation="batchIpToCompany",
    )


def _checked_ips(ips: Iterable[str]) -> list[str]:
    return [checked_ip(f"ips[{at}]", ip) for at, ip in enumerate(strings("ips", ips, 1, 45))]


def batch_id_of(envelope: IpToCompanyBatchSubmitResponse) -> str:
    batch_id = unset_to_none(envelope.data.batch_id)
    if not isinstance(batch_id, str) or not batch_id:
        raise APIResponseValidationError(
            "the IP to Company batch submit answered without a batchId",
            status_code=200,
            body=b"",
            method="POST",
            path="/ip-to-company/batch",
        )
    return batch_id


def _submit_chunk(items: list[Any], webhook_url: str | None) -> Call[IpToCompanyBatchSubmitResponse]:
    if webhook_url is not None:
        raise InvalidParameterError("the IP to Company batch API takes no webhook URL")
    return submit_call([item["ip"] for item in items])


PIPELINE: PipelineSpec[str, CompanyView] = PipelineSpec(
    product=PRODUCT,
    normalise=_normalise,
    key_of_item=_key_of_item,
    submit_call=_submit_chunk,
    batch_id_of=batch_id_of,
    result_key=_result_key,
    max_batch=MAX_BATCH,
    key_field="searchIp",
)


# The methods that make a request when called: client.with_raw_response.ip_to_company has them (the
# generated resources/raw.py).
RAW_METHODS = (
    "lookup",
    "submit_batch",
)


class IpToCompany:
    """client.ip_to_company"""

    pipeline = PIPELINE  # what its *_many runs (enrichso.pipeline takes it)

    def __init__(self, transport: SyncTransport) -> None:
        self._t = transport

    def lookup(self, ip: str, **request: Unpack[RequestOptions]) -> IpAnswer:
        """The company behind one IP (100 credits when a domain is found, free otherwise)."""
        return self._t.with_request_options(**request).request(lookup_call(ip))

    def submit_batch(self, ips: Iterable[str], **request: Unpack[RequestOptions]) -> BatchIps:
        """Submit up to 500,000 IPs; reserves 100 credits per unique IP. Never retried once sent."""
        t = self._t.with_request_options(**request)
        envelope = t.request(submit_call(_checked_ips(ips)))
        return BatchJob(t, PRODUCT, batch_id_of(envelope), submitted=envelope)

    def batch(self, batch_id: str, **request: Unpack[RequestOptions]) -> BatchIps:
        """Re-attach to an existing batch by id."""
        return BatchJob(self._t.with_request_options(**request), PRODUCT, batch_id)

    def lookup_many(
        self,
        ips: Iterable[str],
        **options: Unpack[ManyOptions],
    ) -> Stream[IpRow]:
        """Resolve any number of IPs: dedupes them (canonical form), submits batches of up to
        500,000, waits, and yields one PipelineResult per input row in input order."""
        return run_many(
            self._t,
            PIPELINE,
            ips,
            **options,
        )

    def lookup_frame(
        self,
        frame: FrameT,
        column: str | None = None,
        *,
        skip_invalid: bool = False,
        **options: Unpack[ManyOptions],
    ) -> FrameT:
        """A pandas / polars DataFrame or pyarrow Table, same rows in the same order, with the
        `enrich_*` columns of `enrichso ip-to-company batch` appended (typed; null where missing), each
        distinct value looked up once through lookup_many (its options: journal, max_credits, ...).
        column: the IP address column (default: found by its name, like the CLI's --column).
        Needs `pip install 'enrichso[frames]'`."""
        from ..frames._run import Field, enrich_frame

        return enrich_frame(
            self.lookup_many, "ip-to-company", frame, {Field.IP: column}, skip_invalid, options
        )


class AsyncIpToCompany:
    """client.ip_to_company on AsyncEnrich"""

    pipeline = PIPELINE  # what its *_many runs (enrichso.pipeline takes it)

    def __init__(self, transport: AsyncTransport) -> None:
        self._t = transport

    async def lookup(self, ip: str, **request: Unpack[RequestOptions]) -> IpAnswer:
        """See IpToCompany.lookup."""
        return await self._t.with_request_options(**request).request(lookup_call(ip))

    async def submit_batch(self, ips: Iterable[str], **request: Unpack[RequestOptions]) -> AsyncBatchIps:
        """See IpToCompany.submit_batch."""
        t = self._t.with_request_options(**request)
        envelope = await t.request(submit_call(_checked_ips(ips)))
        return AsyncBatchJob(t, PRODUCT, batch_id_of(envelope), submitted=envelope)

    def batch(self, batch_id: str, **request: Unpack[RequestOptions]) -> AsyncBatchIps:
        """See IpToCompany.batch."""
        return AsyncBatchJob(self._t.with_request_options(**request), PRODUCT, batch_id)

    def lookup_many(
        self,
        ips: Iterable[str],
        **options: Unpack[ManyOptions],
    ) -> AsyncStream[IpRow]:
        """See IpToCompany.lookup_many."""
        return run_many_async(
            self._t,
            PIPELINE,
            ips,
            **options,
        )

    async def lookup_frame(
        self,
        frame: FrameT,
        column: str | None = None,
        *,
        skip_invalid: bool = False,
        **options: Unpack[ManyOptions],
    ) -> FrameT:
        """See the sync client's lookup_frame."""
        from ..frames._run import Field, enrich_frame_async

        return await enrich_frame_async(
            self.lookup_many, "ip-to-company", frame, {Field.IP: column}, skip_invalid, options
        )
