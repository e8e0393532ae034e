"""Normalisation of names and header words for matching (not for display)."""

from __future__ import annotations

import re
import unicodedata

# Characters no XML file (xlsx, docx) can hold: control characters other than tab and line
# breaks, U+FFFE/U+FFFF and lone surrogates. Read from a file ("_x0001_" in a sheet, a NUL in
# a CSV) they would be stored and break every later export; vertical tab and form feed (what
# Word pastes for a line or page break) become line breaks.
_XML_ILLEGAL: dict[int, str | None] = {
    **dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x20), 0xFFFE, 0xFFFF,
                     *range(0xD800, 0xE000)]),
    0x0B: "\n", 0x0C: "\n"}
_ZERO_WIDTH = {**dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad")), **_XML_ILLEGAL}
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"',
                         "『": '"', "』": '"', "〔": "(", "〕": ")", "【": "[", "】": "]"})
_SPACES = re.compile(r"\s+")


def strip_text(value: object) -> str:
    """Outer whitespace removed (incl. U+3000 and U+00A0); inner text kept as written, less
    zero-width characters and what XML cannot hold (see above)."""
    if value is None:
        return ""
    return str(value).translate(_ZERO_WIDTH).strip(" \t\r\n\u3000\u00a0")


def xml_text(text: str) -> str:
    """``text`` without what XML cannot hold (inner and outer text otherwise as written)."""
    return text if text.isprintable() else text.translate(_XML_ILLEGAL)


def norm_key(value: object) -> str:
    """Compare-form: NFKC (full-width → ASCII), zero-width and all spaces removed,
    Chinese quotes and brackets unified, lower case."""
    if value is None:
        return ""
    s = unicodedata.normalize("NFKC", str(value)).translate(_ZERO_WIDTH).translate(_QUOTES)
    s = _SPACES.sub("", s)
    return s.lower()


def nfkc(value: str) -> str:
    return unicodedata.normalize("NFKC", value)
