"""Who is signed in, in which role and countries, and what they may do.

`who_is_signed_in(db)` asks the database once (call it from a worker, like every action) and returns
an `Identity`: plain values the desktop app keeps for the session. Pages use it to disable what the role
may not do and to say why, e.g.::

    identity = who_is_signed_in(db)              # in a worker, when the window attaches the database
    button.setEnabled(identity.may(LOCK_PERIODS))
    button.setToolTip(identity.why_not(LOCK_PERIODS) or "")
    identity.may(EDIT_RECORDS, country="PK")     # an officer: only their countries

The status bar shows `identity.label()` in server mode ("anna (officer: PE, PK)").

This mirrors, for the screens, the rules the server enforces itself (db/roles.py): a button left
enabled by mistake still ends in the server's refusal, a one-line message naming the rule. On a
database file there is one user, who may do everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from flare_monitor.actions.base import action, reading
from flare_monitor.db import roles
from flare_monitor.db.audit_hook import current_user
from flare_monitor.db.engine import Database
from flare_monitor.i18n import N_, Message, _

# What a user may be allowed to do (the `action` of `Identity.may`).
EDIT_RECORDS = "edit_records"  # activities, people, attendance, organizations (per country)
ENTER_VALUES = "enter_values"  # reported values, targets, narratives (per country; project-wide: M&E)
READ_PERSONAL_DATA = "read_personal_data"  # names, contacts, remarks; exports and annexes with them
MERGE_PARTICIPANTS = "merge_participants"  # duplicates (per country for officers)
APPROVE_VALUES = "approve_values"
LOCK_PERIODS = "lock_periods"
UNLOCK_PERIODS = "unlock_periods"
EDIT_FRAMEWORK = "edit_framework"  # projects, results framework, indicators
EXPORT_PACKAGES = "export_packages"
IMPORT_PACKAGES = "import_packages"  # and resolving their conflicts
BUILD_REPORTS = "build_reports"
MANAGE_USERS = "manage_users"
CHANGE_SETTINGS = "change_settings"
UPGRADE_DATABASE = "upgrade_database"

OWNER = "owner"  # the owner of a server database's tables, a superuser, or the user of a file
_EVERYONE = frozenset({"viewer", "officer", "me", "admin", OWNER})
_WRITERS = frozenset({"officer", "me", "admin", OWNER})
_HQ = frozenset({"me", "admin", OWNER})
_ALLOWED = {
    EDIT_RECORDS: _WRITERS,
    ENTER_VALUES: _WRITERS,
    READ_PERSONAL_DATA: _WRITERS,
    MERGE_PARTICIPANTS: _WRITERS,
    EXPORT_PACKAGES: _WRITERS,
    APPROVE_VALUES: _HQ,
    LOCK_PERIODS: _HQ,
    EDIT_FRAMEWORK: _HQ,
    IMPORT_PACKAGES: _HQ,
    UNLOCK_PERIODS: frozenset({"admin", OWNER}),
    MANAGE_USERS: frozenset({"admin", OWNER}),
    CHANGE_SETTINGS: frozenset({"admin", OWNER}),
    UPGRADE_DATABASE: frozenset({OWNER}),
    BUILD_REPORTS: _EVERYONE,
}
# Actions an officer may take for their own countries only.
_PER_COUNTRY = frozenset(
    {EDIT_RECORDS, ENTER_VALUES, READ_PERSONAL_DATA, MERGE_PARTICIPANTS, EXPORT_PACKAGES}
)
_WHO = {
    _WRITERS: N_("Only officers, M&E officers and administrators may do this (you are signed in as {who})."),
    _HQ: N_("Only M&E officers and administrators may do this (you are signed in as {who})."),
    frozenset({"admin", OWNER}): N_("Only administrators may do this (you are signed in as {who})."),
    frozenset({OWNER}): N_("Only the database owner's account may do this (you are signed in as {who})."),
}
ROLE_NAMES = {
    "viewer": N_("viewer"),
    "officer": N_("officer"),
    "me": N_("M&E"),
    "admin": N_("administrator"),
    OWNER: N_("owner"),
}


@dataclass(frozen=True)
class Identity:
    """The signed-in user: `login`, `role` ("officer", "me", "viewer", "admin", "owner", or None for a
    server login without a team role), `countries` (an officer's; empty = every country for the other
    roles) and whether the database is a shared server."""

    login: str
    role: str | None
    countries: tuple[str, ...] = ()
    server: bool = False

    def may(self, action: str, country: str | None = None) -> bool:
        """Whether the role allows `action` (for `country`, or for project-wide records when None)."""
        return self.why_not(action, country) is None

    def why_not(self, action: str, country: str | None = None) -> Message | None:
        """One line saying why `action` is not allowed, or None when it is."""
        allowed = _ALLOWED.get(action)
        if allowed is None:
            raise ValueError(f"unknown action {action!r}")
        if self.role is None:
            return _(
                "{login} has no role in this team database; ask the administrator for one.", login=self.login
            )
        if self.role not in allowed:
            return Message(_WHO[allowed], {"who": self.label()})
        if self.role == "officer" and action in _PER_COUNTRY:
            if not self.countries:
                return _(
                    "{login} has no countries yet; ask the administrator to give you yours.", login=self.login
                )
            if country is None and action == ENTER_VALUES:
                return _("Project-wide values, targets and narratives are for M&E officers.")
            if country is not None and country.upper() not in self.countries:
                return _(
                    "You work on {countries}, not on {country}.",
                    countries=", ".join(self.countries),
                    country=country.upper(),
                )
        return None

    def label(self) -> Message:
        """'anna (officer: PE, PK)', 'hq.me (M&E)', 'flare_owner (owner)'."""
        if self.role is None:
            return _("{login} (no team role)", login=self.login)
        name = Message(ROLE_NAMES.get(self.role, self.role))
        if self.role == "officer":
            return _(
                "{login} ({role}: {countries})",
                login=self.login,
                role=name,
                countries=", ".join(self.countries),
            )
        return _("{login} ({role})", login=self.login, role=name)


@action
def who_is_signed_in(db: Database) -> Identity:
    """The user of `db`: on a file, the computer's user, who may do everything; on a server, the login,
    its team role and countries as the server has them (db/roles.py)."""
    if not db.is_server:
        return Identity(current_user(), OWNER, (), server=False)
    with reading(db) as session:
        login = roles.signed_in(session.connection())
    return Identity(login.login, login.role, login.countries, server=True)
