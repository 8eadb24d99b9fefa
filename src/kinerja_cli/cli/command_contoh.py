"""``kinerja contoh DIR`` (alias ``demo``): realistic filled example workbooks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.common import (
    EXIT_DATA,
    State,
    choose,
    command,
    format_option,
    progress_bar,
    report_failures,
)

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.examples import ExampleFile
    from kinerja_cli.safety.paths import WriteFailure

ORDER = 90

FORMATS = ("templat", "ekinerja")


@command(db=False)
def contoh(
    state: State,
    directory: Annotated[
        Path, typer.Argument(metavar="DIR", help="Folder tujuan (dibuat bila belum ada).")
    ],
    seed: Annotated[
        int,
        typer.Option(
            "--seed", metavar="N", help="Benih acak: seed yang sama menghasilkan isi yang sama."
        ),
    ] = 2026,
    unit: Annotated[
        list[str] | None,
        typer.Option(
            "--unit",
            "-u",
            metavar="KODE",
            help="Hanya unit ini; boleh diulang. Bawaan: semua unit di konfigurasi.",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        str,
        format_option(
            FORMATS,
            "templat: berkas isian kinerja; ekinerja: unduhan e-Kinerja BKN (Laporan Penilaian "
            "SKP dan Laporan SKP per unit, dengan jebakan yang biasa).",
        ),
    ] = "templat",
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
    from kinerja_cli.api import check_out_dir, check_year, resolve_unit

    check_out_dir(directory)
    fmt = choose(format, FORMATS, "--format")
    cfg = _config(state)
    year = state.tahun if state.tahun is not None else cfg.tahun
    check_year(cfg, year, ekinerja=fmt == "ekinerja")
    failed: list[WriteFailure] = []
    if fmt == "ekinerja":
        from kinerja_cli.api import EKINERJA_MANIFEST, write_ekinerja_exports

        written = write_ekinerja_exports(cfg.for_year(year), directory, seed=seed, failed=failed)
        state.say(
            "contoh_ekinerja_selesai",
            jumlah=len(written),
            dir=str(directory),
            manifest=EKINERJA_MANIFEST,
        )
        _failures(state, failed)
        return
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
    files = _write(state, cfg, directory, seed, codes, total, year, failed)
    for f in files:
        if f.note:
            _warn(state, f.note)
    from kinerja_cli.api import MANIFEST_NAME

    if year == cfg.tahun:
        state.say("contoh_selesai", jumlah=len(files), manifest=MANIFEST_NAME, dir=str(directory))
    else:
        state.say(
            "contoh_selesai_tahun",
            jumlah=len(files),
            manifest=MANIFEST_NAME,
            dir=str(directory),
            tahun=year,
        )
    _failures(state, failed)


def _failures(state: State, failed: list[WriteFailure]) -> None:
    """Each file that could not be written (the others were), then exit 1."""
    report_failures(state, failed)
    if failed:
        raise typer.Exit(EXIT_DATA)


def _warn(state: State, text: str) -> None:
    if not state.quiet:
        from kinerja_cli.cli.common import safe_markup

        state.console.print(safe_markup(text), style="yellow")


def _config(state: State) -> Config:
    """--config (or KINERJA_CONFIG) when given, else config/indikator.yaml when it exists,
    else the bundled example config; always as written (its own year: ``--tahun`` names the
    earlier year the examples are made for, never the config's)."""
    if state.config_path is not None or state.resolved_config_path.is_file():
        from kinerja_cli.api import load_config

        return load_config(state.resolved_config_path)
    from kinerja_cli.api import bundled_config_text, parse_config_text

    return parse_config_text(bundled_config_text(), source="indikator.yaml (bawaan)")


def _line(state: State, done: int, total: int, f: ExampleFile) -> None:
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


def _write(
    state: State,
    cfg: Config,
    out: Path,
    seed: int,
    codes: list[str] | None,
    total: int,
    year: int,
    failed: list[WriteFailure],
) -> list[ExampleFile]:
    from kinerja_cli.api import generate_examples

    with progress_bar(state, state.msg("contoh_menulis"), total) as advance:

        def on_progress(done: int, all_: int, f: ExampleFile) -> None:
            advance(done)
            _line(state, done, all_, f)

        return generate_examples(
            cfg, out, seed=seed, units=codes, on_progress=on_progress, tahun=year, failed=failed
        )


def register(app: typer.Typer) -> None:
    app.command("contoh")(contoh)
    app.command("demo", hidden=True)(contoh)
