"""Icons of the navigation that show what each page holds (a chart, a target, a calendar, people…),
drawn with QPainter: no image files, sharp at any scale. Drawn for the shell window too, so they use no
enum of PySide6's Qt namespace (building it costs more than the drawing)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZE = 32
INK = QColor("#3b4a5a")
ACCENT = QColor("#1f77b4")


def _pen(color: QColor, width: float = 2.2) -> QPen:
    pen = QPen(color)
    pen.setWidthF(width)
    return pen


def _dashboard(p: QPainter) -> None:
    p.setPen(_pen(INK, 0.01))
    for x, h, color in ((6, 10, INK), (14, 18, ACCENT), (22, 14, INK)):
        p.fillRect(QRectF(x, 27 - h, 6, h), color)
    p.setPen(_pen(INK, 1.6))
    p.drawLine(QPointF(4, 27.5), QPointF(29, 27.5))


def _results(p: QPainter) -> None:
    p.setPen(_pen(INK))
    p.drawEllipse(QRectF(4, 4, 24, 24))
    p.drawEllipse(QRectF(10, 10, 12, 12))
    p.setPen(_pen(ACCENT, 0.01))
    p.setBrush(ACCENT)
    p.drawEllipse(QRectF(13.5, 13.5, 5, 5))


def _activities(p: QPainter) -> None:
    p.setPen(_pen(INK))
    p.drawRoundedRect(QRectF(4, 6, 24, 22), 2, 2)
    p.fillRect(QRectF(4, 6, 24, 6), INK)
    p.setPen(_pen(ACCENT, 0.01))
    for row in range(2):
        for column in range(3):
            p.fillRect(
                QRectF(8 + column * 6.5, 15 + row * 6, 4, 3.5), ACCENT if (row, column) == (1, 1) else INK
            )


def _person(p: QPainter, x: float, color: QColor) -> None:
    p.setPen(_pen(color, 0.01))
    p.setBrush(color)
    p.drawEllipse(QRectF(x + 3, 5, 8, 8))
    body = QPainterPath()
    body.moveTo(x, 27)
    body.cubicTo(x, 14, x + 14, 14, x + 14, 27)
    body.closeSubpath()
    p.drawPath(body)


def _participants(p: QPainter) -> None:
    _person(p, 3, INK)
    _person(p, 15, ACCENT)


def _page(p: QPainter) -> None:
    page = QPainterPath()
    page.moveTo(7, 3)
    page.lineTo(20, 3)
    page.lineTo(26, 9)
    page.lineTo(26, 29)
    page.lineTo(7, 29)
    page.closeSubpath()
    p.setPen(_pen(INK, 2))
    p.setBrush(QColor("white"))
    p.drawPath(page)


def _narratives(p: QPainter) -> None:
    _page(p)
    p.setPen(_pen(ACCENT, 1.8))
    for y, right in ((12, 22), (16.5, 22), (21, 22), (25.5, 17)):
        p.drawLine(QPointF(11, y), QPointF(right, y))


def _reports(p: QPainter) -> None:
    _page(p)
    p.setPen(_pen(INK, 0.01))
    for x, h in ((11, 6), (15, 10), (19, 8)):
        p.fillRect(QRectF(x, 25 - h, 3, h), ACCENT)


def _quality(p: QPainter) -> None:
    p.setPen(_pen(INK))
    p.drawEllipse(QRectF(4, 4, 24, 24))
    tick = QPainterPath()
    tick.moveTo(10, 16.5)
    tick.lineTo(14.5, 21)
    tick.lineTo(22.5, 11.5)
    p.setPen(_pen(ACCENT, 3))
    p.setBrush(QColor(0, 0, 0, 0))
    p.drawPath(tick)


def _settings(p: QPainter) -> None:
    import math

    gear = QPainterPath()
    for tooth in range(16):  # eight teeth: alternate outer and inner radius
        angle = tooth * math.pi / 8
        radius = 13 if tooth % 2 == 0 else 10
        point = QPointF(16 + radius * math.cos(angle), 16 + radius * math.sin(angle))
        gear.moveTo(point) if tooth == 0 else gear.lineTo(point)
    gear.closeSubpath()
    p.setPen(_pen(INK, 0.01))
    p.setBrush(INK)
    p.drawPath(gear)
    p.setBrush(QColor("white"))
    p.drawEllipse(QRectF(11.5, 11.5, 9, 9))


def _project(p: QPainter) -> None:
    """A results framework: one box above, two below, joined."""
    p.setPen(_pen(INK, 1.8))
    p.drawLine(QPointF(16, 11), QPointF(16, 16))
    p.drawLine(QPointF(8, 16), QPointF(24, 16))
    p.drawLine(QPointF(8, 16), QPointF(8, 20))
    p.drawLine(QPointF(24, 16), QPointF(24, 20))
    p.setPen(_pen(INK, 0.01))
    p.fillRect(QRectF(10, 3, 12, 8), ACCENT)
    p.fillRect(QRectF(3, 20, 10, 8), INK)
    p.fillRect(QRectF(19, 20, 10, 8), INK)


def _organizations(p: QPainter) -> None:
    """A building with windows."""
    p.setPen(_pen(INK, 0.01))
    p.fillRect(QRectF(6, 6, 20, 22), INK)
    for row in range(3):
        for column in range(3):
            p.fillRect(QRectF(9 + column * 5.5, 9 + row * 5, 3, 3), QColor("white"))
    p.fillRect(QRectF(13.5, 23, 5, 5), ACCENT)
    p.fillRect(QRectF(4, 27, 24, 2), INK)


PAINTERS = {
    "dashboard": _dashboard,
    "results": _results,
    "activities": _activities,
    "participants": _participants,
    "narratives": _narratives,
    "reports": _reports,
    "quality": _quality,
    "settings": _settings,
    "project": _project,
    "organizations": _organizations,
}


def page_icon(key: str, scale: float = 1.0) -> QIcon:
    """The icon of a page of the app, drawn at `scale` (the screen's device pixel ratio)."""
    pixels = round(SIZE * scale)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    PAINTERS[key](painter)
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return QIcon(pixmap)
