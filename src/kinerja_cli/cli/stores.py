"""The store as the reading and ingesting commands use it: open it from the options, score
what it holds, and report ingest results and summary headlines on stderr. Shared here so that
no command module imports another."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from kinerja_cli.cli.common import (
    CELL_LIMIT,
    EXIT_DATA,
    State,
    redacted,
    safe_markup,
    say_skipped,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from rich.console import Console

    from kinerja_cli.model import ScoreResult, Submission
    from kinerja_cli.scoring.needs import Needs
    from kinerja_cli.store import IngestResult, Store
    from kinerja_cli.validate.files import Skipped
    from kinerja_cli.writers.shape import Summary


def open_store(state: State, *, create: bool) -> Store:
    """The store of ``--db`` / ``KINERJA_DB`` / kinerja.db beside the config (a SQLite file
    or a PostgreSQL database). Without ``create``, a store that does not exist yet (no file;
    a database without the store's tables) opens as an empty one in memory, so reading
    commands never leave a stray file or schema behind."""
    from kinerja_cli.api import Store, StoreError

    path = state.resolved_db_path
    if not create and isinstance(path, Path) and not path.exists():
        state.say("status_db_belum_ada", path=str(path))
        return Store.open(":memory:")
    try:
        store = Store.open(
            path,
            create=create,
            on_wait=lambda s: state.say("simpan_menunggu", path=str(path), detik=f"{s:g}"),
        )
    except StoreError as exc:
        if create or exc.kode != "simpan_belum_ada":
            raise
        state.say("status_db_belum_ada", path=str(path))
        return Store.open(":memory:")
    text = state.config_text() if create else None
    if text is not None:  # a store that ingests keeps the config of the year it ingests for
        store.remember_config(state.config(), text)
    return store


def score_store(
    state: State, store: Store, periode: str, *, known: Mapping[str, Submission] | None = None
) -> ScoreResult | None:
    """Score what ``store`` holds for the year (:func:`kinerja_cli.pipeline.current.score_current`:
    files checked with another config are validated again, the rules across units applied);
    None (after saying so) when it holds nothing.

    ``known``: Submissions just ingested, by sha256, used as they are instead of being
    rebuilt from the store (see :meth:`Store.current_submissions`)."""
    from kinerja_cli.api import parse_periode, score_current

    p = parse_periode(periode)
    cfg = state.config()
    tahun = state.tahun or cfg.tahun
    result = score_current(store, cfg, tahun, p, known=known)
    if result is not None:
        report_unscored(state, result)
    if result is None:
        say_no_data(state, tahun)
    return result


def say_no_data(state: State, tahun: int) -> None:
    """THE empty store of every reading command: no file stored for ``tahun``, said once on
    stderr; the command gives its usual output, empty, then exits with code 1
    (:attr:`State.no_data`)."""
    state.console.print(
        safe_markup(
            state.msg("keluaran_tidak_ada_data", tahun=tahun, db=str(state.resolved_db_path))
        ),
        style="red",
    )
    state.no_data = True


def chosen_units(state: State, result: ScoreResult, units: list[str] | None) -> list[str]:
    """The ``--unit`` codes as ``result`` or the config spell them (exit 2 for an unknown
    one, with the close matches)."""
    from kinerja_cli.api import find_unit

    known = [c.kode for c in state.config().unit]
    return [find_unit(result, u, known) for u in units or []]


def report_unscored(state: State, result: ScoreResult) -> None:
    """Say on stderr, once per unit, that a unit could not be scored (its ``skor_unit_gagal``
    issue), print the exception's traceback with ``--debug``, and remember the unit so the
    command exits with code 1 after writing everything else."""
    import traceback

    from kinerja_cli.api import UNIT_FAILED

    failed = [i for i in result.issues if i.kode == UNIT_FAILED]
    for issue in failed:
        unit = str(dict(issue.params).get("unit", "?"))
        if unit in state.unscored_units:
            continue
        state.unscored_units.add(unit)
        state.console.print(safe_markup(issue.pesan(state.lang)), style="bold red")
    if state.debug:
        for exc in result.failures:
            text = redacted("".join(traceback.format_exception(exc)))
            state.console.print(text, markup=False, highlight=False)


def load_needs(state: State, result: ScoreResult, units: set[str] | None = None) -> Needs | None:
    """The development needs of ``result`` from the store (None: the config has no
    competencies); for ``kinerja kebutuhan`` and the documents' recommendations."""
    from kinerja_cli.api import needs_from_store

    with open_store(state, create=False) as store:
        return needs_from_store(store, state.config(), result, units=units)


def load_result(state: State, periode: str, *, announce: bool = True) -> ScoreResult:
    """The scored result of the store for ``--tahun`` and ``periode`` (reading commands).
    ``announce``: say on stderr which stored files were checked again against a changed
    config (a command that prints the summary headlines itself passes False).

    A store that holds no file for the year (none yet, or only other years) is THE empty
    store of every reading command: said once on stderr (``keluaran_tidak_ada_data``), the
    result is the scoring of no file (every unit of the config not submitted), so the
    command gives its usual output, empty (JSON commands valid JSON: ``[]`` or the same
    object), checks its options as usual (an unknown ``--unit`` is still exit 2), writes no
    workbook or document (:func:`stop_if_no_data`), and exits with code 1
    (:attr:`State.no_data`)."""
    with open_store(state, create=False) as store:
        result = score_store(state, store, periode)
    if result is None:
        from kinerja_cli.api import parse_periode, score

        cfg = state.config()
        return score([], cfg, parse_periode(periode), tahun=state.tahun or cfg.tahun)
    if announce and result.rechecked and not state.quiet:
        state.console.print(
            safe_markup(
                state.msg(
                    "keluaran_rekap_dicek_ulang",
                    jumlah=len(result.rechecked),
                    daftar=", ".join(result.rechecked),
                )
            ),
            style="yellow",
        )
    return result


def stop_if_no_data(state: State) -> None:
    """Exit with code 1 when the store held no file for the year (:func:`load_result`): a
    command that writes a workbook or documents writes none of an empty store."""
    if state.no_data:
        raise typer.Exit(EXIT_DATA)


def print_headlines(state: State, data: Summary, *, skip_title: bool = True) -> None:
    """The summary sentences on stderr: problems in colour; with --quiet only errors."""
    from kinerja_cli.api import headlines

    lines = headlines(data, state.lang)
    for level, text in lines[1:] if skip_title else lines:
        if state.quiet and level != "error":
            continue
        style = {"error": "bold red", "warning": "yellow"}.get(level)
        state.console.print(safe_markup(text), style=style)


def result_line(state: State, r: IngestResult) -> str:
    """The one line a person reads about one file."""
    from kinerja_cli.api import IngestStatus

    masalah = ""
    if r.error_count or r.warning_count:
        masalah = state.msg("impor_masalah", kesalahan=r.error_count, peringatan=r.warning_count)
    kode = {
        IngestStatus.NEW: "impor_baru",
        IngestStatus.DUPLICATE: "impor_duplikat",
        IngestStatus.SUPERSEDING: "impor_menggantikan",
        IngestStatus.NOT_COUNTED: "impor_tidak_dihitung",
        IngestStatus.OLDER: "impor_lebih_lama",
        IngestStatus.FAILED: "impor_gagal",
    }[r.status]
    if r.status is IngestStatus.DUPLICATE and r.version is None:
        kode = "impor_duplikat_tanpa_versi"  # a file stored with no unit or year has no version
    return state.msg(
        kode,
        file=r.file,
        versi=r.version,
        unit=r.unit or "?",
        tahun=r.tahun or "?",
        lama=r.superseded_version,
        berlaku=r.current_version,
        masalah=masalah,
    )


def print_result(state: State, console: Console, r: IngestResult) -> None:
    style = "red" if r.has_errors else ("yellow" if r.warning_count or r.issues else None)
    if state.quiet and not r.has_errors:
        return
    console.print(safe_markup(result_line(state, r)), style=style)
    for issue in r.issues:
        where = " ".join(safe_markup(x, CELL_LIMIT) for x in (issue.sheet, issue.cell) if x)
        prefix = f"  - {where}: " if where else "  - "
        console.print(prefix + safe_markup(issue.pesan(state.lang)))


def ingest_and_report(
    state: State, store: Store, paths: list[Path], hari_ini: date | None = None
) -> tuple[bool, dict[str, Submission]]:
    """Ingest ``paths`` as ``kinerja impor`` does, one line per file on stderr (``hari_ini``:
    the command's ``--tanggal`` or today, the date no e-Kinerja pull date may be after).

    Returns (True when a file could not be stored or was stored without being counted: its
    problems are not in the recap's Masalah sheet, so they make the exit code 1; the
    Submissions just validated, by sha256, so scoring need not rebuild them from the store)."""
    from kinerja_cli.api import IngestStatus, ingest_paths

    console = state.console

    def on_progress(done: int, total: int, r: IngestResult) -> None:
        print_result(state, console, r)

    skipped: list[Skipped] = []
    results = ingest_paths(
        store,
        paths,
        state.config(),
        on_progress=on_progress,
        keep_submissions=True,
        skipped=skipped,
        hari_ini=hari_ini,
    )
    say_skipped(state, skipped)
    known = {r.submission.sha256: r.submission for r in results if r.submission is not None}
    failed = any(r.status in (IngestStatus.FAILED, IngestStatus.NOT_COUNTED) for r in results)
    return failed, known
