"""One module per source format; `briefings.load.registry` lists them in one table."""
