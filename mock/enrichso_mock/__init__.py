"""The Enrich API simulator."""
