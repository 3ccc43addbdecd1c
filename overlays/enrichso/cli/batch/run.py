"""One batch command from start to end: check the input, submit, wait with a progress bar, and
write every input row with its result columns, in order."""

from __future__ import annotations

import hashlib
import os
import shlex
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ... import errors
from ...journal import JournalConflictError
from ...pipeline.needs import ERROR_COLUMN, BatchKind
from ...pipeline.webhook import check_webhook_url
from ..exit_codes import ExitCode
from ..failures import CliError, UsageError
from ..pipes import stdout_closed
from ..render import print_json
from ..reporting import MOCK_JOBS_END, reporter, whole
from ..session import Session, session
from ..signals import ignoring_signals
from ..tabular.columns import Field
from ..tabular.formats import InputFormat
from ..tabular.source import InputFile, open_input, refuse_if_changed
from ..terminal import printable
from .fanout import EnrichedRows, output_columns
from .formulas import EscapeFormulas, escaped_columns
from .journal_hook import RunJournal, open_run_journal
from .output import OutputFormat, check_libraries, checked_target, open_output, output_format
from .plan import BatchPlan, plan_batch
from .progress import BatchProgress
from .sdk import ingest, run_many, settlement, submit_chunks, unusable_rows

if TYPE_CHECKING:
    from ... import JobStatus
    from ...pipeline import Ingested, PipelineResult


@dataclass
class BatchOptions:
    input: str
    output: str | None = None
    output_format: OutputFormat | None = None
    input_format: InputFormat | None = None
    columns: dict[Field, str] = field(default_factory=dict)
    no_wait: bool = False
    timeout: float | None = None
    webhook_url: str | None = None
    max_credits: float | None = None
    batch_size: int | None = None
    delimiter: str | None = None  # the input's; None: sniffed from its header line
    skip_invalid: bool = False  # write invalid rows with enrich_error instead of refusing the file
    escape_formulas: EscapeFormulas = EscapeFormulas.RESULTS
    restart: bool = False


def run_batch(kind: BatchKind, options: BatchOptions) -> None:
    try:
        _run_batch(kind, options)
    except JournalConflictError as exc:  # an earlier run's journal refused this submit
        raise UsageError(str(exc)) from exc
    except errors.JournalError as exc:
        raise CliError(_journal_trouble(exc), ExitCode.JOURNAL) from exc


def _journal_trouble(exc: errors.JournalError) -> str:
    """What to do about a journal that cannot be read (it may hold the only record of jobs an
    earlier run submitted: going on would reserve their credits again)."""
    if isinstance(exc, errors.JournalInUseError):
        return str(exc)  # another run holds it: waiting is the answer, not --restart
    return (
        f"{exc}. This run stopped before submitting anything. The file records what an earlier run "
        "of this input submitted: check `enrichso wallet transactions --type deduction` for its "
        "reservations (and `enrichso jobs results` to read those jobs), then run the same command with "
        f"--restart to start afresh (charged again), or repair or move {exc.path or 'the file'}"
    )


def _run_batch(kind: BatchKind, options: BatchOptions) -> None:
    current = session()
    if options.webhook_url and not options.no_wait:
        raise UsageError("--webhook-url goes with --no-wait (a waiting run reads the results itself)")
    check_webhook_url(kind.product, options.webhook_url)  # the SDK's check, before the input is read
    format = output_format(options.output, options.output_format, current.json)  # a bad -o name: refused now
    if not options.no_wait:
        check_libraries(format)  # Parquet without pyarrow: refused now, not after the paid submit
        if format is OutputFormat.PARQUET and options.output in (None, "-") and sys.stdout.isatty():
            raise UsageError(
                "Parquet is binary: write it to a file (-o NAME.parquet) or to a pipe; nothing was submitted"
            )
    if not options.no_wait and options.output not in (None, "-"):
        checked_target(options.output, options.input)  # now: after the submit, a typo costs credits
    current.output_to_file = not options.no_wait and options.output not in (None, "-")
    if stdout_closed() and not current.output_to_file:
        # `>&-`: Python has no stdout to write to (the job ids, or the rows after the paid job)
        what = "the job ids --no-wait prints" if options.no_wait else "the rows (give -o FILE)"
        raise UsageError(f"standard output is closed: nowhere to write {what}; nothing was submitted")
    with open_input(options.input) as source:
        plan = plan_batch(
            source,
            kind,
            input_format=options.input_format,
            named=options.columns,
            delimiter=options.delimiter,
            skip_invalid=options.skip_invalid,
        )
        target_format = output_format_for(plan, options.output, options.output_format, current.json)
        # one pass checks every row and hands it to the SDK's ingest (local: nothing is sent)
        with ingest(kind, plan.checked_items()) as data:
            plan.verdict()
            _describe(plan, data)
            if options.no_wait:
                _submit_only(current, plan, data, options)
                return
            _run_and_write(current, plan, data, options, target_format)


def output_format_for(
    plan: BatchPlan, output: str | None, explicit: OutputFormat | None, json_mode: bool
) -> OutputFormat:
    """The output's format: as asked, else from the -o name; to stdout, the input's own when it is
    delimited (a TSV gives TSV), else CSV (JSON lines with --json)."""
    format = output_format(output, explicit, json_mode)
    to_stdout = output in (None, "-") and explicit is None and not json_mode
    if to_stdout and plan.layout.format is InputFormat.TSV:
        return OutputFormat.TSV
    return format


def csv_delimiter(plan: BatchPlan) -> str:
    """A CSV output's delimiter: the input's when it is a CSV (semicolons stay semicolons)."""
    return plan.layout.delimiter if plan.layout.format is InputFormat.CSV else ","


def _describe(plan: BatchPlan, data: Ingested) -> None:
    unique = data.unique_count
    invalid = len(plan.invalid)
    duplicates = plan.rows - unique - (unusable_rows(data) - invalid)
    repeats = ""
    if duplicates:
        repeats = f"; {_count(duplicates, 'duplicate row')} answered from the same lookups"
    items = f"{unique:,} unique {plan.kind.noun if unique == 1 else plan.kind.plural}"
    if invalid:
        repeats += f"; {_count(invalid, 'invalid row')} not sent (--skip-invalid)"
    reporter.note(f"{plan.source.name}: {_count(plan.rows + invalid, 'row')}, {items}{repeats}")


def _submit_only(current: Session, plan: BatchPlan, data: Ingested, options: BatchOptions) -> None:
    if not data.unique_count:  # --skip-invalid with every row invalid: no job, so no id to print
        raise UsageError(f"{plan.source.name}: no valid row to submit; nothing was submitted")
    client = current.client()
    # the run's own journal: the same command without --no-wait (or again with it) re-attaches
    # to these jobs instead of submitting, and paying for, the same items again
    journal = open_run_journal(
        plan.source,
        plan.kind.job_kind,
        lambda: _organization(current),
        base_url=client.base_url,
        persistent=not current.mock,
        output=None,
        format="csv",
        restart=options.restart,
    )
    jobs: list[dict[str, object]] = []
    try:
        batches = submit_chunks(
            client, plan.kind, data, options.batch_size, options.webhook_url, journal, options.max_credits
        )
        for job_id, count, reserved in batches:  # past the per-job maximum: several jobs
            jobs.append({"id": job_id, "kind": plan.kind.command, "items": count})
            if reserved is not None:
                jobs[-1]["credits_reserved"] = whole(reserved)
            if job_id in journal.reattached:
                jobs[-1]["submitted_earlier"] = True
    except BaseException as stopped:
        _stopped(current, plan.kind, journal, stopped)
        raise
    journal.close()  # kept until a run writes the rows: it re-attaches to these jobs
    if current.json:
        print_json({"jobs": jobs})
    else:
        for job in jobs:
            print(printable(str(job["id"])))  # the API's id
    first = jobs[0]["id"]
    if current.mock:
        reporter.note(f"submitted {len(jobs)} {plan.kind.title} job(s); {MOCK_JOBS_END}")
        return
    join = _join_command(plan, options, str(first)) if len(jobs) == 1 else None
    rows = f"`{join}` (every row of the input with its result, as this command without --no-wait writes them)"
    if join is None:
        read = f"`enrichso jobs results {plan.kind.command} {first} -o results.csv`"
    elif journal.persistent:
        read = f"{rows} or this command without --no-wait (it waits for these jobs, not submitting again)"
    else:
        read = rows
    reporter.note(
        f"submitted {len(jobs)} {plan.kind.title} job(s); follow up with "
        f"`enrichso jobs wait {plan.kind.command} {first}` and {read}"
    )
    if not journal.persistent:  # nothing records these jobs for a rerun (said above why)
        reporter.note(
            "no journal records these jobs: this command run again, with --no-wait or without, "
            "would submit, and pay for, every item again",
            always=True,
        )


def _join_command(plan: BatchPlan, options: BatchOptions, job_id: str) -> str | None:
    """`jobs results ... --input FILE`, which joins a job's results onto the rows it was submitted
    from (None for standard input: nothing to read again)."""
    if options.input == "-" or plan.source.name == "<stdin>":
        return None
    words = ["enrichso", "jobs", "results", plan.kind.command, job_id, "--input", options.input]
    if options.input_format is not None:
        words += ["--input-format", options.input_format.value]
    if options.delimiter is not None:
        words += ["--delimiter", options.delimiter]
    if len(options.columns) == 1 and len(plan.kind.needs) == 1:
        words += ["--column", *options.columns.values()]
    return shlex.join([*words, "-o", "OUT.csv"])


def _run_and_write(
    current: Session, plan: BatchPlan, data: Ingested, options: BatchOptions, target_format: OutputFormat
) -> None:
    columns = output_columns(plan)  # refuses an input column a result column would hide
    client = current.client()
    kind = plan.kind
    # a device, a FIFO or /dev/stdout is written in place: no partial file to resume from
    to_file = options.output not in (None, "-") and checked_target(options.output).replace
    # a Parquet file cannot be continued from a byte offset: a resumed run re-attaches to its jobs
    # and writes the file anew
    to_file = to_file and target_format is not OutputFormat.PARQUET
    journal = open_run_journal(
        plan.source,
        kind.job_kind,
        lambda: _organization(current),
        base_url=client.base_url,
        persistent=not current.mock,  # the --mock simulator and its jobs end with this command
        output=Path(str(options.output)) if to_file else None,
        format=target_format.value,
        escape=options.escape_formulas.value,
        restart=options.restart,
    )
    unique = data.unique_count
    reserved = kind.price * unique  # what a submit reserves (docs/api-notes.md 8)
    started = time.monotonic()
    processed: dict[str, int] = {}
    show = not (current.quiet or current.json)
    progress = BatchProgress(kind.title, unique, enabled=show)

    def on_progress(status: JobStatus) -> None:
        if status.processed is not None:
            processed[status.id] = status.processed
        progress.advance_to(sum(processed.values()))
        progress.state(status.state)

    try:
        with progress:
            progress.credits(reserved=reserved)
            # the items were read from another file than the journal's
            refuse_if_changed(
                plan.source, _READ_TWICE, "nothing was submitted: run the command again", ExitCode.USAGE
            )
            progress.state("submitting")
            results = run_many(
                client,
                kind,
                data,
                journal=journal,
                on_progress=on_progress,
                timeout=options.timeout,
                max_credits=options.max_credits,
                batch_size=options.batch_size,
            )
            first = next(results, None)  # submits (or re-attaches) and waits here; no output before
            cells = target_format in (OutputFormat.CSV, OutputFormat.TSV)
            rows = _rows(plan, journal, first, results, cells=cells)
            progress.advance_to(unique)
            progress.state("writing")
            escape = escaped_columns(options.escape_formulas, columns, plan.kind.output_columns)
            try:
                _write(rows, options.output, target_format, columns, escape, journal, csv_delimiter(plan))
            except BrokenPipeError:  # the reader of standard output left: main.run() ends quietly
                raise
            except OSError as error:  # a full disk, a file over its size limit...: the job is paid
                raise _unwritten(current, options.output, error) from error
            settled = _settlement(current, kind, journal.job_ids)
            if settled is not None:
                progress.credits(used=settled[0])
            progress.state("done")
    except BaseException as stopped:
        _stopped(current, kind, journal, stopped)
        if current.mock and isinstance(stopped, errors.WaitTimeoutError):
            raise CliError(
                f"{kind.title} job {stopped.job_id} did not finish within {options.timeout} s; the --mock "
                "simulator stops with this command, so raise --mock-speed or --wait-timeout",
                ExitCode.WAIT_TIMEOUT,
            ) from stopped
        raise
    with ignoring_signals():  # see ignoring_signals: the rows are all in place
        journal.finish()
        unknown = rows.unknown
        elapsed = time.monotonic() - started
        where = options.output if options.output not in (None, "-") else "stdout"
        spent = ""
        if settled is not None:
            spent = f"; credits: {settled[0]:,.0f} charged, {settled[1]:,.0f} refunded"
        skipped = f" ({rows.invalid:,} invalid, not sent: see {ERROR_COLUMN})" if rows.invalid else ""
        written = plan.rows + len(plan.invalid)
        reporter.note(f"wrote {_count(written, 'row')}{skipped} to {where} in {elapsed:.1f} s{spent}")
        if unknown:  # never a success: a script must not take these rows for answered ones
            jobs = " ".join(journal.job_ids)
            raise CliError(
                f"{_count(unknown, 'row')} without a known result (see the {ERROR_COLUMN} column); "
                f"`enrichso jobs results {kind.command} ID` lists what the job(s) returned: {jobs}",
                ExitCode.INCOMPLETE,
            )


def _rows(
    plan: BatchPlan,
    journal: RunJournal,
    first: PipelineResult[Any, Any] | None,
    results: Iterator[PipelineResult[Any, Any]],
    *,
    cells: bool,
) -> EnrichedRows:
    """The output rows, after those an earlier run of the same command already wrote."""
    remaining = chain((first,), results) if first is not None else results
    point = journal.resumed
    total = plan.rows + len(plan.invalid)
    where = f"continuing an interrupted run, resuming run from {journal.path}"
    if point is None:
        if journal.reattached:  # the jobs are re-attached, the output is written anew
            ids = " ".join(journal.reattached)
            reporter.note(f"{where}: re-attached to job(s) {ids}, nothing is submitted again")
        return EnrichedRows(plan, remaining, cells=cells)
    reporter.note(f"{where}: {point.row:,} of {total:,} rows already answered and written")
    return EnrichedRows(plan, remaining, cells=cells, skip=point.row)


def _write(
    rows: EnrichedRows,
    output: str | None,
    format: OutputFormat,
    columns: list[str],
    escape: frozenset[str],
    journal: RunJournal,
    delimiter: str,
) -> None:
    """Write every row (rows.unknown then counts those without a known result)."""
    target = journal.output
    point = journal.resumed
    resume_at = int(point.extra["bytes"]) if point is not None and point.extra is not None else None
    with open_output(
        output,
        format,
        columns,
        escape=escape,
        partial=target.partial if target else None,
        resume_at=resume_at,
        delimiter=delimiter,
        schema=parquet_schema(rows.plan) if format is OutputFormat.PARQUET else None,
        results=rows.plan.kind.output_columns,
    ) as writer:
        journal.attach(writer)
        write = writer.write_cells if rows.cells else writer.write
        _refuse_if_changed(rows.plan.source)
        for row in rows:
            write(row)
        _refuse_if_changed(rows.plan.source)  # before the output is put in place


def _unwritten(current: Session, output: str | None, error: OSError) -> CliError:
    """The output failed once the job was paid for: how to finish without paying again (exit 10)."""
    where = output if output not in (None, "-") else "standard output"
    problem = error.strerror or str(error)
    if current.mock:  # the simulator, its jobs and its results end with this command
        again = "the --mock simulator and its results end with this command: run it again once it can write"
    else:
        room = "make room (or give another -o)" if output not in (None, "-") else "give it room (or -o FILE)"
        again = (
            f"the results are kept in this run's journal: {room} and run `{resume_command()}` "
            "again; it re-attaches to the job(s) and writes the rows, nothing is charged again"
        )
    return CliError(f"cannot write {where}: {problem}; {again}", ExitCode.OUTPUT)


_READ_TWICE = "to check it and send its items, then again to write each row next to its result"


def _refuse_if_changed(source: InputFile) -> None:
    """The output pass reads the input again: refused (no output) if it is not the file whose
    items were sent, or rows would be written with another row's result."""
    refuse_if_changed(
        source,
        _READ_TWICE,
        "the output was not written. Put the file back as it was and run the same command again: "
        "it re-attaches to the job(s) already submitted",
        ExitCode.SERVER,
    )


def parquet_schema(plan: BatchPlan) -> Any:
    """A Parquet input's Arrow schema (its columns keep their types in a Parquet output)."""
    if plan.layout.format is not InputFormat.PARQUET:
        return None
    from ..tabular import parquet

    return parquet.schema(plan.source)


def _stopped(current: Session, kind: BatchKind, journal: RunJournal, stopped: BaseException) -> None:
    """A run that stops early: says what it leaves behind, and keeps its journal when there is
    something to continue. A second Ctrl-C (or SIGTERM) while it does is ignored: it would cut
    short the lines naming the jobs that keep running and the command that resumes (no request
    is made meanwhile, except the one that settles a failed job, made before)."""
    failed = stopped if isinstance(stopped, errors.JobFailedError) else None
    settled = _settlement(current, kind, [failed.job_id]) if failed is not None else None
    with ignoring_signals():
        _explain_interruption(current, kind, journal, stopped, settled)
        journal.drop_unrecorded_output()
        if journal.worth_keeping or isinstance(stopped, errors.JournalError):
            journal.close()  # kept: the same command continues this run
        else:
            journal.finish()  # nothing was submitted: nothing to continue


def _explain_interruption(
    current: Session,
    kind: BatchKind,
    journal: RunJournal,
    stopped: BaseException,
    settled: tuple[float, float] | None,
) -> None:
    if isinstance(stopped, errors.SubmitNotReconciledError) and journal.path is not None:
        reporter.note(f"this run's journal is {journal.path}", always=True)
    elif journal.sending and journal.persistent and not current.mock:
        reporter.note(
            "stopped while a submit was on its way: it is recorded as sent, its answer unknown; "
            f"resume with `{resume_command()}` (it checks the wallet and adopts the job if the "
            "API took it, so nothing is reserved twice)",
            always=True,
        )
    elif journal.unknown:
        reporter.note(
            "a submit may or may not have reached the API; "
            "check `enrichso wallet transactions --type deduction` before resubmitting",
            always=True,
        )
    if isinstance(stopped, errors.JobFailedError):
        # A failed job's reservation is refunded when its results are first read (_stopped did)
        if settled is not None:
            reporter.note(
                f"job {stopped.job_id}: {settled[0]:,.0f} credits charged, {settled[1]:,.0f} refunded",
                always=True,
            )
        return
    if not journal.job_ids:
        return
    if current.mock:  # the simulator, and its jobs, end with this command
        return
    ids = " ".join(journal.job_ids)
    again = (
        f" resume with `{resume_command()}` (nothing is submitted twice), or" if journal.persistent else ""
    )
    reporter.note(
        f"submitted job(s) keep running on the server: {ids};{again} re-attach with "
        f"`enrichso jobs wait {kind.command} ID` and `enrichso jobs results {kind.command} ID -o FILE`",
        always=True,
    )


def resume_command() -> str:
    """This very command line, to run again (quoted for a POSIX shell), without --restart (it
    would forget what this run submitted) and without an --api-key value (never shown)."""
    words, skip = ["enrichso"], False
    for word in sys.argv[1:]:
        if skip or word == "--restart" or word.startswith("--api-key="):
            skip = False
            continue
        if word == "--api-key":
            skip = True
            continue
        words.append(word)
    return shlex.join(words)


def _settlement(current: Session, kind: BatchKind, batch_ids: list[str]) -> tuple[float, float] | None:
    try:
        return settlement(current.client(), kind, batch_ids)
    except errors.APIError:  # the figures are a courtesy: never fail a finished run over them
        return None


def _organization(current: Session) -> str:
    """Whose run the journal records: the key's organization id, or, when the balance does not
    name it (the API Reference overview's balance is `{balance}` alone), a digest of the key
    (the journal's file name is a digest of this: the key never appears)."""
    organization = current.client().wallets.balance().data.organization_id
    if organization is not None:
        return organization
    # the key as the client uses it (it refused a missing or malformed one above)
    key = current.api_key if current.api_key is not None else os.environ.get("ENRICH_API_KEY", "")
    return "key-sha256:" + hashlib.sha256(key.strip().encode()).hexdigest()


def _count(count: int, noun: str) -> str:
    return f"{count:,} {_plural(noun, count)}"


def _plural(noun: str, count: int) -> str:
    if count == 1:
        return noun
    return noun + ("es" if noun.endswith("s") else "s")
