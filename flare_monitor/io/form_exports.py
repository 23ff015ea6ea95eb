"""Exports of KoboToolbox and ODK forms read as they come: one table of people, one row per person.

A form export is recognised by its metadata columns (`attendance_columns.form_tool`). Reading one:

- **Repeat groups.** A form that registers several people per submission keeps them in a repeat group:
  KoboToolbox writes it as an extra sheet of the workbook (named after the group, joined to the main sheet
  by `_parent_index` = the main sheet's `_index`), ODK as an extra CSV file (`FORM-GROUP.csv`, joined by
  `PARENT_KEY` = the main file's `KEY`). When a repeat sheet or file holds names, the people are read from it
  and each row gets its submission's other answers (the institution asked once, the consent …).
- **Submissions.** Each row gets a last column, `_submission`: the submission's stable id, then any id an
  earlier download may have used for it. KoboToolbox gives an edited submission a new `_uuid` and keeps the
  first in `meta/rootUuid` (and the previous one in `meta/deprecatedID`); ODK Central keeps the first
  `instanceID` in `KEY`. A person of a repeat group is the submission's id plus "/GROUP[n]", n counting from
  1 within the submission, as ODK writes its repeat keys.
- **Choices.** With the form itself (the XLSForm workbook, `read_definition`), answers exported as XML
  values ("1", "fia") are replaced by the choices' labels, so the sex or the organization can be read.
  A multiple-choice question about the days attended counts the days chosen.
- **Title.** The form's title comes from the XLSForm, else KoboToolbox's file name ("TITLE - all versions -
  labels - DATE.xlsx") or first sheet's name, else ODK's file name (the form id).

Nothing here touches the database; reading goes through `sheets.read_table`, with all its limits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flare_monitor.i18n import _
from flare_monitor.io import attendance_columns as columns
from flare_monitor.io import sheets
from flare_monitor.io.attendance_columns import KOBO, ODK, SUBMISSION_HEADING
from flare_monitor.io.sheets import RawTable, SheetError
from flare_monitor.text import fold

_KOBO_FILE = re.compile(r"^(?P<title>.+?)[\s_]+-[\s_]+(all|latest)[\s_]versions?[\s_]+-", re.IGNORECASE)
_PRE_WORDS = (
    "pre test",
    "pretest",
    "pre-test",
    "pre",
    "before",
    "baseline",
    "entrada",
    "inicial",
    "initial",
    "antes",
    "avant",
    "входной",
    "входное",
    "предтест",
    "前测",
)
_POST_WORDS = (
    "post test",
    "posttest",
    "post-test",
    "post",
    "after",
    "endline",
    "salida",
    "final",
    "despues",
    "apres",
    "итоговый",
    "выходной",
    "посттест",
    "后测",
)
_WORDS = re.compile(r"[^\W_]+")
_DAY_CHOSEN = {"1", "1.0", "true", "yes"}


@dataclass(frozen=True)
class FormSource:
    """Where a table of people came from: which tool, which form, which repeat group."""

    tool: str  # attendance_columns.KOBO or ODK
    title: str | None = None
    test: str | None = None  # "pre_test" or "post_test" when the title names a test (a score column is that)
    repeat: str | None = None  # the repeat group the people were read from
    submissions: int = 0  # rows of the main sheet (submissions), when the people come from a repeat group
    choices: bool = False  # read with the form's definition: XML values were turned into the choices' labels

    def describe(self) -> str:
        """'KoboToolbox form "Attendance — Quetta" (people from the repeat group "participants")'."""
        text = f'{self.tool} form "{self.title}"' if self.title else f"{self.tool} form"
        if self.repeat:
            text += f' (people from the repeat group "{self.repeat}" of {self.submissions} submissions)'
        return text


@dataclass
class FormTable(RawTable):
    """A sheet as `sheets.read_table` gives it, from a form export: `form` says which, rows end with
    the `_submission` column."""

    form: FormSource | None = None


@dataclass
class FormDefinition:
    """What the importer needs of an XLSForm: the title, each question's type and choices' labels."""

    title: str | None = None
    questions: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # name → (type, list name)
    labels: dict[str, str] = field(default_factory=dict)  # question label (folded) → name
    choices: dict[str, dict[str, str]] = field(default_factory=dict)  # list → {name: label}

    def question(self, heading: str) -> tuple[str, str | None] | None:
        """The (type, list) of the question a column heading names: a name, a path or a label."""
        for part in [heading, *columns.path_suffixes(heading)]:
            name = part if part in self.questions else self.labels.get(fold(part))
            if name is not None:
                return self.questions[name]
        return None


def read_table(
    path: str | Path, sheet: str | None = None, definition: FormDefinition | None = None
) -> RawTable:
    """The table of people in `path`: a FormTable for a KoboToolbox or ODK export, else the sheet as read."""
    path = Path(path)
    raw = sheets.read_table(path, sheet)
    tool = _tool(raw)
    if tool is None:
        return raw
    main, people, repeat = raw, raw, None
    if _is_repeat(raw):
        repeat = raw.sheet if raw.sheet_names else _repeat_name(path)
        main = _parent_of(path, raw)
    elif sheet is None:
        found = _repeat_with_names(path, raw)
        if found is not None:
            people, repeat = found
    title = _title(path, main if main is not None else people, definition)
    test = _test_kind(title, path)
    rows = _join(people, main, repeat, tool)
    if definition is not None:
        _apply_choices(rows, definition)
    _count_days_chosen(rows)
    submissions = _data_rows(main) if repeat and main is not None else 0
    source = FormSource(tool, title, test, repeat, submissions, choices=definition is not None)
    return FormTable(
        rows=rows,
        sheet_names=raw.sheet_names,
        sheet=people.sheet,
        source=people.source,
        detail=people.detail,
        form=source,
    )


def read_export(path: str | Path, sheet: str | None = None, form: str | Path | None = None) -> RawTable:
    """The table of people in `path` (`read_table`), with `form` (the XLSForm of a KoboToolbox or ODK export,
    `read_definition`) turning answers exported as XML values into the choices' labels. What the command
    line's `--form` and the import wizard's "Form definition (XLSForm)" both read."""
    definition = read_definition(form) if form else None
    return read_table(path, sheet, definition)


def coded_column(rows: list[list[Any]], column: int) -> str | None:
    """The first answer of `column` that is a choice's code ("1", "2") rather than its label, when every
    answer of the column is a number: a sex exported as XML values, which only the form can read."""
    found = None
    for row in rows:
        value = row[column] if column < len(row) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        text = _plain(value) if isinstance(value, int | float) else str(value).strip()
        if not re.fullmatch(r"\d{1,3}", text or ""):
            return None
        found = found or text
    return found


def detect(path: str | Path) -> FormSource | None:
    """What the wizard's first step names: the tool and form of an export, or None for another sheet."""
    try:
        table = read_table(path)
    except SheetError:
        return None
    return getattr(table, "form", None)


# --- recognising ----------------------------------------------------------------------------------


def _header(raw: RawTable) -> list[Any]:
    return raw.rows[0] if raw.rows else []


def _tool(raw: RawTable) -> str | None:
    return columns.form_tool(_header(raw))


def _labels(raw: RawTable) -> dict[str, int]:
    """Heading → column of the header row (the first heading wins)."""
    found: dict[str, int] = {}
    for col, cell in enumerate(_header(raw)):
        if isinstance(cell, str):
            found.setdefault(cell.strip(), col)
    return found


def _is_repeat(raw: RawTable) -> bool:
    labels = _labels(raw)
    return "_parent_index" in labels or "PARENT_KEY" in labels


def _holds_names(raw: RawTable) -> bool:
    return "name" in columns.detect_header(raw).mapping.values()


def _data_rows(raw: RawTable) -> int:
    return sum(1 for row in raw.rows[1:] if any(cell is not None for cell in row))


# --- repeat groups --------------------------------------------------------------------------------


def _repeat_with_names(path: Path, main: RawTable) -> tuple[RawTable, str] | None:
    """The repeat sheet (KoboToolbox) or file (ODK) of this export that lists people, if one does."""
    if main.sheet_names:
        candidates = [
            (lambda n=name: sheets.read_table(path, n), name)
            for name in main.sheet_names
            if name != main.sheet
        ]
    else:
        candidates = [
            (lambda p=p: sheets.read_table(p), _repeat_name(p))
            for p in sorted(path.parent.glob(f"{_glob_escape(path.stem)}-*{path.suffix}"))
        ]
    for read, name in candidates:
        table = read()
        if _is_repeat(table) and _holds_names(table):
            return table, name
    return None


def _glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _repeat_name(path: Path) -> str:
    """ODK names a repeat's file FORM-GROUP.csv (FORM-GROUP-SUBGROUP.csv when nested)."""
    return path.stem.rsplit("-", 1)[-1]


def _parent_of(path: Path, repeat: RawTable) -> RawTable | None:
    """The sheet or file a repeat table's rows belong to (None when it is not there)."""
    labels = _labels(repeat)
    if repeat.sheet_names:
        col = labels.get("_parent_table_name")
        wanted = next(
            (row[col] for row in repeat.rows[1:] if col is not None and col < len(row) and row[col]), None
        )
        names = [n for n in repeat.sheet_names if n != repeat.sheet]
        name = wanted if wanted in names else (names[0] if names else None)
        return sheets.read_table(path, name) if name else None
    stem = path.stem
    while "-" in stem:
        stem = stem.rsplit("-", 1)[0]
        parent = path.with_name(stem + path.suffix)
        if parent.is_file():
            return sheets.read_table(parent)
    return None


def _join(people: RawTable, main: RawTable | None, repeat: str | None, tool: str) -> list[list[Any]]:
    """The people's rows, each with its submission's other answers and a `_submission` column."""
    header = list(_header(people))
    width = len(header)
    parent_cols: list[int] = []
    parents: dict[str, list[Any]] = {}
    main_labels = _labels(main) if main is not None else {}
    if repeat is not None and main is not None:
        have = {columns.header_key(h) for h in header if isinstance(h, str)}
        parent_cols = [
            c
            for label, c in main_labels.items()
            if not columns.is_form_metadata(label) and columns.header_key(label) not in have
        ]
        link = "_index" if "_index" in main_labels else "KEY"
        col = main_labels.get(link)
        for row in main.rows[1:]:
            if col is not None and col < len(row) and row[col] is not None:
                parents[_text(row[col])] = row
    labels = _labels(people)
    rows = [header + [_cell(_header(main), c) for c in parent_cols] + [SUBMISSION_HEADING]]
    seen: dict[str, int] = {}
    for row in people.rows[1:]:
        if _tag_row(row):  # KoboToolbox's HXL hashtags under the headings
            rows.append([])
            continue
        cells = list(row) + [None] * (width - len(row))
        parent = None
        if repeat is not None:
            link = _get(row, labels, "_parent_index") or _get(row, labels, "PARENT_KEY")
            parent = parents.get(_text(link)) if link is not None else None
        extra = [_cell(parent, c) for c in parent_cols]
        if not any(cell is not None for cell in row):
            rows.append(cells + extra + [None])
            continue
        if repeat is None:
            key = _keys(row, labels, tool)
        elif tool == ODK and _get(row, labels, "KEY"):
            key = [_uuid(_get(row, labels, "KEY"))]
        else:
            base = (
                _keys(parent, main_labels, tool)
                if parent is not None
                else [_uuid(_get(row, labels, "_submission__uuid"))]
            )
            number = seen[base[0]] = seen.get(base[0], 0) + 1
            key = [f"{k}/{repeat}[{number}]" for k in base if k]
        rows.append(cells + extra + [" ".join(dict.fromkeys(k for k in key if k)) or None])
    return rows


def _keys(row: list[Any], labels: dict[str, int], tool: str) -> list[str]:
    """The submission's stable id first, then ids an earlier download may have shown for it."""
    get = lambda name: _uuid(_get(row, labels, name))  # noqa: E731
    if tool == KOBO:
        current = get("_uuid") or get("meta/instanceID") or get("_submission__uuid")
        return [get("meta/rootUuid") or current, current, get("meta/deprecatedID")]
    current = get("meta-instanceID") or get("instanceID") or get("meta/instanceID")
    return [get("KEY") or current, current, get("meta-deprecatedID") or get("meta/deprecatedID")]


def _get(row: list[Any] | None, labels: dict[str, int], name: str) -> Any:
    col = labels.get(name)
    return row[col] if row is not None and col is not None and col < len(row) else None


def _cell(row: list[Any] | None, col: int) -> Any:
    return row[col] if row is not None and col < len(row) else None


def _text(value: Any) -> str:
    return str(value).strip()


def _uuid(value: Any) -> str | None:
    """A submission id as compared: without "uuid:", in lower case ("uuid:AB12…" → "ab12…")."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    return re.sub(r"^uuid:", "", text, flags=re.IGNORECASE).lower()[:200]


def _tag_row(row: list[Any]) -> bool:
    cells = [c for c in row if c is not None]
    return bool(cells) and all(isinstance(c, str) and c.startswith("#") for c in cells)


# --- title ------------------------------------------------------------------------------------------


def _title(path: Path, main: RawTable, definition: FormDefinition | None) -> str | None:
    if definition is not None and definition.title:
        return definition.title
    match = _KOBO_FILE.match(path.stem)
    from_file = match.group("title").replace("_", " ").strip() if match else None
    sheet = main.sheet if main.sheet_names else None
    if from_file and sheet and fold(from_file).startswith(fold(sheet.replace("_", " "))):
        return from_file  # the sheet's name is the title cut at 31 characters
    if sheet and sheet.casefold() not in ("sheet1", "feuil1", "hoja1", "data", "submissions"):
        return sheet
    if from_file:
        return from_file
    stem = re.sub(r"[_ -]*\d{4}[-_]\d{2}[-_]\d{2}.*$", "", Path(main.source or path.name).stem)
    return stem.replace("_", " ").strip() or None


def _test_kind(title: str | None, path: Path) -> str | None:
    """A test form's score is the pre-test or the post-test as its title (or file name) says."""
    for text in (title, path.stem):
        words = " ".join(_WORDS.findall(fold(text or "").replace("-", "")))
        joined = f" {words} "
        pre = any(f" {fold(w).replace('-', '')} " in joined for w in _PRE_WORDS)
        post = any(f" {fold(w).replace('-', '')} " in joined for w in _POST_WORDS)
        if pre != post:
            return "pre_test" if pre else "post_test"
    return None


# --- choices ----------------------------------------------------------------------------------------


def _count_days_chosen(rows: list[list[Any]]) -> None:
    """A multiple-choice question about the days attended: the number of days chosen, from its 0/1 columns
    per choice (KoboToolbox's "days/day1" …) or, without them, from the answer ("day1 day2")."""
    if not rows:
        return
    labels = {c: " ".join(str(h).split()) for c, h in enumerate(rows[0]) if isinstance(h, str)}
    choices = columns.choice_columns(labels)
    for col, label in labels.items():
        if col in choices or columns.header_kind(label, form=True) != "days":
            continue
        details = [c for c, question in choices.items() if question == col]
        for row in rows[1:]:
            if col >= len(row) or row[col] is None:
                continue
            if details:
                row[col] = sum(str(_cell(row, c)).strip().lower() in _DAY_CHOSEN for c in details)
            elif isinstance(row[col], str) and isinstance(columns.to_number(row[col]), str):
                tokens = row[col].split()
                if tokens and all(re.fullmatch(r"[\w.:]+", t) for t in tokens):
                    row[col] = len(tokens)


def _apply_choices(rows: list[list[Any]], definition: FormDefinition) -> None:
    """XML values of select questions → the choices' labels (several joined by ", "); the days attended
    as a multiple choice → how many were chosen."""
    if not rows:
        return
    for col, heading in enumerate(rows[0]):
        if not isinstance(heading, str) or columns.is_form_metadata(heading):
            continue
        question = definition.question(heading.strip())
        if question is None or question[1] is None:
            continue
        kind, list_name = question
        labels = definition.choices.get(list_name, {})
        multiple = kind.startswith("select_multiple")
        days = multiple and columns.header_kind(heading, form=True) == "days"
        for row in rows[1:]:
            if col >= len(row) or row[col] is None:
                continue
            value = str(row[col]).strip()
            if days:
                row[col] = len(value.split())
            elif multiple:
                row[col] = ", ".join(labels.get(v, v) for v in value.split())
            else:
                row[col] = labels.get(value, row[col])


def read_definition(path: str | Path) -> FormDefinition:
    """The XLSForm of a form (KoboToolbox: Form › Download XLS): its survey, choices and settings sheets."""
    path = Path(path)
    survey = sheets.read_table(path, "survey")
    definition = FormDefinition()
    for record in _records(survey):
        name = _plain(record.get("name"))
        kind = _plain(record.get("type")) or ""
        if not name:
            continue
        parts = kind.split()
        list_name = parts[1] if len(parts) > 1 and parts[0].startswith("select_") else None
        definition.questions[name] = (parts[0] if parts else "", list_name)
        for key, value in record.items():
            if key.split("::")[0] == "label" and _plain(value):
                definition.labels.setdefault(fold(_plain(value)), name)
    try:
        choices = sheets.read_table(path, "choices")
    except SheetError:
        choices = None
    for record in _records(choices) if choices is not None else []:
        list_name = _plain(record.get("list_name") or record.get("list name"))
        name = _plain(record.get("name"))
        label = next(
            (_plain(v) for k, v in record.items() if k.split("::")[0] == "label" and _plain(v)), None
        )
        if list_name and name:
            definition.choices.setdefault(list_name, {})[name] = label or name
    try:
        settings = sheets.read_table(path, "settings")
    except SheetError:
        settings = None
    for record in _records(settings) if settings is not None else []:
        definition.title = _plain(record.get("form_title")) or definition.title
    if not definition.questions:
        raise SheetError(_("{name}: not an XLSForm (no questions in its 'survey' sheet)", name=path.name))
    return definition


def _records(raw: RawTable) -> list[dict[str, Any]]:
    if not raw.rows:
        return []
    header = [_plain(h) or "" for h in raw.rows[0]]
    return [{h: row[i] for i, h in enumerate(header) if h and i < len(row)} for row in raw.rows[1:]]


def _plain(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() or None
