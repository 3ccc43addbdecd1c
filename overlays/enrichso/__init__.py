"""The Enrich API SDK."""
