"""Output streams are switched to UTF-8 when they can be; replaced streams are left alone."""

from __future__ import annotations

import io
import sys

from tracker.console import use_utf8_output


def test_text_streams_become_utf8_and_others_are_left_alone(monkeypatch):
    gbk = io.TextIOWrapper(io.BytesIO(), encoding="gbk")
    monkeypatch.setattr(sys, "stdout", gbk)
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # no reconfigure: ignored
    use_utf8_output()
    assert gbk.encoding == "utf-8"
    monkeypatch.setattr(sys, "stdout", None)  # a GUI program on Windows has no console
    use_utf8_output()
