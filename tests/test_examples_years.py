"""``kinerja contoh --tahun`` (issue 12): an earlier year's examples with the same people, the
config's year following that year's coaching list; both years ingest into one store, ``tren``
shows both, and the follow-up of coaching classifies the employees the generator planned."""

from __future__ import annotations

import json

import pytest

from tests.conftest import BUNDLED_CONFIG, json_out

UNITS = ("BKD", "DINKES")
BAND_PREDIKAT = {
    "sangat_baik": "Sangat Baik",
    "di_atas": "Baik",
    "baik": "Baik",
    "butuh_perbaikan": "Butuh Perbaikan",
    "kurang": "Kurang/Misconduct",
    "sangat_kurang": "Sangat Kurang",
}
ORDER = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"]
COACHED = {"Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"}


def planned_followup(config) -> dict[str, str]:
    """What the generator planned, from its data (bands), per NIP of the 2025 coaching list
    of UNITS: the outcome the 2026 recap must report."""
    from kinerja_cli.examples import build_example_units

    now = {u.kode: u for u in build_example_units(config)}
    then = {u.kode: u for u in build_example_units(config, tahun=2025)}
    planned = {}
    for kode in UNITS:
        later = {e.nip: e for e in now[kode].pegawai[1:]}
        for e in then[kode].pegawai[1:]:
            was = BAND_PREDIKAT[e.band]
            if was not in COACHED:
                continue
            if e.nip not in later:
                planned[e.nip] = "keluar_unit"
                continue
            is_ = BAND_PREDIKAT[later[e.nip].band]
            planned[e.nip] = (
                "membaik"
                if ORDER.index(is_) < ORDER.index(was)
                else "tetap"
                if is_ == was
                else "memburuk"
            )
    return planned


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    from typer.testing import CliRunner

    from kinerja_cli.cli.main import app

    tmp = tmp_path_factory.mktemp("dua-tahun")
    runner = CliRunner()

    def run(*args):
        result = runner.invoke(
            app, ["--config", str(BUNDLED_CONFIG), "--db", str(tmp / "k.db"), *map(str, args)]
        )
        return result

    units = [a for k in UNITS for a in ("-u", k)]
    made = run("--tahun", "2025", "contoh", tmp / "m2025", *units)
    assert made.exit_code == 0, made.output
    assert "kinerja impor --tahun 2025" in made.output
    assert run("contoh", tmp / "m2026", *units).exit_code == 0
    assert run("--tahun", "2025", "impor", tmp / "m2025").exit_code == 0
    assert run("impor", tmp / "m2026").exit_code == 0
    return tmp, run


def test_the_earlier_year_has_the_same_people_less_those_appointed_later(config):
    from kinerja_cli.examples import build_example_units
    from kinerja_cli.examples.units import appointed_year

    now = {u.kode: u for u in build_example_units(config)}
    then = {u.kode: u for u in build_example_units(config, tahun=2025)}
    for kode, unit in then.items():
        later = {e.nip: e for e in now[kode].pegawai}
        stayed = [e for e in unit.pegawai if e.nip in later]
        assert unit.kepala.nip == now[kode].kepala.nip
        assert all(later[e.nip].nama == e.nama for e in stayed)
        assert {n for n, e in later.items() if appointed_year(n) <= 2025} <= {
            e.nip for e in unit.pegawai
        } | ({now[kode].duplicate_of[1]} if now[kode].duplicate_of else set())
        gone = [e for e in unit.pegawai if e.nip not in later]
        if len(now[kode].pegawai) > 20:
            assert len(gone) >= 1, kode  # the one who left, on the coaching list
    # 2024: fewer people (appointed in 2025 or 2026 are not there yet), still the same heads
    older = {u.kode: u for u in build_example_units(config, tahun=2024)}
    assert all(older[k].kepala.nip == now[k].kepala.nip for k in now)
    assert sum(len(u.pegawai) for u in older.values()) < sum(len(u.pegawai) for u in then.values())


@pytest.mark.slow(reason="end-to-end CLI runs, ~4 s on 2 busy cores")
def test_followup_classifies_the_planned_employees(two_years, config):
    tmp, run = two_years
    rows = json_out(run("tren", "--pembinaan", "-f", "json"))
    got = {r["nip"]: r["hasil"] for r in rows}
    assert got == planned_followup(config)
    assert {"membaik", "tetap", "memburuk", "keluar_unit"} <= set(got.values())
    assert {r["unit"] for r in rows} == set(UNITS)
    assert all(r["periode_lalu"] == "2025 tahunan" for r in rows)
    # the recap's Tindak Lanjut sheet counts the same
    import openpyxl

    recap = tmp / "r2026.xlsx"
    assert run("rekap", "-o", recap).exit_code in (0, 1)
    ws = openpyxl.load_workbook(recap, read_only=True)["Tindak Lanjut"]
    table = list(ws.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(table) if r[0] == "Unit")
    for line in table[header + 1 : header + 1 + len(UNITS)]:
        unit, counts = line[0], line[1:6]
        planned = [r["hasil"] for r in rows if r["unit"] == unit]
        assert list(counts) == [
            planned.count(h) for h in ("membaik", "tetap", "memburuk", "keluar_unit")
        ] + [0]


@pytest.mark.slow(reason="end-to-end CLI runs, ~3 s on 2 busy cores")
def test_tren_shows_both_years(two_years):
    _, run = two_years
    data = json_out(run("tren", "-f", "json"))
    assert data["tahun_tersimpan"] == [2025, 2026]
    yearly = {(r["unit"], r["tahun"]) for r in data["unit"] if r["jenis"] == "tahunan"}
    assert yearly == {(k, y) for k in UNITS for y in (2025, 2026)}
    assert data["indikator"] == [{"tahun": 2026, "dibanding": 2025, "ditambah": [], "dihapus": []}]
    people = {(r["nip"], r["tahun"]) for r in data["pegawai"]}
    assert any((nip, 2025) in people for nip, year in people if year == 2026)


def test_an_earlier_year_is_scored_as_that_year(two_years):
    _, run = two_years
    summary = run("--tahun", "2025", "ringkasan", "-f", "json")
    assert json.loads(summary.stdout)["tahun"] == 2025
    status = json.loads(run("--tahun", "2025", "status", "-f", "json").stdout)
    submitted = {u["kode"]: u for u in status if u["submitted"]}
    assert set(submitted) == set(UNITS)
    assert not any(u["config_changed"] for u in submitted.values())


def test_a_later_year_than_the_config_is_refused(invoke, tmp_path):
    result = invoke("--config", BUNDLED_CONFIG, "--tahun", "2027", "contoh", tmp_path / "x")
    assert result.exit_code == 2
    assert "sesudah tahun konfigurasi (2026)" in result.output
    assert not (tmp_path / "x").exists()
