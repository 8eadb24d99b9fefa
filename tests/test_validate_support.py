"""Shared helpers of the validation tests: a REAL generated template, filled with openpyxl the
way a dinas fills it, and small utilities. (Named test_* so it lives with its tests; the few
tests here check the helpers themselves.)"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kinerja_cli import layout as L

UNIT = "DISDUKCAPIL"
HEADER_ROW = 4
FIRST_ROW = 5


def nip(i: int, gender: int = 1) -> str:
    """A valid 18-digit NIP, different for each ``i``."""
    year = 1970 + i % 25
    month = 1 + i % 12
    day = 1 + i % 28
    tmt_year = year + 25
    return f"{year}{month:02d}{day:02d}{tmt_year}{1 + i % 12:02d}{gender}{i % 1000:03d}"


@dataclass
class Filled:
    """A filled template: its path and where things were put (1-based rows)."""

    path: Path
    pegawai_rows: dict[str, int] = field(default_factory=dict)
    """NIP -> Pegawai row."""
    skp_rows: list[tuple[str, str, int]] = field(default_factory=list)
    """(NIP, kode, SKP row)."""
    iku_rows: dict[str, int] = field(default_factory=dict)
    nip_kepala: str = ""


def columns(ws: Any, header_row: int = HEADER_ROW) -> dict[str, int]:
    """Contract header -> 1-based column of a sheet (found by text, like the validator)."""
    out: dict[str, int] = {}
    for cell in ws[header_row]:
        canon = L.canonical_header(cell.value) if isinstance(cell.value, str) else None
        if canon and canon not in out:
            out[canon] = cell.column
    return out


def identitas_row(ws: Any, label: str) -> int:
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == label:
            return row[0].row
    raise KeyError(label)


def example_value(ind: Any, quarter: int) -> float:
    """A plausible realisasi for an indicator (inside its batas, and a plausible capaian:
    quarters of a ``jumlah`` indicator add up to about its annual target, within
    ``penilaian.capaian_wajar``)."""
    hi = ind.batas.max if ind.batas and ind.batas.max is not None else 1000
    if ind.agregasi == "jumlah":
        return float(5 + quarter) if hi >= 30 else example_target(ind) / 4
    return float(min(hi, 10 + 5 * quarter)) if hi >= 30 else float(max(1, hi // 2))


def example_target(ind: Any) -> float:
    hi = ind.batas.max if ind.batas and ind.batas.max is not None else 1000
    return float(min(hi, 30)) if hi >= 30 else float(max(1, hi // 2))


def fill_template(
    config: Any,
    folder: Path,
    unit: str = UNIT,
    *,
    employees: int = 3,
    name: str | None = None,
    tanggal: dt.date | None = dt.date(2026, 11, 20),
    edit: Any = None,
    nip_start: int | None = None,
) -> Filled:
    """Write the unit's template into ``folder`` and fill it completely and correctly.

    ``edit(wb, filled)`` may change the workbook before it is saved (to plant a defect).
    NIPs are ``nip(nip_start + i)``; by default each unit of the config gets its own range.
    """
    from openpyxl import load_workbook

    from kinerja_cli.template import write_template

    path = folder / (name or L.template_filename(unit, config.tahun))
    write_template(config, unit, path)
    wb = load_workbook(path)
    filled = Filled(path=path)

    ident = wb[L.SHEET_IDENTITAS]
    if nip_start is None:
        nip_start = 1 + 100 * [u.kode for u in config.unit].index(unit)
    filled.nip_kepala = nip(nip_start, gender=2)  # the first employee (see below)
    ident.cell(row=identitas_row(ident, L.ID_NAMA_KEPALA), column=2).value = "Budi Santoso"
    ident.cell(row=identitas_row(ident, L.ID_NIP_KEPALA), column=2).value = filled.nip_kepala
    if tanggal is not None:
        ident.cell(row=identitas_row(ident, L.ID_TANGGAL), column=2).value = tanggal

    iku = wb[L.SHEET_IKU]
    ic = columns(iku)
    row = FIRST_ROW
    while iku.cell(row=row, column=ic[L.COL_KODE]).value:
        kode = iku.cell(row=row, column=ic[L.COL_KODE]).value
        ind = config.indicators_by_code[kode]
        filled.iku_rows[kode] = row
        for q, col in enumerate(L.COL_REALISASI, start=1):
            iku.cell(row=row, column=ic[col]).value = example_value(ind, q)
        row += 1

    peg = wb[L.SHEET_PEGAWAI]
    pc = columns(peg)
    skp = wb[L.SHEET_SKP]
    sc = columns(skp)
    skp_inds = config.indicators_for(unit, "pegawai")
    srow = FIRST_ROW
    for i in range(1, employees + 1):
        n = nip(nip_start + i - 1, gender=1 + i % 2)
        prow = FIRST_ROW + i - 1
        filled.pegawai_rows[n] = prow
        values = {
            L.COL_NIP: n,
            L.COL_NAMA: f"Pegawai Nomor {i}",
            L.COL_JABATAN: "Analis",
            L.COL_GOLONGAN: "III/a",
            L.COL_RATING_PERILAKU: "Sesuai Ekspektasi",
        }
        for key, value in values.items():
            peg.cell(row=prow, column=pc[key]).value = value
        weights = _weights(skp_inds)
        for ind, w in zip(skp_inds, weights, strict=True):
            cells = {
                L.COL_NIP: n,
                L.COL_NAMA: f"Pegawai Nomor {i}",
                L.COL_KODE: ind.kode,
                L.COL_TARGET: example_target(ind),
                L.COL_BOBOT: w,
            }
            for q, col in enumerate(L.COL_REALISASI, start=1):
                cells[col] = example_value(ind, q)
            for key, value in cells.items():
                skp.cell(row=srow, column=sc[key]).value = value
            filled.skp_rows.append((n, ind.kode, srow))
            srow += 1
        if L.SHEET_KOMPETENSI in wb.sheetnames:  # a config with competencies: assessed too
            kom = wb[L.SHEET_KOMPETENSI]
            heads = {kom.cell(4, c).value: c for c in range(1, kom.max_column + 1)}
            kom.cell(prow, heads[L.COL_NIP]).value = n
            kom.cell(prow, heads[L.COL_NAMA]).value = f"Pegawai Nomor {i}"
            for comp in config.competencies_for(unit):
                kom.cell(prow, heads[comp.kode]).value = 3
            kom.cell(prow, heads[L.COL_METODE]).value = "asesmen"
            kom.cell(prow, heads[L.COL_JP]).value = 24
    if edit is not None:
        edit(wb, filled)
    wb.save(path)
    return filled


def small(config: Any, pegawai: int = 10, skp: int = 20, iku: int = 0) -> Any:
    """``config`` with few empty template rows: fast to fill and save in tests."""
    from kinerja_cli.config import TemplatOptions

    return config.model_copy(
        update={"templat": TemplatOptions(baris_pegawai=pegawai, baris_skp=skp, baris_iku=iku)}
    )


def _weights(indicators: list[Any]) -> list[float]:
    n = len(indicators)
    base = [round(100 / n, 2)] * n
    base[-1] = round(100 - sum(base[:-1]), 2)
    return base


def read(path: Path, name: str | None = None) -> Any:
    """The file as the validator's reader sees it."""
    from kinerja_cli.readers import read_workbook

    return read_workbook(path, display_name=name or path.name)


def kodes(sub: Any) -> list[tuple[str | None, str | None, str]]:
    """(sheet, cell, kode) of every issue."""
    return [(i.sheet, i.cell, i.kode) for i in sub.issues]


def test_nip_helper_gives_valid_distinct_nips():
    from kinerja_cli.values import check_nip

    made = {nip(i, 1 + i % 2) for i in range(1, 300)}
    assert len(made) == 299
    assert all(check_nip(n).ok for n in made)
