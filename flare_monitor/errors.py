"""Error classes the user can act on, kept apart from bugs.

Anything raised as `UserError` is shown as a one-line message (exit code 1 on the command line, a
plain dialog in the desktop app). Everything else is a bug and gets a traceback in the log.
"""


class UserError(Exception):
    """Bad input or a state the user can fix; the message is meant to be read by them."""


class ValidationError(UserError):
    """A record failed validation; `field` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class ValidationErrors(ValidationError):
    """Several fields failed at once: a form shows each message beside its field."""

    def __init__(self, errors: list[ValidationError]):
        super().__init__("; ".join(str(e) for e in errors), errors[0].field if errors else None)
        self.errors = errors


class NotFoundError(UserError):
    """A record named by the user does not exist."""


class ConflictError(UserError):
    """The record changed or is in use elsewhere (optimistic locking, dependants, locked period)."""


class EnvironmentProblem(UserError):
    """The machine is in the way: disk full, file locked, read-only folder, network share."""


class DatabaseTooNewError(UserError):
    """The database was written by a newer FLARE Monitor; it is left untouched."""


class ConcurrentEditError(ConflictError):
    """Someone else saved or deleted the record since the user opened it; nothing was saved."""

    def __init__(self, message: str, changes: dict[str, tuple] | None = None, deleted: bool = False):
        super().__init__(message)
        self.changes = changes or {}  # field → (what the user saw, what is stored now)
        self.deleted = deleted


class ServerConnectionError(EnvironmentProblem):
    """The database server cannot be reached or refused the connection (address, password, database)."""

    def __init__(self, message: str, needs_password: bool = False):
        super().__init__(message)
        self.needs_password = needs_password
