"""The errors a kit, panel or return file raises for people: apart from the formats, so that
what only classifies them (the op runner, which the first window makes) does not load the
file formats, their tables and the domain behind them (start-up time, issue 13)."""

from __future__ import annotations


class KitFileError(ValueError):
    """A kit file that cannot be used; the message is meant for the user as it stands."""

    def __init__(self, source: str, place: str, problem: str) -> None:
        where = f" at {place}" if place else ""
        super().__init__(f"{source}{where}: {problem}")
        self.source, self.place, self.problem = source, place, problem


class ExchangeFileError(ValueError):
    """A panel or return file that cannot be used; the message is for the user as it stands."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}. Nothing was imported.")
        self.source, self.problem = source, problem
