"""``kinerja salin-db``: copy a whole store from one backend to the other (SQLite to
PostgreSQL or back), verified by row counts and a hash of every table.

Every table of the schema is copied in the order its foreign keys need, ids kept (so
versions, "digantikan oleh" links and restore events stay the same), in one transaction on
the target: a copy that fails leaves the target as it was. ``schema_version`` is not copied:
the target records its own migrations, and both must be at the program's schema version. The
target must be empty: a copy never merges two stores.

The check reads both stores back after the commit: per table the number of rows and a
SHA-256 of its rows in key order, each value in one canonical text form (numbers as
numbers, bytes as hex), so a value changed by a type conversion is caught.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kinerja_cli.errors import StoreError, UsageError
from kinerja_cli.store import records

if TYPE_CHECKING:
    from kinerja_cli.store.core import Store

TABLES: tuple[tuple[str, str], ...] = tuple((t.name, ", ".join(t.key)) for t in records.DATA_TABLES)
"""(table, key order) in the order the foreign keys need; every table of the schema but
``schema_version`` (:data:`kinerja_cli.store.records.DATA_TABLES`)."""

_LATER_LINKS = {"submission": "superseded_by"}
"""Self-references that may point at a later row: copied as NULL, then set."""


@dataclass(frozen=True, slots=True)
class TableCopy:
    table: str
    rows: int
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        return {"tabel": self.table, "baris": self.rows, "sha256": self.sha256}


def copy_store(source: Store, target: Store) -> list[TableCopy]:
    """Copy every row of ``source`` into the empty ``target``; return what was verified
    (equal counts and hashes on both sides). :class:`StoreError` when the target is not
    empty (``salin_tujuan_tidak_kosong``) or the check finds a difference
    (``salin_tidak_sama``; the target then holds the copy to inspect)."""
    held = sum(target._db.query(f"SELECT COUNT(*) FROM {t}")[0][0] for t, _ in TABLES)
    if held:
        raise UsageError("salin_tujuan_tidak_kosong", path=str(target.path), baris=held)
    with target._db.transaction():
        for table, key in TABLES:
            columns = source._db.columns(table)
            missing = [c for c in columns if c not in target._db.columns(table)]
            if missing:  # pragma: no cover - both are migrated to the same schema
                raise StoreError("salin_tidak_sama", path=str(target.path), tabel=table)
            rows = source._db.query(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {key}")
            link = _LATER_LINKS.get(table)
            at = columns.index(link) if link else -1
            target._db.insert_rows(
                table,
                columns,
                (tuple(None if i == at else v for i, v in enumerate(r)) for r in rows),
            )
            if link:
                target._db.executemany(
                    f"UPDATE {table} SET {link} = ? WHERE id = ?",
                    [(r[at], r[0]) for r in rows if r[at] is not None],
                )
            target._db.identity_follow(table)
    copied = [table_digest(target, t, k) for t, k in TABLES]
    for mine, theirs in zip((table_digest(source, t, k) for t, k in TABLES), copied, strict=True):
        if mine != theirs:
            raise StoreError("salin_tidak_sama", path=str(target.path), tabel=mine.table)
    return copied


def table_digest(store: Store, table: str, key: str) -> TableCopy:
    """Rows and SHA-256 of ``table`` in key order, values in one canonical text form."""
    columns = store._db.columns(table)
    digest = hashlib.sha256()
    count = 0
    for row in store._db.query(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {key}"):
        digest.update(repr(tuple(_canonical(v) for v in row)).encode("utf-8"))
        count += 1
    return TableCopy(table, count, digest.hexdigest())


def _canonical(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return ("bytes", bytes(value).hex())
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return ("real", repr(value))
    return value
