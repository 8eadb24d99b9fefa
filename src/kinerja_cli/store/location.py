"""Where a store lives: a SQLite file path or a PostgreSQL URL, told apart without importing
either driver.

``--db``/``KINERJA_DB`` take ``postgresql://user@host:port/dbname`` (also ``postgres://``,
libpq parameters such as ``?sslmode=require`` pass through) beside a file path. Anything else
that looks like a URL (``mysql://``, ``https://``...) is refused. The password, wherever it
came from, is never part of what is shown: :attr:`PgLocation.display` drops it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from kinerja_cli.errors import UsageError

_URL = re.compile(r"^(?P<skema>[A-Za-z][A-Za-z0-9+.-]+):/+(?:[^@/]*@)?(?P<sisa>.*)$")
PG_SCHEMES = ("postgresql", "postgres")
_SECRET_PARAMS = frozenset({"password", "sslpassword"})


@dataclass(frozen=True, slots=True)
class PgLocation:
    """A PostgreSQL store: the URL given (kept private) and what may be shown of it."""

    url: str = field(repr=False)
    """The URL as given, password included when it has one: only ever passed to libpq."""
    host: str
    port: int
    dbname: str
    user: str | None

    @property
    def display(self) -> str:
        """``postgresql://user@host:port/dbname`` plus the non-secret parameters."""
        user = f"{self.user}@" if self.user else ""
        query = [(k, v) for k, v in parse_qsl(urlsplit(self.url).query) if k not in _SECRET_PARAMS]
        tail = f"?{urlencode(query)}" if query else ""
        return f"postgresql://{user}{self.host}:{self.port}/{self.dbname}{tail}"

    @property
    def password(self) -> str | None:
        """The password written in the URL (None when libpq takes it from PGPASSWORD or
        ~/.pgpass): used to scrub it from any text a driver gives back."""
        parts = urlsplit(self.url)
        if parts.password:
            return unquote(parts.password)
        return dict(parse_qsl(parts.query)).get("password")

    def __str__(self) -> str:
        return self.display


StoreLocation = Path | PgLocation


def parse_location(value: str | Path) -> StoreLocation:
    """``value`` as a store location: a :class:`PgLocation` for a ``postgresql://`` URL, a
    Path otherwise; a :class:`UsageError` (exit 2) for any other URL, without repeating its
    user name or password."""
    text = str(value)
    found = _URL.match(text)
    if found is None:
        return Path(value)
    skema = found["skema"].lower()
    if skema not in PG_SCHEMES or "://" not in text:
        raise UsageError(
            "db_alamat_tidak_didukung", skema=skema, alamat=f"{skema}://{found['sisa']}"
        )
    return _pg_location(text)


def _pg_location(text: str) -> PgLocation:
    import os

    parts = urlsplit(text)
    params = dict(parse_qsl(parts.query))
    try:
        port = parts.port
    except ValueError:
        port = None
        raise UsageError("db_alamat_tidak_sah", alamat=_without_secret(text)) from None
    host = parts.hostname or params.get("host") or os.environ.get("PGHOST") or "localhost"
    dbname = unquote(parts.path.lstrip("/")) or params.get("dbname") or ""
    user = unquote(parts.username) if parts.username else params.get("user")
    user = user or os.environ.get("PGUSER")
    if not dbname:
        raise UsageError("db_alamat_tanpa_database", alamat=_without_secret(text))
    port = port or int(params.get("port") or os.environ.get("PGPORT") or 5432)
    return PgLocation(url=text, host=host, port=port, dbname=dbname, user=user)


def _without_secret(text: str) -> str:
    found = _URL.match(text)
    return f"{found['skema'].lower()}://{found['sisa']}" if found else "?"


def scrub(text: str, location: PgLocation) -> str:
    """``text`` (a driver's message) with the location's password, if any, blotted out."""
    secret = location.password
    if secret:
        text = text.replace(secret, "***")
    return text
