"""The batch commands: a file of rows in, the same rows with result columns out."""
