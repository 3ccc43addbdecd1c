"""`scripts/contract --live`: the spec checked against a running API (the real one by default), with
a small, fixed, credit-free set of calls; operations that cost credits only with `--allow-credits N`.

    ENRICH_API_KEY=sk_... scripts/contract --live [--base-url URL] [--allow-credits N]
                                                  [--operation ID]... [--team-id ID] [--pause SECONDS]

Every answer is checked with schemathesis' response checks (documented status, content type,
headers, body schema) and with the status the call expects (2xx; 404 for the unknown batch ids).
Exit 0: every answer conforms; 1: mismatches (each reported); 2: nothing was sent (no key, an
unknown operation, a costly call without a budget or whose price cannot be estimated).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
import schemathesis

from .live_check import Caller
from .live_credits import Budget, Price, estimate, price_of, reported_credits
from .live_probes import (
    DEFAULT_COSTLY,
    Probe,
    costly_probe,
    free_probes,
    operation_of,
    request_defaults,
    request_members,
)
from .live_report import Report

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "enrich.yaml"
DEFAULT_BASE_URL = "https://dev.enrich.so/api/v3"
NO_KEY, MISMATCHES, REFUSED = 2, 1, 2


class Refused(Exception):
    """A planned call the check will not make; nothing at all is sent."""


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    key = os.environ.get("ENRICH_API_KEY", "")
    if not key:
        print("scripts/contract --live: set ENRICH_API_KEY; nothing was sent", file=sys.stderr)
        return NO_KEY
    schema = schemathesis.openapi.from_path(SPEC, config=schemathesis.Config())
    report = Report(sys.stdout, key)
    try:
        plan = planned(schema.raw_schema, args.operation, args.allow_credits)
    except Refused as refusal:
        report.line(f"scripts/contract --live: refused, nothing was sent: {refusal}")
        return REFUSED
    headers = {"x-api-key": key, "accept": "application/json"}
    with httpx.Client(base_url=args.base_url, headers=headers, timeout=args.timeout) as client:
        caller = Caller(client, schema, pause=args.pause)
        report.line(f"live contract check of {args.base_url}: {len(plan)} calls planned")
        budget = run(plan, caller, report, Budget(args.allow_credits), args.team_id)
    allowed = "no credits allowed" if budget.limit is None else f"{budget.limit} allowed"
    report.summary(f"credits used: {budget.spent} ({allowed})")
    return MISMATCHES if report.mismatches else 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="scripts/contract --live", description=__doc__.split("\n\n")[0])
    p.add_argument("--base-url", default=os.environ.get("ENRICH_BASE_URL") or DEFAULT_BASE_URL)
    p.add_argument("--allow-credits", type=nonnegative, metavar="N", help="spend at most N credits")
    p.add_argument(
        "--operation",
        action="append",
        metavar="ID",
        help="run only these operations (repeatable); costly ones need --allow-credits",
    )
    p.add_argument("--team-id", help="the team of the team calls (default: the balance's organizationId)")
    p.add_argument("--pause", type=float, default=1.0, help="seconds between two calls (default 1)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds per call (default 30)")
    return p


def nonnegative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def planned(spec: dict[str, Any], chosen: list[str] | None, allow_credits: int | None) -> list[Probe]:
    """The calls to make, in order: the free subset (or the chosen part of it), then the costly
    calls asked for. Refused as a whole when a costly call has no budget or no estimate."""
    free = free_probes(spec)
    if chosen is None:
        names = list(DEFAULT_COSTLY) if allow_credits is not None else []
        return free + [costly_probe(spec, name) for name in names]
    plan = []
    for name in chosen:
        probes = [probe for probe in free if probe.operation_id == name]
        if not probes:
            probes = [costly_probe_of(spec, name, allow_credits)]
        plan.extend(probes)
    return plan


def costly_probe_of(spec: dict[str, Any], name: str, allow_credits: int | None) -> Probe:
    try:
        price = price_of(operation_of(spec, name))
    except KeyError:
        raise Refused(f"{name} is not an operation of the spec") from None
    if price is None:
        raise Refused(f"{name} is not part of the live check (it would change the account)")
    if allow_credits is None:
        raise Refused(f"{name} costs credits (up to {price.price} a call or unit): give --allow-credits N")
    probe = costly_probe(spec, name)
    if cost_of(spec, probe, price) is None:
        raise Refused(f"{name}: its price cannot be estimated from its request (no {', '.join(price.per)})")
    return probe


def cost_of(spec: dict[str, Any], probe: Probe, price: Price) -> int | None:
    return estimate(price, request_members(probe), request_defaults(spec, probe.operation_id))


def run(plan: list[Probe], caller: Caller, report: Report, budget: Budget, team_id: str | None) -> Budget:
    """Make the planned calls one after the other; costly ones only while the budget allows."""
    spec = caller.schema.raw_schema
    out_of_budget = False
    for probe in plan:
        price = price_of(operation_of(spec, probe.operation_id))
        cost = 0 if price is None else cost_of(spec, probe, price) or 0
        if price is not None and (out_of_budget or not budget.admits(cost)):
            used = f"{budget.spent} of {budget.limit} used"
            why = "the run stopped at the budget" if out_of_budget else f"would cost up to {cost} credits"
            report.skip(probe.operation_id, f"{why}; {used}")
            out_of_budget = True  # stop before the budget would be exceeded: no later costly call
            continue
        if probe.team and team_id is None:
            report.skip(probe.operation_id, "no team id: the balance named no organizationId (--team-id)")
            continue
        answer = caller.call(probe, {"teamId": team_id} if probe.team else {})
        reported = reported_credits(answer.body)
        if price is not None:
            budget.record(reported, cost)
        elif reported:
            answer.outcome.problems.append(f"a free operation reported {reported} credits used")
        report.add(answer.outcome)
        if probe.operation_id == "getWalletBalance" and team_id is None:
            team_id = organization_id(answer.body)
    return budget


def organization_id(body: Any) -> str | None:
    """The balance's `data.organizationId`: the key's team (the spec's link to the team calls)."""
    data = body.get("data") if isinstance(body, dict) else None
    value = data.get("organizationId") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value else None


if __name__ == "__main__":
    sys.exit(main())
