"""Database errors classified once, from the driver's own codes, into errors an officer can act on.

SQLite reports an extended result code on every `sqlite3.Error` (`sqlite_errorcode`); PostgreSQL a
SQLSTATE (`psycopg.Error.sqlstate`). Nothing here matches message text: the text of a driver error may
carry the statement and its parameters (names, phones), so it never reaches a message or a log line.

`classify(exc)` turns a driver error (raw or wrapped by SQLAlchemy) into one of the `DatabaseProblem`
classes below, or returns None when it is not an environment problem (a bug, which keeps its traceback).
The command line and the desktop app show the same one-line message for each class.
"""

from __future__ import annotations

import sqlite3

from flare_monitor.errors import ConflictError, EnvironmentProblem
from flare_monitor.i18n.message import N_, Message, _

# SQLite primary result codes (the low byte of the extended code): https://sqlite.org/rescode.html
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PROTOCOL = 15
SQLITE_CONSTRAINT = 19
SQLITE_NOTADB = 26
# Extended codes of SQLITE_IOERR that mean "no space left" or "the file went away".
SQLITE_IOERR_WRITE = SQLITE_IOERR | (3 << 8)
SQLITE_IOERR_FSYNC = SQLITE_IOERR | (4 << 8)
SQLITE_IOERR_TRUNCATE = SQLITE_IOERR | (6 << 8)


class DatabaseProblem(EnvironmentProblem):
    """The database cannot do what was asked right now; nothing was changed. `kind` names the class."""

    kind = "database"
    message = N_("The database could not complete the operation; nothing was changed.")

    def __init__(self, message: str | None = None):
        super().__init__(message or Message(type(self).message))
        self.detail = ""


class DatabaseBusy(DatabaseProblem):
    kind = "busy"
    message = N_(
        "The database is locked: another program or a colleague is writing to it. Nothing was changed; "
        "try again in a moment."
    )


class DiskFull(DatabaseProblem):
    kind = "disk_full"
    message = N_("The disk is full; nothing was changed. Free some space and try again.")


class ReadOnlyDatabase(DatabaseProblem):
    kind = "read_only"
    message = N_(
        "The database file or its folder is read-only here; nothing was changed. Copy it to a folder you "
        "can write to, or ask for write access."
    )


class ReadOnlyAccount(DatabaseProblem):
    kind = "read_only_account"
    message = N_("This account may only read the database; nothing was changed.")


class DamagedDatabase(DatabaseProblem):
    kind = "damaged"
    message = N_(
        "The database file is damaged: run `flare-monitor check` (or Settings › Backups) and restore a "
        "backup. Nothing was changed."
    )


class CannotOpenDatabase(DatabaseProblem):
    kind = "cannot_open"
    message = N_(
        "The database file cannot be opened or written: its folder may be read-only, or the file was moved "
        "or is not accessible; nothing was changed."
    )


class ConnectionLost(DatabaseProblem):
    kind = "connection_lost"
    message = N_(
        "The connection to the database server was lost; the last change was not saved. Check the network "
        "(and the VPN away from the office), then try again."
    )


class OutOfMemory(DatabaseProblem):
    kind = "out_of_memory"
    message = N_("The computer ran out of memory; nothing was changed. Close other programs and try again.")


class ConstraintViolation(DatabaseProblem, ConflictError):
    """The database refused a write that breaks one of its rules (a code used twice, a missing record)."""

    kind = "constraint"
    message = N_(
        "The database refused the change because it conflicts with another record (for example a code "
        "that is already used, or a record deleted meanwhile); nothing was saved."
    )


class ValueRefused(ConstraintViolation):
    """The server refused a value that does not fit its column (too long, out of range)."""

    kind = "value"
    message = N_(
        "The database refused a value that does not fit (too long, or out of range); nothing was saved."
    )


class PermissionRefused(DatabaseProblem):
    """The server's access rules refused the action for this login (role, country).

    When the refusal comes from one of the team-mode rules (db/roles.py), the server names it in the
    error's constraint field and the message says which rule; the row's values are never shown.
    """

    kind = "permission"
    message = N_("Your account is not allowed to do this; nothing was changed.")

    def __init__(self, message: str | None = None, *, rule: str | None = None, table: str | None = None):
        if message is None and rule in RULES:
            if table:
                message = _(
                    "Your account is not allowed to do this ({table}): {rule}. Nothing was changed.",
                    table=table,
                    rule=Message(RULES[rule]),
                )
            else:
                message = _(
                    "Your account is not allowed to do this: {rule}. Nothing was changed.",
                    rule=Message(RULES[rule]),
                )
        super().__init__(message)
        self.rule = rule
        self.table = table


# The team-mode rules a server may name when it refuses a change (db/roles.py raises them).
RULE_OWN_COUNTRIES = "own_countries"
RULE_APPROVE_VALUES = "approve_values"
RULE_REVIEW_SUBMISSIONS = "review_submissions"
RULE_UNLOCK_PERIODS = "unlock_periods"
RULE_AUDIT_APPEND_ONLY = "audit_append_only"
RULE_AUDIT_OWN_NAME = "audit_own_name"
RULE_AUDIT_CHAIN = "audit_chain"
RULE_MANAGE_USERS = "manage_users"
RULE_TEAM_LOGINS = "team_logins"
RULES = {
    RULE_OWN_COUNTRIES: N_("an officer adds, changes and deletes records of their own countries only"),
    RULE_APPROVE_VALUES: N_("only M&E officers and administrators approve reported values"),
    RULE_REVIEW_SUBMISSIONS: N_(
        "only M&E officers and administrators return or approve a country's submission"
    ),
    RULE_UNLOCK_PERIODS: N_("only an administrator reopens a locked period"),
    RULE_AUDIT_APPEND_ONLY: N_("the audit trail is never changed or deleted"),
    RULE_AUDIT_OWN_NAME: N_("audit entries are written in the name of the signed-in login"),
    RULE_AUDIT_CHAIN: N_("a new audit entry must follow the last one of the trail"),
    RULE_MANAGE_USERS: N_("only an administrator manages the team's users"),
    RULE_TEAM_LOGINS: N_(
        "only people's own logins join a team, and a login outside this team keeps its password (ask the "
        "server's IT person)"
    ),
}


_SQLITE_CLASSES: dict[int, type[DatabaseProblem]] = {
    SQLITE_BUSY: DatabaseBusy,
    SQLITE_LOCKED: DatabaseBusy,
    SQLITE_PROTOCOL: DatabaseBusy,
    SQLITE_NOMEM: OutOfMemory,
    SQLITE_READONLY: ReadOnlyDatabase,
    SQLITE_CORRUPT: DamagedDatabase,
    SQLITE_NOTADB: DamagedDatabase,
    SQLITE_FULL: DiskFull,
    SQLITE_CANTOPEN: CannotOpenDatabase,
    SQLITE_CONSTRAINT: ConstraintViolation,
}

# PostgreSQL SQLSTATE: exact codes first, then classes (the first two characters).
_SQLSTATE_CLASSES: dict[str, type[DatabaseProblem]] = {
    "25006": ReadOnlyAccount,  # read_only_sql_transaction (default_transaction_read_only, a standby)
    "42501": PermissionRefused,  # insufficient_privilege (grants, row-level security)
    "53100": DiskFull,  # disk_full
    "53200": OutOfMemory,  # out_of_memory
    "55P03": DatabaseBusy,  # lock_not_available
    "40P01": DatabaseBusy,  # deadlock_detected
    "40001": DatabaseBusy,  # serialization_failure
    "57014": DatabaseBusy,  # query_canceled (statement timeout)
    "XX001": DamagedDatabase,  # data_corrupted
    "XX002": DamagedDatabase,  # index_corrupted
    "57P01": ConnectionLost,  # admin_shutdown
    "57P02": ConnectionLost,  # crash_shutdown
    "57P03": ConnectionLost,  # cannot_connect_now
}
_SQLSTATE_PREFIXES: dict[str, type[DatabaseProblem]] = {
    "08": ConnectionLost,  # connection_exception
    "22": ValueRefused,  # data_exception (string_data_right_truncation, numeric_value_out_of_range…)
    "23": ConstraintViolation,  # integrity_constraint_violation
    "53": DiskFull,  # insufficient_resources
    "58": DiskFull,  # system_error (I/O)
}


def _driver_error(exc: BaseException) -> BaseException:
    """The DBAPI exception under SQLAlchemy's wrapper (or the exception itself)."""
    return getattr(exc, "orig", None) or exc


def _sqlite_class(error: sqlite3.Error) -> type[DatabaseProblem] | None:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    if code in (SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC, SQLITE_IOERR_TRUNCATE):
        return DiskFull
    if code & 0xFF == SQLITE_IOERR:
        return CannotOpenDatabase
    return _SQLITE_CLASSES.get(code & 0xFF)


def _server_class(exc: BaseException, error: BaseException) -> type[DatabaseProblem] | None:
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate:
        return _SQLSTATE_CLASSES.get(sqlstate) or _SQLSTATE_PREFIXES.get(sqlstate[:2])
    # No SQLSTATE: the driver lost the connection before the server answered (network, restart).
    if getattr(exc, "connection_invalidated", False):
        return ConnectionLost
    module = type(error).__module__
    if module.startswith("psycopg") and type(error).__name__ in ("OperationalError", "InterfaceError"):
        return ConnectionLost
    return None


_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "BEGIN")


def _is_write(statement: object) -> bool:
    """Whether the app's own statement (never the driver's message) writes."""
    return isinstance(statement, str) and statement.lstrip().upper().startswith(_WRITES)


def problem_class(exc: BaseException) -> type[DatabaseProblem] | None:
    """The class of environment problem `exc` stands for, or None (a bug, or not a database error)."""
    if isinstance(exc, DatabaseProblem):
        return type(exc)
    error = _driver_error(exc)
    if isinstance(error, sqlite3.Error):
        cls = _sqlite_class(error)
        if cls is CannotOpenDatabase and _is_write(getattr(exc, "statement", None)):
            # The file opened and was read, but its journal cannot be created: a read-only folder.
            return ReadOnlyDatabase
        return cls
    if type(error).__module__.startswith("psycopg"):
        return _server_class(exc, error)
    return None


def describe(exc: BaseException) -> str:
    """What a log may keep of a driver error: its class and code, never its text (it may quote values)."""
    error = _driver_error(exc)
    code = getattr(error, "sqlite_errorname", None) or getattr(error, "sqlstate", None) or "no code"
    statement = getattr(exc, "statement", None)
    where = f" in: {' '.join(str(statement).split())[:200]}" if statement else ""
    return f"{type(error).__module__}.{type(error).__name__} ({code}){where}"


def classify(exc: BaseException) -> DatabaseProblem | None:
    """The one-line problem for a driver error (raw or wrapped), or None when it is not one."""
    if isinstance(exc, DatabaseProblem):
        return exc
    cls = problem_class(exc)
    if cls is None:
        return None
    problem = cls(**_named_rule(exc)) if cls is PermissionRefused else cls()
    problem.detail = describe(exc)  # for the log: the statement without its parameters
    return problem


def _named_rule(exc: BaseException) -> dict[str, str | None]:
    """The team-mode rule and table a refusal names (the error's constraint and table fields), if any."""
    diag = getattr(_driver_error(exc), "diag", None)
    rule = getattr(diag, "constraint_name", None)
    if rule not in RULES:
        return {}
    return {"rule": rule, "table": getattr(diag, "table_name", None)}


def is_damage(exc: BaseException) -> bool:
    return problem_class(exc) is DamagedDatabase
