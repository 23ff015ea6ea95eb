"""Dashboard: the period's key figures in cards and two charts; each opens the list behind it.

matplotlib costs half a second to import, so it is imported when the dashboard first draws.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from flare_monitor.db.enums import ActivityStatus, Sex
from flare_monitor.services.geo import country_name
from ui import vocab
from ui.key_figures import PeriodFigures, period_figures
from ui.pages.base import Page

SEX_COLOURS = {"female": "#8e44ad", "male": "#2e86c1", "other": "#16a085", "not_recorded": "#aab7b8"}
STATUS_COLOURS = {
    "planned": "#aab7b8",
    "ongoing": "#f5b041",
    "completed": "#27ae60",
    "postponed": "#e67e22",
    "cancelled": "#c0392b",
    "on_track": "#27ae60",
    "needs_attention": "#f5b041",
    "off_track": "#c0392b",
    "no_target": "#aab7b8",
}


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
        self.figures: PeriodFigures | None = None
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.heading.setFont(font)
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
            lambda: self.navigate.emit("activities", {"status": "completed", "type": "training"})
        )
        self.cards["indicators"].clicked.connect(lambda: self.navigate.emit("results", {}))
        self.charts = QGridLayout()
        self.canvases = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(cards)
        layout.addLayout(self.charts, 1)

    def title(self) -> str:
        return self.tr("Dashboard")

    def reload(self) -> None:
        period = self.context.period
        if self.context.project is None or period is None:
            return
        with self.db.session() as session:
            self.figures = figures = period_figures(
                session, self.context.project_code, period, self.context.country
            )
        where = country_name(self.context.country) if self.context.country else self.tr("all countries")
        self.heading.setText(f"{self.context.project.title} — {self.context.period_label}, {where}")
        self.cards["activities"].set(str(len(figures.activities)), self._status_line(figures))
        self.cards["completed"].set(
            str(figures.completed), self.tr("trainings: %1").replace("%1", str(figures.trainings))
        )
        sexes = figures.people_by_sex
        self.cards["people"].set(
            f"{figures.people:,}",
            " · ".join(f"{vocab.label(s)} {sexes.get(s, 0)}" for s in ("female", "male") if s in sexes)
            + (
                f" · {self.tr('other / not recorded')} {sexes['other'] + sexes['not_recorded']}"
                if sexes.get("other", 0) + sexes.get("not_recorded", 0)
                else ""
            ),
        )
        key = [f for f in figures.indicators if f.is_key]
        counts: dict[str, int] = {}
        for f in key:
            counts[f.status] = counts.get(f.status, 0) + 1
        self.cards["indicators"].set(
            f"{counts.get('on_track', 0)} / {len(key)}" if key else "—",
            " · ".join(f"{vocab.label(status)} {n}" for status, n in counts.items() if status != "on_track"),
        )
        self._draw(figures)

    def _status_line(self, figures: PeriodFigures) -> str:
        return " · ".join(f"{vocab.label(s)} {n}" for s, n in sorted(figures.by_status.items()))

    # ---------------------------------------------------------------- charts

    def _draw(self, figures: PeriodFigures) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        for canvas in self.canvases:
            self.charts.removeWidget(canvas)
            canvas.deleteLater()
        self.canvases = []
        font_family = self.font().family()

        people = Figure(figsize=(5, 3.2), layout="constrained")
        ax = people.add_subplot()
        countries = sorted(figures.people_by_country_sex)
        bottom = [0] * len(countries)
        for sex in Sex:
            values = [figures.people_by_country_sex[c].get(sex.value, 0) for c in countries]
            if not any(values):
                continue
            bars = ax.bar(
                countries,
                values,
                0.5,
                bottom=bottom,
                color=SEX_COLOURS[sex.value],
                label=vocab.label(sex.value),
            )
            ax.bar_label(
                bars,
                labels=[str(v) if v else "" for v in values],
                label_type="center",
                color="white",
                fontsize="small",
            )
            for bar, country in zip(bars, countries, strict=True):
                bar.set_gid(country)
                bar.set_picker(True)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        _style(ax, self.tr("People trained by sex and country"), font_family)
        if countries:
            ax.set_xlim(
                -0.5 - max(0, 3 - len(countries)) / 2, len(countries) - 0.5 + max(0, 3 - len(countries)) / 2
            )
            ax.yaxis.get_major_locator().set_params(integer=True)
            ax.legend(
                loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=4, frameon=False, fontsize="small"
            )
        else:
            _empty(ax, self.tr("No completed training in this period"))

        status = Figure(figsize=(5, 3.2), layout="constrained")
        ax2 = status.add_subplot()
        statuses = [s.value for s in ActivityStatus if figures.by_status.get(s.value)]
        counts = [figures.by_status[s] for s in statuses]
        bars = ax2.barh(
            [vocab.label(s) for s in statuses], counts, 0.5, color=[STATUS_COLOURS[s] for s in statuses]
        )
        ax2.bar_label(bars, padding=3, fontsize="small")
        for bar, value in zip(bars, statuses, strict=True):
            bar.set_gid(value)
            bar.set_picker(True)
        _style(ax2, self.tr("Activities by status"), font_family)
        if statuses:
            ax2.set_ylim(
                len(statuses) - 0.5 + max(0, 4 - len(statuses)) / 2, -0.5 - max(0, 4 - len(statuses)) / 2
            )
            ax2.set_xlim(0, max(counts) * 1.15 + 0.5)
            ax2.xaxis.get_major_locator().set_params(integer=True)
        else:
            _empty(ax2, self.tr("No activity in this period"))

        for column, (figure, handler) in enumerate(
            ((people, self._country_picked), (status, self._status_picked))
        ):
            canvas = FigureCanvasQTAgg(figure)
            canvas.setMinimumHeight(260)
            canvas.mpl_connect("pick_event", handler)
            canvas.setToolTip(self.tr("Click a bar to open the activities behind it"))
            self.charts.addWidget(canvas, 0, column)
            self.canvases.append(canvas)

    def _country_picked(self, event) -> None:
        country = event.artist.get_gid()
        self.navigate.emit("activities", {"country": country, "type": "training", "status": "completed"})

    def _status_picked(self, event) -> None:
        self.navigate.emit("activities", {"status": event.artist.get_gid(), "type": None})


def _style(ax, title: str, font_family: str) -> None:
    ax.set_title(title, fontfamily=font_family)
    ax.spines[["top", "right"]].set_visible(False)


def _empty(ax, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#777777")
    ax.set_xticks([])
    ax.set_yticks([])
