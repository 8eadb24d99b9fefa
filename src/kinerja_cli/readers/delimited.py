"""CSV / TSV text as one sheet (named ``SKP``) of text cells anchored at A1.

Encoding: a UTF-8 or UTF-16 byte-order mark decides; otherwise strict UTF-8, falling back to
Windows-1252 (what Excel on Windows writes for "CSV"). Delimiter: ``;`` (Indonesian Excel,
where the comma is the decimal mark), tab or ``,``, see :func:`sniff_delimiter`. Cell values stay text (the value normaliser
reads numbers later); empty cells are None. The row number of a value is its record number,
as a spreadsheet program shows it.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from typing import Any

from kinerja_cli.errors import InputError

DELIMITERS = (";", "\t", ",")
SNIFF_CHARS = 64 * 1024
SNIFF_RECORDS = 50


def decode_text(data: bytes) -> str:
    """The text of a CSV file (see the module doc for the encoding rules)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="strict")
    try:
        return data.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252", errors="strict")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def sniff_delimiter(text: str) -> str | None:
    """The delimiter of a CSV text, or None when none splits it into columns.

    The first of ``;``, tab, ``,`` that splits at least 90 % of the first records into the same
    number (>= 2) of columns wins: ``;`` and tab first, because commas occur inside values
    (decimal commas, "Budi, S.Kom") far more often than they do. Otherwise the most consistent
    split (then the widest) is taken.
    """
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rfind("\n")]
    best: tuple[float, int] | None = None
    chosen = None
    for delim in DELIMITERS:
        try:
            widths = [
                len(r)
                for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delim)
                if any(cell.strip() for cell in r)
            ][:SNIFF_RECORDS]
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        consistency = count / len(widths)
        if consistency >= 0.9:
            return delim
        if best is None or (consistency, width) > best:
            best, chosen = (consistency, width), delim
    return chosen


def read_delimited(data: bytes, path: str) -> list[list[Any]]:
    """Rows of text cells (None for empty); InputError ``format_tidak_dikenal`` when the text
    is no table (no delimiter splits it into columns)."""
    text = decode_text(data)
    delim = sniff_delimiter(text)
    if delim is None:
        raise InputError("format_tidak_dikenal", path=path)
    rows: list[list[Any]] = []
    for record in csv.reader(io.StringIO(text, newline=""), delimiter=delim):
        rows.append([cell if cell != "" else None for cell in record])
    while rows and all(c is None for c in rows[-1]):
        rows.pop()
    return rows
