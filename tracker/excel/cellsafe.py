"""Text goes out as text: never a formula, never a DDE link, never a crash.

xlsx: openpyxl turns any ``str`` that starts with "=" into a formula (``data_type "f"``); we set
``data_type = "s"`` on every text cell, so the file holds an inline string and no ``<f>``. A
formula-like text also gets Excel's *quotePrefix* style (what Excel itself stores for ``'=…``), so
editing the cell in Excel and pressing Enter keeps it text.

CSV: spreadsheet programs evaluate fields that start with ``= + - @`` (also after leading blanks,
and tab / CR); such a field is written with a leading ``'``.

Characters XML cannot hold (control characters other than tab/newline) are dropped; vertical tab
and form feed (Word pastes) become line breaks. Excel holds at most 32,767 characters per cell.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

MAX_CELL_CHARS = 32767
_TRIGGERS = frozenset("=+-@＝＋－＠")
_LEADING = " \t\r\n\u3000\u00a0"
_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})


def is_formula_like(text: str) -> bool:
    """True for text a spreadsheet could take as a formula: ``=`` ``+`` ``-`` ``@`` (ASCII or
    full-width) first, also after leading spaces; or text that starts with a tab or CR."""
    if not text:
        return False
    if text[0] in "\t\r":
        return True
    stripped = text.lstrip(_LEADING)
    return bool(stripped) and stripped[0] in _TRIGGERS


def clean_text(value: object) -> str:
    """The text as an xlsx cell can hold it (see module doc); ``None`` → ""."""
    if value is None:
        return ""
    text = str(value)
    if not text.isprintable():  # fast path: most cells have no control characters
        text = _ILLEGAL.sub("", text.translate(_BREAKS))
    return text[:MAX_CELL_CHARS]


def put_text(cell: Any, value: object) -> bool:
    """Write ``value`` as a string cell; returns True when it is formula-like (the caller then
    applies the quote-prefixed style)."""
    text = clean_text(value)
    # Set directly: ``cell.value = text`` would re-scan the text (already cleaned above) and
    # make "=…" a formula and "#N/A" an error. A string cell is what we want, always.
    cell._value = text
    cell.data_type = "s"
    return is_formula_like(text)


def put_value(cell: Any, value: object) -> bool:
    """Numbers and dates as themselves; everything else as safe text. Returns formula-likeness."""
    if value is None:
        return False
    if isinstance(value, bool):
        cell.value = "是" if value else "否"
        cell.data_type = "s"
        return False
    if isinstance(value, (int, float, date, datetime)):
        cell.value = value
        return False
    return put_text(cell, value)


def csv_field(value: object) -> str:
    """One CSV field: formula-like text gets a leading ``'``; ``None`` → "". Text that already
    looks guarded (``'=…``) gets one too, so that reading our CSV back (which drops one ``'``
    before a formula-like text) gives it as written."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    guarded = text[:1] == "'" and is_formula_like(text.lstrip("'"))
    return "'" + text if guarded or is_formula_like(text) else text
