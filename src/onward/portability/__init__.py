"""Data portability: the versioned JSON account export/import, CSV export and backups.

See docs/export-format.md for the file format.
"""
