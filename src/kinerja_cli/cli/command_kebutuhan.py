"""``kinerja kebutuhan`` (alias ``needs``): development needs from competencies (issue 13)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.common import (
    DataOutputOpt,
    State,
    TanggalOpt,
    UnitsOpt,
    choose,
    command,
    emit,
    format_option,
    output_date,
    refuse_output_for_table,
)
from kinerja_cli.cli.stores import chosen_units, load_needs, load_result, stop_if_no_data
from kinerja_cli.cli.tables import print_text_table

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.scoring.needs import Needs

ORDER = 84

FORMATS = ("table", "json", "csv", "xlsx")
SHOWN = 40
"""Gaps printed in the terminal table (all of them in json, csv and xlsx)."""

FormatOpt = Annotated[
    str,
    format_option(
        FORMATS,
        "table (layar, stderr), json atau csv (stdout, atau -o), xlsx (buku kerja, -o "
        "atau KEBUTUHAN-PENGEMBANGAN-<TAHUN>.xlsx).",
    ),
]


@command()
def kebutuhan(
    state: State,
    unit: UnitsOpt = None,
    format: FormatOpt = "table",
    output: DataOutputOpt = None,
    tanggal: TanggalOpt = None,
) -> None:
    """Kebutuhan pengembangan kompetensi dari penyimpanan: per pegawai dan kompetensi
    kesenjangannya (standar jabatan dikurangi level hasil penilaian), prioritasnya (daftar
    pembinaan dulu, lalu kesenjangan 2 level atau lebih, lalu indikator terkait yang
    capaiannya rendah), pelatihan yang disarankan dengan jumlah peserta dan kelas, dan
    catatan (jabatan tanpa standar, pegawai belum dinilai, JP di bawah minimum).

    Kode keluar 0, 1 bila belum ada berkas untuk tahun itu, 2 bila konfigurasi tidak memuat
    kompetensi.

    Contoh: kinerja kebutuhan --format xlsx -o KEBUTUHAN-PENGEMBANGAN-2026.xlsx
    """
    from kinerja_cli.api import NEED_FIELDS, UsageError, need_rows, rows_to_csv, rows_to_json

    fmt = choose(format, FORMATS, "--format")
    refuse_output_for_table(fmt, output)
    cfg = state.config()
    if not cfg.kompetensi:
        raise UsageError("kebutuhan_tanpa_kompetensi", path=str(state.resolved_config_path))
    result = load_result(state, "tahunan")
    needs = load_needs(state, result, set(chosen_units(state, result, unit)) or None)
    assert needs is not None  # the config has competencies (checked above)
    if fmt in ("json", "csv"):
        rows = need_rows(needs)
        text = rows_to_json(rows) if fmt == "json" else rows_to_csv(rows, NEED_FIELDS)
        emit(state, text, output, fmt)
    elif fmt == "xlsx":
        _write_xlsx(state, needs, cfg, output, tanggal)
    else:
        _print_table(state, needs)
    state.say("kebutuhan_ringkasan", **needs.counts())


def _write_xlsx(
    state: State, needs: Needs, cfg: Config, output: Path | None, tanggal: str | None
) -> None:
    """The workbook (none of an empty store)."""
    from kinerja_cli.api import needs_default_name, write_needs_xlsx

    stop_if_no_data(state)
    path = write_needs_xlsx(
        needs,
        cfg,
        output or needs_default_name(needs.tahun),
        tanggal=output_date(tanggal),
        lang=state.lang,
    )
    state.say("kebutuhan_ditulis", path=str(path))


def _print_table(state: State, needs: Needs) -> None:
    """The first :data:`SHOWN` gaps, most urgent first."""
    print_text_table(
        state,
        state.msg("kebutuhan_judul_tabel", tahun=needs.tahun),
        state.msg("kebutuhan_kolom_tabel").split("|"),
        [
            [
                state.msg(f"kebutuhan_prioritas_{n.prioritas}"),
                n.unit,
                n.nip,
                n.nama or "-",
                f"{n.kompetensi} {n.nama_kompetensi}",
                str(n.standar),
                str(n.level),
                str(n.gap),
                ", ".join(n.indikator_terkait) or "-",
            ]
            for n in needs.needs[:SHOWN]
        ],
        [False, False, False, False, False, True, True, True, False],
    )


def register(app: typer.Typer) -> None:
    app.command("kebutuhan")(kebutuhan)
    app.command("needs", hidden=True)(kebutuhan)
