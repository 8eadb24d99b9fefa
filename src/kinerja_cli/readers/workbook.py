"""Read any accepted file into a :class:`~kinerja_cli.readers.base.RawWorkbook`.

:func:`read_workbook` reads the bytes once (for the sha256 and the format detection), then
calls :func:`parse_file`, which does all the parsing and can run in a child process: its
arguments (a path or bytes, a format name, a display name) and its result
(:class:`ParseResult`, plain dataclasses) pickle. Every exception a broken file can raise
anywhere in parsing (BadZipFile, zlib.error, KeyError, ParseError, calamine's errors,
UnicodeDecodeError, ...) is mapped by :func:`~kinerja_cli.readers.boundary.refusal`, the one boundary, to a few reasons a
person understands; a bug in our own code (anything else) is not hidden.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kinerja_cli.errors import InputError
from kinerja_cli.layout import SHEET_SKP
from kinerja_cli.readers.base import RawSheet, RawWorkbook
from kinerja_cli.readers.boundary import BROKEN_FILE, refusal
from kinerja_cli.readers.detect import detect_format

__all__ = ["ParseResult", "parse_file", "read_workbook"]


@dataclass(slots=True)
class ParseResult:
    """What :func:`parse_file` returns: the sheets, or the refusal kode and its parameters."""

    sheets: dict[str, RawSheet] | None
    kode: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def raise_for_refusal(self) -> dict[str, RawSheet]:
        if self.kode is not None or self.sheets is None:
            raise InputError(self.kode or "berkas_tidak_terbaca", **self.params)
        return self.sheets


def read_workbook(path: str | Path, *, display_name: str | None = None) -> RawWorkbook:
    """Read one input file (.xlsx, .xlsm, .xls, .ods, .csv/.tsv; the format is detected from
    the bytes, not the name). Raises :class:`~kinerja_cli.errors.InputError` (exit code 3)
    with a kode from ``messages/reading.py`` when the file cannot be read."""
    p = Path(path)
    display = display_name if display_name is not None else str(path)
    try:
        data = p.read_bytes()
        stat = p.stat()
    except FileNotFoundError as exc:
        raise InputError("berkas_tidak_ada", path=display) from exc
    except OSError as exc:
        raise InputError(
            "berkas_tidak_terbaca", path=display, detail=exc.strerror or type(exc).__name__
        ) from exc
    fmt = detect_format(data, display)
    sheets = parse_file(data, fmt, display).raise_for_refusal()
    return RawWorkbook(
        path=p,
        display_name=display,
        format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        mtime=datetime.fromtimestamp(stat.st_mtime, tz=UTC),
        sheets=sheets,
    )


def parse_file(source: str | bytes, fmt: str, display_name: str) -> ParseResult:
    """Parse a file already known to be ``fmt`` (see :func:`~kinerja_cli.readers.detect.
    detect_format`). ``source`` is a path or the file's bytes. Never raises for a broken file:
    the refusal comes back in the result."""
    try:
        return ParseResult(_parse(source, fmt, display_name))
    except InputError as exc:
        return ParseResult(None, exc.kode, dict(exc.params))
    except BROKEN_FILE as exc:
        kode, params = refusal(exc, display_name)
        return ParseResult(None, kode, params)


# ---- parsing ---------------------------------------------------------------------------------


def _parse(source: str | bytes, fmt: str, display: str) -> dict[str, RawSheet]:
    if fmt == "csv":
        from kinerja_cli.readers.delimited import read_delimited

        data = source if isinstance(source, bytes) else Path(source).read_bytes()
        return {
            SHEET_SKP: RawSheet(
                name=SHEET_SKP, rows=read_delimited(data, display), percent_cells=frozenset()
            )
        }
    if fmt in ("xlsx", "xlsm", "ods"):
        from kinerja_cli.readers.ooxml import refuse_doctype

        # Sequential on purpose: a batch is read by one worker process per core, where a
        # second thread (calamine releases the GIL) only competes for the same cores.
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as zf:
            refuse_doctype(zf, display)
            extras = _scan_extras(zf, fmt)
        return _with_extras(_read_calamine(source), extras)
    if fmt == "xls":
        from kinerja_cli.readers.xls import scan_xls

        # calamine first, so a damaged file gets the same refusal as before; then the cell
        # formats calamine does not tell (percentages, error cells), as for .xlsx and .ods
        sheets = _read_calamine(source)
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
        return _with_extras(sheets, scan_xls(data, display))
    raise InputError("format_tidak_didukung", path=display, jenis=fmt)


def _with_extras(sheets: dict[str, RawSheet], extras: dict[str, Any]) -> dict[str, RawSheet]:
    """``sheets`` with the percentage, formula and error cells found by a format scan."""
    for name, sheet in sheets.items():
        found = extras.get(name)
        if found is not None:
            sheet.percent_cells = found.percent_cells
            sheet.formula_cells = found.formula_cells
            sheet.error_cells = found.error_cells
        else:
            sheet.percent_cells = frozenset()  # the format is known: none is a percentage
    return sheets


def _scan_extras(zf: zipfile.ZipFile, fmt: str) -> dict[str, Any]:
    if fmt == "ods":
        from kinerja_cli.readers.ods import scan_content

        return scan_content(zf)
    from kinerja_cli.readers.ooxml import scan_workbook

    return scan_workbook(zf)


def _read_calamine(source: str | bytes) -> dict[str, RawSheet]:
    """All worksheets, values anchored at A1 (leading empty rows/columns kept), '' -> None."""
    import python_calamine as pc

    if isinstance(source, bytes):
        wb = pc.CalamineWorkbook.from_filelike(io.BytesIO(source))
    else:
        wb = pc.CalamineWorkbook.from_path(source)
    sheets: dict[str, RawSheet] = {}
    with wb:
        for meta in wb.sheets_metadata:
            if meta.typ != pc.SheetTypeEnum.WorkSheet:
                continue
            grid = wb.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
            # Only rows holding an empty cell ("") are rebuilt; the test runs in C.
            rows: list[list[Any]] = [
                [None if v == "" else v for v in row] if "" in row else row for row in grid
            ]
            while rows and all(v is None for v in rows[-1]):
                rows.pop()
            sheets[meta.name] = RawSheet(
                name=meta.name,
                rows=rows,
                percent_cells=None,
                hidden=meta.visible != pc.SheetVisibleEnum.Visible,
            )
    return sheets
