"""SQLite storage through sqlite-utils: one file, versioned schema, one repository per aggregate."""
