"""``kinerja impor PATH...`` (alias ``ingest``): validate each file and store it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.common import (
    EXIT_DATA,
    TABLE_JSON,
    HariIniOpt,
    State,
    TableJsonFormatOpt,
    choose,
    command,
    output_date,
    paths_argument,
    progress_bar,
    say_skipped,
    write_stdout,
)
from kinerja_cli.cli.stores import open_store, print_result

if TYPE_CHECKING:
    from kinerja_cli.store import IngestResult
    from kinerja_cli.validate import Skipped

ORDER = 40

FORMATS = TABLE_JSON


PathsArg = Annotated[
    list[Path],
    paths_argument(
        "Berkas atau folder berisi berkas kiriman (.xlsx, .xlsm, .xls, .ods, .csv).",
        metavar="PATH",
    ),
]


@command()
def impor(
    state: State,
    paths: PathsArg,
    format: TableJsonFormatOpt = "table",
    tanggal: HariIniOpt = None,
) -> None:
    """Validasi lalu simpan setiap berkas kiriman ke penyimpanan lokal (kinerja.db).

    Berkas yang isinya sudah pernah disimpan dilewati; berkas baru untuk unit dan tahun yang
    sama menjadi versi yang berlaku dan versi lama tetap tersimpan; berkas dengan kesalahan
    struktur disimpan apa adanya tetapi tidak dihitung. Satu berkas rusak tidak menghentikan
    yang lain. Kode keluar 1 bila ada berkas yang berisi kesalahan. Ekspor e-Kinerja yang
    "Data ditarik pada"-nya sesudah hari ini (atau --tanggal) disimpan tetapi tidak dihitung.

    Contoh: kinerja impor masuk/
    """
    from kinerja_cli.api import IngestStatus, expand_paths, ingest_paths

    fmt = choose(format, FORMATS, "--format")
    day = output_date(tanggal)
    cfg = state.config()
    year = state.year()
    console = state.console
    skipped: list[Skipped] = []
    # The inputs first: a path that does not exist (exit 3) or nothing to import leaves no
    # store behind (it used to create an empty kinerja.db).
    files = expand_paths(paths, skipped=skipped)
    if not files:
        say_skipped(state, skipped)
        if fmt == "json":
            write_stdout("[]")
        state.say("impor_tidak_ada_berkas")
        return
    with (
        open_store(state, create=True) as store,
        progress_bar(state, state.msg("impor_kemajuan")) as update,
    ):

        def on_progress(done: int, total: int, r: IngestResult) -> None:
            update(done, total)
            if fmt == "table":
                print_result(state, console, r)

        results = ingest_paths(
            store, files, cfg, on_progress=on_progress, tahun=year, skipped=[], hari_ini=day
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
