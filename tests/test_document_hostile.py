"""``kinerja dokumen`` against hostile and careless input (issue 26, item 8): long text without
spaces stays inside its box and never overprints another; control and bidi characters print as
the terminal shows them, in the PDF and the xlsx form; a ``--templat-dokumen`` in any common
encoding is read, a blank, binary or broken one is exit 2 naming why; documents of e-Kinerja
units say what is true of the capaian organisasi.

The layout is checked on the PDF itself: ``pdftotext -bbox`` (poppler) gives every word's box.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from kinerja_cli.safety.text import printable
from tests.conftest import BUNDLED_CONFIG, ROOT
from tests.untrusted import set_cells

MASUK = ROOT / "examples" / "masuk"
DAY = "2027-01-15"
EKINERJA_DAY = "2027-01-20"
MARGIN_X = 1.8 / 2.54 * 72
"""The bundled template's side margin (1.8 cm), in points."""

LONG = {
    "huruf": "A" * 200,
    "nip": "1987654321" * 20,
    "url": "https://contoh.go.id/" + "sangat-panjang/" * 12,
}
HEAD = "KEPALA" + "B" * 200
BIDI = "evil\u202egnp.exe"
CONTROLS = "Budi\x1b[2J\x07Santoso\x9b\u200f\u2066x\u2069\u202a"
BREAKS = "Siti\nAminah\tSari\r\nLubis"
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""What must never reach a text layer or a cell: the terminal's set (safety.text), less the
line breaks a PDF text extraction puts between lines."""


def run(invoke, ws: Path, *args, config=BUNDLED_CONFIG):
    return invoke("--config", config, "--db", ws / "kinerja.db", *args)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


@dataclass
class Dishub:
    ws: Path
    nips: dict[str, str]
    """Name key (``huruf``, ``nip``, ``url``, ``bidi``, ``controls``, ``breaks``, ``head``) ->
    the NIP of the employee carrying it."""
    pdf: Path
    xlsx: Path


@pytest.fixture(scope="module")
def dishub(tmp_path_factory) -> Dishub:
    """DISHUB with hostile names (the head's, so the rater's, too), ingested; its documents
    written once as PDF and once as xlsx."""
    from openpyxl import load_workbook
    from typer.testing import CliRunner

    from kinerja_cli.cli.main import app

    src = MASUK / "RENCANA-DISHUB-2026.xlsx"
    wb = load_workbook(src, read_only=True)
    head = next(
        str(r[1]) for r in wb["Identitas"].iter_rows(values_only=True) if r[0] == "NIP Kepala Unit"
    )
    rows = wb["Pegawai"].iter_rows(values_only=True)
    next(r for r in rows if str(r[0]).startswith("NIP"))
    staff = [str(r[0]) for r in rows if r[0]]
    wb.close()
    names = {**LONG, "bidi": BIDI, "controls": CONTROLS, "breaks": BREAKS}
    others = [n for n in staff if n != head]
    nips = dict(zip(names, others, strict=False))
    nips["head"] = head
    values = {**names, "head": HEAD}
    ws = tmp_path_factory.mktemp("dishub")
    (ws / "masuk").mkdir()
    path = set_cells(
        src,
        ws / "masuk" / src.name,
        first_rows={("Pegawai", "Nama", staff.index(nip)): values[k] for k, nip in nips.items()},
    )
    runner = CliRunner()
    common = ["--config", str(BUNDLED_CONFIG), "--db", str(ws / "kinerja.db")]
    assert runner.invoke(app, [*common, "impor", str(path)]).exit_code in (0, 1)
    pick = [a for nip in nips.values() for a in ("--nip", nip)]
    for fmt in ("pdf", "xlsx"):
        res = runner.invoke(
            app, [*common, "dokumen", *pick, "-f", fmt, "--tanggal", DAY, "-o", str(ws / fmt)]
        )
        assert res.exit_code == 0, res.output
    name = "DOKUMEN-DISHUB-2026-tahunan"
    return Dishub(ws, nips, ws / "pdf" / f"{name}.pdf", ws / "xlsx" / f"{name}.xlsx")


# ---- long text ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Word) -> bool:
        """Printed over each other: the boxes share more than a sliver across and more than
        half a line height (a word's box reaches a little into the lines above and below)."""
        across = min(self.x1, other.x1) - max(self.x0, other.x0)
        down = min(self.y1, other.y1) - max(self.y0, other.y0)
        return across > 0.3 and down > 0.5 * min(self.y1 - self.y0, other.y1 - other.y0)


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


@pytest.fixture(scope="session")
def pdftotext() -> str:
    """poppler's pdftotext: skipped without it locally, a failure on CI (.ci/run installs it)."""
    found = shutil.which("pdftotext")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdftotext (poppler-utils) is not installed")
        pytest.skip("pdftotext (poppler-utils) not installed")
    return found


def word_boxes(pdftotext: str, pdf: Path) -> list[tuple[float, list[Word]]]:
    """Per page: its width and every word with its box (points, origin top left)."""
    import html

    out = subprocess.run(
        [pdftotext, "-bbox", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    return [
        (
            float(width),
            [
                Word(html.unescape(t), float(a), float(b), float(c), float(d))
                for a, b, c, d, t in _WORD.findall(body)
            ],
        )
        for width, _height, body in _PAGE.findall(out)
    ]


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_long_text_stays_inside_the_margins_and_never_overprints(dishub, pdftotext):
    """Before: the 200-character names ran off the right margin (the rater's name a word box
    from x=131 to 601 pt on a 595 pt page) and in the signature block the employee's name ran
    over the rater's."""
    pages = word_boxes(pdftotext, dishub.pdf)
    assert len(pages) >= len(dishub.nips)
    for width, words in pages:
        for w in words:
            assert w.x0 >= MARGIN_X - 1 and w.x1 <= width - MARGIN_X + 1, w
            assert not UNSAFE.search(w.text), w  # poppler's reading of the text layer too
        for i, a in enumerate(words):
            for b in words[i + 1 :]:
                assert not a.overlaps(b), (a, b)
    # the signature block: the employee's name (left) and the rater's (right) side by side
    signed = 0
    for _width, words in pages:
        bottom = [w for w in words if w.y0 > 500]
        rater = [w for w in bottom if re.fullmatch("(KEPALA)?B{8,}", w.text)]
        for key in LONG:
            own = [w for w in bottom if len(w.text) >= 8 and w.text in LONG[key]]
            if own and rater:
                assert max(w.x1 for w in own) < min(w.x0 for w in rater)
                signed += 1
    assert signed >= len(LONG)
    joined = "".join(w.text for _w, words in pages for w in words)
    for name in (*LONG.values(), HEAD):
        assert name in joined  # printed whole (wrapped), not cut
    assert printable(BIDI) in joined  # in logical order


# ---- control and bidi characters -----------------------------------------------------------------


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_control_and_bidi_characters_print_as_the_terminal_shows_them(dishub):
    """Before: U+202E turned "evil.exe" into "exe.live" in the PDF, ESC and BEL were in its
    text layer and in the xlsx cells."""
    from openpyxl import load_workbook

    text = pdf_text(dishub.pdf)
    assert not UNSAFE.search(text), repr(UNSAFE.search(text))
    flat = " ".join(text.split())
    assert printable(BIDI) == "evil\\u202egnp.exe"
    assert printable(BIDI) in flat  # logical order, the override shown, as on the terminal
    assert printable(CONTROLS) in flat
    assert "Siti Aminah Sari Lubis" in flat  # line breaks and tabs print as spaces
    book = load_workbook(dishub.xlsx)
    cells = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value]
    assert not [v for v in cells if UNSAFE.search(str(v))]
    assert printable(BIDI) in cells and printable(CONTROLS) in cells
    assert "Siti Aminah Sari Lubis" in cells


def test_the_terminal_rule_is_unchanged_and_documents_share_it():
    from kinerja_cli.safety.text import document_text

    assert printable("a\nb\tc\x1b\u202ed") == "a\\nb\\tc\\x1b\\u202ed"
    assert document_text("a\nb\tc\x1b\u202ed") == "a b c\\x1b\\u202ed"
    assert document_text("a\r\n\r\nb\u2028c") == "a b c"


# ---- --templat-dokumen -------------------------------------------------------------------------

MARK = "Salinan BKD — édisi kota"
"""Text the test template adds to the title: not ASCII, and in Windows-1252 too."""


def _template() -> str:
    from kinerja_cli.writers.document_files import bundled_template

    text = bundled_template().decode("utf-8")
    title = '#text(size: 13pt, weight: "bold")[#l.judul]'
    assert title in text
    return text.replace(title, f"{title} \\\n {MARK}")


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "utf-16-le", "utf-16-be", "cp1252"],
)
def test_a_template_in_any_common_encoding_is_read(dishub, invoke, tmp_path, encoding):
    """Before: UTF-16 (what Notepad calls "Unicode") and cp1252 ("ANSI") were exit 4,
    "RuntimeError: file is not valid UTF-8"."""
    text = _template()
    data = (
        b"\xfe\xff" + text.encode("utf-16-be")
        if encoding == "utf-16-be-bom"
        else text.encode(encoding)
    )
    path = tmp_path / "bkd.typ"
    path.write_bytes(data)
    nip = dishub.nips["huruf"]
    res = run(invoke, dishub.ws, "dokumen", "--nip", nip, "--templat-dokumen", path, "-o", tmp_path)
    assert res.exit_code == 0, res.output
    assert MARK in pdf_text(tmp_path / "DOKUMEN-DISHUB-2026-tahunan.pdf")


_BROKEN = {
    "empty": (b"", "kosong"),
    "blank": (b"  \n\t\r\n   \n", "kosong"),
    "blank-utf16": ("\n  \n".encode("utf-16"), "kosong"),
    "bad-bom": (b"\xff\xfe\x00\xd8" + "#let x = 1".encode("utf-16-le"), "UTF-16 LE"),
    "binary": (bytes(range(256)) * 4, "pengodean yang dikenal"),
    "not-cp1252": ("// é\n#let x = 1".encode("cp1252") + b"\x81", "pengodean yang dikenal"),
    "escape": (b"\x1b[2J\n#let x = 1", "pengodean yang dikenal"),
    "no-data": (b"// hanya komentar\n", "tidak membaca data dari kinerja"),
    "first-only": (None, "1 halaman untuk"),
    "syntax": (None, "baris 13, kolom 9: unclosed delimiter (di `#let x = (`)"),
    "unknown-name": (None, "baris 13, kolom 1: unknown variable: foo"),
}


@pytest.mark.parametrize("case", list(_BROKEN))
def test_a_blank_binary_or_broken_template_is_exit_2_saying_why(dishub, invoke, tmp_path, case):
    """Before: an empty template wrote "N dokumen ditulis", exit 0, blank pages; a binary
    one was exit 4; a typst error did not say where."""
    from kinerja_cli.writers.document_files import bundled_template

    data, said = _BROKEN[case]
    if case == "first-only":  # reads the data, prints the first document only
        loop = "#for (i, d) in data.docs.enumerate() {"
        source = bundled_template().decode()
        assert loop in source
        data = source[: source.index(loop)].encode() + b"#page-of(data.docs.first())\n"
    if data is None:
        source = bundled_template().decode()
        assert source.splitlines()[11] == "#let l = data.l"  # line 12; the mistake goes on 13
        bad = "#let x = (" if case == "syntax" else "#foo(1)"
        data = source.replace("#let l = data.l\n", f"#let l = data.l\n{bad}\n").encode()
    path = tmp_path / f"{case}.typ"
    path.write_bytes(data)
    out = tmp_path / "keluar"
    res = run(invoke, dishub.ws, "dokumen", "--templat-dokumen", path, "-o", out)
    assert res.exit_code == 2, res.output
    message = " ".join(res.stderr.split())
    assert str(path) in message and said in message, message
    assert not list(out.rglob("*.pdf")) if out.exists() else True


def test_a_missing_template_or_a_folder_is_exit_2(dishub, invoke, tmp_path):
    cases = (
        (tmp_path / "tidak-ada.typ", "tidak ada"),
        (tmp_path, "folder"),
        # a name no file system can hold: the command line's own rule for every path
        (tmp_path / ("x" * 300 + ".typ"), "terlalu panjang untuk sistem berkas"),
    )
    for path, said in cases:
        res = run(invoke, dishub.ws, "dokumen", "--templat-dokumen", path, "-o", tmp_path / "o")
        assert res.exit_code == 2 and said in " ".join(res.stderr.split()), res.output
    english = run(invoke, dishub.ws, "--lang", "en", "dokumen", "--templat-dokumen", tmp_path)
    assert english.exit_code == 2 and "is a folder" in " ".join(english.stderr.split())


# ---- e-Kinerja units ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ekinerja(tmp_path_factory) -> Path:
    """The e-Kinerja example exports (``contoh --format ekinerja``), ingested."""
    from typer.testing import CliRunner

    from kinerja_cli.cli.main import app

    ws = tmp_path_factory.mktemp("ekinerja")
    runner = CliRunner()
    assert (
        runner.invoke(app, ["contoh", "--format", "ekinerja", str(ws / "unduhan")]).exit_code == 0
    )
    common = ["--config", str(BUNDLED_CONFIG), "--db", str(ws / "kinerja.db")]
    res = runner.invoke(app, [*common, "impor", str(ws / "unduhan"), "--tanggal", EKINERJA_DAY])
    assert res.exit_code in (0, 1), res.output
    return ws


@pytest.mark.slow(reason="end-to-end CLI runs, ~4 s on 2 busy cores")
def test_an_ekinerja_unit_says_its_capaian_organisasi_is_not_measured(ekinerja, invoke, tmp_path):
    """Before: "Capaian Kinerja Organisasi - (ditetapkan)", as if someone had set "-"."""
    out = tmp_path / "dok"
    res = run(invoke, ekinerja, "dokumen", "--unit", "DINSOS", "--tanggal", EKINERJA_DAY, "-o", out)
    assert res.exit_code in (0, 1), res.output  # 1: documents without a known rater are listed
    text = " ".join(pdf_text(out / "DOKUMEN-DINSOS-2026-tahunan.pdf").split())
    line = (
        "Capaian Kinerja Organisasi Tidak diukur (unit dinilai dari ekspor e-Kinerja BKN, yang "
        "tidak memuat predikat organisasi)"
    )
    assert text.count(line) == text.count("DOKUMEN EVALUASI KINERJA PEGAWAI") > 0
    assert "(ditetapkan)" not in text and "Organisasi -" not in text
    # the config gives the unit its predikat organisasi: printed, and said where it comes from
    config = tmp_path / "indikator.yaml"
    config.write_text(
        BUNDLED_CONFIG.read_text(encoding="utf-8").replace(
            '{kode: "DINSOS", nama: Dinas Sosial}',
            '{kode: "DINSOS", nama: Dinas Sosial, predikat_organisasi: Baik}',
        ),
        encoding="utf-8",
    )
    out = tmp_path / "dok2"
    res = run(
        invoke,
        ekinerja,
        "dokumen",
        "--unit",
        "DINSOS",
        "--tanggal",
        EKINERJA_DAY,
        "-o",
        out,
        config=config,
    )
    assert res.exit_code in (0, 1), res.output
    text = " ".join(pdf_text(out / "DOKUMEN-DINSOS-2026-tahunan.pdf").split())
    assert (
        "Capaian Kinerja Organisasi Baik (ditetapkan di konfigurasi; ekspor e-Kinerja BKN "
        "tidak memuat predikat organisasi)" in text
    )
    # the xlsx form says the same
    xlsx = run(invoke, ekinerja, "dokumen", "--unit", "DINSOS", "-f", "xlsx", "-o", tmp_path / "x")
    assert xlsx.exit_code in (0, 1), xlsx.output
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "x" / "DOKUMEN-DINSOS-2026-tahunan.xlsx")
    cells = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert (
        "Tidak diukur (unit dinilai dari ekspor e-Kinerja BKN, yang tidak memuat predikat "
        "organisasi)" in cells
    )


def test_a_workbook_unit_without_predikat_organisasi_says_so(dishub, config):
    """A workbook unit whose Identitas leaves the predikat blank and whose IKU cannot be
    scored has none: "Belum ada", never "- (ditetapkan)"."""
    from kinerja_cli.pipeline import score_current
    from kinerja_cli.scoring.capaian import parse_periode
    from kinerja_cli.store import Store
    from kinerja_cli.writers.document import build_documents, document_data

    with Store.open(dishub.ws / "kinerja.db", create=False) as store:
        result = score_current(store, config, config.tahun, parse_periode("tahunan"))
    (doc, *_), _listed = build_documents(result, config, nips=[dishub.nips["huruf"]])
    assert doc.unit.predikat_organisasi  # DISHUB has one (derived from its IKU)
    doc.unit = replace(doc.unit, predikat_organisasi=None, predikat_organisasi_derived=False)
    data = document_data(doc, config=config, result=result, tanggal=result_day())
    assert data["evaluasi"]["capaian_org"] == "Belum ada"
    assert "capaian IKU unit belum dapat dihitung" in data["evaluasi"]["capaian_org_asal"]


def result_day():
    from datetime import date

    return date.fromisoformat(DAY)


def test_the_library_refuses_a_template_path_no_file_can_have(tmp_path):
    """``write_documents(template=...)`` from the library: a NUL in the path was a
    ValueError (a crash), not a usage error."""
    from kinerja_cli.errors import UsageError
    from kinerja_cli.writers.document_files import read_template

    with pytest.raises(UsageError) as caught:
        read_template(tmp_path / "a\x00b.typ")
    assert caught.value.kode == "dokumen_templat_tidak_ada"
