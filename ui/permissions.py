"""What the signed-in login may do, for the screens: which buttons and menu entries are enabled, and why
the others are greyed out.

On a shared server the window asks once, in a worker, who is signed in (flare_monitor.actions.identity:
`who_is_signed_in`) and hands the answer to every page (`Page.set_permissions`). On a database file, or
until the answer arrives, everything is allowed: the one user of a file may do everything, and on a
server a button left enabled still ends in the server's own refusal, a one-line message naming the
rule. The rules themselves are the application layer's (`Identity.why_not`); here they only become
enabled states and tooltips in the UI's language.
"""

from __future__ import annotations

from flare_monitor.actions import identity as rules
from ui import i18n

# What a user may be allowed to do (re-exported so pages need not import the rules themselves).
EDIT_RECORDS = rules.EDIT_RECORDS
ENTER_VALUES = rules.ENTER_VALUES
READ_PERSONAL_DATA = rules.READ_PERSONAL_DATA
MERGE_PARTICIPANTS = rules.MERGE_PARTICIPANTS
APPROVE_VALUES = rules.APPROVE_VALUES
LOCK_PERIODS = rules.LOCK_PERIODS
UNLOCK_PERIODS = rules.UNLOCK_PERIODS
EDIT_FRAMEWORK = rules.EDIT_FRAMEWORK
EXPORT_PACKAGES = rules.EXPORT_PACKAGES
IMPORT_PACKAGES = rules.IMPORT_PACKAGES


class Permissions:
    """The rules of one signed-in login (`identity` None: everything allowed)."""

    def __init__(self, identity: rules.Identity | None = None):
        self.identity = identity if identity is not None and identity.server else None

    @property
    def restricted(self) -> bool:
        """True when some actions may be refused: a team login on a server (not its owner)."""
        return self.identity is not None and self.identity.role != rules.OWNER

    def why_not(self, action: str, country: str | None = None) -> str:
        """Why `action` (for `country`, or project-wide) is not allowed, in the UI's language ("" when it
        is)."""
        if self.identity is None:
            return ""
        reason = self.identity.why_not(action, country)
        return i18n.text(reason) if reason is not None else ""

    def may(self, action: str, country: str | None = None) -> bool:
        return not self.why_not(action, country)

    def why_not_any(self, action: str, countries) -> str:
        """Why `action` is allowed for none of `countries` ("" when it is for one of them at least, or when
        there are none to check)."""
        reasons = [self.why_not(action, country) for country in countries]
        return "" if not reasons or "" in reasons else reasons[0]


EVERYTHING = Permissions()
