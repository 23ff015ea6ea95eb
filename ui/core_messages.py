"""Messages of the core (flare_monitor, no Qt, English) in the UI's language.

The core writes its messages in English for the log, the command line and the UI alike. The ones
users meet most — data-quality findings, attendance-import problems, field validation — are
recognised here by their pattern and rewritten from a template lupdate extracts (context "core");
parameters that are words of the core ("all countries", "female", "value") are translated too. Any
other message is shown as the core wrote it. tests/ui/test_translations.py checks that the patterns
still match what the core writes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import vocab
from ui.formatting import format_date, format_decimal


def _t(text: str) -> str:
    return QCoreApplication.translate("core", text)


# Field names as the services write them before a colon ("days attended: …").
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("core", "name"),
    "full name": QT_TRANSLATE_NOOP("core", "name"),
    "sex": QT_TRANSLATE_NOOP("core", "sex"),
    "organization": QT_TRANSLATE_NOOP("core", "organization"),
    "position": QT_TRANSLATE_NOOP("core", "position"),
    "phone": QT_TRANSLATE_NOOP("core", "phone"),
    "email": QT_TRANSLATE_NOOP("core", "e-mail"),
    "e-mail": QT_TRANSLATE_NOOP("core", "e-mail"),
    "age group": QT_TRANSLATE_NOOP("core", "age group"),
    "days": QT_TRANSLATE_NOOP("core", "days attended"),
    "days attended": QT_TRANSLATE_NOOP("core", "days attended"),
    "pre-test": QT_TRANSLATE_NOOP("core", "pre-test score"),
    "post-test": QT_TRANSLATE_NOOP("core", "post-test score"),
    "pre-test score": QT_TRANSLATE_NOOP("core", "pre-test score"),
    "post-test score": QT_TRANSLATE_NOOP("core", "post-test score"),
    "remarks": QT_TRANSLATE_NOOP("core", "remarks"),
    "province": QT_TRANSLATE_NOOP("core", "province"),
    "consent": QT_TRANSLATE_NOOP("core", "consent"),
    "participant code": QT_TRANSLATE_NOOP("core", "participant code"),
    "code": QT_TRANSLATE_NOOP("core", "code"),
    "title": QT_TRANSLATE_NOOP("core", "title"),
    "type": QT_TRANSLATE_NOOP("core", "type"),
    "status": QT_TRANSLATE_NOOP("core", "status"),
    "start": QT_TRANSLATE_NOOP("core", "planned start"),
    "end": QT_TRANSLATE_NOOP("core", "planned end"),
    "actual start": QT_TRANSLATE_NOOP("core", "actual start"),
    "actual end": QT_TRANSLATE_NOOP("core", "actual end"),
    "country": QT_TRANSLATE_NOOP("core", "country"),
    "subdivision": QT_TRANSLATE_NOOP("core", "subdivision"),
    "venue": QT_TRANSLATE_NOOP("core", "venue"),
    "description": QT_TRANSLATE_NOOP("core", "description"),
    "value": QT_TRANSLATE_NOOP("core", "value"),
    "target": QT_TRANSLATE_NOOP("core", "target"),
    # project set-up (services.project_setup, services.framework)
    "donor": QT_TRANSLATE_NOOP("core", "donor"),
    "start date": QT_TRANSLATE_NOOP("core", "start date"),
    "end date": QT_TRANSLATE_NOOP("core", "end date"),
    "grant number": QT_TRANSLATE_NOOP("core", "grant number"),
    "grantee": QT_TRANSLATE_NOOP("core", "grantee"),
    "countries": QT_TRANSLATE_NOOP("core", "countries"),
    "provinces": QT_TRANSLATE_NOOP("core", "provinces"),
    "levels": QT_TRANSLATE_NOOP("core", "levels"),
    "statement": QT_TRANSLATE_NOOP("core", "statement"),
    "parent": QT_TRANSLATE_NOOP("core", "parent"),
    "result": QT_TRANSLATE_NOOP("core", "result"),
    "unit": QT_TRANSLATE_NOOP("core", "unit"),
    "baseline": QT_TRANSLATE_NOOP("core", "baseline"),
    "lop target": QT_TRANSLATE_NOOP("core", "LOP target"),
    "acronym": QT_TRANSLATE_NOOP("core", "acronym"),
}


def field_label(field: str) -> str:
    source = _FIELDS.get(field.strip().lower())
    return _t(source) if source else field


def _same(text: str) -> str:
    return text


def _skip(_text: str) -> str:
    """A part of the core's message the translation leaves out (e.g. a name said again)."""
    return ""


def _where(text: str) -> str:
    """A scope as the quality rules write it: "all countries", "PK" or "PK, female"."""
    parts = []
    for part in text.split(", "):
        if part == "all countries":
            parts.append(_t(QT_TRANSLATE_NOOP("core", "all countries")))
        elif part in ("female", "male", "other", "not_recorded"):
            parts.append(vocab.label(part))
        else:
            parts.append(part)
    return ", ".join(parts)


def _date(text: str) -> str:
    try:
        return format_date(date.fromisoformat(text))
    except ValueError:
        return text


def _num(text: str) -> str:
    """A number the core wrote (1.5) as the locale writes it (1,5); anything else (a quoted remark) as is."""
    try:
        return format_decimal(float(text), 2)
    except ValueError:
        return text


def _word(text: str) -> str:
    """A vocabulary value (training, female …) as the UI names it, in lower case within a sentence."""
    label = vocab.label(text)
    return label if label == text else label[:1].lower() + label[1:]


_Converters = tuple[Callable[[str], str], ...]
_CATALOGUE: list[tuple[re.Pattern[str], str, _Converters]] = []


def _add(pattern: str, template: str, *converters: Callable[[str], str]) -> None:
    _CATALOGUE.append((re.compile(pattern, re.DOTALL), template, converters))


# ---- data-quality findings (flare_monitor.indicators.quality)
_add(
    r"Indicator (.+?), (\S+) \((.+?)\): the values by sex add up to (\S+), more than the total (\S+)",
    QT_TRANSLATE_NOOP(
        "core", "Indicator %1, %2 (%3): the values by sex add up to %4, more than the total %5"
    ),
    _same, _same, _where, _num, _num,
)  # fmt: skip
_add(
    r"Indicator (.+?), (\S+) \((.+?)\): the numerators or denominators by sex add up to more than "
    r"the total's",
    QT_TRANSLATE_NOOP(
        "core", "Indicator %1, %2 (%3): the numerators or denominators by sex add up to more than the total's"
    ),
    _same, _same, _where,
)  # fmt: skip
_add(
    r"Indicator (.+?), (\S+) \((.+?)\): (\S+) % \((\S+)/(\S+)\) is not a percentage from 0 to 100 with "
    r"0 ≤ numerator ≤ denominator",
    QT_TRANSLATE_NOOP(
        "core",
        "Indicator %1, %2 (%3): %4 % (%5/%6) is not a percentage from 0 to 100 with "
        "0 ≤ numerator ≤ denominator",
    ),
    _same, _same, _where, _num, _num, _num,
)  # fmt: skip
_add(
    r"Indicator (.+?), (\S+) \((.+?)\): negative figure \(value (\S+), numerator (\S+), denominator (\S+)\)",
    QT_TRANSLATE_NOOP(
        "core", "Indicator %1, %2 (%3): negative figure (value %4, numerator %5, denominator %6)"
    ),
    _same, _same, _where, _num, _num, _num,
)  # fmt: skip
_add(
    r"Indicator (.+?): the target for (\S+) \((.+?)\) is negative \((\S+)\)",
    QT_TRANSLATE_NOOP("core", "Indicator %1: the target for %2 (%3) is negative (%4)"),
    _same, _same, _where, _num,
)  # fmt: skip
for _kind, _template in (
    ("value", QT_TRANSLATE_NOOP("core", "Indicator %1: the value for %2 (%3 to %4, %5) is outside %6, "
                                        "which runs %7 to %8")),
    ("target", QT_TRANSLATE_NOOP("core", "Indicator %1: the target for %2 (%3 to %4, %5) is outside %6, "
                                         "which runs %7 to %8")),
):  # fmt: skip
    _add(
        rf"Indicator (.+?): the {_kind} for (\S+) \((\S+) to (\S+), (.+?)\) is outside (\S+), "
        r"which runs (\S+) to (\S+)",
        _template,
        _same, _same, _date, _date, _where, _same, _date, _date,
    )  # fmt: skip
for _kind, _runs, _not_label in (
    (
        "value",
        QT_TRANSLATE_NOOP("core", "Indicator %1: the value for %2 (%3) is dated %4 to %5, but %6 runs "
                                  "%7 to %8"),
        QT_TRANSLATE_NOOP("core", "Indicator %1: the value for %2 (%3) is dated %4 to %5, but “%6” is not a "
                                  "period label"),
    ),
    (
        "target",
        QT_TRANSLATE_NOOP("core", "Indicator %1: the target for %2 (%3) is dated %4 to %5, but %6 runs "
                                  "%7 to %8"),
        QT_TRANSLATE_NOOP("core", "Indicator %1: the target for %2 (%3) is dated %4 to %5, but “%6” is not a "
                                  "period label"),
    ),
):  # fmt: skip
    _add(
        rf"Indicator (.+?): the {_kind} for (.+?) \((.+?)\) is dated (\S+) to (\S+), but (\S+) runs "
        r"(\S+) to (\S+)",
        _runs,
        _same, _same, _where, _date, _date, _same, _date, _date,
    )  # fmt: skip
    _add(
        rf"Indicator (.+?): the {_kind} for (.+?) \((.+?)\) is dated (\S+) to (\S+), but '(.*)' is not a "
        r"period label",
        _not_label,
        _same, _same, _where, _date, _date, _same,
    )  # fmt: skip
_add(
    r"Indicator (.+?) \(computed\) has no target for this period, so its achievement cannot be shown",
    QT_TRANSLATE_NOOP(
        "core", "Indicator %1 (computed) has no target for this period, so its achievement cannot be shown"
    ),
    _same,
)
_add(
    r"Indicator (.+?) \(manual\) has no target for this period, so its achievement cannot be shown",
    QT_TRANSLATE_NOOP(
        "core", "Indicator %1 (reported) has no target for this period, so its achievement cannot be shown"
    ),
    _same,
)
_add(
    r"Activity (.+?) \((\w+), '(.*)'\) is completed but has no attendance recorded, so its participants are "
    r"not counted",
    QT_TRANSLATE_NOOP(
        "core",
        "Activity %1 (%2, “%3”) is completed but has no attendance recorded, so its participants are not "
        "counted",
    ),
    _same, _word, _same,
)  # fmt: skip
_add(
    r"Participant (.+) attended 1 activity in the period \(e\.g\. (.+?)\) without their sex recorded; "
    r"reports need the breakdown by sex",
    QT_TRANSLATE_NOOP(
        "core",
        "Participant %1 attended an activity in the period (%2) without their sex recorded; reports need "
        "the breakdown by sex",
    ),
    _same, _same,
)  # fmt: skip
_add(
    r"Participant (.+) attended (\d+) activities in the period \(e\.g\. (.+?)\) without their sex recorded; "
    r"reports need the breakdown by sex",
    QT_TRANSLATE_NOOP(
        "core",
        "Participant %1 attended %2 activities in the period (e.g. %3) without their sex recorded; reports "
        "need the breakdown by sex",
    ),
    _same, _same, _same,
)  # fmt: skip
_add(
    r"Indicator (.+?): (\d+) value\(s\) in this period have no numerator and denominator, so the (\d+) "
    r"figures cannot be combined into one percentage",
    QT_TRANSLATE_NOOP(
        "core",
        "Indicator %1: %2 value(s) in this period have no numerator and denominator, so the %3 figures "
        "cannot be combined into one percentage",
    ),
    _same, _same, _same,
)  # fmt: skip
_add(
    r"Indicator (.+?) counts people by organization type, but (\d+) organization\(s\) of people in the "
    r"period's activities have a type nobody has confirmed \((.*)\); check their types on the "
    r"Organizations page",
    QT_TRANSLATE_NOOP(
        "core",
        "Indicator %1 counts people by organization type, but %2 organization(s) of people in the period's "
        "activities have a type nobody has confirmed (%3); check their types on the Organizations page",
    ),
    _same, _same, _same,
)  # fmt: skip

_add(
    r"Activity (.+?) \((\w+), '(.*)'\) is completed but has no signed attendance sheet attached as evidence",
    QT_TRANSLATE_NOOP(
        "core", "Activity %1 (%2, “%3”) is completed but has no signed attendance sheet attached as evidence"
    ),
    _same, _word, _same,
)  # fmt: skip
_add(
    r"Indicator (.+?), (\S+) \((.+?)\): the reported value has no evidence attached \(its means of "
    r"verification\)",
    QT_TRANSLATE_NOOP(
        "core",
        "Indicator %1, %2 (%3): the reported value has no evidence attached (its means of verification)",
    ),
    _same, _same, _where,
)  # fmt: skip

# ---- evidence files refused (flare_monitor.evidence.detect, files)
_PROGRAMS = (
    r"a Windows program \(\.exe or \.dll\)|a Linux program|a macOS program|a script|a Windows shortcut|"
    r"a Java or macOS program|a WebAssembly program"
)
_add(
    rf"(.+?): it is ({_PROGRAMS}), not a document: programs are never kept as evidence; it was not "
    r"attached\.",
    QT_TRANSLATE_NOOP(
        "core",
        "%1: it is a program, not a document: programs are never kept as evidence; it was not attached.",
    ),
    _same, _same,
)  # fmt: skip
_add(
    r"(.+?): it is (\S+ [KMG]B); evidence files may be at most (\S+ MB); it was not attached\.",
    QT_TRANSLATE_NOOP("core", "%1: it is %2; evidence files may be at most %3; it was not attached."),
    _same, _same, _same,
)  # fmt: skip
_add(
    r"(.+?): it is an archive \((.+)\): attach the documents inside it, one by one; it was not "
    r"attached\.",
    QT_TRANSLATE_NOOP(
        "core",
        "%1: it is an archive (%2): attach the documents inside it, one by one; it was not attached.",
    ),
    _same, _same,
)  # fmt: skip
_add(
    r"(.+?): it is a zip archive: attach the documents inside it, one by one; it was not attached\.",
    QT_TRANSLATE_NOOP(
        "core", "%1: it is a zip archive: attach the documents inside it, one by one; it was not attached."
    ),
    _same,
)  # fmt: skip
_add(
    r"(.+?): it is (?:a file of another kind \((.+)\)|(a file of a kind that cannot be recognised)); "
    r"evidence may be .+; it was not attached\.",
    QT_TRANSLATE_NOOP(
        "core",
        "%1: files of this kind are not kept as evidence (only PDF, images, Office documents and plain "
        "text); it was not attached.",
    ),
    _same, _same, _same,
)  # fmt: skip
_add(
    r"(.+?): the PDF contains (.+): it is kept, and FLARE Monitor never runs it, but open it only in a "
    r"viewer that does not run scripts",
    QT_TRANSLATE_NOOP(
        "core",
        "%1: the PDF contains scripts or embedded files: it is kept, and FLARE Monitor never runs them, but "
        "open it only in a viewer that does not run scripts",
    ),
    _same, _same,
)  # fmt: skip

# ---- attendance-sheet import (flare_monitor.io.attendance_import, attendance_columns)
_add(r"row (\d+): (.+)", QT_TRANSLATE_NOOP("core", "row %1: %2"), _same, lambda rest: translate(rest))
_add(r"name is missing", QT_TRANSLATE_NOOP("core", "name is missing"))
_add(
    r"name: '(.*)' is not a person's name",
    QT_TRANSLATE_NOOP("core", "name: “%1” is not a person's name"),
    _same,
)
_add(
    r"sex: '(.*)' is not understood; write F or M \(also .*\) or other, or leave it blank",
    QT_TRANSLATE_NOOP(
        "core",
        "sex: “%1” is not understood; write F or M (also female/male, mujer/hombre, femme/homme, Ж/М, 女/男) "
        "or other, or leave it blank",
    ),
    _same,
)
_add(r"sex not recorded", QT_TRANSLATE_NOOP("core", "sex not recorded"))
_add(
    r"no sex column: everyone is recorded as 'not recorded'",
    QT_TRANSLATE_NOOP("core", "no sex column: everyone is recorded as “not recorded”"),
)
_add(r"below the total row; not imported", QT_TRANSLATE_NOOP("core", "below the total row; not imported"))
_add(
    r'column (\w+) "(.*)" is not imported \(heading not recognised; use --map to import it\)',
    QT_TRANSLATE_NOOP(
        "core",
        "column %1 “%2” is not imported (heading not recognised; choose what it holds on the Columns page)",
    ),
    _same, _same,
)  # fmt: skip
_add(
    r"rows (\d+) and (\d+) are the same person \((.*)\); imported once",
    QT_TRANSLATE_NOOP("core", "rows %1 and %2 are the same person (%3); imported once"),
    _same, _same, _same,
)  # fmt: skip
_add(
    r"(.*) in the register has the same name but another organization; a new person is created "
    r"\(check for duplicates\)",
    QT_TRANSLATE_NOOP(
        "core",
        "%1 in the register has the same name but another organization; a new person is created "
        "(check for duplicates)",
    ),
    _same,
)
_add(
    r"sex is (\w+) in the sheet but (\w+) in the register; the register is kept",
    QT_TRANSLATE_NOOP("core", "sex is “%1” in the sheet but “%2” in the register; the register is kept"),
    _word, _word,
)  # fmt: skip
_add(
    r"(days attended|pre-test score|post-test score|remarks) is (.*) in the sheet but (.*) on the roster; "
    r"the roster is kept",
    QT_TRANSLATE_NOOP("core", "%1 is %2 in the sheet but %3 on the roster; the roster is kept"),
    field_label, _num, _num,
)  # fmt: skip
_add(
    r"(phone|e-mail) also belongs to (.*) in the register; treated as another person",
    QT_TRANSLATE_NOOP("core", "the %1 also belongs to %2 in the register; treated as another person"),
    field_label, _same,
)  # fmt: skip
_add(
    r"date (\S+) is outside (\S+) \((\S+) to (\S+)\)",
    QT_TRANSLATE_NOOP("core", "date %1 is outside %2 (%3 to %4)"),
    _date, _same, _date, _date,
)  # fmt: skip
_add(
    r"'(.*)' is not a province or region of (\w+); left blank",
    QT_TRANSLATE_NOOP("core", "“%1” is not a province or region of %2; left blank"),
    _same, vocab.country_label,
)  # fmt: skip


# ---- KoboToolbox and ODK exports (flare_monitor.io.attendance_import, docs/IMPORTING.md)
def _answer(text: str) -> str:
    """A value the import shows in a change: 'Inspector' as is; blank, yes, no and sexes translated."""
    words = {
        "blank": QT_TRANSLATE_NOOP("core", "blank"),
        "yes": QT_TRANSLATE_NOOP("core", "yes"),
        "no": QT_TRANSLATE_NOOP("core", "no"),
    }
    if text in words:
        return _t(words[text])
    return _word(text) if text in ("female", "male", "other", "not_recorded") else _num(text)


_add(
    r"no consent to keep personal data: the name, position, phone, e-mail, remarks and participant code are "
    r"not kept \(a stand-in name is recorded; sex, age group, organization, days and scores are counted\)",
    QT_TRANSLATE_NOOP(
        "core",
        "no consent to keep personal data: the name, position, phone, e-mail, remarks and participant "
        "code are not kept (a stand-in name is recorded; sex, age group, organization, days and scores are "
        "counted)",
    ),
)
_add(
    r"consent: '(.*)' is not understood; write yes or no \(also .*\)",
    QT_TRANSLATE_NOOP(
        "core", "consent: “%1” is not understood; write yes or no (also sí/no, oui/non, да/нет, 是/否)"
    ),
    _same,
)
_add(
    r"(.+?): (.*) → (.*) \(edited in the form since the last import\)",
    QT_TRANSLATE_NOOP("core", "%1: %2 → %3 (edited in the form since the last import)"),
    field_label, _answer, _answer,
)  # fmt: skip
_add(
    r"rows (\d+) and (\d+) are the same submission; imported once",
    QT_TRANSLATE_NOOP("core", "rows %1 and %2 are the same submission; imported once"),
    _same, _same,
)  # fmt: skip
_add(
    r"no one on the roster of (.+) has this participant code, name or phone; not imported",
    QT_TRANSLATE_NOOP(
        "core", "no one on the roster of %1 has this participant code, name or phone; not imported"
    ),
    _same,
)
_add(
    r"several people on the roster of (.+) have this name; not imported \(add their participant code or "
    r"phone to the form\)",
    QT_TRANSLATE_NOOP(
        "core",
        "several people on the roster of %1 have this name; not imported (add their participant code or "
        "phone to the form)",
    ),
    _same,
)
_add(
    r"Some of these form submissions were imported meanwhile, perhaps by another import; preview it again\. "
    r"Nothing was imported\.",
    QT_TRANSLATE_NOOP(
        "core",
        "Some of these form submissions were imported meanwhile, perhaps by another import; preview it "
        "again. Nothing was imported.",
    ),
)

# ---- field validation of the services (forms, roster cells, import rows)
_add(
    r"days attended: (\S+) is out of range \(0 to (\S+), the length of (.+)\)",
    QT_TRANSLATE_NOOP("core", "days attended: %1 is out of range (0 to %2, the length of %3)"),
    _num, _same, _same,
)  # fmt: skip
_add(
    r"(.+?): (\S+) is out of range \(0 to 100\)",
    QT_TRANSLATE_NOOP("core", "%1: %2 is out of range (0 to 100)"),
    field_label, _num,
)  # fmt: skip
_add(
    r"(.+?): '(.*)' is not a number",
    QT_TRANSLATE_NOOP("core", "%1: “%2” is not a number"),
    field_label,
    _same,
)
_add(
    r"e-mail: '(.*)' is not an e-mail address",
    QT_TRANSLATE_NOOP("core", "e-mail: “%1” is not an e-mail address"),
    _same,
)
_add(
    r"phone: '(.*)' has too few digits for a phone number",
    QT_TRANSLATE_NOOP("core", "phone: “%1” has too few digits for a phone number"),
    _same,
)
_add(
    r"(.+?): longer than (\d+) characters",
    QT_TRANSLATE_NOOP("core", "%1: longer than %2 characters"),
    field_label, _same,
)  # fmt: skip
_add(r"(.+?): must not be empty", QT_TRANSLATE_NOOP("core", "%1: must not be empty"), field_label)
_add(
    r"(.+?): a date is required \(YYYY-MM-DD\)",
    QT_TRANSLATE_NOOP("core", "%1: a date is required"),
    field_label,
)
_add(
    r"(.+?): '(.*)' is not a date in the form YYYY-MM-DD",
    QT_TRANSLATE_NOOP("core", "%1: “%2” is not a date in the form YYYY-MM-DD"),
    field_label, _same,
)  # fmt: skip
_add(
    r"(.*) is already on the roster of (.+)",
    QT_TRANSLATE_NOOP("core", "%1 is already on the roster of %2"),
    _same, _same,
)  # fmt: skip

# ---- project set-up (flare_monitor.services.project_setup, framework, organizations)
_add(
    r"end date: (\S+) is not after the start date \((\S+)\)",
    QT_TRANSLATE_NOOP("core", "end date: %1 is not after the start date (%2)"),
    _date, _date,
)  # fmt: skip
_add(
    r"code: a project called (.+) already exists",
    QT_TRANSLATE_NOOP("core", "code: a project called %1 already exists"),
    _same,
)
_add(
    r"countries: choose at least one country \(ISO codes, e\.g\. PK,PE\)",
    QT_TRANSLATE_NOOP("core", "countries: choose at least one country"),
)
_add(
    r"countries: (\w+) \((.+?)\) cannot be removed from (.+?): it has (.+)",
    QT_TRANSLATE_NOOP("core", "countries: %1 cannot be removed from %3: it has %4"),
    vocab.country_label, _skip, _same, _same,
)  # fmt: skip
_add(
    r"code: (.+?) already has a result (.+)",
    QT_TRANSLATE_NOOP("core", "code: %1 already has a result %2"),
    _same, _same,
)  # fmt: skip
_add(
    r"code: (.+?) already has an indicator (.+)",
    QT_TRANSLATE_NOOP("core", "code: %1 already has an indicator %2"),
    _same, _same,
)  # fmt: skip
_add(
    r"Result (.+?) cannot be deleted: it has (.+)\. Move or delete them first\.",
    QT_TRANSLATE_NOOP("core", "Result %1 cannot be deleted: it has %2. Move or delete them first."),
    _same, _same,
)  # fmt: skip
_add(
    r"Indicator (.+?) cannot be deleted: (\d+) reported values? depends? on it\. Clear them first\.",
    QT_TRANSLATE_NOOP(
        "core", "Indicator %1 cannot be deleted: %2 reported value(s) depend on it. Clear them first."
    ),
    _same, _same,
)  # fmt: skip
_add(
    r"(.+?) cannot be deleted: (.+?) (?:is|are) locked \(submitted to the donor\); unlock (?:it|them) with a "
    r"reason first",
    QT_TRANSLATE_NOOP(
        "core",
        "%1 cannot be deleted: locked period(s) %2 (submitted to the donor); unlock first, with a reason",
    ),
    _same, _same,
)  # fmt: skip
_add(
    r"confirm: type the project's code \((.+?)\) to confirm that it is to be deleted",
    QT_TRANSLATE_NOOP("core", "confirm: type the project's code (%1) to confirm that it is to be deleted"),
    _same,
)
_add(
    r"parent: (.+?) cannot go under (.+?), which is .+ itself or one of the results under it",
    QT_TRANSLATE_NOOP(
        "core", "parent: %1 cannot go under %2, which is itself or one of the results under it"
    ),
    _same, _same,
)  # fmt: skip
_add(
    r"(.+?) is already the first result at its level",
    QT_TRANSLATE_NOOP("core", "%1 is already the first result at its level"),
    _same,
)
_add(
    r"(.+?) is already the last result at its level",
    QT_TRANSLATE_NOOP("core", "%1 is already the last result at its level"),
    _same,
)
_add(
    r"An organization cannot be merged with itself\.",
    QT_TRANSLATE_NOOP("core", "An organization cannot be merged with itself."),
)
_add(
    r"(.+?): '(.*)' is not a number",
    QT_TRANSLATE_NOOP("core", "%1: “%2” is not a number"),
    field_label, _same,
)  # fmt: skip

# ---- why two participants may be the same person (services.participants.find_duplicates)
_add(
    r"same name \(ignoring case, accents, spacing and word order\), same organization",
    QT_TRANSLATE_NOOP(
        "core", "same name (ignoring case, accents, spacing and word order), same organization"
    ),
)
_add(
    r"same name \(ignoring case, accents, spacing and word order\)",
    QT_TRANSLATE_NOOP("core", "same name (ignoring case, accents, spacing and word order)"),
)
_add(r"same phone number", QT_TRANSLATE_NOOP("core", "same phone number"))
_add(r"same e-mail address", QT_TRANSLATE_NOOP("core", "same e-mail address"))

_PLACEHOLDER = re.compile(r"%(\d+)")


def match(message: str) -> tuple[str, list[str]] | None:
    """The template (English source text) and the converted parameters of a known message."""
    for pattern, template, converters in _CATALOGUE:
        found = pattern.fullmatch(message)
        if found:
            values = [convert(value) for convert, value in zip(converters, found.groups(), strict=True)]
            return template, values
    return None


def translate(message: str) -> str:
    """``message`` in the UI's language if the core's pattern is known, else as the core wrote it."""
    from ui import i18n

    return _translated(str(message), i18n.current_language())


@functools.lru_cache(maxsize=8192)  # tables ask for the same few messages at every repaint
def _translated(message: str, _language: str) -> str:
    known = match(message)
    if known is None:
        return str(message)
    template, values = known
    # One pass, so a parameter holding "%2" is never replaced again.
    return _PLACEHOLDER.sub(lambda m: values[int(m.group(1)) - 1], _t(template))


def translate_all(messages) -> list[str]:
    return [translate(m) for m in messages]


def translate_joined(text: str, separator: str = "; ") -> str:
    """Messages the core joined into one text ("same phone number; same e-mail address")."""
    return separator.join(translate(part) for part in str(text).split(separator))


# ---- a save refused because someone else saved or deleted the record meanwhile (services.common)
_AT = r"(?: at (\d{2}:\d{2}|\d{4}-\d{2}-\d{2} \d{2}:\d{2}))?"


def _who(text: str) -> str:
    return _t(QT_TRANSLATE_NOOP("core", "Someone else")) if text == "Someone else" else text


def _when(text: str) -> str:
    """' at 14:05' as the UI writes it ('' when the trail does not say when)."""
    return _t(QT_TRANSLATE_NOOP("core", " at %1")).replace("%1", text) if text else ""


_RECORDS = [
    (re.compile(r"activity (.+)"), QT_TRANSLATE_NOOP("core", "activity %1")),
    (re.compile(r"the participant (.+)"), QT_TRANSLATE_NOOP("core", "the participant %1")),
    (re.compile(r"the organization (.+)"), QT_TRANSLATE_NOOP("core", "the organization %1")),
    (re.compile(r"the attendance of (.+) at (.+)"), QT_TRANSLATE_NOOP("core", "the attendance of %1 at %2")),
    (re.compile(r"this activity"), QT_TRANSLATE_NOOP("core", "this activity")),
    (re.compile(r"this attendance record"), QT_TRANSLATE_NOOP("core", "this attendance record")),
]


def _record(text: str) -> str:
    """The record a refused save names ('activity T-1'), in the UI's language when it is a usual one."""
    for pattern, template in _RECORDS:
        found = pattern.fullmatch(text)
        if found:
            return _PLACEHOLDER.sub(lambda m, found=found: found.group(int(m.group(1))), _t(template))
    return text


def _changes(text: str) -> str:
    """': venue 'a' → 'b'; title …' with the field names in the UI's language ('' when none are listed)."""
    if not text:
        return ""
    parts = []
    for part in text.split("; "):
        label = next((f for f in sorted(_FIELDS, key=len, reverse=True) if part.startswith(f + " ")), None)
        parts.append(field_label(label) + part[len(label) :] if label else part)
    return _t(QT_TRANSLATE_NOOP("core", ": %1")).replace("%1", "; ".join(parts))


_add(
    rf"(.+?) saved (.+?){_AT}(?:: (.+))?\. Your changes were not saved; reopen it to see the current "
    r"version\.",
    QT_TRANSLATE_NOOP("core", "%1 saved %2%3%4. Your changes were not saved; reopen it to see the "
                              "current version."),
    _who, _record, _when, _changes,
)  # fmt: skip
_add(
    rf"(.+?) deleted (.+?){_AT}\. Your changes were not saved\.",
    QT_TRANSLATE_NOOP("core", "%1 deleted %2%3. Your changes were not saved."),
    _who, _record, _when,
)  # fmt: skip
