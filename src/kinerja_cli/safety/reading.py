"""Read untrusted workbooks safely: pre-flight, then the reader inside a limited worker.

:func:`read_safely` reads one file; :func:`read_many` and :func:`iter_read` read a batch in
parallel across a pool of at most one worker per core (the speed path for a whole city), and
never stop at a bad file: each failure is an :class:`~kinerja_cli.errors.InputError` in the
result, in the position of its file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kinerja_cli.errors import InputError
from kinerja_cli.readers.base import RawWorkbook
from kinerja_cli.safety.limits import Limits
from kinerja_cli.safety.preflight import check_file
from kinerja_cli.safety.sandbox import Sandbox, _Task

if TYPE_CHECKING:
    from kinerja_cli.config import Keamanan

__all__ = ["ProgressFn", "iter_read", "read_checked", "read_many", "read_safely"]

ProgressFn = Callable[[int, int, str], None]
"""``on_progress(done, total, display_name)``, called in the calling process after each file."""


def read_checked(path: str, display_name: str | None, limits: Keamanan | Limits) -> RawWorkbook:
    """Pre-flight ``path`` and read it with :func:`kinerja_cli.readers.read_workbook`.

    Runs inside a sandbox worker (module-level so it pickles by reference); calling it
    directly gives no memory or time bound.
    """
    from kinerja_cli.readers import read_workbook

    check_file(path, limits, display_name=display_name)
    return read_workbook(path, display_name=display_name)


def read_safely(
    path: str | os.PathLike[str],
    *,
    limits: Keamanan | Limits,
    display_name: str | None = None,
    sandbox: Sandbox | None = None,
) -> RawWorkbook:
    """Read one file within ``limits``; raise :class:`InputError` when it is refused.

    Pass a :class:`Sandbox` to reuse its workers across calls; without one, a one-worker
    sandbox is started for this call (a fork, a few milliseconds).
    """
    name = display_name or str(path)
    limits = Limits.of(limits)
    if sandbox is not None:
        return sandbox.run(read_checked, str(path), name, limits, label=name)
    with Sandbox(limits, workers=1) as box:
        return box.run(read_checked, str(path), name, limits, label=name)


def iter_read(
    paths: Sequence[str | os.PathLike[str]],
    *,
    limits: Keamanan | Limits,
    display_names: Sequence[str] | None = None,
    on_progress: ProgressFn | None = None,
    workers: int | None = None,
) -> Iterator[tuple[Path, RawWorkbook | InputError]]:
    """Yield ``(path, workbook or InputError)`` for every path, in input order.

    Files are read in parallel by at most ``workers`` (default: one per core) limited worker
    processes; only a few finished workbooks wait in memory at any time, so a caller that
    handles each one as it comes keeps memory flat however many files there are.
    """
    names = list(display_names) if display_names is not None else [str(p) for p in paths]
    if len(names) != len(paths):
        raise ValueError("display_names must match paths")
    total = len(paths)
    if total == 0:
        return
    limits = Limits.of(limits)
    tasks = [_Task(names[i], (str(p), names[i], limits)) for i, p in enumerate(paths)]
    with Sandbox(limits, workers=min(workers or os.cpu_count() or 1, total)) as box:
        for done, (index, outcome) in enumerate(box.map(read_checked, tasks), start=1):
            if on_progress is not None:
                on_progress(done, total, names[index])
            if isinstance(outcome, InputError | RawWorkbook):
                yield Path(paths[index]), outcome
            else:  # another KinerjaError child raised by the reader: still a refusal of the file
                yield Path(paths[index]), _as_input_error(outcome, names[index])


def read_many(
    paths: Sequence[str | os.PathLike[str]],
    *,
    limits: Keamanan | Limits,
    on_progress: ProgressFn | None = None,
    display_names: Sequence[str] | None = None,
    workers: int | None = None,
) -> list[RawWorkbook | InputError]:
    """Read every path (in parallel, within ``limits``): a workbook or an InputError each."""
    return [
        outcome
        for _path, outcome in iter_read(
            paths,
            limits=limits,
            display_names=display_names,
            on_progress=on_progress,
            workers=workers,
        )
    ]


def _as_input_error(outcome: object, name: str) -> InputError:
    from kinerja_cli.errors import KinerjaError

    if isinstance(outcome, KinerjaError):
        err = InputError(outcome.kode, **outcome.params)
        err.__cause__ = outcome
        return err
    return InputError("keamanan_galat_pembaca", path=name, detail=type(outcome).__name__)
