"""What an import of panel and return files did, and the files waiting in a shared folder:
apart from ``services.exchange`` so that the window, which shows these, starts without loading
the merge and the file formats' validation (issue 13)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from interview_desk.exchange.file_names import is_importable

if TYPE_CHECKING:
    from interview_desk.exchange.panel_file import ExchangeFile, FileKind


@dataclass
class FileReport:
    """What one file changed."""

    source: str
    kind: FileKind
    session_id: str = ""
    description: str = ""  # "Bob Lee — Ana Silva" (whose return, which candidate)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)
    signer_code: str = ""  # the sender's return-file code
    signed_by: str = ""  # who the file says sent it: "Bob Peer", "the lead Ingrid Lead"
    confirmed: bool = False  # the code was compared aloud and confirmed here (or is ours)
    first_use: bool = False  # this file pinned its sender's key here

    def trust_line(self) -> str:
        """Who signed, with which code, and how far this laptop trusts that key."""
        state = "confirmed" if self.confirmed else "not confirmed"
        if self.first_use:
            state += "; first file from this sender, key pinned now"
        return f"signed by {self.signed_by}, code {self.signer_code} ({state})"


@dataclass(frozen=True)
class WaitingFile:
    """A file in the shared folder from a sender this laptop does not know yet."""

    path: Path
    doc: ExchangeFile
    description: str  # "return file of Bob Peer — Zoë Ångström"
    code: str


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)
    # Files refused when importing each on its own (the shared-folder inbox): the message.
    refused: list[str] = field(default_factory=list)
    # Shared-folder files left for a person to accept (their sender is not known here yet).
    waiting: list[WaitingFile] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def updated(self) -> int:
        return sum(f.updated for f in self.files)

    @property
    def unchanged(self) -> int:
        return sum(f.unchanged for f in self.files)

    @property
    def conflicts(self) -> list[str]:
        return [f"{f.source}: {c}" for f in self.files for c in f.conflicts]

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)

    def lines(self) -> list[str]:
        out = []
        for f in self.files:
            out.append(f"{f.source} ({f.kind.label}{': ' + f.description if f.description else ''})"
                       f": {f.added} added, {f.updated} updated, {f.unchanged} unchanged, "
                       f"{len(f.conflicts)} conflicts")
            out.append(f"  {f.trust_line()}")
            out += [f"  conflict: {c}" for c in f.conflicts]
        out += [f"refused: {r}" for r in self.refused]
        out += [f"waiting: {w.path.name} ({w.description}, code {w.code})" for w in self.waiting]
        return out


def inbox_files(folder: str | Path) -> dict[Path, tuple[int, int]]:
    """The panel and return files waiting in a shared folder, with (size, mtime) of each.

    Hidden and temporary names (sync tools write ``.name.tmp`` or ``name.idreturn.part``) are
    skipped; only regular files named ``*.idpanel``, ``*.idreturn`` or (older) ``*.json`` count.
    """
    found: dict[Path, tuple[int, int]] = {}
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return found
    for path in entries:
        if path.name.startswith(".") or not is_importable(path):
            continue
        try:
            st = path.stat()
        except OSError:
            continue
        if path.is_file():
            found[path] = (st.st_size, st.st_mtime_ns)
    return found
