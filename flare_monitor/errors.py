"""Error classes the user can act on, kept apart from bugs.

Anything raised as `UserError` is shown as a one-line message (exit code 1 on the command line, a
plain dialog in the desktop app). Everything else is a bug and gets a traceback in the log.

The message is a flare_monitor.i18n message (`_("…", name=value)`): `str(error)` is its English text
(the log), `error.text(language)` the same in the language it is shown in (the app's, the command
line's):

    raise NotFoundError(_("{project} has no result with the code {code}", project=project, code=code))
"""

from flare_monitor.i18n.message import Message, render_message


class UserError(Exception):
    """Bad input or a state the user can fix; the message is meant to be read by them."""

    def __init__(self, message: str = "", *args):
        super().__init__(message, *args)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)

    def text(self, language: str) -> str:
        """The message in `language` (a message not marked for translation: as written)."""
        return render_message(self.message, language)


class ValidationError(UserError):
    """A record failed validation; `field` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class ValidationErrors(ValidationError):
    """Several fields failed at once: a form shows each message beside its field."""

    def __init__(self, errors: list[ValidationError]):
        from flare_monitor.i18n.params import Joined

        joined = Message("{problems}", {"problems": Joined([e.message for e in errors], "; ")})
        super().__init__(joined, errors[0].field if errors else None)
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
