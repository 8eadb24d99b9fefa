"""Which format a file really is, decided from its bytes (never from its name).

A dinas renames files freely: an .xls that is really an HTML table, an .xlsx that is a PDF,
an encrypted workbook (an OLE2 container holding ``EncryptionInfo``). Detection looks at the
first bytes, the zip directory (not the parts' content) and the OLE2 directory, and either
names one of the readable formats or raises an :class:`~kinerja_cli.errors.InputError` whose
kode says why the file is refused.
"""

from __future__ import annotations

import io
import struct
import zipfile

from kinerja_cli.errors import InputError
from kinerja_cli.readers.boundary import BROKEN_FILE, refusal

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"

_ODF_KINDS = {
    "application/vnd.oasis.opendocument.text": "OpenDocument Text (.odt)",
    "application/vnd.oasis.opendocument.presentation": "OpenDocument Presentation (.odp)",
    "application/vnd.oasis.opendocument.spreadsheet-template": "OpenDocument template (.ots)",
}


def detect_format(data: bytes, path: str) -> str:
    """One of the container kinds (:data:`kinerja_cli.containers.KINDS`) for the bytes of a
    file, or InputError.

    Kodes raised: ``berkas_kosong``, ``berkas_terenkripsi``, ``berkas_rusak`` (a zip or OLE2
    container that is truncated or damaged), ``format_tidak_didukung`` (a known other kind:
    PDF, HTML, Word, ...), ``format_tidak_dikenal`` (binary or text that is no table).
    """
    if not data:
        raise InputError("berkas_kosong", path=path)
    head = data[:8]
    if head.startswith(ZIP_MAGICS):
        return _zip_kind(data, path)
    if head == OLE_MAGIC:
        return _ole_kind(data, path)
    return _other_kind(data, path)


# ---- zip containers --------------------------------------------------------------------------


def _zip_kind(data: bytes, path: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            lower = {n.lower().lstrip("/") for n in names}
            if "xl/workbook.xml" in lower:
                macro = any(n.endswith("vbaproject.bin") for n in lower)
                if not macro and "[content_types].xml" in lower:
                    real = next(n for n in names if n.lower().lstrip("/") == "[content_types].xml")
                    with zf.open(real) as fh:
                        macro = b"macroEnabled" in fh.read(256 * 1024)
                return "xlsm" if macro else "xlsx"
            if "mimetype" in names:
                with zf.open("mimetype") as fh:
                    mime = fh.read(200).strip()
                if mime == ODS_MIME:
                    return "ods"
                kind = _ODF_KINDS.get(mime.decode("ascii", "replace"), "OpenDocument")
                raise InputError("format_tidak_didukung", path=path, jenis=kind)
            if "content.xml" in lower and "meta-inf/manifest.xml" in lower:
                return "ods"
            if "xl/workbook.bin" in lower:
                raise InputError(
                    "format_tidak_didukung", path=path, jenis="Excel Binary Workbook (.xlsb)"
                )
            if "word/document.xml" in lower:
                raise InputError("format_tidak_didukung", path=path, jenis="Word (.docx)")
            if "ppt/presentation.xml" in lower:
                raise InputError("format_tidak_didukung", path=path, jenis="PowerPoint (.pptx)")
            raise InputError("format_tidak_didukung", path=path, jenis="ZIP")
    except BROKEN_FILE as exc:
        kode, params = refusal(exc, path, container=True)
        raise InputError(kode, **params) from exc


# ---- OLE2 (compound file) containers ---------------------------------------------------------


def ole_stream_names(data: bytes, max_entries: int = 4096) -> list[str]:
    """Names in the directory of an OLE2 compound file (bounded, no dependency).

    Raises ValueError when the container is damaged.
    """
    if len(data) < 512 or data[:8] != OLE_MAGIC:
        raise ValueError("not an OLE2 container")
    sector_shift = struct.unpack_from("<H", data, 30)[0]
    if sector_shift not in (9, 12):
        raise ValueError("bad sector size")
    size = 1 << sector_shift
    num_fat = struct.unpack_from("<I", data, 44)[0]
    first_dir = struct.unpack_from("<I", data, 48)[0]
    first_difat, num_difat = struct.unpack_from("<II", data, 68)
    n_sectors = (len(data) - 512) // size + 1
    if num_fat > n_sectors:
        raise ValueError("bad FAT count")

    def sector(i: int) -> bytes:
        start = 512 + i * size
        if i < 0 or start >= len(data):
            raise ValueError("sector outside the file")
        return data[start : start + size].ljust(size, b"\xff")

    fat_sectors = [s for s in struct.unpack_from("<109I", data, 76) if s < 0xFFFFFFFA]
    difat, seen = first_difat, 0
    while difat < 0xFFFFFFFA and seen < max(num_difat, 1) and len(fat_sectors) < num_fat:
        block = sector(difat)
        entries = struct.unpack(f"<{size // 4}I", block)
        fat_sectors.extend(s for s in entries[:-1] if s < 0xFFFFFFFA)
        difat, seen = entries[-1], seen + 1
    fat_sectors = fat_sectors[:num_fat]
    fat: list[int] = []
    for s in fat_sectors:
        fat.extend(struct.unpack(f"<{size // 4}I", sector(s)))

    names: list[str] = []
    current, steps = first_dir, 0
    while current < 0xFFFFFFFA:
        block = sector(current)
        for off in range(0, len(block) - 127, 128):
            name_len = struct.unpack_from("<H", block, off + 64)[0]
            kind = block[off + 66]
            if kind in (1, 2, 5) and 2 <= name_len <= 64:
                names.append(block[off : off + name_len - 2].decode("utf-16-le", "replace"))
        steps += 1
        if steps * (size // 128) > max_entries or current >= len(fat):
            break
        current = fat[current]
    return names


def _ole_kind(data: bytes, path: str) -> str:
    try:
        names = {n.lower() for n in ole_stream_names(data)}
    except BROKEN_FILE as exc:
        kode, params = refusal(exc, path, container=True)
        raise InputError(kode, **params) from exc
    if "encryptioninfo" in names or "encryptedpackage" in names:
        raise InputError("berkas_terenkripsi", path=path)
    if "workbook" in names or "book" in names:
        return "xls"
    if "worddocument" in names:
        raise InputError("format_tidak_didukung", path=path, jenis="Word (.doc)")
    if "powerpoint document" in names:
        raise InputError("format_tidak_didukung", path=path, jenis="PowerPoint (.ppt)")
    raise InputError("format_tidak_didukung", path=path, jenis="OLE2 (Office 97-2003)")


# ---- everything else: CSV/TSV text or a refusal ----------------------------------------------

_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _other_kind(data: bytes, path: str) -> str:
    head = data[:4096]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%PDF"):
        raise InputError("format_tidak_didukung", path=path, jenis="PDF")
    if head.startswith((b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf", b"BZh")):
        raise InputError("format_tidak_didukung", path=path, jenis="arsip (gzip/rar/7z)")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        raise InputError("format_tidak_didukung", path=path, jenis="gambar (PNG/JPEG/GIF)")
    if stripped.startswith((b"<!doctype html", b"<html", b"<table", b"<head", b"<body", b"<meta")):
        raise InputError("format_tidak_didukung", path=path, jenis="HTML")
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in head:
            raise InputError("format_tidak_didukung", path=path, jenis="XML Spreadsheet 2003")
        if b"<html" in stripped:
            raise InputError("format_tidak_didukung", path=path, jenis="HTML")
        raise InputError("format_tidak_didukung", path=path, jenis="XML")
    if stripped.startswith(b"{\\rtf"):
        raise InputError("format_tidak_didukung", path=path, jenis="RTF")
    if not head.startswith(_TEXT_BOMS[1:]) and b"\x00" in head:
        from kinerja_cli.readers.delimited import utf16_without_bom

        if utf16_without_bom(data) is None:  # UTF-16 text without a byte-order mark is text
            raise InputError("format_tidak_dikenal", path=path)
    return "csv"
