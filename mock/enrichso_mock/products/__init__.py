"""One module per API area; each registers its operation handlers with registry.operation.

Every module in this package is imported automatically (simulator.load_products).
"""
