"""The `enrichso` command line (console script `enrichso = "enrichso.cli:main"`)."""

from .main import main, run

__all__ = ["main", "run"]
