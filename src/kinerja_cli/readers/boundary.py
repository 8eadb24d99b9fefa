"""The one place where exceptions from parsing a file become reasons a person understands.

The same broken file surfaces as a dozen exception types (zipfile, zlib, the XML parsers, csv,
struct, python-calamine's own errors, ...). Every reader catches :data:`BROKEN_FILE` only at
its outer edge and calls :func:`refusal`, so the mapping lives here and nowhere else. The
technical ``detail`` keeps the exception type, so a bug in our own code that slips through is
still visible to whoever reads the message.
"""

from __future__ import annotations

import csv
import struct
import zipfile
import zlib
from typing import Any
from xml.etree.ElementTree import ParseError

import python_calamine as pc

BROKEN_FILE: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ParseError,
    SyntaxError,
    UnicodeError,
    csv.Error,
    struct.error,
    ValueError,
    IndexError,
    OverflowError,
    NotImplementedError,
    MemoryError,
    OSError,
    RuntimeError,
    pc.CalamineError,
)
"""Every exception type a damaged, truncated, hostile or mislabelled file has been seen to
raise while being read."""

_CONTAINER = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    struct.error,
    pc.ZipError,
)


def detail(exc: BaseException) -> str:
    """A short technical note for the BKD officer (the exception type shows a bug too)."""
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return text if len(text) <= 120 else text[:119] + "…"


def refusal(
    exc: BaseException, path: str, *, container: bool = False
) -> tuple[str, dict[str, Any]]:
    """(kode, params) for an exception raised while reading ``path``.

    ``container``: the exception came from opening the container itself (zip directory, OLE2
    directory), so any failure means the file is damaged or truncated.
    """
    if isinstance(exc, pc.PasswordError):
        return "berkas_terenkripsi", {"path": path}
    if isinstance(exc, MemoryError):
        return "berkas_terlalu_berat", {"path": path}
    if container or isinstance(exc, _CONTAINER):
        return "berkas_rusak", {"path": path, "detail": detail(exc)}
    if isinstance(exc, OSError):
        return "berkas_tidak_terbaca", {"path": path, "detail": detail(exc)}
    if isinstance(exc, pc.CalamineError) and "Cfb" in str(exc):
        return "berkas_rusak", {"path": path, "detail": detail(exc)}
    return "berkas_isi_rusak", {"path": path, "detail": detail(exc)}
