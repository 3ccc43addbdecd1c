"""What the live contract check prints: one line per call, the details of every mismatch (what
differed and the start of the body) and a summary line. Everything goes through `Report.line`,
which removes the API key from the text first: the key is never printed, whatever echoes it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TextIO
from urllib.parse import quote

BODY_EXCERPT = 300  # characters of a mismatching body shown
SCRUBBED = "[API key]"


@dataclass
class Outcome:
    """One call of the check and what was wrong with its answer (nothing: it conforms)."""

    operation_id: str
    label: str  # "GET /wallets/balance"
    status: int | None  # None: no HTTP answer
    problems: list[str] = field(default_factory=list)
    body: str = ""


@dataclass
class Report:
    out: TextIO
    secret: str
    outcomes: list[Outcome] = field(default_factory=list)
    not_run: list[str] = field(default_factory=list)

    def line(self, text: str) -> None:
        self.out.write(scrub(text, self.secret) + "\n")
        self.out.flush()

    def add(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        status = "no answer" if outcome.status is None else str(outcome.status)
        verdict = "MISMATCH" if outcome.problems else "ok"
        self.line(f"{verdict:<8} {outcome.label} -> {status} ({outcome.operation_id})")
        for problem in outcome.problems:
            self.line("    - " + problem.strip().replace("\n", "\n      "))
        if outcome.problems and outcome.body:
            self.line("    body: " + excerpt(scrub(outcome.body, self.secret)))  # scrubbed before it is cut

    def skip(self, operation_id: str, reason: str) -> None:
        self.not_run.append(operation_id)
        self.line(f"{'not run':<8} {operation_id}: {reason}")

    @property
    def mismatches(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.problems]

    def summary(self, credits: str) -> None:
        self.line(
            f"live contract check: {len(self.outcomes)} calls, {len(self.outcomes) - len(self.mismatches)}"
            f" conform, {len(self.mismatches)} mismatches, {len(self.not_run)} not run; {credits}"
        )


def excerpt(body: str) -> str:
    flat = " ".join(body.split())
    return flat if len(flat) <= BODY_EXCERPT else flat[:BODY_EXCERPT] + f"... ({len(flat)} characters)"


def scrub(text: str, secret: str) -> str:
    """`text` without the secret, as sent or URL-encoded."""
    if not secret:
        return text
    for form in {secret, quote(secret, safe="")}:
        text = text.replace(form, SCRUBBED)
    return text
