"""The schema version without importing sqlite-utils: the names of the migrations in order
(``tracker.db.migrations`` registers exactly these; a test keeps the two equal)."""

MIGRATION_SET = "tracker"
MIGRATION_NAMES: tuple[str, ...] = ("0001_initial", "0002_indexes")


def migration_names() -> list[str]:
    return list(MIGRATION_NAMES)


def latest_version() -> int:
    return len(MIGRATION_NAMES)
