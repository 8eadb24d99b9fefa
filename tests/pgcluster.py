"""A throwaway PostgreSQL server for the tests: ``initdb`` + ``pg_ctl`` in a temporary folder,
on a free local port, as an unprivileged user (``postgres`` or ``nobody`` when the tests run
as root, since PostgreSQL refuses to run as root), stopped and removed at the end.

The binaries come from the distribution's packages (``/usr/lib/postgresql/<N>/bin``, or
``initdb`` on PATH). Without them the PostgreSQL half of the suite is skipped locally, and
fails on CI (``CI=true``): ``.ci/run`` installs them, so a skip there means something broke.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


def pg_bin() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl`` (newest packaged version first)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    if found:
        return found[0].parent
    on_path = shutil.which("initdb")
    return Path(on_path).resolve().parent if on_path else None


def require_pg_bin() -> Path:
    folder = pg_bin()
    if folder is None or not (folder / "pg_ctl").exists():
        message = "PostgreSQL binaries (initdb, pg_ctl) not installed"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}: .ci/run installs them; the PostgreSQL half must run on CI")
        pytest.skip(message)
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    """A running throwaway server; :meth:`new_database` gives each test its own database."""

    bin: Path
    data: Path
    root: Path
    port: int
    run_as: str | None
    user: str = "kinerja"
    _names = itertools.count(1)

    def _cmd(self, *args: str) -> list[str]:
        cmd = [str(a) for a in args]
        return ["runuser", "-u", self.run_as, "--", *cmd] if self.run_as else cmd

    def ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._cmd(str(self.bin / "pg_ctl"), "-D", str(self.data), *args),
            capture_output=True,
            text=True,
            check=check,
            timeout=120,
        )

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60"
        )
        self.ctl("-o", options, "-l", str(self.root / "server.log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self.ctl("-m", mode, "-w", "stop", check=False)

    def url(self, dbname: str, **params: str) -> str:
        tail = "&".join(f"{k}={v}" for k, v in params.items())
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{dbname}" + (
            f"?{tail}" if tail else ""
        )

    def new_database(self, prefix: str = "t") -> str:
        """A fresh empty database; its URL."""
        import psycopg

        name = f"{prefix}{next(self._names)}_{os.getpid()}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def sql(self, dbname: str, statement: str) -> list[tuple]:
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            cur = conn.execute(statement)
            return cur.fetchall() if cur.description else []


@contextlib.contextmanager
def throwaway_server():
    """Start a server in a new temporary folder (directly under the system's temp dir: the
    unprivileged user must reach it), yield it, stop it and remove the folder."""
    import tempfile

    folder = require_pg_bin()
    root = Path(tempfile.mkdtemp(prefix="kinerja-pg-"))
    run_as = None
    if os.geteuid() == 0:
        run_as = next((u for u in ("postgres", "nobody") if _has_user(u)), None)
        if run_as is None:  # pragma: no cover
            pytest.skip("running as root without an unprivileged user for PostgreSQL")
        os.chown(root, pwd.getpwnam(run_as).pw_uid, -1)
    root.chmod(0o700)
    server = PgServer(folder, root / "data", root, free_port(), run_as)
    init = subprocess.run(
        server._cmd(
            str(folder / "initdb"),
            "-D",
            str(server.data),
            "-U",
            server.user,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "-N",
        ),
        capture_output=True,
        text=True,
        timeout=180,
    )
    if init.returncode != 0:
        raise RuntimeError(f"initdb failed: {init.stderr}")
    server.start()
    try:
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
