"""The catalogue of edit operators for the mutation test (tests/test_mutation.py, issue 25).

Each operator is a plain function ``op(path, rng) -> Mutation``: it opens the workbook at
``path`` with openpyxl, makes **one** edit that agency staff really make, at a place chosen
by the seeded ``rng`` (so a seed reproduces the place), saves the workbook in place and says
what it changed: a description, and the sheet and cell when the edit has one cell (the
issue that explains a score change must then name that cell).

:data:`CATALOGUE` lists every operator with the kinds of file it applies to (``templat``: a
filled kinerja template; ``ekinerja``: an e-Kinerja BKN export) and how the mutated file is
sent (``replace``: instead of the unit's file; ``beside``: as a second, later file of the
unit next to the original). docs/mutasi.md documents the catalogue and how to add an operator.

Nothing here knows a kode or a score: the test decides from ``validasi`` and the scores
whether an edit was explained.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kinerja_cli.layout import COL_REALISASI

TEMPLATE_HEADER_ROW = 4
"""Row of the column headers on the template's data sheets (data from the row below)."""

TEMPLATE_TABLES = ("IKU", "Pegawai", "SKP", "Kompetensi")
"""The template's data sheets (a header row, then one row per record)."""

REQUIRED = {
    "Identitas": ("Kode Unit", "Tahun", "Nama Kepala Unit", "NIP Kepala Unit", "Tanggal"),
    "Pegawai": ("NIP", "Nama", "Golongan", "Rating Perilaku"),
    "SKP": ("NIP", "Kode Indikator", "Target", "Bobot", *COL_REALISASI),
    "IKU": ("Kode Indikator", "Target", *COL_REALISASI),
}
"""Required cells of a filled template: Identitas labels, data-sheet column headers."""

NUMBER_COLUMNS = {
    "SKP": ("Target", "Realisasi TW1", "Realisasi TW2", "Realisasi TW3", "Realisasi TW4"),
    "IKU": ("Target", "Realisasi TW1", "Realisasi TW2", "Realisasi TW3", "Realisasi TW4"),
}
"""Where a target or realisasi number is written."""

IMPLAUSIBLE: tuple[Any, ...] = (
    1e-25,
    "0,0000000000000000000000001",
    0.001,
    1e-9,
    0,
    -5,
    -0.5,
    1e25,
    "1e308",
    9.99e15,
    123456789,
)
"""Numbers no target or realisasi means: tiny, zero, negative, huge (as numbers and text)."""


@dataclass(frozen=True, slots=True)
class Mutation:
    """What one operator changed: ``cell`` (with ``sheet``) when the edit has one cell."""

    operator: str
    description: str
    sheet: str | None = None
    cell: str | None = None

    def place(self) -> str:
        if self.cell:
            return f"{self.sheet}!{self.cell}"
        return self.sheet or "(berkas)"


Operator = Callable[[Path, random.Random], Mutation]


@dataclass(frozen=True, slots=True)
class Entry:
    """One operator of the catalogue: the kinds of file it edits and how it is sent."""

    name: str
    op: Operator
    kinds: tuple[str, ...]
    send: str = "replace"  # "replace" the unit's file, or "beside" it (a later second file)
    pick: str = ""
    """Only files whose name contains this (e.g. "Penilaian": assessment exports)."""


# ---- context the operators may need -------------------------------------------------------

_CONTEXT: dict[str, Any] = {}


def use_config(config: Any) -> None:
    """The loaded config of the city under test (for :func:`blank_template` and the codes of
    other units)."""
    _CONTEXT["config"] = config


def _config() -> Any:
    if "config" not in _CONTEXT:
        raise RuntimeError("mutation.use_config(config) first")
    return _CONTEXT["config"]


# ---- helpers -------------------------------------------------------------------------------


def _is_blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _header_row(ws: Worksheet) -> int:
    """The header row: row 4 of a template sheet, else the first row (of 20) with a ``nip``
    cell (an e-Kinerja export)."""
    for r in range(1, min(ws.max_row, 20) + 1):
        for c in range(1, ws.max_column + 1):
            v = ws.cell(r, c).value
            if isinstance(v, str) and v.strip().lower() == "nip":
                return r
    return TEMPLATE_HEADER_ROW


def _columns(ws: Worksheet, header: int) -> dict[str, int]:
    """Header text -> column, also under the template's own name of a renamed header
    ("NIP / NI PPPK" is also "NIP"), so an operator finds its column in a file whose headers
    staff rewrote."""
    from kinerja_cli.layout import canonical_header

    out: dict[str, int] = {}
    for c in range(1, ws.max_column + 1):
        v = ws.cell(header, c).value
        if isinstance(v, str) and v.strip():
            out.setdefault(v.strip(), c)
            out.setdefault(canonical_header(v) or v.strip(), c)
    return out


def _data_rows(ws: Worksheet, header: int) -> list[int]:
    """Rows below the header with any value (templates keep empty formatted rows below)."""
    return [
        r
        for r in range(header + 1, ws.max_row + 1)
        if any(not _is_blank(ws.cell(r, c).value) for c in range(1, ws.max_column + 1))
    ]


def _table_sheets(wb: Any) -> list[Worksheet]:
    """The sheets with a table: the template's data sheets, or an export's sheets."""
    names = [n for n in TEMPLATE_TABLES if n in wb.sheetnames]
    if names:
        return [wb[n] for n in names]
    return [ws for ws in wb.worksheets if ws.sheet_state == "visible"]


def _is_template(wb: Any) -> bool:
    return "Identitas" in wb.sheetnames


def _identitas_cell(ws: Worksheet, label: str) -> str:
    for r in range(1, ws.max_row + 1):
        v = ws.cell(r, 1).value
        if isinstance(v, str) and v.strip() == label:
            return f"B{r}"
    raise LookupError(f"Identitas has no label {label!r}")


def _random_data_cell(wb: Any, rng: random.Random, columns: Mapping[str, tuple[str, ...]]) -> Any:
    """A random cell of a random data row in one of ``columns`` (sheet -> headers)."""
    sheet = rng.choice(sorted(s for s in columns if s in wb.sheetnames))
    ws = wb[sheet]
    header = _header_row(ws)
    cols = _columns(ws, header)
    rows = _data_rows(ws, header)
    name = rng.choice([h for h in columns[sheet] if h in cols])
    return ws.cell(rng.choice(rows), cols[name]), name


def _save(wb: Any, path: Path) -> None:
    wb.save(path)


def _ref(cell: Any) -> str:
    return f"{get_column_letter(cell.column)}{cell.row}"


def _cell_changed(wb: Any, path: Path, operator: str, description: str, cell: Any) -> Mutation:
    """Save ``wb`` to ``path``: the mutation ``operator`` made at ``cell`` (of its sheet)."""
    _save(wb, path)
    return Mutation(operator, description, cell.parent.title, _ref(cell))


# ---- operators on every kind of file -------------------------------------------------------


def _some_table(path: Path, rng: random.Random) -> tuple[Any, Any, list[int]]:
    """The workbook, one of its table sheets chosen by ``rng``, and that sheet's data rows."""
    wb = load_workbook(path)
    ws = rng.choice(_table_sheets(wb))
    return wb, ws, _data_rows(ws, _header_row(ws))


def delete_row(path: Path, rng: random.Random) -> Mutation:
    """Delete one data row of any table sheet (an IKU, an employee, an SKP row, ...)."""
    wb, ws, rows = _some_table(path, rng)
    r = rng.choice(rows)
    first = ws.cell(r, 1).value
    ws.delete_rows(r)
    _save(wb, path)
    return Mutation("delete_row", f"baris {r} ({first!r}) lembar {ws.title} dihapus", ws.title)


def duplicate_row(path: Path, rng: random.Random) -> Mutation:
    """Copy one data row of any table sheet to the row below it (a row pasted twice)."""
    wb, ws, rows = _some_table(path, rng)
    r = rng.choice(rows)
    values = [ws.cell(r, c).value for c in range(1, ws.max_column + 1)]
    ws.insert_rows(r + 1)
    for c, v in enumerate(values, start=1):
        ws.cell(r + 1, c).value = v
    _save(wb, path)
    return Mutation(
        "duplicate_row", f"baris {r} lembar {ws.title} disalin ke baris {r + 1}", ws.title
    )


def blank_row_inside(path: Path, rng: random.Random) -> Mutation:
    """Insert an empty row between two data rows."""
    wb, ws, rows = _some_table(path, rng)
    r = rng.choice(rows[1:] or rows)
    ws.insert_rows(r)
    _save(wb, path)
    return Mutation("blank_row_inside", f"baris kosong disisipkan di baris {r}", ws.title)


def hide_row(path: Path, rng: random.Random) -> Mutation:
    """Hide one data row (the row is still there, only not shown)."""
    wb, ws, rows = _some_table(path, rng)
    r = rng.choice(rows)
    ws.row_dimensions[r].hidden = True
    _save(wb, path)
    return Mutation("hide_row", f"baris {r} disembunyikan", ws.title)


def merge_cells(path: Path, rng: random.Random) -> Mutation:
    """Merge a cell with the one below it (same column), as staff merge a NIP over the rows
    of one employee; the lower cell's value is lost, as in Excel."""
    wb = load_workbook(path)
    ws = rng.choice(_table_sheets(wb))
    header = _header_row(ws)
    rows = _data_rows(ws, header)
    r = rng.choice(rows[:-1] or rows)
    c = rng.randrange(1, max(2, min(ws.max_column, 8)))
    below = ws.cell(r + 1, c)
    lost = below.value
    ref = f"{get_column_letter(c)}{r}:{get_column_letter(c)}{r + 1}"
    ws.merge_cells(ref)
    _save(wb, path)
    return Mutation(
        "merge_cells",
        f"sel {ref} digabung (nilai {lost!r} di {_ref(below)} hilang)",
        ws.title,
        _ref(below) if not _is_blank(lost) else None,
    )


def rename_sheet(path: Path, rng: random.Random) -> Mutation:
    """Rename a sheet (to an Excel default or a name with the year)."""
    wb = load_workbook(path)
    if _is_template(wb):
        ws = wb[rng.choice([n for n in ("Identitas", *TEMPLATE_TABLES) if n in wb.sheetnames])]
    else:
        ws = rng.choice(_table_sheets(wb))
    old = ws.title
    ws.title = rng.choice(["Sheet1", "Sheet2", f"{old} 2026", f"{old} (2)", "Data"])
    if ws.title in [s.title for s in wb.worksheets if s is not ws]:
        ws.title = f"{old} baru"
    _save(wb, path)
    return Mutation("rename_sheet", f"lembar {old!r} diganti nama {ws.title!r}", ws.title)


# ---- operators on a filled template --------------------------------------------------------


def blank_required_cell(path: Path, rng: random.Random) -> Mutation:
    """Empty one required cell: an Identitas value or a required column of a data row."""
    wb = load_workbook(path)
    sheet = rng.choice(sorted(REQUIRED))
    if sheet == "Identitas":
        ws = wb[sheet]
        label = rng.choice(REQUIRED[sheet])
        cell = ws[_identitas_cell(ws, label)]
        name = label
    else:
        cell, name = _random_data_cell(wb, rng, {sheet: REQUIRED[sheet]})
    old = cell.value
    cell.value = None
    return _cell_changed(wb, path, "blank_required_cell", f"{name} {old!r} dikosongkan", cell)


def implausible_number(path: Path, rng: random.Random) -> Mutation:
    """A target or realisasi replaced by a tiny, zero, negative or huge number (a realisasi of
    exactly 0 is left out: "nothing achieved" is a plausible report, a target of 0 is not)."""
    wb = load_workbook(path)
    cell, name = _random_data_cell(wb, rng, NUMBER_COLUMNS)
    old = cell.value
    cell.value = rng.choice([v for v in IMPLAUSIBLE if name == "Target" or v != 0])
    return _cell_changed(
        wb, path, "implausible_number", f"{name} {old!r} menjadi {cell.value!r}", cell
    )


def number_for_date(path: Path, rng: random.Random) -> Mutation:
    """A number where a date is expected (Identitas Tanggal as a serial, a year, a count)."""
    wb = load_workbook(path)
    ws = wb["Identitas"]
    cell = ws[_identitas_cell(ws, "Tanggal")]
    old = cell.value
    cell.value = rng.choice([46033, 2027, 11, 1.5, -46033, 10**12])
    cell.number_format = "General"
    return _cell_changed(
        wb, path, "number_for_date", f"Tanggal {old!r} menjadi angka {cell.value!r}", cell
    )


def date_for_number(path: Path, rng: random.Random) -> Mutation:
    """A date where a number is expected (target, bobot, realisasi auto-formatted as a date)."""
    wb = load_workbook(path)
    cols = {s: (*c, "Bobot") if s == "SKP" else c for s, c in NUMBER_COLUMNS.items()}
    cell, name = _random_data_cell(wb, rng, cols)
    old = cell.value
    cell.value = rng.choice(
        [dt.datetime(2026, 3, 31), dt.datetime(1900, 3, 5), dt.datetime(2026, 9, 5, 12, 30)]
    )
    cell.number_format = "dd/mm/yyyy"
    return _cell_changed(
        wb, path, "date_for_number", f"{name} {old!r} menjadi tanggal {cell.value!r}", cell
    )


def formula_without_value(path: Path, rng: random.Random) -> Mutation:
    """A formula with no stored result (openpyxl, like many tools, saves none) in a cell that
    is read: a number, a code, a NIP, a rating or an Identitas value."""
    wb = load_workbook(path)
    if rng.random() < 0.2:
        ws = wb["Identitas"]
        cell = ws[_identitas_cell(ws, rng.choice(REQUIRED["Identitas"]))]
        name = ws.cell(cell.row, 1).value
    else:
        cols = {
            **REQUIRED,
            "Pegawai": (*REQUIRED["Pegawai"], "Rating Hasil Kerja"),
        }
        del cols["Identitas"]
        cell, name = _random_data_cell(wb, rng, cols)
    old = cell.value
    cell.value = rng.choice(["=SUM(H5:K5)", "=F5*1", "=VLOOKUP(A5,Pegawai!A:F,6,FALSE)", "=1/0"])
    return _cell_changed(
        wb,
        path,
        "formula_without_value",
        f"{name} {old!r} menjadi rumus {cell.value!r} tanpa nilai tersimpan",
        cell,
    )


def code_case_or_spaces(path: Path, rng: random.Random) -> Mutation:
    """An indicator or unit code in lower case, with spaces around or inside."""
    wb = load_workbook(path)
    if rng.random() < 0.25:
        ws = wb["Identitas"]
        cell = ws[_identitas_cell(ws, "Kode Unit")]
    else:
        cell, _ = _random_data_cell(
            wb, rng, {"SKP": ("Kode Indikator",), "IKU": ("Kode Indikator",)}
        )
    old = str(cell.value)
    cell.value = rng.choice(
        [old.lower(), f" {old} ", f"{old} ", old.replace("-", " - "), f" {old.lower()}"]
    )
    return _cell_changed(
        wb, path, "code_case_or_spaces", f"kode {old!r} menjadi {cell.value!r}", cell
    )


def identitas_other_unit_or_year(path: Path, rng: random.Random) -> Mutation:
    """Identitas states another unit's code (or name), or another year: a file copied from
    another unit or last year and not fully changed."""
    wb = load_workbook(path)
    ws = wb["Identitas"]
    config = _config()
    kode_cell = ws[_identitas_cell(ws, "Kode Unit")]
    own = str(kode_cell.value).strip()
    others = [u for u in config.unit if u.kode != own]
    what = rng.choice(["kode", "nama", "tahun"])
    if what == "tahun":
        cell = ws[_identitas_cell(ws, "Tahun")]
        old = cell.value
        cell.value = rng.choice([int(config.tahun) - 1, int(config.tahun) + 1])
    elif what == "nama":
        cell = ws[_identitas_cell(ws, "Nama Unit")]
        old = cell.value
        cell.value = rng.choice(others).nama
    else:
        cell = kode_cell
        old = cell.value
        cell.value = rng.choice(others).kode
    return _cell_changed(
        wb,
        path,
        "identitas_other_unit_or_year",
        f"Identitas {what} {old!r} menjadi {cell.value!r}",
        cell,
    )


def blank_template(path: Path, rng: random.Random) -> Mutation:
    """The unit's blank template (``kinerja templat``) sent back unfilled as its file."""
    from kinerja_cli.template import write_template

    wb = load_workbook(path, read_only=True)
    kode = str(wb["_kinerja"]["B2"].value)
    wb.close()
    write_template(_config(), kode, path)
    return Mutation("blank_template", f"templat kosong {kode} dikirim sebagai berkas unit")


def empty_head(path: Path, rng: random.Random) -> Mutation:
    """``NIP Kepala Unit`` left empty (and, half the time, the head's name too)."""
    wb = load_workbook(path)
    ws = wb["Identitas"]
    nip = ws[_identitas_cell(ws, "NIP Kepala Unit")]
    old = nip.value
    nip.value = None
    if rng.random() < 0.5:
        ws[_identitas_cell(ws, "Nama Kepala Unit")].value = None
    return _cell_changed(wb, path, "empty_head", f"NIP Kepala Unit {old!r} dikosongkan", nip)


def _rater_column(ws: Worksheet) -> int:
    cols = _columns(ws, TEMPLATE_HEADER_ROW)
    if "NIP Pejabat Penilai" in cols:
        return cols["NIP Pejabat Penilai"]
    c = ws.max_column + 1
    ws.cell(TEMPLATE_HEADER_ROW, c).value = "NIP Pejabat Penilai"
    return c


def _rater_sheet(path: Path) -> tuple[Any, Worksheet, int]:
    """The workbook at ``path``, its Pegawai sheet and the rater column (added if missing)."""
    wb = load_workbook(path)
    ws = wb["Pegawai"]
    return wb, ws, _rater_column(ws)


def rater_self(path: Path, rng: random.Random) -> Mutation:
    """An employee named as his own pejabat penilai (a "NIP Pejabat Penilai" column added)."""
    wb, ws, c = _rater_sheet(path)
    r = rng.choice(_data_rows(ws, TEMPLATE_HEADER_ROW))
    ws.cell(r, c).value = ws.cell(r, 1).value
    return _cell_changed(
        wb, path, "rater_self", f"pegawai baris {r} menilai dirinya sendiri", ws.cell(r, c)
    )


def rater_cycle(path: Path, rng: random.Random) -> Mutation:
    """Two employees rate each other (A by B, B by A)."""
    wb, ws, c = _rater_sheet(path)
    a, b = rng.sample(_data_rows(ws, TEMPLATE_HEADER_ROW), 2)
    ws.cell(a, c).value = ws.cell(b, 1).value
    ws.cell(b, c).value = ws.cell(a, 1).value
    return _cell_changed(
        wb, path, "rater_cycle", f"baris {a} dinilai baris {b} dan sebaliknya", ws.cell(a, c)
    )


def rater_formula(path: Path, rng: random.Random) -> Mutation:
    """A formula without a stored value in the rater column."""
    wb, ws, c = _rater_sheet(path)
    r = rng.choice(_data_rows(ws, TEMPLATE_HEADER_ROW))
    ws.cell(r, c).value = f"=A{TEMPLATE_HEADER_ROW + 1}"
    return _cell_changed(
        wb, path, "rater_formula", f"rumus di NIP Pejabat Penilai baris {r}", ws.cell(r, c)
    )


def percent_format(path: Path, rng: random.Random) -> Mutation:
    """A target, realisasi or bobot typed as "95%": Excel stores 0.95 and shows it as a
    percent."""
    wb = load_workbook(path)
    cols = {"SKP": (*NUMBER_COLUMNS["SKP"], "Bobot"), "IKU": NUMBER_COLUMNS["IKU"]}
    for _ in range(50):
        cell, name = _random_data_cell(wb, rng, cols)
        if isinstance(cell.value, (int, float)) and cell.value:
            break
    old = cell.value
    cell.value = old / 100 if isinstance(old, (int, float)) else old
    cell.number_format = "0%"
    return _cell_changed(
        wb,
        path,
        "percent_format",
        f"{name} {old!r} diketik sebagai persen: tersimpan {cell.value!r} berformat 0%",
        cell,
    )


def rename_header(path: Path, rng: random.Random) -> Mutation:
    """A column header of a data sheet rewritten ("Target 2026", "Real. TW 1", "Bobot (%)")."""
    wb = load_workbook(path)
    sheet = rng.choice([s for s in ("IKU", "Pegawai", "SKP") if s in wb.sheetnames])
    ws = wb[sheet]
    cols = _columns(ws, TEMPLATE_HEADER_ROW)
    name = rng.choice([h for h in REQUIRED[sheet] if h in cols])
    cell = ws.cell(TEMPLATE_HEADER_ROW, cols[name])
    cell.value = rng.choice(
        [
            f"{name} 2026",
            f"{name} (%)",
            name.replace("Realisasi", "Real."),
            f"{name}*",
            name.upper(),
        ]
    )
    _save(wb, path)
    return Mutation("rename_header", f"judul kolom {name!r} menjadi {cell.value!r}", sheet)


def total_row(path: Path, rng: random.Random) -> Mutation:
    """A "Jumlah" row added under the data (sums of the number columns), as for printing."""
    wb = load_workbook(path)
    sheet = rng.choice([s for s in ("IKU", "SKP", "Pegawai") if s in wb.sheetnames])
    ws = wb[sheet]
    cols = _columns(ws, TEMPLATE_HEADER_ROW)
    rows = _data_rows(ws, TEMPLATE_HEADER_ROW)
    r = rows[-1] + 1
    ws.cell(r, 2 if sheet != "IKU" else 1).value = rng.choice(["JUMLAH", "Jumlah", "Total"])
    for name in (*NUMBER_COLUMNS.get(sheet, ()), "Bobot"):
        if name in cols:
            nums = [ws.cell(x, cols[name]).value for x in rows]
            ws.cell(r, cols[name]).value = sum(v for v in nums if isinstance(v, (int, float)))
    _save(wb, path)
    return Mutation("total_row", f"baris Jumlah ditambah di baris {r}", sheet)


def copied_to_new_workbook(path: Path, rng: random.Random) -> Mutation:
    """Every visible sheet copied, values only, into a new workbook (hidden sheet, formats,
    drop-down lists lost), as when sheets are pasted into a fresh file."""
    from openpyxl import Workbook

    src = load_workbook(path)
    new = Workbook()
    first = True
    for ws in src.worksheets:
        if ws.sheet_state != "visible":
            continue
        out = new.active if first else new.create_sheet()
        first = False
        out.title = ws.title
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.cell(c.row, c.column).value = c.value
    new.save(path)
    return Mutation("copied_to_new_workbook", "lembar terlihat disalin (nilai saja) ke buku baru")


def nip_spaces(path: Path, rng: random.Random) -> Mutation:
    """A NIP typed with spaces, a leading apostrophe or a non-breaking space."""
    wb = load_workbook(path)
    cell, _ = _random_data_cell(wb, rng, {"Pegawai": ("NIP",), "SKP": ("NIP",)})
    old = str(cell.value)
    cell.value = rng.choice(
        [
            f"{old[:8]} {old[8:14]} {old[14]} {old[15:]}",
            f"'{old}",
            f"{old}\u00a0",
            f" {old}",
            old.replace("0", "O", 1),
        ]
    )
    return _cell_changed(wb, path, "nip_spaces", f"NIP {old!r} menjadi {cell.value!r}", cell)


# ---- operators on an e-Kinerja export ------------------------------------------------------


def _title_cell(ws: Worksheet, starts: str) -> Any:
    for r in range(1, min(ws.max_row, 12) + 1):
        v = ws.cell(r, 1).value
        if isinstance(v, str) and v.strip().lower().startswith(starts.lower()):
            return ws.cell(r, 1)
    raise LookupError(f"no title line starting {starts!r}")


def _year(text: str) -> int:
    digits = [int(w) for w in text.replace(":", " ").split() if w.isdigit() and len(w) == 4]
    return digits[-1]


def _change_one_result(ws: Worksheet, rng: random.Random) -> str:
    """Another result for one employee of an assessment export (what a download of another
    period or year holds); "" on a Laporan SKP."""
    header = _header_row(ws)
    cols = {k.lower(): v for k, v in _columns(ws, header).items()}
    if "hasil_akhir" not in cols:
        return ""
    r = rng.choice(_data_rows(ws, header))
    best = ws.cell(r, cols["hasil_akhir"]).value == "Sangat Baik"
    ws.cell(r, cols["hasil_akhir"]).value = "Butuh Perbaikan" if best else "Sangat Baik"
    rating = "Di Bawah Ekspektasi" if best else "Di Atas Ekspektasi"
    ws.cell(r, cols["hasil_kerja"]).value = rating
    ws.cell(r, cols["perilaku_kerja"]).value = rating
    return f"; hasil baris {r} lain"


def ek_title_period(path: Path, rng: random.Random) -> Mutation:
    """The title of a quarterly or half-year download ("Periode TW II", "Triwulan Kedua",
    "Semester I") instead of the annual one."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    cell = _title_cell(ws, "Laporan")
    old = str(cell.value)
    year = _year(old)
    period = rng.choice(["TW II", "Triwulan Kedua", "Semester I", "TW 3", "Triwulan I"])
    head = "Laporan Penilaian SKP" if "Penilaian" in old else "Laporan SKP"
    cell.value = f"{head} Periode {period} Tahun {year}"
    also = _change_one_result(ws, rng)
    return _cell_changed(
        wb, path, "ek_title_period", f"judul {old!r} menjadi {cell.value!r}{also}", cell
    )


def ek_title_year(path: Path, rng: random.Random) -> Mutation:
    """The title of another year, without the word "Tahun"."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    cell = _title_cell(ws, "Laporan")
    old = str(cell.value)
    year = _year(old) + rng.choice([-1, 1])
    head = "Laporan Penilaian SKP Periode Tahunan" if "Penilaian" in old else "Laporan SKP"
    cell.value = f"{head} {year}"
    also = _change_one_result(ws, rng)
    return _cell_changed(
        wb, path, "ek_title_year", f"judul {old!r} menjadi {cell.value!r}{also}", cell
    )


def ek_no_data_rows(path: Path, rng: random.Random) -> Mutation:
    """An export with its title and header but no data rows, pulled later than the stored
    one (sent beside it)."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = _header_row(ws)
    rows = _data_rows(ws, header)
    ws.delete_rows(rows[0], rows[-1] - rows[0] + 1)
    pulled = _title_cell(ws, "Data ditarik")
    pulled.value = f"Data ditarik pada : 2027-0{rng.randint(2, 2)}-1{rng.randint(0, 9)} 08:00:00"
    _save(wb, path)
    return Mutation(
        "ek_no_data_rows",
        f"semua {len(rows)} baris data dihapus, ditarik lagi: {pulled.value!r}",
        ws.title,
    )


def ek_future_pull_date(path: Path, rng: random.Random) -> Mutation:
    """A pull date in the future ("Data ditarik pada : 2099-12-31"), with one rating changed
    (sent beside the genuine export)."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    pulled = _title_cell(ws, "Data ditarik")
    pulled.value = f"Data ditarik pada : {rng.choice(['2099-12-31', '2030-01-01', '2027-12-31'])}"
    also = _change_one_result(ws, rng)
    return _cell_changed(
        wb, path, "ek_future_pull_date", f"tanggal tarik {pulled.value!r}{also}", pulled
    )


def ek_formula_rating(path: Path, rng: random.Random) -> Mutation:
    """A formula without a stored value, or ``#N/A``, in a rating column of an assessment
    export (``hasil_akhir``, ``hasil_kerja``, ``perilaku_kerja``)."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = _header_row(ws)
    cols = {k.lower(): v for k, v in _columns(ws, header).items()}
    names: list[str] = [n for n in ("hasil_akhir", "hasil_kerja", "perilaku_kerja") if n in cols]
    if not names:  # a Laporan SKP: its status column
        names = [n for n in ("skp_status", "periode_akhir") if n in cols]
    name = rng.choice(names)
    cell = ws.cell(rng.choice(_data_rows(ws, header)), cols[name])
    old = cell.value
    cell.value = rng.choice(["#N/A", f"=VLOOKUP(B{cell.row},Sheet2!A:B,2,FALSE)", "=G9"])
    return _cell_changed(
        wb, path, "ek_formula_rating", f"{name} {old!r} menjadi {cell.value!r}", cell
    )


EK_READ_COLUMNS = (
    "nip",
    "hasil_kerja",
    "perilaku_kerja",
    "hasil_akhir",
    "skp_unor_induk",
    "is_skp_plt_plh_pjb",
    "skp_status",
    "periode_akhir",
    "is_plt_plh",
)
"""Columns of the two e-Kinerja reports that are read into a score or a coverage."""


def ek_blank_or_garbage_cell(path: Path, rng: random.Random) -> Mutation:
    """One read cell of an export emptied, dashed, or overwritten with stray text."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = _header_row(ws)
    cols = {k.lower(): v for k, v in _columns(ws, header).items()}
    name = rng.choice([k for k in EK_READ_COLUMNS if k in cols])
    cell = ws.cell(rng.choice(_data_rows(ws, header)), cols[name])
    old = cell.value
    cell.value = rng.choice(
        [None, "", " ", "-", "N/A", "Baik Sekali", "ya ", "2026-13-01", "Dinas X", "?", "0 ", 2]
    )
    return _cell_changed(
        wb, path, "ek_blank_or_garbage_cell", f"{name} {old!r} menjadi {cell.value!r}", cell
    )


BOTH = ("templat", "ekinerja")
TEMPLAT = ("templat",)
EKINERJA = ("ekinerja",)

CATALOGUE: tuple[Entry, ...] = (
    Entry("blank_required_cell", blank_required_cell, TEMPLAT),
    Entry("delete_row", delete_row, BOTH),
    Entry("duplicate_row", duplicate_row, BOTH),
    Entry("blank_row_inside", blank_row_inside, BOTH),
    Entry("hide_row", hide_row, BOTH),
    Entry("merge_cells", merge_cells, BOTH),
    Entry("rename_sheet", rename_sheet, BOTH),
    Entry("implausible_number", implausible_number, TEMPLAT),
    Entry("number_for_date", number_for_date, TEMPLAT),
    Entry("date_for_number", date_for_number, TEMPLAT),
    Entry("formula_without_value", formula_without_value, TEMPLAT),
    Entry("code_case_or_spaces", code_case_or_spaces, TEMPLAT),
    Entry("identitas_other_unit_or_year", identitas_other_unit_or_year, TEMPLAT),
    Entry("blank_template", blank_template, TEMPLAT),
    Entry("empty_head", empty_head, TEMPLAT),
    Entry("rater_self", rater_self, TEMPLAT),
    Entry("rater_cycle", rater_cycle, TEMPLAT),
    Entry("rater_formula", rater_formula, TEMPLAT),
    Entry("percent_format", percent_format, TEMPLAT),
    Entry("rename_header", rename_header, TEMPLAT),
    Entry("total_row", total_row, TEMPLAT),
    Entry("copied_to_new_workbook", copied_to_new_workbook, TEMPLAT),
    Entry("nip_spaces", nip_spaces, TEMPLAT),
    Entry("ek_title_period", ek_title_period, EKINERJA, pick="Penilaian"),
    Entry("ek_title_year", ek_title_year, EKINERJA, pick="Penilaian"),
    Entry("ek_no_data_rows", ek_no_data_rows, EKINERJA, send="beside"),
    Entry("ek_future_pull_date", ek_future_pull_date, EKINERJA, send="beside", pick="Penilaian"),
    Entry("ek_formula_rating", ek_formula_rating, EKINERJA, pick="Penilaian"),
    Entry("ek_blank_or_garbage_cell", ek_blank_or_garbage_cell, EKINERJA),
)
"""Every operator, in the order the test applies them."""
