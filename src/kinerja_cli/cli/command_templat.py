"""``kinerja templat`` (alias ``template``): blank workbooks per unit from the config."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.common import State, command, progress_each, stop_on_failures, unit_option

if TYPE_CHECKING:
    from kinerja_cli.safety.paths import WriteFailure

ORDER = 20

DEFAULT_OUT = Path("keluaran") / "templat"
"""Default output folder, relative to the current folder (the workspace of ``kinerja init``)."""

UnitOpt = Annotated[
    list[str] | None,
    unit_option("Kode unit; boleh diulang. Bawaan: semua unit di konfigurasi.", short=True),
]
KeluaranOpt = Annotated[
    Path,
    typer.Option(
        "--keluaran",
        "-o",
        metavar="DIR",
        help="Folder tujuan (dibuat bila belum ada; berkas lama ditimpa).",
        show_default="keluaran/templat",
    ),
]


@command(db=False)
def templat(state: State, unit: UnitOpt = None, keluaran: KeluaranOpt = DEFAULT_OUT) -> None:
    """Tulis templat isian kosong (RENCANA-<KODE>-<TAHUN>.xlsx) untuk setiap unit.

    Satu berkas per unit, dari konfigurasi indikator: lembar Petunjuk, Identitas, IKU,
    Pegawai dan SKP, sel isian berwarna, daftar pilihan dan validasi angka. Kirim berkas ini
    ke unit masing-masing untuk diisi.

    Contoh: kinerja templat --unit DINKES --unit DISDIK -o keluaran/templat
    """
    from kinerja_cli.api import output_folder, resolve_unit, write_templates

    output_folder(keluaran)
    cfg = state.same_year(state.config())
    codes = None
    if unit:
        codes = [resolve_unit(cfg, kode).kode for kode in unit]
    total = len(dict.fromkeys(codes)) if codes is not None else len(cfg.unit)
    failed: list[WriteFailure] = []

    def said(done: int, total: int, path: Path) -> None:
        state.say("cli_berkas_ditulis", path=str(path))

    with progress_each(state, state.msg("templat_menulis"), total, said) as on_progress:
        paths = write_templates(cfg, keluaran, codes, on_progress=on_progress, failed=failed)
    state.say("cli_templat_selesai", jumlah=len(paths), dir=str(keluaran))
    stop_on_failures(state, failed)


def register(app: typer.Typer) -> None:
    app.command("templat")(templat)
    app.command("template", hidden=True)(templat)
