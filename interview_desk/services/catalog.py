"""Roles, kits and candidates: the things prepared before an interview."""

from __future__ import annotations

import copy

from sqlite_utils import Database

from interview_desk.domain.model import Candidate, Competency, Kit, Role, new_id
from interview_desk.storage.errors import ValidationError
from interview_desk.storage.repositories import (
    CandidateRepository,
    KitRepository,
    RoleRepository,
)


class CatalogService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.roles = RoleRepository(db)
        self.kits = KitRepository(db)
        self.candidates = CandidateRepository(db)

    # roles
    def save_role(self, role: Role) -> Role:
        """Store a role; refused (naming the competency) when any anchor is missing."""
        if not role.name.strip():
            raise ValidationError("A role needs a name.")
        for c in role.competencies:
            missing = c.missing_anchors()
            if missing:
                points = ", ".join(str(m) for m in missing)
                raise ValidationError(
                    f"Competency “{c.name or '(unnamed)'}” has no anchor for rating {points}.")
        self.roles.save(role)
        return role

    def role_from_kit(self, kit: Kit, name: str, description: str = "") -> Role:
        """A new role that adopts the competencies (and weights) the kit proposes."""
        role = Role(name=name, description=description, competencies=[
            Competency(key=c.key, name=c.name, description=c.description, weight=c.weight,
                       anchors=c.anchors) for c in kit.competencies])
        return self.save_role(role)

    # kits
    def save_kit(self, kit: Kit) -> Kit:
        """Store a kit. If a session already uses this version, store a new version instead.

        Sessions keep the version they were planned with, so every candidate of a campaign
        gets the identical questions. Returns the kit as stored (possibly the new version).
        """
        if not kit.name.strip():
            raise ValidationError("A kit needs a name.")
        with self.db.atomic():
            if self.kits.is_used(kit.id):
                kit = self._next_version(kit)
            self.kits.save(kit)
        return kit

    def _next_version(self, kit: Kit) -> Kit:
        fresh = copy.deepcopy(kit)
        fresh.id = new_id()
        newest = self.db.execute(
            "SELECT MAX(version) FROM kits WHERE family_id = ?", [kit.family_id]).fetchone()[0]
        fresh.version = int(newest or 0) + 1
        for s in fresh.sections:
            s.id = new_id()
            for q in s.questions:
                q.id = new_id()
        return fresh

    def import_kit(self, kit: Kit) -> Kit:
        """A kit read from a file becomes a new kit family, version 1."""
        return self.save_kit(kit)

    # candidates
    def save_candidate(self, cand: Candidate) -> Candidate:
        if not cand.name.strip():
            raise ValidationError("A candidate needs a name.")
        self.candidates.save(cand)
        return cand
