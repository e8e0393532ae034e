"""Finding a unit the way people type it: its name, an alias, or pinyin ("tsq" finds 天山区,
"md" and "midong" find 米东区). Pure; pypinyin is imported on first use (~0.5 s of
dictionaries), so the window warms it up on a thread after its first paint."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from tracker.textnorm import norm_key


@lru_cache(maxsize=4096)
def pinyin_forms(text: str) -> tuple[str, str]:
    """(initials, full pinyin) of ``text``, lower case without spaces: 天山区 → ("tsq",
    "tianshanqu")."""
    from pypinyin import Style, lazy_pinyin

    initials = "".join(lazy_pinyin(text, style=Style.FIRST_LETTER, errors="ignore"))
    full = "".join(lazy_pinyin(text, errors="ignore"))
    return initials.lower(), full.lower()


def search_keys(name: str, aliases: list[str], with_pinyin: bool = True) -> list[str]:
    keys: list[str] = []
    for text in [name, *aliases]:
        keys.append(norm_key(text))
        if with_pinyin:
            keys.extend(pinyin_forms(text))
    return [k for k in dict.fromkeys(keys) if k]


def needs_pinyin(query: str) -> bool:
    return any("a" <= ch <= "z" for ch in query.lower())


def matches(query: str, keys: list[str]) -> bool:
    q = norm_key(query)
    return not q or any(q in k for k in keys)


def warm_up_pinyin() -> None:
    """Import pypinyin (~0.5 s of dictionaries) on a thread, after the window is painted."""
    import threading

    threading.Thread(target=lambda: pinyin_forms("天山区"), daemon=True).start()


def units_by_pinyin(units: Iterable[Any], word: str) -> list[Any]:
    """The units (with ``name`` and ``aliases``) whose name or an alias the Latin ``word``
    spells in pinyin or its initials; none for a word without Latin letters or of one letter."""
    if not needs_pinyin(word) or len(norm_key(word)) < 2:
        return []
    return [u for u in units if matches(word, search_keys(u.name, list(u.aliases)))]

