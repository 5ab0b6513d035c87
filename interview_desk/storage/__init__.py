"""SQLite storage: one file, a versioned schema (built with sqlite-utils), one repository per
aggregate, all through one handle (``handle.py``)."""
