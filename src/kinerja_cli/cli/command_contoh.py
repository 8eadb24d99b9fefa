"""``kinerja contoh DIR`` (alias ``demo``): realistic filled example workbooks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.common import (
    State,
    command,
    progress_bar,
)

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.examples import ExampleFile

ORDER = 90


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
) -> None:
    """Tulis contoh berkas isian yang sudah terisi, satu per unit, untuk dicoba.

    Pegawai dengan nama dan NIP yang wajar, SKP dengan target dan realisasi per triwulan,
    IKU dan rating. Sebagian unit sengaja berisi kesalahan yang biasa terjadi (NIP menjadi
    angka, koma desimal, "90%", kolom dipindah, judul kolom diganti, baris kosong, kode
    indikator salah, NIP ganda antarunit, simpan ulang .ods/.xls); semuanya dicatat di
    MANIFEST.json. Konfigurasi: --config bila diberikan, lalu config/indikator.yaml bila ada,
    selain itu contoh bawaan.

    Contoh: kinerja contoh contoh/masuk && kinerja validasi contoh/masuk
    """
    from kinerja_cli.api import check_out_dir, resolve_unit

    check_out_dir(directory)
    cfg = state.same_year(_config(state))
    codes = None
    if unit:
        codes = list(dict.fromkeys(resolve_unit(cfg, kode).kode for kode in unit))
    total = len(codes) if codes is not None else len(cfg.unit)
    state.say(
        "contoh_mulai",
        jumlah=total,
        instansi=cfg.instansi,
        tahun=cfg.tahun,
        seed=seed,
        dir=str(directory),
    )
    files = _write(state, cfg, directory, seed, codes, total)
    for f in files:
        if f.note:
            _warn(state, f.note)
    from kinerja_cli.api import MANIFEST_NAME

    state.say("contoh_selesai", jumlah=len(files), manifest=MANIFEST_NAME, dir=str(directory))


def _warn(state: State, text: str) -> None:
    if not state.quiet:
        from kinerja_cli.cli.common import safe_markup

        state.console.print(safe_markup(text), style="yellow")


def _config(state: State) -> Config:
    """--config (or KINERJA_CONFIG) when given, else config/indikator.yaml when it exists,
    else the bundled example config."""
    if state.config_path is not None or state.resolved_config_path.is_file():
        return state.config()
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
    state: State, cfg: Config, out: Path, seed: int, codes: list[str] | None, total: int
) -> list[ExampleFile]:
    from kinerja_cli.api import generate_examples

    with progress_bar(state, state.msg("contoh_menulis"), total) as advance:

        def on_progress(done: int, all_: int, f: ExampleFile) -> None:
            advance(done)
            _line(state, done, all_, f)

        return generate_examples(cfg, out, seed=seed, units=codes, on_progress=on_progress)


def register(app: typer.Typer) -> None:
    app.command("contoh")(contoh)
    app.command("demo", hidden=True)(contoh)
