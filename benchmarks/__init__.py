"""Benchmarks of the SDK and the CLI against bare httpx, run against the simulator over loopback.

Run them all with `scripts/bench` (or `python -m benchmarks.bench`); see benchmarks/RESULTS.md.
Nothing here is part of the test suite: timings are compared within one run, never asserted in CI.
"""
