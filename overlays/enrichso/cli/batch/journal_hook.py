"""Where a batch command records its submissions and its progress, so that the same command, run
again after an interruption (Ctrl-C, a crash, a killed CI job), re-attaches to the jobs it already
submitted and continues writing the output where it stopped, without submitting anything twice.

The record is an SDK FileJournal under the user's cache folder, one per input content (sha256),
product and organization, for one API base URL (`default_journal_path`). It lives only while a run
is unfinished: a run that completes deletes it, so running the command again later starts anew.

RunJournal wraps it for one command. It remembers the batch ids (for messages and the credit
figures), and when the output goes to a file it ties each SDK checkpoint to the output. The SDK
checkpoints only when the caller has taken every row so far, and the output pass writes each row
before it asks for the next, so the checkpoint's row count is the number of rows written: the
rows written so far are flushed and the output's length is saved with the checkpoint (the
results that duplicate rows further down still need are kept by the SDK itself). A rerun
accepts the checkpoint only if that partial output is still there (`resume_point`), truncates it
to that length and carries on from that row. Standard output cannot be taken back: a rerun writing to it
re-reads every result of the jobs (reading is free) and writes every row again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

import platformdirs

from ...journal import (
    Checkpoint,
    Chunk,
    FileJournal,
    Journal,
    JournalConflictError,
    JournalError,
    JournalInUseError,
    MemoryJournal,
    SubmitMarker,
)
from ..failures import UsageError
from ..reporting import reporter
from ..tabular.source import InputFile, content_digest


def input_digest(source: InputFile) -> str:
    """sha256 of the input's bytes (standard input is spooled to a file first)."""
    return content_digest(source)


def default_journal_path(content_digest: str, product: str, organization: str, base_url: str) -> Path:
    """The journal file of one input content, product and organization (of one API endpoint)
    under the user's cache folder."""
    parts = (content_digest, product, organization, base_url)
    key = hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]
    return Path(platformdirs.user_cache_dir("enrichso")) / "journals" / f"{product}-{key}.sqlite"


class OutputState(Protocol):
    """The output file being written, as far as checkpoints need it."""

    def position(self) -> int:
        """Flush what was written and return the file's length in bytes."""
        ...


@dataclasses.dataclass(frozen=True)
class OutputTarget:
    """Where a resumable run writes: the final file, the partial file beside it, the format, and
    which cells --escape-formulas neutralises (a partial file written with another choice is not
    continued: one file, one escaping)."""

    final: Path
    partial: Path
    format: str
    escape: str = "results"

    def matches(self, extra: Mapping[str, Any]) -> bool:
        return (
            extra.get("output") == path_text(self.final)
            and extra.get("format") == self.format
            and extra.get("escape", "results") == self.escape  # journals before it: the default
        )


class RunJournal:
    """The journal of one batch command (see the module docstring)."""

    def __init__(
        self, inner: Journal | None = None, *, output: OutputTarget | None = None, index: Path | None = None
    ) -> None:
        self.inner: Journal = inner if inner is not None else MemoryJournal()
        self.output = output
        self.index = index  # names this journal as the latest of its input file (earlier_run)
        self.job_ids: list[str] = []  # every batch this run submitted or re-attached to
        self.reattached: list[str] = []  # those an earlier run submitted
        self.unknown: list[Chunk] = []
        self.sending: set[Chunk] = set()  # submits on their way, their answer not arrived yet
        self.resumed: Checkpoint | None = None  # the checkpoint this run continues from
        self._writer: OutputState | None = None
        self._stale_partial: Path | None = None  # an earlier run's partial output, to remove at the end
        self._recorded = False  # a checkpoint of this run recorded the output's length
        self._sent = False  # the index says this run has sent a submit
        # batches an earlier run of this input recorded: a run that matches none of them was
        # started with other options (another --batch-size) and would submit everything again
        self._earlier = self.inner.batch_ids()

    @property
    def persistent(self) -> bool:
        return isinstance(self.inner, FileJournal)

    @property
    def path(self) -> Path | None:
        return self.inner.path if isinstance(self.inner, FileJournal) else None

    def attach(self, writer: OutputState) -> None:
        """From now on, checkpoints record the output's progress."""
        self._writer = writer

    @property
    def worth_keeping(self) -> bool:
        """Whether a failed run leaves anything to continue (jobs, or submits of unknown outcome)."""
        return bool(self.job_ids or self.unknown or self.sending or self._earlier)

    def finish(self) -> None:
        """The run is complete: forget it (the next run of this input starts afresh)."""
        if self._stale_partial is not None:
            self._stale_partial.unlink(missing_ok=True)
        if isinstance(self.inner, FileJournal):
            if self.index is not None and _indexed(self.index) == self.inner.path.name:
                self.index.unlink(missing_ok=True)
            self.inner.discard()

    def drop_unrecorded_output(self) -> None:
        """A stopped run's partial output that it began anew and no checkpoint records is removed:
        no rerun can continue it (one with the same -o writes it anew), and one given another -o
        (the disk was full) left it behind, taking room. (A run stopped before it began writing
        leaves an earlier run's partial file alone.)"""
        began = self._writer is not None
        if self.output is not None and began and self.resumed is None and not self._recorded:
            self.output.partial.unlink(missing_ok=True)

    def close(self) -> None:
        if isinstance(self.inner, FileJournal):
            self.inner.close()

    # ------------------------------------------------------------------ submissions
    def find(self, chunk: Chunk) -> str | None:
        try:
            found = self.inner.find(chunk)
        except JournalConflictError:
            # the SDK's journal saw these items submitted in other batches: for one input file
            # that means other options (another --batch-size)
            raise self._other_options() from None
        if found is not None:
            self.job_ids.append(found)
            self.reattached.append(found)
        return found

    def _other_options(self) -> JournalConflictError:
        where = f" ({self.path})" if self.path is not None else ""
        earlier = " ".join(sorted(self._earlier)) or "(of unknown outcome)"
        return JournalConflictError(  # the SDK's own type: the run maps it to a usage error
            f"an earlier run of this input submitted job(s) {earlier} with other "
            "options; run the same command as then to continue it, or delete its journal"
            f"{where} to start a new run (which is charged again); nothing was submitted"
        )

    def unresolved(self, chunk: Chunk) -> Sequence[SubmitMarker]:
        markers = self.inner.unresolved(chunk)
        if markers:
            self.unknown.append(chunk)  # an earlier run may have submitted it: keep the record
        return markers

    def batch_ids(self) -> set[str]:
        return self.inner.batch_ids()

    def before_submit(self, chunk: Chunk, marker: SubmitMarker) -> None:
        if self._earlier and not self.job_ids:
            raise self._other_options()
        self.inner.before_submit(chunk, marker)
        # recorded as "sent, answer unknown" until the answer comes: a run stopped now (Ctrl-C)
        # keeps its journal, and the rerun reconciles this submit instead of sending it again
        self.sending.add(chunk)
        if self.index is not None and isinstance(self.inner, FileJournal) and not self._sent:
            _index(self.index, self.inner.path, sent=True)  # a run of an edited input is refused
            self._sent = True

    def submitted(self, chunk: Chunk, batch_id: str) -> None:
        self.job_ids.append(batch_id)
        self.inner.submitted(chunk, batch_id)
        self.sending.discard(chunk)

    def outcome_unknown(self, chunk: Chunk, error: Exception) -> None:
        self.unknown.append(chunk)
        self.inner.outcome_unknown(chunk, error)
        self.sending.discard(chunk)

    def not_received(self, chunk: Chunk) -> None:
        self.inner.not_received(chunk)
        self.sending.discard(chunk)

    def completed(self, chunk: Chunk, batch_id: str) -> None:
        self.inner.completed(chunk, batch_id)

    # ------------------------------------------------------------------ progress
    def checkpoint(self, point: Checkpoint) -> None:
        if self.output is None or self._writer is None:
            return  # nothing written yet, or nothing that could be resumed
        extra = {
            "output": path_text(self.output.final),
            "partial": path_text(self.output.partial),
            "format": self.output.format,
            "escape": self.output.escape,
            "bytes": self._writer.position(),
            "records": point.row,  # every row delivered is written (see the module docstring)
        }
        self.inner.checkpoint(dataclasses.replace(point, extra=extra))
        self._recorded = True

    def resume_point(self, run: str) -> Checkpoint | None:
        point = self.inner.resume_point(run)
        if point is None or point.extra is None:
            return None
        extra = point.extra
        partial = Path(os.fsdecode(str(extra.get("partial")).encode("utf-8")))
        if self.output is None or extra.get("partial") != path_text(self.output.partial):
            # an earlier run wrote elsewhere: this run starts its output anew, and removes the
            # earlier partial file when it completes (finish)
            named = extra.get("partial") and partial.name.startswith(".") and partial.suffix == ".partial"
            self._stale_partial = partial if named else None
            return None
        length = extra.get("bytes")
        if not self.output.matches(extra) or not isinstance(length, int):
            return None
        if not partial.is_file() or partial.stat().st_size < length or extra.get("records") != point.row:
            return None
        self.resumed = point
        return point

    def hold(self, run: str, values: Mapping[int, Any]) -> None:
        self.inner.hold(run, values)

    def held(self, run: str) -> dict[int, Any]:
        return self.inner.held(run)


def path_text(path: Path) -> str:
    """A file name as the journal stores it: JSON text, which must be valid UTF-8. A name the
    file system encoding could not decode (`sortie-é.csv` under an ASCII locale, held with
    surrogates) failed the checkpoint after the submit; its bytes are read as UTF-8 instead,
    anything else escaped (the same text for the same name, run after run)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _index_path(
    source: InputFile, product: str, organization: str, base_url: str, journals: Path
) -> Path | None:
    """Where the name of the latest journal of this input file (by its path, whatever its
    content) is kept; None for standard input and pipes (no path to know them again by)."""
    if source.path != Path(source.name):  # spooled: stdin, a FIFO
        return None
    where = path_text(source.path.resolve())
    key = hashlib.sha256("\0".join((where, product, organization, base_url)).encode()).hexdigest()[:32]
    return journals / "inputs" / f"{product}-{key}.json"


def _index_entry(index: Path) -> tuple[str | None, bool]:
    """(the journal's file name, whether its run sent a submit) as the index records them."""
    try:
        entry = json.loads(index.read_text(encoding="utf-8"))
        name, sent = entry.get("journal"), entry.get("sent") is True
    except (OSError, ValueError, AttributeError):
        return None, False
    if isinstance(name, str) and "/" not in name and name.endswith(".sqlite"):
        return name, sent
    return None, False


def _indexed(index: Path) -> str | None:
    return _index_entry(index)[0]


def _index(index: Path, journal: Path, *, sent: bool = False) -> None:
    """Record `journal` as the latest of its input file, and whether its run sent a submit (best
    effort: without it, an edited input is not recognised, as before)."""
    try:
        index.parent.mkdir(parents=True, exist_ok=True)
        temporary = index.with_name(f".{index.name}.{os.getpid()}")
        temporary.write_text(json.dumps({"journal": journal.name, "sent": sent}), encoding="utf-8")
        os.replace(temporary, index)
    except OSError:
        pass


def _refuse_an_earlier_run(source: InputFile, product: str, index: Path, path: Path, restart: bool) -> None:
    """A run of this input file whose content changed since an earlier run of it stopped with
    jobs submitted: UsageError (nothing sent), unless --restart (that run is then forgotten).
    Without it the journal, one per content, was not found, and every item was submitted, and
    paid for, again while the earlier jobs ran on."""
    name, sent = _index_entry(index)
    if name is None or name == path.name:
        return
    earlier = path.with_name(name)
    if not earlier.exists():
        return
    if restart:
        forget_journal(earlier)
        return
    try:
        journal = FileJournal(earlier)
    except JournalInUseError:
        raise
    except (JournalError, OSError):
        return  # unreadable: not this check's to judge (its own run reports it)
    try:
        ids = sorted(journal.batch_ids())
    finally:
        journal.close()
    if not ids and not sent:
        return
    command = product.replace("_", "-")
    jobs = f"job(s) {' '.join(ids)}" if ids else "a submit whose answer had not arrived"
    raise UsageError(
        f"{source.name} changed since a run of it stopped with {jobs} submitted "
        f"(its journal: {earlier}); those jobs are paid for and keep running. Put the file back as "
        "it was and run the same command again to continue that run (nothing is charged again), "
        f"or read them with `enrichso jobs results {command} ID --input FILE`; run with --restart "
        "to submit this version anew (charged again); nothing was submitted"
    )


def forget_journal(path: Path) -> None:
    """Delete a journal's files (--restart: the user checked the wallet and starts afresh)."""
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def open_run_journal(
    source: InputFile,
    product: str,
    organization: Callable[[], str],
    *,
    base_url: str,
    persistent: bool,
    output: Path | None,
    format: str,
    escape: str = "results",
    restart: bool = False,
) -> RunJournal:
    """The journal of a batch command: a file under the cache folder (persistent) or memory only.
    `output` is the file the rows go to (None for standard output). `restart` forgets an earlier
    run's journal first (what it submitted is then submitted, and charged, again).

    A journal file that exists but cannot be read stops the run (JournalError): it may be the
    only record of jobs an earlier run submitted, so going on would reserve their credits again."""
    if not persistent:
        return RunJournal(None)
    owner = organization()
    try:
        path = default_journal_path(input_digest(source), product, owner, base_url)
    except RuntimeError:  # no home folder (HOME unset, a user without an entry): no cache folder
        reporter.note(
            "cannot keep a journal: no home folder to hold it (set HOME or XDG_CACHE_HOME); an "
            "interrupted run could not be continued"
        )
        return RunJournal(None)
    index = _index_path(source, product, owner, base_url, path.parent)
    if restart:
        forget_journal(path)
    existed = path.exists()
    if index is not None and not existed:
        _refuse_an_earlier_run(source, product, index, path, restart)
    try:
        journal = FileJournal(path)
    except JournalInUseError:  # another run of this input is under way: never run beside it
        raise
    except JournalError:
        if existed:
            raise
        journal = None
    except OSError:  # e.g. a read-only home
        journal = None
    if journal is None:  # nothing recorded before, and nowhere to record: run on, unresumable
        reporter.note(f"cannot keep a journal at {path}; an interrupted run could not be continued")
        return RunJournal(None)
    if index is not None:
        _index(index, path)
    target = None
    if output is not None:
        final = output.resolve()
        partial = final.with_name(f".{final.name}.{path.stem[-12:]}.partial")
        target = OutputTarget(final, partial, format, escape)
    return RunJournal(journal, output=target, index=index)
