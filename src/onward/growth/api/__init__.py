"""The growth loop's JSON endpoints, one module per sub-domain (as ``services/``);
``onward.config.api`` mounts their routers."""
