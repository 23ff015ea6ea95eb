"""A chart drawn off the GUI thread: matplotlib renders the figure to an image in a worker, the widget
shows the image and maps a click to the bar under it.

Drawing three charts with matplotlib takes a few hundred milliseconds: done on the GUI thread it froze
the window at every change of the period. The shared chart functions (flare_monitor.reports.charts)
draw on a plain Agg figure here, exactly as in the donor report.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import jobs

RESIZE_SETTLE_MS = 120  # a window being dragged larger is drawn once it stops
# matplotlib keeps caches (fonts, text layout) that are not made for two threads drawing at once.
_drawing = threading.Lock()


@dataclass(frozen=True)
class Rendered:
    figure: object  # the matplotlib Figure, kept for tests and for what it shows
    image: QImage
    hits: tuple[tuple[QRectF, str], ...]  # (where a bar is, in widget pixels; what it stands for)


def render_chart(paint: Callable, width: int, height: int, dpi: float, **_worker) -> Rendered:
    """Draw `paint(figure)` on an Agg figure of the widget's size (runs in a worker)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from flare_monitor.reports.charts import use_shipped_fonts

    with _drawing:
        use_shipped_fonts()
        figure = Figure(figsize=(width / dpi, height / dpi), dpi=dpi)
        canvas = FigureCanvasAgg(figure)
        figure.set_facecolor("white")
        paint(figure)
        canvas.draw()
        rgba = bytes(canvas.buffer_rgba())
        pixels_w, pixels_h = canvas.get_width_height()
        image = QImage(rgba, pixels_w, pixels_h, QImage.Format.Format_RGBA8888).copy()
        hits = []
        for axes in figure.axes:
            for patch in axes.patches:
                if patch.get_gid():
                    box = patch.get_window_extent()  # display pixels, origin at the bottom left
                    top = pixels_h - box.y1
                    hits.append((QRectF(box.x0, top, box.width, box.height), patch.get_gid()))
    return Rendered(figure, image, tuple(hits))


class ChartView(QWidget):
    """Shows one chart; `clicked(gid)` when a bar with an id is clicked."""

    clicked = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMinimumSize(300, 270)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.loads = jobs.Loads(self)
        self.rendered: Rendered | None = None
        self._paint: Callable | None = None
        self._settle = QTimer(self, singleShot=True, interval=RESIZE_SETTLE_MS, timeout=self.render)

    @property
    def figure(self):
        return self.rendered.figure if self.rendered else None

    def axes_with_data(self) -> list:
        figure = self.figure
        return [ax for ax in figure.axes if ax.patches or ax.lines] if figure is not None else []

    def show_chart(self, paint: Callable) -> None:
        """Draw `paint(figure)` (a function over plain data, run in a worker) at this widget's size."""
        self._paint = paint
        self.render()

    def render(self) -> None:
        if self._paint is None:
            return
        ratio = self.devicePixelRatioF()
        width, height = max(self.width(), 300), max(self.height(), 270)
        dpi = self.logicalDpiX() * ratio
        self.loads.load(
            "image",
            render_chart,
            self._paint,
            int(width * ratio),
            int(height * ratio),
            dpi,
            on_result=self._rendered,
        )

    def draw(self) -> None:
        """Draw again now (tests); the new image arrives from the worker."""
        self.render()

    def _rendered(self, rendered: Rendered) -> None:
        self.rendered = rendered
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.rendered is not None:
            image = self.rendered.image
            ratio = self.devicePixelRatioF()
            size = image.size().toSizeF() / ratio
            if abs(size.width() - self.width()) > 2 or abs(size.height() - self.height()) > 2:
                # Drawn for another size; until the new drawing arrives, the old one fills the widget.
                size = size.scaled(self.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.rendered is None:
            self.render()  # the first size the layout gives: drawn at once
        else:
            self._settle.start()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.rendered is not None and event.button() == Qt.MouseButton.LeftButton:
            ratio = self.devicePixelRatioF()
            point = event.position() * ratio
            for rect, gid in self.rendered.hits:
                if rect.contains(point):
                    self.clicked.emit(gid)
                    break
        super().mouseReleaseEvent(event)
