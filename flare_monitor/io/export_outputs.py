"""The data exports (CSV or Excel), registered in the output registry like the report templates: the command
line's `export WHAT` and its options are built from these declarations. Each writes through the one
atomic writer (`io.tabular` → `io.atomic.replace_atomically`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flare_monitor.io import exports
from flare_monitor.reports.registry import Output, OutputOption, register

PERSONAL = OutputOption(
    "include_personal_data",
    "Names, phone numbers, e-mail addresses and consent",
    help="add names, phone numbers, e-mail addresses and consent (victims' records are never exported "
    "from the command line)",
)


@dataclass(frozen=True)
class ExportOutput(Output):
    kind: str = "export"
    formats: tuple[str, ...] = ("csv", "xlsx")
    # write(session, path, project=…, country=…, period=…, **options) -> rows written
    write: Callable[..., int] | None = None
    project_required: bool = False
    period_required: bool = False
    personal: bool = False  # the file may hold personal data (with include_personal_data)


def _participants(session, path, *, project=None, country=None, include_personal_data=False, **_kw) -> int:
    return exports.export_participants(session, path, project=project, country=country,
                                       include_personal_data=include_personal_data)  # fmt: skip


def _activities(session, path, *, project=None, country=None, **_kw) -> int:
    return exports.export_activities(session, path, project=project, country=country)


def _attendance(session, path, *, project=None, country=None, include_personal_data=False, **_kw) -> int:
    return exports.export_attendance(session, path, project=project, country=country,
                                     include_personal_data=include_personal_data)  # fmt: skip


def _indicators(session, path, *, project=None, country=None, period=None, **_kw) -> int:
    return exports.export_indicators(session, path, project=project, period=period, country=country)


def _evidence(session, path, *, project=None, **_kw) -> int:
    return exports.export_evidence(session, path, project=project)


EXPORTS: tuple[ExportOutput, ...] = tuple(
    register(output)  # type: ignore[misc]
    for output in (
        ExportOutput("participants", "Participants", description="participants (pseudonymous unless "
                     "--include-personal-data)", options=(PERSONAL,), write=_participants, personal=True),
        ExportOutput("activities", "Activities", description="activities with participants by sex",
                     write=_activities),
        ExportOutput("attendance", "Attendance", description="who attended what (pseudonymous unless "
                     "--include-personal-data)", options=(PERSONAL,), write=_attendance, personal=True),
        ExportOutput("indicators", "Indicator table (IPTT)", description="the indicator table of a project "
                     "for one reporting period", write=_indicators, project_required=True,
                     period_required=True),
        ExportOutput("evidence", "Evidence files", description="evidence files listed (names, types, "
                     "hashes; never their content)", write=_evidence),
    )
)  # fmt: skip


def export(output: ExportOutput, session, path, **values: Any) -> int:
    """Write an export; `values` are the project, country, period and the output's options."""
    return output.write(session, path, **values)
