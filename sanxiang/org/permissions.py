"""What each role may do in its agency. Supervisors may only look, in their region."""

from __future__ import annotations

from enum import StrEnum

from sanxiang.org.models import Role


class Perm(StrEnum):
    VIEW = "view"
    MANAGE_ORG = "manage_org"          # agency record, departments, posts, leading group, roles
    MANAGE_PEOPLE = "manage_people"    # officers, certificates, reviewers
    MANAGE_WINDOWS = "manage_windows"  # window posts and duty rosters


ROLE_PERMS: dict[str, frozenset[Perm]] = {
    Role.ADMIN: frozenset(Perm),
    Role.LEADER: frozenset({Perm.VIEW, Perm.MANAGE_PEOPLE, Perm.MANAGE_WINDOWS}),
    Role.DEPT_HEAD: frozenset({Perm.VIEW, Perm.MANAGE_WINDOWS}),
    Role.PUBLISHER: frozenset({Perm.VIEW, Perm.MANAGE_WINDOWS}),
    Role.REVIEWER: frozenset({Perm.VIEW}),
    Role.OFFICER: frozenset({Perm.VIEW}),
}
