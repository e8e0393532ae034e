"""Chart numbers without drawing: axis ends, value labels, and a chart as a plain table
(the Word output and screen readers get the chart's data)."""

from __future__ import annotations

import math

from tracker.reports.document import BarChart, Column, StatusChart, Table
from tracker.reports.messages_zh import MESSAGES

# A series or slice of this colour is drawn white with a border and diagonal hatching, so it
# reads apart from every status colour on screen and on a black-and-white printout (the
# 未报送 part of the status charts).
HATCHED = "#FFFFFF"


def is_hatched(colour: str) -> bool:
    return colour.strip().upper() in (HATCHED, "#FFF", "WHITE")


def nice_max(value: float) -> float:
    """A round axis end ≥ value: 1, 2, 2.5, 5 × 10^k."""
    if value <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * exp + 1e-9:
            return step * exp
    return 10 * exp


def half_up(value: float, decimals: int = 1) -> str:
    """``value`` with ``decimals`` places, rounded half up as people round (56.25 → "56.3";
    Python's own formatting rounds half to even)."""
    from decimal import ROUND_HALF_UP, Decimal

    step = Decimal(1).scaleb(-decimals)
    return str(Decimal(repr(round(value, 9))).quantize(step, rounding=ROUND_HALF_UP))


def format_value(value: float, decimals: int | None = None) -> str:
    """12.0 → "12", 12.34 → "12.3"; with ``decimals`` always that many (50 → "50.0")."""
    if decimals is not None:
        return half_up(value, decimals)
    return str(int(round(value))) if abs(value - round(value)) < 0.05 else half_up(value)


def bar_totals(chart: BarChart) -> list[float]:
    """Per category: the sum of the series (stacked) or the largest value."""
    out = []
    for i in range(len(chart.categories)):
        values = [s.values[i] for s in chart.series if i < len(s.values)]
        out.append(sum(values) if chart.stacked else max(values, default=0))
    return out


def chart_as_table(chart: BarChart | StatusChart) -> Table:
    if isinstance(chart, StatusChart):
        total = sum(s.value for s in chart.slices)
        rows = [
            [s.label, format_value(s.value), f"{half_up(100 * s.value / total)}%" if total else "—"]
            for s in chart.slices
        ]
        rows.append([MESSAGES["chart_total_label"], format_value(total), "100.0%" if total else "—"])
        cols = [
            Column("label", MESSAGES["chart_category"], 2),
            Column("value", MESSAGES["chart_count"], 1, "right"),
            Column("share", MESSAGES["chart_share"], 1, "right"),
        ]
        return Table(cols, rows, title=chart.title)
    cols = [Column("category", MESSAGES["chart_category"], 2)]
    cols += [Column(f"s{k}", s.name, 1, "right") for k, s in enumerate(chart.series)]
    if chart.stacked and len(chart.series) > 1:
        cols.append(Column("total", MESSAGES["chart_total_label"], 1, "right"))
    totals = bar_totals(chart)
    rows = []
    for i, category in enumerate(chart.categories):
        row = [category]
        for s in chart.series:
            row.append(format_value(s.values[i], chart.value_decimals) + chart.value_suffix if i < len(s.values) else "")
        if chart.stacked and len(chart.series) > 1:
            row.append(format_value(totals[i], chart.value_decimals) + chart.value_suffix)
        rows.append(row)
    return Table(cols, rows, title=chart.title)
