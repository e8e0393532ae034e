"""The bundled font and resource_path (pure parts; the Qt glyph check is in test_render_pdf)."""

from __future__ import annotations

import sys

import pytest

from tracker.errors import TrackerError
from tracker.reports import fonts
from tracker.reports.messages_zh import MESSAGES
from tracker.resources import resource_path, resource_root


def test_bundled_font_and_its_license_are_in_resources():
    path = fonts.bundled_font_path()
    assert path == resource_path("fonts", "wqy-microhei.ttc")
    assert path.stat().st_size > 1_000_000
    license_text = resource_path("fonts", "wqy-microhei.LICENSE.txt").read_text(encoding="utf-8")
    assert "Apache License" in license_text and "Font exception" in license_text


def test_resource_path_in_a_frozen_run(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_root() == tmp_path / "resources"
    assert resource_path("fonts", "x.ttc") == tmp_path / "resources" / "fonts" / "x.ttc"


def test_missing_font_names_the_file_and_the_fix(tmp_path):
    with pytest.raises(TrackerError) as err:
        fonts.bundled_font_path(tmp_path)
    e = err.value
    assert e.code == "font_missing"
    assert e.data["path"] == str(tmp_path / "wqy-microhei.ttc")
    sentence = MESSAGES[e.code].format(**e.data)
    assert str(tmp_path) in sentence
    assert "重新安装" in sentence and "wqy-microhei.ttc" in sentence


def test_empty_font_file_counts_as_missing(tmp_path):
    (tmp_path / "wqy-microhei.ttc").write_bytes(b"")
    with pytest.raises(TrackerError) as err:
        fonts.bundled_font_path(tmp_path)
    assert err.value.code == "font_missing"
