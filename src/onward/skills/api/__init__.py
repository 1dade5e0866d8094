"""The skills app's JSON endpoints, one module per sub-domain; ``onward.config.api``
mounts their routers."""
