"""Plain-Python domain: dataclasses, enums, scoring and statistics. No I/O, no Qt."""
