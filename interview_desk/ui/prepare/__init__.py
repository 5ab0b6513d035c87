"""Preparing an interview: roles, kits, candidates and the session plan."""
