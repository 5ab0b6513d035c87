"""Roles, kits and candidates: the things prepared before an interview."""

from __future__ import annotations

import copy
import re
import unicodedata
from pathlib import Path

from interview_desk.domain.model import (
    Candidate,
    Competency,
    Kit,
    Role,
    clean_look_fors,
    new_id,
)
from interview_desk.domain.rules import Problem, candidate_problem, kit_problem, role_problem
from interview_desk.exchange.kit_csv import load_question_csv
from interview_desk.exchange.kit_file import dump_kit, load_kit
from interview_desk.files import atomic_write
from interview_desk.services.search import SearchService
from interview_desk.storage.errors import ValidationError
from interview_desk.storage.handle import Database
from interview_desk.storage.repositories import (
    CandidateListing,
    CandidateRepository,
    KitListing,
    KitRepository,
    QuestionChoice,
    RoleRepository,
    SessionRepository,
)


class CatalogService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.roles = RoleRepository(db)
        self.kits = KitRepository(db)
        self.candidates = CandidateRepository(db)
        self.sessions = SessionRepository(db)

    # roles
    def list_roles(self) -> list[Role]:
        return self.roles.all()

    def get_role(self, role_id: str) -> Role:
        return self.roles.get(role_id)

    def save_role(self, role: Role) -> Role:
        """Store a role; refused (naming the competency) when any anchor is missing.

        If a session already uses this version, a new version is stored instead: a session
        keeps the competencies, weights and anchors it was planned with, so its figures never
        change. Returns the role as stored (possibly the new version).
        """
        seen: set[str] = set()
        for c in role.competencies:
            if not c.key and c.name.strip():
                c.key = competency_key(c.name, seen)
            seen.add(c.key)
        _refuse(role_problem(role))
        with self.db.atomic():
            if self.role_sessions(role.id):
                role = self._next_role_version(role)
            self.roles.save(role)
        return role

    def _next_role_version(self, role: Role) -> Role:
        fresh = copy.deepcopy(role)
        fresh.id = new_id()
        fresh.version = self.roles.next_version(role.family_id)
        for c in fresh.competencies:
            # Ratings point at competency ids: the sessions' ratings keep the old ones.
            c.id = new_id()
        return fresh

    def role_from_kit(self, kit: Kit, name: str, description: str = "") -> Role:
        """A new role that adopts the competencies (and weights) the kit proposes."""
        role = Role(name=name, description=description, competencies=[
            Competency(key=c.key, name=c.name, description=c.description, weight=c.weight,
                       anchors=c.anchors) for c in kit.competencies])
        return self.save_role(role)

    def role_sessions(self, role_id: str) -> int:
        """How many sessions were planned with exactly this role version."""
        return self.roles.sessions_using([role_id])

    def role_versions(self, family_id: str) -> list[Role]:
        return self.roles.versions(family_id)

    def delete_role(self, role_id: str) -> None:
        """Delete a role (every version) no session uses; its candidates keep their dossier."""
        used = self.roles.sessions_using(self.roles.family_ids(role_id))
        if used:
            raise ValidationError(
                f"The role is used by {used} session(s) and cannot be deleted.")
        self.roles.delete(role_id)

    # kits
    def list_kits(self) -> list[Kit]:
        """The newest version of every kit."""
        return self.kits.latest_versions()

    def kit_listing(self) -> list[KitListing]:
        """The kits of :meth:`list_kits` as a list shows them (name, version, minutes)."""
        return self.kits.listing()

    def get_kit(self, kit_id: str) -> Kit:
        return self.kits.get(kit_id)

    def kit_sessions(self, kit_id: str) -> int:
        """How many sessions were planned with exactly this kit version."""
        return self.sessions.count_using("kit_id", kit_id)

    def kit_versions(self, family_id: str) -> list[Kit]:
        return self.kits.versions(family_id)

    def delete_kit(self, kit_id: str) -> None:
        """Delete a kit version no session uses."""
        used = self.kit_sessions(kit_id)
        if used:
            raise ValidationError(
                f"This kit version is used by {used} session(s) and cannot be deleted.")
        self.kits.delete(kit_id)

    def question_choices(self) -> list[QuestionChoice]:
        """Every question of the newest kit versions, for linking a concern to a question:
        its id and text with its kit's name and version, not every kit in full."""
        return self.kits.question_choices()

    def save_kit(self, kit: Kit) -> Kit:
        """Store a kit. If a session already uses this version, store a new version instead.

        Sessions keep the version they were planned with, so every candidate of a campaign
        gets the identical questions. Returns the kit as stored (possibly the new version).
        """
        for s in kit.sections:
            for q in s.questions:
                try:
                    q.look_fors = clean_look_fors(q.look_fors)
                except ValueError as exc:
                    raise ValidationError(f"“{_short(q.text)}”: {exc}.") from None
        _refuse(kit_problem(kit))
        with self.db.atomic():
            if self.kits.is_used(kit.id):
                kit = self._next_version(kit)
            self.kits.save(kit)
        return kit

    def _next_version(self, kit: Kit) -> Kit:
        fresh = copy.deepcopy(kit)
        fresh.id = new_id()
        fresh.version = self.kits.newest_version(kit.family_id) + 1
        for s in fresh.sections:
            s.id = new_id()
            for q in s.questions:
                q.id = new_id()
        return fresh

    def import_kit(self, kit: Kit) -> Kit:
        """A kit read from a file becomes a new kit family, version 1."""
        return self.save_kit(kit)

    def import_kit_file(self, path: str | Path) -> Kit:
        """Read a kit file (JSON, or a CSV question list) and store it as a new kit.

        The file is read and validated completely before anything is written, and the write
        is one transaction: a bad file changes nothing.
        """
        path = Path(path)
        kit = load_question_csv(path) if path.suffix.lower() == ".csv" else load_kit(path)
        return self.import_kit(kit)

    def export_kit_file(self, kit_id: str, path: str | Path) -> Path:
        """Write one kit version as a kit file; an existing file is replaced only when done."""
        text = dump_kit(self.kits.get(kit_id))
        path = Path(path)
        with atomic_write(path, encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        return path

    # candidates
    def list_candidates(self, search: str = "") -> list[Candidate]:
        """Candidates by name: those whose dossier holds every word of ``search``, and
        those whose records hold the words between them (Find across records: a name and
        a word from a note)."""
        ids = [c.id for c in self.candidate_listing(search)]
        found = self.candidates.get_many(ids)  # a fixed number of statements, not one per row
        return [found[i] for i in ids if i in found]

    def candidate_listing(self, search: str = "") -> list[CandidateListing]:
        """The candidates :meth:`list_candidates` finds, in its order, as a list shows them
        (id, name, role): the Candidates page holds no dossier it does not show."""
        text = search.strip()
        found = self.candidates.listing(text)
        if not text:
            return found
        have = {c.id for c in found}
        spread = [i for i in SearchService(self.db).spread_candidates(text) if i not in have]
        if not spread:
            return found
        more = self.candidates.listing_of(spread)
        return sorted([*found, *(more[i] for i in spread if i in more)],
                      key=lambda c: c.name.casefold())

    def get_candidate(self, candidate_id: str) -> Candidate:
        return self.candidates.get(candidate_id)

    def save_candidate(self, cand: Candidate) -> Candidate:
        _refuse(candidate_problem(cand))
        self.candidates.save(cand)
        return cand

    def candidate_sessions(self, candidate_id: str) -> int:
        return self.sessions.count_using("candidate_id", candidate_id)

    def delete_candidate(self, candidate_id: str) -> None:
        """Delete a dossier that has no session (interview records are never swept away)."""
        used = self.candidate_sessions(candidate_id)
        if used:
            raise ValidationError(
                f"The candidate has {used} session(s); delete those first.")
        self.candidates.delete(candidate_id)


def _refuse(problem: Problem | None) -> None:
    if problem is not None:
        raise ValidationError(problem.message)


def competency_key(name: str, taken: set[str] | None = None) -> str:
    """A stable key from a competency name (``Problem solving`` → ``problem_solving``)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_") or "competency"
    key, n = base, 2
    while taken and key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
