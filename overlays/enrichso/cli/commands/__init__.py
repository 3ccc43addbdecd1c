"""The command groups of the `enrichso` command line, one module per API area."""
