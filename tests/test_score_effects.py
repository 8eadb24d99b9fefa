"""Issue 18: no input change alters a score in silence.

Each case starts from a ``kinerja contoh`` file edited with openpyxl as a dinas would, and
checks that the score does not change without a word: an error appears (the rows it touches
are not scored and the recap says so), or the warning says it changes the score, in its
message and in every summary. Also the head of unit who is not on the Pegawai sheet, and a
feedback copy that comes back.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from kinerja_cli.rounding import round_half_up
from tests.conftest import BUNDLED_CONFIG, ROOT

UNITS = ("BKD", "DISDUKCAPIL", "DISHUB")
NO_EFFECT = "tidak memengaruhi nilai"


@pytest.fixture(scope="module")
def examples(tmp_path_factory, config) -> Path:
    """``kinerja contoh`` files of :data:`UNITS` (as .xlsx), each test edits a copy."""
    from kinerja_cli.examples import generate_examples

    written = generate_examples(
        config, tmp_path_factory.mktemp("contoh"), units=UNITS, convert=False
    )
    return written[0].path.parent


def edited(examples: Path, unit: str, dst: Path, edit: Any, name: str | None = None) -> Path:
    from openpyxl import load_workbook

    src = examples / f"RENCANA-{unit}-2026.xlsx"
    wb = load_workbook(src)
    edit(wb)
    dst.mkdir(parents=True, exist_ok=True)
    out = dst / (name or src.name)
    wb.save(out)
    return out


def scored(paths: list[Path], config: Any) -> tuple[Any, Any]:
    from kinerja_cli.scoring import score
    from kinerja_cli.validate import validate_paths

    report = validate_paths(paths, config)
    return report, score(report.submissions, config)


def run(invoke, tmp_path: Path, *args: Any) -> Any:
    return invoke("--config", BUNDLED_CONFIG, "--db", tmp_path / "kinerja.db", *args)


def text(result: Any) -> str:
    return " ".join(result.stderr.split())


def headline_text(result: Any, lang: str = "id") -> str:
    from kinerja_cli.writers.shape import headlines, summary

    return " ".join(t for _, t in headlines(summary(result), lang))


def unit_of(result: Any, kode: str) -> Any:
    return next(u for u in result.units if u.kode == kode)


# ---- a missing IKU row ---------------------------------------------------------------------


def _low_last_iku(wb: Any) -> None:
    """BKD-01 (row 7, positif, terakhir, target 100) reaches only 40: capaian 40."""
    for col in "EFGH":
        wb["IKU"][f"{col}7"] = 40


def _delete_last_iku(wb: Any) -> None:
    _low_last_iku(wb)
    for col in "ABCDEFGHI":
        wb["IKU"][f"{col}7"] = None


@pytest.mark.slow(reason="end-to-end CLI runs, ~4 s on 2 busy cores")
def test_deleting_an_iku_row_is_an_error_not_a_better_predikat(examples, config, tmp_path, invoke):
    full = edited(examples, "BKD", tmp_path / "full", _low_last_iku)
    _, before = scored([full], config)
    u = unit_of(before, "BKD")
    assert round_half_up(u.capaian_iku, 2) == 80.46
    assert u.predikat_organisasi == "Butuh Perbaikan" and u.predikat_organisasi_derived
    head = next(e for e in before.employees if e.is_kepala)
    assert head.rating_hasil_kerja == "Di Bawah Ekspektasi"

    cut = edited(examples, "BKD", tmp_path / "cut", _delete_last_iku)
    report, after = scored([cut], config)
    (issue,) = [i for i in report.all_issues() if i.kode == "iku_indikator_belum_ada"]
    assert issue.is_error and (issue.sheet, issue.cell) == ("IKU", "A7")  # where the row goes
    assert "BKD-01" in issue.pesan() and "baris 7" in issue.pesan()
    u = unit_of(after, "BKD")
    # before issue 18: 100.68 and "Baik", silently
    assert u.capaian_iku is None and u.predikat_organisasi is None
    assert u.catatan == ["skor_iku_belum_lengkap"]
    head = next(e for e in after.employees if e.is_kepala)
    assert head.rating_hasil_kerja is None and head.predikat is None and not head.lengkap
    assert "skor_kepala_iku_belum_lengkap" in head.catatan
    staff = [e for e in after.employees if not e.is_kepala]
    assert staff and all(e.lengkap for e in staff)  # the staff are not touched
    assert NO_EFFECT not in headline_text(after)

    result = run(invoke, tmp_path, "validasi", cut)
    assert result.exit_code == 1
    assert "iku_indikator_belum_ada" in text(result) and "1 kesalahan" in text(result)

    from openpyxl import load_workbook

    out = tmp_path / "REKAP.xlsx"
    rekap = run(invoke, tmp_path, "rekap", cut, "-o", out, "--tanggal", "2026-12-01")
    assert rekap.exit_code == 1 and NO_EFFECT not in text(rekap)
    rows = list(load_workbook(out)["Unit"].iter_rows(values_only=True))
    header = rows[3]
    bkd = dict(zip(header, next(r for r in rows if r[1] == "BKD"), strict=True))
    assert bkd["Capaian IKU (%)"] is None and bkd["Predikat Organisasi"] is None
    assert "Capaian IKU tidak dihitung" in bkd["Catatan"]


# ---- employees whose SKP rows were deleted -------------------------------------------------


def _drop_skp_of_two(wb: Any) -> None:
    """The head (first employee) and the second employee, who gets a Rating Hasil Kerja."""
    peg, skp = wb["Pegawai"], wb["SKP"]
    gone = {peg["A5"].value, peg["A6"].value}
    peg["E6"] = "Sesuai Ekspektasi"
    for row in range(5, skp.max_row + 1):
        if skp[f"A{row}"].value in gone:
            for col in "ABCDEFGHIJK":
                skp[f"{col}{row}"] = None


@pytest.mark.slow(reason="end-to-end CLI runs, ~3 s on 2 busy cores")
def test_employees_without_skp_rows_are_errors_and_counted_incomplete(
    examples, config, tmp_path, invoke
):
    from kinerja_cli.writers.shape import catatan_text, summary

    path = edited(examples, "BKD", tmp_path / "in", _drop_skp_of_two)
    report, result = scored([path], config)
    hits = [i for i in report.all_issues() if i.kode.startswith("pegawai_tanpa_skp")]
    assert [(i.kode, i.tingkat, i.cell) for i in hits] == [
        ("pegawai_tanpa_skp", "error", "A5"),
        ("pegawai_tanpa_skp", "error", "A6"),
    ]
    gone = {e.nip: e for e in result.employees if "skor_tanpa_skp" in e.catatan}
    assert len(gone) == 2 and all(not e.lengkap and e.predikat is None for e in gone.values())
    assert all("baris SKP" in (catatan_text(e) or "") for e in gone.values())
    data = summary(result)
    assert data["keseluruhan"]["pegawai_belum_lengkap"] == 2
    assert data["unit"][0]["pegawai_belum_lengkap"] == 2
    assert NO_EFFECT not in headline_text(result)

    out = tmp_path / "REKAP.xlsx"
    rekap = run(invoke, tmp_path, "rekap", path, "-o", out, "--tanggal", "2026-12-01")
    assert "2 belum lengkap" in text(rekap) and NO_EFFECT not in text(rekap)


# ---- a warning that changes a score --------------------------------------------------------


def _repeat_skp_row(wb: Any) -> None:
    """The first employee's first SKP row, once more below the data (counted twice)."""
    skp = wb["SKP"]
    last = max(r for r in range(5, skp.max_row + 1) if skp[f"A{r}"].value)
    for col in "ABCDEFGHIJK":
        skp[f"{col}{last + 1}"] = skp[f"{col}5"].value


@pytest.mark.slow(reason="end-to-end CLI runs, ~3 s on 2 busy cores")
def test_a_warning_that_changes_a_score_says_so_everywhere(examples, config, tmp_path, invoke):
    from openpyxl import load_workbook

    path = edited(examples, "BKD", tmp_path / "in", _repeat_skp_row)
    report, result = scored([path], config)
    issues = list(report.all_issues())
    # the repeated row also makes the weights add up to more than 100
    assert sorted(i.kode for i in issues) == ["bobot_jumlah", "skp_indikator_ganda"]
    issue = next(i for i in issues if i.kode == "skp_indikator_ganda")
    assert not issue.is_error and issue.changes_score
    assert issue.pesan().endswith("(Peringatan ini dapat mengubah nilai.)")
    assert issue.pesan("en").endswith("(This warning can change a score.)")
    headlines = headline_text(result)
    assert NO_EFFECT not in headlines and "2 dari 2 peringatan" in headlines
    assert "can change a score" in headline_text(result, "en")

    checked = run(invoke, tmp_path, "validasi", path)
    assert checked.exit_code == 0
    assert "2 peringatan (2 di antaranya dapat mengubah nilai)" in text(checked)
    data = json.loads(run(invoke, tmp_path, "validasi", path, "--format", "json").stdout)
    assert data["summary"]["score_changing_warnings"] == 2
    assert {i["kode"]: i["mengubah_nilai"] for i in data["issues"]} == {
        "bobot_jumlah": True,
        "skp_indikator_ganda": True,
    }

    out = tmp_path / "REKAP.xlsx"
    rekap = run(invoke, tmp_path, "rekap", path, "-o", out, "--tanggal", "2026-12-01")
    assert rekap.exit_code == 0, rekap.stderr
    assert NO_EFFECT not in text(rekap) and "dapat mengubah nilai" in text(rekap)
    ws = load_workbook(out)["Ringkasan"]
    figures = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r and r[0]}
    assert figures["... di antaranya dapat mengubah nilai"] == 2
    masalah = load_workbook(out)["Masalah"]
    assert any(
        isinstance(v, str) and v.endswith("dapat mengubah nilai.)")
        for row in masalah.iter_rows(values_only=True)
        for v in row
    )


def test_warnings_without_effect_still_say_so(examples, config, tmp_path):
    """DISHUB's planted blank rows change nothing: the old sentence stays true there."""
    _, result = scored([examples / "RENCANA-DISHUB-2026.xlsx"], config)
    assert result.issues and not any(i.changes_score for i in result.issues)
    assert NO_EFFECT in headline_text(result)


# ---- the head of unit must be on the Pegawai sheet -----------------------------------------


def test_head_not_on_the_pegawai_sheet_is_an_error_at_its_cell(examples, config, tmp_path, invoke):
    stranger = "198001012005011999"

    def edit(wb: Any) -> None:
        assert wb["Identitas"]["A9"].value == "NIP Kepala Unit"
        wb["Identitas"]["B9"] = stranger

    path = edited(examples, "BKD", tmp_path / "in", edit)
    report, result = scored([path], config)
    (issue,) = [i for i in report.all_issues() if i.kode == "kepala_bukan_pegawai"]
    assert issue.is_error and (issue.sheet, issue.cell, issue.nilai) == (
        "Identitas",
        "B9",
        stranger,
    )
    assert "B9" in issue.pesan() and "Pegawai" in issue.pesan()
    assert NO_EFFECT not in headline_text(result)
    result_cli = run(invoke, tmp_path, "validasi", path)
    assert result_cli.exit_code == 1 and "kepala_bukan_pegawai" in text(result_cli)


def test_head_whose_own_row_has_a_mangled_nip_is_not_reported_twice(examples, config):
    """DISDUKCAPIL's planted float NIPs: the head's NIP is still on its sheet as text."""
    report, _ = scored([examples / "RENCANA-DISDUKCAPIL-2026.xlsx"], config)
    assert {i.kode for i in report.all_issues()} == {"nip_berupa_angka"}


# ---- every warning kode is classified ------------------------------------------------------


def test_severity_lives_with_the_kode_and_every_warning_is_classified_and_documented():
    """Issue 15: a kode has one severity, written once in its declaration in the catalogue
    (``warning(...)`` or ``error(...)``, issue 32; ``WARNING_CHANGES_SCORE`` is read from them);
    no place that finds a problem states a severity, so the same kode cannot be an error here
    and a warning there."""
    from kinerja_cli.messages import CATALOGUE
    from kinerja_cli.messages.effects import WARNING_CHANGES_SCORE, severity
    from kinerja_cli.model import make_issue

    src = ROOT / "src" / "kinerja_cli"
    stated = re.compile(r"\b(WARNING|ERROR)\b|tingkat\s*=\s*[\"']")
    for path in src.rglob("*.py"):
        if path.parent.name == "messages" or path.name == "model.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            if stated.search(code) and "import" not in code:
                raise AssertionError(f"{path.relative_to(src)}:{n} states a severity: {line}")
    assert len(WARNING_CHANGES_SCORE) > 15
    assert set(WARNING_CHANGES_SCORE) <= set(CATALOGUE)
    for kode in WARNING_CHANGES_SCORE:
        assert severity(kode) == "warning" == make_issue(kode, "f.xlsx").tingkat
    assert severity("nip_tidak_sah") == "error" == make_issue("nip_tidak_sah", "f.xlsx").tingkat
    doc = (ROOT / "docs" / "validasi.md").read_text(encoding="utf-8")
    section = doc[doc.index("## Pengaruh pada nilai") :]
    for kode, changes in WARNING_CHANGES_SCORE.items():
        line = next((ln for ln in section.splitlines() if f"`{kode}`" in ln), None)
        assert line is not None, kode
        assert ("| ya |" in line) == changes, line


# ---- a feedback copy that comes back -------------------------------------------------------


def _fix_float_nips(wb: Any, config: Any) -> None:
    """What the dinas does with the red cells: retype each NIP Excel turned into a number,
    as text (the true NIPs come from the example data)."""
    from kinerja_cli.examples import build_example_units

    unit = next(u for u in build_example_units(config) if u.kode == "DISDUKCAPIL")
    nips = [e.nip for e in unit.pegawai]
    for ws in (wb[name] for name in ("Pegawai", "SKP", "Kompetensi") if name in wb.sheetnames):
        for cell in ws["A"]:
            if isinstance(cell.value, float):
                (cell.value,) = [n for n in nips if abs(float(n) - cell.value) < 1000]


@pytest.fixture()
def feedback_copy(examples, tmp_path, invoke) -> Path:
    inbox = tmp_path / "asli"
    inbox.mkdir()
    shutil.copy(examples / "RENCANA-DISDUKCAPIL-2026.xlsx", inbox)
    out = tmp_path / "umpan"
    result = run(invoke, tmp_path, "validasi", inbox, "--umpan-balik", out)
    assert result.exit_code == 1
    return out / "RENCANA-DISDUKCAPIL-2026-UMPAN-BALIK.xlsx"


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_unchanged_feedback_copy_is_skipped_by_content(feedback_copy, tmp_path, invoke, config):
    from openpyxl import load_workbook

    from kinerja_cli.validate import expand_paths

    folder = tmp_path / "kembali"
    folder.mkdir()
    shutil.copy(feedback_copy, folder / "kiriman-ulang.xlsx")  # renamed: still our copy
    # opened and saved again without an edit (other bytes, same data): still unchanged
    load_workbook(feedback_copy).save(folder / "disimpan-ulang.xlsx")
    assert (folder / "disimpan-ulang.xlsx").read_bytes() != feedback_copy.read_bytes()
    result = run(invoke, tmp_path, "validasi", folder)
    assert result.exit_code == 3
    assert "Dilewati" in text(result) and "belum diubah" in text(result)
    skipped: list[Any] = []
    assert expand_paths([folder], skipped=skipped) == []
    assert [s.kode for s in skipped] == ["lewati_umpan_balik", "lewati_umpan_balik"]


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_edited_feedback_copy_is_a_submission(feedback_copy, tmp_path, invoke, config):
    from openpyxl import load_workbook

    folder = tmp_path / "kembali"
    folder.mkdir()
    wb = load_workbook(feedback_copy)
    _fix_float_nips(wb, config)
    back = folder / feedback_copy.name
    wb.save(back)

    checked = run(invoke, tmp_path, "validasi", folder, "--format", "json")
    assert checked.exit_code == 0, checked.stderr
    assert "Dilewati" not in text(checked)
    import json

    data = json.loads(checked.stdout)
    assert [i["kode"] for i in data["issues"]] == ["umpan_balik_kembali"]
    assert "RENCANA-DISDUKCAPIL-2026.xlsx" in data["issues"][0]["pesan"]
    assert data["files"][0]["unit"] == "DISDUKCAPIL" and data["files"][0]["scorable"]

    _report, result = scored([folder], config)
    assert unit_of(result, "DISDUKCAPIL").submitted
    assert sum(1 for e in result.employees if e.unit == "DISDUKCAPIL") == 58
    assert all(e.lengkap for e in result.employees if e.unit == "DISDUKCAPIL")

    ingest = run(invoke, tmp_path, "impor", folder)
    assert ingest.exit_code == 0, ingest.stderr
    status = run(invoke, tmp_path, "status")
    assert "DISDUKCAPIL" in status.stdout + status.stderr


def test_edited_copy_of_a_csv_is_read_as_the_csv(config, tmp_path):
    """A copy of a .csv is a data copy: one sheet, read as the csv's SKP rows."""
    from openpyxl import load_workbook

    from kinerja_cli.validate import validate_file, write_feedback
    from kinerja_cli.validate.files import unchanged_feedback_copy

    src = tmp_path / "RENCANA-DISDUKCAPIL-2026.csv"
    src.write_text(
        "NIP,Kode Indikator,Target,Realisasi TW1,Realisasi TW2,Realisasi TW3,Realisasi TW4\n"
        "198609262015051001,UM-01,90,80,85,88,\n",
        encoding="utf-8",
    )
    sub = validate_file(src, config)
    copy = write_feedback(sub, src, tmp_path / "fb")
    assert unchanged_feedback_copy(copy)
    wb = load_workbook(copy)
    ws = wb[wb.sheetnames[1]]
    assert ws["G2"].value is None
    ws["G2"] = 90
    wb.save(copy)
    assert not unchanged_feedback_copy(copy)
    back = validate_file(copy, config)
    assert [i.kode for i in back.issues] == ["umpan_balik_kembali"] + [i.kode for i in sub.issues]
    assert back.kode_unit == "DISDUKCAPIL" and back.skp[0].realisasi[3] == 90
