"""Problems as codes with data; sentences come from ``tracker.messages``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """A warning or finding: a message code plus the values its sentence needs."""

    code: str
    data: dict[str, Any] = field(default_factory=dict)

    def message(self) -> str:
        from tracker.messages import render

        return render(self.code, **self.data)


class TrackerError(Exception):
    """An expected failure the user can act on. ``exit_code`` follows the CLI contract:
    1 = the work found problems, 2 = refused (bad usage, newer database, locked)."""

    def __init__(self, code: str, /, exit_code: int = 1, **data: Any) -> None:
        super().__init__(code)
        self.code = code
        self.data = data
        self.exit_code = exit_code

    def message(self) -> str:
        from tracker.messages import render

        return render(self.code, **self.data)

    def __str__(self) -> str:
        return self.message()
