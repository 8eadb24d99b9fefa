"""What the two store backends share: the one write transaction and applying the migrations.

:class:`kinerja_cli.store.sqlite.Database` and :class:`kinerja_cli.store.postgres.PgDatabase`
differ in how a write transaction begins (SQLite's ``BEGIN IMMEDIATE``, PostgreSQL's
advisory lock), in their driver's errors and in how they read the schema version; how a
transaction commits or rolls back, and how the one list of
:data:`kinerja_cli.store.schema.MIGRATIONS` is applied (a newer store refused untouched, each
version in the same transaction as its record), is written once, here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from kinerja_cli.errors import StoreError
from kinerja_cli.store import schema


class SqlBackend:
    """The shared part of a store backend; a subclass sets ``dialect``, ``driver_error``
    and ``_conn``, and gives :meth:`schema_version`, :meth:`_begin`, :meth:`_mapped_errors`
    and :meth:`execute`."""

    dialect: str
    driver_error: type[Exception]
    """The driver's base exception (suppressed while rolling back after a failure)."""
    _conn: Any
    _in_transaction: bool = False

    def __init__(
        self, conn: Any, busy_timeout: float, on_wait: Callable[[float], None] | None = None
    ) -> None:
        self._conn = conn
        self.busy_timeout = busy_timeout
        self.on_wait = on_wait
        """Called once (with the seconds it will wait) when a write must wait for another
        command holding the lock, so a person is told why nothing seems to happen."""
        self._in_transaction = False

    def schema_version(self) -> int:  # pragma: no cover - each backend says
        raise NotImplementedError

    def _begin(self) -> None:  # pragma: no cover - each backend says
        """Begin a write transaction holding the store's one writer lock."""
        raise NotImplementedError

    def _mapped_errors(self) -> contextlib.AbstractContextManager[None]:  # pragma: no cover
        raise NotImplementedError

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:  # pragma: no cover
        raise NotImplementedError

    def close(self) -> None:
        self._conn.close()

    def _ready(self, display: str, settings: Callable[[], None]) -> None:
        """After connecting: ``settings`` (what the backend sets or checks first), then the
        migrations (:meth:`_migrate`); the connection is closed when either fails."""
        try:
            with self._mapped_errors():
                settings()
                self._migrate(display)
        except BaseException:
            self._conn.close()
            raise

    def _version_recorded(self, number: int) -> None:
        """After version ``number`` is applied and recorded (SQLite also keeps it in
        ``PRAGMA user_version``)."""

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: the writer lock is taken at the start (waiting up to the
        busy timeout), everything inside commits together or not at all."""
        if self._in_transaction:
            raise RuntimeError("nested store transaction")
        with self._mapped_errors():
            self._begin()
        self._in_transaction = True
        try:
            yield
            with self._mapped_errors():
                self._conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(self.driver_error):
                self._conn.execute("ROLLBACK")
            raise
        finally:
            self._in_transaction = False

    def _migrate(self, display: str) -> None:
        """Bring the store to :data:`~kinerja_cli.store.schema.SCHEMA_VERSION`; a store of a
        newer kinerja is refused untouched (``display``: the store as messages name it)."""
        known = schema.SCHEMA_VERSION
        current = self.schema_version()
        if current > known:
            raise StoreError(
                "simpan_skema_lebih_baru",
                path=display,
                versi=current,
                versi_dikenal=known,
            )
        if current == known:
            return
        with self.transaction():
            current = self.schema_version()  # under the lock: another process may have won
            for number in range(current + 1, known + 1):
                description, script = schema.MIGRATIONS[number - 1]
                for statement in schema.statements(script, self.dialect):
                    self._conn.execute(statement)
                self.execute(
                    "INSERT INTO schema_version (version, applied_at, description) "
                    "VALUES (?, ?, ?)",
                    (number, datetime.now(UTC).isoformat(timespec="seconds"), description),
                )
                self._version_recorded(number)
