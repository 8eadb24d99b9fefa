"""Start the sandbox's fork server early, while the command line and the config are read.

The fork server (:mod:`kinerja_cli.safety.sandbox`) imports the readers and validators once,
then forks a limited worker per core. Started on demand it costs about 0.4 s before the first
cell is read; started here, at the very beginning of a command that will read files, that
import runs on the second core while this process imports typer and pydantic and loads the
config. Nothing about the sandbox changes: the workers are forked later with the memory cap
and timeout of the loaded config, and every untrusted file is still parsed in a worker.

This module imports nothing of kinerja but :mod:`kinerja_cli.containers` (which imports
nothing) on purpose: it runs before anything else.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from kinerja_cli.containers import SUFFIXES

PRELOAD = [
    "kinerja_cli.safety.reading",
    "kinerja_cli.readers",
    "kinerja_cli.readers.ooxml",
    "kinerja_cli.readers.ods",
    "kinerja_cli.readers.delimited",
    "python_calamine",
    "kinerja_cli.validate.batch",
    "kinerja_cli.validate.workbook",
]
"""Modules the fork server imports once, so every worker forked from it has them (the
validation modules too: :mod:`kinerja_cli.validate.batch` checks files inside the workers)."""

READING_COMMANDS = frozenset({"validasi", "validate", "impor", "ingest", "rekap"})
"""Commands that read untrusted files when given paths."""


def forkserver_context() -> object | None:
    """The ``forkserver`` multiprocessing context with :data:`PRELOAD` set (None where the
    platform has no fork server, e.g. Windows)."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return None  # pragma: no cover - Windows
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def start_forkserver() -> bool:
    """Start the fork server now (in the background: this returns at once, the server imports
    :data:`PRELOAD` on its own). True when one is running afterwards."""
    if forkserver_context() is None:
        return False  # pragma: no cover - Windows
    from multiprocessing import forkserver

    try:
        forkserver.ensure_running()
    except (OSError, ValueError):  # pragma: no cover - no sockets, fd limits: start on demand
        return False
    return True


def wants_workers(argv: Sequence[str]) -> bool:
    """Whether the command line ``argv`` (without the program name) runs a command that reads
    files and names at least one existing spreadsheet file or folder."""
    command_at = None
    for i, arg in enumerate(argv):
        if arg in READING_COMMANDS:
            command_at = i
            break
    if command_at is None:
        return False
    for arg in argv[command_at + 1 :]:
        if arg.startswith("-"):
            continue
        if os.path.isdir(arg) or (arg.lower().endswith(SUFFIXES) and os.path.isfile(arg)):
            return True
    return False


def maybe_start(argv: Sequence[str] | None = None) -> bool:
    """:func:`start_forkserver` when ``argv`` (default ``sys.argv[1:]``) will read files."""
    args = sys.argv[1:] if argv is None else argv
    if os.environ.get("KINERJA_NO_PRESTART") or not wants_workers(args):
        return False
    return start_forkserver()
