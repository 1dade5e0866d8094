// Onward: small progressive enhancements. Every core form works without this file.
