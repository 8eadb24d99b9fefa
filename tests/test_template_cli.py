"""``kinerja templat`` through the command line (typer CliRunner)."""

from __future__ import annotations

import openpyxl
import pytest

from kinerja_cli import layout as L
from kinerja_cli.cli.command_templat import DEFAULT_OUT
from tests.test_template_support import SMALL_CONFIG


@pytest.fixture()
def cfg_file(tmp_path):
    path = tmp_path / "config" / "indikator.yaml"
    path.parent.mkdir()
    path.write_text(SMALL_CONFIG, encoding="utf-8")
    return path


def test_all_units(invoke, cfg_file, tmp_path):
    out = tmp_path / "out"
    result = invoke("--config", cfg_file, "templat", "-o", out)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == ["RENCANA-B-2027.xlsx", "RENCANA-DINAS-A-2027.xlsx"]
    assert result.stdout == ""  # people's output goes to stderr
    for name in names:
        assert str(out / name) in result.stderr
    assert f"2 templat ditulis ke {out}" in result.stderr


def test_unit_twice_and_options_after_the_command(invoke, cfg_file, tmp_path):
    out = tmp_path / "k"
    result = invoke(
        "templat", "--unit", "dinas-a", "--unit", "B", "--keluaran", out, "--config", cfg_file
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "RENCANA-B-2027.xlsx",
        "RENCANA-DINAS-A-2027.xlsx",
    ]
    wb = openpyxl.load_workbook(out / "RENCANA-DINAS-A-2027.xlsx", read_only=True)
    assert wb.sheetnames[:5] == [
        L.SHEET_PETUNJUK,
        L.SHEET_IDENTITAS,
        L.SHEET_IKU,
        L.SHEET_PEGAWAI,
        L.SHEET_SKP,
    ]


def test_unknown_unit_is_a_usage_error(invoke, cfg_file, tmp_path):
    out = tmp_path / "o"
    result = invoke("--config", cfg_file, "templat", "--unit", "B", "--unit", "XYZ", "-o", out)
    assert result.exit_code == 2
    assert "XYZ" in result.stderr and "DINAS-A, B" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_english_messages_and_alias(invoke, cfg_file, tmp_path):
    result = invoke(
        "--config", cfg_file, "--lang", "en", "template", "-u", "B", "-o", tmp_path / "o"
    )
    assert result.exit_code == 0, result.output
    assert "1 templates written to" in result.stderr
    bad = invoke("--config", cfg_file, "template", "-u", "NOPE", "--lang", "en")
    assert bad.exit_code == 2
    assert "Unit code 'NOPE' is not known" in bad.stderr


def test_quiet_prints_nothing(invoke, cfg_file, tmp_path):
    result = invoke("--config", cfg_file, "-q", "templat", "-u", "B", "-o", tmp_path / "o")
    assert result.exit_code == 0
    assert result.stderr == "" and result.stdout == ""
    assert (tmp_path / "o" / "RENCANA-B-2027.xlsx").is_file()


def test_default_output_folder_is_relative_to_the_working_folder(
    invoke, cfg_file, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    result = invoke("--config", cfg_file, "templat", "-u", "B")
    assert result.exit_code == 0, result.output
    assert (tmp_path / DEFAULT_OUT / "RENCANA-B-2027.xlsx").is_file()


def test_tahun_must_match_the_config(invoke, cfg_file, tmp_path):
    result = invoke("--config", cfg_file, "--tahun", "2030", "templat", "-o", tmp_path / "o")
    assert result.exit_code == 2
    assert "2030" in result.stderr and "2027" in result.stderr
    same = invoke(
        "--config", cfg_file, "--tahun", "2027", "templat", "-u", "B", "-o", tmp_path / "o"
    )
    assert same.exit_code == 0


def test_missing_or_broken_config_exit_2(invoke, tmp_path):
    missing = invoke("--config", tmp_path / "nope.yaml", "templat", "-o", tmp_path / "o")
    assert missing.exit_code == 2
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        SMALL_CONFIG.replace("polaritas: negatif", "polaritas: negativ", 1), encoding="utf-8"
    )
    result = invoke("--config", broken, "templat", "-o", tmp_path / "o")
    assert result.exit_code == 2
    assert "polaritas" in result.stderr


def test_help_text(invoke):
    result = invoke("templat", "--help")
    assert result.exit_code == 0
    assert "RENCANA-<KODE>-<TAHUN>.xlsx" in result.output
    assert "Contoh: kinerja templat" in result.output
    assert "--unit" in result.output and "--keluaran" in result.output
    assert invoke("template", "--help").exit_code == 0
