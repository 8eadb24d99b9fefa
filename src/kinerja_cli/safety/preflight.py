"""The pre-flight check: a cheap, bounded look at a file before any parser touches it.

In order: the file's size; for a zip container, the end-of-directory record (member count and
directory size, before :mod:`zipfile` builds one object per member); the real format from the
bytes (:func:`kinerja_cli.readers.detect.detect_format`: empty, encrypted OOXML, PDF, HTML, a
renamed file...); the declared sizes and compression ratio of every member; an encrypted ODS
manifest; the prolog of every XML part (:func:`kinerja_cli.readers.ooxml.refuse_doctype`: a
DOCTYPE means entity expansion or external entities); the declared ``<dimension>`` of every
worksheet (absurd sizes are refused). No member is ever inflated whole: only prologs and the
first kilobytes of each sheet are read.

A file over a limit raises :class:`~kinerja_cli.errors.InputError` whose message names the
limit, the measured value and the ``keamanan`` key that raises it. Format-level refusals keep
the readers' kodes (``berkas_kosong``, ``berkas_rusak``, ``berkas_terenkripsi``,
``format_tidak_didukung``, ``berkas_xml_berbahaya``, ...), so a file gets the same kode whichever layer spots it.
"""

from __future__ import annotations

import io
import os
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from kinerja_cli.errors import InputError
from kinerja_cli.safety.limits import Limits

if TYPE_CHECKING:
    from kinerja_cli.config import Keamanan

__all__ = [
    "Preflight",
    "SheetExtent",
    "check_file",
    "parse_ref",
]

MB = 1024 * 1024
DIMENSION_WINDOW = 16 * 1024
"""Bytes of a worksheet read, at most, to find its ``<dimension>`` (it precedes sheetData)."""
RATIO_MIN_BYTES = 1 * MB
"""Members smaller than this (uncompressed) are exempt from the ratio limit: a highly
compressible small part is harmless, and tiny repetitive parts are common."""
CENTRAL_ENTRY_MAX = 1024
"""Bytes allowed per central-directory entry when bounding the directory before parsing it."""
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    struct.error,
    UnicodeDecodeError,
)
"""What reading a broken zip raises (ValueError covers defusedxml's refusals)."""

_DIMENSION_RE = re.compile(r"<(?:[\w.-]+:)?dimension\b[^>]*?\bref\s*=\s*[\"']([^\"']*)[\"']")
_REF_RE = re.compile(r"^\$?([A-Za-z]{1,4})\$?(\d{1,8})$")

KEY = "keamanan."


@dataclass(frozen=True, slots=True)
class SheetExtent:
    """The size a worksheet declares in its ``<dimension ref=...>``."""

    part: str
    """The zip member holding the sheet (``xl/worksheets/sheet1.xml``)."""
    ref: str
    rows: int
    """Last row of the declared range (grids are anchored at A1, so this is the row count)."""
    cols: int

    @property
    def cells(self) -> int:
        return self.rows * self.cols


@dataclass(frozen=True, slots=True)
class Preflight:
    """What the pre-flight check measured on a file it let through."""

    path: str
    format: str
    """The real format, from the bytes: xlsx, xlsm, xls, ods or csv."""
    size: int
    entries: int = 0
    """Zip members (0 for non-zip formats)."""
    uncompressed: int = 0
    """Sum of the members' declared uncompressed sizes."""
    largest_entry: int = 0
    max_ratio: float = 0.0
    """Largest uncompressed/compressed ratio among members of at least 1 MiB."""
    sheets: tuple[SheetExtent, ...] = field(default_factory=tuple)

    @property
    def max_cells(self) -> int:
        return max((s.cells for s in self.sheets), default=0)


# ---- entry point ------------------------------------------------------------------------------


def check_file(
    path: str | os.PathLike[str], limits: Keamanan | Limits, *, display_name: str | None = None
) -> Preflight:
    """Sniff and measure ``path`` against ``limits``; raise :class:`InputError` to refuse it.

    Reads the file (at most ``keamanan.ukuran_berkas_maks_mb``), parses only the zip
    directory and the head of each XML part.
    """
    limits = Limits.of(limits)
    p = Path(path)
    name = display_name or str(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise InputError("berkas_tidak_ada", path=name)
        max_bytes = limits.ukuran_berkas_maks_mb * MB
        if size > max_bytes:
            raise _too_large(
                "keamanan_berkas_terlalu_besar", size, limits, "ukuran_berkas_maks_mb", path=name
            )
        with open(p, "rb") as f:
            data = f.read(int(max_bytes) + 1)
    except FileNotFoundError:
        raise InputError("berkas_tidak_ada", path=name) from None
    except OSError as exc:
        raise InputError("berkas_tidak_terbaca", path=name, detail=_exc_text(exc)) from None
    if data.startswith(ZIP_MAGICS):
        return _check_zip(data, name, limits)
    return Preflight(path=name, format=_detect(data, name), size=len(data))


# ---- zip containers (xlsx, xlsm, ods) ---------------------------------------------------------


def _check_zip(data: bytes, name: str, limits: Limits) -> Preflight:
    """Directory limits first (before anything reads a member), then the format, then the
    prologs and sheet dimensions."""
    from kinerja_cli.readers.ooxml import refuse_doctype

    count, cd_size = _central_directory(data)
    if (
        count > limits.jumlah_entri_zip_maks
        or cd_size > limits.jumlah_entri_zip_maks * CENTRAL_ENTRY_MAX
    ):
        raise InputError(
            "keamanan_entri_zip_terlalu_banyak",
            path=name,
            jumlah=max(count, cd_size // CENTRAL_ENTRY_MAX),
            batas=limits.jumlah_entri_zip_maks,
            kunci=KEY + "jumlah_entri_zip_maks",
        )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS as exc:
        _detect(data, name)  # names the damage (truncated, ...) in the readers' words
        raise InputError("berkas_rusak", path=name, detail=_exc_text(exc)) from None
    with zf:
        infos = zf.infolist()
        _check_members(infos, name, limits)
        fmt = _detect(data, name)
        if fmt not in ("xlsx", "xlsm", "ods"):  # detect_format refuses other zips; be sure
            return Preflight(path=name, format=fmt, size=len(data))
        if fmt == "ods" and "META-INF/manifest.xml" in zf.NameToInfo:
            manifest = _read_small(zf, "META-INF/manifest.xml", 4 * MB, name)
            if b"encryption-data" in manifest:
                raise InputError("berkas_terenkripsi", path=name)
        try:
            refuse_doctype(zf, name)
        except ZIP_ERRORS as exc:
            raise InputError("berkas_rusak", path=name, detail=_exc_text(exc)) from None
        sheets = _check_dimensions(zf, name, limits) if fmt != "ods" else []
    return Preflight(
        path=name,
        format=fmt,
        size=len(data),
        entries=len(infos),
        uncompressed=sum(i.file_size for i in infos),
        largest_entry=max((i.file_size for i in infos), default=0),
        max_ratio=max((_ratio(i) for i in infos if i.file_size >= RATIO_MIN_BYTES), default=0.0),
        sheets=tuple(sheets),
    )


def _detect(data: bytes, name: str) -> str:
    """The readers' format detection; a damaged member it trips over is damage too."""
    from kinerja_cli.readers.detect import detect_format

    try:
        return detect_format(data, name)
    except ZIP_ERRORS as exc:
        raise InputError("berkas_rusak", path=name, detail=_exc_text(exc)) from None


def _central_directory(data: bytes) -> tuple[int, int]:
    """(entry count, central directory size) from the end record, before zipfile parses it.

    zipfile would otherwise build one object per directory entry, however many there are.
    A missing end record is left to the format check (a truncated zip).
    """
    tail_start = max(0, len(data) - (22 + 65535 + 20))
    at = data.rfind(b"PK\x05\x06", tail_start)
    if at < 0 or len(data) - at < 22:
        return 0, 0
    (_sig, _disk, _cd_disk, _n_disk, count, cd_size, _cd_offset, _comment_len) = struct.unpack(
        "<4s4H2LH", data[at : at + 22]
    )
    loc = at - 20
    if (
        (count == 0xFFFF or cd_size == 0xFFFFFFFF)
        and loc >= 0
        and data[loc : loc + 4] == b"PK\x06\x07"
    ):
        (eocd64,) = struct.unpack("<Q", data[loc + 8 : loc + 16])
        rec = data[eocd64 : eocd64 + 56] if eocd64 < len(data) else b""
        if len(rec) == 56 and rec[:4] == b"PK\x06\x06":
            count, cd_size = struct.unpack("<QQ", rec[32:48])
    return count, cd_size


def _check_members(infos: list[zipfile.ZipInfo], name: str, limits: Limits) -> None:
    seen: set[str] = set()
    for info in infos:
        if info.flag_bits & 0x1:
            raise InputError("berkas_terenkripsi", path=name)
        if info.filename in seen:
            raise InputError(
                "berkas_rusak", path=name, detail=f"zip: duplicate part '{_short(info.filename)}'"
            )
        seen.add(info.filename)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise InputError(
                "berkas_rusak",
                path=name,
                detail=f"zip: unsupported compression method {info.compress_type}",
            )
        # Deflate never grows data by more than a few bytes per 16 KiB block: a compressed
        # size far above the declared size means the directory lies about what it unpacks to.
        if info.compress_size > info.file_size + info.file_size // 100 + 1024:
            raise InputError(
                "berkas_rusak",
                path=name,
                detail=f"zip: inconsistent sizes of '{_short(info.filename)}'",
            )
    total = sum(i.file_size for i in infos)
    if total > limits.ukuran_terurai_maks_mb * MB:
        raise _too_large(
            "keamanan_terurai_terlalu_besar", total, limits, "ukuran_terurai_maks_mb", path=name
        )
    for info in infos:
        if info.file_size > limits.ukuran_entri_maks_mb * MB:
            raise _too_large(
                "keamanan_entri_terlalu_besar",
                info.file_size,
                limits,
                "ukuran_entri_maks_mb",
                path=name,
                entri=_short(info.filename),
            )
    for info in infos:
        if info.file_size >= RATIO_MIN_BYTES and _ratio(info) > limits.rasio_kompresi_maks:
            raise InputError(
                "keamanan_rasio_kompresi",
                path=name,
                entri=_short(info.filename),
                rasio=f"{_ratio(info):.0f}",
                batas=_num(limits.rasio_kompresi_maks),
                kunci=KEY + "rasio_kompresi_maks",
            )


def _too_large(kode: str, size: int, limits: Limits, key: str, **where: str) -> InputError:
    """The refusal of ``size`` bytes over the ``keamanan`` limit ``key`` (in MB): ``where``
    (the file, the zip member) first, then the size, the limit and the key that raises it."""
    limit = getattr(limits, key)
    return InputError(kode, **where, ukuran_mb=_mb(size), batas_mb=_num(limit), kunci=KEY + key)


def _ratio(info: zipfile.ZipInfo) -> float:
    return info.file_size / max(info.compress_size, 1)


def _read_small(zf: zipfile.ZipFile, member: str, limit: int, name: str) -> bytes:
    try:
        with zf.open(member) as fh:
            return fh.read(limit)
    except ZIP_ERRORS as exc:
        raise InputError("berkas_rusak", path=name, detail=_exc_text(exc)) from None


def _check_dimensions(zf: zipfile.ZipFile, name: str, limits: Limits) -> list[SheetExtent]:
    """The ``<dimension>`` each worksheet declares, refused when it implies too many cells.

    Only the head of each sheet is read (the element precedes ``sheetData``). A sheet without
    one, or lying about its size, is bounded by the sandbox instead.
    """
    from kinerja_cli.readers.ooxml import sheet_parts

    try:
        parts = sheet_parts(zf)
    except (KeyError, SyntaxError, *ZIP_ERRORS) as exc:
        raise InputError("berkas_rusak", path=name, detail=_exc_text(exc)) from None
    sheets: list[SheetExtent] = []
    for sheet_name, part in parts.items():
        try:
            with zf.open(part) as fh:
                ref = _find_dimension(fh)
        except ZIP_ERRORS as exc:
            raise InputError("berkas_rusak", path=name, detail=_exc_text(exc)) from None
        extent = parse_ref(ref) if ref is not None else None
        if ref is None or extent is None:
            continue
        sheet = SheetExtent(part=part, ref=ref, rows=extent[0], cols=extent[1])
        for kode, word, measured, limit in (
            ("keamanan_baris_terlalu_banyak", "baris", sheet.rows, "baris_maks"),
            ("keamanan_sel_terlalu_banyak", "sel", sheet.cells, "sel_maks"),
        ):
            if measured > getattr(limits, limit):
                params = {
                    "path": name,
                    "lembar": _short(sheet_name),
                    "rentang": _short(ref, 40),
                    word: _thousands(measured),
                    "batas": _thousands(getattr(limits, limit)),
                    "kunci": KEY + limit,
                }
                raise InputError(kode, **params)
        sheets.append(sheet)
    return sheets


def _find_dimension(fh: IO[bytes]) -> str | None:
    text = ""
    while len(text) < DIMENSION_WINDOW:
        chunk = fh.read(4096)
        if not chunk:
            break
        text += chunk.decode("utf-8", "replace")
        m = _DIMENSION_RE.search(text)
        if m:
            return m.group(1)
        if "sheetData" in text:
            break
    return None


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


def parse_ref(ref: str) -> tuple[int, int] | None:
    """(last row, last column) of an A1 range such as ``A1:K1200`` or ``B2``; None if odd."""
    parts = ref.strip().split(":")
    if not 1 <= len(parts) <= 2:
        return None
    rows: list[int] = []
    cols: list[int] = []
    for part in parts:
        m = _REF_RE.match(part.strip())
        if not m:
            return None
        cols.append(_col_number(m.group(1)))
        rows.append(int(m.group(2)))
    return max(rows), max(cols)


# ---- small helpers -----------------------------------------------------------------------------


def _mb(n: int) -> str:
    return f"{n / MB:.1f}"


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _num(x: float) -> str:
    return f"{x:g}"


def _short(text: str, limit: int = 80) -> str:
    from kinerja_cli.safety.text import printable

    return printable(text, limit)


def _exc_text(exc: BaseException) -> str:
    msg = str(exc)
    return _short(f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__, 160)
