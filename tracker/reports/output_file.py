"""Writing report files safely: render beside the target, then move into place."""

from __future__ import annotations

import os
from pathlib import Path

from tracker.errors import TrackerError


def part_path(path: Path) -> Path:
    """The temporary name a report is written under (``月报.pdf.part``)."""
    return path.with_name(path.name + ".part")


def replace_file(part: Path, path: Path) -> None:
    """Move a finished file into place; a target held open (e.g. by a PDF reader on Windows)
    or an unwritable folder becomes ``TrackerError("report_write_failed")``."""
    try:
        os.replace(part, path)
    except OSError as exc:
        raise TrackerError("report_write_failed", path=str(path)) from exc
