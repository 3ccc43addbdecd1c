"""Journals: where a *_many pipeline writes down what it submitted and how far it has read, so a
run that is interrupted and started again re-attaches to its batches, resumes reading where it
stopped, and never submits a second time a batch the server may have received.

    from enrichso.journal import FileJournal
    with FileJournal("emails.journal") as journal:
        for row in client.email_validation.validate_many(emails, journal=journal):
            ...

What the pipeline tells a journal, in order (see pipeline/reconcile.py for the submit protocol):

- `find(chunk)`: a batch id already recorded for this chunk means "re-attach, do not submit";
  `unresolved(chunk)`: the markers of earlier attempts whose outcome is unknown (a crash or an
  ambiguous failure during the submit): they are reconciled through the wallet first.
- `before_submit(chunk, marker)` BEFORE each request leaves (durably: a crash during the submit
  is then visible to the next run), then `submitted(chunk, batch_id)` once the batch id is known
  (from the answer, or adopted from the wallet), `outcome_unknown(chunk, error)` when the answer
  was lost, or `not_received(chunk)` when the server provably did not take it.
- `checkpoint(point)` each time the caller has taken every row emitted so far and the reading
  position is clean (at most about twice a second), `hold(run, values)` first for results that
  rows still ahead in the input need (duplicates), `completed(chunk, batch_id)` per chunk read.
- `resume_point(run)` / `held(run)` when a run starts: where to resume delivering rows.

A `Chunk` is identified by its product, position, size and a fingerprint of its items, and a run
by the fingerprints of all its chunks, so one journal file can serve several inputs; a different
input simply finds nothing to resume. The same items in another order are refused
(JournalConflictError): the batches recorded answer them in the earlier run's order. FileJournal
is the SQLite (WAL) implementation, locked to one process at a time; MemoryJournal keeps the same
record in memory (what a run without a journal uses).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeVar

import orjson

from .errors import JournalConflictError, JournalError, JournalInUseError, JournalStaleError

if TYPE_CHECKING:
    import sqlite3

T = TypeVar("T")

__all__ = [
    "Checkpoint",
    "Chunk",
    "FileJournal",
    "Journal",
    "JournalConflictError",
    "JournalError",
    "JournalInUseError",
    "JournalStaleError",
    "MemoryJournal",
    "SubmitMarker",
]


@dataclass(frozen=True)
class Chunk:
    """One submission of a pipeline: the product, its position, its size, and a fingerprint of
    its normalised, deduplicated items (sha256 hex) that identifies it across runs. `members`
    ("" when not known): digests of its run's items in any order and of its run's chunks, by
    which a FileJournal refuses to submit again items an earlier run submitted in another order
    or cut into other chunks (pipeline/members.py)."""

    product: str
    index: int
    size: int
    fingerprint: str
    members: str = field(default="", compare=False)

    @property
    def key(self) -> str:
        return f"{self.product}:{self.index}:{self.size}:{self.fingerprint}"


@dataclass(frozen=True)
class SubmitMarker:
    """Where the wallet stood just before a submit was sent: the newest deduction's id and
    creation time (None when there was none yet), the balance (None when unknown) and the local
    time (epoch seconds). `readable` is False when the transactions could not be read: such an
    attempt cannot be reconciled, and an ambiguous failure of it is reported instead."""

    newest_id: str | None
    newest_at: str | None
    taken_at: float
    readable: bool = True
    balance: float | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SubmitMarker:
        return cls(
            newest_id=data.get("newest_id"),
            newest_at=data.get("newest_at"),
            taken_at=float(data.get("taken_at", 0.0)),
            readable=bool(data.get("readable", True)),
            balance=float(data["balance"]) if isinstance(data.get("balance"), int | float) else None,
        )


@dataclass(frozen=True)
class Checkpoint:
    """A clean place to resume a run: read chunk `chunk` from results page `page`; unique items
    below `frontier` are settled and rows below `row` were delivered. `extra` is the caller's
    own data, saved with it (the CLI keeps its output file's length there)."""

    run: str
    chunk: int
    page: int
    frontier: int
    row: int
    extra: Mapping[str, Any] | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "extra": dict(self.extra) if self.extra is not None else None}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Checkpoint:
        return cls(
            run=str(data["run"]),
            chunk=int(data["chunk"]),
            page=int(data["page"]),
            frontier=int(data["frontier"]),
            row=int(data["row"]),
            extra=data.get("extra"),
        )


class Journal(Protocol):
    """What a pipeline needs from a journal (FileJournal and MemoryJournal implement it)."""

    def find(self, chunk: Chunk) -> str | None:
        """The batch id already submitted for this chunk, if any."""
        ...

    def unresolved(self, chunk: Chunk) -> Sequence[SubmitMarker]:
        """The markers of the attempts at this chunk whose outcome is not known, oldest first."""
        ...

    def batch_ids(self) -> set[str]:
        """Every batch id recorded (a reconciliation never adopts one of them for another chunk)."""
        ...

    def before_submit(self, chunk: Chunk, marker: SubmitMarker) -> None: ...

    def submitted(self, chunk: Chunk, batch_id: str) -> None: ...

    def outcome_unknown(self, chunk: Chunk, error: Exception) -> None: ...

    def not_received(self, chunk: Chunk) -> None: ...

    def completed(self, chunk: Chunk, batch_id: str) -> None: ...

    def checkpoint(self, point: Checkpoint) -> None: ...

    def resume_point(self, run: str) -> Checkpoint | None: ...

    def hold(self, run: str, values: Mapping[int, Any]) -> None:
        """Keep JSON-able results by unique item number until the run ends."""
        ...

    def held(self, run: str) -> dict[int, Any]: ...


_SENDING, _UNKNOWN, _NOT_RECEIVED, _RESOLVED = "sending", "unknown", "not-received", "resolved"


class MemoryJournal:
    """The journal of one run, in memory: nothing survives the process."""

    def __init__(self) -> None:
        self._attempts: dict[str, list[tuple[SubmitMarker, str]]] = {}
        self._batches: dict[str, str] = {}
        self._completed: set[str] = set()
        self._checkpoints: dict[str, Checkpoint] = {}
        self._held: dict[str, dict[int, Any]] = {}

    def find(self, chunk: Chunk) -> str | None:
        return self._batches.get(chunk.key)

    def unresolved(self, chunk: Chunk) -> list[SubmitMarker]:
        return [m for m, state in self._attempts.get(chunk.key, []) if state in (_SENDING, _UNKNOWN)]

    def batch_ids(self) -> set[str]:
        return set(self._batches.values())

    def before_submit(self, chunk: Chunk, marker: SubmitMarker) -> None:
        self._attempts.setdefault(chunk.key, []).append((marker, _SENDING))

    def _mark(self, chunk: Chunk, state: str, only: tuple[str, ...] = (_SENDING, _UNKNOWN)) -> None:
        attempts = self._attempts.get(chunk.key, [])
        self._attempts[chunk.key] = [(m, state if s in only else s) for m, s in attempts]

    def submitted(self, chunk: Chunk, batch_id: str) -> None:
        self._mark(chunk, _RESOLVED)
        self._batches[chunk.key] = batch_id

    def outcome_unknown(self, chunk: Chunk, error: Exception) -> None:
        self._mark(chunk, _UNKNOWN, (_SENDING,))

    def not_received(self, chunk: Chunk) -> None:
        self._mark(chunk, _NOT_RECEIVED)

    def completed(self, chunk: Chunk, batch_id: str) -> None:
        self._completed.add(chunk.key)

    def checkpoint(self, point: Checkpoint) -> None:
        self._checkpoints[point.run] = point

    def resume_point(self, run: str) -> Checkpoint | None:
        return self._checkpoints.get(run)

    def hold(self, run: str, values: Mapping[int, Any]) -> None:
        self._held.setdefault(run, {}).update(values)

    def held(self, run: str) -> dict[int, Any]:
        return dict(self._held.get(run, {}))


_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS attempts (
        chunk TEXT NOT NULL, attempt INTEGER NOT NULL, marker TEXT NOT NULL, state TEXT NOT NULL,
        error TEXT, at REAL NOT NULL, PRIMARY KEY (chunk, attempt))""",
    """CREATE TABLE IF NOT EXISTS batches (
        chunk TEXT PRIMARY KEY, batch_id TEXT NOT NULL, completed INTEGER NOT NULL DEFAULT 0,
        at REAL NOT NULL)""",
    "CREATE TABLE IF NOT EXISTS checkpoints (run TEXT PRIMARY KEY, data TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS members (chunk TEXT PRIMARY KEY, items TEXT NOT NULL, run TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS members_items ON members (items)",
    """CREATE TABLE IF NOT EXISTS held (
        run TEXT NOT NULL, key INTEGER NOT NULL, value TEXT NOT NULL, PRIMARY KEY (run, key))""",
)


class _Database:
    """The journal's SQLite connection, its errors raised as JournalError naming the file."""

    def __init__(self, path: Path, sqlite: Any) -> None:
        self._path = path
        self._error: type[Exception] = sqlite.Error
        try:
            self._db = sqlite.connect(path, isolation_level=None, check_same_thread=False)
        except self._error as exc:
            raise JournalError(f"the journal {path} cannot be opened: {exc}", path=str(path)) from exc

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
        try:
            cursor: sqlite3.Cursor = self._db.execute(sql, parameters)
        except self._error as exc:
            raise JournalError(
                f"the journal {self._path} cannot be used: {exc}", path=str(self._path)
            ) from exc
        return cursor

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            self._db.executemany(sql, rows)
        except self._error as exc:
            raise JournalError(
                f"the journal {self._path} cannot be used: {exc}", path=str(self._path)
            ) from exc

    def close(self) -> None:
        self._db.close()


def _create(path: Path, sqlite: Any) -> None:
    """A new, empty journal at `path`, written under a temporary name and renamed into place: a
    crash while creating it leaves no file at `path` (never one without the schema, which a
    rerun would refuse as unreadable). The caller holds the journal's lock."""
    draft = path.with_name(path.name + ".new")
    draft.unlink(missing_ok=True)  # a crashed creation's leftover
    database = _Database(draft, sqlite)
    try:
        for statement in _SCHEMA:
            database.execute(statement)
    finally:
        database.close()
    draft.replace(path)


def _is_journal(database: _Database) -> bool:
    """Whether the file has a journal's tables (SQLite opens a zero-byte file as a new database)."""
    found = database.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'attempts'")
    return bool(found.fetchone()[0])


class FileJournal:
    """A journal in an SQLite file (WAL). Submissions are written with a full sync before the
    request leaves; checkpoints with a normal sync (they survive a killed process, and at worst a
    power cut makes a run re-read a few pages).

    resume_rows: True (default) makes a rerun yield only the rows the previous run had not yet
    delivered (`row.index` says where it resumed); False re-delivers every row, re-reading the
    results of the batches already submitted (they are still never submitted twice).

    Only one process may use a journal file at a time, and only one run submit with a
    FileJournal object at a time (JournalInUseError otherwise). Close it
    (or use `with`); `discard()` closes and deletes it, for a run that finished."""

    def __init__(self, path: str | os.PathLike[str], *, resume_rows: bool = True) -> None:
        self.path = Path(path)
        self.resume_rows = resume_rows
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # e.g. a file where the folder should be
            raise JournalError(
                f"the journal's folder {self.path.parent} cannot be created: {exc}", path=str(self.path)
            ) from exc
        import sqlite3  # here, not at the top: `import enrichso` stays quick

        self._lock: IO[bytes] | None = _lock_file(self._lock_path)
        try:
            if not self.path.exists():
                _create(self.path, sqlite3)
            self._db = _Database(self.path, sqlite3)
            if not _is_journal(self._db):  # e.g. emptied to zero bytes: SQLite sees a new database
                self._db.close()
                raise JournalError(
                    f"the journal {self.path} is not a journal (empty, or another file)", path=str(self.path)
                )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            for statement in _SCHEMA:  # (a journal of an older version gains the newer tables)
                self._db.execute(statement)
        except BaseException:
            _unlock_file(self._lock)
            raise

    def __repr__(self) -> str:
        return f"FileJournal({str(self.path)!r})"

    # ------------------------------------------------------------------ life cycle
    def close(self) -> None:
        lock, self._lock = self._lock, None
        if lock is None:
            return
        try:
            self._db.close()
        finally:  # Ctrl-C while the database closes: the lock is released all the same
            _unlock_file(lock)

    def discard(self) -> None:
        """Close the journal and delete its files (the run it recorded is over). The lock is held
        until every file is gone: a run starting meanwhile is refused, never handed a journal that
        is being deleted (and one that opened the lock file just before sees it was removed)."""
        lock = self._lock if self._lock is not None else _lock_file(self._lock_path)
        self._lock = None
        try:
            self._db.close()
            for suffix in ("", "-wal", "-shm", ".lock"):
                with contextlib.suppress(FileNotFoundError):
                    self.path.with_name(self.path.name + suffix).unlink()
        finally:
            _unlock_file(lock)

    @property
    def _lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    def __enter__(self) -> FileJournal:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def _transaction(self, *, durable: bool = False) -> Iterator[_Database]:
        db = self._db
        if durable:
            db.execute("PRAGMA synchronous=FULL")
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        else:
            db.execute("COMMIT")
        finally:
            if durable:
                db.execute("PRAGMA synchronous=NORMAL")

    # ------------------------------------------------------------------ submissions
    def find(self, chunk: Chunk) -> str | None:
        """The chunk's batch id; JournalConflictError (nothing sent) when an earlier run submitted
        the same items in another order (its chunk cannot be read back for this order)."""
        row = self._db.execute("SELECT batch_id FROM batches WHERE chunk = ?", (chunk.key,)).fetchone()
        if row:
            return str(row[0])
        if chunk.members:
            self._refuse_reordered(chunk)
        return None

    def _refuse_reordered(self, chunk: Chunk) -> None:
        items, run = chunk.members.split(" ")
        earlier = self._db.execute(
            """SELECT b.batch_id FROM members m LEFT JOIN batches b ON b.chunk = m.chunk
            WHERE m.items = ? AND m.run != ? AND (b.batch_id IS NOT NULL OR EXISTS (
                SELECT 1 FROM attempts a WHERE a.chunk = m.chunk AND a.state IN (?, ?)))""",
            (items, run, _SENDING, _UNKNOWN),
        ).fetchone()
        if earlier:
            batch = f"batch {earlier[0]}" if earlier[0] else "a submit of unknown outcome"
            raise JournalConflictError(
                f"the journal {self.path}: an earlier run submitted the same items in another order "
                f"or other batches ({batch}); nothing was sent. Run the rows in that run's order "
                "and batch size to re-attach to it, or use a new journal to submit them again "
                "(charged again)",
                path=str(self.path),
            )

    def unresolved(self, chunk: Chunk) -> list[SubmitMarker]:
        rows = self._db.execute(
            "SELECT marker FROM attempts WHERE chunk = ? AND state IN (?, ?) ORDER BY attempt",
            (chunk.key, _SENDING, _UNKNOWN),
        ).fetchall()
        return [self._record(SubmitMarker.from_json, marker, "a submit marker") for (marker,) in rows]

    def batch_ids(self) -> set[str]:
        return {str(batch_id) for (batch_id,) in self._db.execute("SELECT batch_id FROM batches")}

    def before_submit(self, chunk: Chunk, marker: SubmitMarker) -> None:
        with self._transaction(durable=True) as db:
            (count,) = db.execute("SELECT COUNT(*) FROM attempts WHERE chunk = ?", (chunk.key,)).fetchone()
            db.execute(
                "INSERT INTO attempts (chunk, attempt, marker, state, at) VALUES (?, ?, ?, ?, ?)",
                (chunk.key, count + 1, orjson.dumps(marker.to_json()).decode(), _SENDING, time.time()),
            )
            if chunk.members:
                db.execute(
                    "INSERT OR REPLACE INTO members (chunk, items, run) VALUES (?, ?, ?)",
                    (chunk.key, *chunk.members.split(" ")),
                )

    def submitted(self, chunk: Chunk, batch_id: str) -> None:
        with self._transaction(durable=True) as db:
            db.execute(
                "UPDATE attempts SET state = ? WHERE chunk = ? AND state IN (?, ?)",
                (_RESOLVED, chunk.key, _SENDING, _UNKNOWN),
            )
            db.execute(
                "INSERT OR REPLACE INTO batches (chunk, batch_id, completed, at) VALUES (?, ?, 0, ?)",
                (chunk.key, batch_id, time.time()),
            )

    def outcome_unknown(self, chunk: Chunk, error: Exception) -> None:
        with self._transaction(durable=True) as db:
            db.execute(
                "UPDATE attempts SET state = ?, error = ? WHERE chunk = ? AND state = ?",
                (_UNKNOWN, f"{type(error).__name__}: {error}"[:2000], chunk.key, _SENDING),
            )

    def not_received(self, chunk: Chunk) -> None:
        with self._transaction(durable=True) as db:
            db.execute(
                "UPDATE attempts SET state = ? WHERE chunk = ? AND state IN (?, ?)",
                (_NOT_RECEIVED, chunk.key, _SENDING, _UNKNOWN),
            )

    def completed(self, chunk: Chunk, batch_id: str) -> None:
        with self._transaction() as db:
            db.execute("UPDATE batches SET completed = 1 WHERE chunk = ?", (chunk.key,))

    # ------------------------------------------------------------------ reading position
    def checkpoint(self, point: Checkpoint) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO checkpoints (run, data) VALUES (?, ?)",
                (point.run, orjson.dumps(point.to_json()).decode()),
            )

    def resume_point(self, run: str) -> Checkpoint | None:
        if not self.resume_rows:
            return None
        row = self._db.execute("SELECT data FROM checkpoints WHERE run = ?", (run,)).fetchone()
        return self._record(Checkpoint.from_json, row[0], "a checkpoint") if row else None

    def hold(self, run: str, values: Mapping[int, Any]) -> None:
        if not values:
            return
        with self._transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO held (run, key, value) VALUES (?, ?, ?)",
                [(run, key, orjson.dumps(value).decode()) for key, value in values.items()],
            )

    def held(self, run: str) -> dict[int, Any]:
        rows = self._db.execute("SELECT key, value FROM held WHERE run = ?", (run,))
        return {int(key): self._record(_same, value, "a kept result") for key, value in rows}

    def _record(self, read: Callable[[Any], T], text: Any, what: str) -> T:
        """A JSON record of the file, read; a corrupt one is a JournalError naming the file."""
        try:
            return read(orjson.loads(text))
        except (orjson.JSONDecodeError, TypeError, ValueError, KeyError, AttributeError) as exc:
            raise JournalError(
                f"the journal {self.path} holds {what} that cannot be read ({type(exc).__name__}: {exc})",
                path=str(self.path),
            ) from exc


def recorded_items(path: str | os.PathLike[str]) -> int:
    """How many items the batches recorded in the journal at `path` hold (what re-attaching to
    them costs nothing for): 0 when there is no journal; JournalError when there is one that
    cannot be read (a run would stop on it). Read-only and without the lock: a run may be using
    the journal."""
    import sqlite3

    journal = Path(path)
    if not journal.exists():
        return 0
    try:
        db = sqlite3.connect(f"{journal.resolve().as_uri()}?mode=ro", uri=True)
        try:
            keys = db.execute("SELECT chunk FROM batches").fetchall()
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise JournalError(f"the journal {journal} cannot be read: {exc}", path=str(journal)) from exc
    sizes = (str(key).rsplit(":", 3) for (key,) in keys)  # Chunk.key: product:index:size:fingerprint
    return sum(int(parts[2]) for parts in sizes if len(parts) == 4 and parts[2].isdigit())


def _same(value: Any) -> Any:
    return value


def _lock_file(path: Path) -> IO[bytes]:
    """An exclusive, non-blocking lock on `path` (released by the kernel if the process dies).
    A lock taken on a file that a finishing run deleted meanwhile guards nothing: try again."""
    while True:
        handle = path.open("a+b")
        try:
            _flock(handle)
        except OSError:
            handle.close()
            raise JournalInUseError(
                f"the journal {path.with_suffix('')} is in use by another run; wait for it to end "
                "(two runs of the same input would both submit)"
            ) from None
        if _still_named(handle, path):
            return handle
        handle.close()


def _flock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _still_named(handle: IO[bytes], path: Path) -> bool:
    """Whether `path` still names the file `handle` has open (not deleted, not replaced)."""
    try:
        named = path.stat()
    except FileNotFoundError:
        return False
    opened = os.fstat(handle.fileno())
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _unlock_file(handle: IO[bytes] | None) -> None:
    if handle is not None:
        handle.close()  # closing the descriptor releases the lock
