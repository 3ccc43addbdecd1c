"""The SDK's version, sent in the User-Agent header."""

from importlib import metadata

try:
    __version__ = metadata.version("enrichso")
except metadata.PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
