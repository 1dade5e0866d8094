"""HTML views of the growth loop, one module per page family. Thin adapters only."""
