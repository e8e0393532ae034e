"""The bundled report font: where it is, and the errors when it is not usable.

Pure (no Qt). The glyph check itself (does the file really hold 水 and 门?) needs a font
engine, so ``tracker.reports.render_fonts`` does it and raises the errors built here.
"""

from __future__ import annotations

from pathlib import Path

from tracker.errors import TrackerError
from tracker.reports.messages_zh import MESSAGES
from tracker.resources import resource_path

FONT_FILE_NAME = "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"
# Characters the PDF text layer must carry losslessly (Noto CJK turns 水 into ⽔, 门 into ⻔).
REQUIRED_CHARS = "水门"

# Families for the screen only (print preview chrome, dialogs); the PDF always embeds the
# bundled font so that its text can be searched and copied.
SCREEN_FAMILIES = (
    "Microsoft YaHei",
    "SimSun",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    FONT_FAMILY,
)


def default_font_dir() -> Path:
    return resource_path("fonts")


def bundled_font_path(font_dir: str | Path | None = None) -> Path:
    """Path of the bundled font file; raises ``TrackerError("font_missing")`` if absent/empty."""
    folder = Path(font_dir) if font_dir is not None else default_font_dir()
    path = folder / FONT_FILE_NAME
    if not path.is_file() or path.stat().st_size == 0:
        raise font_error("font_missing", path)
    return path


def font_error(code: str, path: Path) -> TrackerError:
    """``font_missing`` / ``font_no_glyphs`` with the path and the sentence naming the fix."""
    fix = MESSAGES["font_fix"].format(folder=str(path.parent))
    return TrackerError(code, path=str(path), folder=str(path.parent), fix=fix)
