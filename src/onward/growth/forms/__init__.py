"""HTML forms of the growth loop, one module per sub-domain (as ``services/``). They
parse input; the services decide what is allowed."""
