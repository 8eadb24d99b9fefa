"""The columns of an e-Kinerja export: which are read, which tell each kind of export, and
the header row as a :class:`~kinerja_cli.validate.tables.Table` keyed by column name."""

from __future__ import annotations

from typing import Any

from kinerja_cli import layout
from kinerja_cli.readers.base import RawSheet
from kinerja_cli.validate.tables import Table, header_text

SCAN_ROWS = 20
"""The header row is looked for within this many rows (as the known rekap tools do)."""

PENILAIAN = "penilaian"
SKP = "skp"

PENILAIAN_REQUIRED = (
    "nip",
    "nama",
    "skp_unor_induk",
    "hasil_kerja",
    "perilaku_kerja",
    "hasil_akhir",
)
PENILAIAN_OPTIONAL = (
    "no",
    "id",
    "skp_unor",
    "skp_jabatan",
    "golru",
    "jenis_pegawai",
    "skp_jenis_jabatan",
    "is_skp_plt_plh_pjb",
)
SKP_REQUIRED = ("id", "nip", "nama", "skp_unor_induk", "skp_status", "periode_akhir")
SKP_OPTIONAL = ("skp_jabatan", "skp_unor", "is_plt_plh")
SIGNATURE = {PENILAIAN: ("hasil_akhir", "hasil_kerja"), SKP: ("skp_status", "periode_akhir")}
PLT_COLUMN = {PENILAIAN: "is_skp_plt_plh_pjb", SKP: "is_plt_plh"}


def kind_name(kind: str) -> str:
    return "Laporan Penilaian SKP" if kind == PENILAIAN else "Laporan SKP"


def column_name(value: Any) -> str:
    return "_".join(str(value).strip().lower().split()) if isinstance(value, str) else ""


def canon(name: str) -> str:
    """The table key of an export column (``nip`` is the NIP column every check knows)."""
    return layout.COL_NIP if name == "nip" else name


def export_table(sheet: RawSheet, header_row: int, wanted: tuple[str, ...]) -> Table:
    cols: dict[str, int] = {}
    headers: dict[str, str] = {}
    for c, v in enumerate(sheet.rows[header_row - 1], start=1):
        key = column_name(v)
        key_canon = canon(key)
        if (key in wanted) and key_canon not in cols:
            cols[key_canon] = c
            headers[key_canon] = header_text(v)
    return Table(
        sheet=sheet, header_row=header_row, data_start=header_row + 1, cols=cols, headers=headers
    )
