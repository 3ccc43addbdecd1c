"""The type of the frame methods' frames, without importing any frame library."""

from typing import TypeVar

# a pandas or polars DataFrame, or a pyarrow Table: a frame method returns the kind it was given
FrameT = TypeVar("FrameT")
