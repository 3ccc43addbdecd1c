"""Reading tabular input (CSV, TSV, JSON lines, plain lists, stdin) as a stream of records."""
