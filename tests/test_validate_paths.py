"""Many files at once: folders, skipped files, and the checks across files."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from kinerja_cli import layout as L
from kinerja_cli.errors import InputError
from kinerja_cli.validate import expand_paths, validate_paths
from tests.test_validate_support import Filled, fill_template, nip, small


@pytest.fixture(scope="module")
def small_config(config):
    return small(config)


@pytest.fixture(scope="module")
def two_units(small_config, tmp_path_factory) -> tuple[Filled, Filled]:
    folder = tmp_path_factory.mktemp("units")
    a = fill_template(small_config, folder, "DISDUKCAPIL", employees=2)
    b = fill_template(small_config, folder, "DINKES", employees=2)
    return a, b


def set_cells(path: Path, target: Path, sheet: str, values: dict[str, Any]) -> Path:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    for ref, value in values.items():
        wb[sheet][ref] = value
    wb.save(target)
    return target


def test_expand_paths_walks_folders_and_says_what_it_skipped(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for name in (
        "a/z.xlsx",
        "a/b/y.ODS",
        "a/~$z.xlsx",
        "a/.~lock.z.xlsx#",
        "a/.secret.xlsx",
        "a/notes.txt",
        "a/x-UMPAN-BALIK.xlsx",
        ".hidden/w.xlsx",
        "c.csv",
        "d.xls",
        "e.xlsm",
    ):
        (tmp_path / name).write_bytes(b"x")
    skipped: list[Any] = []
    files = expand_paths([tmp_path, tmp_path / "c.csv"], skipped=skipped)
    # "x-UMPAN-BALIK.xlsx" is no feedback copy of ours (copies are told by content)
    assert [f.relative_to(tmp_path).as_posix() for f in files] == [
        "a/b/y.ODS",
        "a/x-UMPAN-BALIK.xlsx",
        "a/z.xlsx",
        "c.csv",
        "d.xls",
        "e.xlsm",
    ]
    reasons = {s.path.name: s.kode for s in skipped}
    assert reasons == {
        "~$z.xlsx": "lewati_berkas_kunci",
        ".~lock.z.xlsx#": "lewati_berkas_kunci",
        ".secret.xlsx": "lewati_berkas_tersembunyi",
        "notes.txt": "lewati_bukan_lembar_kerja",
        ".hidden": "lewati_berkas_tersembunyi",
    }
    # a file named explicitly is always checked
    assert expand_paths([tmp_path / "a" / "notes.txt"]) == [tmp_path / "a" / "notes.txt"]


def test_expand_paths_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as info:
        expand_paths([tmp_path / "tidak-ada"])
    assert info.value.exit_code == 3 and info.value.kode == "berkas_tidak_ada"


def test_clean_units_and_missing_units(two_units, small_config):
    a, b = two_units
    seen: list[tuple[int, int, str]] = []
    report = validate_paths(
        [a.path, b.path], small_config, on_progress=lambda d, t, p: seen.append((d, t, p))
    )
    assert report.error_count == 0 and report.warning_count == 0
    assert [d for d, _, _ in seen] == [1, 2] and all(t == 2 for _, t, _ in seen)
    assert report.missing_units == [
        u.kode for u in small_config.unit if u.kode not in ("DISDUKCAPIL", "DINKES")
    ]
    data = report.to_dict("id", small_config)
    assert data["missing_units"][0] == {"kode": "DISDIK", "nama": "Dinas Pendidikan"}
    assert [f["status"] for f in data["files"]] == ["ok", "ok"]
    assert all(f["scorable"] and f["superseded_by"] is None for f in data["files"])


def test_same_nip_in_two_units_is_an_error_in_both(two_units, small_config, tmp_path):
    a, b = two_units
    shared = next(iter(a.pegawai_rows))
    dinkes_first = next(iter(b.pegawai_rows))
    # DINKES lists DISDUKCAPIL's first employee too (also as the NIP of its SKP rows)
    b_rows = [r for n, _, r in b.skp_rows if n == dinkes_first]
    b2 = set_cells(b.path, tmp_path / b.path.name, L.SHEET_PEGAWAI, {"A5": shared})
    b2 = set_cells(b2, b2, L.SHEET_SKP, {f"A{r}": shared for r in b_rows})
    b2 = set_cells(b2, b2, L.SHEET_KOMPETENSI, {"A5": shared})  # and its competency row
    report = validate_paths([a.path, b2], small_config)
    hits = [
        (Path(i.file).name, i.sheet, i.cell)
        for i in report.all_issues()
        if i.kode == "nip_di_unit_lain"
    ]
    assert sorted(hits) == sorted(
        [(a.path.name, L.SHEET_PEGAWAI, "A5"), (b2.name, L.SHEET_PEGAWAI, "A5")]
    )
    issue = next(i for i in report.cross_issues if Path(i.file).name == a.path.name)
    assert "DINKES" in issue.pesan() and b2.name in issue.pesan()
    sub_a = report.submissions[0]
    assert not next(p for p in sub_a.pegawai if p.nip == shared).valid
    # DINKES's first employee was its head: its NIP Kepala Unit is no longer on its sheet
    assert sorted(i.kode for i in report.all_issues() if i.is_error) == [
        "kepala_bukan_pegawai",
        "nip_di_unit_lain",
        "nip_di_unit_lain",
    ]


def test_two_files_for_one_unit_older_is_superseded_by_tanggal(small_config, tmp_path):
    old = fill_template(
        small_config, tmp_path, employees=1, name="dukcapil-lama.xlsx", tanggal=dt.date(2026, 10, 1)
    )
    new = fill_template(
        small_config, tmp_path, employees=1, name="dukcapil-baru.xlsx", tanggal=dt.date(2026, 11, 1)
    )
    # the old one is touched last: the Tanggal decides, not the file time
    os.utime(old.path, (2_000_000_000, 2_000_000_000))
    report = validate_paths([tmp_path], small_config)
    assert report.superseded == {str(old.path): str(new.path)}
    issue = next(i for i in report.all_issues() if i.kode == "berkas_digantikan_tanggal")
    assert issue.file == str(old.path) and issue.tingkat == "warning"
    assert "2026-11-01" in issue.pesan() and "2026-10-01" in issue.pesan()
    assert report.error_count == 0
    data = report.to_dict()
    by_file = {f["file"]: f for f in data["files"]}
    assert by_file[str(old.path)]["superseded_by"] == str(new.path)


def test_two_files_without_tanggal_newer_by_file_time(small_config, tmp_path):
    a = fill_template(small_config, tmp_path, employees=1, name="a.xlsx", tanggal=None)
    b = tmp_path / "b.xlsx"
    shutil.copy(a.path, b)
    set_cells(b, b, L.SHEET_PEGAWAI, {"B5": "Nama Diperbaiki"})
    os.utime(a.path, (1_900_000_000, 1_900_000_000))
    os.utime(b, (1_800_000_000, 1_800_000_000))
    report = validate_paths([tmp_path], small_config)
    assert report.superseded == {str(b): str(a.path)}
    assert [i.kode for i in report.all_issues()] == ["berkas_digantikan"]


def test_identical_copy_is_reported_as_such(small_config, tmp_path):
    a = fill_template(small_config, tmp_path, employees=1, name="a.xlsx")
    shutil.copy(a.path, tmp_path / "a-salinan.xlsx")
    report = validate_paths([tmp_path], small_config)
    assert [i.kode for i in report.all_issues()] == ["berkas_kembar"]
    assert len(report.superseded) == 1


def test_same_nip_in_old_and_new_file_of_one_unit_is_not_a_conflict(small_config, tmp_path):
    fill_template(small_config, tmp_path, employees=1, name="a.xlsx", tanggal=dt.date(2026, 1, 1))
    fill_template(small_config, tmp_path, employees=1, name="b.xlsx", tanggal=dt.date(2026, 2, 1))
    report = validate_paths([tmp_path], small_config)
    assert [i.kode for i in report.all_issues()] == ["berkas_digantikan_tanggal"]


def test_unreadable_file_does_not_stop_the_batch(two_units, small_config, tmp_path):
    a, _ = two_units
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"\x00" * 100)
    report = validate_paths([bad, a.path], small_config)
    assert report.unreadable == {str(bad)}
    assert report.readable_count == 1
    assert report.status(report.submissions[0]) == "unreadable"
    assert report.status(report.submissions[1]) == "ok"
    assert report.error_count == 1


def test_other_year_file_does_not_count_as_submitted(small_config, tmp_path):
    def edit(wb: Any, f: Filled) -> None:
        ws = wb[L.SHEET_IDENTITAS]
        ws["B7"] = 2025

    fill_template(small_config, tmp_path, employees=1, edit=edit)
    report = validate_paths([tmp_path], small_config)
    assert "DISDUKCAPIL" in report.missing_units
    assert [i.kode for i in report.all_issues()] == ["tahun_beda"]


def test_all_issues_counts_match(two_units, small_config, tmp_path):
    a, _ = two_units
    broken = set_cells(
        a.path, tmp_path / "x.xlsx", L.SHEET_PEGAWAI, {"A5": 1.98e17, "D6": "Z/z", "A7": nip(55)}
    )
    report = validate_paths([broken], small_config)
    issues = list(report.all_issues())
    assert report.error_count == sum(i.is_error for i in issues)
    assert report.warning_count == sum(not i.is_error for i in issues)
    assert {"nip_berupa_angka", "golongan_tidak_dikenal", "pegawai_tanpa_skp"} <= {
        i.kode for i in issues
    }


def test_shipped_examples_report_exactly_the_planted_mistakes(config):
    """examples/masuk (output of `kinerja contoh`): every planted mistake is reported at its
    cell with its kode, the variants that must be understood raise nothing, clean units are
    clean."""
    import json

    from tests.conftest import ROOT

    folder = ROOT / "examples" / "masuk"
    manifest = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))
    report = validate_paths([folder], config)
    by_name = {Path(s.path).name: s for s in report.submissions}
    assert set(by_name) == set(manifest["berkas"])
    for name, info in manifest["berkas"].items():
        sub = by_name[name]
        got = {(i.sheet, i.cell, i.kode) for i in sub.issues}
        expected = {(m["sheet"], m["cell"], m["kode"]) for m in info["kesalahan"] if m["kode"]}
        assert got == expected, name
        silent = {(m["sheet"], m["cell"]) for m in info["kesalahan"] if not m["kode"]}
        assert not silent & {(i.sheet, i.cell) for i in sub.issues}, name
    assert report.missing_units == []
