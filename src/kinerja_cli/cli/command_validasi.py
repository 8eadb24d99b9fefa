"""``kinerja validasi PATH...`` (alias ``validate``): check returned workbooks cell by cell."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.common import (
    CELL_LIMIT,
    EXIT_DATA,
    EXIT_INPUT,
    State,
    TanggalPeriksaOpt,
    choose,
    command,
    format_option,
    output_date,
    paths_argument,
    periode_option,
    progress_bar,
    report_failures,
    safe_markup,
    say_skipped,
    write_stdout,
)

if TYPE_CHECKING:
    from datetime import date

    from rich.console import Console

    from kinerja_cli.config import Config
    from kinerja_cli.model import Issue
    from kinerja_cli.safety.paths import WriteFailure
    from kinerja_cli.validate import ValidationReport

ORDER = 30
FORMATS = ("table", "json", "csv")
DEFAULT_SHOWN = 200


def _status_word(state: State, report: ValidationReport, path: str, status: str) -> str:
    word = state.msg(f"validasi_status_{status}")
    if path in report.superseded:
        word += f" ({state.msg('validasi_status_digantikan')})"
    return word


def print_summary(state: State, console: Console, report: ValidationReport, shown: int) -> None:
    """Per file: errors, warnings, verdict; then the issues (at most ``shown``)."""
    if not state.quiet:
        say_skipped(state, report.skipped)
        _print_files(state, console, report)
    issues = [i for i in report.all_issues() if i.is_error or not state.quiet]
    _print_issues(state, console, issues[:shown])
    if len(issues) > shown:
        console.print(safe_markup(state.msg("validasi_dipotong", sisa=len(issues) - shown)))
    if not state.quiet:
        _print_totals(state, console, report)


def _print_files(state: State, console: Console, report: ValidationReport) -> None:
    from rich.table import Table

    files = Table(title=None, show_lines=False, header_style="bold")
    for title in state.msg("validasi_kolom_berkas").split("|"):
        files.add_column(title, overflow="fold")
    styles = {"ok": "green", "warning": "yellow", "error": "red", "unreadable": "red"}
    for sub in report.submissions:
        status = report.status(sub)
        files.add_row(
            safe_markup(sub.path),
            safe_markup(sub.kode_unit, CELL_LIMIT),
            str(sub.error_count),
            str(sub.warning_count),
            f"[{styles[status]}]{safe_markup(_status_word(state, report, sub.path, status))}"
            f"[/{styles[status]}]",
        )
    console.print(files)


def _print_issues(state: State, console: Console, issues: list[Issue]) -> None:
    """One table per file: sheet, cell, level, kode, message."""
    from rich.table import Table

    words = {t: state.msg(f"tingkat_{t}") for t in ("error", "warning")}
    titles = state.msg("validasi_kolom_masalah").split("|")
    current: str | None = None
    table: Table | None = None
    for issue in issues:
        if issue.file != current:
            if table is not None:
                console.print(table)
            current = issue.file
            console.print(safe_markup(issue.file), style="bold", soft_wrap=True)
            table = Table(header_style="bold", show_lines=False, pad_edge=False)
            for n, title in enumerate(titles):
                if n == len(titles) - 1:
                    table.add_column(title, overflow="fold", ratio=1, min_width=24)
                else:
                    table.add_column(title, overflow="fold", no_wrap=n < 3)
        assert table is not None
        style = "red" if issue.is_error else "yellow"
        table.add_row(
            safe_markup(issue.sheet, CELL_LIMIT),
            safe_markup(issue.cell, CELL_LIMIT),
            f"[{style}]{words[issue.tingkat]}[/{style}]",
            safe_markup(issue.kode, CELL_LIMIT),
            safe_markup(issue.pesan(state.lang)),
        )
    if table is not None:
        console.print(table)


def _print_totals(state: State, console: Console, report: ValidationReport) -> None:
    """The units that sent nothing, then the counts in the colour of the worst."""
    if report.missing_units:
        console.print(
            safe_markup(
                state.msg(
                    "validasi_unit_belum",
                    tahun=report.tahun,
                    daftar=", ".join(report.missing_units),
                )
            )
        )
    style = "red" if report.error_count else ("yellow" if report.warning_count else "green")
    mengubah = report.score_changing_warning_count
    console.print(
        safe_markup(
            state.msg(
                "validasi_ringkasan_nilai" if mengubah else "validasi_ringkasan",
                berkas=len(report.submissions),
                galat=report.error_count,
                peringatan=report.warning_count,
                mengubah=mengubah,
            )
        ),
        style=style,
    )


PathsArg = Annotated[
    list[Path],
    paths_argument(
        "Berkas atau folder berisi berkas kiriman (.xlsx, .xlsm, .xls, .ods, .csv); "
        "folder diperiksa beserta subfoldernya."
    ),
]
FormatOpt = Annotated[
    str,
    format_option(FORMATS, "table (tabel di stderr, bawaan), json atau csv (data di stdout)."),
]
UmpanBalikOpt = Annotated[
    Path | None,
    typer.Option(
        "--umpan-balik",
        help="Tulis salinan bertanda setiap berkas (<nama>-UMPAN-BALIK.xlsx) ke folder ini.",
        show_default=False,
    ),
]
TampilOpt = Annotated[
    int,
    typer.Option("--tampil", min=1, help="Paling banyak sekian masalah ditampilkan di tabel."),
]
PeriodeOpt = Annotated[
    str | None,
    periode_option(
        "Periksa juga kelengkapan realisasi untuk periode ini (TW1..TW4 atau tahunan): "
        "setiap baris yang belum dapat dinilai karena triwulan yang diperlukan kosong."
    ),
]


@command(db=False)
def validasi(
    state: State,
    paths: PathsArg,
    format: FormatOpt = "table",
    umpan_balik: UmpanBalikOpt = None,
    tampil: TampilOpt = DEFAULT_SHOWN,
    periode: PeriodeOpt = None,
    tanggal: TanggalPeriksaOpt = None,
) -> None:
    """Periksa berkas kiriman unit sel demi sel: setiap masalah disebut berkas, lembar, sel,
    kode dan cara memperbaikinya. Juga diperiksa antarberkas: NIP yang sama di dua unit,
    dua berkas untuk satu unit (yang lama dianggap digantikan), dan unit yang belum mengirim.

    Kode keluar: 0 tidak ada kesalahan (peringatan boleh), 1 ada kesalahan, 3 tidak satu pun
    berkas dapat dibaca atau PATH tidak ada.

    Dengan --periode, baris yang belum dapat dinilai untuk periode itu (triwulan yang
    diperlukan kosong) juga dilaporkan di selnya, seperti di lembar Masalah rekap.

    Contoh: kinerja validasi masuk/ --umpan-balik keluaran/umpan-balik
    """
    from kinerja_cli.api import issues_csv, issues_json, write_feedback_copies

    fmt = choose(format, FORMATS, "--format")
    if umpan_balik is not None:  # a file named as the folder: exit 2 before any reading
        from kinerja_cli.api import output_folder

        output_folder(umpan_balik)
    if periode is not None:  # the scoring rules are imported only when a period is asked
        from kinerja_cli.api import parse_periode

        periode = parse_periode(periode).value  # a wrong value is exit 2 before any reading
    day = output_date(tanggal)  # printed on feedback copies; no e-Kinerja pull date after it
    cfg = state.config()
    report = _validate(state, paths, cfg, periode, day)
    if not report.submissions:
        if not state.quiet:
            say_skipped(state, report.skipped)
        state.say("validasi_tidak_ada_berkas", path=", ".join(str(p) for p in paths))
        raise typer.Exit(EXIT_INPUT)
    print_summary(state, state.console, report, tampil)
    if fmt == "json":
        write_stdout(issues_json(report, state.lang, cfg))
    elif fmt == "csv":
        write_stdout(issues_csv(report, state.lang))
    failed: list[WriteFailure] = []
    if umpan_balik is not None:
        written, failed = write_feedback_copies(report, umpan_balik, cfg, day, state.lang)
        state.say("validasi_umpan_balik_ditulis", jumlah=len(written), dir=str(umpan_balik))
    report_failures(state, failed)
    if report.readable_count == 0:
        state.say("validasi_tidak_terbaca_semua")
        raise typer.Exit(EXIT_INPUT)
    if report.error_count or failed:
        raise typer.Exit(EXIT_DATA)


def _validate(
    state: State, paths: list[Path], cfg: Config, periode: str | None, day: date
) -> ValidationReport:
    """Validate ``paths`` with a progress bar naming the file being read."""
    from kinerja_cli.api import validate_paths

    year = state.year()
    with progress_bar(state, state.msg("validasi_kemajuan")) as update:

        def on_progress(done: int, total: int, path: str) -> None:
            name = safe_markup(Path(path).name, CELL_LIMIT)
            update(done, total, f"{safe_markup(state.msg('validasi_kemajuan'))} {name}")

        # Only the issues are shown: the SKP records stay in the workers.
        return validate_paths(
            paths,
            cfg,
            on_progress=on_progress,
            tahun=year,
            skp_records=False,
            periode=periode,
            hari_ini=day,
        )


def register(app: typer.Typer) -> None:
    app.command("validasi")(validasi)
    app.command("validate", hidden=True)(validasi)
