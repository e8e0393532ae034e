"""政策落实跟踪 (Policy Tracker): core package. Nothing here imports Qt."""

__version__ = "0.1.0"
APP_NAME = "政策落实跟踪"
APP_ID = "PolicyTracker"


def _load_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy and pandas when they are installed (for column types we never
    use): about 0.45 s of start-up. Load it with both hidden, unless something already loaded
    them."""
    import sys

    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import` raise ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]


_load_sqlite_utils_without_numpy()
