"""One translation system for the core, the donor report and the command line (the desktop app's widgets
keep Qt's .ts files): messages marked where they are written, one catalogue per language, Babel for
dates, numbers and lists. See flare_monitor/i18n/message.py for how a message is written, and the
README's "For developers" for how one is added to the catalogues."""

from flare_monitor.i18n.languages import LANGUAGES, NAMES, SOURCE, TRANSLATED, normalise, system_language
from flare_monitor.i18n.message import (
    N_,
    NP_,
    Message,
    Translator,
    _,
    ngettext,
    npgettext,
    pgettext,
    render_all,
    render_message,
)
from flare_monitor.i18n.params import Country, Field, PeriodName, Term

render = render_message

__all__ = [
    "LANGUAGES",
    "N_",
    "NAMES",
    "NP_",
    "SOURCE",
    "TRANSLATED",
    "Country",
    "Field",
    "Message",
    "PeriodName",
    "Term",
    "Translator",
    "_",
    "ngettext",
    "normalise",
    "npgettext",
    "pgettext",
    "render",
    "render_all",
    "render_message",
    "system_language",
]
