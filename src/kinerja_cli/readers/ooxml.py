"""What the fast reader cannot tell about an .xlsx/.xlsm, found by scanning its XML parts.

python-calamine returns values only. Validation also needs, per sheet: the cells whose number
format is a percentage (a cell showing 90% holds 0.9), the formulas that carry no saved value
(written by a tool and never opened in a spreadsheet program: every reader sees them empty) and
the error cells (``#DIV/0!``, which calamine returns as an empty string). A full XML parse would
cost as much as the read itself, so the sheet parts are scanned with byte regexes that only
stop on the few cells of interest; a slower position-tracking pass is used only for a sheet whose
cells carry no ``r`` address (a few writers omit it).

Also here: :func:`refuse_doctype`, which rejects any XML part declaring a ``<!DOCTYPE`` (never
present in a real spreadsheet; the vehicle of entity-expansion attacks).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from typing import IO

from defusedxml import ElementTree as SafeET

from kinerja_cli.errors import InputError
from kinerja_cli.readers.base import Cell

BUILTIN_PERCENT_FORMATS = frozenset({9, 10})
"""Excel's built-in number formats ``0%`` and ``0.00%``."""

PROLOG_LIMIT = 1024 * 1024
"""An XML prolog (declaration, comments, whitespace) longer than this is refused."""


@dataclass(slots=True)
class SheetExtras:
    percent_cells: frozenset[Cell] = frozenset()
    formula_cells: frozenset[Cell] = frozenset()
    error_cells: dict[Cell, str] = field(default_factory=dict)


# ---- DOCTYPE refusal -------------------------------------------------------------------------

_PROLOG_TOKEN = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)


def _utf16_to_utf8(head: bytes) -> bytes:
    enc = (
        "utf-16"
        if head[:2] in (b"\xff\xfe", b"\xfe\xff")
        else ("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be")
    )
    return head[: len(head) - len(head) % 2].decode(enc, "replace").encode("utf-8")


def has_doctype(fh: IO[bytes]) -> bool:
    """True when the XML document read from ``fh`` declares a DOCTYPE (or its prolog is longer
    than :data:`PROLOG_LIMIT`). Reads only the prolog, never the whole document."""
    buf = fh.read(64 * 1024)
    if buf[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in buf[:2]:
        buf = _utf16_to_utf8(buf + fh.read(PROLOG_LIMIT))
    pos = 3 if buf.startswith(b"\xef\xbb\xbf") else 0
    while True:
        m = _PROLOG_TOKEN.match(buf, pos)
        if m and m.end() < len(buf):
            pos = m.end()
            continue
        incomplete = m is not None or buf.startswith((b"<?", b"<!--"), pos)
        if not incomplete and len(buf) - pos >= 9:
            return buf[pos : pos + 9].upper() == b"<!DOCTYPE"
        if len(buf) > PROLOG_LIMIT:
            return True
        chunk = fh.read(64 * 1024)
        if not chunk:
            return buf[pos : pos + 9].upper() == b"<!DOCTYPE"
        buf += chunk


def refuse_doctype(zf: zipfile.ZipFile, path: str) -> None:
    """Raise ``berkas_xml_berbahaya`` when any XML part of the archive declares a DOCTYPE."""
    for info in zf.infolist():
        name = info.filename
        if info.is_dir() or not name.lower().endswith((".xml", ".rels", ".vml")):
            continue
        with zf.open(name) as fh:
            found = has_doctype(fh)
        if found:
            raise InputError("berkas_xml_berbahaya", path=path, bagian=name)


# ---- workbook structure ----------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _member(zf: zipfile.ZipFile, wanted: str) -> str | None:
    """The real member name for ``wanted`` (case-insensitive, leading slash ignored)."""
    key = wanted.lstrip("/").lower()
    for name in zf.namelist():
        if name.lstrip("/").lower() == key:
            return name
    return None


def sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> archive member of its XML, in workbook order (worksheets only)."""
    wb_name = _member(zf, "xl/workbook.xml")
    if wb_name is None:
        raise KeyError("xl/workbook.xml")
    rels_name = _member(zf, "xl/_rels/workbook.xml.rels")
    targets: dict[str, str] = {}
    if rels_name is not None:
        for rel in SafeET.fromstring(zf.read(rels_name)).iter():
            if _local(rel.tag) == "Relationship" and rel.get("Type", "").endswith("/worksheet"):
                target = rel.get("Target", "")
                if target.startswith("/"):
                    full = target.lstrip("/")
                else:
                    full = posixpath.normpath(posixpath.join("xl", target))
                targets[rel.get("Id", "")] = full
    parts: dict[str, str] = {}
    for el in SafeET.fromstring(zf.read(wb_name)).iter():
        if _local(el.tag) != "sheet":
            continue
        rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), None)
        name = el.get("name")
        if name is None or rid is None or rid not in targets:
            continue
        member = _member(zf, targets[rid])
        if member is not None:
            parts[name] = member
    return parts


_QUOTED = re.compile(r'"[^"]*"|\\.|[_*].|\[[^\]]*\]')


def is_percent_format(code: str) -> bool:
    """A number format code shows a percentage (``0%``, ``0.0%``, ``#,##0.00%;-0%``); a ``%``
    inside quotes, escaped, or in ``[...]`` does not count."""
    return "%" in _QUOTED.sub("", code)


def percent_style_ids(styles_xml: bytes) -> frozenset[int]:
    """Indexes into ``cellXfs`` (the ``s`` attribute of a cell) whose format is a percentage."""
    root = SafeET.fromstring(styles_xml)
    percent_fmts = set(BUILTIN_PERCENT_FORMATS)
    for el in root.iter():
        if _local(el.tag) == "numFmt":
            fmt_id = el.get("numFmtId")
            if fmt_id is not None and fmt_id.isdigit():
                if is_percent_format(el.get("formatCode", "")):
                    percent_fmts.add(int(fmt_id))
                else:
                    percent_fmts.discard(int(fmt_id))
    ids: set[int] = set()
    for el in root.iter():
        if _local(el.tag) == "cellXfs":
            for i, xf in enumerate(x for x in el if _local(x.tag) == "xf"):
                fmt_id = xf.get("numFmtId", "0")
                if fmt_id.isdigit() and int(fmt_id) in percent_fmts:
                    ids.add(i)
            break
    return frozenset(ids)


# ---- sheet scanning --------------------------------------------------------------------------

_P = rb"(?:[A-Za-z_][\w.\-]*:)?"
_R_ATTR = re.compile(rb'\sr="([A-Z]{1,3})([0-9]{1,7})"')
_T_ATTR = re.compile(rb'\st="([a-zA-Z]+)"')
_FORMULA_CELL = re.compile(
    rb"<" + _P + rb"c\b([^>]*)>\s*<" + _P + rb"f\b(?:[^>]*/>|[^>]*>.*?</" + _P + rb"f>)\s*"
    rb"(?:<" + _P + rb"v\b(?:[^>]*/>|[^>]*>(.*?)</" + _P + rb"v>))?",
    re.DOTALL,
)
_ERROR_CELL = re.compile(rb"<" + _P + rb'c\b([^>]*\st="e"[^>]*)>(.*?)</' + _P + rb"c>", re.DOTALL)
_VALUE = re.compile(rb"<" + _P + rb"v\b[^>]*>(.*?)</" + _P + rb"v>", re.DOTALL)
_ROW_OR_CELL = re.compile(rb"<" + _P + rb"(row|c)\b([^>]*)>")
_ROW_R = re.compile(rb'\sr="([0-9]{1,7})"')


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def _positions(xml: bytes) -> dict[int, Cell]:
    """Start offset of each cell element -> (row, col), following implicit addresses."""
    out: dict[int, Cell] = {}
    row, col = 0, 0
    for m in _ROW_OR_CELL.finditer(xml):
        attrs = m.group(2)
        if m.group(1) == b"row":
            rm = _ROW_R.search(attrs)
            row = int(rm.group(1)) if rm else row + 1
            col = 0
        else:
            cm = _R_ATTR.search(attrs)
            if cm:
                col = _col_number(cm.group(1))
                row = int(cm.group(2))
            else:
                col += 1
            out[m.start()] = (row, col)
    return out


class _Addresser:
    """Cell address of a matched cell element; falls back to a position pass if needed."""

    def __init__(self, xml: bytes) -> None:
        self._xml = xml
        self._slow: dict[int, Cell] | None = None

    def __call__(self, start: int, attrs: bytes) -> Cell | None:
        m = _R_ATTR.search(attrs)
        if m:
            return int(m.group(2)), _col_number(m.group(1))
        if self._slow is None:
            self._slow = _positions(self._xml)
        return self._slow.get(start)


def _unescape(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


_ROOT = re.compile(rb"<([A-Za-z_][\w.\-]*:)?worksheet\b")
FAST_PATH_MAX_STYLES = 64


def _root_prefix(xml: bytes) -> bytes:
    m = _ROOT.search(xml, 0, 64 * 1024)
    return m.group(1) or b"" if m else b""


def _percent_fast(xml: bytes, prefix: bytes, percent_ids: frozenset[int]) -> set[Cell] | None:
    """Percentage cells written the usual way (``<c r="D6" s="9"``: address first, style
    next), or None when some styled element does not fit that shape (row styles, another
    attribute order), so the general scan must run."""
    if len(percent_ids) > FAST_PATH_MAX_STYLES:
        return None
    alternatives = b"|".join(str(i).encode() for i in sorted(percent_ids))
    pattern = re.compile(
        b"<" + re.escape(prefix) + rb'c r="([A-Z]{1,3})([0-9]{1,7})" s="(?:' + alternatives + rb')"'
    )
    found = pattern.findall(xml)
    expected = sum(xml.count(b' s="%d"' % i) for i in percent_ids)
    if len(found) != expected:
        return None
    cols = {letters: _col_number(letters) for letters in {f[0] for f in found}}
    return {(int(digits), cols[letters]) for letters, digits in found}


def scan_sheet(xml: bytes, percent_ids: frozenset[int]) -> SheetExtras:
    """Percentage-formatted cells, formulas without a saved value and error cells of one sheet
    part."""
    address = _Addresser(xml)
    prefix = _root_prefix(xml)
    percent: set[Cell] = set()
    if percent_ids:
        fast = _percent_fast(xml, prefix, percent_ids)
        if fast is not None:
            percent = fast
        else:
            alternatives = b"|".join(str(i).encode() for i in sorted(percent_ids))
            pattern = re.compile(rb"<" + _P + rb'c\b([^>]*?\ss="(?:' + alternatives + rb')"[^>]*)>')
            for m in pattern.finditer(xml):
                cell = address(m.start(), m.group(1))
                if cell is not None:
                    percent.add(cell)
    formulas: set[Cell] = set()
    errors: dict[Cell, str] = {}
    # one pass decides whether the sheet has any formula or error cell at all (usually not)
    # plain substring searches first (fast); the regexes run only on sheets that may have some
    if b"<" + prefix + b"f" in xml and re.search(b"<" + re.escape(prefix) + rb"f[ >/]", xml):
        for m in _FORMULA_CELL.finditer(xml):
            attrs, value = m.group(1), m.group(2)
            if value:
                continue
            tm = _T_ATTR.search(attrs)
            if value is not None and tm is not None and tm.group(1) == b"str":
                continue  # a formula whose saved result is the empty string
            cell = address(m.start(), attrs)
            if cell is not None:
                formulas.add(cell)
    if b't="e"' in xml:
        for m in _ERROR_CELL.finditer(xml):
            cell = address(m.start(), m.group(1))
            if cell is None:
                continue
            vm = _VALUE.search(m.group(2))
            errors[cell] = _unescape(vm.group(1)) if vm else "#ERROR"
    return SheetExtras(frozenset(percent), frozenset(formulas), errors)


def scan_workbook(zf: zipfile.ZipFile) -> dict[str, SheetExtras]:
    """:class:`SheetExtras` for every worksheet of an .xlsx/.xlsm, keyed by sheet name."""
    styles = _member(zf, "xl/styles.xml")
    percent_ids = percent_style_ids(zf.read(styles)) if styles is not None else frozenset()
    return {
        name: scan_sheet(zf.read(member), percent_ids) for name, member in sheet_parts(zf).items()
    }
