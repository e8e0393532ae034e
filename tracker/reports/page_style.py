"""Page and type measures after GB/T 9704-2012 (党政机关公文格式), shared by the PDF and the
Word renderers. Pure data: millimetres and points.

Sizes: 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt, 小四 = 12 pt, 五号 = 10.5 pt.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Margins:
    top: float
    bottom: float
    left: float
    right: float


A4_MM = (210.0, 297.0)
# GB/T 9704-2012 7.1: 天头 37 mm, 订口 28 mm; text block 156 × 225 mm.
PORTRAIT_MARGINS = Margins(top=37.0, bottom=35.0, left=28.0, right=26.0)
# The standard has no landscape page (it rotates wide tables on a portrait page); our wide
# tables get real landscape pages with the same binding side and room for the page number.
LANDSCAPE_MARGINS = Margins(top=22.0, bottom=24.0, left=28.0, right=26.0)
# A landscape page turned onto a portrait sheet (printers cannot change orientation within a
# job): its top at the sheet's left edge, the portrait margins turned with it, so the page
# number keeps its portrait place.
ROTATED_MARGINS = Margins(top=28.0, bottom=26.0, left=35.0, right=37.0)

# 7.5: the page number's dash line sits 7 mm below the text block; odd pages right, even pages
# left, each one character (4号) in from the edge of the text block.
PAGE_NUMBER_GAP_MM = 7.0
PAGE_NUMBER_PT = 14.0
PAGE_NUMBER_DASH = "\u2014"  # — (一字线)

TITLE_PT = 22.0  # 2号 小标宋/黑体
SUBTITLE_PT = 16.0  # 3号 楷体
HEADING_PT = 16.0  # 3号 黑体 (level 1) / 楷体 (level 2)
BODY_PT = 16.0  # 3号 仿宋
NOTE_PT = 14.0  # 4号
SIGN_OFF_PT = 14.0
TABLE_TITLE_PT = 14.0
TABLE_PT = 12.0  # 小四; wide/detail tables use 五号
TABLE_SMALL_PT = 10.5  # 五号
CHART_TITLE_PT = 14.0
CHART_TEXT_PT = 10.5

SIGNATURE_RIGHT_CHARS = 4  # 落款: the date 右空四字 (7.3.5.1), the issuer centred over it

# 22 lines of 28 characters on the 225 mm text block: 225 mm / 22 ≈ 28.95 pt per line.
BODY_LINE_PT = 28.95
NOTE_LINE_PT = 24.0
TITLE_LINE_PT = 36.0

# Word: the names offices have on Windows / WPS (Word substitutes when one is missing).
DOCX_FONTS = {
    "title": "黑体",
    "subtitle": "楷体",
    "heading1": "黑体",
    "heading2": "楷体",
    "body": "仿宋",
    "note": "仿宋",
    "table": "宋体",
    "page_number": "宋体",
}

MM_PER_PT = 25.4 / 72.0


def table_font_pt(landscape: bool, n_columns: int) -> float:
    """Default table size: 五号 for wide (landscape or > 6 columns) tables, else 小四."""
    return TABLE_SMALL_PT if landscape or n_columns > 6 else TABLE_PT
