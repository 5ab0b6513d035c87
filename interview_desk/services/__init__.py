"""Use cases over storage and domain. No Qt: the UI and the CLI both call these."""
