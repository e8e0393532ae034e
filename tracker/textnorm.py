"""Normalisation of names and header words for matching (not for display)."""

from __future__ import annotations

import re
import unicodedata

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"',
                         "『": '"', "』": '"', "〔": "(", "〕": ")", "【": "[", "】": "]"})
_SPACES = re.compile(r"\s+")


def strip_text(value: object) -> str:
    """Outer whitespace removed (incl. U+3000 and U+00A0); inner text kept as written."""
    if value is None:
        return ""
    return str(value).translate(_ZERO_WIDTH).strip(" \t\r\n\u3000\u00a0")


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
