"""``kinerja impor PATH...`` (alias ``ingest``): validate each file and store it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.command_status import FormatOpt, check_format, open_store
from kinerja_cli.cli.common import (
    CELL_LIMIT,
    EXIT_DATA,
    ConfigOpt,
    DbOpt,
    DebugOpt,
    LangOpt,
    QuietOpt,
    State,
    TahunOpt,
    guard,
    progress_bar,
    safe_markup,
    say_skipped,
    state_from,
    write_stdout,
)

if TYPE_CHECKING:
    from rich.console import Console

    from kinerja_cli.store import IngestResult
    from kinerja_cli.validate import Skipped

ORDER = 40


def result_line(state: State, r: IngestResult) -> str:
    """The one line a person reads about one file."""
    from kinerja_cli.store import IngestStatus

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


def impor(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Berkas atau folder berisi berkas kiriman (.xlsx, .xlsm, .xls, .ods, .csv).",
            show_default=False,
            metavar="PATH",
        ),
    ],
    format: FormatOpt = "table",
    config: ConfigOpt = None,
    db: DbOpt = None,
    tahun: TahunOpt = None,
    quiet: QuietOpt = None,
    lang: LangOpt = None,
    debug: DebugOpt = None,
) -> None:
    """Validasi lalu simpan setiap berkas kiriman ke penyimpanan lokal (kinerja.db).

    Berkas yang isinya sudah pernah disimpan dilewati; berkas baru untuk unit dan tahun yang
    sama menjadi versi yang berlaku dan versi lama tetap tersimpan; berkas dengan kesalahan
    struktur disimpan apa adanya tetapi tidak dihitung. Satu berkas rusak tidak menghentikan
    yang lain. Kode keluar 1 bila ada berkas yang berisi kesalahan.

    Contoh: kinerja impor masuk/
    """
    state = state_from(ctx, config=config, db=db, tahun=tahun, quiet=quiet, lang=lang, debug=debug)
    with guard(state):
        from kinerja_cli.store import IngestStatus, ingest_paths

        fmt = check_format(state, format, ("table", "json"))
        cfg = state.config()
        year = state.year()
        console = state.console
        skipped: list[Skipped] = []
        with (
            open_store(state, create=True) as store,
            progress_bar(state, state.msg("impor_kemajuan")) as update,
        ):

            def on_progress(done: int, total: int, r: IngestResult) -> None:
                update(done, total)
                if fmt == "table":
                    print_result(state, console, r)

            results = ingest_paths(
                store, paths, cfg, on_progress=on_progress, tahun=year, skipped=skipped
            )
        say_skipped(state, skipped)
        if fmt == "json":
            write_stdout(
                json.dumps([r.to_dict(state.lang) for r in results], ensure_ascii=False, indent=2)
            )
        if not results:
            state.say("impor_tidak_ada_berkas")
            return
        count = {s: sum(1 for r in results if r.status is s) for s in IngestStatus}
        state.say(
            "impor_ringkasan",
            jumlah=len(results),
            baru=count[IngestStatus.NEW],
            menggantikan=count[IngestStatus.SUPERSEDING],
            lebih_lama=count[IngestStatus.OLDER],
            duplikat=count[IngestStatus.DUPLICATE],
            tidak_dihitung=count[IngestStatus.NOT_COUNTED],
            gagal=count[IngestStatus.FAILED],
            db=str(state.resolved_db_path),
        )
        if any(r.has_errors for r in results):
            state.say("impor_ada_kesalahan")
            raise typer.Exit(EXIT_DATA)


def register(app: typer.Typer) -> None:
    app.command("impor")(impor)
    app.command("ingest", hidden=True)(impor)
