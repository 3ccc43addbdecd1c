"""Deterministic, realistic data: every answer is a function of (seed, product, normalised input)."""
