"""The workbook half of ``kinerja contoh``: fill a unit's real template with its example data,
plant the planned mistakes at real cells, save deterministically, re-save as ``.ods``/``.xls``
with LibreOffice, and keep ``MANIFEST.json``. The data comes from :mod:`kinerja_cli.examples`.
"""

from __future__ import annotations

import itertools
import json
import subprocess
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli.examples.units import (
    BARIS_KOSONG,
    EXPECTED_KODE,
    JUDUL_KOLOM_DIGANTI,
    KODE_TAK_DIKENAL,
    KOLOM_DIPINDAH,
    KOMA_DESIMAL,
    KOMPETENSI_BELUM,
    KOMPETENSI_JP,
    KOMPETENSI_LEVEL,
    KOMPETENSI_NIP,
    MANIFEST_NAME,
    MANIFEST_VERSION,
    NIP_ANGKA,
    NIP_GANDA_ANTARUNIT,
    PERSEN_TEKS,
    SIMPAN_ULANG_ODS,
    SIMPAN_ULANG_XLS,
    ExampleFile,
    ExampleUnit,
    Number,
    PlantedMistake,
)

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from kinerja_cli.config import Config, Indikator


def write_unit(
    config: Config,
    unit: ExampleUnit,
    by_code: dict[str, ExampleUnit],
    folder: Path,
    tmp: Path,
    soffice: str | None,
    convert_off: bool,
) -> ExampleFile:
    from kinerja_cli.layout import template_filename
    from kinerja_cli.template import build_template

    # The unit's real template, in memory: the same workbook write_template() saves.
    wb = build_template(config, unit.kode).wb
    planted: list[PlantedMistake] = []
    filler = _Filler(wb, unit)
    if KOLOM_DIPINDAH in unit.mistakes:
        planted += filler.swap_skp_columns()
    filler.fill(gap=BARIS_KOSONG in unit.mistakes)
    planted += filler.plant_after_fill(config, by_code)
    name = template_filename(unit.kode, config.tahun)
    xlsx_target = folder / name
    fmt, note = "xlsx", None
    wanted = (
        "ods"
        if SIMPAN_ULANG_ODS in unit.mistakes
        else "xls"
        if SIMPAN_ULANG_XLS in unit.mistakes
        else None
    )
    if wanted is None:
        _save(wb, xlsx_target, folder)
        target = xlsx_target
    else:
        staged = tmp / name
        _save(wb, staged)
        converted = _convert(soffice, staged, wanted, tmp) if soffice else None
        if converted is None:
            from kinerja_cli.messages import render

            kode = (
                "contoh_konversi_gagal"
                if soffice
                else "contoh_tanpa_konversi"
                if convert_off
                else "contoh_tanpa_soffice"
            )
            note = render(kode, "id", unit=unit.kode, format=wanted, berkas=name)
            target = xlsx_target
            _copy_atomic(staged, target, folder)
        else:
            fmt = wanted
            target = folder / Path(name).with_suffix(f".{wanted}").name
            _copy_atomic(converted, target, folder)
            planted.append(
                _mistake(
                    SIMPAN_ULANG_ODS if wanted == "ods" else SIMPAN_ULANG_XLS,
                    None,
                    None,
                    format=wanted,
                )
            )
    return ExampleFile(
        path=target,
        unit=unit.kode,
        format=fmt,
        pegawai=len(unit.pegawai),
        skp_rows=len(unit.skp),
        mistakes=tuple(planted),
        note=note,
    )


def _mistake(
    mistake: str,
    sheet: str | None,
    cell: str | None,
    *,
    nilai: Any = None,
    dibaca: Any = None,
    **params: Any,
) -> PlantedMistake:
    from kinerja_cli.messages import render

    kode, tingkat = EXPECTED_KODE[mistake]
    text = render(
        f"contoh_salah_{mistake}",
        "id",
        sheet=sheet,
        cell=cell,
        # the values as the reader holds them (97.3, 1.99211302016061e+17), in any language
        nilai=repr(nilai) if isinstance(nilai, float) else nilai,
        dibaca=repr(dibaca) if isinstance(dibaca, float) else dibaca,
        **params,
    )
    return PlantedMistake(mistake, sheet, cell, kode, tingkat, nilai, dibaca, text)


# ---- filling a template ------------------------------------------------------------------------


class _Filler:
    """Writes one unit's data into its loaded template, finding every place by its text."""

    def __init__(self, wb: Workbook, unit: ExampleUnit) -> None:
        from kinerja_cli import layout as L

        self.L = L
        self.wb = wb
        self.unit = unit
        self.pegawai_row: dict[str, int] = {}
        self.skp_row: list[int] = []
        self.kompetensi_row: dict[str, int] = {}
        self.kompetensi_cols: tuple[int, dict[str, int], dict[str, int]] = (0, {}, {})

    # -- finding things --

    def header(self, ws: Worksheet, required: Sequence[str]) -> tuple[int, dict[str, int]]:
        for r in range(1, 16):
            cols: dict[str, int] = {}
            for c in range(1, (ws.max_column or 1) + 1):
                canon = self.L.canonical_header(ws.cell(r, c).value)
                if canon is not None and canon not in cols:
                    cols[canon] = c
            if all(h in cols for h in required):
                return r, cols
        raise RuntimeError(f"header row not found on sheet {ws.title}")  # pragma: no cover

    def _identitas_rows(self) -> dict[str, int]:
        ws = self.wb[self.L.SHEET_IDENTITAS]
        rows: dict[str, int] = {}
        for r in range(1, 40):
            label = self.L.canonical_label(ws.cell(r, 1).value)
            if label is not None and label not in rows:
                rows[label] = r
        return rows

    # -- filling --

    def fill(self, *, gap: bool = False) -> None:
        self._identitas()
        self._iku()
        self._pegawai(gap)
        self._skp(gap)
        self._kompetensi()
        props = self.wb.properties
        props.lastModifiedBy = f"Subbagian Umum dan Kepegawaian {self.unit.kode}"
        from datetime import datetime

        props.modified = datetime(
            self.unit.tanggal.year, self.unit.tanggal.month, self.unit.tanggal.day, 14, 30
        )

    def _identitas(self) -> None:
        L = self.L
        ws = self.wb[L.SHEET_IDENTITAS]
        rows = self._identitas_rows()
        head = self.unit.kepala
        ws.cell(rows[L.ID_NAMA_KEPALA], 2).value = head.nama
        ws.cell(rows[L.ID_NIP_KEPALA], 2).value = head.nip
        ws.cell(rows[L.ID_TANGGAL], 2).value = self.unit.tanggal
        if self.unit.predikat:
            ws.cell(rows[L.ID_PREDIKAT], 2).value = self.unit.predikat

    def _iku(self) -> None:
        L = self.L
        ws = self.wb[L.SHEET_IKU]
        hr, cols = self.header(ws, L.IKU_REQUIRED)
        by_code: dict[str, int] = {}
        r = hr + 1
        while ws.cell(r, cols[L.COL_KODE]).value not in (None, ""):
            by_code[str(ws.cell(r, cols[L.COL_KODE]).value).strip()] = r
            r += 1
        for row in self.unit.iku:
            at = by_code.get(row.kode)
            if at is None:  # not prefilled: use the next empty row
                at = r
                r += 1
                ws.cell(at, cols[L.COL_KODE]).value = row.kode
            if row.target is not None and ws.cell(at, cols[L.COL_TARGET]).value in (None, ""):
                ws.cell(at, cols[L.COL_TARGET]).value = _as_typed_text(row.target)
            for col, v in zip(L.COL_REALISASI, row.realisasi, strict=True):
                ws.cell(at, cols[col]).value = v
            if row.keterangan and L.COL_KETERANGAN in cols:
                ws.cell(at, cols[L.COL_KETERANGAN]).value = row.keterangan

    def _gap_after(self, n: int) -> int:
        """Index after which blank rows are left (the middle, between two employees)."""
        return n // 2

    def _pegawai(self, gap: bool) -> None:
        L = self.L
        ws = self.wb[L.SHEET_PEGAWAI]
        hr, cols = self.header(ws, L.PEGAWAI_REQUIRED)
        r = hr + 1
        gap_at = self._gap_after(len(self.unit.pegawai)) if gap else -1
        for i, emp in enumerate(self.unit.pegawai):
            if i == gap_at:
                r += 1
            values = {
                L.COL_NIP: emp.nip,
                L.COL_NAMA: emp.nama,
                L.COL_JABATAN: emp.jabatan,
                L.COL_GOLONGAN: emp.golongan,
                L.COL_RATING_HASIL: emp.rating_hasil_kerja,
                L.COL_RATING_PERILAKU: emp.rating_perilaku,
                L.COL_CATATAN: emp.catatan,
            }
            _put_row(ws, r, cols, values)
            self.pegawai_row.setdefault(emp.nip, r)
            r += 1

    def _skp(self, gap: bool) -> None:
        L = self.L
        ws = self.wb[L.SHEET_SKP]
        hr, cols = self.header(ws, L.SKP_REQUIRED)
        r = hr + 1
        gap_nip = self.unit.pegawai[len(self.unit.pegawai) // 3].nip if gap else None
        seen: set[str] = set()
        for row in self.unit.skp:
            if row.nip == gap_nip and row.nip not in seen:
                r += 2  # two empty rows left where an employee was deleted
            seen.add(row.nip)
            values: dict[str, object] = {
                L.COL_NIP: row.nip,
                L.COL_NAMA: row.nama,
                L.COL_KODE: row.kode,
                L.COL_INDIKATOR: row.indikator,
                L.COL_SATUAN: row.satuan,
                L.COL_TARGET: _as_typed_text(row.target),
                L.COL_BOBOT: row.bobot,
            }
            values.update(zip(L.COL_REALISASI, row.realisasi, strict=True))
            _put_row(ws, r, cols, values)
            self.skp_row.append(r)
            r += 1

    def _kompetensi(self) -> None:
        """The Kompetensi sheet (templates of a config with competencies), one row per
        assessed employee, levels under the competency codes."""
        L = self.L
        if L.SHEET_KOMPETENSI not in self.wb.sheetnames or not self.unit.kompetensi:
            return
        ws = self.wb[L.SHEET_KOMPETENSI]
        hr, cols = self.header(ws, (L.COL_NIP,))
        codes = {}
        for c in range(1, (ws.max_column or 1) + 1):
            value = ws.cell(hr, c).value
            if isinstance(value, str):
                codes[value.strip().upper()] = c
        self.kompetensi_cols = (hr, cols, codes)
        r = hr + 1
        for a in self.unit.kompetensi:
            ws.cell(r, cols[L.COL_NIP]).value = a.nip
            ws.cell(r, cols[L.COL_NAMA]).value = a.nama
            for kode, level in a.levels.items():
                ws.cell(r, codes[kode.upper()]).value = level
            ws.cell(r, cols[L.COL_METODE]).value = a.metode
            ws.cell(r, cols[L.COL_JP]).value = a.jp
            self.kompetensi_row[a.nip] = r
            r += 1

    def _competency_mistakes(self) -> list[PlantedMistake]:
        """A level 7 (the scale is 1-5), JP -4, and one NIP typed wrong on the Kompetensi
        sheet (so the employee it meant is not assessed)."""
        L = self.L
        if not self.kompetensi_row:
            return []
        ws = self.wb[L.SHEET_KOMPETENSI]
        _hr, cols, codes = self.kompetensi_cols
        rows = list(self.kompetensi_row.items())
        out: list[PlantedMistake] = []
        m = self.unit.mistakes
        if KOMPETENSI_LEVEL in m and len(rows) > 2:
            nip, r = rows[2]
            kode = next(iter(self.unit.kompetensi[2].levels))
            cell = ws.cell(r, codes[kode.upper()])
            cell.value = 7
            out.append(_mistake(KOMPETENSI_LEVEL, L.SHEET_KOMPETENSI, cell.coordinate, nilai=7))
        if KOMPETENSI_JP in m and len(rows) > 4:
            _nip, r = rows[4]
            cell = ws.cell(r, cols[L.COL_JP])
            cell.value = -4
            out.append(_mistake(KOMPETENSI_JP, L.SHEET_KOMPETENSI, cell.coordinate, nilai=-4))
        if KOMPETENSI_NIP in m and len(rows) > 6:
            nip, r = rows[6]
            wrong = f"{nip[:-3]}{(int(nip[-3:]) + 500) % 1000:03d}"
            cell = ws.cell(r, cols[L.COL_NIP])
            cell.value = wrong
            out.append(_mistake(KOMPETENSI_NIP, L.SHEET_KOMPETENSI, cell.coordinate, nilai=wrong))
            if KOMPETENSI_BELUM in m:
                (peg,) = self._cells_of(L.SHEET_PEGAWAI, L.COL_NIP, [self.pegawai_row[nip]])
                out.append(_mistake(KOMPETENSI_BELUM, L.SHEET_PEGAWAI, peg.coordinate, nilai=nip))
        return out

    # -- mistakes --

    def swap_skp_columns(self) -> list[PlantedMistake]:
        """The dinas unprotected the SKP sheet and moved columns: Nama before NIP, Bobot
        before Target (values, styles, widths and validations move with them)."""
        L = self.L
        ws = self.wb[L.SHEET_SKP]
        ws.protection.sheet = False
        hr, cols = self.header(ws, L.SKP_REQUIRED)
        out = []
        for a, b in ((L.COL_NIP, L.COL_NAMA), (L.COL_TARGET, L.COL_BOBOT)):
            _swap_columns(ws, cols[a], cols[b], hr - 1)
            for h in (a, b):
                cell = ws.cell(hr, cols[b] if h == a else cols[a])
                out.append(_mistake(KOLOM_DIPINDAH, L.SHEET_SKP, cell.coordinate, nilai=h, kolom=h))
        return out

    def plant_after_fill(
        self, config: Config, by_code: dict[str, ExampleUnit]
    ) -> list[PlantedMistake]:
        out: list[PlantedMistake] = []
        m = self.unit.mistakes
        if BARIS_KOSONG in m:
            out += self._blank_rows()
        if NIP_ANGKA in m:
            out += self._nip_as_number()
        if KOMA_DESIMAL in m:
            out += self._decimal_comma(config)
        if PERSEN_TEKS in m:
            out += self._percent_text(config)
        if JUDUL_KOLOM_DIGANTI in m:
            out += self._rename_headers()
        if KODE_TAK_DIKENAL in m and self.unit.unknown_code_row is not None:
            out += self._unknown_code()
        if self.unit.duplicate_of is not None:
            out += self._duplicate(by_code)
        for other in by_code.values():
            if other.duplicate_of is not None and other.duplicate_of[0] == self.unit.kode:
                out += self._duplicate_source(other)
        out += self._competency_mistakes()
        return out

    def _blank_rows(self) -> list[PlantedMistake]:
        L = self.L
        out = []
        peg = sorted(self.pegawai_row.values())
        for sheet, rows in ((L.SHEET_PEGAWAI, peg), (L.SHEET_SKP, self.skp_row)):
            for prev, nxt in itertools.pairwise(rows):
                if nxt - prev > 1:
                    out.append(_mistake(BARIS_KOSONG, sheet, f"A{prev + 1}", jumlah=nxt - prev - 1))
                    break
        return out

    def _cells_of(self, sheet: str, col: str, rows: Iterable[int]) -> list[Any]:
        ws = self.wb[sheet]
        _, cols = self.header(ws, [col])
        return [ws.cell(r, cols[col]) for r in rows]

    def _nip_as_number(self) -> list[PlantedMistake]:
        """One employee's NIP pasted from another workbook as a number (Excel keeps 15
        significant digits: the sequence number is lost)."""
        L = self.L
        pns = [e for e in self.unit.pegawai[1:] if not e.pppk]
        emp = pns[len(pns) // 3]
        mangled = float(f"{int(emp.nip):.15g}")
        out = []
        skp_rows = [
            r for r, row in zip(self.skp_row, self.unit.skp, strict=True) if row.nip == emp.nip
        ]
        places = [
            (L.SHEET_PEGAWAI, [self.pegawai_row[emp.nip]]),
            (L.SHEET_SKP, skp_rows),
        ]
        if emp.nip in self.kompetensi_row:  # pasted over the Kompetensi sheet as well
            places.append((L.SHEET_KOMPETENSI, [self.kompetensi_row[emp.nip]]))
        for sheet, rows in places:
            for cell in self._cells_of(sheet, L.COL_NIP, rows):
                cell.value = mangled
                cell.number_format = "General"
                out.append(_mistake(NIP_ANGKA, sheet, cell.coordinate, nilai=mangled, nip=emp.nip))
        return out

    def _realisasi_cells(
        self, config: Config, want: Callable[[Indikator, Number], bool], limit: int
    ) -> list[tuple[Any, Number]]:
        """Up to ``limit`` realisasi cells (spread over the sheet) whose indicator and value
        pass ``want``: the cells a person typed by hand."""
        L = self.L
        ws = self.wb[L.SHEET_SKP]
        _, cols = self.header(ws, L.SKP_REQUIRED)
        nip_col = cols[L.COL_NIP]
        found: list[tuple[Any, Number]] = []
        stride = max(1, len(self.unit.skp) // (limit * 3))
        for idx in range(0, len(self.unit.skp), stride):
            row = self.unit.skp[idx]
            ind = config.indicators_by_code.get(row.kode)
            if ind is None or not isinstance(ws.cell(self.skp_row[idx], nip_col).value, str):
                continue  # unknown code, or a row already spoiled by another mistake
            for q, v in enumerate(row.realisasi):
                if want(ind, v):
                    cell = ws.cell(self.skp_row[idx], cols[L.COL_REALISASI[q]])
                    found.append((cell, v))
                    break
            if len(found) >= limit:
                break
        return found

    def _decimal_comma(self, config: Config) -> list[PlantedMistake]:
        out = []
        cells = self._realisasi_cells(config, lambda ind, v: not float(v).is_integer(), 4)
        for cell, v in cells:
            text = _id_decimal(v)
            cell.value = text
            out.append(
                _mistake(KOMA_DESIMAL, self.L.SHEET_SKP, cell.coordinate, nilai=text, dibaca=v)
            )
        return out

    def _percent_text(self, config: Config) -> list[PlantedMistake]:
        out = []
        cells = self._realisasi_cells(config, lambda ind, v: ind.is_percent, 4)
        for n, (cell, v) in enumerate(cells):
            text = f"{_id_decimal(v)}{' %' if n % 2 else '%'}"
            cell.value = text
            out.append(
                _mistake(PERSEN_TEKS, self.L.SHEET_SKP, cell.coordinate, nilai=text, dibaca=v)
            )
        return out

    def _rename_headers(self) -> list[PlantedMistake]:
        L = self.L
        out = []
        renames = {
            L.SHEET_SKP: {
                c: f"Realisasi Triwulan {r}"
                for c, r in zip(L.COL_REALISASI, ("I", "II", "III", "IV"), strict=True)
            },
            L.SHEET_PEGAWAI: {L.COL_GOLONGAN: "Pangkat/Gol.", L.COL_NIP: "NIP / NI PPPK"},
        }
        for sheet, mapping in renames.items():
            ws = self.wb[sheet]
            hr, cols = self.header(ws, list(mapping))
            for canon, new in mapping.items():
                cell = ws.cell(hr, cols[canon])
                cell.value = new
                out.append(
                    _mistake(JUDUL_KOLOM_DIGANTI, sheet, cell.coordinate, nilai=new, dibaca=canon)
                )
        return out

    def _unknown_code(self) -> list[PlantedMistake]:
        L = self.L
        idx = self.unit.unknown_code_row
        assert idx is not None
        row = self.unit.skp[idx]
        (cell,) = self._cells_of(L.SHEET_SKP, L.COL_KODE, [self.skp_row[idx]])
        return [_mistake(KODE_TAK_DIKENAL, L.SHEET_SKP, cell.coordinate, nilai=row.kode)]

    def _duplicate(self, by_code: dict[str, ExampleUnit]) -> list[PlantedMistake]:
        L = self.L
        assert self.unit.duplicate_of is not None
        source, nip = self.unit.duplicate_of
        (cell,) = self._cells_of(L.SHEET_PEGAWAI, L.COL_NIP, [self.pegawai_row[nip]])
        return [
            _mistake(
                NIP_GANDA_ANTARUNIT, L.SHEET_PEGAWAI, cell.coordinate, nilai=nip, unit_lain=source
            )
        ]

    def _duplicate_source(self, other: ExampleUnit) -> list[PlantedMistake]:
        L = self.L
        assert other.duplicate_of is not None
        _, nip = other.duplicate_of
        (cell,) = self._cells_of(L.SHEET_PEGAWAI, L.COL_NIP, [self.pegawai_row[nip]])
        return [
            _mistake(
                NIP_GANDA_ANTARUNIT,
                L.SHEET_PEGAWAI,
                cell.coordinate,
                nilai=nip,
                unit_lain=other.kode,
            )
        ]


def _id_decimal(v: Number) -> str:
    """A number as typed in Indonesian: comma decimals ("2,5"), no thousands separator."""
    text = str(int(v)) if float(v).is_integer() else repr(float(v))
    return text.replace(".", ",")


def _as_typed_text(v: Number | str) -> str:
    """A target typed into a text-formatted cell in Excel with Indonesian settings."""
    return v if isinstance(v, str) else _id_decimal(v)


def _put_row(ws: Worksheet, row: int, cols: dict[str, int], values: Mapping[str, object]) -> None:
    """Each value that is not None into ``row``, under its column (a column the sheet does not
    have is left out)."""
    for col, v in values.items():
        if col in cols and v is not None:
            ws.cell(row, cols[col]).value = v


def _swap_columns(ws: Worksheet, a: int, b: int, first_row: int) -> None:
    """Swap two columns from ``first_row`` down (the title block above is merged): values,
    styles, widths and data validation ranges."""
    from copy import copy

    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.cell_range import MultiCellRange

    for r in range(first_row, (ws.max_row or 1) + 1):
        ca, cb = ws.cell(r, a), ws.cell(r, b)
        va, vb = ca.value, cb.value
        sa, sb = copy(ca._style), copy(cb._style)
        ca.value, cb.value = vb, va
        ca._style, cb._style = sb, sa
    la, lb = get_column_letter(a), get_column_letter(b)
    wa, wb = ws.column_dimensions[la].width, ws.column_dimensions[lb].width
    ws.column_dimensions[la].width, ws.column_dimensions[lb].width = wb, wa
    for dv in ws.data_validations.dataValidation:
        ranges = []
        for rng in dv.sqref.ranges:
            if rng.min_col == rng.max_col == a:
                ranges.append(f"{lb}{rng.min_row}:{lb}{rng.max_row}")
            elif rng.min_col == rng.max_col == b:
                ranges.append(f"{la}{rng.min_row}:{la}{rng.max_row}")
            else:
                ranges.append(rng.coord)
        dv.sqref = MultiCellRange(" ".join(ranges))


# ---- saving, converting, manifest --------------------------------------------------------------


def _save(wb: Workbook, target: Path, root: Path | None = None) -> None:
    """Save atomically with fixed zip times and no save-time stamp (same data, same bytes);
    only inside the output folder ``root`` (default: the folder of ``target``)."""
    from kinerja_cli.atomic import atomic_path
    from kinerja_cli.xlsxbuilder import save_workbook

    with atomic_path(target, root=root) as tmp:
        save_workbook(wb, tmp)


def _copy_atomic(src: Path, target: Path, root: Path) -> None:
    from kinerja_cli.atomic import atomic_write_bytes

    atomic_write_bytes(target, src.read_bytes(), root=root)


SOFFICE_FILTERS = {"ods": "ods", "xls": "xls:MS Excel 97"}
SOFFICE_TIMEOUT = 180


def _convert(soffice: str | None, src: Path, fmt: str, tmp: Path) -> Path | None:
    """Re-save ``src`` as ``fmt`` with LibreOffice (private profile, headless); None when it
    did not produce the file."""
    if soffice is None:
        return None
    out = tmp / f"out-{fmt}"
    out.mkdir(exist_ok=True)
    profile = tmp / "lo-profile"
    cmd = [
        soffice,
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        SOFFICE_FILTERS[fmt],
        "--outdir",
        str(out),
        str(src),
    ]
    try:
        subprocess.run(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=SOFFICE_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    produced = out / src.with_suffix(f".{fmt}").name
    return produced if produced.is_file() and produced.stat().st_size > 0 else None


def read_manifest_dict(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) and isinstance(loaded.get("berkas"), dict) else {}


def remove_stale_siblings(folder: Path, ex: ExampleFile, previous: dict[str, Any]) -> None:
    """A unit written earlier in another format (e.g. .xlsx before LibreOffice was installed)
    would leave two files for one unit: remove the old one, but only if our manifest lists it."""
    for name, entry in previous.get("berkas", {}).items():
        if (
            isinstance(entry, dict)
            and entry.get("unit") == ex.unit
            and name != ex.path.name
            and "/" not in name
            and "\\" not in name
        ):
            old = folder / name
            if old.is_file():
                old.unlink()


def write_manifest(
    config: Config, folder: Path, files: list[ExampleFile], seed: int, previous: dict[str, Any]
) -> Path:
    from kinerja_cli.atomic import atomic_write_text

    entries: dict[str, Any] = {}
    written_units = {f.unit for f in files}
    for name, entry in previous.get("berkas", {}).items():
        if (
            isinstance(entry, dict)
            and entry.get("unit") not in written_units
            and (folder / name).is_file()
            and previous.get("seed") == seed
        ):
            entries[name] = entry
    for f in files:
        entries[f.path.name] = f.to_dict()
    order = {u.kode: i for i, u in enumerate(config.unit)}
    ordered = dict(
        sorted(entries.items(), key=lambda kv: (order.get(kv[1].get("unit"), len(order)), kv[0]))
    )
    manifest = {
        "versi": MANIFEST_VERSION,
        "dibuat_oleh": "kinerja contoh",
        "instansi": config.instansi,
        "tahun": config.tahun,
        "seed": seed,
        "sidik_jari_konfigurasi": config.fingerprint(),
        "berkas": ordered,
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2, default=str) + "\n"
    return atomic_write_text(folder / MANIFEST_NAME, text, root=folder)
