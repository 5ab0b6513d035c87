"""Typed storage errors; the UI and CLI turn these into one clear sentence."""


class StorageError(Exception):
    """Base of every error the storage layer raises on purpose."""


class NewerDatabaseError(StorageError):
    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            f"{path} was written by a newer version of Interview Desk "
            f"(schema {found}; this version understands up to {supported}). "
            "It was not changed. Update Interview Desk to open it."
        )
        self.found = found
        self.supported = supported


class NotADatabaseError(StorageError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            f"{path} is not an Interview Desk database ({reason}). It was not changed.")


class NotFoundError(StorageError):
    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"No {what} with id {ident!r}.")
        self.what = what
        self.ident = ident


class ValidationError(StorageError):
    """A write that would break a rule of the domain (e.g. a competency without anchors)."""
