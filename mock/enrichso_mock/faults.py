"""Faults on demand: which request fails how, decided reproducibly from a seed.

A fault configuration (JSON, per organization; PUT /_mock/faults) looks like:

    {"seed": 7,
     "rules": [
        {"kind": "500", "probability": 0.05},
        {"kind": "drop", "probability": 1.0, "operations": ["batchValidateEmails"],
         "when": "after", "times": 1},
        {"kind": "429", "probability": 0.02, "burst": 3, "retryAfter": 2},
        {"kind": "slow", "probability": 0.1, "delay": 1.5}],
     "failedBatchProbability": 0.1,
     "flatBatchStatus": false,
     "flatExportJobs": false}

Kinds: 500, 502, 503, 504 (problem bodies), html502 (a proxy's HTML page), 520 (Cloudflare),
429 (a burst of `burst` rate-limit answers with Retry-After), drop (no HTTP response at all),
slow (the answer is delayed `delay` real seconds), truncate (Content-Length larger than the body
that is sent, then the connection closes). `when` is "before" (the request is not processed),
"after" (it is processed, state changes included, and then the answer is lost) or "random".
`operations` limits a rule to some operationIds; `times` caps how often it fires. Rules are tried
in order and the first that fires wins. Each decision is a hash of (seed, organization,
operationId, the n-th call of that operation, rule), so a run is reproducible.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from typing import Any

STATUS_KINDS = ("500", "502", "503", "504")
KINDS = (*STATUS_KINDS, "html502", "520", "429", "drop", "slow", "truncate")
WHENS = ("before", "after", "random")
_RULE_KEYS = {"kind", "probability", "operations", "when", "times", "burst", "retryAfter", "delay"}
_TOP_KEYS = {"seed", "rules", "failedBatchProbability", "flatBatchStatus", "flatExportJobs"}


@dataclass(frozen=True)
class Rule:
    kind: str
    probability: float
    operations: frozenset[str] | None = None
    when: str = "before"
    times: int | None = None
    burst: int = 1
    retry_after: int = 1
    delay: float = 1.0

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"kind": self.kind, "probability": self.probability, "when": self.when}
        if self.operations is not None:
            body["operations"] = sorted(self.operations)
        if self.times is not None:
            body["times"] = self.times
        if self.kind == "429":
            body.update(burst=self.burst, retryAfter=self.retry_after)
        if self.kind == "slow":
            body["delay"] = self.delay
        return body


@dataclass(frozen=True)
class FaultConfig:
    seed: int
    rules: tuple[Rule, ...] = ()
    failed_batch_probability: float = 0.0
    flat_batch_status: bool = False
    # export jobs in the documented schema's flat shape, as the live gateway answers (otherwise
    # the endpoint page examples' shape: progress {processed, total}, a results block)
    flat_export_jobs: bool = False

    @classmethod
    def parse(
        cls, raw: dict[str, Any] | None, *, default_seed: int, flat_batch_status: bool = False
    ) -> FaultConfig:
        """Validate a JSON fault configuration; ValueError says what is wrong."""
        raw = dict(raw or {})
        unknown = set(raw) - _TOP_KEYS
        if unknown:
            raise ValueError(f"unknown fault setting(s): {', '.join(sorted(unknown))}")
        seed = raw.get("seed", default_seed)
        if not isinstance(seed, int) or isinstance(seed, bool):
            raise ValueError("seed must be an integer")
        rules = raw.get("rules", [])
        if not isinstance(rules, list):
            raise ValueError("rules must be a list")
        flat = raw.get("flatBatchStatus", flat_batch_status)
        if not isinstance(flat, bool):
            raise ValueError("flatBatchStatus must be a boolean")
        flat_exports = raw.get("flatExportJobs", False)
        if not isinstance(flat_exports, bool):
            raise ValueError("flatExportJobs must be a boolean")
        return cls(
            seed=seed,
            rules=tuple(_parse_rule(rule, i) for i, rule in enumerate(rules)),
            failed_batch_probability=_probability(
                raw.get("failedBatchProbability", 0.0), "failedBatchProbability"
            ),
            flat_batch_status=flat,
            flat_export_jobs=flat_exports,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "rules": [rule.to_json() for rule in self.rules],
            "failedBatchProbability": self.failed_batch_probability,
            "flatBatchStatus": self.flat_batch_status,
            "flatExportJobs": self.flat_export_jobs,
        }


def _probability(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be a number between 0 and 1")
    return float(value)


def _parse_rule(raw: Any, index: int) -> Rule:
    where = f"rules[{index}]"
    if not isinstance(raw, dict):
        raise ValueError(f"{where} must be an object")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    kind = str(raw.get("kind", ""))
    if kind not in KINDS:
        raise ValueError(f"{where}: kind must be one of {', '.join(KINDS)}")
    operations = raw.get("operations")
    if operations is not None and (
        not isinstance(operations, list) or not all(isinstance(o, str) for o in operations)
    ):
        raise ValueError(f"{where}: operations must be a list of operationIds")
    when = raw.get("when", "before")
    if when not in WHENS:
        raise ValueError(f"{where}: when must be one of {', '.join(WHENS)}")
    times = raw.get("times")
    if times is not None and (not isinstance(times, int) or isinstance(times, bool) or times < 0):
        raise ValueError(f"{where}: times must be a non-negative integer")
    burst, retry_after, delay = raw.get("burst", 1), raw.get("retryAfter", 1), raw.get("delay", 1.0)
    if not isinstance(burst, int) or isinstance(burst, bool) or burst < 1:
        raise ValueError(f"{where}: burst must be an integer >= 1")
    if not isinstance(retry_after, int) or isinstance(retry_after, bool) or retry_after < 0:
        raise ValueError(f"{where}: retryAfter must be an integer >= 0")
    if isinstance(delay, bool) or not isinstance(delay, int | float) or not 0 <= delay <= 300:
        raise ValueError(f"{where}: delay must be a number of seconds between 0 and 300")
    return Rule(
        kind=kind,
        probability=_probability(raw.get("probability", 1.0), f"{where}.probability"),
        operations=frozenset(operations) if operations is not None else None,
        when=when,
        times=times,
        burst=burst,
        retry_after=retry_after,
        delay=float(delay),
    )


@dataclass(frozen=True)
class Fault:
    kind: str
    when: str  # "before" | "after" (never "random": resolved when decided)
    retry_after: int = 1
    delay: float = 0.0


class FaultInjector:
    """The per-organization decision maker for one FaultConfig."""

    def __init__(self, config: FaultConfig, scope: str) -> None:
        self.config = config
        self._scope = scope
        self._calls: dict[str, int] = {}
        self._fired: dict[int, int] = {}
        self._burst: tuple[int, Rule, int] | None = None  # (rule index, rule, remaining)
        self._lock = threading.Lock()

    def decide(self, operation_id: str) -> Fault | None:
        config = self.config
        if not config.rules:
            return None
        with self._lock:
            n = self._calls[operation_id] = self._calls.get(operation_id, 0) + 1
            if self._burst is not None:
                index, rule, remaining = self._burst
                if rule.operations is None or operation_id in rule.operations:
                    self._burst = (index, rule, remaining - 1) if remaining > 1 else None
                    return Fault("429", "before", rule.retry_after)
            for index, rule in enumerate(config.rules):
                if rule.operations is not None and operation_id not in rule.operations:
                    continue
                if rule.times is not None and self._fired.get(index, 0) >= rule.times:
                    continue
                roll = self._roll(operation_id, n, index)
                if roll >= rule.probability:
                    continue
                self._fired[index] = self._fired.get(index, 0) + 1
                when = rule.when
                if when == "random":
                    when = "before" if self._roll(operation_id, n, index, "when") < 0.5 else "after"
                if rule.kind == "429":
                    when = "before"
                    if rule.burst > 1:
                        self._burst = (index, rule, rule.burst - 1)
                return Fault(rule.kind, when, rule.retry_after, rule.delay)
        return None

    def batch_failure_fraction(self, batch_id: str) -> float | None:
        """For a failing batch, the share of items processed before it fails; None if it succeeds."""
        p = self.config.failed_batch_probability
        if p <= 0.0 or self._roll("batch-failure", 0, 0, batch_id) >= p:
            return None
        return 0.2 + 0.6 * self._roll("batch-failure", 1, 0, batch_id)

    def _roll(self, operation_id: str, n: int, index: int, extra: str = "") -> float:
        text = f"{self.config.seed}|{self._scope}|{operation_id}|{n}|{index}|{extra}".encode()
        return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "big") / 2**64
