"""The two dialects the simulator speaks, where Enrich's own documents show two shapes of one answer.

The endpoint pages (https://doc.enrich.so, each operation's page: the spec's primary source) and the
API Reference overview page show different response shapes for six operations. The handlers answer
in the pages' shapes ("pages", the default). In the "overview" dialect `reshape` turns each of those
answers into the overview's shape. An overview answer is derived from the pages answer of the same
call (plus what the pages shape does not carry, from the same seeded data), so both dialects state
the same verdicts and charge the same credits, and tests can compare them. Everything else is the
same in both: `meta`, status codes, problems, webhooks, the other operations, the flat batch status.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .data import email_validation
from .data.domains import domain_profile
from .data.vocab import DISPOSABLE_DOMAINS
from .products.email_validation import hasher as validation_hasher

if TYPE_CHECKING:
    from .call import Call

PAGES, OVERVIEW = "pages", "overview"
DIALECTS = (PAGES, OVERVIEW)

Body = dict[str, Any]
Reshaper = Callable[[Body, "Call"], Body]
_RESHAPERS: dict[str, Reshaper] = {}

# The overview shows one number of type "mobile"; a second number (a sibling line) is "work".
PHONE_TYPES = ("mobile", "work")


def check(dialect: str) -> str:
    if dialect not in DIALECTS:
        raise ValueError(f"dialect must be one of {', '.join(DIALECTS)} (got {dialect!r})")
    return dialect


def reshaped_operations() -> frozenset[str]:
    """The operationIds whose answers differ between the dialects."""
    return frozenset(_RESHAPERS)


def reshape(operation_id: str, body: Body, call: Call) -> Body:
    """The overview's shape of a successful pages answer (the body itself where they agree)."""
    reshaper = _RESHAPERS.get(operation_id)
    return reshaper(body, call) if reshaper else body


def _reshapes(operation_id: str) -> Callable[[Reshaper], Reshaper]:
    def register(reshaper: Reshaper) -> Reshaper:
        _RESHAPERS[operation_id] = reshaper
        return reshaper

    return register


def _with_data(body: Body, data: Any) -> Body:
    return {**body, "data": data}


@_reshapes("validateEmail")
def _validation(body: Body, call: Call) -> Body:
    # Overview: {email, status, subStatus, freeEmail, disposable, catchAll}.
    result = body["data"]
    domain = result["email"].strip().lower().rpartition("@")[2]
    code = email_validation.verdict(validation_hasher(call.seed), call.seed, result["email"])
    return _with_data(
        body,
        {
            "email": result["email"],
            "status": result["result"],
            "subStatus": email_validation.SUB_STATUSES[code],
            "freeEmail": domain_profile(call.seed, domain).free_mail,
            "disposable": domain in DISPOSABLE_DOMAINS,
            "catchAll": result["isCatchAll"],
        },
    )


@_reshapes("getEmailValidationBatchResults")
def _validation_results(body: Body, call: Call) -> Body:
    # Overview: processedItems (not processedCount) and results [{email, status}].
    data = body["data"]
    return _with_data(
        body,
        {
            "batchId": data["batchId"],
            "status": data["status"],
            "totalItems": data["totalItems"],
            "processedItems": data["processedCount"],
            "results": [{"email": r["email"], "status": r["result"]} for r in data["results"]],
        },
    )


@_reshapes("findEmail")
def _finder(body: Body, call: Call) -> Body:
    # Overview: {email, confidence, firstName, lastName, domain}, no `found` (nor message,
    # provider, isCatchAll); a person not found has no email and no confidence.
    result = body["data"]
    members = ("email", "confidence", "firstName", "lastName", "domain")
    return _with_data(body, {name: result[name] for name in members if name in result})


@_reshapes("phoneLookup")
def _phones(body: Body, call: Call) -> Body:
    # Overview: {found, phones: [{number, type}]}.
    numbers = body["data"]["phones"]
    phones = [{"number": number, "type": PHONE_TYPES[min(i, 1)]} for i, number in enumerate(numbers)]
    return _with_data(body, {"found": bool(numbers), "phones": phones})


@_reshapes("reverseLookup")
def _profile(body: Body, call: Call) -> Body:
    # Overview: {found, email, linkedinUrl, firstName, lastName, title, company}; {found: false,
    # email} when there is no profile (the pages answer `data: {}`, both refund the credits).
    profile = body["data"]
    data: dict[str, Any] = {"found": bool(profile), "email": call.body["email"].strip()}
    if profile:
        data.update(
            linkedinUrl=profile["profileUrl"],
            firstName=profile["firstName"],
            lastName=profile["lastName"],
            title=profile["positions"]["positionHistory"][0]["title"],  # the current position
            company=profile["companyName"],
        )
    return _with_data(body, data)


@_reshapes("getWalletBalance")
def _balance(body: Body, call: Call) -> Body:
    # Overview: {balance} only.
    return _with_data(body, {"balance": body["data"]["balance"]})
