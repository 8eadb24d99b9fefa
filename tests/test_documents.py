"""``kinerja dokumen`` (issue 11): the evaluation documents say what the library scored, for
every employee of the bundled examples; the rater rules; hostile names; the xlsx form."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from kinerja_cli.writers.document import number_text, pangkat_text, periode_text
from kinerja_cli.writers.xlsx import format_nip
from tests.conftest import BUNDLED_CONFIG, ROOT, needs_soffice, soffice_convert

MASUK = ROOT / "examples" / "masuk"
DAY = "2027-01-15"


def run(invoke, ws: Path, *args, config=BUNDLED_CONFIG):
    return invoke("--config", config, "--db", ws / "kinerja.db", *args)


def validation_issues(invoke, tmp_path, path):
    """The issues ``kinerja validasi --format json`` reports for ``path`` (which has errors)."""
    checked = run(invoke, tmp_path, "validasi", path, "--format", "json")
    assert checked.exit_code == 1
    return json.loads(checked.stdout)["issues"]


def pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() for p in PdfReader(path).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def score(ws: Path, config, periode: str = "tahunan"):
    from kinerja_cli.pipeline import score_current
    from kinerja_cli.scoring.capaian import parse_periode
    from kinerja_cli.store import Store

    with Store.open(ws / "kinerja.db", create=False) as store:
        return score_current(store, config, config.tahun, parse_periode(periode))


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    """All bundled example units ingested, and their documents written (PDF)."""
    from typer.testing import CliRunner

    from kinerja_cli.cli.main import app

    ws = tmp_path_factory.mktemp("kota")
    runner = CliRunner()
    common = ["--config", str(BUNDLED_CONFIG), "--db", str(ws / "kinerja.db")]
    assert runner.invoke(app, [*common, "impor", str(MASUK)]).exit_code in (0, 1)
    out = ws / "dokumen"
    result = runner.invoke(app, [*common, "dokumen", "--tanggal", DAY, "-o", str(out)])
    return ws, out, result


@pytest.mark.slow(reason="end-to-end CLI runs, ~16 s on 2 busy cores")
def test_every_page_says_what_the_library_scored(city, config):
    ws, out, cli = city
    result = score(ws, config)
    names = {i.kode: i for i in config.indikator}
    complete = [e for e in result.employees if e.lengkap]
    incomplete = [e for e in result.employees if not e.lengkap]
    assert complete and incomplete  # the examples plant incomplete rows
    # exit 1: some employees get no document; each is listed with the reason
    assert cli.exit_code == 1
    stderr = flat(cli.stderr)
    assert f"{len(complete)} dokumen evaluasi ditulis" in stderr
    for e in incomplete:
        assert f"{e.unit} {e.nip}" in stderr
    by_nip: dict[tuple[str, str], str] = {}
    for unit in result.units:
        path = out / f"DOKUMEN-{unit.kode}-2026-tahunan.pdf"
        texts = pages(path)
        docs = [e for e in complete if e.unit == unit.kode]
        assert len(texts) == len(docs), unit.kode  # one employee per page
        for n, text in enumerate(texts, start=1):
            assert f"Halaman {n} dari {len(texts)}" in text
            assert unit.nama in text
            nip = re.search(r"PEGAWAI YANG DINILAI\s+Nama .*?\nNIP (\d{8} \d{6} \d \d{3})", text)
            assert nip, text[:400]
            by_nip[(unit.kode, nip.group(1).replace(" ", ""))] = flat(text)
    assert set(by_nip) == {(e.unit, e.nip) for e in complete}
    for e in complete:
        text = by_nip[(e.unit, e.nip)]
        assert e.nama in text
        assert f"Predikat Kinerja Pegawai {e.predikat}" in text
        assert f"Rating Hasil Kerja {e.rating_hasil_kerja}" in text
        assert f"Rating Perilaku Kerja {e.rating_perilaku}" in text
        assert f"Nilai {number_text(e.nilai, fixed=True)}" in text
        for r in e.rows:
            ind = names[r.kode]
            row = (
                f"{r.kode} {ind.nama} {ind.satuan} {number_text(r.target)} "
                f"{number_text(r.realisasi)} {number_text(r.capaian, fixed=True)}"
            )
            assert row in text, (e.nip, row)
    for e in incomplete:
        assert not any(e.nip == nip for (_u, nip) in by_nip if _u == e.unit)


@pytest.mark.slow(
    reason="the whole example city ingested and its documents written (module fixture, ~10 s)"
)
def test_the_rater_rules(city, config):
    ws, out, _cli = city
    result = score(ws, config)
    unit = "BKD"
    head = next(e for e in result.employees if e.unit == unit and e.is_kepala)
    staff = next(e for e in result.employees if e.unit == unit and not e.is_kepala and e.lengkap)
    texts = {
        flat(t).split("NIP ", 1)[1][:21].replace(" ", ""): flat(t)
        for t in pages(out / f"DOKUMEN-{unit}-2026-tahunan.pdf")
    }
    official = config.pejabat_penilai_kepala_unit
    # the head is rated by the official of the config; nobody above that is known
    head_text = texts[head.nip]
    assert f"PEJABAT PENILAI KINERJA Nama {official.nama} NIP {format_nip(official.nip)}" in (
        head_text
    )
    assert "ATASAN PEJABAT PENILAI KINERJA Nama - NIP -" in head_text
    # staff: rated by the head, whose rater (the official) is the atasan
    staff_text = texts[staff.nip]
    assert f"PEJABAT PENILAI KINERJA Nama {head.nama} NIP {format_nip(head.nip)}" in staff_text
    assert f"ATASAN PEJABAT PENILAI KINERJA Nama {official.nama}" in staff_text
    assert f"Pejabat Penilai Kinerja, {head.nama} NIP. {format_nip(head.nip)}" in staff_text
    assert "Medan, 15 Januari 2027" in staff_text


def _with_raters(src: Path, dst: Path, raters: dict[int, str]) -> tuple[Path, list[str]]:
    """A copy of ``src`` with a "NIP Pejabat Penilai" column on Pegawai; ``raters`` maps the
    n-th employee (0-based) to the value of its cell. Returns the path and the NIPs in order."""
    from openpyxl import load_workbook

    wb = load_workbook(src)
    ws = wb["Pegawai"]
    header = next(r for r in range(1, 10) if str(ws.cell(r, 1).value).startswith("NIP"))
    col = ws.max_column + 1
    ws.cell(header, col, "NIP Pejabat Penilai")
    nips = []
    for n in range(40):
        value = ws.cell(header + 1 + n, 1).value
        if value is None:
            break
        nips.append(str(value))
    for n, value in raters.items():
        ws.cell(header + 1 + n, col, value).number_format = "@"
    dst.parent.mkdir(parents=True, exist_ok=True)
    wb.save(dst)
    return dst, nips


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_a_named_rater_is_checked_and_printed(invoke, tmp_path, config):
    src = MASUK / "RENCANA-BAPPEDA-2026.xlsx"
    _path, nips = _with_raters(src, tmp_path / "x.xlsx", {})
    rater, rated, bad, stranger, own = nips[1], nips[3], nips[4], nips[5], nips[6]
    path, _ = _with_raters(
        src,
        tmp_path / "masuk" / src.name,
        {3: rater, 4: "12345", 5: "196001011985031001", 6: own},
    )
    checked = run(invoke, tmp_path, "validasi", path, "--format", "json")
    issues = {
        (i["kode"], i["tingkat"], i["column"], i["mengubah_nilai"])
        for i in json.loads(checked.stdout)["issues"]
        if "penilai" in i["kode"]
    }
    assert issues == {
        ("nip_penilai_tidak_sah", "warning", "NIP Pejabat Penilai", False),
        ("penilai_bukan_pegawai_unit", "warning", "NIP Pejabat Penilai", False),
        ("penilai_diri_sendiri", "error", "NIP Pejabat Penilai", True),
    }
    assert run(invoke, tmp_path, "impor", path).exit_code in (0, 1)
    out = tmp_path / "dok"
    result = run(invoke, tmp_path, "dokumen", "--unit", "bappeda", "--tanggal", DAY, "-o", out)
    assert result.exit_code in (0, 1), result.output
    scored = score(tmp_path, config)
    people = {e.nip: e for e in scored.employees}
    head = next(e for e in scored.employees if e.is_kepala)
    texts = {
        flat(t).split("NIP ", 1)[1][:21].replace(" ", ""): flat(t)
        for t in pages(out / "DOKUMEN-BAPPEDA-2026-tahunan.pdf")
    }
    # rated by the named employee, whose own rater (the head) is the atasan
    assert f"PEJABAT PENILAI KINERJA Nama {people[rater].nama}" in texts[rated]
    assert f"ATASAN PEJABAT PENILAI KINERJA Nama {head.nama}" in texts[rated]
    # a malformed or foreign NIP: the head of unit rates
    for nip in (bad, stranger):
        assert f"PEJABAT PENILAI KINERJA Nama {head.nama}" in texts[nip], nip
    # his own NIP: an error, the row is not scored and gets no document (listed)
    assert own not in texts and not people[own].lengkap
    assert f"BAPPEDA {own}" in flat(result.stderr)
    # the warnings do not move any score: only the row with the error differs
    plain = tmp_path / "plain"
    shutil.copytree(MASUK, plain / "masuk", dirs_exist_ok=True)
    run(invoke, plain, "impor", plain / "masuk" / src.name)
    before = {e.nip: (e.nilai, e.predikat) for e in score(plain, config).employees}
    after = {e.nip: (e.nilai, e.predikat) for e in scored.employees}
    assert after[own] == (None, None) and before[own] != (None, None)
    assert {n: v for n, v in after.items() if n != own} == {
        n: v for n, v in before.items() if n != own
    }


HOSTILE = [
    '#set page(width: 1cm) #panic("x") [*tebal*] $x^2$ <b>html</b> \\ "kutip"',
    '=HYPERLINK("http://x","klik")',
    "نور الهدى عبد الله",
    "Budi 🙂👍🏽 Santoso",
    "Panjang " * 700,
]


def test_hostile_names_are_printed_as_text(invoke, tmp_path):
    from openpyxl import load_workbook

    src = MASUK / "RENCANA-DISHUB-2026.xlsx"
    wb = load_workbook(src)
    ws = wb["Pegawai"]
    header = next(r for r in range(1, 10) if str(ws.cell(r, 1).value).startswith("NIP"))
    nips = []
    for n, name in enumerate(HOSTILE):
        cell = ws.cell(header + 2 + n, 2, name)
        cell.data_type = "s"  # the formula-looking name is text typed by a person
        nips.append(str(ws.cell(header + 2 + n, 1).value))
    path = tmp_path / "masuk" / src.name
    path.parent.mkdir()
    wb.save(path)
    assert run(invoke, tmp_path, "impor", path).exit_code in (0, 1)
    out = tmp_path / "dok"
    result = run(invoke, tmp_path, "dokumen", "--nip", *_nip_args(nips), "-o", out)
    assert result.exit_code == 0, result.output
    texts = [flat(t) for t in pages(out / "DOKUMEN-DISHUB-2026-tahunan.pdf")]
    joined = " ".join(texts)
    assert len(texts) >= len(HOSTILE)
    assert flat(HOSTILE[0]) in joined  # markup printed, never run
    assert HOSTILE[1] in joined
    assert "Panjang Panjang" in joined and "…" in joined  # cut, not pages of it
    assert len(texts) <= 2 * len(HOSTILE)
    xlsx = run(
        invoke, tmp_path, "dokumen", "--nip", *_nip_args(nips), "-f", "xlsx", "-o", tmp_path / "x"
    )
    assert xlsx.exit_code == 0, xlsx.output
    book = load_workbook(tmp_path / "x" / "DOKUMEN-DISHUB-2026-tahunan.xlsx")
    assert sorted(book.sheetnames) == sorted(nips)  # documents in NIP order
    cells = [c for ws_ in book.worksheets for row in ws_.iter_rows() for c in row if c.value]
    assert all(c.data_type == "s" for c in cells)  # no formula, every cell text
    assert any(c.value == HOSTILE[1] for c in cells)


def _nip_args(nips: list[str]) -> list[str]:
    args: list[str] = []
    for n in nips:
        args += [n] if not args else ["--nip", n]
    return args


@pytest.mark.slow(reason="end-to-end CLI runs, ~3 s on 2 busy cores")
def test_per_pegawai_files_xlsx_and_choices(city, invoke, tmp_path, config):
    ws, _out, _cli = city
    result = score(ws, config)
    dinsos = [e for e in result.employees if e.unit == "DINSOS" and e.lengkap]
    out = tmp_path / "satu"
    one = run(invoke, ws, "dokumen", "--unit", "DINSOS", "--per-pegawai", "-o", out)
    assert one.exit_code == 0, one.output
    files = sorted((out / "DINSOS").glob("*.pdf"))
    assert len(files) == len(dinsos)
    for e in dinsos:
        (match,) = [f for f in files if f.name.startswith(f"{e.nip}-")]
        (text,) = pages(match)
        assert "Halaman 1 dari 1" in text and e.nama in text
    # an unknown NIP or unit is a usage error (exit 2), naming it
    bad = run(invoke, ws, "dokumen", "--nip", "199901012020011001", "-o", tmp_path / "n")
    assert bad.exit_code == 2 and "199901012020011001" in bad.stderr
    assert run(invoke, ws, "dokumen", "--unit", "TIDAKADA", "-o", tmp_path / "n").exit_code == 2
    assert run(invoke, ws, "dokumen", "-f", "docx", "-o", tmp_path / "n").exit_code == 2
    # a periodic document says its period
    tw = run(invoke, ws, "dokumen", "--unit", "DINSOS", "-p", "TW2", "-o", tmp_path / "tw")
    assert tw.exit_code == 0, tw.output
    text = flat(pages(tmp_path / "tw" / "DOKUMEN-DINSOS-2026-TW2.pdf")[0])
    assert "Triwulan II (kumulatif), 1 Januari 2026 s.d. 30 Juni 2026" in text


@pytest.mark.slow(
    reason="the whole example city ingested and its documents written (module fixture, ~10 s)"
)
def test_a_custom_template_and_a_broken_one(city, invoke, tmp_path):
    from kinerja_cli.writers.document_files import bundled_template

    ws, _out, _cli = city
    mine = tmp_path / "milik-bkd.typ"
    mine.write_bytes(bundled_template().replace(b'paper: "a4"', b'paper: "a5"'))
    ok = run(invoke, ws, "dokumen", "--unit", "DINSOS", "--templat-dokumen", mine, "-o", tmp_path)
    assert ok.exit_code == 0, ok.output
    from pypdf import PdfReader

    box = PdfReader(tmp_path / "DOKUMEN-DINSOS-2026-tahunan.pdf").pages[0].mediabox
    assert round(float(box.width)) == 420  # A5 portrait, points
    broken = tmp_path / "rusak.typ"
    broken.write_text("#let x = (", encoding="utf-8")
    bad = run(invoke, ws, "dokumen", "--templat-dokumen", broken, "-o", tmp_path / "r")
    assert bad.exit_code == 2
    assert "rusak.typ" in flat(bad.stderr)


def test_words_and_numbers():
    assert number_text(14850.0) == "14.850"
    assert number_text(98.333333, fixed=True) == "98,33"
    assert number_text(2.675, fixed=True) == "2,68"  # half away from zero
    assert number_text(1250.5, "en") == "1,250.5"
    assert number_text(None) == "-"
    assert pangkat_text("III/a") == "Penata Muda, III/a"
    assert pangkat_text("IV/e") == "Pembina Utama, IV/e"
    assert pangkat_text("IX") == "IX"  # PPPK: no pangkat
    assert periode_text("tahunan", 2026) == "Tahunan, 1 Januari 2026 s.d. 31 Desember 2026"
    assert periode_text("TW3", 2026, "en").startswith("Quarter III (cumulative), 1 January 2026")


@pytest.mark.slow(
    reason="the whole example city ingested and its documents written (module fixture, ~10 s)"
)
def test_a_document_longer_than_a_page_is_numbered_by_typst(city, config, tmp_path):
    """Page numbers come from the data when every document fits one page; a longer one
    makes kinerja typeset the file again with typst counting (``nomor: hitung``)."""
    from datetime import date

    from kinerja_cli.writers.document import build_documents, document_data, labels
    from kinerja_cli.writers.document_files import PdfTypesetter, page_count, payload

    ws, _out, _cli = city
    result = score(ws, config)
    docs, _ = build_documents(result, config, units=["BKD"])
    data = [
        document_data(d, config=config, result=result, tanggal=date(2027, 1, 15)) for d in docs[:2]
    ]
    data[0]["skp"] = data[0]["skp"] * 12  # about 70 rows: two pages
    setter = PdfTypesetter()
    content = payload(data, labels=labels(), instansi=result.instansi, footer="BKD")
    pdf = setter.compile(content, date(2027, 1, 15))
    assert page_count(pdf) == 3
    target = tmp_path / "panjang.pdf"
    target.write_bytes(pdf)
    texts = pages(target)
    for n, text in enumerate(texts, start=1):
        assert f"Halaman {n} dari 3" in text
    # one page each: the numbers come from the data, and say the same
    short = setter.compile(
        payload(data[1:], labels=labels(), instansi="x", footer="BKD"), date(2027, 1, 15)
    )
    assert page_count(short) == 1


@needs_soffice
@pytest.mark.slow
def test_libreoffice_opens_and_prints_the_xlsx_form(city, invoke, tmp_path, config):
    ws, _out, _cli = city
    result = score(ws, config)
    dinsos = [e for e in result.employees if e.unit == "DINSOS" and e.lengkap]
    out = tmp_path / "x"
    assert run(invoke, ws, "dokumen", "--unit", "DINSOS", "-f", "xlsx", "-o", out).exit_code == 0
    book = out / "DOKUMEN-DINSOS-2026-tahunan.xlsx"
    texts = [flat(t) for t in pages(soffice_convert(book, "pdf", tmp_path))]
    assert len(texts) == len(dinsos)  # one printed A4 page per employee's sheet
    for e, text in zip(sorted(dinsos, key=lambda e: e.nip), texts, strict=True):
        assert format_nip(e.nip) in text and e.predikat in text


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_a_large_unit_is_split_into_parts(city, invoke, tmp_path, config, monkeypatch):
    from kinerja_cli.writers import document_files

    ws, _out, _cli = city
    result = score(ws, config)
    count = len([e for e in result.employees if e.unit == "DINSOS" and e.lengkap])
    monkeypatch.setattr(document_files, "MAX_PER_FILE", 10)
    done = run(invoke, ws, "dokumen", "--unit", "DINSOS", "-o", tmp_path)
    assert done.exit_code == 0, done.output
    parts = sorted(tmp_path.glob("DOKUMEN-DINSOS-2026-tahunan-bagian-*.pdf"))
    assert len(parts) == -(-count // 10)
    sizes = [len(pages(p)) for p in parts]
    assert sum(sizes) == count and max(sizes) == 10
    last = pages(parts[-1])
    assert f"Halaman {sizes[-1]} dari {sizes[-1]}" in last[-1]


# ---- issue 25: an unknown rater, raters rating themselves or each other ------------------


def _identitas_cell(ws, label: str):
    """The value cell right of ``label`` on the Identitas sheet."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == label:
                return ws.cell(cell.row, cell.column + 1)
    raise AssertionError(label)


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_empty_head_nip_is_an_error_and_documents_without_rater_are_listed(invoke, tmp_path):
    from openpyxl import load_workbook

    src = MASUK / "RENCANA-DINKES-2026.xlsx"
    wb = load_workbook(src)
    cell = _identitas_cell(wb["Identitas"], "NIP Kepala Unit")
    cell.value = None
    path = tmp_path / "masuk" / src.name
    path.parent.mkdir()
    wb.save(path)
    found = [
        (i["sheet"], i["cell"], i["tingkat"])
        for i in validation_issues(invoke, tmp_path, path)
        if i["kode"] == "nip_kepala_kosong"
    ]
    assert found == [("Identitas", cell.coordinate, "error")]
    assert run(invoke, tmp_path, "impor", path).exit_code in (0, 1)
    out = tmp_path / "dok"
    done = run(invoke, tmp_path, "dokumen", "-f", "xlsx", "--tanggal", DAY, "-o", out)
    assert done.exit_code == 1, done.output
    stderr = flat(done.stderr)
    book = load_workbook(out / "DOKUMEN-DINKES-2026-tahunan.xlsx", read_only=True)
    written = book.sheetnames
    assert written  # still written, with the reason in the document and on stderr
    assert f"{len(written)} dokumen ditulis tanpa pejabat penilai" in stderr
    for nip in written:
        assert f"DINKES {nip}" in stderr
    assert stderr.count("pejabat penilai tidak diketahui") == len(written)
    text = " ".join(
        str(v) for ws in book.worksheets for r in ws.iter_rows(values_only=True) for v in r if v
    )
    assert "Pejabat penilai tidak diketahui" in text


def test_without_the_head_nip_row_the_file_is_not_scored(invoke, tmp_path):
    """The "NIP Kepala Unit" row deleted from Identitas: an error for the whole file (the
    head could not be recognised), not the warning of a missing optional label."""
    from openpyxl import load_workbook

    src = MASUK / "RENCANA-DINKES-2026.xlsx"
    wb = load_workbook(src)
    ws = wb["Identitas"]
    ws.delete_rows(_identitas_cell(ws, "NIP Kepala Unit").row)
    path = tmp_path / src.name
    wb.save(path)
    checked = run(invoke, tmp_path, "validasi", path, "--format", "json")
    assert checked.exit_code == 1
    found = [
        (i["kode"], i["sheet"], i["row"], i["tingkat"])
        for i in json.loads(checked.stdout)["issues"]
        if "kepala" in i["kode"] or i["kode"].startswith("identitas")
    ]
    assert found == [("nip_kepala_tidak_ada", "Identitas", None, "error")]
    assert json.loads(checked.stdout)["files"][0]["scorable"] is False


def _rated(src: Path, dst: Path, raters: dict[int, int]) -> tuple[Path, list[str]]:
    """``src`` with "NIP Pejabat Penilai" filled: employee n (0-based, staff) rated by m."""
    _path, nips = _with_raters(src, dst.parent / "x" / dst.name, {})
    return _with_raters(src, dst, {n: nips[m] for n, m in raters.items()})


@pytest.mark.parametrize(
    ("raters", "cycle"),
    [({3: 3}, None), ({3: 4, 4: 3}, [3, 4]), ({3: 4, 4: 5, 5: 3}, [3, 4, 5])],
    ids=["diri-sendiri", "dua", "tiga"],
)
@pytest.mark.slow(reason="end-to-end CLI runs, ~10 s on 2 busy cores")
def test_self_rating_and_rater_cycles_are_errors_at_the_cells(invoke, tmp_path, raters, cycle):
    from openpyxl import load_workbook

    src = MASUK / "RENCANA-BAPPEDA-2026.xlsx"
    path, nips = _rated(src, tmp_path / "masuk" / src.name, raters)
    checked = run(invoke, tmp_path, "validasi", path, "--format", "json")
    assert checked.exit_code == 1
    found = {
        i["row"]: i
        for i in json.loads(checked.stdout)["issues"]
        if i["column"] == "NIP Pejabat Penilai"
    }
    header = next(
        r
        for r in range(1, 10)
        if str(load_workbook(path)["Pegawai"].cell(r, 1).value).startswith("NIP")
    )
    assert set(found) == {header + 1 + n for n in raters}
    for n in raters:
        issue = found[header + 1 + n]
        assert issue["tingkat"] == "error" and issue["mengubah_nilai"] is True
        if cycle is None:
            assert issue["kode"] == "penilai_diri_sendiri"
            continue
        assert issue["kode"] == "penilai_melingkar"
        for other in cycle:  # the message names everyone in the cycle
            assert nips[other] in issue["pesan"]
    # no document is written for them, and none names an employee as his own atasan
    assert run(invoke, tmp_path, "impor", path).exit_code == 1
    out = tmp_path / "dok"
    done = run(invoke, tmp_path, "dokumen", "-f", "xlsx", "--tanggal", DAY, "-o", out)
    assert done.exit_code == 1
    book = load_workbook(out / "DOKUMEN-BAPPEDA-2026-tahunan.xlsx", read_only=True)
    assert not {nips[n] for n in raters} & set(book.sheetnames)
    for n in raters:
        assert f"BAPPEDA {nips[n]}" in flat(done.stderr)


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_a_formula_in_the_rater_column_gets_the_formula_cell_issue(invoke, tmp_path):
    from openpyxl import load_workbook

    src = MASUK / "RENCANA-BAPPEDA-2026.xlsx"
    path, _nips = _with_raters(src, tmp_path / "masuk" / src.name, {})
    wb = load_workbook(path)
    ws = wb["Pegawai"]
    header = next(r for r in range(1, 10) if str(ws.cell(r, 1).value).startswith("NIP"))
    cell = ws.cell(header + 4, ws.max_column)
    cell.value = f"=A{header + 2}"  # saved by openpyxl: a formula without a stored value
    wb.save(path)
    found = [
        (i["kode"], i["cell"], i["tingkat"])
        for i in validation_issues(invoke, tmp_path, path)
        if i["column"] == "NIP Pejabat Penilai"
    ]
    assert found == [("sel_rumus_tanpa_nilai", cell.coordinate, "error")]


@pytest.mark.slow(
    reason="the whole example city ingested and its documents written (module fixture, ~10 s)"
)
def test_no_document_names_an_employee_as_his_own_atasan(city, config):
    """Scores that still carry a cycle of raters (stored before the check existed): the
    document of A, rated by B who is rated by A, leaves the atasan unknown."""
    from kinerja_cli.writers.document import build_documents

    ws, _out, _cli = city
    result = score(ws, config)
    a, b = [e for e in result.employees if e.unit == "BKD" and e.lengkap and not e.is_kepala][:2]
    a.nip_penilai, b.nip_penilai = b.nip, a.nip
    docs, _listed = build_documents(result, config, nips=[a.nip, b.nip])
    assert {d.employee.nip: d.penilai.nip for d in docs if d.penilai} == {
        a.nip: b.nip,
        b.nip: a.nip,
    }
    assert all(d.atasan is None for d in docs)
