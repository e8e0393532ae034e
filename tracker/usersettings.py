"""Per-user settings for the command line (the window keeps its own in QSettings):
a small JSON file in the user's config folder, never in the database."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tracker import APP_ID


def config_file() -> Path | None:
    folder = os.environ.get("TRACKER_CONFIG_DIR")
    if folder:
        return Path(folder) / "cli.json"
    if os.environ.get("TRACKER_NO_USER_DATA"):
        return None
    from tracker.paths import portable_data_dir

    portable = portable_data_dir()
    if portable is not None:  # portable mode: the settings travel with the data folder
        return portable / "cli.json"
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_ID, appauthor=False)) / "cli.json"


def load() -> dict:
    path = config_file()
    if path is None or not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save(values: dict) -> None:
    path = config_file()
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values, ensure_ascii=False, indent=1), encoding="utf-8")
