"""What the columns of an attendance sheet hold: headings and values in five languages.

Headings are compared by `header_key`: folded (case and accents), with hints in brackets such as
"(M/F)" or "(%)" and all punctuation and spaces removed, so "Sexo (M/F)", "E-mail", "Ф.И.О." and
"Nom et prénom" match however they are typed. Sex values are read only when unambiguous; anything
else ("X", "?", "1", "2") is reported, never guessed.

Exports of KoboToolbox and ODK forms (recognised by their metadata columns, `form_tool`) are read
with three more rules: a heading that is a group path ("group_participant/full_name", ODK's
"group_participant-full_name") is matched by its last segments; the forms' metadata columns (`_uuid`,
`start`, `meta/instanceID`, `KEY` …) are neither imported nor reported; and a multiple-choice question's
0/1 column per choice ("days/day1") is part of its question, not a column of its own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from flare_monitor.db.enums import Sex
from flare_monitor.db.models import Activity
from flare_monitor.i18n import Country, _
from flare_monitor.io import sheets
from flare_monitor.io.sheets import RawTable, SheetError
from flare_monitor.services.geo import find_subdivision, subdivisions_of
from flare_monitor.text import clean, fold

FIELDS = (
    "name",
    "sex",
    "organization",
    "position",
    "phone",
    "email",
    "pre_test",
    "post_test",
    "days",
    "subdivision",
    "age_group",
    "remarks",
    "date",
    "consent",
    "participant_code",
    "submission",
    "ignore",
)
NAME_PART = "name_part"  # surname, given name, patronymic: joined in column order
NAME_EITHER = "name_either"  # "Nombre", "Nom", "Имя": the full name alone, a part beside a surname
SERIAL = "serial"
SCORE = "score"  # a test form's score: pre- or post-test as the form's title says (form exports only)

KOBO = "KoboToolbox"
ODK = "ODK"
# The column a form export is given for the submission each row came from (io.form_exports).
SUBMISSION_HEADING = "_submission"
# Metadata of KoboToolbox and ODK exports: never imported, never reported column by column.
_FORM_METADATA = frozenset(
    "start end today deviceid subscriberid simserial phonenumber username audit audit_URL instanceID "
    "instanceName deprecatedID rootUuid SubmissionDate KEY PARENT_KEY SubmitterID SubmitterName "
    "AttachmentsPresent AttachmentsExpected Status ReviewState DeviceID Edits FormVersion isValidated".split()
)
_KOBO_MARKS = ("_uuid", "_submission__uuid", "_submission_time", "_parent_index")
_ODK_MARKS = ("KEY", "PARENT_KEY", "meta-instanceID", "SubmissionDate")

_HEADINGS = {
    "name": "Full name|Fullname|Names|Name of participant|Name of the participant|Participant name|"
    "Participant's name|Participant|Participants|Name and surname|Nombre completo|Nombres completos|"
    "Nombres y apellidos|Apellidos y nombres|Nombre y apellido|Apellido y nombre|Apellidos, nombres|"
    "Participante|Nombre del participante|Nom et prénom|Nom et prénoms|Nom & prénom|Prénom et nom|"
    "Nom complet|Nom du participant|Nom prénom|ФИО|Ф.И.О.|Фамилия Имя Отчество|ФИО участника|Участник|"
    "姓名|学员姓名|参训人员|参会人员",
    NAME_EITHER: "Name|Nombre|Nombres|Nom|Имя|名字",
    NAME_PART: "First name|Given name|Given names|Forename|Surname|Last name|Family name|Middle name|"
    "Apellidos|Apellido|Apellido paterno|Apellido materno|Primer apellido|Segundo apellido|Prénom|Prénoms|"
    "Nom de famille|Фамилия|Отчество|姓|名",
    "sex": "Sex|Gender|Sex/Gender|M/F|F/M|Sexo|Género|Sexe|Genre|H/F|F/H|Пол|Ж/М|М/Ж|性别|男/女",
    "organization": "Organization|Organisation|Organization name|Name of organization|Agency|Department|"
    "Institution|Ministry|Office|Employer|Affiliation|Agency/Department|Department/Agency|Institución|"
    "Organización|Entidad|Dependencia|Empresa|Organisme|Structure|Организация|Ведомство|Место работы|"
    "单位|工作单位|所在单位|单位名称|机构",
    "position": "Position|Designation|Rank|Title|Job title|Grade|Occupation|Cargo|Puesto|Ocupación|Fonction|"
    "Poste|Должность|职务|职位|职称",
    "phone": "Phone|Phone number|Mobile|Mobile number|Mobile no|Cell|Cell number|Cell no|Contact|"
    "Contact number|Contact no|Tel|Telephone|WhatsApp|Teléfono|Celular|Móvil|Número de teléfono|"
    "Téléphone|Tél|Portable|Телефон|Тел|Мобильный|Мобильный телефон|Контактный телефон|电话|手机|"
    "联系电话|手机号|联系方式",
    "email": "E-mail|Email|Email address|E-mail address|Mail|Correo|Correo electrónico|Courriel|"
    "Adresse e-mail|Adresse électronique|Эл. почта|Электронная почта|邮箱|电子邮件|电子邮箱",
    "pre_test": "Pre-test|Pre test|Pretest|Pre-test score|Pre test score|Pre score|Pre|Prueba de entrada|"
    "Evaluación de entrada|Pre-prueba|Pré-test|Prétest|Test initial|Évaluation initiale|Входной тест|"
    "Предтест|前测|前测成绩",
    "post_test": "Post-test|Post test|Posttest|Post-test score|Post test score|Post score|Post|"
    "Prueba de salida|Evaluación de salida|Post-prueba|Post-test|Test final|Évaluation finale|Итоговый тест|"
    "Выходной тест|Посттест|后测|后测成绩",
    "days": "Days attended|Days|No. of days|Number of days|Days present|Días|Días asistidos|"
    "Días de asistencia|Jours|Jours de présence|Nombre de jours|Дни|Кол-во дней|Количество дней|天数|"
    "出勤天数|参训天数",
    "subdivision": "Province|District|Region|State|Province/State|Provincia|Región|Departamento|"
    "Département|Région|Область|Регион|Аймак|省|省份|地区",
    "age_group": "Age group|Age|Age range|Edad|Grupo de edad|Rango de edad|Âge|Tranche d'âge|Возраст|"
    "Возрастная группа|年龄|年龄段",
    "remarks": "Remarks|Remark|Comments|Comment|Notes|Observaciones|Observación|Comentarios|Remarques|"
    "Observations|Commentaires|Примечание|Примечания|Комментарий|备注|说明",
    "date": "Date|Fecha|Дата|日期|Date of training|Training date",
    "ignore": "Signature|Sign|Firma|Firma del participante|Signature du participant|Émargement|Подпись|"
    "签名|签字|Initials",
    "consent": "Consent|Consent given|Informed consent|Data consent|Consentimiento|Consentimiento informado|"
    "Consentement|Consentement éclairé|Согласие|Согласие на обработку данных|同意|知情同意",
    "participant_code": "Participant code|Participant ID|Participant number|Participant no|"
    "Code of participant|Código de participante|Código del participante|Código participante|Code participant|"
    "Code du participant|Identifiant du participant|Код участника|学员编号",
    "submission": SUBMISSION_HEADING,
    SCORE: "Score|Total score|Test score|Result|Results|Marks|Puntaje|Puntaje total|Puntuación|Nota|"
    "Calificación|Résultat|Note|Score total|Балл|Баллы|Результат|得分|分数|成绩|总分",
    SERIAL: "No|No.|S.No|S. No.|Sr. No|Sl. No|SN|Sl|Sr|#|Nº|N°|№|№ п/п|п/п|Number|Num|Nr|Serial|Serial no|"
    "Item|Número|Núm|Nro|N.º|序号|编号",
}
_SEXES = {
    Sex.FEMALE: "F|Female|Woman|Women|W|Fem|Femenino|Mujer|Femme|Féminin|Ж|Жен|Женский|Женщина|女|女性",
    Sex.MALE: "M|Male|Man|Men|Masculino|Hombre|Varón|Homme|H|Masculin|М|Муж|Мужской|Мужчина|男|男性",
    Sex.OTHER: "Other|Otro|Otra|Autre|Другой|Другое|Другая|其他|Non-binary",
}
# Cells meaning "nothing here"; for sex they mean not recorded (a warning, not an error).
_BLANKS = {"-", "--", "—", "–", "/", ".", "na", "nil", "none", "null", "nd", "sd", "нет", "无"}
_TOTALS = {
    "total",
    "totals",
    "grandtotal",
    "totalgeneral",
    "totalparticipants",
    "итого",
    "всего",
    "合计",
    "总计",
    "共计",
}
_SUBTOTALS = {"subtotal", "小计", "подитог", "промежуточныйитог"}
_HINT = re.compile(r"\([^)]*\)|\[[^\]]*\]|（[^）]*）")
_NON_WORD = re.compile(r"[\W_]+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def header_key(label: Any) -> str:
    """ "Sexo (M/F)" → "sexo", "E-mail" → "email", "Ф.И.О." → "фио"; "#" stays "#"."""
    try:
        return _header_key(label)
    except TypeError:  # an unhashable cell value
        return _header_key.__wrapped__(label)


# Asked for every cell of a 10,000-row sheet (blank words, sexes, repeated headings): most values repeat.
@functools.lru_cache(maxsize=8192, typed=True)  # 1, 1.0 and True are different cells
def _header_key(label: Any) -> str:
    text = str(label).strip()
    return _NON_WORD.sub("", fold(_HINT.sub(" ", text))) or _NON_WORD.sub("", fold(text)) or text


def _index(table: dict) -> dict[str, Any]:
    index: dict[str, Any] = {}
    for kind, labels in table.items():
        for label in labels.split("|"):
            index.setdefault(header_key(label), kind)
    return index


_HEADING_INDEX = _index(_HEADINGS)
_SEX_INDEX = _index(_SEXES)


def header_kind(label: Any, form: bool = False) -> str | None:
    """What a heading names; in a form export also a group path by its last segments, or a consent
    question."""
    if not isinstance(label, str):
        return None
    kind = _HEADING_INDEX.get(header_key(label))
    if kind is not None or not form:
        return kind
    for segment in path_suffixes(label):
        kind = _HEADING_INDEX.get(header_key(segment))
        if kind is not None:
            return kind
    key = header_key(label)
    if any(word in key for word in _CONSENT_WORDS):  # "Do you consent to …?", "consentimiento_datos"
        return "consent"
    return None


_SEPARATORS = re.compile(r"[/-]")
_CONSENT_WORDS = ("consent", "consentim", "согласи", "同意")


def path_suffixes(label: str) -> list[str]:
    """ "grp/sub/full_name" → ["sub/full_name", "full_name"]; ODK's "grp-pre-test" → ["pre-test", "test"]."""
    cuts = [m.end() for m in _SEPARATORS.finditer(label)]
    return [label[cut:] for cut in cuts if label[cut:].strip()]


def form_tool(row: list[Any]) -> str | None:
    """KOBO or ODK when a header row has the metadata columns of their exports, else None."""
    labels = {cell.strip() for cell in row if isinstance(cell, str)}
    if any(mark in labels for mark in _KOBO_MARKS) or {"_id", "_index"} <= labels:
        return KOBO
    if any(mark in labels for mark in _ODK_MARKS) or "meta/instanceID" in labels:
        return ODK
    return None


def is_form_metadata(label: Any) -> bool:
    """A metadata column of a KoboToolbox or ODK export (`_id`, `__version__`, `meta/rootUuid`, `KEY` …)."""
    if not isinstance(label, str):
        return False
    text = label.strip()
    if text == SUBMISSION_HEADING:
        return False
    return (
        text.startswith("_")
        or text in _FORM_METADATA
        or text.startswith(("meta/", "meta-", "formhub/", "formhub-", "SET-OF-"))
    )


def choice_columns(labels: dict[int, str]) -> dict[int, int]:
    """{column: its question's column} for the 0/1 columns Kobo writes per choice of a multiple-choice
    question ("days_attended/day1" beside "days_attended"; with labels "Days/Day 1" beside "Days")."""
    by_label = {text: col for col, text in labels.items()}
    found: dict[int, int] = {}
    for col, text in labels.items():
        for match in _SEPARATORS.finditer(text):
            question = by_label.get(text[: match.start()])
            if question is not None and question != col:
                found[col] = question
    return found


def quiet_columns(labels: dict[int, str]) -> set[int]:
    """Columns of a form export left out without a warning each: metadata and the per-choice columns."""
    return {c for c, text in labels.items() if is_form_metadata(text)} | set(choice_columns(labels))


_YES = {
    "yes",
    "y",
    "si",
    "sí",
    "oui",
    "да",
    "是",
    "1",
    "true",
    "agree",
    "iagree",
    "accept",
    "acepto",
    "deacuerdo",
    "jaccepte",
    "daccord",
    "согласен",
    "согласна",
    "同意",
    "✓",
    "✔",
    "☑",
}
_NO = {
    "no",
    "n",
    "non",
    "нет",
    "否",
    "0",
    "false",
    "disagree",
    "idonotagree",
    "decline",
    "refuse",
    "noacepto",
    "nojaccepte",
    "несогласен",
    "несогласна",
    "不同意",
    "✗",
    "✘",
    "☐",
}
_YES_KEYS = {header_key(v) for v in _YES}
_NO_KEYS = {header_key(v) for v in _NO}


def parse_consent(value: Any) -> tuple[bool | None, str | None]:
    """(True, None) for a yes, (False, None) for a no or no answer, (None, error) for anything else."""
    if value is None or isinstance(value, bool):
        return bool(value), None
    text = clean(str(value)) or ""
    if not text or is_blank(text):
        return False, None
    key = header_key(text) if not isinstance(value, int | float) else str(value)
    if key in _YES_KEYS:
        return True, None
    if key in _NO_KEYS:
        return False, None
    return None, _(
        "consent: “{text}” is not understood; write yes or no (also sí/no, oui/non, да/нет, 是/否)", text=text
    )


def check_field(name: str) -> str:
    value = name.strip().lower().replace("-", "_").replace(" ", "_")
    if value not in FIELDS:
        raise SheetError(
            _("--map: unknown field '{name}' (fields: {items})", name=name, items=", ".join(FIELDS))
        )
    return value


def is_blank(text: str) -> bool:
    return len(text) <= 4 and header_key(text) in _BLANKS  # every blank word is short: skip folding


def parse_sex(value: Any) -> tuple[Sex | None, str | None]:
    """(sex, warning) for a known value or a blank; (None, error) for anything else."""
    text = clean(str(value)) if value is not None else None
    if not text or is_blank(text):
        return Sex.NOT_RECORDED, _("sex not recorded")
    sex = _SEX_INDEX.get(header_key(text)) if not isinstance(value, int | float) else None
    if sex is None:
        return None, _(
            "sex: “{text}” is not understood; write F or M (also female/male, mujer/hombre, femme/homme, "
            "Ж/М, 女/男) or other, or leave it blank",
            text=text,
        )
    return sex, None


def total_row(row: list[Any]) -> str | None:
    """'total' or 'subtotal' for a totals row ("Total", "Итого: 40", "合计"), else None."""
    for cell in row:
        if isinstance(cell, str) and len(cell) < 40:
            key = _NOT_LETTERS.sub("", cell.casefold())  # total words carry no accents: no need to fold
            if key in _TOTALS:
                return "total"
            if key in _SUBTOTALS:
                return "subtotal"
    return None


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _letter_index(letters: str) -> int:
    index = 0
    for ch in letters.strip().upper():
        index = index * 26 + ord(ch) - 64
    return index - 1


def by_field(row: list[Any], mapping: dict[int, str]) -> dict[str, list[Any]]:
    """{field: non-blank cells in column order}; a date column counts only beside other data."""
    cells: dict[str, list[Any]] = {}
    for col, fld in sorted(mapping.items()):
        if fld not in ("ignore", "date") and col < len(row) and row[col] is not None:
            cells.setdefault(fld, []).append(row[col])
    if cells and "date" in mapping.values():
        cells["date"] = [row[c] for c, f in mapping.items() if f == "date" and c < len(row)]
    return cells


def to_text(value: Any) -> str | None:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return clean(str(value)) if value is not None else None


def to_number(value: Any) -> Any:
    """A number from a cell ("80", "80%", "7,5", 80.0); anything else as is, for the service to report."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return int(value) if float(value).is_integer() else value
    text = str(value).strip().rstrip("%").strip().replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return clean(str(value))
    return int(number) if number.is_integer() else number


def to_date(value: Any) -> date | None:
    """A day from a date cell, an Excel serial left as a number (1899-12-30 epoch) or common text forms."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 20000 <= value <= 80000:
        return date(1899, 12, 30) + timedelta(days=int(value))
    if isinstance(value, str):
        for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"):
            try:
                return datetime.strptime(value.strip(), pattern).date()
            except ValueError:
                continue
    return None


def subdivision(country: str, text: str, warnings: list[str]) -> str | None:
    """The ISO 3166-2 code of a province written as a code (PK-BA) or a name (Balochistan)."""
    code = text.strip().upper()
    if code in dict(subdivisions_of(country)):
        return code
    found = find_subdivision(country, text)
    if found is None:
        warnings.append(
            _(
                "“{text}” is not a province or region of {country}; left blank",
                text=text,
                country=Country(country),
            )
        )
    return found


def date_warning(activity: Activity, cell: Any) -> str | None:
    """A date column is not imported, but a day outside the activity is worth a warning."""
    day = to_date(cell)
    if day is not None and not activity.start <= day <= activity.end:
        return _(
            "date {day} is outside {code} ({start} to {end})",
            day=day,
            code=activity.code,
            start=activity.start,
            end=activity.end,
        )
    return None


@dataclass
class HeaderGuess:
    row_index: int | None  # index into RawTable.rows; None when no header row was found
    mapping: dict[int, str] = field(default_factory=dict)  # column → one of FIELDS
    unrecognised: list[int] = field(default_factory=list)
    labels: dict[int, str] = field(default_factory=dict)  # column → heading as written

    @property
    def excel_row(self) -> int | None:
        return None if self.row_index is None else self.row_index + 1

    def describe(self) -> list[str]:
        """'B "Apellidos y nombres" → name' lines for a preview."""
        return [
            f'{column_letter(c)} "{self.labels.get(c, "")}" → {f}' for c, f in sorted(self.mapping.items())
        ]


def detect_header(raw: RawTable) -> HeaderGuess:
    """The row, among the first ones, with the most recognised headings; and what each column holds."""
    best, best_score = HeaderGuess(None), 0.0
    score_field = getattr(getattr(raw, "form", None), "test", None)  # io.form_exports.FormTable
    for index, row in enumerate(raw.rows[: sheets.HEADER_SCAN_ROWS]):
        guess = _classify(index, row, score_field)
        fields = set(guess.mapping.values()) - {"ignore", "submission"}
        score = len(fields) + (0.5 if "name" in fields else 0)
        if score > best_score and (len(fields) >= 2 or "name" in fields):
            best, best_score = guess, score
    return best


def _classify(index: int, row: list[Any], score_field: str | None = None) -> HeaderGuess:
    """What each column of `row` holds if it is the header. In a form export (recognised by its metadata
    columns) group paths count by their last segments and metadata columns are left out quietly; a score
    column is the pre- or post-test as `score_field` says."""
    guess = HeaderGuess(index)
    form = form_tool(row) is not None
    kinds: dict[int, str] = {}
    for col, cell in enumerate(row):
        if cell is None:
            continue
        guess.labels[col] = " ".join(str(cell).split())
    quiet = quiet_columns(guess.labels) if form else set()
    for col in guess.labels:
        kind = None if col in quiet else header_kind(row[col], form)
        if kind == SCORE:
            kind = score_field if form else None
        if kind in ("submission",) and not form:
            kind = None
        if kind is None:
            if col not in quiet:
                guess.unrecognised.append(col)
        else:
            kinds[col] = kind
    # One full-name column; else the name parts joined in column order (Apellidos | Nombres).
    full = [c for c, k in kinds.items() if k == "name"]
    parts = [c for c, k in kinds.items() if k == NAME_PART]
    either = [c for c, k in kinds.items() if k == NAME_EITHER]
    names = full[:1] if full else sorted(parts + either) if parts else either[:1]
    for col, kind in kinds.items():
        if col in names:
            guess.mapping[col] = "name"
        elif kind in (NAME_PART, NAME_EITHER, "name", SERIAL):
            guess.mapping[col] = "ignore"
        else:
            guess.mapping[col] = kind
    return guess


def apply_overrides(guess: HeaderGuess, raw: RawTable, overrides: dict[str, str]) -> HeaderGuess:
    """The guess corrected by the user: {"column heading or letter": field}."""
    if not overrides:
        return guess
    wanted = [(column, header_key(column), check_field(f)) for column, f in overrides.items()]
    keys = {key for _c, key, _f in wanted}
    index = guess.row_index
    if index is None:  # nothing recognised: take the row naming the most overridden columns
        hits = [
            (sum(header_key(c) in keys for c in row if c is not None), -i)
            for i, row in enumerate(raw.rows[: sheets.HEADER_SCAN_ROWS])
        ]
        hit, index = max(hits, default=(0, 0))
        index = -index
        if not hit:
            raise SheetError(
                _(
                    "--map: none of the columns {items} was found in {source}",
                    items=", ".join(overrides),
                    source=raw.source,
                )
            )
    if index == guess.row_index:
        result = HeaderGuess(index, dict(guess.mapping), list(guess.unrecognised), dict(guess.labels))
    else:
        result = _classify(index, raw.rows[index], getattr(getattr(raw, "form", None), "test", None))
    by_key = {header_key(label): col for col, label in sorted(result.labels.items(), reverse=True)}
    chosen: dict[int, str] = {}
    for column, key, fld in wanted:
        col = by_key.get(key)
        width = max((len(r) for r in raw.rows[index : index + 100]), default=0)
        if col is None and re.fullmatch(r"[A-Za-z]{1,3}", column.strip()) and _letter_index(column) < width:
            col = _letter_index(column)
        if col is None:
            headings = ", ".join(f'"{label}"' for _c, label in sorted(result.labels.items()))
            raise SheetError(
                _(
                    "--map: no column '{column}' in the header row {value} ({headings})",
                    column=column,
                    value=index + 1,
                    headings=headings,
                )
            )
        chosen[col] = fld
    for col, fld in chosen.items():
        if fld != "ignore":  # the user's column replaces the guessed one for that field
            for other in [c for c, f in result.mapping.items() if f == fld and c not in chosen]:
                result.mapping[other] = "ignore"
        result.mapping[col] = fld
        if col in result.unrecognised:
            result.unrecognised.remove(col)
        result.labels.setdefault(col, column_letter(col))
    return result
