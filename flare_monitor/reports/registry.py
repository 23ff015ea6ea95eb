"""The outputs FLARE Monitor writes, registered once: donor report templates and data exports.

Each output declares an id, a label, its formats and its options; the command line (`report --template
ID`, `report --list-templates`, `export WHAT`) and the Reports page build their choices and option
controls from these declarations, so a new donor's format is a new template registered here, not a fork
of the builder. Every output file is written through one atomic writer (`io.atomic.replace_atomically`).

A report template (`ReportTemplate`) is a list of sections over the one assembled dataset
(`reports.assemble.assemble` → `ReportData`); the builder lays out whatever sections a template lists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from flare_monitor.errors import ValidationError
from flare_monitor.i18n import _


@dataclass(frozen=True)
class OutputOption:
    """An option of an output: a flag on the command line (`--key-with-dashes`) and a control on the page."""

    key: str
    label: str  # English label (the page translates its own)
    kind: str = "bool"  # "bool" or "choice"
    default: Any = False
    choices: tuple[str, ...] = ()
    help: str = ""

    @property
    def flag(self) -> str:
        return "--" + self.key.replace("_", "-")

    def parse(self, value: Any) -> Any:
        if self.kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("1", "yes", "true", "on"):
                return True
            if text in ("0", "no", "false", "off", ""):
                return False
            raise ValidationError(_("{key}: '{value}' is not yes or no", key=self.key, value=value), self.key)
        text = str(value).strip().lower()
        if text not in self.choices:
            raise ValidationError(
                _(
                    "{key}: '{value}' is not one of {items}",
                    key=self.key,
                    value=value,
                    items=", ".join(self.choices),
                ),
                self.key,
            )
        return text


@dataclass(frozen=True)
class Output:
    id: str
    label: str
    kind: str  # "report" or "export"
    formats: tuple[str, ...]
    options: tuple[OutputOption, ...] = ()
    description: str = ""

    def option(self, key: str) -> OutputOption:
        for option in self.options:
            if option.key == key:
                return option
        raise ValidationError(_("{id} has no option '{key}'", id=self.id, key=key), key)

    def parse_options(self, given: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
        """Every option of the output with its value: the given one (checked) or the default."""
        unknown = sorted(set(given) - {o.key for o in self.options})
        if unknown:
            raise ValidationError(
                _("{id} has no option '{unknown}'", id=self.id, unknown=unknown[0]), unknown[0]
            )
        return tuple((o.key, o.parse(given[o.key]) if o.key in given else o.default) for o in self.options)


@dataclass(frozen=True)
class Section:
    """One section of a report template: `build(builder)` returns its flowables. `narrative` names the
    narrative section it prints (for the list of sections without text); `when_empty` says what the
    section does without text: print a placeholder, or leave the section out."""

    key: str
    build: Callable[[Any], list]
    narrative: str | None = None
    when_empty: str = "placeholder"  # or "omit"


@dataclass(frozen=True)
class ReportTemplate(Output):
    kind: str = "report"
    formats: tuple[str, ...] = ("pdf", "xlsx")
    sections: tuple[Section, ...] = ()
    # Narrative sections printed for the whole project (their absence is listed before building), and
    # whether each top-level outcome has a narrative of its own.
    narrative_sections: tuple[str, ...] = ()
    outcome_narratives: bool = False
    needs_table: bool = False  # the tables of every period to date are printed (not only in the Excel)
    country_charts: bool = True
    title_key: str = "report_title"
    # Periods the template suggests for a date (e.g. the two semi-annual periods of a TPR).
    presets: Callable[[Any, Any], list[str]] | None = None
    excel: Callable[[Any, str], None] | None = None  # write_workbook(data, path)


_REGISTRY: dict[str, Output] = {}


def register(output: Output) -> Output:
    if output.id in _REGISTRY and _REGISTRY[output.id] is not output:
        raise ValueError(f"two outputs are registered as {output.id}")
    _REGISTRY[output.id] = output
    return output


def _load() -> None:
    # The built-in outputs register themselves when their modules are imported.
    from flare_monitor.io import export_outputs  # noqa: F401
    from flare_monitor.reports.templates import ilo_quarterly, usdol_tpr  # noqa: F401


def outputs(kind: str | None = None) -> list[Output]:
    _load()
    return [o for o in _REGISTRY.values() if kind is None or o.kind == kind]


def templates() -> list[ReportTemplate]:
    return [o for o in outputs("report") if isinstance(o, ReportTemplate)]


def template(template_id: str) -> ReportTemplate:
    _load()
    found = _REGISTRY.get((template_id or "").strip().lower())
    if not isinstance(found, ReportTemplate):
        known = ", ".join(t.id for t in templates())
        raise ValidationError(
            _("template: '{template_id}' is not one of {known}", template_id=template_id, known=known),
            "template",
        )
    return found


def output(output_id: str) -> Output:
    _load()
    found = _REGISTRY.get(output_id)
    if found is None:
        raise ValidationError(
            _("output: '{output_id}' is not one of {items}", output_id=output_id, items=", ".join(_REGISTRY)),
            "output",
        )
    return found


def describe(items: Sequence[Output]) -> list[tuple[str, str, str, str]]:
    """(id, label, formats, options) of each output, for `--list-templates`."""
    return [
        (o.id, o.label, ", ".join(o.formats), ", ".join(opt.flag for opt in o.options) or "–") for o in items
    ]


__all__ = [
    "Output",
    "OutputOption",
    "ReportTemplate",
    "Section",
    "describe",
    "output",
    "outputs",
    "register",
    "template",
    "templates",
]
