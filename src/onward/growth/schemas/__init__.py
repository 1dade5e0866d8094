"""The growth loop's API schemas, one module per sub-domain (as ``services/``)."""
