"""e-Kinerja exports edited the way agencies and BKD admins really do (issue 25), through the
CLI, from ``kinerja contoh --format ekinerja`` files: the period and year come from the title
and the ``Periode :`` line together (never a default), a pull date after the command's date is
an error, formula and error cells in the rating columns get the templates' cell issues, and a
config ``unor`` that means two units is a config error."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from kinerja_cli.examples.ekinerja import MANIFEST
from tests.conftest import BUNDLED_CONFIG

TODAY = ["--tanggal", "2027-01-20"]
"""The command's date: the example exports are pulled on 2027-01-15."""
UNIT = "DINSOS"
UNIT_NAME = "Dinas Sosial"


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> Path:
    """The example exports of the bundled city (written once)."""
    from typer.testing import CliRunner

    from kinerja_cli.cli.main import app

    folder = tmp_path_factory.mktemp("ekinerja") / "unduhan"
    assert CliRunner().invoke(app, ["contoh", "--format", "ekinerja", str(folder)]).exit_code == 0
    planted = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["jebakan"]
    assert not any(UNIT in t["berkas"] for t in planted)  # the unit edited here is clean
    return folder


def penilaian(exports: Path) -> Path:
    return exports / f"Laporan Penilaian SKP {UNIT} 2026.xlsx"


def edited(exports: Path, tmp_path: Path, name: str, **cells: object) -> Path:
    """A copy of the unit's Laporan Penilaian SKP with ``cells`` (A1 -> value) changed."""
    wb = openpyxl.load_workbook(penilaian(exports))
    ws = wb.active
    for ref, value in cells.items():
        ws[ref] = value
    path = tmp_path / name
    wb.save(path)
    return path


def column(path: Path, name: str) -> str:
    """The letter of export column ``name`` (header row 8)."""
    ws = openpyxl.load_workbook(path).active
    return next(c.column_letter for c in ws[8] if str(c.value).lower() == name)


def issues_of(invoke, path: Path, *extra: str) -> tuple[int, list[dict]]:
    res = invoke("--config", BUNDLED_CONFIG, "validasi", path, "-f", "json", *extra)
    assert res.exit_code in (0, 1), res.output
    return res.exit_code, json.loads(res.stdout)["issues"]


def errors(issues: list[dict]) -> list[tuple[str | None, str]]:
    return [(i["cell"], i["kode"]) for i in issues if i["tingkat"] == "error"]


def unit_summary(invoke, opts: list, periode: str = "tahunan") -> dict:
    res = invoke(*opts, "ringkasan", "-f", "json", "--periode", periode)
    assert res.exit_code in (0, 1), res.output
    return next(u for u in json.loads(res.stdout)["unit"] if u["unit"] == UNIT)


# ---- period and year: the title and the Periode line together ------------------------------


@pytest.mark.parametrize(
    ("title", "periode", "expected"),
    [
        # a quarter's title over the annual Periode line: they disagree
        ("Laporan Penilaian SKP Periode TW II Tahun 2026", None, [("A1", "ek_periode_beda")]),
        (
            "Laporan Penilaian SKP Periode Triwulan Kedua Tahun 2026",
            "Periode : 01/01/2026 - 31/12/2026",
            [("A1", "ek_periode_beda")],
        ),
        # the year of another recap, with the word "Tahun" left out
        (
            "Laporan Penilaian SKP Periode Tahunan 2025",
            "Periode : 1 Januari 2025 - 31 Desember 2025",
            [("A1", "ek_tahun_beda")],
        ),
        # 2025 in the title, 2026 in the Periode line
        ("Laporan Penilaian SKP Periode Tahunan 2025", None, [("A1", "ek_periode_beda")]),
        (
            "Laporan Penilaian SKP Periode Mingguan Tahun 2026",
            None,
            [("A1", "ek_periode_tidak_dikenal")],
        ),
        (
            "Laporan Penilaian SKP Periode Tahunan Tahun 2026",
            "Periode : 1 Januari 2026 - 15 Desember 2026",
            [("A3", "ek_periode_tidak_dikenal")],
        ),
        (
            "Laporan Penilaian SKP Periode TW II Tahun 2026 2025",
            None,
            [("A1", "ek_tahun_tidak_dikenal")],
        ),
        # no title and no Periode line: no period is assumed
        ("", "", [("A1", "ek_periode_tidak_dikenal")]),
    ],
    ids=[
        "tw2-annual-line",
        "triwulan-kedua-annual-line",
        "2025-without-tahun",
        "2025-title-2026-line",
        "unknown-words",
        "line-not-a-period",
        "two-years",
        "no-title-no-line",
    ],
)
def test_a_period_or_year_that_is_not_clear_is_an_error_at_the_title(
    exports, tmp_path, invoke, title, periode, expected
):
    cells = {"A1": title or None}
    if periode is not None:
        cells["A3"] = periode or None
    path = edited(exports, tmp_path, "p.xlsx", **cells)
    code, issues = issues_of(invoke, path, *TODAY)
    assert code == 1
    assert errors(issues) == expected
    (issue,) = [i for i in issues if i["tingkat"] == "error"]
    assert issue["row"] is None  # the whole file: never counted with a guessed period


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_a_quarter_export_counts_only_for_that_quarter(exports, tmp_path, invoke):
    """ "TW II" (and "Triwulan Kedua") with its Periode line is read, counted for the TW2 recap
    only; in the annual recap the unit is listed, not scored, with the reason."""
    for n, title in enumerate(("Periode TW II Tahun 2026", "Periode Triwulan Kedua Tahun 2026")):
        path = edited(
            exports,
            tmp_path,
            f"tw2-{n}.xlsx",
            A1=f"Laporan Penilaian SKP {title}",
            A3="Periode : 1 April 2026 - 30 Juni 2026",
        )
        code, issues = issues_of(invoke, path, *TODAY)
        assert (code, errors(issues)) == (0, [])
        opts = ["--config", BUNDLED_CONFIG, "--db", tmp_path / f"k{n}.db"]
        assert invoke(*opts, "impor", path, *TODAY).exit_code == 0
        tw2 = unit_summary(invoke, opts, "TW2")
        assert tw2["dikirim"] and tw2["pegawai_dinilai"] > 0
        annual = unit_summary(invoke, opts)
        assert annual["dikirim"] and annual["pegawai_dinilai"] == 0
        out = tmp_path / f"r{n}.xlsx"
        assert invoke(*opts, "rekap", "-o", out, *TODAY).exit_code in (0, 1)
        problems = _masalah(out)
        assert any(r[5] == "skor_ekinerja_periode_lain" and "Triwulan II" in r[7] for r in problems)


def test_a_semester_export_counts_for_no_recap_period(exports, tmp_path, invoke):
    path = edited(
        exports,
        tmp_path,
        "s1.xlsx",
        A1="Laporan Penilaian SKP Periode Semester I Tahun 2026",
        A3="Periode : 01/01/2026 - 30/06/2026",
    )
    code, issues = issues_of(invoke, path, *TODAY)
    assert (code, errors(issues)) == (0, [])
    opts = ["--config", BUNDLED_CONFIG, "--db", tmp_path / "k.db"]
    invoke(*opts, "impor", path, *TODAY)
    for periode in ("tahunan", "TW1", "TW2"):
        found = unit_summary(invoke, opts, periode)
        assert found["dikirim"] and found["pegawai_dinilai"] == 0, periode


def test_a_bad_title_never_replaces_the_stored_export(exports, tmp_path, invoke):
    """The annual export stored; a later download whose title says TW II over an annual
    Periode line is stored, not current: the unit's scores stay the same, exit 1."""
    opts = ["--config", BUNDLED_CONFIG, "--db", tmp_path / "k.db"]
    assert invoke(*opts, "impor", penilaian(exports), *TODAY).exit_code == 0
    before = unit_summary(invoke, opts)
    assert before["pegawai_dinilai"] > 0
    later = edited(
        exports,
        tmp_path,
        "later.xlsx",
        A1="Laporan Penilaian SKP Periode TW II Tahun 2026",
        A6="Data ditarik pada : 2027-01-18 08:00:00",
    )
    assert invoke(*opts, "impor", later, *TODAY).exit_code == 1
    assert unit_summary(invoke, opts) == before


# ---- the pull date --------------------------------------------------------------------------


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_a_pull_date_after_the_commands_date_is_an_error_at_its_cell(exports, tmp_path, invoke):
    future = edited(exports, tmp_path, "future.xlsx", A6="Data ditarik pada : 2099-12-31")
    code, issues = issues_of(invoke, future, *TODAY)
    assert (code, errors(issues)) == (1, [("A6", "ek_ditarik_masa_depan")])
    (issue,) = [i for i in issues if i["kode"] == "ek_ditarik_masa_depan"]
    assert "2099-12-31" in issue["pesan"] and "2027-01-20" in issue["pesan"]
    # the example's own date (2027-01-15): an error before it, none on the day itself
    assert errors(issues_of(invoke, penilaian(exports), "--tanggal", "2027-01-14")[1]) == [
        ("A6", "ek_ditarik_masa_depan")
    ]
    assert errors(issues_of(invoke, penilaian(exports), "--tanggal", "2027-01-15")[1]) == []
    # stored, never current: a genuine later download still becomes current
    opts = ["--config", BUNDLED_CONFIG, "--db", tmp_path / "k.db"]
    assert invoke(*opts, "impor", penilaian(exports), *TODAY).exit_code == 0
    before = unit_summary(invoke, opts)
    assert invoke(*opts, "impor", future, *TODAY).exit_code == 1
    assert unit_summary(invoke, opts) == before
    wb = openpyxl.load_workbook(penilaian(exports))
    wb.active["A6"] = "Data ditarik pada : 2027-01-19 10:00:00"
    col = column(penilaian(exports), "hasil_akhir")
    wb.active[f"{col}9"] = "Kurang"  # the later download says something else for one person
    wb.active[f"{column(penilaian(exports), 'hasil_kerja')}9"] = "Di Bawah Ekspektasi"
    wb.active[f"{column(penilaian(exports), 'perilaku_kerja')}9"] = "Di Bawah Ekspektasi"
    genuine = tmp_path / "genuine.xlsx"
    wb.save(genuine)
    assert invoke(*opts, "impor", genuine, *TODAY).exit_code == 0
    status = {s["kode"]: s for s in json.loads(invoke(*opts, "status", "-f", "json").stdout)}
    assert Path(status[UNIT]["file"]).name == "genuine.xlsx"
    # rekap PATH checks against its own --tanggal: a copy with one more row stored, not counted
    wb = openpyxl.load_workbook(future)
    wb.active.append([None] * 3)
    again = tmp_path / "future-again.xlsx"
    wb.save(again)
    res = invoke(*opts, "rekap", again, "-o", tmp_path / "r.xlsx", "--tanggal", "2027-01-20")
    assert res.exit_code == 1
    assert "2099-12-31" in " ".join(res.output.split())
    status = {s["kode"]: s for s in json.loads(invoke(*opts, "status", "-f", "json").stdout)}
    assert Path(status[UNIT]["file"]).name == "genuine.xlsx"


def test_a_pull_date_that_is_not_a_date_is_a_warning_that_changes_scores(exports, tmp_path, invoke):
    path = edited(exports, tmp_path, "kemarin.xlsx", A6="Data ditarik pada : kemarin sore")
    code, issues = issues_of(invoke, path, *TODAY)
    assert code == 0
    (issue,) = issues
    assert (issue["cell"], issue["kode"], issue["tingkat"]) == (
        "A6",
        "ek_ditarik_tidak_sah",
        "warning",
    )
    assert "dapat mengubah nilai" in issue["pesan"]


# ---- formula and error cells in the rating columns ------------------------------------------


@pytest.mark.parametrize(
    ("value", "kode"),
    [('=IF(TRUE,"Baik","Kurang")', "sel_rumus_tanpa_nilai"), ("#N/A", "sel_galat")],
    ids=["formula-without-value", "error-value"],
)
def test_a_formula_or_error_in_a_rating_cell_gets_the_templates_cell_issue(
    exports, tmp_path, invoke, value, kode
):
    col = column(penilaian(exports), "hasil_akhir")
    path = edited(exports, tmp_path, "rumus.xlsx", **{f"{col}9": value})
    code, issues = issues_of(invoke, path, *TODAY)
    assert (code, errors(issues)) == (1, [(f"{col}9", kode)])
    # the employee is incomplete (not ranked), with the issue in the recap's Masalah
    opts = ["--config", BUNDLED_CONFIG, "--db", tmp_path / "k.db"]
    invoke(*opts, "impor", penilaian(exports), *TODAY)
    before = unit_summary(invoke, opts)
    assert invoke(*opts, "impor", path, *TODAY).exit_code == 1
    after = unit_summary(invoke, opts)
    assert after["pegawai_dinilai"] == before["pegawai_dinilai"] - 1
    assert after["pegawai_belum_lengkap"] == before["pegawai_belum_lengkap"] + 1
    out = tmp_path / "r.xlsx"
    invoke(*opts, "rekap", "-o", out, *TODAY)
    assert any(r[5] == kode and r[2] == f"{col}9" for r in _masalah(out))


def test_a_formula_in_the_perilaku_column_too(exports, tmp_path, invoke):
    col = column(penilaian(exports), "perilaku_kerja")
    path = edited(exports, tmp_path, "rumus.xlsx", **{f"{col}10": "=A1"})
    # openpyxl writes no cached value: the cell has a formula and no value
    assert errors(issues_of(invoke, path, *TODAY)[1]) == [(f"{col}10", "sel_rumus_tanpa_nilai")]


# ---- config: a unor that means two units ----------------------------------------------------


DISDUKCAPIL = "nama: Dinas Kependudukan dan Pencatatan Sipil}"
DISDIK = "nama: Dinas Pendidikan}"
DISPAR = "nama: Dinas Kebudayaan dan Pariwisata}"


@pytest.mark.parametrize(
    ("edits", "named"),
    [
        # the issue's case: DISDUKCAPIL claims DINKES's name (the DINKES export counted for it)
        (
            [(DISDUKCAPIL, DISDUKCAPIL[:-1] + ", unor: [Dinas Kesehatan]}")],
            ("DISDUKCAPIL", "DINKES"),
        ),
        # one unor listed for two units (case and spaces differ): reported at the second
        (
            [
                (DISDIK, DISDIK[:-1] + ', unor: ["  DINAS  pendidikan dan kebudayaan "]}'),
                (DISPAR, DISPAR[:-1] + ", unor: [Dinas Pendidikan dan Kebudayaan]}"),
            ],
            ("DISPAR", "DISDIK"),
        ),
    ],
    ids=["unor-is-another-units-nama", "unor-listed-for-two-units"],
)
def test_a_unor_meaning_two_units_is_a_config_error(tmp_path, invoke, exports, edits, named):
    text = BUNDLED_CONFIG.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1
        text = text.replace(old, new)
    last = edits[-1][1]
    line = next(n for n, ln in enumerate(text.splitlines(), start=1) if last in ln)
    config = tmp_path / "indikator.yaml"
    config.write_text(text, encoding="utf-8")
    res = invoke("--config", config, "validasi", exports, *TODAY)
    assert res.exit_code == 2
    message = " ".join(res.output.split())
    assert "berisi 1 kesalahan" in message, message
    assert f"(baris {line})" in message, message
    unit, other = named
    assert f"unit {unit} juga nama unit {other}" in message or (
        f"unit {unit} juga unor unit {other}" in message
    ), message
    # the same config error for every command that reads the config
    assert invoke("--config", config, "status").exit_code == 2


def _masalah(path: Path) -> list[tuple]:
    rows = [
        tuple(r)
        for r in openpyxl.load_workbook(path, read_only=True)["Masalah"].iter_rows(values_only=True)
    ]
    start = next(i for i, r in enumerate(rows) if r and r[0] == "Berkas") + 1
    return [r for r in rows[start:] if any(v is not None for v in r)]
