"""Where a store lives: a SQLite file path or a PostgreSQL URL, told apart without importing
either driver, and the one function that keeps a password out of every text kinerja shows.

``--db``/``KINERJA_DB`` take ``postgresql://user:password@host:port/dbname`` (also
``postgres://``; libpq parameters such as ``?sslmode=require`` pass through) beside a file
path. What is refused with exit 2, without repeating anything after the scheme:

- another kind of URL (``mysql://``, ``https://``...);
- anything else that starts like a URL, ``word:`` (``postgresql:petugas@db/kinerja`` without
  ``//``, ``postgres:x``, ``sqlite:foo.db``): a file whose name has a colon is written with a
  folder in front (``./postgresql:x``); a Windows drive (``C:\\...``, ``C:/...``, ``C:``) is
  a path;
- a libpq ``key=value`` string (``host=x password=y dbname=z``): written as a URL instead;
- a PostgreSQL URL that cannot be read (bad port, a host name longer than DNS allows, no
  database name, a password with ``/ ? #`` that makes the URL ambiguous).

A password may hold any character, percent-encoded or not: the user information ends at the
first ``@`` after which a well-formed ``host[:port][/dbname][?key=value&...]`` follows (a host
or a database name never holds ``@``), so ``petugas:Rahasia@2026@db.bkd.local`` has the
password ``Rahasia@2026``. The URL is then handed to libpq as separate keywords, never as
text it would split differently.

Every password seen (in the URL, ``password=``/``sslpassword=`` in its query, ``PGPASSWORD``)
is remembered for :func:`redact`, which every message, driver text and ``--debug`` traceback
passes through before it leaves the process.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, quote_plus, unquote

from kinerja_cli.errors import UsageError

PG_SCHEMES = ("postgresql", "postgres")
_SECRET_PARAMS = frozenset({"password", "sslpassword"})
_HIDDEN = "***"

_SCHEME = re.compile(r"^(?P<skema>[A-Za-z][A-Za-z0-9+.-]*):")
_DRIVE = re.compile(r"^[A-Za-z]:(?:[\\/]|$)")
"""A Windows drive (``C:\\data\\kinerja.db``, ``C:/data``, ``C:``): a path, not a URL."""

LIBPQ_KEYWORDS = frozenset(
    [
        "host",
        "hostaddr",
        "port",
        "dbname",
        "user",
        "password",
        "passfile",
        "channel_binding",
        "connect_timeout",
        "client_encoding",
        "options",
        "application_name",
        "fallback_application_name",
        "keepalives",
        "keepalives_idle",
        "keepalives_interval",
        "keepalives_count",
        "tcp_user_timeout",
        "replication",
        "gssencmode",
        "sslmode",
        "requiressl",
        "sslcompression",
        "sslcert",
        "sslkey",
        "sslpassword",
        "sslcertmode",
        "sslrootcert",
        "sslcrl",
        "sslcrldir",
        "sslsni",
        "requirepeer",
        "ssl_min_protocol_version",
        "ssl_max_protocol_version",
        "krbsrvname",
        "gsslib",
        "gssdelegation",
        "service",
        "target_session_attrs",
        "load_balance_hosts",
        "require_auth",
        "sslnegotiation",
    ]
)
"""The connection keywords libpq knows (PostgreSQL 17): the only keys a URL's query may have."""

_KEY_VALUE = re.compile(
    r"^\s*(?:" + "|".join(sorted(LIBPQ_KEYWORDS, key=len, reverse=True)) + r")\s*=", re.I
)
_AFTER_USERINFO = re.compile(
    r"^(?P<host>\[[0-9A-Fa-f:.]*\]|[^@/?#\[\]:]*)"
    r"(?::(?P<port>[^@/?#]*))?"
    r"(?:/(?P<db>[^@?#]*))?"
    r"(?:\?(?P<query>[^#]*))?$"
)
"""What follows the user information: host, port, database name, query (no fragment)."""

MAX_HOST = 253
"""The longest host name DNS allows (a label: 63)."""

_secrets: set[str] = set()
"""Every password seen by :func:`parse_location` in this process (for :func:`redact`)."""
_postgres = [False]
"""Whether this process has read a PostgreSQL URL: only then may ``PGPASSWORD`` reach any
text (a SQLite user with ``PGPASSWORD=kinerja`` set keeps every "kinerja" of the output)."""


@dataclass(frozen=True, slots=True)
class PgLocation:
    """A PostgreSQL store: the connection keywords (kept private) and what may be shown."""

    host: str
    port: int
    dbname: str
    user: str | None
    params: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    """libpq keywords (``host``, ``port``, ``dbname``, ``user``, ``password`` and the query's
    parameters) as given: only ever passed to libpq."""

    @property
    def display(self) -> str:
        """``postgresql://user@host:port/dbname`` plus the non-secret parameters."""
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        keep = {"host", "port", "dbname", "user"} | _SECRET_PARAMS
        query = [(k, v) for k, v in self.params if k not in keep]
        tail = "&".join(f"{k}={quote(v, safe='')}" for k, v in query)
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{user}{host}:{self.port}/{self.dbname}" + (f"?{tail}" if tail else "")

    @property
    def password(self) -> str | None:
        """The password written in the URL (None when libpq takes it from PGPASSWORD or
        ~/.pgpass)."""
        return dict(self.params).get("password")

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every secret of this location (password, sslpassword)."""
        return tuple(v for k, v in self.params if k in _SECRET_PARAMS and v)

    def connect_kwargs(self) -> dict[str, str]:
        """The keywords for ``psycopg.connect`` (libpq quotes each value itself)."""
        return dict(self.params)

    def __str__(self) -> str:
        return self.display


StoreLocation = Path | PgLocation


def parse_location(value: str | Path, asal: str = "--db / KINERJA_DB") -> StoreLocation:
    """``value`` as a store location: a :class:`PgLocation` for a ``postgresql://`` URL, a
    Path for a file; a :class:`UsageError` (exit 2) for anything else that looks like an
    address (see the module's docstring), never repeating what follows its scheme.
    ``asal``: where the value was given, as messages name it."""
    if isinstance(value, Path):
        return value
    text = str(value)
    if _DRIVE.match(text):
        return Path(text)
    if _KEY_VALUE.match(text):
        _remember_key_value_secrets(text)
        raise UsageError("db_alamat_kunci_nilai", asal=asal)
    found = _SCHEME.match(text)
    if found is None:
        return Path(text)
    skema = found["skema"].lower()
    rest = text[found.end() :]
    if not rest.startswith("//"):
        raise UsageError("db_alamat_mirip_url", skema=skema, asal=asal)
    if skema not in PG_SCHEMES:
        _remember(_userinfo_guess(rest[2:]))
        raise UsageError("db_alamat_tidak_didukung", skema=skema, alamat=f"{skema}://…", asal=asal)
    return _pg_location(rest[2:], asal)


def _pg_location(rest: str, asal: str) -> PgLocation:
    """``rest`` (the URL after ``postgresql://``) as a :class:`PgLocation`."""
    _postgres[0] = True
    parsed = _split(rest)
    if parsed is None:
        _remember(rest)  # which part is the password is unknown: the whole of it
        raise UsageError("db_alamat_tidak_terbaca", asal=asal)
    userinfo, after = parsed
    user = password = None
    if userinfo is not None:
        name, colon, secret = userinfo.partition(":")
        user = unquote(name) or None
        if colon:
            password = unquote(secret)
            _remember(secret, password)
    params: list[tuple[str, str]] = []
    for key, raw in _query_pairs(after["query"]):
        params.append((key, unquote(raw)))
        if key in _SECRET_PARAMS:
            _remember(raw, unquote(raw))
    given = dict(params)
    host = unquote(after["host"] or "").strip("[]")
    dbname = unquote(after["db"] or "")
    port_text = after["port"]
    shown_host = host or given.get("host") or os.environ.get("PGHOST") or "localhost"
    shown_user = user or given.get("user") or os.environ.get("PGUSER")
    if port_text:
        port = int(port_text) if port_text.isdigit() else 0
        if not 0 < port < 65536:
            raise UsageError(
                "db_alamat_tidak_sah",
                alamat=_shown(shown_user, shown_host, port_text, dbname),
                sebab=f"port {port_text}",
            )
    else:
        port = _int(given.get("port") or os.environ.get("PGPORT")) or 5432
    if not _host_ok(shown_host):
        raise UsageError(
            "db_alamat_tidak_sah",
            alamat=_shown(shown_user, _cut(shown_host), port, dbname),
            sebab="host",
        )
    dbname = dbname or given.get("dbname") or ""
    if not dbname:
        raise UsageError(
            "db_alamat_tanpa_database", alamat=_shown(shown_user, shown_host, port, "")
        )
    keywords: list[tuple[str, str]] = []
    if host:
        keywords.append(("host", host))
    if port_text:
        keywords.append(("port", str(port)))
    keywords.append(("dbname", dbname))
    if user:
        keywords.append(("user", user))
    if password is not None:
        keywords.append(("password", password))
    named = {k for k, _ in keywords}
    keywords += [(k, v) for k, v in params if k not in named]
    return PgLocation(
        host=shown_host, port=port, dbname=dbname, user=shown_user, params=tuple(keywords)
    )


def _split(rest: str) -> tuple[str | None, dict[str, str | None]] | None:
    """(user information or None, the parts after it) of ``rest``: the reading without user
    information when it is well formed with a numeric port (or none), else the first ``@``
    after which a well-formed rest follows (its port, good or bad, is judged later) and
    before which stands something that can be user information, else the reading without
    user information with a bad port (named as such). None when no reading is well formed:
    the URL is refused without being shown."""
    plain = _after(rest)
    if plain is not None and _port_ok(plain["port"]):
        return None, plain
    for at in (i for i, c in enumerate(rest) if c == "@"):
        found = _after(rest[at + 1 :])
        if found is not None and _userinfo_ok(rest[:at]):
            return rest[:at], found
    return (None, plain) if plain is not None else None


_SWALLOWED_QUERY = re.compile(
    r"[?&](?:" + "|".join(sorted(LIBPQ_KEYWORDS, key=len, reverse=True)) + r")=", re.I
)


def _userinfo_ok(userinfo: str) -> bool:
    """Whether ``userinfo`` can be user information, not a host, path and query swallowed
    up to an ``@`` in the query (``h/db?password=a&b@``): its user name has no ``/ ? #`` and
    it holds no ``?key=``/``&key=`` of a libpq keyword."""
    user = userinfo.partition(":")[0]
    return not any(c in user for c in "/?#") and _SWALLOWED_QUERY.search(userinfo) is None


def _port_ok(port: str | None) -> bool:
    return not port or port.isdigit()


def _after(text: str) -> dict[str, str | None] | None:
    found = _AFTER_USERINFO.match(text)
    if found is None:
        return None
    parts = found.groupdict()
    for key, _ in _query_pairs(parts["query"]):
        if key not in LIBPQ_KEYWORDS:
            return None
    if parts["query"] and any("=" not in p for p in parts["query"].split("&") if p):
        return None
    return parts


def _query_pairs(query: str | None) -> list[tuple[str, str]]:
    pairs = []
    for part in (query or "").split("&"):
        if part:
            key, _, value = part.partition("=")
            pairs.append((unquote(key), value))
    return pairs


def _host_ok(host: str) -> bool:
    """A host name libpq can look up (a socket folder, ``/...``, always is)."""
    if host.startswith("/"):
        return True
    if len(host) > MAX_HOST or any(c.isspace() for c in host):
        return False
    try:  # what the resolver does with it: a label empty ("db..local") or over 63 characters
        host.encode("idna")
    except UnicodeError:
        return False
    return True


def _shown(user: str | None, host: str, port: object, dbname: str) -> str:
    who = f"{quote(user, safe='')}@" if user else ""
    return f"postgresql://{who}{host}:{port}/{dbname}"


def _cut(host: str, limit: int = 40) -> str:
    return host if len(host) <= limit else host[:limit] + "…"


def _int(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _userinfo_guess(rest: str) -> str:
    """Of a URL of another kind: everything up to its last ``@`` (may hold a password)."""
    return rest.rpartition("@")[0]


def _remember_key_value_secrets(text: str) -> None:
    for found in re.finditer(r"(?:ssl)?password\s*=\s*('(?:[^'\\]|\\.)*'|\S*)", text, re.I):
        value = found[1]
        _remember(value, value.strip("'").replace("\\'", "'").replace("\\\\", "\\"))


def _remember(*secrets: str) -> None:
    for secret in secrets:
        if secret and secret not in _secrets:
            _secrets.add(secret)
            _forms_of.cache_clear()


def forget_secrets() -> None:
    """Forget the passwords seen so far (tests; a long-lived process that is done with them)."""
    _secrets.clear()
    _postgres[0] = False
    _forms_of.cache_clear()


@functools.lru_cache(maxsize=8)
def _forms_of(extra: tuple[str, ...]) -> tuple[str, ...]:
    """Every secret remembered plus ``extra``, each as typed and percent-encoded, longest first
    (cached: :func:`redact` runs for every line shown)."""
    found: set[str] = set()
    for secret in (*_secrets, *extra):
        if secret:
            found |= {secret, quote(secret, safe=""), quote(secret), quote_plus(secret)}
    found.discard("")
    return tuple(sorted(found, key=len, reverse=True))


def known_secrets(location: PgLocation | None = None) -> tuple[str, ...]:
    """Every secret to keep out of text (longest first): the passwords seen, ``PGPASSWORD``
    (once a PostgreSQL URL has been read) and ``location``'s, each also percent-encoded."""
    pgpassword = (os.environ.get("PGPASSWORD") or "") if _postgres[0] or location else ""
    extra = (pgpassword, *(location.secrets if location else ()))
    return _forms_of(extra)


def redact(text: str, location: PgLocation | None = None) -> str:
    """``text`` without any password: THE function every text that may name a store goes
    through before it is shown (every message on the console, driver text, ``--debug``
    tracebacks): each password remembered, ``PGPASSWORD`` and ``location``'s, as typed or
    percent-encoded, becomes ``***``."""
    for secret in known_secrets(location):
        if secret in text:
            text = text.replace(secret, _HIDDEN)
    return text


def driver_text(text: str, location: PgLocation | None = None) -> str:
    """A driver's (libpq's) message as one clean line, without any password."""
    return redact(" ".join(part.strip() for part in text.splitlines() if part.strip()), location)
