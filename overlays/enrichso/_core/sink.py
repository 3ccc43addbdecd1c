"""Where a streamed download goes, across its attempts.

A download cut in the middle must never leave the same bytes twice: a path is written through
one temporary file that can always be rewound; a caller's file object is rewound and truncated
when it can seek, else the next attempt resumes with a Range request (when the server advertised
`Accept-Ranges: bytes`), else the download stops without retrying.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx

from .retry import finite_seconds

Destination = str | os.PathLike[str] | IO[bytes]


@dataclass(frozen=True)
class DownloadInfo:
    """What a streamed download wrote. Credits figures come from the X-Credits-* headers that
    the export download reports (None when absent)."""

    bytes_written: int
    path: Path | None
    content_type: str | None
    credits_used: float | None
    credits_refunded: float | None


def _start_of(handle: IO[bytes]) -> int | None:
    """Where writing starts in `handle`, or None when it cannot seek back there."""
    try:
        return handle.tell() if handle.seekable() else None
    except (OSError, ValueError):  # io.UnsupportedOperation, a closed file
        return None


class Sink:
    """The destination of one download: `written` bytes so far, and how a retry may continue."""

    def __init__(self, dest: Destination) -> None:
        self.final: Path | None = None
        self._tmp: Path | None = None
        if isinstance(dest, str | os.PathLike):
            # written through a temporary file in the same folder, renamed at the end
            self.final = Path(dest)
            fd, tmp = tempfile.mkstemp(
                prefix=self.final.name + ".", suffix=".part", dir=self.final.parent or Path(".")
            )
            self.handle: IO[bytes] = os.fdopen(fd, "wb")
            self._tmp = Path(tmp)
        else:
            self.handle = dest
        self._start = _start_of(self.handle)
        self.written = 0
        # from the first answer: the server's validator and whether it serves byte ranges
        self.etag: str | None = None
        self.ranges = False
        self.first: httpx.Response | None = None

    def begin(self, response: httpx.Response) -> None:
        if self.first is None:
            self.first = response
            self.etag = response.headers.get("etag")
            self.ranges = response.headers.get("accept-ranges", "").strip().lower() == "bytes"

    def write(self, block: bytes) -> None:
        self.handle.write(block)
        self.written += len(block)

    def rewind(self) -> bool:
        """Back to where writing started (dropping what was written); False when impossible."""
        if self.written and self._start is None:
            return False
        if self.written:
            self.handle.seek(self._start or 0, io.SEEK_SET)
            self.handle.truncate()
            self.written = 0
        return True

    def resume_headers(self) -> dict[str, str]:
        """The Range (and If-Range) headers that continue after what was written."""
        if not self.written:
            return {}
        headers = {"range": f"bytes={self.written}-"}
        if self.etag:
            headers["if-range"] = self.etag  # a changed file answers 200 in full, never a mix
        return headers

    def continues(self, response: httpx.Response) -> bool:
        """Whether a 2xx answer continues exactly after what was written."""
        if not self.written:
            return True
        content_range = response.headers.get("content-range", "")
        return response.status_code == 206 and content_range.startswith(f"bytes {self.written}-")

    def info(self) -> DownloadInfo:
        headers = self.first.headers if self.first is not None else httpx.Headers()
        return DownloadInfo(
            bytes_written=self.written,
            path=self.final,
            content_type=headers.get("content-type"),
            credits_used=_header_number(headers, "x-credits-used"),
            credits_refunded=_header_number(headers, "x-credits-refunded"),
        )

    def finish(self, ok: bool) -> None:
        if self.final is None or self._tmp is None:
            return
        self.handle.close()
        if ok:
            shutil.move(str(self._tmp), str(self.final))
        else:
            self._tmp.unlink(missing_ok=True)


def _header_number(headers: httpx.Headers, name: str) -> float | None:
    value = headers.get(name)
    return finite_seconds(value) if value is not None else None
