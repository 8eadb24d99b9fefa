"""``kinerja validasi``: exit codes, JSON parity with the library, CSV, feedback files."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from typing import Any

import pytest

from kinerja_cli import layout as L
from kinerja_cli.config import TemplatOptions, load_config
from kinerja_cli.validate import validate_paths
from tests.test_validate_support import Filled, fill_template


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> dict[str, Any]:
    """A config file (small templates), a clean file and a defective file."""
    import yaml

    from kinerja_cli.config import bundled_config_text

    root = tmp_path_factory.mktemp("ws")
    data = yaml.safe_load(bundled_config_text())
    data["templat"] = {"baris_pegawai": 10, "baris_skp": 20, "baris_iku": 0}
    cfg_path = root / "indikator.yaml"
    cfg_path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    config = load_config(cfg_path)
    assert config.templat == TemplatOptions(baris_pegawai=10, baris_skp=20, baris_iku=0)
    clean_dir = root / "bersih"
    clean_dir.mkdir()
    clean = fill_template(config, clean_dir, "DINKES", employees=2)

    def edit(wb: Any, f: Filled) -> None:
        wb[L.SHEET_SKP]["C6"] = "XXX-99"
        wb[L.SHEET_PEGAWAI]["D5"] = "=cmd|' /C calc'!A0"
        wb[L.SHEET_PEGAWAI]["D5"].data_type = "s"

    bad_dir = root / "salah"
    bad_dir.mkdir()
    bad = fill_template(config, bad_dir, "DISDUKCAPIL", employees=2, edit=edit)
    return {"config": cfg_path, "cfg": config, "clean": clean.path, "bad": bad.path, "root": root}


def run(invoke: Any, ws: dict[str, Any], *args: Any) -> Any:
    return invoke("--config", ws["config"], "validasi", *args)


def test_clean_file_exit_0(invoke, workspace):
    result = run(invoke, workspace, workspace["clean"])
    assert result.exit_code == 0, result.output
    assert "bersih" in result.stderr
    assert "0 kesalahan" in result.stderr
    assert result.stdout == ""


def test_errors_exit_1_and_table_names_sheet_cell_kode(invoke, workspace):
    result = run(invoke, workspace, workspace["bad"])
    assert result.exit_code == 1
    err = result.stderr
    assert "SKP" in err and "C6" in err and "indikator_tidak_dikenal" in err
    assert "ada kesalahan" in err


def test_warnings_only_exit_0(invoke, workspace, tmp_path):
    from openpyxl import load_workbook

    wb = load_workbook(workspace["clean"])
    wb[L.SHEET_PEGAWAI]["D5"] = "Gol. Z"
    path = tmp_path / "peringatan.xlsx"
    wb.save(path)
    result = run(invoke, workspace, path)
    assert result.exit_code == 0, result.stderr
    assert "golongan_tidak_dikenal" in result.stderr


ISSUE_COLUMNS = ["file", "sheet", "cell", "row", "column", "kode", "tingkat", "pesan", "nilai"]
"""The columns of an issue in the csv output; the JSON adds ``mengubah_nilai``."""


def test_json_equals_the_library_result(invoke, workspace):
    paths = [workspace["clean"].parent, workspace["bad"]]
    result = run(invoke, workspace, *paths, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    expected = validate_paths(paths, workspace["cfg"]).to_dict("id", workspace["cfg"])
    assert data == json.loads(json.dumps(expected))
    assert set(data) == {"tahun", "files", "issues", "missing_units", "skipped", "summary"}
    issue = next(i for i in data["issues"] if i["kode"] == "indikator_tidak_dikenal")
    assert set(issue) == {*ISSUE_COLUMNS, "mengubah_nilai"}
    assert issue["mengubah_nilai"] is True  # every error can change a score
    assert (issue["sheet"], issue["cell"], issue["row"], issue["nilai"]) == (
        "SKP",
        "C6",
        6,
        "XXX-99",
    )
    assert {u["kode"] for u in data["missing_units"]} >= {"BKD", "DINSOS"}
    assert "DINKES" not in {u["kode"] for u in data["missing_units"]}


def test_json_in_english(invoke, workspace):
    result = run(invoke, workspace, workspace["bad"], "--format", "json", "--lang", "en")
    data = json.loads(result.stdout)
    issue = next(i for i in data["issues"] if i["kode"] == "indikator_tidak_dikenal")
    assert "is not in the config" in issue["pesan"]


def test_csv_one_issue_per_row_and_formulas_neutralised(invoke, workspace):
    result = run(invoke, workspace, workspace["bad"], "--format", "csv")
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and list(rows[0]) == ISSUE_COLUMNS
    gol = next(r for r in rows if r["kode"] == "golongan_tidak_dikenal")
    assert gol["nilai"].startswith("'=cmd")
    assert gol["pesan"].startswith("Golongan")
    assert all(not r[k].startswith(("=", "+", "-", "@")) for r in rows for k in r)


def test_umpan_balik_writes_one_copy_per_file_and_keeps_inputs(invoke, workspace, tmp_path):
    paths = [workspace["clean"], workspace["bad"]]
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
    out = tmp_path / "umpan-balik"
    result = run(invoke, workspace, *paths, "--umpan-balik", out)
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == [
        "RENCANA-DINKES-2026-UMPAN-BALIK.xlsx",
        "RENCANA-DISDUKCAPIL-2026-UMPAN-BALIK.xlsx",
    ]
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths} == before
    assert "2 berkas umpan balik" in result.stderr


def test_same_stem_in_two_formats_gets_distinct_feedback_names(invoke, workspace, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "data.xlsx").write_bytes(workspace["bad"].read_bytes())
    (src / "data.csv").write_text("NIP,Kode Indikator,Target\n", encoding="utf-8")
    out = tmp_path / "fb"
    run(invoke, workspace, src, "--umpan-balik", out)
    assert sorted(p.name for p in out.iterdir()) == [
        "data-csv-UMPAN-BALIK.xlsx",
        "data-xlsx-UMPAN-BALIK.xlsx",
    ]


def test_missing_path_exit_3(invoke, workspace, tmp_path):
    result = run(invoke, workspace, tmp_path / "tidak-ada.xlsx")
    assert result.exit_code == 3
    assert "tidak ditemukan" in result.stderr


def test_nothing_readable_exit_3(invoke, workspace, tmp_path):
    (tmp_path / "a.xlsx").write_bytes(b"bukan lembar kerja")
    result = run(invoke, workspace, tmp_path)
    assert result.exit_code == 3
    assert "tidak terbaca" in result.stderr


def test_empty_folder_exit_3(invoke, workspace, tmp_path):
    (tmp_path / "catatan.txt").write_text("x", encoding="utf-8")
    result = run(invoke, workspace, tmp_path)
    assert result.exit_code == 3
    assert "catatan.txt" in result.stderr  # said why it was skipped


def test_one_unreadable_among_good_files_is_exit_1(invoke, workspace, tmp_path):
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"bukan lembar kerja")
    result = run(invoke, workspace, bad, workspace["clean"])
    assert result.exit_code == 1


def test_alias_validate_and_quiet(invoke, workspace):
    result = invoke("--config", workspace["config"], "validate", workspace["bad"], "--quiet")
    assert result.exit_code == 1
    assert "indikator_tidak_dikenal" in result.stderr
    assert "golongan_tidak_dikenal" not in result.stderr  # warnings hidden by --quiet
    assert "berkas diperiksa" not in result.stderr


def test_unknown_format_is_a_usage_error(invoke, workspace):
    result = run(invoke, workspace, workspace["clean"], "--format", "xml")
    assert result.exit_code == 2
    assert "xml" in result.stderr


def test_long_issue_list_is_capped(invoke, workspace, tmp_path):
    from openpyxl import load_workbook

    wb = load_workbook(workspace["bad"])
    for r in range(5, 13):
        wb[L.SHEET_SKP][f"H{r}"] = "banyak"
    path = tmp_path / "banyak.xlsx"
    wb.save(path)
    result = run(invoke, workspace, path, "--tampil", "3")
    assert "masalah lain tidak ditampilkan" in result.stderr


def test_tahun_option_checks_against_that_year(invoke, workspace):
    result = run(invoke, workspace, workspace["clean"], "--tahun", "2027", "--format", "json")
    data = json.loads(result.stdout)
    assert result.exit_code == 1
    assert {i["kode"] for i in data["issues"]} == {"tahun_beda"}
    assert data["tahun"] == 2027


def test_help_mentions_example(invoke):
    result = invoke("validasi", "--help")
    assert result.exit_code == 0
    assert "Contoh: kinerja validasi" in result.output
