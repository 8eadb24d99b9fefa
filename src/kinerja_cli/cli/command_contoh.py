"""``kinerja contoh DIR`` (alias ``demo``): realistic filled example workbooks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.common import (
    State,
    choose,
    command,
    format_option,
    progress_each,
    safe_markup,
    stop_on_failures,
    unit_option,
)

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.examples import ExampleFile
    from kinerja_cli.safety.paths import WriteFailure

ORDER = 90

FORMATS = ("templat", "ekinerja")

DirArg = Annotated[
    Path, typer.Argument(metavar="DIR", help="Folder tujuan (dibuat bila belum ada).")
]
SeedOpt = Annotated[
    int,
    typer.Option(
        "--seed", metavar="N", help="Benih acak: seed yang sama menghasilkan isi yang sama."
    ),
]
UnitOpt = Annotated[
    list[str] | None,
    unit_option("Hanya unit ini; boleh diulang. Bawaan: semua unit di konfigurasi.", short=True),
]
FormatOpt = Annotated[
    str,
    format_option(
        FORMATS,
        "templat: berkas isian kinerja; ekinerja: unduhan e-Kinerja BKN (Laporan Penilaian "
        "SKP dan Laporan SKP per unit, dengan jebakan yang biasa).",
    ),
]


@command(db=False)
def contoh(
    state: State,
    directory: DirArg,
    seed: SeedOpt = 2026,
    unit: UnitOpt = None,
    format: FormatOpt = "templat",
) -> None:
    """Tulis contoh berkas isian yang sudah terisi, satu per unit, untuk dicoba.

    Pegawai dengan nama dan NIP yang wajar, SKP dengan target dan realisasi per triwulan,
    IKU dan rating. Sebagian unit sengaja berisi kesalahan yang biasa terjadi (NIP menjadi
    angka, koma desimal, "90%", kolom dipindah, judul kolom diganti, baris kosong, kode
    indikator salah, NIP ganda antarunit, simpan ulang .ods/.xls); semuanya dicatat di
    MANIFEST.json. Konfigurasi: --config bila diberikan, lalu config/indikator.yaml bila ada,
    selain itu contoh bawaan.

    --tahun untuk tahun sebelum tahun konfigurasi: pegawai yang sama dengan tahun
    konfigurasi; sebagian pegawai yang masuk daftar pembinaan tahun itu membaik, tetap, atau
    memburuk di tahun konfigurasi, dan ada yang sudah keluar dari unit (lihat kinerja tren
    --pembinaan setelah kedua tahun diimpor).

    Contoh: kinerja contoh contoh/masuk && kinerja validasi contoh/masuk

    Contoh: kinerja contoh --tahun 2025 contoh/2025 && kinerja impor --tahun 2025 contoh/2025

    Contoh: kinerja contoh --format ekinerja contoh/ekinerja
    """
    from kinerja_cli.api import check_out_dir, check_year

    check_out_dir(directory)
    fmt = choose(format, FORMATS, "--format")
    cfg = _config(state)
    year = state.tahun if state.tahun is not None else cfg.tahun
    check_year(cfg, year, ekinerja=fmt == "ekinerja")
    failed: list[WriteFailure] = []
    if fmt == "ekinerja":
        _ekinerja(state, cfg.for_year(year), directory, seed, failed)
    else:
        _workbooks(state, cfg, directory, seed, unit, year, failed)
    stop_on_failures(state, failed)


def _ekinerja(
    state: State, cfg: Config, directory: Path, seed: int, failed: list[WriteFailure]
) -> None:
    """``--format ekinerja``: the e-Kinerja exports of every unit, with their manifest."""
    from kinerja_cli.api import EKINERJA_MANIFEST, write_ekinerja_exports

    written = write_ekinerja_exports(cfg, directory, seed=seed, failed=failed)
    state.say(
        "contoh_ekinerja_selesai",
        jumlah=len(written),
        dir=str(directory),
        manifest=EKINERJA_MANIFEST,
    )


def _workbooks(
    state: State,
    cfg: Config,
    directory: Path,
    seed: int,
    unit: list[str] | None,
    year: int,
    failed: list[WriteFailure],
) -> None:
    """The filled plan workbooks of the ``--unit`` units (else all), one line each, and the
    manifest of the mistakes they hold."""
    from kinerja_cli.api import MANIFEST_NAME, generate_examples, resolve_unit

    codes = None
    if unit:
        codes = list(dict.fromkeys(resolve_unit(cfg, kode).kode for kode in unit))
    total = len(codes) if codes is not None else len(cfg.unit)
    state.say(
        "contoh_mulai",
        jumlah=total,
        instansi=cfg.instansi,
        tahun=year,
        seed=seed,
        dir=str(directory),
    )
    with progress_each(state, state.msg("contoh_menulis"), total, _line(state)) as on_progress:
        files = generate_examples(
            cfg,
            directory,
            seed=seed,
            units=codes,
            on_progress=on_progress,
            tahun=year,
            failed=failed,
        )
    if not state.quiet:
        for f in files:
            if f.note:
                state.console.print(safe_markup(f.note), style="yellow")
    done = {"jumlah": len(files), "manifest": MANIFEST_NAME, "dir": str(directory)}
    if year == cfg.tahun:
        state.say("contoh_selesai", **done)
    else:
        state.say("contoh_selesai_tahun", tahun=year, **done)


def _config(state: State) -> Config:
    """--config (or KINERJA_CONFIG) when given, else config/indikator.yaml when it exists,
    else the bundled example config; always as written (its own year: ``--tahun`` names the
    earlier year the examples are made for, never the config's)."""
    if state.config_path is not None or state.resolved_config_path.is_file():
        from kinerja_cli.api import load_config

        return load_config(state.resolved_config_path)
    from kinerja_cli.api import bundled_config_text, parse_config_text

    return parse_config_text(bundled_config_text(), source="indikator.yaml (bawaan)")


def _line(state: State) -> Callable[[int, int, ExampleFile], None]:
    """The line said of each example file written: its unit, size and deliberate mistakes."""

    def said(done: int, total: int, f: ExampleFile) -> None:
        common = {
            "no": done,
            "jumlah": total,
            "berkas": f.path.name,
            "unit": f.unit,
            "pegawai": f.pegawai,
            "baris": f.skp_rows,
        }
        if f.mistakes:
            names = ", ".join(dict.fromkeys(m.mistake for m in f.mistakes))
            state.say("contoh_berkas_salah", daftar=names, **common)
        else:
            state.say("contoh_berkas_bersih", **common)

    return said


def register(app: typer.Typer) -> None:
    app.command("contoh")(contoh)
    app.command("demo", hidden=True)(contoh)
