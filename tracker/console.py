"""The terminal: our output is UTF-8 everywhere (a Chinese Windows console defaults to GBK, and
a pipe or file to whatever the locale says), unless ``PYTHONIOENCODING`` asks for another
encoding (a script reading our output as GBK): then that one, with what it cannot encode
replaced. Text that is not valid Unicode (a file name in GBK bytes on a Linux disk, read by
Python as lone surrogates) is written as ``paths.shown_text`` reads it, never a crash (the CLI
passes names through ``paths.shown_name`` first: this is the last net)."""

from __future__ import annotations

import codecs
import os
import sys

_HANDLER = "tracker-shown-name"


def _shown(exc: UnicodeError) -> tuple[bytes, int]:
    """Codec error handler: lone surrogates read back as the bytes they stand for (GB18030 when
    they are that, see ``paths.shown_name``); anything else the encoding cannot hold becomes
    "?". (Bytes are returned: the UTF-8 encoder takes only ASCII text from a handler.)"""
    from tracker.paths import UNDECODED, decode_stretch

    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    run = UNDECODED.match(exc.object, exc.start)
    if run is None:
        return b"?" * (exc.end - exc.start), exc.end
    return decode_stretch(run.group()).encode(exc.encoding, "replace"), run.end()


codecs.register_error(_HANDLER, _shown)


def use_utf8_output() -> None:
    asked = os.environ.get("PYTHONIOENCODING", "").split(":")[0].strip()
    try:
        encoding = codecs.lookup(asked).name if asked else "utf-8"
    except LookupError:
        encoding = "utf-8"
    for stream in (sys.stdout, sys.stderr):
        # a Windows console is always written as UTF-8 by Python itself (its own API): any
        # other encoding there would garble the text, whatever PYTHONIOENCODING says
        console = sys.platform == "win32" and _isatty(stream)
        try:
            stream.reconfigure(encoding="utf-8" if console else encoding,  # type: ignore[union-attr]
                               errors=_HANDLER)
        except (AttributeError, ValueError):  # replaced streams (pytest, a frozen GUI: None)
            pass


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return False
