"""``kinerja pantau`` (issue 12, part 1): the year-end capaian each row is heading for, from
what was reported up to TWn, hand-computed for each agregasi, and the "Pemantauan" sheet."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest

from kinerja_cli.errors import UsageError
from kinerja_cli.scoring import score
from kinerja_cli.writers.monitor import MONITOR_FIELDS, monitor_rows, monitor_summary
from tests.conftest import BUNDLED_CONFIG, ROOT
from tests.test_scoring import iku, make_config, nip, pegawai, skp, submission

MASUK = ROOT / "examples" / "masuk"


def test_projections_by_hand_for_each_agregasi():
    cfg = make_config(kurva=False)
    a = nip(1)
    sub = submission(
        pegawai_=[pegawai(a)],
        skp_=[
            # jumlah, target 400 a year: TW1+TW2 = 90+110 = 200 against 400 x 2/4 = 200 -> 100
            skp(a, "JML", 400, 90, 110),
            # rata-rata: (70 + 90) / 2 = 80 against 100 -> 80, below 90: waspada
            skp(a, "RATA", 100, 70, 90),
            # terakhir, TW2 blank: a quarter already passed, not a zero -> tidak_melapor
            skp(a, "POS", 100, 95, None),
            # negatif rata-rata: (8 + 12) / 2 = 10 against 10 -> (2 - 10/10) x 100 = 100
            skp(a, "NEG", 10, 8, 12),
        ],
        iku_=[iku("IKU-1", 100, 80, 85), iku("IKU-2", 100, 96, 99)],
    )
    result = score([sub], cfg, "TW2")
    rows = {(r["nip"], r["kode"]): r for r in monitor_rows(result, cfg)}
    got = {
        k[1]: (r["realisasi_sd"], r["target_sd"], r["proyeksi_capaian"], r["status"])
        for k, r in rows.items()
    }
    assert got == {
        "JML": (200.0, 200.0, 100.0, "aman"),
        "RATA": (80.0, 100.0, 80.0, "waspada"),
        "POS": (None, 100.0, None, "tidak_melapor"),
        "NEG": (10.0, 10.0, 100.0, "aman"),
        "IKU-1": (85.0, 100.0, 85.0, "waspada"),  # terakhir: TW2's 85
        "IKU-2": (99.0, 100.0, 99.0, "aman"),
    }
    assert rows[(None, "IKU-1")]["nama"] is None and rows[(a, "JML")]["unit"] == "A"
    # most urgent first
    assert [r["status"] for r in monitor_rows(result, cfg)][:3] == [
        "tidak_melapor",
        "waspada",
        "waspada",
    ]
    (summary,) = monitor_summary(monitor_rows(result, cfg))
    assert (summary["tidak_melapor"], summary["waspada"], summary["aman"]) == (1, 2, 3)
    assert summary["pegawai_ditandai"] == 1
    # at TW1 the same employee is on track for POS (95) and RATA (70: waspada)
    tw1 = {r["kode"]: r["status"] for r in monitor_rows(score([sub], cfg, "TW1"), cfg)}
    assert tw1["POS"] == "aman" and tw1["RATA"] == "waspada"
    with pytest.raises(UsageError):
        monitor_rows(score([sub], cfg, "tahunan"), cfg)


def run(invoke, ws, *args):
    return invoke("--config", BUNDLED_CONFIG, "--db", ws / "kinerja.db", *args)


def test_pantau_through_the_cli_and_the_recap_sheet(invoke, tmp_path):
    from openpyxl import load_workbook

    masuk = tmp_path / "masuk"
    masuk.mkdir()
    for unit in ("BKD", "DINKES"):
        shutil.copy2(MASUK / f"RENCANA-{unit}-2026.xlsx", masuk)
    assert run(invoke, tmp_path, "impor", masuk).exit_code in (0, 1)
    out = run(invoke, tmp_path, "pantau", "-p", "TW2", "-f", "json")
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)
    assert rows and {r["unit"] for r in rows} == {"BKD", "DINKES"}
    assert all(set(MONITOR_FIELDS) <= set(r) for r in rows)
    assert {r["status"] for r in rows} <= {"aman", "waspada", "tidak_melapor"}
    assert any(r["nip"] is None for r in rows)  # IKU rows
    only = json.loads(
        run(invoke, tmp_path, "pantau", "-p", "tw2", "--unit", "bkd", "-f", "json").stdout
    )
    assert only == [r for r in rows if r["unit"] == "BKD"]
    table = run(invoke, tmp_path, "pantau", "-p", "TW2")
    assert table.exit_code == 0 and "TW2:" in table.stderr
    text = run(invoke, tmp_path, "pantau", "-p", "TW2", "-f", "csv").stdout
    assert next(csv.reader(io.StringIO(text))) == list(MONITOR_FIELDS)
    for wrong in ("tahunan", "TW4", "TW9"):
        assert run(invoke, tmp_path, "pantau", "-p", wrong).exit_code == 2
    # the recap of TW2 carries the same rows in its "Pemantauan" sheet; the annual one has none
    recap = tmp_path / "r.xlsx"
    assert run(invoke, tmp_path, "rekap", "-p", "TW2", "-o", recap).exit_code in (0, 1)
    wb = load_workbook(recap, read_only=True)
    try:
        # after Pembinaan and the follow-up of TW1's coaching list
        names = wb.sheetnames
        assert names.index("Pemantauan") == names.index("Tindak Lanjut") + 1
        assert names.index("Tindak Lanjut") == names.index("Pembinaan") + 1
        sheet = [r for r in wb["Pemantauan"].iter_rows(min_row=5, values_only=True) if r[0]]
    finally:
        wb.close()
    assert [(r[0], r[2], r[4]) for r in sheet] == [(r["unit"], r["nip"], r["kode"]) for r in rows]
    annual = tmp_path / "t.xlsx"
    run(invoke, tmp_path, "rekap", "-o", annual)
    wb = load_workbook(annual, read_only=True)
    try:
        assert "Pemantauan" not in wb.sheetnames
    finally:
        wb.close()


def test_followup_outcomes_by_hand():
    from kinerja_cli.scoring.followup import previous_period
    from kinerja_cli.writers.followup import followup_counts, followup_rows

    cfg = make_config(kurva=False)
    a, b, c, d, e = (nip(i) for i in range(1, 6))

    def staff(i, capaian, perilaku="Sesuai Ekspektasi"):
        return pegawai(i, perilaku=perilaku), [skp(i, "POS", 100, capaian)]

    def unit_sub(spec):
        people = [staff(*s) for s in spec]
        return submission(pegawai_=[p for p, _ in people], skp_=[r for _, rs in people for r in rs])

    # last period: a, b, c, d, e all Butuh Perbaikan (capaian 80: Di Bawah x Sesuai)
    before = score([unit_sub([(i, 80) for i in (a, b, c, d, e)])], cfg, "TW1")
    assert {x.predikat for x in before.employees} == {"Butuh Perbaikan"}
    now = score(
        [
            unit_sub(
                [
                    (a, 100),  # Baik: membaik
                    (b, 80),  # Butuh Perbaikan: tetap
                    (c, 80, "Di Bawah Ekspektasi"),  # Sangat Kurang: memburuk
                    (e, 100, None),  # no rating perilaku: tidak ada data
                ]  # d is gone: keluar unit
            )
        ],
        cfg,
        "TW2",
    )
    rows = followup_rows(before, now)
    got = {r["nip"]: r["hasil"] for r in rows}
    assert got == {
        a: "membaik",
        b: "tetap",
        c: "memburuk",
        d: "keluar_unit",
        e: "tidak_ada_data",
    }
    (counts,) = followup_counts(rows)
    assert [
        counts[o] for o in ("membaik", "tetap", "memburuk", "keluar_unit", "tidak_ada_data")
    ] == [
        1,
        1,
        1,
        1,
        1,
    ]
    assert rows[0]["periode_lalu"] == "2026 TW1" and rows[0]["periode_kini"] == "2026 TW2"
    assert previous_period(2026, "TW3") == (2026, "TW2")
    assert previous_period(2026, "TW1") == (2025, "tahunan")
    assert previous_period(2026, "tahunan") == (2025, "tahunan")
