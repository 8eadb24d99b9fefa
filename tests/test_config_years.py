"""The store keeps each year's config (issue 12, part 4): a 2025 recap made in 2026 scores with
the 2025 rules after ``config/indikator.yaml`` moved on to 2026, and ``--tahun 2025`` works from
the store alone."""

from __future__ import annotations

import json

import pytest
import yaml

from tests.conftest import BUNDLED_CONFIG, EXAMPLES_INBOX


def config_2025(path):
    """The bundled config for 2025, with a stricter IKM target and another instansi wording so
    the two years' rules differ."""
    data = yaml.safe_load(BUNDLED_CONFIG.read_text(encoding="utf-8"))
    data["tahun"] = 2025
    data["instansi"] = "Pemerintah Kota Medan (2025)"
    data["penilaian"]["rating_hasil_kerja"] = {"di_atas": 105, "sesuai": 95}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def with_store(invoke, db):
    """``run(config, *args)``: the CLI with that config over the store ``db``."""

    def run(config, *args):
        return invoke("--config", config, "--db", db, *args)

    return run


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_an_earlier_year_is_scored_with_its_own_config(invoke, tmp_path):
    db = tmp_path / "kinerja.db"
    old = config_2025(tmp_path / "k2025.yaml")

    run = with_store(invoke, db)
    assert run(old, "contoh", tmp_path / "m2025", "-u", "BKD", "-u", "DINKES").exit_code == 0
    assert run(old, "impor", tmp_path / "m2025").exit_code in (0, 1)
    expected = json.loads(run(old, "peringkat", "-f", "json").stdout)
    expected_units = json.loads(run(old, "ringkasan", "-f", "json").stdout)
    assert expected and expected_units["instansi"] == "Pemerintah Kota Medan (2025)"

    # a year later the config file is the 2026 one: 2025 still scores with the 2025 rules
    now = run(BUNDLED_CONFIG, "--tahun", "2025", "peringkat", "-f", "json")
    assert now.exit_code == 0, now.output
    assert json.loads(now.stdout) == expected
    assert json.loads(run(BUNDLED_CONFIG, "--tahun", "2025", "ringkasan", "-f", "json").stdout) == (
        expected_units
    )
    # from the store alone: no config file at all
    gone = tmp_path / "tidak-ada.yaml"
    status = run(gone, "--tahun", "2025", "status", "-f", "json")
    assert status.exit_code in (0, 1), status.output
    units = {u["kode"]: u for u in json.loads(status.stdout)}
    assert {k for k, u in units.items() if u["submitted"]} == {"BKD", "DINKES"}
    assert not units["BKD"]["config_changed"]  # checked with the rules it is scored with
    recap = tmp_path / "r2025.xlsx"
    made = run(gone, "--tahun", "2025", "rekap", "-o", recap)
    assert made.exit_code in (0, 1), made.output
    assert json.loads(run(gone, "--tahun", "2025", "peringkat", "-f", "json").stdout) == expected
    # a year the store has no config for still needs the file
    assert run(gone, "--tahun", "2024", "status").exit_code == 2


def test_the_store_keeps_the_latest_text_of_each_year(tmp_path):
    from datetime import UTC, datetime, timedelta

    from kinerja_cli.config import load_config
    from kinerja_cli.store import Store

    clock = iter(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=m) for m in range(10))
    cfg = load_config(BUNDLED_CONFIG)
    text = BUNDLED_CONFIG.read_text(encoding="utf-8")
    with Store.open(tmp_path / "k.db", now=lambda: next(clock)) as store:
        assert store.config_text(2026) is None
        store.remember_config(cfg, text)
        store.remember_config(cfg, text + "\n# kedua\n")
        assert store.config_text(2026).endswith("# kedua\n")
        store.remember_config(cfg, text)  # the first text used again: it is the one now
        assert store.config_text(2026) == text
        assert store.config_text(2025) is None
        rows = store._db.query("SELECT COUNT(*) FROM config_year")
    assert rows == [(2,)]


@pytest.mark.slow(reason="end-to-end CLI runs, ~5 s on 2 busy cores")
def test_tren_through_the_quarters_and_across_years(invoke, tmp_path):
    from kinerja_cli.config import load_config
    from kinerja_cli.pipeline import score_current
    from kinerja_cli.rounding import round_half_up
    from kinerja_cli.store import Store

    db = tmp_path / "kinerja.db"
    old = config_2025(tmp_path / "k2025.yaml")
    data = yaml.safe_load(old.read_text(encoding="utf-8"))
    data["indikator"] = [i for i in data["indikator"] if i["kode"] != "IKU-UM-02"]
    old.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    run = with_store(invoke, db)
    assert run(old, "contoh", tmp_path / "m2025", "-u", "BKD").exit_code == 0
    assert run(old, "impor", tmp_path / "m2025").exit_code in (0, 1)
    assert run(BUNDLED_CONFIG, "contoh", tmp_path / "m2026", "-u", "BKD").exit_code == 0
    assert run(BUNDLED_CONFIG, "impor", tmp_path / "m2026").exit_code in (0, 1)

    out = run(BUNDLED_CONFIG, "tren", "-f", "json")
    assert out.exit_code == 0, out.output
    got = json.loads(out.stdout)
    assert got["tahun"] == 2026 and got["tahun_tersimpan"] == [2025, 2026]
    assert got["indikator"] == [
        {"tahun": 2026, "dibanding": 2025, "ditambah": ["IKU-UM-02"], "dihapus": []}
    ]
    bkd = {(r["jenis"], r["tahun"], r["periode"]): r for r in got["unit"] if r["unit"] == "BKD"}
    assert set(bkd) == {
        *(("triwulan", 2026, p) for p in ("TW1", "TW2", "TW3", "TW4")),
        ("tahunan", 2025, "tahunan"),
        ("tahunan", 2026, "tahunan"),
    }
    # each figure is the one rekap prints for that period and year, with that year's rules
    cfg26, cfg25 = load_config(BUNDLED_CONFIG), load_config(old)
    with Store.open(db, create=False) as store:
        for p in ("TW2", "tahunan"):
            unit = next(u for u in score_current(store, cfg26, 2026, p).units if u.kode == "BKD")
            key = ("triwulan", 2026, p) if p != "tahunan" else ("tahunan", 2026, "tahunan")
            assert bkd[key]["capaian_iku"] == round_half_up(unit.capaian_iku, 2)
            assert bkd[key]["predikat_organisasi"] == unit.predikat_organisasi
        u25 = next(u for u in score_current(store, cfg25, 2025).units if u.kode == "BKD")
        u26 = next(u for u in score_current(store, cfg26, 2026).units if u.kode == "BKD")
    assert bkd[("tahunan", 2025, "tahunan")]["capaian_iku"] == round_half_up(u25.capaian_iku, 2)
    assert bkd[("tahunan", 2025, "tahunan")]["capaian_iku_sebanding"] is None  # first year
    common = [r.capaian for r in u26.iku_rows if r.kode != "IKU-UM-02"]
    assert bkd[("tahunan", 2026, "tahunan")]["capaian_iku_sebanding"] == round_half_up(
        sum(common) / len(common), 2
    )
    # every employee of 2026 with a history; the csv of both levels
    history = {(r["nip"], r["tahun"], r["periode"]) for r in got["pegawai"]}
    someone = next(iter(r["nip"] for r in got["pegawai"]))
    assert (someone, 2026, "tahunan") in history
    csv_units = run(BUNDLED_CONFIG, "tren", "-f", "csv").stdout.splitlines()
    assert csv_units[0].split(",")[:4] == ["jenis", "tahun", "periode", "unit"]
    assert len(csv_units) == 1 + len(got["unit"])
    table = run(BUNDLED_CONFIG, "tren")
    assert table.exit_code == 0 and "IKU-UM-02" in table.stderr
    assert run(BUNDLED_CONFIG, "tren", "--tingkat", "pegawai").exit_code == 0


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_followup_of_last_years_coaching_list(invoke, tmp_path):
    from openpyxl import load_workbook

    db = tmp_path / "kinerja.db"
    old = config_2025(tmp_path / "k2025.yaml")

    run = with_store(invoke, db)
    run(old, "contoh", tmp_path / "m2025", "-u", "DINKES")
    run(old, "impor", tmp_path / "m2025")
    coached = {
        r["nip"]
        for r in json.loads(run(old, "peringkat", "-f", "json").stdout)
        if r["predikat"] in ("Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang")
    }
    assert coached
    run(BUNDLED_CONFIG, "contoh", tmp_path / "m2026", "-u", "DINKES")
    run(BUNDLED_CONFIG, "impor", tmp_path / "m2026")
    rows = json.loads(run(BUNDLED_CONFIG, "tren", "--pembinaan", "-f", "json").stdout)
    assert {r["nip"] for r in rows} == coached
    now = {r["nip"]: r for r in json.loads(run(BUNDLED_CONFIG, "peringkat", "-f", "json").stdout)}
    order = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"]
    for r in rows:
        later = now.get(r["nip"])
        if later is None:
            assert r["hasil"] in ("keluar_unit", "tidak_ada_data")
            continue
        was, is_ = order.index(r["predikat_lalu"]), order.index(later["predikat"])
        want = "membaik" if is_ < was else ("tetap" if is_ == was else "memburuk")
        assert r["hasil"] == want and r["predikat_kini"] == later["predikat"]
    # the annual recap follows the same list up in its "Tindak Lanjut" sheet
    recap = tmp_path / "r.xlsx"
    run(BUNDLED_CONFIG, "rekap", "-o", recap)
    wb = load_workbook(recap, read_only=True)
    try:
        sheet = list(wb["Tindak Lanjut"].iter_rows(values_only=True))
    finally:
        wb.close()
    listed = {r[1] for r in sheet if r and isinstance(r[1], str) and r[1].isdigit()}
    assert listed == coached
    assert run(BUNDLED_CONFIG, "tren", "--pembinaan").exit_code == 0


@pytest.mark.slow(reason="end-to-end CLI runs, ~7 s on 2 busy cores")
def test_rekap_tren_sheet_with_line_charts(invoke, tmp_path):
    import zipfile

    from openpyxl import load_workbook

    from kinerja_cli.config import load_config
    from kinerja_cli.examples import generate_examples

    db = tmp_path / "kinerja.db"
    old = config_2025(tmp_path / "k2025.yaml")

    run = with_store(invoke, db)
    # 2025: every unit as .xlsx (no LibreOffice re-save: the files' format is not the point)
    generate_examples(load_config(old), tmp_path / "m2025", convert=False)
    run(old, "impor", tmp_path / "m2025")
    recap = tmp_path / "r.xlsx"
    # 2026: the committed ``kinerja contoh`` output (the same files, not written again)
    made = run(BUNDLED_CONFIG, "rekap", EXAMPLES_INBOX, "--tren", "-o", recap)
    assert made.exit_code in (0, 1), made.output
    rows = json.loads(run(BUNDLED_CONFIG, "tren", "-f", "json").stdout)["unit"]
    wb = load_workbook(recap, read_only=True)
    try:
        sheet = list(wb["Tren"].iter_rows(min_row=4, values_only=True))
    finally:
        wb.close()
    header, body = sheet[0], [r for r in sheet[1:] if r and r[0]]
    assert list(header) == ["Unit", "Nama Unit", "TW1", "TW2", "TW3", "TW4", "2025", "2026"]
    assert len(body) == 10
    want = {
        (r["unit"], r["periode"] if r["jenis"] == "triwulan" else str(r["tahun"])): r["capaian_iku"]
        for r in rows
    }
    for line in body:
        for h, value in zip(header[2:], line[2:], strict=True):
            assert value == want.get((line[0], h)), (line[0], h)
    # 10 units: two line charts over the quarters and two over the years (8 units a chart),
    # besides the Ringkasan's two charts
    with zipfile.ZipFile(recap) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        lines = [n for n in charts if b"<c:lineChart>" in z.read(n)]
    assert len(lines) == 4 and len(charts) == 6
    # without --tren no sheet (each quarter and year would be scored again)
    plain = tmp_path / "p.xlsx"
    run(BUNDLED_CONFIG, "rekap", "-o", plain)
    wb = load_workbook(plain, read_only=True)
    try:
        assert "Tren" not in wb.sheetnames and "Tindak Lanjut" in wb.sheetnames
    finally:
        wb.close()
