"""The `enrichso` command line: `main`, called by the installed `enrichso` script
(overlays/console-script/enrichso)."""

from .main import main, run

__all__ = ["main", "run"]
