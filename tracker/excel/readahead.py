"""Reading the next files while the current one is matched.

python-calamine, zlib and hashlib let go of the interpreter lock while they work, so reading a
folder of returned workbooks on two threads keeps a second core busy while this thread matches
rows. While it reads ahead, the interpreter's switch interval is cut to a tenth of a millisecond:
with the usual 5 ms a reader thread that finished a sheet waits for the lock about as long as
the sheet took to read, and the overlap is lost. Files come back in the order given; a file's read error is raised when its ``load`` is
called, exactly as ``read_book`` would raise it. At most ``depth`` books wait in memory.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from tracker.excel.guards import DEFAULT_LIMITS, Limits
from tracker.excel.read import Book, read_book

T = TypeVar("T")
WORKERS = 2
DEPTH = 4
SWITCH_INTERVAL = 0.0001  # seconds


def read_ahead(items: Iterable[T], limits: Limits = DEFAULT_LIMITS, *,
               wanted: Callable[[T], Path | None] = lambda item: Path(item),  # type: ignore[arg-type]
               workers: int | None = None, depth: int = DEPTH,
               ) -> Iterator[tuple[T, Callable[[], Book] | None]]:
    """(item, load) for every item, in order; ``load`` is None for an item that ``wanted``
    maps to None (nothing to read). Closing the iterator early drops the reads not begun."""
    items = list(items)
    if len(items) < 2:  # nothing to overlap with
        for item in items:
            path = wanted(item)
            yield item, (None if path is None else _now(path, limits))
        return
    pool = ThreadPoolExecutor(max_workers=workers or WORKERS, thread_name_prefix="read-ahead")
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, SWITCH_INTERVAL))
    queue: deque[tuple[T, Future[Book] | None]] = deque()
    todo = iter(items)

    def top_up() -> None:
        while len(queue) < depth:
            item = next(todo, _END)
            if item is _END:
                return
            path = wanted(item)  # type: ignore[arg-type]
            queue.append((item, None if path is None  # type: ignore[arg-type]
                          else pool.submit(read_book, path, limits)))

    try:
        top_up()
        while queue:
            item, future = queue.popleft()
            top_up()
            yield item, (None if future is None else future.result)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        sys.setswitchinterval(interval)


_END = object()


def _now(path: Path, limits: Limits) -> Callable[[], Book]:
    return lambda: read_book(path, limits)
