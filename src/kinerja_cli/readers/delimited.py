"""CSV / TSV text as one sheet (named ``SKP``) of text cells anchored at A1.

Encoding: a UTF-8 or UTF-16 byte-order mark decides; UTF-16 without a mark (little or big
endian, told by the NUL bytes of its ASCII characters: :func:`utf16_without_bom`) is read as
such; otherwise strict UTF-8, falling back to Windows-1252 (what Excel on Windows writes for
"CSV"). Delimiter: ``;`` (Indonesian Excel, where the comma is the decimal mark), tab or ``,``,
see :func:`sniff_delimiter`; title lines of one cell above the table (an e-Kinerja export saved
as CSV by a tool that does not pad them) are not counted. Cell values stay text (the value
normaliser reads numbers later); empty cells are None. The row number of a value is its record
number, as a spreadsheet program shows it.
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


UTF16_SAMPLE = 4096
"""Bytes looked at to tell UTF-16 without a byte-order mark."""
_TEXT_CONTROLS = frozenset("\t\r\n")


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``data`` (without a byte-order mark) is UTF-16
    text, else None. Text of a table is mostly ASCII, so in UTF-16 every other byte is NUL:
    at odd positions for little endian, at even ones for big endian. Taken only when at least
    70 % of the pairs have the NUL on that side and almost none on the other, and the sample
    decodes to text without control characters (tab and line breaks aside): a binary file
    with NULs is not taken for text."""
    sample = data[:UTF16_SAMPLE]
    sample = sample[: len(sample) - len(sample) % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 0.7 * pairs and even <= 0.05 * pairs:
        encoding = "utf-16-le"
    elif even >= 0.7 * pairs and odd <= 0.05 * pairs:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = sample.decode(encoding, errors="strict")
    except UnicodeDecodeError:
        # a sample cut inside a surrogate pair: decode what is whole
        text = sample[:-2].decode(encoding, errors="replace")
    if any(ch < " " and ch not in _TEXT_CONTROLS for ch in text):
        return None
    return encoding


def decode_text(data: bytes) -> str:
    """The text of a CSV file (see the module doc for the encoding rules)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="strict")
    bare = utf16_without_bom(data)
    if bare is not None:
        return data.decode(bare, errors="strict")
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
    split (then the widest) is taken. Records of one cell before the first record a delimiter
    splits (title lines above the table) are left out for that delimiter.
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
            ]
        except csv.Error:
            continue
        # one-cell title lines above the table ("Laporan Penilaian SKP ...", "Periode : ...")
        # are not records of it
        first = next((i for i, w in enumerate(widths) if w >= 2), len(widths))
        widths = widths[first:][:SNIFF_RECORDS]
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
