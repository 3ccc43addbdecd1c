"""The repository's own maintenance tools (API reference, public surface, citations), run by the
scripts beside this package and checked by tests/repo."""
