"""Helpers for the template tests: a small config, a semantic workbook dump, the golden file.

Regenerate the golden dump after an intended change of the template (then review the diff):

    .venv/bin/python -m tests.test_template_support

and regenerate the committed templates with ``make templates``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from tests.conftest import ROOT

GOLDEN_DIR = ROOT / "tests" / "golden"
GOLDEN_UNIT = "DINAS-A"
GOLDEN_FILE = GOLDEN_DIR / f"template_{GOLDEN_UNIT}.json"

# 14 employee indicators with long codes: their dropdown list is longer than 255 characters,
# so it must go to the hidden list sheet. One indicator has no bounds, one only a maximum.
_SKP = "\n".join(
    f"""  - kode: "PELAYANAN-PUBLIK-{i:02d}"
    nama: Jumlah layanan publik jenis {i} yang diselesaikan tepat waktu
    satuan: layanan
    polaritas: positif
    agregasi: jumlah
    tingkat: pegawai
    unit: ["DINAS-A"]
    bobot: 5
    batas: {{min: 0, max: {1000 * i}}}"""
    for i in range(1, 15)
)

SMALL_CONFIG = f"""\
instansi: Pemerintah Kota Contoh
tahun: 2027
tempat: Kota Contoh
templat: {{baris_pegawai: 10, baris_skp: 12, baris_iku: 2}}
unit:
  - kode: "DINAS-A"
    nama: Dinas Contoh Pelayanan
    nama_kepala: "dr. Budi Santoso, M.Kes."
    nip_kepala: "197501012000031001"
  - {{kode: "B", nama: Badan Contoh}}
indikator:
  - kode: "IKU-01"
    nama: Indeks kepuasan masyarakat
    satuan: indeks
    polaritas: positif
    agregasi: terakhir
    tingkat: unit
    unit: semua
    target: "80-90"
    batas: {{min: 0, max: 100}}
  - kode: "IKU-02"
    nama: Angka kematian ibu
    satuan: per 100.000 kelahiran hidup
    polaritas: negatif
    agregasi: terakhir
    tingkat: unit
    unit: ["DINAS-A"]
    target: 80
    batas: {{max: 1000}}
  - kode: "IKU-03"
    nama: Pertumbuhan jumlah pengaduan yang ditindaklanjuti
    satuan: "%"
    polaritas: positif
    agregasi: rata-rata
    tingkat: unit
    unit: ["DINAS-A"]
  - kode: "SKP-01"
    nama: Rata-rata waktu penyelesaian layanan
    satuan: hari
    polaritas: negatif
    agregasi: rata-rata
    tingkat: pegawai
    unit: ["DINAS-A", "B"]
    bobot: 30
    batas: {{min: -5, max: 60}}
{_SKP}
"""


def small_config():
    from kinerja_cli.config import parse_config_text

    return parse_config_text(SMALL_CONFIG, "uji.yaml")


# ---- semantic dump -----------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


_PROTECTION_FLAGS = (
    "sheet",
    "formatCells",
    "formatRows",
    "formatColumns",
    "insertColumns",
    "insertRows",
    "deleteColumns",
    "deleteRows",
    "sort",
    "autoFilter",
    "selectLockedCells",
    "selectUnlockedCells",
    "objects",
    "scenarios",
)


def _cell(cell: Any) -> dict[str, Any] | None:
    entry: dict[str, Any] = {}
    if cell.value is not None:
        entry["v"] = _jsonable(cell.value)
        entry["t"] = cell.data_type
    if cell.number_format != "General":
        entry["fmt"] = cell.number_format
    if not cell.protection.locked:
        entry["unlocked"] = True
    if cell.fill is not None and cell.fill.fill_type == "solid":
        entry["fill"] = str(cell.fill.fgColor.rgb)
    if cell.font is not None and cell.font.b:
        entry["bold"] = True
    if cell.alignment is not None and cell.alignment.wrap_text:
        entry["wrap"] = True
    return entry or None


def dump_workbook(path: str | Path) -> dict[str, Any]:
    """Everything that matters in a workbook, as plain JSON-able data (not bytes: openpyxl
    and zip versions may change bytes without changing meaning)."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    props = wb.properties
    out: dict[str, Any] = {
        "properties": {
            "title": props.title,
            "subject": props.subject,
            "creator": props.creator,
            "created": _jsonable(props.created),
            "modified": _jsonable(props.modified),
        },
        "workbook_protection": (
            {
                "lockStructure": bool(wb.security.lockStructure),
                "password": bool(wb.security.workbookPassword),
            }
            if wb.security
            else None
        ),
        "active": wb.active.title if wb.active is not None else None,
        "defined_names": {n: d.attr_text for n, d in sorted(wb.defined_names.items())},
        "sheets": [],
    }
    for ws in wb.worksheets:
        p = ws.protection
        dvs = []
        for dv in ws.data_validations.dataValidation:
            dvs.append(
                {
                    "sqref": str(dv.sqref),
                    "type": dv.type,
                    "operator": dv.operator,
                    "formula1": dv.formula1,
                    "formula2": dv.formula2,
                    "allow_blank": bool(dv.allow_blank),
                    "prompt": [dv.promptTitle, dv.prompt] if dv.showInputMessage else None,
                    "error": [dv.errorStyle, dv.errorTitle, dv.error]
                    if dv.showErrorMessage
                    else None,
                }
            )
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                entry = _cell(c)
                if entry:
                    cells[c.coordinate] = entry
        ps = ws.page_setup
        out["sheets"].append(
            {
                "title": ws.title,
                "state": ws.sheet_state,
                "protection": {k: bool(getattr(p, k)) for k in _PROTECTION_FLAGS}
                | {"password": bool(p.password)},
                "freeze": ws.freeze_panes,
                "print_titles": ws.print_title_rows,
                "page": {
                    "orientation": ps.orientation,
                    "paperSize": ps.paperSize,
                    "fitToWidth": ps.fitToWidth,
                    "fitToHeight": ps.fitToHeight,
                    "fitToPage": bool(
                        ws.sheet_properties.pageSetUpPr
                        and ws.sheet_properties.pageSetUpPr.fitToPage
                    ),
                },
                "header": ws.oddHeader.center.text,
                "footer": ws.oddFooter.center.text,
                "autofilter": ws.auto_filter.ref,
                "merged": sorted(str(r) for r in ws.merged_cells.ranges),
                "widths": {
                    k: d.width for k, d in sorted(ws.column_dimensions.items()) if d.customWidth
                },
                "sheet_names": {n: d.attr_text for n, d in sorted(ws.defined_names.items())},
                "validations": sorted(dvs, key=lambda d: (d["sqref"], d["type"] or "")),
                "cells": cells,
            }
        )
    return json.loads(json.dumps(out))


def diff_paths(a: Any, b: Any, path: str = "", limit: int = 20) -> list[str]:
    """Readable differences between two dumps (at most ``limit``)."""
    out: list[str] = []
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b), key=str):
            if len(out) >= limit:
                break
            if k not in a or k not in b:
                out.append(f"{path}/{k}: {a.get(k, '<missing>')!r} != {b.get(k, '<missing>')!r}")
            else:
                out += diff_paths(a[k], b[k], f"{path}/{k}", limit - len(out))
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if len(out) >= limit:
                break
            out += diff_paths(x, y, f"{path}[{i}]", limit - len(out))
    elif a != b:
        out.append(f"{path}: {a!r} != {b!r}")
    return out


def regenerate_golden(tmp_dir: Path) -> Path:
    from kinerja_cli.template import write_template

    path = write_template(small_config(), GOLDEN_UNIT, tmp_dir)
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    GOLDEN_FILE.write_text(
        json.dumps(dump_workbook(path), indent=1, ensure_ascii=False, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    return GOLDEN_FILE


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        print(f"written {regenerate_golden(Path(d))}")
