"""Telling our own feedback copies by their content: the marker kinerja writes into every
``<stem>-UMPAN-BALIK.xlsx`` and the digest of its data cells.

When ``kinerja validasi --umpan-balik`` writes a copy it adds a hidden sheet
:data:`MARKER_SHEET` holding (label in column A, value in column B):

- ``jenis``: :data:`MARKER_KIND` (what the sheet is);
- ``versi``: :data:`MARKER_VERSION` (of this marker);
- ``sidik_data``: :func:`data_digest` of the copy as written, i.e. a sha256 over every
  non-empty cell of every sheet except the problem list (:data:`FEEDBACK_SHEET`) and the
  marker itself, read back by our own reader;
- ``berkas_asal``, ``format_asal``: the name and format of the file the copy was made from.

A file whose marker says ``sidik_data`` equal to the digest of its cells now is an
**unchanged** copy (skipped: it brings nothing new). A marked file whose cells differ was
**edited** by the unit and sent back: it is a submission like any other, read without its
problem list. The file's name plays no part: a renamed copy is recognised, and a unit file
that happens to end in ``-UMPAN-BALIK.xlsx`` is checked.

Numbers are compared to 15 significant digits and dates by their day and time, so a copy
opened and saved again without edits (Excel, LibreOffice) still counts as unchanged.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
import zlib
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from kinerja_cli import layout
from kinerja_cli.readers.base import RawWorkbook

FEEDBACK_SHEET = "Umpan Balik"
"""The problem list kinerja puts first in a feedback copy."""
MARKER_SHEET = "_kinerja_umpan_balik"
MARKER_KIND = "salinan-umpan-balik-kinerja"
MARKER_VERSION = 1
_OWN_SHEETS = frozenset({FEEDBACK_SHEET.lower(), MARKER_SHEET.lower()})
_WORKBOOK_XML_MAX = 2 * 1024 * 1024
_MARKER_IN_XML = re.compile(rb"name\s*=\s*[\"']" + re.escape(MARKER_SHEET.encode()) + rb"[\"']")

CopyState = Literal["unchanged", "edited"]


@dataclass(frozen=True, slots=True)
class Marker:
    """What the marker sheet of a feedback copy says."""

    digest: str
    source: str
    source_format: str


def _canonical(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return f"b:{int(value)}"
    if isinstance(value, int | float):
        number = float(value)
        if number != number:
            return None
        return f"n:{number:.15g}"
    if isinstance(value, datetime):
        text = value.isoformat(sep=" ")
        return f"d:{text[:10] if text.endswith(' 00:00:00') else text}"
    if isinstance(value, date):
        return f"d:{value.isoformat()}"
    text = str(value)
    return f"s:{text}" if text != "" else None


def data_digest(raw: RawWorkbook) -> str:
    """sha256 of every non-empty cell (sheet, row, column, value) of every sheet except the
    problem list and the marker, in workbook order."""
    h = hashlib.sha256()
    for name, sheet in raw.sheets.items():
        if name.strip().lower() in _OWN_SHEETS:
            continue
        h.update(b"\x00sheet\x00" + name.encode("utf-8", "surrogatepass"))
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row, start=1):
                text = _canonical(value)
                if text is not None:
                    h.update(f"\x00{r},{c}\x00{text}".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def read_marker(raw: RawWorkbook) -> Marker | None:
    """The marker of a feedback copy made by kinerja, or None."""
    sheet = raw.sheet(MARKER_SHEET)
    if sheet is None:
        return None
    found: dict[str, str] = {}
    for r in range(1, min(sheet.max_row, 20) + 1):
        key, value = sheet.value(r, 1), sheet.value(r, 2)
        if isinstance(key, str) and value is not None:
            found[key.strip()] = str(value).strip()
    if found.get("jenis") != MARKER_KIND or not found.get("sidik_data"):
        return None
    return Marker(
        digest=found["sidik_data"],
        source=found.get("berkas_asal", ""),
        source_format=found.get("format_asal", ""),
    )


def marker_rows(digest: str, source: str, source_format: str) -> list[tuple[str, str | int]]:
    """The (label, value) rows of the marker sheet kinerja writes."""
    return [
        ("jenis", MARKER_KIND),
        ("versi", MARKER_VERSION),
        ("sidik_data", digest),
        ("berkas_asal", source),
        ("format_asal", source_format),
    ]


def copy_state(raw: RawWorkbook) -> tuple[CopyState, Marker] | None:
    """``("unchanged" | "edited", marker)`` for a feedback copy, None for any other file."""
    marker = read_marker(raw)
    if marker is None:
        return None
    return ("unchanged" if data_digest(raw) == marker.digest else "edited"), marker


def without_own_sheets(raw: RawWorkbook) -> RawWorkbook:
    """``raw`` without the problem list and the marker sheet (what is left is unit data)."""
    sheets = {n: s for n, s in raw.sheets.items() if n.strip().lower() not in _OWN_SHEETS}
    return replace(raw, sheets=sheets)


_OUTPUT_IN_XML = re.compile(
    rb"name\s*=\s*[\"']" + re.escape(layout.OUTPUT_PROPERTY.encode()) + rb"[\"']"
)


def is_kinerja_output(path: str | Path) -> bool:
    """Cheap look, without parsing any sheet: is ``path`` a workbook kinerja wrote as an
    output (a recap or a ranked list: its custom properties name
    :data:`~kinerja_cli.layout.OUTPUT_PROPERTY`)? False for anything unreadable."""
    data = _zip_member(path, "docProps/custom.xml")
    return data is not None and bool(_OUTPUT_IN_XML.search(data))


def _zip_member(path: str | Path, member: str) -> bytes | None:
    """The bytes of one small part of a zip file, or None (not a zip, no such part, too big,
    unreadable)."""
    try:
        if not zipfile.is_zipfile(path):
            return None
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(member)
            if info.file_size > _WORKBOOK_XML_MAX:
                return None
            with zf.open(info) as fh:
                return fh.read(_WORKBOOK_XML_MAX + 1)
    except (
        OSError,
        KeyError,
        ValueError,
        RuntimeError,
        EOFError,
        NotImplementedError,
        zipfile.BadZipFile,
        zlib.error,
    ):
        return None


def may_be_copy(path: str | Path) -> bool:
    """Cheap look, without parsing any sheet: is ``path`` an .xlsx/.xlsm whose workbook part
    names the marker sheet? (False for anything unreadable: the reader reports that.)"""
    data = _zip_member(path, "xl/workbook.xml")
    return data is not None and bool(_MARKER_IN_XML.search(data))
