"""Where `-o` writes, decided and checked before anything is submitted.

A regular file, or a name that does not exist yet, is written under a temporary name in its folder
and renamed into place when complete, so a failed run never leaves a half-written file that looks
whole. Anything else that can be written (a character device such as /dev/null or a terminal, a
FIFO, the command's own standard output by a path such as /dev/stdout) is written in place:
renaming over it would replace the device or the FIFO with a regular file, and its reader would
never see a row. A folder, a block device (a disk) and a socket are refused.

`probe` runs before the first request, so a target that cannot be written costs no credit.
"""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..failures import UsageError

# Links through these name an open file of a process (/dev/stdout -> /proc/self/fd/1), not a
# place in a folder: a file renamed there would not reach what the link stands for.
_PROCESS_FILES = ("/proc/", "/dev/fd/")
_MAX_LINKS = 40  # what the kernel follows before ELOOP


@dataclass(frozen=True)
class Target:
    path: Path  # the file to rename onto (replace), or to open and write (in place)
    replace: bool  # True: a temporary file in path's folder, renamed onto path when complete

    @property
    def folder(self) -> Path:
        return self.path.parent


def probe(destination: str) -> Target:
    """How `destination` is written; UsageError (before anything is sent) when it cannot be."""
    if destination.endswith(("/", os.sep)):  # Path() drops the slash: `out.csv/` wrote out.csv
        raise UsageError(f"{destination} names a folder (it ends with /); give a file name with -o")
    path = Path(destination)
    if path.is_symlink() and _through_process_files(path):
        target = Target(path, replace=False)
    else:
        resolved = path.resolve() if path.is_symlink() else path  # a link to a file stays a link
        target = Target(resolved, replace=_is_new_or_regular(destination, resolved))
    if target.replace:
        _probe_folder(destination, target.folder)
    else:
        _probe_in_place(destination, target.path)
    return target


def refuse_the_input(destination: str, input: str) -> None:
    """UsageError when `destination` is the input file itself (by any name: `./in.csv`, a hard
    link): its rows would be written over the file they are read from, and the original, which
    a rerun needs to re-attach to the paid job, would be gone."""
    if input == "-":
        return
    try:
        same = os.path.samefile(destination, input)
    except OSError:  # one of them does not exist (yet): not the same file
        return
    if same:
        raise UsageError(
            f"-o {destination} is the input file; write the rows to another file (and move it over "
            "the input afterwards if that is what you want)"
        )


def _is_new_or_regular(destination: str, path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return True
    except OSError as error:
        raise _cannot(destination, error) from None
    if stat.S_ISDIR(mode):
        raise UsageError(f"{destination} is a directory; give a file name with -o")
    if stat.S_ISBLK(mode):
        raise UsageError(f"{destination} is a block device (a disk); refusing to write rows onto it")
    if stat.S_ISSOCK(mode):
        raise UsageError(f"cannot write {destination}: it is a socket")
    return stat.S_ISREG(mode)


def _through_process_files(path: Path) -> bool:
    """Whether following the link `path` passes through /proc or /dev/fd."""
    for _ in range(_MAX_LINKS):
        if str(path).startswith(_PROCESS_FILES):
            return True
        if not path.is_symlink():
            return False
        link = Path(os.readlink(path))
        path = link if link.is_absolute() else path.parent / link
    return False


def _probe_folder(destination: str, folder: Path) -> None:
    """A temporary file can be made in the folder (what the rename needs), and is removed."""
    if not folder.is_dir():
        raise UsageError(f"cannot write {destination}: the folder {folder} does not exist")
    try:
        handle, name = tempfile.mkstemp(prefix=".enrichso-probe.", dir=folder)
    except OSError as error:
        raise _cannot(destination, error) from None
    os.close(handle)
    os.unlink(name)


def _probe_in_place(destination: str, path: Path) -> None:
    try:
        if stat.S_ISFIFO(path.stat().st_mode):
            # not opened: closing it again would end the stream of a reader already waiting
            if not os.access(path, os.W_OK):
                raise PermissionError(13, "Permission denied")
            return
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY))
    except OSError as error:
        raise _cannot(destination, error) from None


def open_in_place(path: Path) -> int:
    """A descriptor to write `path` where it is (appending: /dev/stdout may be a file the shell
    opened with >>); a FIFO's open waits here for its reader."""
    return os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NOCTTY)


def _cannot(destination: str, error: OSError) -> UsageError:
    return UsageError(f"cannot write {destination}: {error.strerror or error}")
