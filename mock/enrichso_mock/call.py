"""What a handler receives: the validated request plus the calling organization and helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.datastructures import Headers

from .responses import envelope

if TYPE_CHECKING:
    from .org import Organization
    from .spec import Operation
    from .state import SimulatorState


@dataclass
class Call:
    """One validated API call.

    path / query / body are already coerced and validated against the spec; `org` is the
    organization behind the API key. A handler returns a JSON-able dict (sent as 200), a
    starlette Response, or raises problems.ApiProblem.
    """

    sim: SimulatorState  # settings, spec, webhooks (the app passes its simulator.Simulator)
    org: Organization
    operation: Operation
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    headers: Headers
    request_id: str
    started: float = field(default=0.0)  # the organization clock when the call arrived

    @property
    def seed(self) -> int:
        return self.sim.settings.seed

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id

    def now(self) -> float:
        """The organization's clock (simulated seconds)."""
        return self.org.clock.now()

    def iso(self, at: float | None = None) -> str:
        return self.org.clock.iso(at)

    def new_object_id(self) -> str:
        return self.org.new_object_id()

    def new_uuid(self) -> str:
        return self.org.ids.uuid()

    def envelope(self, data: Any, meta: dict[str, Any] | None = None) -> dict[str, Any]:
        return envelope(data, meta)

    def request_meta(self) -> dict[str, Any]:
        return {"requestId": self.request_id}

    def enrichment_meta(self, credits_used: int, processing_ms: int | None = None) -> dict[str, Any]:
        """The EnrichmentMeta of single lookups (credits used and the balance after the call)."""
        meta: dict[str, Any] = {
            "requestId": self.request_id,
            "creditsUsed": credits_used,
            "creditsRemaining": self.org.wallet.balance,
        }
        if processing_ms is not None:
            meta["processingTimeMs"] = processing_ms
        return meta
