"""The terminal: our output is UTF-8 everywhere (a Chinese Windows console defaults to GBK, and
a pipe or file to whatever the locale says), unless ``PYTHONIOENCODING`` asks for another
encoding (a script reading our output as GBK): then that one, with what it cannot encode
replaced. Text that is not valid Unicode (a file name in GBK bytes on a Linux disk, read by
Python as lone surrogates) is written as ``paths.shown_name`` reads it, never a crash."""

from __future__ import annotations

import codecs
import os
import sys

_HANDLER = "tracker-shown-name"


def _shown(exc: UnicodeError) -> tuple[bytes, int]:
    """Codec error handler: lone surrogates read back as the bytes they stand for (GB18030 when
    they are that); anything else the encoding cannot hold becomes "?". (Bytes are returned:
    the UTF-8 encoder takes only ASCII text from a handler.)"""
    from tracker.paths import shown_name

    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    text, end = exc.object, exc.end
    if not all("\udc80" <= ch <= "\udcff" for ch in text[exc.start:end]):
        return b"?" * (end - exc.start), end
    # the bytes of a GBK name decode partly as UTF-8 ("天山区" → surrogates, "ɽ", surrogates):
    # take the non-ASCII run that follows with it
    while end < len(text) and not text[end].isascii():
        end += 1
    shown = shown_name(text[exc.start:end])
    return shown.encode(exc.encoding, "replace"), end


codecs.register_error(_HANDLER, _shown)


def use_utf8_output() -> None:
    asked = os.environ.get("PYTHONIOENCODING", "").split(":")[0].strip()
    try:
        encoding = codecs.lookup(asked).name if asked else "utf-8"
    except LookupError:
        encoding = "utf-8"
    errors = _HANDLER
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding=encoding, errors=errors)  # type: ignore[union-attr]
        except (AttributeError, ValueError):  # replaced streams (pytest, a frozen GUI: None)
            pass
