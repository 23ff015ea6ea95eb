"""Team mode on a server: set up the roles (`server roles --apply`) and manage users (`server user …`).

All of it runs on a PostgreSQL database only; the rules themselves are in db/roles.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.actions.identity import MANAGE_USERS, who_is_signed_in
from flare_monitor.db import roles
from flare_monitor.db.audit_hook import add_entry
from flare_monitor.db.engine import Database
from flare_monitor.db.enums import AuditAction
from flare_monitor.errors import NotFoundError, UserError
from flare_monitor.i18n import _
from flare_monitor.services.geo import ensure_country


@action
def apply_roles(db: Database, apply: bool, *, user: str | None = None) -> list[str]:
    """Create or update the group roles, grants, policies and audit protections; returns what changed
    (with `apply` False, what would change: everything is rolled back)."""
    with unit_of_work(db, user=user, audit=False) as session:
        conn = session.connection()
        roles.require_server(conn)
        changes = roles.apply(conn)
        if not apply:
            session.rollback()
    return changes


@dataclass(frozen=True)
class UserRequest:
    login: str
    role: str
    countries: tuple[str, ...] = ()
    # Never stored, shown or logged: only its SCRAM verifier reaches the server.
    password: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class UserOutcome:
    member: roles.TeamMember
    created: bool  # a new login (False: an existing login given this role)


def _countries(session: Session, codes: tuple[str, ...] | list[str]) -> list[str]:
    found: list[str] = []
    for code in codes:
        value = ensure_country(session, str(code).strip(), "countries")
        if value not in found:
            found.append(value)
    return found


def _check_manager(db: Database) -> None:
    identity = who_is_signed_in(db)
    reason = identity.why_not(MANAGE_USERS)
    if reason:
        raise UserError(_("Managing users: {reason}", reason=reason))


def _ready(session: Session) -> None:
    conn = session.connection()
    roles.require_server(conn)
    if not roles.is_applied(conn):
        raise UserError(
            _(
                "This database is not set up for a team yet: run `flare-monitor server roles --apply` with "
                "the database owner's account first. Nothing was changed."
            )
        )


def _member(session: Session, login: str) -> roles.TeamMember:
    for member in roles.list_users(session.connection()):
        if member.login == login:
            return member
    raise NotFoundError(_("{login} is not a user of this database (see `server user list`)", login=login))


@action
def add_user(db: Database, request: UserRequest, *, user: str | None = None) -> UserOutcome:
    """Create the login (or take an existing one) with a role and, for an officer, countries."""
    login, role = roles.check_login(request.login), roles.check_role(request.role)
    if role == "officer" and not request.countries:
        raise UserError(_("An officer works on one or more countries: give them with --countries PE,PK"))
    if role != "officer" and request.countries:
        raise UserError(_("Only officers have countries: {role} logins work on every country", role=role))
    _check_manager(db)
    with unit_of_work(db, user=user) as session:
        _ready(session)
        conn = session.connection()
        if login == roles.login_and_owner(conn)[0]:
            raise UserError(_("You cannot change your own role; ask another administrator"))
        if not roles.owner_may_create_roles(conn):
            raise UserError(
                _(
                    "The database owner's account may not create logins: as a superuser, run ALTER ROLE … "
                    "CREATEROLE for it. Nothing was changed."
                )
            )
        countries = _countries(session, request.countries)
        verifier = roles.password_verifier(conn, login, request.password) if request.password else None
        created = roles.add_user(conn, login, role, countries, verifier)
        changes = {"role": role, "countries": countries, "password_set": verifier is not None}
        add_entry(session, AuditAction.CREATE if created else AuditAction.UPDATE, "team_user", login, changes)
        return UserOutcome(_member(session, login), created)


@dataclass(frozen=True)
class CountriesRequest:
    login: str
    countries: tuple[str, ...]


@action
def set_user_countries(
    db: Database, request: CountriesRequest, *, user: str | None = None
) -> roles.TeamMember:
    """Replace an officer's countries."""
    login, countries = roles.check_login(request.login), request.countries
    if not countries:
        raise UserError(_("Give at least one country: --set PE,PK"))
    _check_manager(db)
    with unit_of_work(db, user=user) as session:
        _ready(session)
        member = _member(session, login)
        if member.role != "officer":
            raise UserError(
                _("{login} has the role {role}, which works on every country", login=login, role=member.role)
            )
        codes = _countries(session, countries)
        roles.set_countries(session.connection(), login, codes)
        changes = {"countries": [list(member.countries), codes]}
        add_entry(session, AuditAction.UPDATE, "team_user", login, changes)
        return _member(session, login)


@action
def remove_user(db: Database, login: str, *, user: str | None = None) -> str:
    """Take the login out of the team; 'dropped' (the login is gone) or 'disabled' (kept, unable to
    sign in, because it owns or may use something elsewhere on the server)."""
    login = roles.check_login(login)
    _check_manager(db)
    with unit_of_work(db, user=user) as session:
        _ready(session)
        conn = session.connection()
        _member(session, login)
        if login == roles.login_and_owner(conn)[0]:
            raise UserError(_("You cannot remove your own login; ask another administrator"))
        outcome = roles.remove_user(conn, login)
        add_entry(session, AuditAction.DELETE, "team_user", login, {"login": outcome})
        return outcome


@action
def list_users(db: Database) -> list[roles.TeamMember]:
    with reading(db) as session:
        roles.require_server(session.connection())
        return roles.list_users(session.connection())
