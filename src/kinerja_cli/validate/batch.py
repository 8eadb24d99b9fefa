"""Checking a batch of files on every core: read AND validate inside the sandbox workers.

:func:`iter_validate` hands each file to a worker of a :class:`~kinerja_cli.safety.Sandbox`
(memory cap, timeout, crash isolation as for reading alone), which runs the pre-flight, the
reader and :func:`~kinerja_cli.validate.workbook.validate_workbook_cells`, and sends back only
the checked :class:`Submission`: the raw grid never crosses the pipe, and validation runs on
both cores. The checks across files stay with the caller (they need every file).

The Submission travels packed (:func:`pack` / :func:`unpack`): SKP and Pegawai records as plain
tuples, equal targets as one shared (immutable) :class:`~kinerja_cli.config.Target`, which
pickles several times faster than the records themselves and rebuilds the same objects.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli.errors import InputError, KinerjaError
from kinerja_cli.gcpause import gc_paused
from kinerja_cli.model import PegawaiRecord, SkpRecord, Submission

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.safety import Limits, Sandbox
    from kinerja_cli.validate.workbook import NipCells

__all__ = ["Checked", "check_in_worker", "iter_validate", "pack", "unpack"]

_SKP_FIELDS = tuple(f.name for f in fields(SkpRecord))
_PEGAWAI_FIELDS = tuple(f.name for f in fields(PegawaiRecord))
_skp_tuple = attrgetter(*_SKP_FIELDS)
_pegawai_tuple = attrgetter(*_PEGAWAI_FIELDS)

Packed = tuple[Submission, list[tuple[Any, ...]], list[tuple[Any, ...]], "NipCells"]


def pack(sub: Submission, cells: NipCells) -> Packed:
    """``sub`` (its records moved out as tuples) and its NIP cells, ready to pickle.

    ``sub`` is emptied of its SKP and Pegawai records: pack a Submission you hand over."""
    shared: dict[tuple[float, float], Any] = {}
    skp = []
    for rec in sub.skp:
        row = _skp_tuple(rec)
        target = rec.target
        if target is not None:
            key = (target.low, target.high)
            same = shared.setdefault(key, target)
            if same is not target:
                row = (*row[:3], same, *row[4:])
        skp.append(row)
    pegawai = [_pegawai_tuple(rec) for rec in sub.pegawai]
    sub.skp, sub.pegawai = [], []
    return sub, skp, pegawai, cells


def unpack(packed: Packed) -> tuple[Submission, NipCells]:
    """The Submission and NIP cells :func:`pack` was given, as equal objects."""
    sub, skp, pegawai, cells = packed
    sub.skp = [SkpRecord(*row) for row in skp]
    sub.pegawai = [PegawaiRecord(*row) for row in pegawai]
    return sub, cells


def check_in_worker(
    path: str,
    display_name: str,
    limits: Limits,
    config: Config,
    tahun: int | None,
    skp_records: bool = True,
    hari_ini: date | None = None,
) -> Packed:
    """Pre-flight, read and validate one file; runs inside a sandbox worker (module-level, so
    it pickles by reference). Calling it directly gives no memory or time bound.

    ``skp_records=False``: the SKP records are checked as always but not sent back (the
    Submission comes back with an empty ``skp``): for callers that need only the issues."""
    from kinerja_cli.safety import read_checked
    from kinerja_cli.validate.workbook import validate_workbook_cells

    raw = read_checked(path, display_name, limits)
    sub, cells = validate_workbook_cells(raw, config, tahun=tahun, hari_ini=hari_ini)
    del raw
    if not skp_records:
        sub.skp = []
    return pack(sub, cells)


@dataclass(slots=True)
class Checked:
    """One file of a batch: its Submission, and where its NIPs are (None when refused)."""

    path: Path
    submission: Submission
    cells: NipCells | None
    refused: InputError | None = None
    """Why the file could not be read (its Submission then holds that one error)."""


def iter_validate(
    paths: Sequence[str | os.PathLike[str]],
    config: Config,
    *,
    tahun: int | None = None,
    display_names: Sequence[str] | None = None,
    workers: int | None = None,
    sandbox: Sandbox | None = None,
    skp_records: bool = True,
    hari_ini: date | None = None,
) -> Generator[Checked, None, None]:
    """Read and validate every path in the sandbox workers; yield a :class:`Checked` for
    each, in input order, as soon as it and every file before it are done.

    A refused file (pre-flight, reader error, crash, memory, timeout) gives a Submission with
    one file-level error, as :func:`~kinerja_cli.validate.validate_file` does. Only a few
    finished files wait in memory at any time. ``sandbox``: a running sandbox to use (its
    workers are kept); by default one is started with up to ``workers`` (one per core).
    ``skp_records=False``: Submissions come back without their SKP records (everything else,
    issues included, is the same), which spares the pickling and rebuilding of most of a
    city's rows when only the issues are wanted (``kinerja validasi``). ``hari_ini``: the
    date e-Kinerja pull dates are checked against (None: not checked).

    The cyclic garbage collector is paused while the batch runs (see
    :func:`~kinerja_cli.gcpause.gc_paused`): rebuilding tens of thousands of records while
    earlier ones are kept made it rescan them again and again.
    """
    from kinerja_cli.safety import Limits, Sandbox
    from kinerja_cli.safety.sandbox import _Task

    names = list(display_names) if display_names is not None else [str(p) for p in paths]
    if len(names) != len(paths):
        raise ValueError("display_names must match paths")
    if not paths:
        return
    limits = Limits.of(config.keamanan)
    year = tahun or config.tahun
    tasks = [
        _Task(names[i], (str(p), names[i], limits, config, year, skp_records, hari_ini))
        for i, p in enumerate(paths)
    ]
    box = (
        sandbox
        if sandbox is not None
        else Sandbox(limits, workers=min(workers or os.cpu_count() or 1, len(paths)))
    )
    try:
        with gc_paused():
            yield from _checked(box.map(check_in_worker, tasks), paths, names)
    finally:
        if sandbox is None:
            box.close()


def _checked(
    outcomes: Iterator[tuple[int, Any]],
    paths: Sequence[str | os.PathLike[str]],
    names: list[str],
) -> Iterator[Checked]:
    from kinerja_cli.validate.files import failed_submission

    for index, outcome in outcomes:
        path = Path(paths[index])
        if isinstance(outcome, tuple):
            sub, cells = unpack(outcome)
            yield Checked(path, sub, cells)
            continue
        err = _as_input_error(outcome, names[index])
        yield Checked(path, failed_submission(path, names[index], err), None, err)


def _as_input_error(outcome: object, name: str) -> InputError:
    if isinstance(outcome, InputError):
        return outcome
    if isinstance(outcome, KinerjaError):
        err = InputError(outcome.kode, **outcome.params)
        err.__cause__ = outcome
        return err
    return InputError("keamanan_galat_pembaca", path=name, detail=type(outcome).__name__)
