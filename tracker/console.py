"""The terminal: our output is UTF-8 everywhere (a Chinese Windows console defaults to GBK, and
a pipe or file to whatever the locale says)."""

from __future__ import annotations

import sys


def use_utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        except (AttributeError, ValueError):  # replaced streams (pytest, a frozen GUI: None)
            pass
