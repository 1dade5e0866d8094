"""The skills API's JSON shapes, one module per sub-domain (as ``api/``)."""
