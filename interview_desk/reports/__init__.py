"""Data in, PDF out: pure functions over stored data. No Qt."""
