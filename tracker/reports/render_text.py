"""Measuring and line-breaking Chinese text for the painter.

Qt's own layout (QTextLayout / QTextDocument) costs ~15 µs per line; a 3,000-row detail table
has ~200,000 lines. We break lines ourselves from cached per-character advances
(``itertools.accumulate`` + ``bisect``), with the usual Chinese rules: no closing punctuation
at the start of a line, no opening punctuation at its end, Latin words and numbers
("1,200万元", "2019") kept whole when they fit on a line.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainterPath,
    QTransform,
)

NO_LINE_START = frozenset("，。、；：？！）》」』〕】〉”’…‰%％,.;:?!)]}·～")
NO_LINE_END = frozenset("（《「『〔【〈“‘([{")

Line = tuple[str, float]  # text, width in device units


def _is_word_char(ch: str) -> bool:
    return "!" <= ch <= "~"  # printable ASCII: letters, digits, "1,200", "3.5%", URLs


def clean_text(text: str) -> str:
    """Line ends normalised to "\\n", tabs and other control characters to spaces."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    if "\t" in text or "\x0b" in text or "\x0c" in text:
        text = text.replace("\t", " ").replace("\x0b", "\n").replace("\x0c", "\n")
    return text


class TextMeasure:
    """Widths and wrapping for one font on one paint device (device units).

    ``font`` does not merge in other fonts (Qt draws ~25 % faster without the fallback
    machinery); characters the font lacks are recorded in ``missing`` and lines holding one
    are drawn with ``fallback_font``, so a rare character still prints."""

    def __init__(self, font: QFont, device: QPaintDevice) -> None:
        self.fallback_font = QFont(font)
        self.font = QFont(font)
        self.font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
        self.metrics = QFontMetricsF(self.font, device)
        self.fallback_metrics = QFontMetricsF(self.fallback_font, device)
        self.ascent = self.metrics.ascent()
        self.descent = self.metrics.descent()
        self.missing: set[str] = set()
        self._advance: dict[str, float] = {}
        # Qt's PDF engine ignores synthetic bold, and the bundled font has no bold face: bold
        # text is drawn as text, then its glyph outlines are filled once more a little to the
        # right (vector paths: the text layer keeps each character once).
        self.bold = font.bold()
        self.pixel_size = font.pointSizeF() * device.logicalDpiY() / 72.0
        self.bold_offset = self.pixel_size * 0.035
        self._outlines: dict[str, QPainterPath] = {}

    def _cumulative(self, text: str) -> list[float]:
        adv = self._advance
        try:
            return list(accumulate(map(adv.__getitem__, text)))
        except KeyError:
            for ch in set(text):
                if ch not in adv:
                    if self.metrics.inFontUcs4(ord(ch)):
                        adv[ch] = self.metrics.horizontalAdvance(ch)
                    else:
                        self.missing.add(ch)
                        adv[ch] = self.fallback_metrics.horizontalAdvance(ch)
            return list(accumulate(map(adv.__getitem__, text)))

    def outline(self, text: str) -> QPainterPath:
        """Glyph outlines of ``text`` (curves, as a PDF writes them), baseline origin at
        (0, 0), in device units; cached (headings and titles are few)."""
        path = self._outlines.get(text)
        if path is None:
            regular = QFont(self.font)
            regular.setBold(False)
            whole = max(1, round(self.pixel_size))
            regular.setPixelSize(whole)
            glyphs = QPainterPath()
            glyphs.addText(0, 0, regular, text)
            scale = self.pixel_size / whole
            path = QTransform.fromScale(scale, scale).map(glyphs)
            if len(self._outlines) < 500:
                self._outlines[text] = path
        return path

    def width(self, text: str) -> float:
        return self._cumulative(text)[-1] if text else 0.0

    def wrap(self, text: str, width: float, first_width: float | None = None) -> list[Line]:
        """Break ``text`` into lines no wider than ``width`` (the first: ``first_width``).
        Explicit line ends are kept; an empty text gives no lines."""
        text = clean_text(text)
        lines: list[Line] = []
        first = width if first_width is None else first_width
        for part in text.split("\n"):
            self._wrap_part(part.rstrip(), width, first if not lines else width, lines)
        while lines and not lines[-1][0]:
            lines.pop()
        return lines

    def _wrap_part(self, s: str, width: float, first: float, out: list[Line]) -> None:
        n = len(s)
        if n == 0:
            out.append(("", 0.0))
            return
        cum = self._cumulative(s)
        if cum[-1] <= first:
            out.append((s, cum[-1]))
            return
        start, base, limit = 0, 0.0, first
        while start < n:
            end = bisect_right(cum, base + limit, start)
            if end >= n:
                end = n
            elif end <= start:
                end = start + 1  # one character wider than the line: it still goes somewhere
            else:
                c0, c1 = s[end - 1], s[end]
                if (
                    c1 in NO_LINE_START
                    or c0 in NO_LINE_END
                    or ("!" <= c0 <= "~" and "!" <= c1 <= "~")
                ):
                    end = self._break_back(s, start, end)
            out.append((s[start:end], cum[end - 1] - base))
            base = cum[end - 1]
            start = end
            while start < n and s[start] == " ":  # a space never begins a line
                base = cum[start]
                start += 1
            limit = width

    @staticmethod
    def _break_back(s: str, start: int, end: int) -> int:
        """Move a break at ``end`` backwards so that punctuation and words stay right."""
        e = end
        for _ in range(4):
            if e - 1 > start and (s[e] in NO_LINE_START or s[e - 1] in NO_LINE_END):
                e -= 1
            elif _is_word_char(s[e]) and _is_word_char(s[e - 1]):
                w = e - 1
                while w > start and _is_word_char(s[w - 1]):
                    w -= 1
                if w == start:
                    break  # a word longer than the line: cut it
                e = w
            else:
                break
        return e


def balanced_wrap(measure: TextMeasure, text: str, width: float) -> list[Line]:
    """``text`` in as few lines as it needs within ``width``, the lines made about as long as
    each other (a label "着力促进创新创业环境提升" does not leave "升" alone on its second line):
    the narrowest width that still gives that many lines."""
    lines = measure.wrap(text, width)
    if len(lines) < 2:
        return lines
    lo, hi = width / len(lines), width
    for _ in range(12):
        mid = (lo + hi) / 2
        if len(measure.wrap(text, mid)) > len(lines):
            lo = mid
        else:
            hi = mid
    return measure.wrap(text, hi)


def fit_lines(lines: list[Line], n: int, measure: TextMeasure, width: float) -> list[Line]:
    """The first ``n`` lines, the last ending in "…" when text was left out (for labels
    that repeat elsewhere in full, never for table cells)."""
    if len(lines) <= n:
        return lines
    kept = lines[:n]
    text = kept[-1][0]
    while text and measure.width(text + "…") > width:
        text = text[:-1]
    kept[-1] = (text + "…", measure.width(text + "…"))
    return kept
