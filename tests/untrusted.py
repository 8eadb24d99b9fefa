"""Helpers for the tests of untrusted values (issue 16): hostile values put into real
workbooks, including characters openpyxl refuses to write (ESC, BEL), the way a hand-made
file carries them: raw in the XML of the sheet."""

from __future__ import annotations

import random
import shutil
import string
import zipfile
from collections.abc import Mapping
from pathlib import Path

HOSTILE_KODE = "AB\x1b[2J\x1b]0;pwned\x07CD"
HOSTILE_NAMA = "\x1b[2J\x1b[HEvil \u202egnp.exe [bold red]Siti[/bold red] \u2066x\u2069"
TRAVERSAL_UNIT = "../../../../tmp/kinerja-evil-dir"
CONTROL_CHARS = ("\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\u2069", "\u200f")


def huge_text(n: int = 2_000_000, seed: int = 16) -> str:
    """``n`` characters that do not compress well (a run of one letter would be refused as a
    zip bomb before anything is shown)."""
    rng = random.Random(seed)
    return "".join(rng.choices(string.ascii_letters + string.digits, k=n))


def _placeholder(n: int) -> str:
    return f"ZZPLACEHOLDER{n:03d}ZZ"


def set_cells(
    src: Path,
    dst: Path,
    *,
    identitas: Mapping[str, str] | None = None,
    first_rows: Mapping[tuple[str, str, int], str] | None = None,
) -> Path:
    """Copy workbook ``src`` to ``dst`` with values replaced: ``identitas`` label -> value in
    the Identitas sheet; ``first_rows`` (sheet, header, n) -> value in the n-th data row
    (0-based) under that header. Values may hold any character (written raw into
    XML after openpyxl saved a placeholder)."""
    from openpyxl import load_workbook

    wb = load_workbook(src)
    raw: dict[str, str] = {}

    def put(ws, row: int, col: int, value: str) -> None:  # type: ignore[no-untyped-def]
        key = _placeholder(len(raw))
        raw[key] = value
        ws.cell(row=row, column=col, value=key)

    for label, value in (identitas or {}).items():
        ws = wb["Identitas"]
        hit = next(c for row in ws.iter_rows() for c in row if str(c.value or "").strip() == label)
        put(ws, hit.row, hit.column + 1, value)
    for (sheet, header, n), value in (first_rows or {}).items():
        ws = wb[sheet]
        hit = next(
            c
            for row in ws.iter_rows(max_row=30)
            for c in row
            if str(c.value or "").strip() == header
        )
        put(ws, hit.row + 1 + n, hit.column, value)
    tmp = dst.with_suffix(".tmp.xlsx")
    wb.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/") and item.filename.endswith(".xml"):
                text = data.decode("utf-8")
                for key, value in raw.items():
                    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    text = text.replace(key, escaped)
                data = text.encode("utf-8")
            zout.writestr(item, data)
    tmp.unlink()
    return dst


def copy_as(src: Path, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(src, target)
    return target


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() or p.is_symlink()}
