"""An input file that can be read more than once, with its lines decoded and numbered.

Standard input (and a pipe) can be read only once, so it is copied to a temporary file on the way
in: the batch commands read their input twice (once to check it, once to write the output) and
never hold the rows.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import errno
import hashlib
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..exit_codes import ExitCode
from ..failures import BadInput, CliError

STDIN = "-"


@dataclass(frozen=True)
class InputFile:
    name: str  # what messages call it: the path as given, or "<stdin>"
    path: Path  # a regular file that can be reopened
    suffix: str  # the extension of the given name, lower case ("" for stdin)
    # the file as first opened (device, inode, size, modification time): see changed()
    signature: tuple[int, int, int, int] | None = field(default=None, compare=False)


def changed(source: InputFile) -> bool:
    """Whether the file is no longer the one the command first read: edited in place, replaced
    under its name (an editor's or a spreadsheet's save) or removed. The input is read more than
    once (checked, then written out next to the results): a row read the second time must be the
    row whose item was sent. A file only touched, or saved again with the same bytes, is the same
    when its content_digest was taken while it was unchanged (the batch command's journal takes
    it)."""
    if source.signature is None:
        return False
    try:
        if _signature(source.path) == source.signature:
            return False
        first = _digests.get(source.path, {}).get(source.signature)
        return first is None or _sha256(source.path) != first
    except OSError:
        return True


def refuse_if_changed(source: InputFile, read_for: str, then: str, code: ExitCode) -> None:
    """CliError(code) when the input changed (see changed()): `read_for` says why the command
    reads it twice, `then` what happens now and what to do."""
    if changed(source):
        raise CliError(f"{source.name} changed while this command ran (it is read {read_for}); {then}", code)


# sha256 of an input's bytes by path and signature: the one a content_digest took
_digests: dict[Path, dict[tuple[int, int, int, int], str]] = {}


def content_digest(source: InputFile) -> str:
    """sha256 of the input's bytes; kept for changed() if the file is still the one first read."""
    digest = _sha256(source.path)
    if source.signature is not None and _signature(source.path) == source.signature:
        _digests.setdefault(source.path, {})[source.signature] = digest
    return digest


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _signature(path: Path) -> tuple[int, int, int, int]:
    status = path.stat()
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)


@contextlib.contextmanager
def open_input(argument: str) -> Iterator[InputFile]:
    """The input named on the command line; stdin ("-") and pipes (a FIFO, `<(...)`) are spooled
    to a temporary file, since the input is read more than once (checked, then sent)."""
    if argument == STDIN:
        if sys.stdin is None:  # `<&-`
            raise BadInput("<stdin>", None, "standard input is closed: nothing to read (give a file)")
        with _spooled(sys.stdin.buffer) as spool:
            yield _checked(InputFile("<stdin>", spool, ""))
        return
    path = Path(argument)
    _refuse_a_device(argument, path)
    if path.exists() and not path.is_file() and not path.is_dir():
        with path.open("rb") as stream, _spooled(stream) as spool:
            yield _checked(InputFile(argument, spool, path.suffix.lower()))
        return
    if not path.exists():
        raise BadInput(argument, None, "no such file")
    if path.is_dir():
        raise BadInput(argument, None, "this is a directory, not a file")
    if not os.access(path, os.R_OK):
        raise BadInput(argument, None, "the file cannot be read (permission denied)")
    yield _checked(InputFile(argument, path, path.suffix.lower()))


def _refuse_a_device(argument: str, path: Path) -> None:
    """A disk or a device such as /dev/zero or /dev/urandom never ends (or holds no rows): spooled
    like a pipe, it filled the temporary folder (often memory) until killed. The command's own
    standard input by a path (/dev/stdin, whatever it is) is read as `-` is. (Never opened to
    look: opening some devices acts, a watchdog's for one.)"""
    try:
        status = path.stat()
    except OSError:  # no such file: said below
        return
    if not (stat.S_ISBLK(status.st_mode) or stat.S_ISCHR(status.st_mode)) or _is_stdin(status):
        return
    kind = "a block device (a disk)" if stat.S_ISBLK(status.st_mode) else "a device"
    raise BadInput(argument, None, f"this is {kind}, not a file of rows (give - to read standard input)")


def _is_stdin(status: os.stat_result) -> bool:
    try:
        own = os.fstat(0)
    except OSError:  # no standard input
        return False
    return (own.st_dev, own.st_ino, own.st_rdev) == (status.st_dev, status.st_ino, status.st_rdev)


# A spool leaves this share of its folder's file system free: the temporary folder is often memory
# (tmpfs), and an endless stream (`yes | enrichso ... batch -`) filled it, and so the machine's
# memory, before the copy failed. Checked every SPOOL_CHECK_EVERY bytes (a small input never is).
SPOOL_KEEPS_FREE = 0.05
SPOOL_CHECK_EVERY = 16 << 20
_BLOCK = 1 << 20


@contextlib.contextmanager
def _spooled(stream: BinaryIO) -> Iterator[Path]:
    """A temporary copy of a stream that can be read only once."""
    with tempfile.TemporaryDirectory(prefix="enrichso-") as folder:
        spool = Path(folder) / "input"
        try:
            with spool.open("wb") as out:
                _copy_leaving_room(stream, out, folder)
        except OSError as error:  # the temporary folder is full: not the output (exit 10)
            raise CliError(
                f"cannot copy the input to the temporary folder {tempfile.gettempdir()} (it is read "
                f"twice): {error.strerror or error}; nothing was sent (TMPDIR names another folder)",
                ExitCode.USAGE,
            ) from error
        yield spool


def _copy_leaving_room(stream: BinaryIO, out: BinaryIO, folder: str) -> None:
    copied = checked_at = 0
    while block := stream.read(_BLOCK):
        out.write(block)
        copied += len(block)
        if copied - checked_at >= SPOOL_CHECK_EVERY:
            checked_at = copied
            usage = shutil.disk_usage(folder)
            if usage.free < usage.total * SPOOL_KEEPS_FREE:
                raise OSError(
                    errno.ENOSPC,
                    f"{copied >> 20:,} MiB copied and its file system would have less than "
                    f"{SPOOL_KEEPS_FREE:.0%} free",
                )


def _checked(source: InputFile) -> InputFile:
    source = dataclasses.replace(source, signature=_signature(source.path))  # before any read
    with source.path.open("rb") as handle:
        start = handle.read(4)
    if not start or start == codecs.BOM_UTF8:
        raise BadInput(source.name, None, "the file is empty")
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BadInput(
            source.name, 1, 'the file is UTF-16 text; save it as UTF-8 ("CSV UTF-8" in spreadsheets)'
        )
    return source


def numbered_lines(source: InputFile) -> Iterator[tuple[int, str]]:
    """(line number, text) for every line, decoded as UTF-8 with a leading byte order mark dropped.

    Lines end where the csv module's lines do (at \n, \r\n or a lone \r), so the numbers agree with
    its, and keep their line ending, as it expects.
    """
    with source.path.open("rb") as handle:
        for number, raw in enumerate(_raw_lines(handle), start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                byte = raw[error.start]
                raise BadInput(
                    source.name,
                    number,
                    f"the line is not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8",
                ) from None
            yield number, text


def _raw_lines(handle: BinaryIO) -> Iterator[bytes]:
    """The lines of a binary file, ended as text mode ends them: by LF, CR LF or a lone CR (a binary
    file iterates by LF only, so a file with CR endings would be one line). UTF-8 never has a CR or
    LF byte inside a character, so the bytes can be split before they are decoded."""
    pending: list[bytes] = []  # the line read so far
    for block in iter(lambda: handle.read(1 << 16), b""):
        for piece in block.splitlines(keepends=True):  # bytes split at LF, CR LF and CR only
            if pending and pending[-1].endswith(b"\r") and piece != b"\n":
                yield b"".join(pending)  # a lone CR ended it (a CR at a block's end waits for an LF)
                pending = []
            pending.append(piece)
            if piece.endswith(b"\n"):
                yield b"".join(pending)
                pending = []
    if pending:
        yield b"".join(pending)
