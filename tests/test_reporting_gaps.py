"""Reporting gaps (issue 12, part 5): one rule wherever scores are made. A row needs every
quarter of the period for ``jumlah`` and ``rata-rata`` and the period's last quarter for
``terakhir``; a row that lacks them is incomplete and a warning at its cells, never scored from
the quarters that came in."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import BUNDLED_CONFIG, ROOT

MASUK = ROOT / "examples" / "masuk"
UNIT = "BKD"


def run(invoke, ws, *args):
    return invoke("--config", BUNDLED_CONFIG, "--db", ws / "kinerja.db", *args)


def without_tw3_tw4(dst):
    """The BKD example with Realisasi TW3 and TW4 emptied on IKU and SKP (all else filled);
    returns the path and the number of IKU and SKP rows emptied."""
    from openpyxl import load_workbook

    wb = load_workbook(MASUK / f"RENCANA-{UNIT}-2026.xlsx")
    emptied = {}
    for name in ("IKU", "SKP"):
        ws = wb[name]
        header = next(r for r in range(1, 15) if any(c.value == "Kode Indikator" for c in ws[r]))
        realisasi = [c.column for c in ws[header] if str(c.value or "").startswith("Realisasi")]
        cols = realisasi[2:]  # TW3 and TW4 (the SKP sheet spells them "Triwulan III/IV")
        count = 0
        for r in range(header + 1, ws.max_row + 1):
            if ws.cell(r, 1).value is None:
                continue
            if any(ws.cell(r, c).value is not None for c in cols):
                count += 1
            for c in cols:
                ws.cell(r, c).value = None
        emptied[name] = (count, [ws.cell(header, c).column_letter for c in cols])
    path = dst / f"RENCANA-{UNIT}-2026.xlsx"
    dst.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path, emptied


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_blank_last_quarters_leave_the_unit_and_its_people_unranked(invoke, tmp_path):
    from openpyxl import load_workbook

    masuk = tmp_path / "masuk"
    masuk.mkdir()
    shutil.copy2(MASUK / "RENCANA-DINKES-2026.xlsx", masuk)
    path, emptied = without_tw3_tw4(masuk)
    iku_rows, (tw3, tw4) = emptied["IKU"][0], emptied["IKU"][1]
    skp_rows = emptied["SKP"][0]
    assert iku_rows and skp_rows

    # validasi: the file is clean by itself; --periode tahunan names every row at its cells
    plain = json.loads(run(invoke, tmp_path, "validasi", path, "--format", "json").stdout)
    assert not [i for i in plain["issues"] if i["kode"] == "realisasi_periode_kosong"]
    checked = run(invoke, tmp_path, "validasi", path, "-p", "tahunan", "--format", "json")
    gaps = [
        i for i in json.loads(checked.stdout)["issues"] if i["kode"] == "realisasi_periode_kosong"
    ]
    assert len(gaps) == iku_rows + skp_rows
    from kinerja_cli.config import load_config

    agregasi = {i.kode: i.agregasi for i in load_config(BUNDLED_CONFIG).indikator}
    for g in (g for g in gaps if g["sheet"] == "IKU"):
        row = g["row"]
        kode = g["pesan"].split("indikator ", 1)[1].split(",", 1)[0]
        # terakhir needs TW4 only; jumlah and rata-rata every quarter of the year
        want = [f"{tw4}{row}"] if agregasi[kode] == "terakhir" else [f"{tw3}{row}", f"{tw4}{row}"]
        assert g["cell"] == want[0] and f"sel {', '.join(want)})" in g["pesan"], g
    assert all(g["tingkat"] == "warning" and g["mengubah_nilai"] for g in gaps)
    # up to TW2 nothing is missing
    tw2 = json.loads(run(invoke, tmp_path, "validasi", path, "-p", "TW2", "-f", "json").stdout)
    assert not [i for i in tw2["issues"] if i["kode"] == "realisasi_periode_kosong"]
    assert run(invoke, tmp_path, "validasi", path, "-p", "TW9").exit_code == 2

    # the annual recap: no capaian, no computed predikat, no rank for the unit or its people
    recap = tmp_path / "r.xlsx"
    assert run(invoke, tmp_path, "rekap", masuk, "-o", recap).exit_code in (0, 1)
    units = json.loads(run(invoke, tmp_path, "peringkat", "--tingkat", "unit", "-f", "json").stdout)
    assert [u["unit"] for u in units] == ["DINKES"]  # BKD listed nowhere with a rank
    people = json.loads(run(invoke, tmp_path, "peringkat", "-f", "json").stdout)
    assert people and all(p["unit"] == "DINKES" for p in people)
    wb = load_workbook(recap, read_only=True)
    try:
        unit_rows = [r for r in wb["Unit"].iter_rows(min_row=5, values_only=True) if r[1] == UNIT]
        pegawai = [r for r in wb["Pegawai"].iter_rows(min_row=5, values_only=True) if r[4] == UNIT]
        masalah = [r for r in wb["Masalah"].iter_rows(min_row=5, values_only=True) if r and r[0]]
    finally:
        wb.close()
    assert unit_rows and unit_rows[0][0] is None  # no rank
    assert pegawai and all(r[0] is None and r[1] is None for r in pegawai)  # no rank anywhere
    in_masalah = [r for r in masalah if r[5] == "realisasi_periode_kosong"]
    assert len(in_masalah) == iku_rows + skp_rows
    assert all(r[0].endswith(f"RENCANA-{UNIT}-2026.xlsx") and r[2] for r in in_masalah)

    # the same files up to TW2: everyone scored again
    tw2_people = json.loads(run(invoke, tmp_path, "peringkat", "-p", "TW2", "-f", "json").stdout)
    assert any(p["unit"] == UNIT for p in tw2_people)
