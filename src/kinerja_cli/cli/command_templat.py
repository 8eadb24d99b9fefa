"""``kinerja templat`` (alias ``template``): blank workbooks per unit from the config."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.common import (
    EXIT_DATA,
    State,
    command,
    progress_bar,
    report_failures,
)

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.safety.paths import WriteFailure

ORDER = 20

DEFAULT_OUT = Path("keluaran") / "templat"
"""Default output folder, relative to the current folder (the workspace of ``kinerja init``)."""


@command(db=False)
def templat(
    state: State,
    unit: Annotated[
        list[str] | None,
        typer.Option(
            "--unit",
            "-u",
            metavar="KODE",
            help="Kode unit; boleh diulang. Bawaan: semua unit di konfigurasi.",
            show_default=False,
        ),
    ] = None,
    keluaran: Annotated[
        Path,
        typer.Option(
            "--keluaran",
            "-o",
            metavar="DIR",
            help="Folder tujuan (dibuat bila belum ada; berkas lama ditimpa).",
            show_default="keluaran/templat",
        ),
    ] = DEFAULT_OUT,
) -> None:
    """Tulis templat isian kosong (RENCANA-<KODE>-<TAHUN>.xlsx) untuk setiap unit.

    Satu berkas per unit, dari konfigurasi indikator: lembar Petunjuk, Identitas, IKU,
    Pegawai dan SKP, sel isian berwarna, daftar pilihan dan validasi angka. Kirim berkas ini
    ke unit masing-masing untuk diisi.

    Contoh: kinerja templat --unit DINKES --unit DISDIK -o keluaran/templat
    """
    from kinerja_cli.api import output_folder, resolve_unit

    output_folder(keluaran)
    cfg = state.same_year(state.config())
    codes = None
    if unit:
        codes = [resolve_unit(cfg, kode).kode for kode in unit]
    total = len(dict.fromkeys(codes)) if codes is not None else len(cfg.unit)
    failed: list[WriteFailure] = []
    paths = _write(state, cfg, keluaran, codes, total, failed)
    state.say("cli_templat_selesai", jumlah=len(paths), dir=str(keluaran))
    report_failures(state, failed)
    if failed:
        raise typer.Exit(EXIT_DATA)


def _write(
    state: State,
    cfg: Config,
    out: Path,
    codes: list[str] | None,
    total: int,
    failed: list[WriteFailure],
) -> list[Path]:
    from kinerja_cli.api import write_templates

    with progress_bar(state, state.msg("templat_menulis"), total) as update:

        def on_progress(done: int, _total: int, path: Path) -> None:
            update(done)
            state.say("cli_berkas_ditulis", path=str(path))

        return write_templates(cfg, out, codes, on_progress=on_progress, failed=failed)


def register(app: typer.Typer) -> None:
    app.command("templat")(templat)
    app.command("template", hidden=True)(templat)
