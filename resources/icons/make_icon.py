"""Draw the program icon with QPainter (no display needed) and save tracker.png and tracker.ico.

Run it again after changing the drawing:  ``python resources/icons/make_icon.py``
The .ico holds PNG-compressed images at 16, 24, 32, 48, 64, 128 and 256 px (each drawn at its
own size so the small ones stay crisp); Windows Vista and later read PNG entries.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

HERE = Path(__file__).resolve().parent
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
RED = QColor("#B7282E")  # 中国红, the colour of official documents
PAPER = QColor("#FFFDF7")
INK = QColor("#9AA3AD")
GREEN = QColor("#2E9E44")


def draw(size: int) -> QImage:
    """A red rounded square holding a sheet of paper with lines and a green tick."""
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(RED)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    p.setBrush(PAPER)
    p.drawRoundedRect(QRectF(58 * s, 36 * s, 140 * s, 184 * s), 12 * s, 12 * s)
    if size >= 32:  # text lines only where they can be seen
        line = QPen(INK, max(1.0, 12 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(line)
        for y in (76, 108, 140):
            p.drawLine(QPointF(82 * s, y * s), QPointF(174 * s, y * s))
    tick = QPen(GREEN, max(2.0, 26 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin)
    p.setPen(tick)
    p.drawPolyline([QPointF(96 * s, 178 * s), QPointF(128 * s, 206 * s),
                    QPointF(196 * s, 132 * s)])
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO container (ICONDIR + ICONDIRENTRY per image) holding PNG payloads."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def main(out_dir: Path = HERE) -> list[Path]:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    png_path = out_dir / "tracker.png"
    draw(256).save(str(png_path), "PNG")
    ico_path = out_dir / "tracker.ico"
    ico_path.write_bytes(ico_bytes([(n, png_bytes(draw(n))) for n in ICO_SIZES]))
    return [png_path, ico_path]


if __name__ == "__main__":
    for path in main():
        print(path)
