"""Exports of KoboToolbox and ODK forms as the tools write them, for the import tests.

Written here with XlsxWriter (what KoboToolbox's exporter uses), openpyxl and the csv module, following
the tools' conventions:
- KoboToolbox XLSX (kpi/formpack): first sheet named after the form's title (cut at 31 characters), one
  sheet per repeat group named after the group; headers are the question names with the group path
  ("group_participant/full_name") for "XML values and headers", or the labels for a "labels" export;
  all answers written as text; a multiple choice as one column of space-separated choices plus one 0/1
  column per choice ("q/choice"); copied metadata `_id`, `_uuid`, `_submission_time`, `_validation_status`,
  `_notes`, `_status`, `_submitted_by`, `__version__`, `_tags`, then `_index`; a repeat sheet ends with
  `_index`, `_parent_table_name`, `_parent_index` and the copied fields prefixed `_submission_`. An
  edited submission has a new `_uuid`, the previous one in `meta/deprecatedID` and the first one in
  `meta/rootUuid`. File name "TITLE - all versions - labels - DATE.xlsx" (spaces as underscores).
- KoboToolbox CSV: ";"-separated, every value in double quotes, UTF-8, first section only.
- ODK Central CSV: "SubmissionDate", the questions with "-" between group and question, "meta-instanceID",
  then "KEY" (the submission's first instanceID, kept when it is edited), "SubmitterID", "SubmitterName",
  "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion";
  a repeat group in FORM-GROUP.csv with "PARENT_KEY" and "KEY" ("uuid:…/participants[1]").
"""

from __future__ import annotations

import csv
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

import openpyxl
import xlsxwriter

KOBO_META = ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by",
             "__version__", "_tags", "_index"]  # fmt: skip
ODK_TAIL = ["KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status",
            "ReviewState", "DeviceID", "Edits", "FormVersion"]  # fmt: skip


@dataclass(frozen=True)
class Person:
    name: str
    sex: str  # "F" or "M"
    institution: str
    position: str
    phone: str
    consent: bool = True
    days: tuple[str, ...] = ("day1", "day2")
    score: int | None = None
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))
    first_uuid: str | None = None  # set on an edited submission: the uuid it was first submitted with
    previous_uuid: str | None = None


def edited(person: Person, **changes) -> Person:
    """The same submission edited in the tool: a new instanceID, the first and previous ones kept."""
    return replace(person, **changes, uuid=str(uuid.uuid4()), first_uuid=person.first_uuid or person.uuid,
                   previous_uuid=person.uuid)  # fmt: skip


# The Quetta training, 16–17 April 2024 (hand count: 5 women, 7 men; 2 without consent, 1 woman, 1 man).
QUETTA = [
    Person("Nasreen Baloch", "F", "Department of Labour Balochistan", "Labour Inspector", "0300 1234501"),
    Person("Imran Kakar", "M", "Balochistan Police", "Sub-Inspector", "0300 1234502"),
    Person("Shazia Bibi", "F", "Federal Investigation Agency", "Assistant Director", "0300 1234503"),
    Person("Abdul Qadir Mengal", "M", "Mines and Minerals Department", "Mines Inspector", "0300 1234504",
           days=("day1",)),
    Person("Farzana Achakzai", "F", "Department of Labour Balochistan", "Deputy Director", "0300 1234505",
           consent=False),
    Person("Muhammad Yousaf", "M", "Balochistan Police", "Inspector", "0300 1234506"),
    Person("Rukhsana Jamali", "F", "Federal Investigation Agency", "Inspector", "0300 1234507"),
    Person("Gul Khan Marri", "M", "Balochistan Police", "Assistant Sub-Inspector", "0300 1234508",
           days=("day2",)),
    Person("Zahid Hussain", "M", "Mines and Minerals Department", "Assistant Director", "0300 1234509"),
    Person("Saima Raisani", "F", "Department of Labour Balochistan", "Labour Officer", "0300 1234510"),
    Person("Naseer Ahmed Bugti", "M", "Federal Investigation Agency", "Sub-Inspector", "0300 1234511",
           consent=False),
    Person("Asad Ullah Khan", "M", "Balochistan Police", "Constable", "0300 1234512"),
]  # fmt: skip
QUETTA_TOTALS = {"female": 5, "male": 7}

# A training in Lima (hand count: 4 women, 3 men; Luis without consent).
LIMA = [
    Person("María Quispe Mamani", "F", "SUNAFIL", "Inspectora de trabajo", "987 654 301"),
    Person("José Huamán Torres", "M", "Policía Nacional del Perú", "Suboficial", "987 654 302"),
    Person("Rosa Condori Apaza", "F", "Ministerio Público", "Fiscal adjunta", "987 654 303"),
    Person("Luis Fernández Rojas", "M", "SUNAFIL", "Inspector auxiliar", "987 654 304", consent=False),
    Person("Carmen Flores Vargas", "F", "Defensoría del Pueblo", "Comisionada", "987 654 305"),
    Person("Jorge Mendoza Ramos", "M", "Policía Nacional del Perú", "Capitán", "987 654 306"),
    Person("Ana Torres Chávez", "F", "Ministerio de Trabajo", "Especialista", "987 654 307", days=("day1",)),
]
LIMA_TOTALS = {"female": 4, "male": 3}

TITLE = "BRIDGE Quetta training attendance 2024"
SEX_XML = {"F": "female", "M": "male"}
SEX_LABELS = {"en": {"F": "Female", "M": "Male"}, "es": {"F": "Mujer", "M": "Hombre"},
              "fr": {"F": "Femme", "M": "Homme"}}  # fmt: skip
YES_NO = {"xml": ("yes", "no"), "en": ("Yes", "No"), "es": ("Sí", "No"), "fr": ("Oui", "Non")}


def kobo_file_name(title: str, lang: str = "labels", ext: str = "xlsx") -> str:
    return f"{title} - all versions - {lang} - 2024-04-17-10-15-30.{ext}".replace(" ", "_")


def _submitted(i: int) -> str:
    return f"2024-04-16T{8 + i // 6:02d}:{(i * 7) % 60:02d}:12"


def _kobo_meta(i: int, person: Person) -> list:
    return [
        str(310_000_000 + i),
        person.uuid,
        _submitted(i),
        "",
        "",
        "submitted_via_web",
        "bridge_pk",
        "vQ9fTeXt3oJ8vYbZq2aL",
        "",
        i + 1,
    ]


def _edit_meta(person: Person) -> list:
    if person.first_uuid is None:
        return ["", ""]
    return [f"uuid:{person.previous_uuid}", f"uuid:{person.first_uuid}"]


def kobo_xml_xlsx(
    folder: Path, people: list[Person], title: str = TITLE, *, numeric_sex: bool = False
) -> Path:
    """A "XML values and headers" XLSX export of the form the issue describes (one person a submission)."""
    path = folder / kobo_file_name(title, "False")
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet(title[:31])
    header = ["start", "end", "today", "deviceid", "group_participant/full_name", "group_participant/sex",
              "group_participant/institution", "group_participant/position", "group_participant/phone",
              "group_participant/days_attended", "group_participant/days_attended/day1",
              "group_participant/days_attended/day2", "consent", "meta/deprecatedID", "meta/rootUuid",
              *KOBO_META]  # fmt: skip
    sheet.write_row(0, 0, header)
    institutions = {"Department of Labour Balochistan": "dol", "Balochistan Police": "police",
                    "Federal Investigation Agency": "fia", "Mines and Minerals Department": "mines"}  # fmt: skip
    for i, p in enumerate(people):
        sex = {"F": "2", "M": "1"}[p.sex] if numeric_sex else SEX_XML[p.sex]
        institution = institutions.get(p.institution, p.institution) if numeric_sex else p.institution
        row = [
            f"2024-04-16T09:{i:02d}:05.118+05:00",
            f"2024-04-16T09:{i:02d}:58.402+05:00",
            "2024-04-16",
            f"collect:Qx{i:04d}",
            p.name,
            sex,
            institution,
            p.position,
            p.phone,
            " ".join(p.days),
            *("1" if d in p.days else "0" for d in ("day1", "day2")),
            "yes" if p.consent else "no",
            *_edit_meta(p),
            *_kobo_meta(i, p),
        ]
        sheet.write_row(i + 1, 0, row)
    book.close()
    return path


def xlsform(folder: Path, title: str = TITLE) -> Path:
    """The form of `kobo_xml_xlsx(numeric_sex=True)` as KoboToolbox's "Download XLS" gives it."""
    path = folder / "bridge_quetta_attendance_form.xlsx"
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    for row in [
        ["type", "name", "label::English (en)", "label::Español (es)", "required"],
        ["start", "start", None, None, None],
        ["end", "end", None, None, None],
        ["today", "today", None, None, None],
        ["deviceid", "deviceid", None, None, None],
        ["begin_group", "group_participant", "Participant", "Participante", None],
        ["text", "full_name", "Full name", "Nombre completo", "true"],
        ["select_one sex", "sex", "Sex", "Sexo", "true"],
        ["select_one institution", "institution", "Institution", "Institución", None],
        ["text", "position", "Position", "Cargo", None],
        ["text", "phone", "Phone number", "Teléfono", None],
        ["select_multiple days", "days_attended", "Days attended", "Días asistidos", None],
        ["end_group", None, None, None, None],
        ["select_one yes_no", "consent", "Do you consent to the project keeping your name and contacts?",
         "¿Da su consentimiento para que el proyecto guarde sus datos?", "true"],
    ]:  # fmt: skip
        survey.append(row)
    choices = book.create_sheet("choices")
    for row in [
        ["list_name", "name", "label::English (en)", "label::Español (es)"],
        ["sex", "1", "Male", "Hombre"],
        ["sex", "2", "Female", "Mujer"],
        ["institution", "dol", "Department of Labour Balochistan", "Departamento de Trabajo"],
        ["institution", "police", "Balochistan Police", "Policía de Baluchistán"],
        ["institution", "fia", "Federal Investigation Agency", "Agencia Federal de Investigación"],
        ["institution", "mines", "Mines and Minerals Department", "Departamento de Minas"],
        ["days", "day1", "16 April", "16 de abril"],
        ["days", "day2", "17 April", "17 de abril"],
        ["yes_no", "yes", "Yes", "Sí"],
        ["yes_no", "no", "No", "No"],
    ]:
        choices.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_title", "form_id", "version", "default_language"])
    settings.append([title, "bridge_quetta_attendance", "2024041601", "English (en)"])
    book.save(path)
    return path


def kobo_labels_xlsx(folder: Path, people: list[Person], title: str = TITLE, lang: str = "en") -> Path:
    """A labels export (the default), written with openpyxl: headers and answers as the form's labels."""
    path = folder / kobo_file_name(title)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title[:31]
    yes, no = YES_NO[lang]
    sheet.append(["start", "end", "today", "Full name", "Sex", "Institution", "Position", "Phone number",
                  "Days attended", "Days attended/16 April", "Days attended/17 April",
                  "Do you consent to the project keeping your name and contacts?", *KOBO_META])  # fmt: skip
    days = {"day1": "16 April", "day2": "17 April"}
    for i, p in enumerate(people):
        sheet.append([
            f"2024-04-16T10:{i:02d}:00.000+05:00", f"2024-04-16T10:{i:02d}:40.000+05:00", "2024-04-16",
            p.name, SEX_LABELS[lang][p.sex], p.institution, p.position, p.phone,
            " ".join(days[d] for d in p.days), *("1" if d in p.days else "0" for d in days),
            yes if p.consent else no, *_kobo_meta(i, p),
        ])  # fmt: skip
    book.save(path)
    return path


def kobo_repeat_xlsx(folder: Path, people: list[Person], title: str = "BRIDGE Quetta delegations") -> Path:
    """One submission per institution, its officers in the repeat group "participants" (a second sheet)."""
    path = folder / kobo_file_name(title, "False")
    book = xlsxwriter.Workbook(str(path))
    main = book.add_worksheet(title[:31])
    repeat = book.add_worksheet("participants")
    main.write_row(0, 0, ["start", "end", "today", "delegation/institution", "delegation/focal_point",
                          "delegation/focal_point_phone", *KOBO_META])  # fmt: skip
    repeat.write_row(0, 0, ["participants/full_name", "participants/sex", "participants/position",
                            "participants/phone", "participants/consent", "participants/days_attended",
                            "participants/days_attended/day1", "participants/days_attended/day2", "_index",
                            "_parent_table_name", "_parent_index", "_submission__id", "_submission__uuid",
                            "_submission__submission_time", "_submission__validation_status",
                            "_submission__notes", "_submission__status", "_submission__submitted_by",
                            "_submission___version__", "_submission__tags"])  # fmt: skip
    institutions = list(dict.fromkeys(p.institution for p in people))
    line = 0
    for i, institution in enumerate(institutions):
        members = [p for p in people if p.institution == institution]
        head = members[0]
        meta = _kobo_meta(i, head)
        main.write_row(i + 1, 0, [
            "2024-04-16T08:30:00.000+05:00", "2024-04-16T08:41:00.000+05:00", "2024-04-16", institution,
            "Mr. Focal Point", "081 920 0000", *meta,
        ])  # fmt: skip
        for p in members:
            line += 1
            repeat.write_row(line, 0, [
                p.name, SEX_XML[p.sex], p.position, p.phone, "yes" if p.consent else "no", " ".join(p.days),
                *("1" if d in p.days else "0" for d in ("day1", "day2")), line, title[:31], i + 1,
                meta[0], head.uuid, meta[2], "", "", "submitted_via_web", "bridge_pk", meta[7], "",
            ])  # fmt: skip
    book.close()
    return path


def kobo_spanish_csv(folder: Path, people: list[Person], title: str = "Capacitación Lima 2024") -> Path:
    """A KoboToolbox CSV export with Spanish labels: ";"-separated, every value quoted."""
    path = folder / kobo_file_name(title, "Español (es)", "csv")
    header = ["start", "end", "today", "Nombre completo", "Sexo", "Institución", "Cargo", "Teléfono",
              "Días asistidos", "¿Da su consentimiento para que el proyecto guarde sus datos?", *KOBO_META]  # fmt: skip
    lines = [header]
    for i, p in enumerate(people):
        lines.append([
            f"2024-05-20T09:{i:02d}:00.000-05:00", f"2024-05-20T09:{i:02d}:30.000-05:00", "2024-05-20",
            p.name, SEX_LABELS["es"][p.sex], p.institution, p.position, p.phone, str(len(p.days)),
            "Sí" if p.consent else "No", *(str(v) for v in _kobo_meta(i, p)),
        ])  # fmt: skip
    text = "".join(";".join('"' + str(v).replace('"', '""') + '"' for v in line) + "\r\n" for line in lines)
    path.write_bytes(text.encode("utf-8"))
    return path


def _odk_row(i: int, p: Person) -> tuple[str, str]:
    """(meta-instanceID, KEY): Central keeps the first instanceID as the key of an edited submission."""
    return f"uuid:{p.uuid}", f"uuid:{p.first_uuid or p.uuid}"


def odk_central_csv(folder: Path, people: list[Person], form_id: str = "bridge_quetta_attendance") -> Path:
    """ODK Central's CSV of a form without repeats (XML values, "-" between group and question)."""
    path = folder / f"{form_id}.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["SubmissionDate", "start", "end", "today", "deviceid", "group_participant-full_name",
                      "group_participant-sex", "group_participant-institution", "group_participant-position",
                      "group_participant-phone", "group_participant-days_attended", "consent",
                      "meta-instanceID", *ODK_TAIL])  # fmt: skip
        for i, p in enumerate(people):
            instance, key = _odk_row(i, p)
            out.writerow([
                f"{_submitted(i)}.000Z", "2024-04-16T09:00:00.000+05:00", "2024-04-16T09:05:00.000+05:00",
                "2024-04-16", f"collect:Qx{i:04d}", p.name, SEX_XML[p.sex], p.institution, p.position, p.phone,
                " ".join(p.days), "yes" if p.consent else "no", instance, key, "17", "tablet-quetta-1", "0",
                "0", "", "approved" if i % 2 else "", f"collect:Qx{i:04d}", "1" if p.first_uuid else "0",
                "2024041601",
            ])  # fmt: skip
    return path


def odk_repeat_csvs(folder: Path, people: list[Person], form_id: str = "bridge_quetta_delegations") -> Path:
    """ODK Central's CSVs of a form with the repeat group "participants": returns the main file."""
    main, repeat = folder / f"{form_id}.csv", folder / f"{form_id}-participants.csv"
    institutions = list(dict.fromkeys(p.institution for p in people))
    with (
        main.open("w", newline="", encoding="utf-8") as m,
        repeat.open("w", newline="", encoding="utf-8") as r,
    ):
        out_main, out_repeat = csv.writer(m), csv.writer(r)
        out_main.writerow(["SubmissionDate", "start", "end", "delegation-institution", "meta-instanceID",
                           *ODK_TAIL])  # fmt: skip
        out_repeat.writerow(["full_name", "sex", "position", "phone", "consent", "PARENT_KEY", "KEY"])
        for i, institution in enumerate(institutions):
            members = [p for p in people if p.institution == institution]
            instance, key = _odk_row(i, members[0])
            out_main.writerow([f"{_submitted(i)}.000Z", "2024-04-16T08:30:00.000+05:00",
                               "2024-04-16T08:41:00.000+05:00", institution, instance, key, "17",
                               "tablet-quetta-1", "0", "0", "", "", "collect:Qx0001", "0", "2024041601"])  # fmt: skip
            for n, p in enumerate(members, start=1):
                out_repeat.writerow([p.name, SEX_XML[p.sex], p.position, p.phone, "yes" if p.consent else "no",
                                     key, f"{key}/participants[{n}]"])  # fmt: skip
    return main


def kobo_test_xlsx(folder: Path, people: list[Person], title: str = "BRIDGE Quetta post-test") -> Path:
    """A second form, the post-test: name, phone and the score KoboToolbox calculated."""
    path = folder / kobo_file_name(title)
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet(title[:31])
    sheet.write_row(0, 0, ["start", "end", "today", "Full name", "Phone number", "Score", *KOBO_META])
    for i, p in enumerate(people):
        sheet.write_row(i + 1, 0, ["2024-04-17T15:00:00.000+05:00", "2024-04-17T15:20:00.000+05:00",
                                   "2024-04-17", p.name, p.phone, str(p.score), *_kobo_meta(i, p)])  # fmt: skip
    book.close()
    return path
