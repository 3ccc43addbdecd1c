"""`enrichso <product> batch FILE`: one command per batch product."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ..batch.formulas import EscapeFormulas
from ..batch.products import EMAIL_FINDER, EMAIL_VALIDATION, IP_TO_COMPANY, PHONE_FINDER, REVERSE_LOOKUP
from ..batch.run import BatchOptions, run_batch
from ..tabular.columns import Field
from ..tabular.formats import parse_delimiter
from .options import (
    BatchNoWaitOption,
    BatchSizeOption,
    DelimiterOption,
    EscapeFormulasOption,
    FormatOption,
    InputArgument,
    InputFormatOption,
    MaxCreditsOption,
    OutputOption,
    RestartOption,
    SkipInvalidOption,
    TimeoutOption,
    WebhookOption,
)

ColumnOption = Annotated[
    str | None, typer.Option("--column", "-c", metavar="NAME", help="The column to read (default: detected).")
]


def _options(columns: dict[Field, str], given: dict[str, Any]) -> BatchOptions:
    """BatchOptions from a command's arguments (its locals(): every batch command takes the same
    options, ip-to-company all but --webhook-url)."""
    delimiter = given["delimiter"]
    return BatchOptions(
        input=given["input"],
        output=given["output"],
        output_format=given["format"],
        input_format=given["input_format"],
        columns=columns,
        no_wait=given["no_wait"],
        timeout=given["timeout"],
        webhook_url=given.get("webhook_url"),
        max_credits=given["max_credits"],
        batch_size=given["batch_size"],
        delimiter=None if delimiter is None else parse_delimiter(delimiter),
        skip_invalid=given["skip_invalid"],
        escape_formulas=given["escape_formulas"],
        restart=given["restart"],
    )


def _named(**columns: tuple[Field, str | None]) -> dict[Field, str]:
    return {field: name for field, name in columns.values() if name}


def email_validation_batch(
    input: InputArgument,
    output: OutputOption = None,
    format: FormatOption = None,
    input_format: InputFormatOption = None,
    column: ColumnOption = None,
    no_wait: BatchNoWaitOption = False,
    timeout: TimeoutOption = None,
    webhook_url: WebhookOption = None,
    max_credits: MaxCreditsOption = None,
    batch_size: BatchSizeOption = None,
    delimiter: DelimiterOption = None,
    skip_invalid: SkipInvalidOption = False,
    escape_formulas: EscapeFormulasOption = EscapeFormulas.RESULTS,
    restart: RestartOption = False,
) -> None:
    """Validate every email of a file (1 credit per unique email; risky verdicts are free).

    Adds enrich_result (valid, invalid, risky), enrich_confidence, enrich_catch_all,
    enrich_provider and enrich_message to every row."""
    run_batch(EMAIL_VALIDATION, _options(_named(email=(Field.EMAIL, column)), locals()))


def email_finder_batch(
    input: InputArgument,
    output: OutputOption = None,
    format: FormatOption = None,
    input_format: InputFormatOption = None,
    first_name_column: Annotated[
        str | None, typer.Option(metavar="NAME", help="The first name column (default: detected).")
    ] = None,
    last_name_column: Annotated[
        str | None, typer.Option(metavar="NAME", help="The last name column (default: detected).")
    ] = None,
    domain_column: Annotated[
        str | None,
        typer.Option(metavar="NAME", help="The company domain or website column (default: detected)."),
    ] = None,
    no_wait: BatchNoWaitOption = False,
    timeout: TimeoutOption = None,
    webhook_url: WebhookOption = None,
    max_credits: MaxCreditsOption = None,
    batch_size: BatchSizeOption = None,
    delimiter: DelimiterOption = None,
    skip_invalid: SkipInvalidOption = False,
    escape_formulas: EscapeFormulasOption = EscapeFormulas.RESULTS,
    restart: RestartOption = False,
) -> None:
    """Find the professional email of every person (first name, last name, company domain) of a file
    (10 credits per unique lead found; not-found leads are refunded).

    Adds enrich_found, enrich_email, enrich_confidence, enrich_catch_all, enrich_provider and
    enrich_message to every row."""
    named = _named(
        first=(Field.FIRST_NAME, first_name_column),
        last=(Field.LAST_NAME, last_name_column),
        domain=(Field.DOMAIN, domain_column),
    )
    run_batch(EMAIL_FINDER, _options(named, locals()))


def phone_finder_batch(
    input: InputArgument,
    output: OutputOption = None,
    format: FormatOption = None,
    input_format: InputFormatOption = None,
    email_column: Annotated[
        str | None, typer.Option(metavar="NAME", help="The email column (default: detected).")
    ] = None,
    linkedin_column: Annotated[
        str | None, typer.Option(metavar="NAME", help="The LinkedIn URL column (default: detected).")
    ] = None,
    no_wait: BatchNoWaitOption = False,
    timeout: TimeoutOption = None,
    webhook_url: WebhookOption = None,
    max_credits: MaxCreditsOption = None,
    batch_size: BatchSizeOption = None,
    delimiter: DelimiterOption = None,
    skip_invalid: SkipInvalidOption = False,
    escape_formulas: EscapeFormulasOption = EscapeFormulas.RESULTS,
    restart: RestartOption = False,
) -> None:
    """Find the phone numbers of every person of a file, by email or LinkedIn URL (the email when a
    row has both; 500 credits per unique person with phones found, the rest refunded).

    Adds enrich_found, enrich_phones (separated by "; " in CSV) and enrich_message to every row."""
    named = _named(email=(Field.EMAIL, email_column), linkedin=(Field.PROFILE_URL, linkedin_column))
    run_batch(PHONE_FINDER, _options(named, locals()))


def reverse_lookup_batch(
    input: InputArgument,
    output: OutputOption = None,
    format: FormatOption = None,
    input_format: InputFormatOption = None,
    column: ColumnOption = None,
    no_wait: BatchNoWaitOption = False,
    timeout: TimeoutOption = None,
    webhook_url: WebhookOption = None,
    max_credits: MaxCreditsOption = None,
    batch_size: BatchSizeOption = None,
    delimiter: DelimiterOption = None,
    skip_invalid: SkipInvalidOption = False,
    escape_formulas: EscapeFormulasOption = EscapeFormulas.RESULTS,
    restart: RestartOption = False,
) -> None:
    """Look up the professional profile behind every email of a file (10 credits per unique email
    with a profile found; at most 100,000 per job, larger files are split).

    Adds enrich_found, enrich_name, enrich_first_name, enrich_last_name, enrich_headline,
    enrich_company, enrich_location and enrich_profile_url to every row."""
    named = _named(email=(Field.EMAIL, column))
    run_batch(REVERSE_LOOKUP, _options(named, locals()))


def ip_to_company_batch(
    input: InputArgument,
    output: OutputOption = None,
    format: FormatOption = None,
    input_format: InputFormatOption = None,
    column: ColumnOption = None,
    no_wait: BatchNoWaitOption = False,
    timeout: TimeoutOption = None,
    max_credits: MaxCreditsOption = None,
    batch_size: BatchSizeOption = None,
    delimiter: DelimiterOption = None,
    skip_invalid: SkipInvalidOption = False,
    escape_formulas: EscapeFormulasOption = EscapeFormulas.RESULTS,
    restart: RestartOption = False,
) -> None:
    """Resolve the company behind every IP address of a file (100 credits per unique IP whose
    company domain is found, the rest refunded).

    Adds enrich_found, enrich_domain, enrich_organization, enrich_country, enrich_country_code,
    enrich_city and enrich_timezone to every row."""
    named = _named(ip=(Field.IP, column))
    run_batch(IP_TO_COMPANY, _options(named, locals()))
