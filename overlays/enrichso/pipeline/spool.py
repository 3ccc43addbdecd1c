"""Bytes kept in an anonymous temporary file instead of memory, read back by byte range.

The *_many pipelines write what they must remember about every input row (the items to submit,
the rows themselves) to spools, so their memory does not grow with the input: the file lives in
the operating system's page cache, not in the process. Appends are gathered in a buffer and
written in large blocks; reads of what is still in the buffer are served from it.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import AsyncIterator, Iterator

WRITE_BUFFER = 1 << 18  # bytes gathered before a write
READ_BLOCK = 1 << 16  # bytes per block when a range is streamed


class Spool:
    """Append-only bytes in an anonymous temporary file (deleted when closed or when the process
    ends; no other process can open it). One writer; reads may come from any thread."""

    def __init__(self) -> None:
        # closed by close(), or when the pipeline that owns it ends
        self._file = tempfile.TemporaryFile(prefix="enrichso-spool-", buffering=0)  # noqa: SIM115
        self._fd = self._file.fileno()
        self._pending = bytearray()
        self._written = 0  # bytes in the file; the rest of `size` is in _pending
        self._lock = threading.Lock()  # for platforms without pread (seek + read)

    @property
    def size(self) -> int:
        return self._written + len(self._pending)

    @property
    def closed(self) -> bool:
        return self._file.closed

    def append(self, data: bytes | bytearray | memoryview) -> int:
        """Add `data` at the end; returns the offset it starts at. Large data is written at once
        (no copy into the buffer: big transient buffers fragment the process's heap)."""
        start = self.size
        if len(data) >= WRITE_BUFFER // 4:
            self.flush()
            self._write(data)
        else:
            self._pending += data
            if len(self._pending) >= WRITE_BUFFER:
                self.flush()
        return start

    def flush(self) -> None:
        if self._pending:
            self._write(self._pending)
            self._pending = bytearray()

    def _write(self, data: bytes | bytearray | memoryview) -> None:
        done = 0
        with memoryview(data) as view:
            while done < len(view):
                done += os.write(self._fd, view[done:])
        self._written += done

    def read(self, start: int, end: int) -> bytes:
        """The bytes in [start, end)."""
        if not 0 <= start <= end <= self.size:
            raise ValueError(f"range {start}-{end} is outside the spool (0-{self.size})")
        if start >= self._written:
            return bytes(self._pending[start - self._written : end - self._written])
        if end <= self._written:
            return self._read_file(start, end - start)
        return self._read_file(start, self._written - start) + bytes(self._pending[: end - self._written])

    def blocks(self, start: int, end: int, size: int = READ_BLOCK) -> Iterator[bytes]:
        """The bytes in [start, end), as blocks of at most `size` bytes."""
        for at in range(start, end, size):
            yield self.read(at, min(at + size, end))

    async def ablocks(self, start: int, end: int, size: int = READ_BLOCK) -> AsyncIterator[bytes]:
        """`blocks` for an async consumer (each read is a short local file read)."""
        for block in self.blocks(start, end, size):
            yield block

    def close(self) -> None:
        self._pending = bytearray()
        self._file.close()

    def _read_file(self, offset: int, length: int) -> bytes:
        parts: list[bytes] = []
        while length > 0:
            if _PREAD is not None:
                part = _PREAD(self._fd, length, offset)
            else:  # pragma: no cover - platforms without os.pread (Windows)
                with self._lock:
                    os.lseek(self._fd, offset, os.SEEK_SET)
                    part = os.read(self._fd, length)
                    os.lseek(self._fd, 0, os.SEEK_END)
            if not part:
                raise OSError(f"the spool ended {length} bytes early")
            parts.append(part)
            offset += len(part)
            length -= len(part)
        return parts[0] if len(parts) == 1 else b"".join(parts)


_PREAD = getattr(os, "pread", None)
