"""The PostgreSQL access module of the store: everything specific to PostgreSQL lives here.

Same methods as :class:`kinerja_cli.store.sqlite.Database`, so the queries of
:mod:`kinerja_cli.store.core` run unchanged (``?`` placeholders become ``%s`` here). The
schema is the one list of :data:`kinerja_cli.store.schema.MIGRATIONS`, translated for
PostgreSQL by :func:`~kinerja_cli.store.schema.statements`.

Concurrency: every write transaction first takes one transaction-level advisory lock
(``pg_advisory_xact_lock``), so writers from any number of processes and machines run one
after the other, exactly like SQLite's single writer: the ``SELECT MAX(version)`` then
``INSERT`` of an ingest can never interleave with another ingest, no serialization failure
can arise, and a resubmission racing another for the same unit ends with one current
version. Readers are never blocked. A transaction that dies (killed client, server restart)
is rolled back by the server: nothing half-written is ever visible.

Bulk rows (SKP, Pegawai, IKU, issues) are loaded with ``COPY ... FROM STDIN``.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from kinerja_cli.errors import StoreError, StoreUnreachable
from kinerja_cli.store import schema
from kinerja_cli.store.backend import SqlBackend
from kinerja_cli.store.location import PgLocation, driver_text

LOCK_KEY = 0x6B696E65726A61  # "kinerja": the one advisory lock all writers of a store take
CONNECT_TIMEOUT = 10
"""Seconds to wait for the server before saying it cannot be reached."""


class PgDatabase(SqlBackend):
    """A connection to one PostgreSQL store, with the portable helpers of the SQLite one."""

    dialect = "postgresql"
    driver_error = psycopg.Error

    def __init__(
        self,
        conn: psycopg.Connection[Any],
        location: PgLocation,
        busy_timeout: float,
        on_wait: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__(conn, busy_timeout, on_wait)
        self.location = location

    @property
    def path(self) -> str:
        """What messages show for this store (never the password)."""
        return self.location.display

    # ---- opening -------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        location: PgLocation,
        *,
        busy_timeout: float | None = None,
        create: bool = True,
        on_wait: Callable[[float], None] | None = None,
    ) -> PgDatabase:
        """Connect to the store at ``location`` and migrate it to the current schema (on first
        use: create it). ``create=False`` refuses a database without the store's tables
        (``simpan_belum_ada``) instead of creating them. A server that cannot be reached or
        refuses the login is :class:`StoreUnreachable` (exit 2) naming host, port and
        database."""
        if busy_timeout is None:
            busy_timeout = schema.DEFAULT_BUSY_TIMEOUT
        keywords: dict[str, Any] = {
            "connect_timeout": CONNECT_TIMEOUT,
            "application_name": "kinerja",
            **location.connect_kwargs(),
        }
        try:
            conn = psycopg.connect(autocommit=True, **keywords)
        except (psycopg.Error, UnicodeError) as exc:
            # UnicodeError: a host name the resolver cannot encode ("db..local")
            raise _unreachable(exc, location) from None
        db = cls(conn, location, busy_timeout, on_wait)
        db._ready(location.display, lambda: db._refuse_missing(create=create))
        return db

    def _refuse_missing(self, *, create: bool) -> None:
        """``create=False``: a database without the store's tables is refused."""
        if not create and not self._has_schema():
            raise StoreError("simpan_belum_ada", path=self.location.display)

    # ---- schema ----------------------------------------------------------------------------------

    def _has_schema(self) -> bool:
        # A scan of the catalog with this statement's snapshot, not to_regclass(): after
        # waiting for the writer lock, the backend's cache may still say "no such table"
        # about one another process has just created (an advisory lock brings no cache
        # invalidation), and the migration would run twice.
        row = self._conn.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables "
            "WHERE schemaname = current_schema() AND tablename = 'schema_version')"
        ).fetchone()
        return bool(row and row[0])

    def schema_version(self) -> int:
        if not self._has_schema():
            return 0
        row = self._conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    # ---- transactions and statements -------------------------------------------------------------

    def _begin(self) -> None:
        self._conn.execute("BEGIN")
        try:
            self._lock()
        except BaseException:
            with contextlib.suppress(psycopg.Error):
                self._conn.execute("ROLLBACK")
            raise

    def _lock(self) -> None:
        got = self._conn.execute("SELECT pg_try_advisory_xact_lock(%s)", (LOCK_KEY,)).fetchone()
        if got and got[0]:
            return
        if self.on_wait is not None:
            self.on_wait(self.busy_timeout)
        millis = max(1, int(self.busy_timeout * 1000))
        self._conn.execute(f"SET LOCAL lock_timeout = {millis}")
        self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; returns the number of rows changed."""
        with self._mapped_errors():
            return self._conn.execute(_pg(sql), params).rowcount

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self._mapped_errors(), self._conn.cursor() as cur:
            cur.executemany(_pg(sql), list(rows))

    def insert_rows(
        self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> None:
        """Many rows into ``table`` at once: ``COPY ... FROM STDIN``."""
        names = ", ".join(columns)
        with (
            self._mapped_errors(),
            self._conn.cursor() as cur,
            cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run an ``INSERT ... RETURNING id`` and give the new id."""
        with self._mapped_errors():
            row = self._conn.execute(_pg(sql), params).fetchone()
        assert row is not None
        return int(row[0])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._mapped_errors():
            return [_plain(r) for r in self._conn.execute(_pg(sql), params).fetchall()]

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        with self._mapped_errors():
            row = self._conn.execute(_pg(sql), params).fetchone()
        return _plain(row) if row is not None else None

    def columns(self, table: str) -> list[str]:
        """The columns of ``table`` in their order."""
        rows = self.query(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
        return [str(r[0]) for r in rows]

    def identity_follow(self, table: str) -> None:
        """After rows copied with their ids: the identity of ``table`` (if it has one) goes
        on after the largest id."""
        if "id" in self.columns(table):
            self.query(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )

    def integrity_problems(self) -> list[str]:
        """PostgreSQL enforces the foreign keys itself: what would break them is refused at
        the statement. Here: versions pointing at a missing successor (none expected)."""
        rows = self.query(
            "SELECT id FROM submission s WHERE superseded_by IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM submission t WHERE t.id = s.superseded_by)"
        )
        return [f"foreign key: submission {r[0]}" for r in rows]

    @contextlib.contextmanager
    def _mapped_errors(self) -> Iterator[None]:
        try:
            yield
        except psycopg.Error as exc:
            raise map_error(exc, self.location, self.busy_timeout) from None


@functools.lru_cache(maxsize=512)
def _pg(sql: str) -> str:
    """Portable SQL (``?`` placeholders) for psycopg (``%s``; a literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


def _plain(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """Values as the SQLite backend gives them (``memoryview`` of a bytea as bytes)."""
    if any(isinstance(v, memoryview) for v in row):
        return tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
    return row


def _unreachable(exc: Exception, location: PgLocation) -> StoreUnreachable:
    detail = driver_text(str(exc), location).rstrip(".?!")
    return StoreUnreachable(
        "simpan_pg_tidak_terhubung",
        host=location.host,
        port=location.port,
        db=location.dbname,
        pengguna=location.user or "-",
        detail=detail or type(exc).__name__,
    )


def map_error(exc: psycopg.Error, location: PgLocation, busy_timeout: float) -> StoreError:
    """A psycopg failure as a StoreError a person can act on (the password scrubbed)."""
    text = driver_text(str(exc), location)
    path = location.display
    if isinstance(exc, pg_errors.LockNotAvailable):
        return StoreError("simpan_terkunci", path=path, detik=f"{busy_timeout:g}")
    if isinstance(exc, psycopg.OperationalError | pg_errors.AdminShutdown):
        return StoreUnreachable(
            "simpan_pg_terputus",
            host=location.host,
            port=location.port,
            db=location.dbname,
            detail=text or type(exc).__name__,
        )
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return StoreError("simpan_pg_hak_kurang", path=path, detail=text)
    if isinstance(exc, psycopg.IntegrityError):
        return StoreError("simpan_tidak_konsisten", path=path, detail=text)
    return StoreError("simpan_gagal", path=path, detail=text)
