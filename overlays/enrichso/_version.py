"""The version of enrichso: the one place it is written. pyproject.toml reads it (hatchling's
[tool.hatch.version]); `enrichso --version`, the User-Agent and enrichso.__version__ show it."""

__version__ = "0.1.0"
