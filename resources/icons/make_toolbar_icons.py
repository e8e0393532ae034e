"""Draw the toolbar and menu icons with QPainter and save them as PNG (24 and 48 px).

Run it again after changing a drawing:  ``python resources/icons/make_toolbar_icons.py``
The window loads these files (``tracker.ui.icons``) instead of asking the Qt style for its
standard pixmaps: the same look on every desktop, and no QStyle type to build at start-up.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

OUT = Path(__file__).resolve().parent / "toolbar"
SIZES = (24, 48)
INK = QColor("#37474F")
PAPER = QColor("#FFFFFF")
BLUE = QColor("#1E6BB8")
GREEN = QColor("#2E8B3E")
RED = QColor("#B7282E")
FOLDER = QColor("#E8B04A")
FOLDER_DARK = QColor("#B07D1E")

Draw = Callable[[QPainter], None]


def pen(color: QColor, width: float = 1.6) -> QPen:
    return QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin)


def page(p: QPainter, x: float = 5, y: float = 2.5, w: float = 14, h: float = 19) -> None:
    """A sheet with a folded corner (units: a 24 × 24 grid)."""
    fold = 4.5
    path = QPainterPath(QPointF(x, y))
    path.lineTo(x + w - fold, y)
    path.lineTo(x + w, y + fold)
    path.lineTo(x + w, y + h)
    path.lineTo(x, y + h)
    path.closeSubpath()
    p.setPen(pen(INK, 1.3))
    p.setBrush(PAPER)
    p.drawPath(path)
    p.drawPolyline(QPolygonF([QPointF(x + w - fold, y), QPointF(x + w - fold, y + fold),
                              QPointF(x + w, y + fold)]))


def arrow_head(p: QPainter, tip: QPointF, dx: float, dy: float, color: QColor) -> None:
    """A filled head at ``tip`` pointing along (dx, dy) (a unit vector)."""
    back, side = 4.2, 3.2
    base = QPointF(tip.x() - dx * back, tip.y() - dy * back)
    left = QPointF(base.x() - dy * side, base.y() + dx * side)
    right = QPointF(base.x() + dy * side, base.y() - dx * side)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawPolygon(QPolygonF([tip, left, right]))


def draw_new(p: QPainter) -> None:
    page(p)
    p.setPen(pen(GREEN, 2.4))
    p.drawLine(QPointF(12, 10), QPointF(12, 18))
    p.drawLine(QPointF(8, 14), QPointF(16, 14))


def draw_open(p: QPainter) -> None:
    p.setPen(pen(FOLDER_DARK, 1.2))
    p.setBrush(FOLDER_DARK)
    back = QPainterPath(QPointF(2.5, 5))
    for x, y in ((9, 5), (11, 7.5), (20.5, 7.5), (20.5, 19), (2.5, 19)):
        back.lineTo(x, y)
    back.closeSubpath()
    p.drawPath(back)
    p.setBrush(FOLDER)
    front = QPolygonF([QPointF(5, 10.5), QPointF(22.5, 10.5), QPointF(20.5, 19),
                       QPointF(2.5, 19)])
    p.drawPolygon(front)


def draw_turn(p: QPainter, mirrored: bool) -> None:
    """Undo (an arrow turning back to the left) or, mirrored, redo."""
    if mirrored:
        p.translate(24, 0)
        p.scale(-1, 1)
    path = QPainterPath(QPointF(19, 18))
    path.cubicTo(QPointF(19, 10), QPointF(14, 8.5), QPointF(8.5, 8.5))
    p.setPen(pen(BLUE, 2.4))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    arrow_head(p, QPointF(3.5, 8.5), -1, 0, BLUE)


def draw_undo(p: QPainter) -> None:
    draw_turn(p, mirrored=False)


def draw_redo(p: QPainter) -> None:
    draw_turn(p, mirrored=True)


def draw_export(p: QPainter) -> None:
    """Templates going out: a sheet with an arrow leaving it to the right."""
    page(p, 3, 2.5, 13, 19)
    p.setPen(pen(INK, 1.1))
    for y in (10, 13, 16):
        p.drawLine(QPointF(6, y), QPointF(11, y))
    p.setPen(pen(BLUE, 2.4))
    p.drawLine(QPointF(12, 13), QPointF(18.5, 13))
    arrow_head(p, QPointF(22.5, 13), 1, 0, BLUE)


def draw_import(p: QPainter) -> None:
    """Returns coming in: an arrow going down into a tray."""
    p.setPen(pen(INK, 1.6))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline(QPolygonF([QPointF(3, 14), QPointF(3, 20.5), QPointF(21, 20.5),
                              QPointF(21, 14)]))
    p.setPen(pen(GREEN, 2.4))
    p.drawLine(QPointF(12, 2.5), QPointF(12, 12))
    arrow_head(p, QPointF(12, 17), 0, 1, GREEN)


def draw_report(p: QPainter) -> None:
    """The monthly report: a sheet with a red title line and a small bar chart."""
    page(p)
    p.setPen(pen(RED, 1.8))
    p.drawLine(QPointF(8, 7), QPointF(13, 7))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(BLUE))
    for x, h in ((8, 4), (11, 7), (14, 5.5)):
        p.drawRect(QRectF(x, 18.5 - h, 2.2, h))


def draw_refresh(p: QPainter) -> None:
    p.setPen(pen(GREEN, 2.4))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(4, 4, 16, 16), 100 * 16, 280 * 16)
    arrow_head(p, QPointF(15.5, 4.6), 1, -0.1, GREEN)


ICONS: dict[str, Draw] = {
    "new": draw_new, "open": draw_open, "undo": draw_undo, "redo": draw_redo,
    "export": draw_export, "import": draw_import, "report": draw_report,
    "refresh": draw_refresh,
}


def render(draw: Draw, size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 24.0, size / 24.0)
    draw(p)
    p.end()
    return img


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(exist_ok=True)
    for name, draw in ICONS.items():
        for size in SIZES:
            target = OUT / f"{name}-{size}.png"
            if not render(draw, size).save(str(target), "PNG"):
                print(f"could not write {target}", file=sys.stderr)
                return 1
    print(f"{len(ICONS) * len(SIZES)} icons in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
