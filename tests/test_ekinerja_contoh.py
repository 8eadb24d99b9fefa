"""The example e-Kinerja exports (issue 17): written independently of the reader, read back,
every planted trap found at its cell and nothing else reported."""

from __future__ import annotations

import json

from kinerja_cli.examples.ekinerja import MANIFEST, TRAPS, write_ekinerja_exports
from kinerja_cli.formats.ekinerja import PENILAIAN, SKP, read_export
from kinerja_cli.readers import read_workbook


def test_every_trap_is_found_at_its_cell_and_nothing_else(config, tmp_path):
    paths = write_ekinerja_exports(config, tmp_path)
    assert len(paths) == 2 * len(config.unit) + 1  # and pengecualian.csv
    assert paths[-1].name == "pengecualian.csv"
    paths = paths[:-1]
    manifest = json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))
    planted = manifest["jebakan"]
    assert {t["trap"] for t in planted} == {
        *TRAPS,
        "nip_ganda_mutasi",
        "skp_belum_disetujui",
        "tanpa_penilaian_pensiun",
        "tanpa_penilaian_belum",
    }
    found = set()
    people = {u.kode: 0 for u in config.unit}
    for path in paths:
        export = read_export(read_workbook(path))
        assert export is not None, path.name
        assert export.kind == (PENILAIAN if "Penilaian" in path.name else SKP)
        assert export.header.tahun == config.tahun
        found |= {(path.name, i.cell, i.kode) for i in export.issues}
        if export.kind == PENILAIAN:
            kode = path.name.split()[3]
            people[kode] = sum(1 for r in export.rows if not r.plt_plh)
    expected = {(t["berkas"], t["cell"], t["kode"]) for t in planted if t["kode"]}
    assert found == expected
    from kinerja_cli.examples import build_example_units

    assert people == {u.kode: len(u.pegawai) for u in build_example_units(config)}


def test_a_result_lost_by_merged_cells_is_an_error_at_the_cell(config, tmp_path, invoke):
    """Issue 25 (mutation merge_cells): two hasil_kerja cells of an example export merged,
    the lower one's rating lost; before, the employee's rating became blank in silence."""
    from openpyxl import load_workbook

    from tests.conftest import BUNDLED_CONFIG

    write_ekinerja_exports(config, tmp_path)
    path = tmp_path / "Laporan Penilaian SKP DISPAR 2026.xlsx"
    wb = load_workbook(path)
    wb.active.merge_cells("G17:G18")
    wb.save(path)
    result = invoke(
        "--config", BUNDLED_CONFIG, "--db", tmp_path / "k.db",
        "validasi", path, "--format", "json", "--tanggal", "2027-03-01",
    )  # fmt: skip
    assert result.exit_code == 1
    found = [
        (i["sheet"], i["cell"], i["tingkat"])
        for i in json.loads(result.stdout)["issues"]
        if i["kode"] == "ek_penilaian_tidak_lengkap"
    ]
    assert found == [("Sheet1", "G18", "error")]


def test_a_row_deleted_from_an_example_export_is_reported_at_the_next_number(
    config, tmp_path, invoke
):
    """Issue 25 (mutation delete_row): an employee's row deleted from an assessment export
    made that employee vanish from the recap with no issue; e-Kinerja numbers its rows, so
    the number after the gap is ``ek_nomor_loncat``, a warning that changes scores."""
    from openpyxl import load_workbook

    from tests.conftest import BUNDLED_CONFIG

    write_ekinerja_exports(config, tmp_path)
    path = tmp_path / "Laporan Penilaian SKP BAPPEDA 2026.xlsx"
    wb = load_workbook(path)
    ws = wb.active
    assert ws["A8"].value == "No" and ws["A28"].value == 20
    ws.delete_rows(28)
    wb.save(path)
    result = invoke(
        "--config", BUNDLED_CONFIG, "--db", tmp_path / "k.db",
        "validasi", path, "--format", "json", "--tanggal", "2027-03-01",
    )  # fmt: skip
    issues = json.loads(result.stdout)["issues"]
    assert [(i["kode"], i["cell"], i["mengubah_nilai"]) for i in issues] == [
        ("ek_nomor_loncat", "A28", True)
    ]
    assert "21" in issues[0]["pesan"] and "20" in issues[0]["pesan"]
