"""Dashboard: the period's key figures in cards and three charts; each opens the list behind it.

The charts are drawn by the donor report's own functions (flare_monitor.reports.charts) from the same
figures: people trained by sex and agency type (assemble.trained_by_agency), cumulative actual against
target of a key indicator (the engine's series) and activities by status.

The figures are computed in a worker (ui.workers) so that the window paints at once and stays
responsive; the page says "calculating…" meanwhile. matplotlib costs half a second to import: the
worker imports it too, and the canvases are made when the first figures arrive.
"""

from __future__ import annotations

import dataclasses
import functools
import textwrap
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import figures as figures_actions
from flare_monitor.actions.figures import DashboardData, FiguresQuery, PeriodFigures, chart_choices
from flare_monitor.indicators.periods import Period
from flare_monitor.vocabulary import ActivityStatus
from ui import i18n, vocab
from ui.chart_view import ChartView
from ui.context import Context, project_quarters
from ui.formatting import format_int
from ui.models.activities import TRAINED
from ui.pages.base import Page

CHART_PERIODS = 8  # quarters shown in the cumulative chart, ending with the chosen period


@dataclass
class ChartData:
    """Plain data of the dashboard charts (what the shared chart functions take)."""

    agency: dict[str, dict[str, int]] = field(default_factory=dict)  # agency type → sex → people
    series: object | None = None  # charts.IndicatorSeries of the chosen indicator
    by_status: dict[str, int] = field(default_factory=dict)  # activities of the period by status
    country: str | None = None  # the scope the data is for (None = all countries)


def fit_title(fig, title: str, where: str = "") -> str:
    """A chart title that fits the figure's width on its one line (translations run long): without the
    place (the page's heading names it) when only that does not fit, shortened when even that is long."""
    per_line = max(20, int((fig.get_size_inches()[0] - 0.3) * 14))
    if where and len(title) + len(where) + 3 <= per_line:
        return f"{title} — {where}"
    return textwrap.shorten(title, per_line, placeholder="…")


def chart_periods(project, period: Period) -> list[Period]:
    """The project's quarters up to the end of `period` (at most CHART_PERIODS)."""
    quarters = [q for q in project_quarters(project) if q.end <= period.end] or project_quarters(project)[:1]
    return quarters[-CHART_PERIODS:]


def figures_query(context: Context, indicator: str | None) -> FiguresQuery:
    return FiguresQuery(
        project=context.project_code,
        period=context.period,
        country=context.country,
        countries=tuple(context.countries),
        chart_periods=tuple(chart_periods(context.project, context.period)),
        indicator=indicator,
    )


def prepare_charts() -> None:
    """Import matplotlib and register the fonts ahead of the first chart (off the GUI thread)."""
    from flare_monitor.reports.charts import use_shipped_fonts

    use_shipped_fonts()


def load_dashboard(db, query: FiguresQuery, **worker) -> DashboardData:
    """Worker task: the dashboard's figures, with matplotlib loaded for the charts (half a second)."""
    data = figures_actions.dashboard(db, query, **worker)
    prepare_charts()
    return data


# ---------------------------------------------------------------- the charts, drawn in workers
# Each painter draws plain data with labels already translated: it runs on a worker thread.


def paint_people(fig, agency: dict, labels, title: str, where: str, empty: str) -> None:
    from flare_monitor.reports.charts import people_trained_by_sex_and_agency

    labels = dataclasses.replace(labels, title=fit_title(fig, title, where))
    people_trained_by_sex_and_agency(fig, agency, labels, empty_message=empty)
    for ax in fig.axes:
        for bar in ax.patches:
            bar.set_gid("trainings")


def paint_cumulative(fig, series, labels, empty: str) -> None:
    from flare_monitor.reports.charts import cumulative_vs_target

    items = []
    if series is not None:
        # One line of title at this width: the combo above the chart and its tooltip give the rest.
        per_line = max(20, int((fig.get_size_inches()[0] - 0.8) * 15))
        items = [dataclasses.replace(series, title=textwrap.shorten(series.title, per_line, placeholder="…"))]
    cumulative_vs_target(fig, items, labels, empty_message=empty)


def paint_status(fig, counts: dict[str, int], labels, empty: str) -> None:
    from flare_monitor.reports.charts import activities_by_status

    activities_by_status(fig, counts, labels, empty_message=empty)
    # Bars are drawn bottom-up in reverse order of the statuses; few bars keep a bar's height.
    for ax in fig.axes:
        if ax.patches and len(counts) < 4:
            pad = (4 - len(counts)) / 2
            ax.set_ylim(-0.5 - pad, len(counts) - 0.5 + pad)
        for bar, status in zip(ax.patches, list(counts)[::-1], strict=False):
            bar.set_gid(status)


class Card(QFrame):
    """A figure with its caption; clicking it opens the list behind the figure."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName("card")
        self.setStyleSheet(
            "#card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
        )
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSize(font.pointSize() + 12)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: palette(dark);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setAccessibleName(caption)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{value} {detail}")

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class DashboardPage(Page):
    key = "dashboard"

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.figures: PeriodFigures | None = None  # None while calculating
        self.chart_data = ChartData()
        self._shown_context: Context | None = None  # the context of the figures shown
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.heading.setFont(font)
        self.busy = QLabel()
        self.busy.setStyleSheet("color: palette(dark);")
        self.busy.setAccessibleName(self.tr("Dashboard state"))
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.busy)
        self.submission = QLabel()
        self.submission.setWordWrap(True)
        self.submission.setAccessibleName(self.tr("Submission of the period"))
        self.submission.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.submission.linkActivated.connect(lambda _link: self.navigate.emit("results", {}))
        self.cards = {
            "activities": Card(self.tr("activities in the period")),
            "completed": Card(self.tr("activities completed")),
            "people": Card(self.tr("people trained (each counted once)")),
            "indicators": Card(self.tr("key indicators on track")),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        self.cards["activities"].clicked.connect(lambda: self.navigate.emit("activities", {"status": None}))
        self.cards["completed"].clicked.connect(
            lambda: self.navigate.emit("activities", {"status": ActivityStatus.COMPLETED.value})
        )
        self.cards["people"].clicked.connect(
            lambda: self.navigate.emit("activities", {"status": "completed", "type": TRAINED})
        )
        self.cards["indicators"].clicked.connect(lambda: self.navigate.emit("results", {}))
        self.indicator = QComboBox()
        self.indicator.setAccessibleName(self.tr("Indicator of the cumulative chart"))
        self.indicator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicator.setMinimumContentsLength(20)
        self.indicator.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        indicator_label = QLabel(self.tr("&Indicator:"))
        indicator_label.setBuddy(self.indicator)
        indicator_row = QHBoxLayout()
        indicator_row.addWidget(indicator_label)
        indicator_row.addWidget(self.indicator, 1)
        self.charts = QGridLayout()
        self.charts.addLayout(indicator_row, 0, 1)
        for column in range(3):
            self.charts.setColumnStretch(column, 1)
        self.charts.setRowStretch(1, 1)
        self.canvases: list[ChartView] = []  # people trained, cumulative, activities by status
        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addWidget(self.submission)
        layout.addLayout(cards)
        layout.addLayout(self.charts, 1)
        self.indicator.currentIndexChanged.connect(self._indicator_changed)

    def title(self) -> str:
        return self.tr("Dashboard")

    def reload(self) -> None:
        """Say "calculating…" and compute the figures in a worker; `_loaded` shows them."""
        period = self.context.period
        if self.context.project is None or period is None:
            return
        self.figures = None
        self.loads.cancel("series")
        self.heading.setText(self._heading_text(self.context))
        self.busy.setText(self.tr("Calculating the figures…"))
        self.busy.show()
        for card in self.cards.values():
            card.set("…")
        context = self.context
        self.load(
            "figures",
            load_dashboard,
            figures_query(context, self.indicator.currentData()),
            on_result=lambda data: self._loaded(data, context),
            on_error=self._failed,
        )

    def _heading_text(self, context: Context) -> str:
        where = vocab.country_label(context.country) if context.country else self.tr("all countries")
        return f"{context.project.title} — {vocab.period_label(context.period_label)}, {where}"

    def _failed(self, exc: Exception) -> None:
        from flare_monitor.actions.base import user_facing
        from ui.messages import show_error

        problem = user_facing(exc)
        if problem is None:  # a bug: the excepthook shows it
            show_error(self, exc)
            return
        text = self.tr("The figures could not be calculated: %1")
        self.busy.setText(text.replace("%1", i18n.text(problem)))

    def _loaded(self, data: DashboardData, context: Context) -> None:
        self._shown_context = context
        self.busy.hide()
        self.figures = figures = data.figures
        self.chart_data = ChartData(
            agency=data.agency,
            series=data.series,
            by_status=dict(figures.by_status),
            country=context.country,
        )
        self.heading.setText(self._heading_text(context))
        self.cards["activities"].set(format_int(figures.activity_count), self._status_line(figures))
        self.cards["activities"].caption.setText(
            self.tr("activities in the period", "the number is shown above", figures.activity_count)
        )
        self.cards["completed"].set(
            format_int(figures.completed),
            self.tr("trainings: %1").replace("%1", format_int(figures.trainings)),
        )
        self.cards["completed"].caption.setText(
            self.tr("activities completed", "the number is shown above", figures.completed)
        )
        self.cards["people"].caption.setText(
            self.tr("people trained (each counted once)", "the number is shown above", figures.people)
        )
        sexes = figures.people_by_sex
        words = self._sex_words()
        parts = [f"{words[s]} {format_int(sexes.get(s, 0))}" for s in ("female", "male") if s in sexes]
        rest = sexes.get("other", 0) + sexes.get("not_recorded", 0)
        if rest:
            other = self.tr("other / not recorded")  # outside the f-string: lupdate reads no f-strings
            parts.append(f"{other} {format_int(rest)}")
        self.cards["people"].set(format_int(figures.people), " · ".join(parts))
        key = [f for f in figures.indicators if f.is_key]
        counts: dict[str, int] = {}
        for f in key:
            counts[f.status] = counts.get(f.status, 0) + 1
        self.cards["indicators"].set(
            f"{counts.get('on_track', 0)} / {len(key)}" if key else "—",
            " · ".join(
                f"{vocab.label(status)} {format_int(n)}"
                for status, n in counts.items()
                if status != "on_track"
            ),
        )
        self.cards["indicators"].setToolTip(self._rule_tooltip(data.tolerances))
        self._show_submission(data.submission)
        self._fill_indicators(chart_choices(figures), data.indicator)
        self._draw()

    def _rule_tooltip(self, tolerances) -> str:
        from ui.key_figures import status_rule

        lines = [self.tr("The project's status rule:")]
        lines += [f"{vocab.label(s)}: {text}" for s, text in status_rule(tolerances).items()]
        return "\n".join(lines)

    def _show_submission(self, state) -> None:
        """The period's lock and each country's submission, in one line that opens the Results page."""
        if state is None:
            self.submission.hide()
            return
        if state.locked:
            text = self.tr("%1 is locked (by %2): its figures are those submitted.")
            text = text.replace("%1", vocab.period_label(state.period)).replace("%2", state.locked_by or "")
        else:
            parts = [f"{vocab.country_label(c.country)} {vocab.submission_label(c.status).lower()}"
                     for c in state.countries]  # fmt: skip
            text = (
                self.tr("Submission of %1: %2")
                .replace("%1", vocab.period_label(state.period))
                .replace("%2", " · ".join(parts))
            )
        self.submission.setText(f'<a href="results">{text}</a>')
        self.submission.show()

    def _status_line(self, figures: PeriodFigures) -> str:
        return " · ".join(f"{vocab.label(s)} {format_int(n)}" for s, n in sorted(figures.by_status.items()))

    def _sex_words(self) -> dict[str, str]:
        """Labels of a count of people by sex: plural where the language needs it (Mujeres 7, not Mujer 7)."""
        return {"female": self.tr("Female"), "male": self.tr("Male")}

    def _fill_indicators(self, choices: list, current: str | None) -> None:
        self.indicator.blockSignals(True)
        self.indicator.clear()
        for f in choices:
            self.indicator.addItem(f"{f.code} {f.name}", f.code)
            self.indicator.setItemData(self.indicator.count() - 1, f.name, Qt.ItemDataRole.ToolTipRole)
        self.indicator.setCurrentIndex(max(self.indicator.findData(current), 0))
        from ui.widgets import explain

        explain(
            self.indicator,
            bool(choices),
            self.tr("The project has no indicator counted in numbers or percentages yet"),
        )
        self.indicator.blockSignals(False)

    def _indicator_changed(self) -> None:
        code = self.indicator.currentData()
        if code is None or self.figures is None or self._shown_context is None:
            return
        self.load(
            "series",
            figures_actions.indicator_series,
            figures_query(self._shown_context, code),
            on_result=self._series_loaded,
        )

    def _series_loaded(self, series) -> None:
        self.chart_data.series = series
        if len(self.canvases) == 3:
            self.canvases[1].show_chart(self._cumulative_painter())

    # ---------------------------------------------------------------- charts

    def _labels(self, title: str, axis: str = ""):
        from flare_monitor.reports.charts import ChartLabels

        words = {s.value: vocab.label(s.value) for s in ActivityStatus}
        return ChartLabels(
            title=title,
            female=self._sex_words()["female"],
            male=self._sex_words()["male"],
            other=self.tr("Other / not recorded"),
            axis=axis,
            actual=self.tr("Cumulative actual"),
            target=self.tr("Cumulative target"),
            words=words,
        )

    def _people_painter(self):
        from flare_monitor.indicators.overview import NO_ORGANIZATION

        country = self.chart_data.country
        where = vocab.country_label(country) if country else self.tr("all countries")
        names = {NO_ORGANIZATION: self.tr("No organization")}
        agency = {
            names.get(kind, vocab.label(kind)): counts
            for kind, counts in sorted(self.chart_data.agency.items(), key=lambda kv: -sum(kv[1].values()))
        }
        labels = self._labels("", self.tr("People trained"))
        title = self.tr("People trained by sex and agency type")
        empty = self.tr("No completed training in this period")
        return functools.partial(
            paint_people, agency=agency, labels=labels, title=title, where=where, empty=empty
        )

    def _cumulative_painter(self):
        labels = self._labels(self.tr("Cumulative actual against target"))
        empty = self.tr("No data for this indicator yet")
        series = self.chart_data.series
        if series is not None and getattr(series, "periods", None):  # the axis in the UI's language
            series = dataclasses.replace(series, periods=[vocab.period_label(p) for p in series.periods])
        return functools.partial(paint_cumulative, series=series, labels=labels, empty=empty)

    def _status_painter(self):
        by_status = self.chart_data.by_status
        counts = {s.value: by_status[s.value] for s in ActivityStatus if by_status.get(s.value)}
        labels = self._labels(self.tr("Activities by status"), self.tr("Activities"))
        empty = self.tr("No activity in this period")
        return functools.partial(paint_status, counts=counts, labels=labels, empty=empty)

    def _draw(self) -> None:
        if not self.canvases:
            for column, (name, tip, picked) in enumerate(
                (
                    (
                        self.tr("People trained by sex and agency type"),
                        self.tr("Click a bar to open the trainings behind it"),
                        self._country_picked,
                    ),
                    (
                        self.tr("Cumulative actual against target"),
                        self.tr("Choose the indicator above the chart"),
                        None,
                    ),
                    (
                        self.tr("Activities by status"),
                        self.tr("Click a bar to open the activities behind it"),
                        self._status_picked,
                    ),
                )
            ):
                canvas = ChartView(name, self)
                canvas.setToolTip(tip)
                if picked is not None:
                    canvas.clicked.connect(picked)
                self.charts.addWidget(canvas, 1, column)
                self.canvases.append(canvas)
        painters = (self._people_painter(), self._cumulative_painter(), self._status_painter())
        for canvas, painter in zip(self.canvases, painters, strict=True):
            canvas.show_chart(painter)

    def _country_picked(self, _gid: str = "") -> None:
        filters: dict = {"type": TRAINED, "status": "completed"}
        if self.chart_data.country:
            filters["country"] = self.chart_data.country
        self.navigate.emit("activities", filters)

    def _status_picked(self, status: str) -> None:
        self.navigate.emit("activities", {"status": status, "type": None})
