"""Issue 25: a submission with nothing to score (``berkas_kosong``) is an error; it is kept in
the store as received but never becomes the unit's current file, on both backends. A blank
template (``kinerja templat``) and an e-Kinerja export with a title and a header but no data
row (from ``kinerja contoh --format ekinerja``) are the two real cases."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import BUNDLED_CONFIG, ROOT

MASUK = ROOT / "examples" / "masuk"
GOOD = MASUK / "RENCANA-BKD-2026.xlsx"


def run(invoke, db, *args):
    return invoke("--config", BUNDLED_CONFIG, "--db", db, *args)


def issues_of(result) -> list[dict]:
    return json.loads(result.stdout)["issues"]


def status_of(invoke, db) -> dict[str, dict]:
    done = run(invoke, db, "status", "-f", "json")
    return {u["kode"]: u for u in json.loads(done.stdout)}


def sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def blank(invoke, tmp_path) -> Path:
    """The unfilled template of BKD, as ``kinerja templat`` writes it."""
    out = tmp_path / "templat"
    made = invoke("--config", BUNDLED_CONFIG, "templat", "--unit", "BKD", "-o", out)
    assert made.exit_code == 0, made.output
    return out / "RENCANA-BKD-2026.xlsx"


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_blank_template_is_an_error_and_the_unit_is_not_sent(invoke, tmp_path, blank):
    db = tmp_path / "kinerja.db"
    checked = run(invoke, db, "validasi", blank, "-f", "json")
    assert checked.exit_code == 1
    found = {(i["kode"], i["sheet"], i["cell"], i["row"]) for i in issues_of(checked)}
    assert ("berkas_kosong", "Pegawai", "A5", None) in found  # the whole file, at its cell
    assert json.loads(checked.stdout)["files"][0]["scorable"] is False
    # impor keeps it as received, not current: BKD is not sent
    assert run(invoke, db, "impor", blank).exit_code == 1
    bkd = status_of(invoke, db)["BKD"]
    assert bkd["submitted"] is False and bkd["versions"] == 1 and bkd["not_counted_after"] == 1
    restored = tmp_path / "pulih"
    assert run(invoke, db, "arsip", "--ekspor", restored, "--semua-versi").exit_code == 0
    assert [sha256(p) for p in restored.rglob("*.xlsx")] == [sha256(blank)]
    # the recap of the city with the blank BKD: BKD among the units that did not send
    city = tmp_path / "kota"
    shutil.copytree(MASUK, city)
    shutil.copy(blank, city / blank.name)
    db2 = tmp_path / "kota.db"
    out = tmp_path / "rekap.xlsx"
    recap = run(invoke, db2, "rekap", city, "-o", out, "--tanggal", "2027-01-20")
    assert recap.exit_code == 1, recap.output
    rows = {
        r[0]: r[1]
        for r in openpyxl.load_workbook(out, read_only=True)["Ringkasan"].iter_rows(
            values_only=True
        )
        if r and r[0]
    }
    assert rows["Kode unit belum mengirim"] == "BKD"
    summary = json.loads(run(invoke, db2, "ringkasan", "-f", "json").stdout)
    assert summary["keseluruhan"]["unit_belum_mengirim"] == ["BKD"]
    bkd = next(u for u in summary["unit"] if u["unit"] == "BKD")
    assert bkd["dikirim"] is False and not bkd["pegawai_dinilai"]


def test_blank_file_after_a_good_one_keeps_the_good_one_current(
    invoke, tmp_path, blank, store_target
):
    """Both backends: the later blank file is stored, listed by arsip, and not current."""
    assert run(invoke, store_target, "impor", GOOD).exit_code in (0, 1)
    before = status_of(invoke, store_target)["BKD"]
    assert before["submitted"] and before["sha256"] == sha256(GOOD)
    later = tmp_path / "kemudian" / GOOD.name  # the same name, sent again unfilled
    later.parent.mkdir()
    shutil.copy(blank, later)
    assert run(invoke, store_target, "impor", later).exit_code == 1
    after = status_of(invoke, store_target)["BKD"]
    assert after["submitted"] and after["sha256"] == sha256(GOOD)
    assert after["version"] == before["version"] and after["versions"] == 2
    assert after["not_counted_after"] == 1
    listed = run(invoke, store_target, "arsip", "--unit", "BKD")
    assert listed.exit_code == 0 and sha256(blank)[:12] in listed.output
    summary = json.loads(run(invoke, store_target, "ringkasan", "-f", "json").stdout)
    bkd = next(u for u in summary["unit"] if u["unit"] == "BKD")
    assert bkd["dikirim"] is True and bkd["pegawai_dinilai"] > 0


def _emptied(src: Path, dst: Path, pulled: str) -> Path:
    """``src`` (a Laporan Penilaian SKP) with its title and header kept, every data row
    removed, and a later "Data ditarik pada"."""
    wb = openpyxl.load_workbook(src)
    ws = wb.active
    header = next(
        r for r in range(1, 21) if any(c.value == "hasil_akhir" for c in ws[r] if c.value)
    )
    ws.delete_rows(header + 1, ws.max_row)
    for row in ws.iter_rows(max_row=header - 1):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("Data ditarik pada"):
                cell.value = f"Data ditarik pada : {pulled}"
    wb.save(dst)
    return dst


def test_an_export_without_data_rows_never_replaces_the_stored_one(invoke, tmp_path, store_target):
    exports = tmp_path / "unduhan"
    assert (
        invoke("--config", BUNDLED_CONFIG, "contoh", "--format", "ekinerja", exports).exit_code == 0
    )
    full = exports / "Laporan Penilaian SKP BKD 2026.xlsx"
    empty = _emptied(full, tmp_path / "Laporan Penilaian SKP BKD kosong.xlsx", "2027-01-20 08:00")
    today = ("--tanggal", "2027-01-25")  # after both pull dates (the example's: 2027-01-15)
    checked = run(invoke, store_target, "validasi", empty, "-f", "json", *today)
    assert checked.exit_code == 1
    assert [(i["kode"], i["row"]) for i in issues_of(checked) if i["tingkat"] == "error"] == [
        ("berkas_kosong", None)
    ]
    assert issues_of(checked)[0]["cell"]  # at the first data cell under the nip header
    assert run(invoke, store_target, "impor", full, *today).exit_code in (0, 1)
    employees = len(json.loads(run(invoke, store_target, "peringkat", "-f", "json").stdout))
    assert employees == 42
    assert (
        run(invoke, store_target, "impor", empty, *today).exit_code == 1
    )  # pulled later, still empty
    bkd = status_of(invoke, store_target)["BKD"]
    assert bkd["submitted"] and bkd["sha256"] == sha256(full) and bkd["sumber"] == "ekinerja"
    ranked = json.loads(run(invoke, store_target, "peringkat", "-f", "json").stdout)
    assert len(ranked) == employees
