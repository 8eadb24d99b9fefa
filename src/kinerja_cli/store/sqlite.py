"""The one access module of the store: everything specific to SQLite lives here.

Connection settings (WAL, busy timeout, foreign keys, durable commits), how a write
transaction begins (the transaction and the migrations themselves are
:class:`~kinerja_cli.store.backend.SqlBackend`'s, shared with PostgreSQL), and the mapping of
``sqlite3`` failures to :class:`~kinerja_cli.errors.StoreError`. The rest of the store
package speaks plain, portable SQL through :class:`Database` (``?`` placeholders,
``INSERT ... RETURNING``, no PRAGMA, no ``INSERT OR ...``); :mod:`kinerja_cli.store.postgres`
has the same methods for PostgreSQL.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from kinerja_cli.errors import StoreError
from kinerja_cli.store import schema
from kinerja_cli.store.backend import SqlBackend

_SQLITE_MAGIC = b"SQLite format 3\x00"


class Database(SqlBackend):
    """A connection to one SQLite store file, with portable ``execute``/``query`` helpers."""

    dialect = "sqlite"
    driver_error = sqlite3.Error

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        busy_timeout: float,
        on_wait: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__(conn, busy_timeout, on_wait)
        self.path = path

    # ---- opening -------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        busy_timeout: float | None = None,
        create: bool = True,
        on_wait: Callable[[float], None] | None = None,
    ) -> Database:
        """Open (and on first use create) the store at ``path``, migrating it to the current
        schema. ``":memory:"`` gives a throw-away store (tests, an empty view).
        ``busy_timeout`` defaults to :data:`DEFAULT_BUSY_TIMEOUT` seconds."""
        if busy_timeout is None:
            busy_timeout = schema.DEFAULT_BUSY_TIMEOUT
        memory = str(path) == ":memory:"
        p = Path(path)
        if not memory:
            _check_file(p, create=create)
        try:
            conn = sqlite3.connect(
                str(p) if not memory else ":memory:",
                timeout=busy_timeout,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise StoreError("simpan_tidak_bisa_dibuka", path=str(p), detail=str(exc)) from exc
        db = cls(conn, p, busy_timeout, on_wait)
        db._ready(str(p), lambda: db._settings(memory=memory))
        return db

    def _settings(self, *, memory: bool) -> None:
        """The connection's settings: busy timeout, foreign keys, and for a file WAL with
        durable commits."""
        conn = self._conn
        conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        if memory:
            return
        mode = _set_wal(conn, self.busy_timeout)
        if str(mode).lower() != "wal":  # pragma: no cover - e.g. a network share
            raise StoreError(
                "simpan_tidak_bisa_dibuka", path=str(self.path), detail=f"journal_mode={mode}"
            )
        conn.execute("PRAGMA synchronous = FULL")

    # ---- schema ----------------------------------------------------------------------------------

    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _version_recorded(self, number: int) -> None:
        self._conn.execute(f"PRAGMA user_version = {number}")

    # ---- transactions and statements -------------------------------------------------------------

    def _begin(self) -> None:
        if self.on_wait is None or self.busy_timeout <= 0:
            self._conn.execute("BEGIN IMMEDIATE")
            return
        self._conn.execute("PRAGMA busy_timeout = 0")
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() and "busy" not in str(exc).lower():
                raise
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
        self.on_wait(self.busy_timeout)
        self._conn.execute("BEGIN IMMEDIATE")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; returns the number of rows changed."""
        with self._mapped_errors():
            return self._conn.execute(sql, params).rowcount

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self._mapped_errors():
            self._conn.executemany(sql, rows)

    def insert_rows(
        self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> None:
        """Many rows into ``table`` at once (one prepared INSERT)."""
        marks = ", ".join("?" for _ in columns)
        self.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run an ``INSERT ... RETURNING id`` and give the new id."""
        with self._mapped_errors():
            row = self._conn.execute(sql, params).fetchone()
        return int(row[0])

    def columns(self, table: str) -> list[str]:
        """The columns of ``table`` in their order."""
        return [str(r[1]) for r in self.query(f"PRAGMA table_info({table})")]

    def identity_follow(self, table: str) -> None:
        """After rows copied with their ids: nothing to do, SQLite's next id follows the
        largest one."""

    def integrity_problems(self) -> list[str]:
        """What ``PRAGMA integrity_check`` and ``foreign_key_check`` find (empty when sound)."""
        rows = [str(r[0]) for r in self.query("PRAGMA integrity_check")]
        problems = [r for r in rows if r != "ok"]
        problems += [f"foreign key: {r}" for r in self.query("PRAGMA foreign_key_check")]
        return problems

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._mapped_errors():
            return self._conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        with self._mapped_errors():
            row: tuple[Any, ...] | None = self._conn.execute(sql, params).fetchone()
            return row

    @contextlib.contextmanager
    def _mapped_errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise map_error(exc, self.path, self.busy_timeout) from exc


def _set_wal(conn: sqlite3.Connection, busy_timeout: float) -> str:
    """``PRAGMA journal_mode = WAL``, waiting like every other statement. Switching a new
    file to WAL needs an exclusive lock and SQLite answers "database is locked" at once,
    without its busy handler, while another process is creating the same store: retry
    until the busy timeout has passed."""
    deadline = time.monotonic() + busy_timeout
    pause = 0.005
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def map_error(exc: sqlite3.Error, path: Path, busy_timeout: float) -> StoreError:
    """A ``sqlite3`` failure as a StoreError a person can act on."""
    text = str(exc)
    low = text.lower()
    if "locked" in low or "busy" in low:
        return StoreError("simpan_terkunci", path=str(path), detik=f"{busy_timeout:g}")
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return StoreError("simpan_rusak", path=str(path), detail=text)
    if "readonly" in low or "read-only" in low:
        return StoreError("simpan_hanya_baca", path=str(path))
    if "disk is full" in low or "disk i/o" in low or "unable to open" in low:
        return StoreError("simpan_tidak_bisa_dibuka", path=str(path), detail=text)
    if isinstance(exc, sqlite3.IntegrityError):
        return StoreError("simpan_tidak_konsisten", path=str(path), detail=text)
    return StoreError("simpan_gagal", path=str(path), detail=text)


def _check_file(path: Path, *, create: bool) -> None:
    """Refuse early what SQLite would only notice later (a folder, a spreadsheet, a missing
    file when creating is not wanted)."""
    if path.is_dir():
        raise StoreError("simpan_bukan_berkas", path=str(path))
    if not path.exists():
        if not create:
            raise StoreError("simpan_belum_ada", path=str(path))
        try:  # like every output of kinerja: the folder is made when missing
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                "simpan_tidak_bisa_dibuka", path=str(path), detail=exc.strerror or str(exc)
            ) from exc
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(
            "simpan_tidak_bisa_dibuka", path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    if head and head != _SQLITE_MAGIC:
        raise StoreError("simpan_rusak", path=str(path), detail="bukan berkas SQLite")


def integrity_problems(db: Database) -> list[str]:
    """What ``PRAGMA integrity_check`` and ``foreign_key_check`` find (empty when sound)."""
    return db.integrity_problems()
