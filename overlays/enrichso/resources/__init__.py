"""One module per API area: the Calls it builds (from the generated modules) and its thin sync
and async resource classes."""
