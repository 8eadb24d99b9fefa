"""``kinerja rekap [PATH...]`` (alias ``recap``): ingest, score, write the recap workbook."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kinerja_cli.cli.common import (
    EXIT_DATA,
    ConfigOpt,
    DbOpt,
    DebugOpt,
    LangOpt,
    QuietOpt,
    State,
    TahunOpt,
    TanggalOpt,
    guard,
    output_date,
    safe_markup,
    say_skipped,
    state_from,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from kinerja_cli.model import ScoreResult, Submission
    from kinerja_cli.store import Store

ORDER = 60

PeriodeOpt = Annotated[
    str,
    typer.Option(
        "--periode",
        "-p",
        help="Periode rekap: TW1, TW2, TW3, TW4 (kumulatif sejak TW1) atau tahunan.",
        show_default=True,
    ),
]


def score_store(
    state: State, store: Store, periode: str, *, known: Mapping[str, Submission] | None = None
) -> ScoreResult | None:
    """Score what ``store`` holds for the year (:func:`kinerja_cli.store.current.score_current`:
    files checked with another config are validated again, the rules across units applied);
    None (after saying so) when it holds nothing.

    ``known``: Submissions just ingested, by sha256, used as they are instead of being
    rebuilt from the store (see :meth:`Store.current_submissions`)."""
    from kinerja_cli.store.current import score_current
    from kinerja_cli.writers.shape import parse_periode

    p = parse_periode(periode)
    cfg = state.config()
    tahun = state.tahun or cfg.tahun
    result = score_current(store, cfg, tahun, p, known=known, lang=state.lang)
    if result is None:
        state.console.print(
            safe_markup(
                state.msg("keluaran_tidak_ada_data", tahun=tahun, db=str(state.resolved_db_path))
            ),
            style="red",
        )
    return result


def load_result(state: State, periode: str, *, announce: bool = True) -> ScoreResult:
    """The scored result of the store for ``--tahun`` and ``periode`` (reading commands);
    exits with code 1 when the store holds no file for the year. ``announce``: say on stderr
    which stored files were checked again against a changed config (a command that prints
    the summary headlines itself passes False)."""
    from kinerja_cli.cli.command_status import open_store

    with open_store(state, create=False) as store:
        result = score_store(state, store, periode)
    if result is None:
        raise typer.Exit(EXIT_DATA)
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


def rekap(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Berkas atau folder kiriman yang diimpor dulu sebelum rekap (boleh kosong: "
            "rekap dari penyimpanan).",
            show_default=False,
        ),
    ] = None,
    periode: PeriodeOpt = "tahunan",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Berkas rekap (bawaan: REKAP-<TAHUN>-<PERIODE>.xlsx di folder ini).",
            show_default=False,
        ),
    ] = None,
    kertas: Annotated[
        str, typer.Option("--kertas", help="Ukuran kertas cetak: A4 atau F4.", show_default=True)
    ] = "A4",
    tanggal: TanggalOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    tahun: TahunOpt = None,
    quiet: QuietOpt = None,
    lang: LangOpt = None,
    debug: DebugOpt = None,
) -> None:
    """Tulis buku kerja rekap (Ringkasan, Unit, Pegawai, Indikator, Pembinaan, Masalah,
    Sumber) dari berkas yang tersimpan; berkas PATH yang diberikan diimpor dulu.

    Ringkasan singkat dicetak ke layar. Kode keluar 0 bila data bersih, 1 bila ada kesalahan
    data (barisnya tidak dinilai; lihat lembar Masalah) atau belum ada berkas untuk tahun itu.

    Tanggal di blok tanda tangan: --tanggal, selain itu SOURCE_DATE_EPOCH, selain itu hari ini.

    Contoh: kinerja rekap masuk/ --periode TW2 --tanggal 2026-07-10 -o keluaran/REKAP-2026-TW2.xlsx
    """
    state = state_from(ctx, config=config, db=db, tahun=tahun, quiet=quiet, lang=lang, debug=debug)
    with guard(state):
        from kinerja_cli.cli.command_status import open_store
        from kinerja_cli.writers import write_recap
        from kinerja_cli.writers.shape import parse_periode, recap_filename, summary
        from kinerja_cli.writers.xlsx import PAPER

        p = parse_periode(periode)
        if kertas.upper() not in PAPER:
            from kinerja_cli.errors import UsageError

            raise UsageError(
                "keluaran_kertas_tidak_dikenal", kertas=kertas, pilihan=", ".join(PAPER)
            )
        day = output_date(tanggal)
        if output is not None and output.suffix.lower() != ".xlsx":
            from kinerja_cli.errors import UsageError

            raise UsageError("keluaran_rekap_harus_xlsx", path=str(output))
        cfg = state.config()
        ingest_failed = False
        known: dict[str, Submission] | None = None
        with open_store(state, create=bool(paths)) as store:
            if paths:
                ingest_failed, known = _ingest(state, store, paths)
            result = score_store(state, store, p.value, known=known)
            known = None
        if result is None:
            raise typer.Exit(EXIT_DATA)
        target = output or Path(recap_filename(result.tahun, result.periode))
        write_recap(result, cfg, target, tanggal=day, lang=state.lang, kertas=kertas.upper())
        data = summary(result)
        state.say(
            "keluaran_rekap_selesai",
            path=str(target),
            periode=_periode_label(result.periode, state.lang),
        )
        print_headlines(state, data)
        if data["keseluruhan"]["kesalahan"] or ingest_failed:
            raise typer.Exit(EXIT_DATA)


def _periode_label(periode: str, lang: str) -> str:
    from kinerja_cli.writers.shape import periode_label

    return periode_label(periode, lang)


def print_headlines(state: State, data: dict[str, Any], *, skip_title: bool = True) -> None:
    """The summary sentences on stderr: problems in colour; with --quiet only errors."""
    from kinerja_cli.writers.shape import headlines

    lines = headlines(data, state.lang)
    for level, text in lines[1:] if skip_title else lines:
        if state.quiet and level != "error":
            continue
        style = {"error": "bold red", "warning": "yellow"}.get(level)
        state.console.print(safe_markup(text), style=style)


def _ingest(state: State, store: Store, paths: list[Path]) -> tuple[bool, dict[str, Submission]]:
    """Ingest ``paths`` as ``kinerja impor`` does, one line per file on stderr.

    Returns (True when a file could not be stored or was stored without being counted: its
    problems are not in the recap's Masalah sheet, so they make the exit code 1; the
    Submissions just validated, by sha256, so scoring need not rebuild them from the store)."""
    from kinerja_cli.cli.command_impor import print_result
    from kinerja_cli.store import IngestResult, IngestStatus, ingest_paths
    from kinerja_cli.validate.files import Skipped

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
    )
    say_skipped(state, skipped)
    known = {r.submission.sha256: r.submission for r in results if r.submission is not None}
    failed = any(r.status in (IngestStatus.FAILED, IngestStatus.NOT_COUNTED) for r in results)
    return failed, known


def register(app: typer.Typer) -> None:
    app.command("rekap")(rekap)
    app.command("recap", hidden=True)(rekap)
