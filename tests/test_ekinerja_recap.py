"""e-Kinerja BKN exports through the commands a BKD runs (issue 17): validasi, impor, status,
rekap (Selisih, Cakupan, Sumber), peringkat, ringkasan; and the check the issue names: a
recap from exports of the bundled city equals the recap from the same people's ratings in
kinerja templates (predikat counts per unit, kurva verdicts)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
import yaml

from kinerja_cli.examples.ekinerja import MANIFEST, PENILAIAN_COLUMNS, SKP_COLUMNS
from tests.conftest import BUNDLED_CONFIG, EXAMPLES_INBOX

TODAY = ["--tanggal", "2027-01-20"]
"""The date the commands run for: the exports here are pulled on 15 January of the next year,
and a pull date after the command's date is an error (``ek_ditarik_masa_depan``)."""


def write_penilaian(path: Path, unit_name: str, people: list[dict], *, tahun: int = 2026) -> Path:
    """A "Laporan Penilaian SKP" as e-Kinerja writes it (title rows, header at row 8)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for line in (
        f"Laporan Penilaian SKP Periode Tahunan Tahun {tahun}",
        "Instansi Pemerintah Kota Medan",
        f"Periode : 1 Januari {tahun} - 31 Desember {tahun}",
        f"Unor Induk : {unit_name}",
        "Unor : ALL",
        f"Data ditarik pada : {tahun + 1}-01-15 09:00:00",
    ):
        ws.append([line])
    ws.append([])
    ws.append(list(PENILAIAN_COLUMNS))
    for n, p in enumerate(people, start=1):
        row = {
            "No": n,
            "nip": p["nip"],
            "nama": p["nama"],
            "skp_unor": unit_name,
            "skp_unor_induk": p.get("unor", unit_name),
            "skp_jabatan": p.get("jabatan"),
            "hasil_kerja": p.get("rating_hasil_kerja") or "-",
            "perilaku_kerja": p.get("rating_perilaku") or "-",
            "hasil_akhir": (p.get("predikat") or "-").split("/")[0],
            "golru": p.get("golongan"),
            "jenis_pegawai": "PNS",
            "skp_jenis_jabatan": "JF",
            "is_skp_plt_plh_pjb": 0,
        }
        ws.append([row[c] for c in PENILAIAN_COLUMNS])
    wb.save(path)
    return path


def write_skp_list(path: Path, unit_name: str, rows: list[tuple[str, str, str]]) -> Path:
    """A "Laporan SKP": (nip, nama, skp_status) per row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for line in ("Laporan SKP Tahun 2026", "Instansi Pemerintah Kota Medan"):
        ws.append([line])
    ws.append([f"Unor Induk : {unit_name}"])
    ws.append([])
    ws.append(list(SKP_COLUMNS))
    for n, (nip, nama, status) in enumerate(rows, start=1):
        ws.append([f"s{n}", nip, nama, "Pelaksana", unit_name, unit_name, status, "2026-12-31", 0])
    wb.save(path)
    return path


def table(path: Path, name: str, first: str) -> list[tuple]:
    """The rows under the first header row whose first cell is ``first`` (up to a blank)."""
    rows = [
        tuple(r)
        for r in openpyxl.load_workbook(path, read_only=True)[name].iter_rows(values_only=True)
    ]
    start = next(i for i, r in enumerate(rows) if r and r[0] == first) + 1
    out = []
    for r in rows[start:]:
        if not any(v is not None for v in r):
            break
        out.append(r)
    return out


def as_json(result) -> object:
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def sheet_rows(path: Path, name: str) -> list[tuple]:
    ws = openpyxl.load_workbook(path, read_only=True)[name]
    return [r for r in ws.iter_rows(values_only=True) if any(v is not None for v in r)]


@pytest.fixture(scope="module")
def template_city(tmp_path_factory):
    """The bundled example city from kinerja templates (the committed ``kinerja contoh``
    output), ingested: (its folder, employees, units)."""
    from typer.testing import CliRunner

    from kinerja_cli.cli.main import app

    base = tmp_path_factory.mktemp("templat")
    run = CliRunner()
    cfg = ["--config", str(BUNDLED_CONFIG), "--db", str(base / "k.db")]
    run.invoke(app, [*cfg, "impor", str(EXAMPLES_INBOX)])
    people = json.loads(run.invoke(app, [*cfg, "peringkat", "-f", "json"]).stdout)
    summary = json.loads(run.invoke(app, [*cfg, "ringkasan", "-f", "json"]).stdout)
    return EXAMPLES_INBOX, people, summary


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_recap_from_exports_equals_recap_from_templates(template_city, tmp_path, invoke):
    """The same people's ratings (as the template recap gives them) downloaded from
    e-Kinerja: per unit the same predikat counts and the same kurva verdicts, with the unit's
    predikat organisasi in the config (an export carries none)."""
    _inbox, people, summary = template_city
    cfg = yaml.safe_load(BUNDLED_CONFIG.read_text(encoding="utf-8"))
    orgs = {u["unit"]: u["predikat_organisasi"] for u in summary["unit"]}
    for unit in cfg["unit"]:
        if orgs.get(unit["kode"]):
            unit["predikat_organisasi"] = orgs[unit["kode"]]
    config_path = tmp_path / "indikator.yaml"
    config_path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    folder = tmp_path / "ekinerja"
    folder.mkdir()
    names = {u["kode"]: u["nama"] for u in cfg["unit"]}
    for kode, nama in names.items():
        mine = [p for p in people if p["unit"] == kode]
        write_penilaian(folder / f"Laporan Penilaian SKP {kode}.xlsx", nama, mine)
    opts = ["--config", config_path, "--db", tmp_path / "ek.db"]
    invoke(*opts, "impor", folder, *TODAY)
    from_exports = as_json(invoke(*opts, "ringkasan", "-f", "json"))
    assert {u["sumber"] for u in from_exports["unit"]} == {"ekinerja"}
    by_unit = {u["unit"]: u for u in summary["unit"]}
    assert set(by_unit) == {u["unit"] for u in from_exports["unit"]}
    for ours in from_exports["unit"]:
        theirs = by_unit[ours["unit"]]
        assert ours["distribusi"] == theirs["distribusi"], ours["unit"]
        assert ours["kurva_sesuai"] == theirs["kurva_sesuai"], ours["unit"]
        assert ours["pegawai_dinilai"] == theirs["pegawai_dinilai"], ours["unit"]
        assert ours["predikat_organisasi"] == theirs["predikat_organisasi"]
        assert ours["capaian_iku"] is None and ours["rata_rata_nilai"] is None
    assert from_exports["keseluruhan"]["distribusi"] == summary["keseluruhan"]["distribusi"]
    # the kurva was really checked somewhere (not None everywhere)
    assert any(u["kurva_sesuai"] is not None for u in from_exports["unit"])
    # ranking by predikat: the order of predikat words equals the templates'
    ranked = as_json(invoke(*opts, "peringkat", "-f", "json"))
    assert sorted(p["predikat"] or "" for p in ranked) == sorted(
        p["predikat"] or "" for p in people
    )
    assert all(p["nilai"] is None for p in ranked)
    # the recap says where the scores came from
    out = tmp_path / "rekap.xlsx"
    assert invoke(*opts, "rekap", "-o", out, "--tanggal", "2027-01-20").exit_code in (0, 1)
    sumber = table(out, "Sumber", "Berkas")
    assert len(sumber) == len(names)
    assert all(str(r[-1]).startswith("Ekspor e-Kinerja BKN (Tahunan") for r in sumber), sumber
    units = table(out, "Unit", "Peringkat")
    assert len(units) == len(names)
    assert all("e-Kinerja" in str(r[-1]) for r in units)
    # the evaluation documents say where the ratings come from
    docs = tmp_path / "dokumen"
    done = invoke(*opts, "dokumen", "--unit", "DINSOS", "-f", "xlsx", "-o", docs)
    assert done.exit_code in (0, 1), done.output
    text = " ".join(
        str(v)
        for f in docs.glob("*.xlsx")
        for ws in openpyxl.load_workbook(f, read_only=True)
        for r in ws.iter_rows(values_only=True)
        for v in r
        if v is not None
    )
    assert "seperti tercatat di e-Kinerja BKN" in text


@pytest.mark.slow(reason="end-to-end CLI runs, ~3 s on 2 busy cores")
def test_selisih_lists_every_nip_whose_predikat_differs(
    template_city, tmp_path, invoke, store_target
):
    """A unit that sent both: scored from the workbook; Selisih names each NIP whose
    predikat differs (a changed one, one missing from the export) with both values."""
    inbox, people, _summary = template_city
    opts = ["--config", BUNDLED_CONFIG, "--db", store_target]
    invoke(*opts, "impor", inbox)
    mine = [dict(p) for p in people if p["unit"] == "DISHUB"]
    complete = [p for p in mine if p["predikat"]]
    complete[0]["predikat"] = (
        "Sangat Kurang" if complete[0]["predikat"] != "Sangat Kurang" else "Baik"
    )
    dropped = complete[1]
    sent = [p for p in mine if p is not dropped]
    write_penilaian(tmp_path / "Laporan Penilaian SKP DISHUB.xlsx", "Dinas Perhubungan", sent)
    invoke(*opts, "impor", tmp_path / "Laporan Penilaian SKP DISHUB.xlsx", *TODAY)
    status = {s["kode"]: s for s in as_json(invoke(*opts, "status", "-f", "json"))}
    assert status["DISHUB"]["sumber"] == "templat"  # the workbook is what is scored
    out = tmp_path / "rekap.xlsx"
    invoke(*opts, "rekap", "-o", out, "--tanggal", "2027-01-20")
    listed = {r[1]: (r[3], r[4]) for r in table(out, "Selisih", "Kode Unit")}
    original = {p["nip"]: p["predikat"] for p in people}
    assert listed == {
        complete[0]["nip"]: (original[complete[0]["nip"]], complete[0]["predikat"]),
        dropped["nip"]: (dropped["predikat"], "-"),
    }
    # the scores are the workbook's: DISHUB's distribution is the template recap's
    again = as_json(invoke(*opts, "ringkasan", "-f", "json"))
    dishub = next(u for u in again["unit"] if u["unit"] == "DISHUB")
    assert dishub["sumber"] == "templat" and dishub["capaian_iku"] is not None


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_example_exports_through_the_commands(tmp_path, invoke, store_target):
    """``contoh --format ekinerja``: validasi reports the planted traps (and the unit-level
    ones), impor stores both exports per unit, rekap's Cakupan tells the generator's story."""
    folder = tmp_path / "ek"
    assert invoke("contoh", "--format", "ekinerja", folder).exit_code == 0
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    issues = as_json(invoke("--config", BUNDLED_CONFIG, "validasi", folder, "-f", "json", *TODAY))[
        "issues"
    ]
    found = {(Path(i["file"]).name, i["cell"], i["kode"]) for i in issues}
    planted = {(t["berkas"], t["cell"], t["kode"]) for t in manifest["jebakan"] if t["kode"]}
    assert planted <= found
    # besides the traps: the example city's NIP in two units, and the transfer's old row
    # belonging to another unor is not reported (it is superseded)
    extra = {k for _f, _c, k in found - planted}
    assert extra == {"nip_di_unit_lain"}, found - planted
    opts = ["--config", BUNDLED_CONFIG, "--db", store_target]
    invoke(*opts, "impor", folder, *TODAY)
    status = as_json(invoke(*opts, "status", "-f", "json"))
    assert {s["sumber"] for s in status} == {"ekinerja"}
    assert all(s["skp_list"] for s in status)
    out = tmp_path / "rekap.xlsx"
    invoke(*opts, "rekap", folder, "-o", out, "--tanggal", "2027-01-20")
    counts = {r[0]: r[1:6] for r in table(out, "Cakupan", "Kode Unit")}
    assert len(counts) == 10
    traps = {t["trap"]: t for t in manifest["jebakan"]}
    draft_unit = traps["skp_belum_disetujui"]["berkas"].split()[2]
    assert counts[draft_unit][2] == 1  # one SKP not approved
    retired_unit = traps["tanpa_penilaian_pensiun"]["berkas"].split()[2]
    assert counts[retired_unit][4] == 1  # excluded (pengecualian.csv, found in the folder)
    rows = sheet_rows(out, "Cakupan")
    second = [i for i, r in enumerate(rows) if r[0] == "Kode Unit"][1]
    details = {(r[0], r[1]): (r[3], r[4]) for r in rows[second + 1 :]}
    assert ("belum dinilai untuk periode ini", None) in details.values()
    assert ("dikecualikan", "pensiun") in details.values()
    assert ("SKP belum disetujui", "draft") in details.values()
    assert "Selisih" not in openpyxl.load_workbook(out, read_only=True).sheetnames
    # the SKP lists' own problems are on the Masalah sheet (the coverage counts those rows)
    problems = {(Path(r[0]).name, r[2], r[5]) for r in table(out, "Masalah", "Berkas")}
    transfer = traps["nip_ganda_mutasi"]
    assert (transfer["berkas"], transfer["cell"], "ek_nip_ganda_mutasi") in problems


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_unit_names_year_duplicates_and_other_unor(tmp_path, invoke):
    """An unmapped unor: not counted, named with the closest units; after adding the name to
    ``unit[].unor`` the same file counts on the next impor. A row of another unor, a NIP on
    two rows and a NIP that is not one are errors at their cells; a file of another year is
    refused as a whole."""
    cfg = yaml.safe_load(BUNDLED_CONFIG.read_text(encoding="utf-8"))
    config_path = tmp_path / "indikator.yaml"
    config_path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    people = [
        {
            "nip": "198501012010011001",
            "nama": "A",
            "rating_hasil_kerja": "Sesuai Ekspektasi",
            "rating_perilaku": "Sesuai Ekspektasi",
            "predikat": "Baik",
        },
        {
            "nip": "198501012010011002",
            "nama": "B",
            "rating_hasil_kerja": "Sesuai Ekspektasi",
            "rating_perilaku": "Sesuai Ekspektasi",
            "predikat": "Baik",
            "unor": "Dinas Sosial",
        },
        {
            "nip": "198501012010011003",
            "nama": "C",
            "rating_hasil_kerja": "Sesuai Ekspektasi",
            "rating_perilaku": "Sesuai Ekspektasi",
            "predikat": "Baik",
        },
        {
            "nip": "198501012010011003",
            "nama": "C",
            "rating_hasil_kerja": "Di Atas Ekspektasi",
            "rating_perilaku": "Sesuai Ekspektasi",
            "predikat": "Baik",
        },
        {
            "nip": "19850101201001100",
            "nama": "D",
            "rating_hasil_kerja": "Sesuai Ekspektasi",
            "rating_perilaku": "Sesuai Ekspektasi",
            "predikat": "Baik",
        },
    ]
    path = write_penilaian(tmp_path / "dishub.xlsx", "Dishub Kota Medan", people)
    opts = ["--config", config_path, "--db", tmp_path / "k.db"]
    issues = as_json(invoke(*opts, "validasi", path, "-f", "json", *TODAY))["issues"]
    (unmapped,) = [i for i in issues if i["kode"] == "ek_unor_tidak_dipetakan"]
    assert unmapped["row"] is None and "Dishub Kota Medan" in unmapped["pesan"]
    typo = write_penilaian(tmp_path / "typo.xlsx", "Dinas Perhubungn", people[:1])
    found = as_json(invoke(*opts, "validasi", typo, "-f", "json", *TODAY))["issues"]
    (unmapped,) = [i for i in found if i["kode"] == "ek_unor_tidak_dipetakan"]
    assert "(unit yang mirip: Dinas Perhubungan, Dinas Pendidikan)" in unmapped["pesan"]
    invoke(*opts, "impor", path, *TODAY)
    assert not {s["kode"]: s for s in as_json(invoke(*opts, "status", "-f", "json"))}["DISHUB"][
        "submitted"
    ]
    for unit in cfg["unit"]:
        if unit["kode"] == "DISHUB":
            unit["unor"] = ["Dishub Kota Medan"]
    config_path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    invoke(*opts, "impor", path, *TODAY)
    status = {s["kode"]: s for s in as_json(invoke(*opts, "status", "-f", "json"))}
    assert status["DISHUB"]["submitted"] and status["DISHUB"]["sumber"] == "ekinerja"
    assert status["DISHUB"]["versions"] == 1  # stored again in its own place, not twice
    issues = as_json(invoke(*opts, "validasi", path, "-f", "json", *TODAY))["issues"]
    at = {(i["cell"], i["kode"]) for i in issues}
    assert ("E10", "ek_unor_lain") in at  # B's row, skp_unor_induk column
    assert ("B11", "nip_ganda") in at and ("B12", "nip_ganda") not in at  # one, both rows
    assert any(c == "B13" and k.startswith("nip_") for c, k in at)
    ranked = as_json(invoke(*opts, "peringkat", "-f", "json"))
    assert [(p["nip"], p["predikat"]) for p in ranked] == [("198501012010011001", "Baik")]
    # the rows with an error are kept as incomplete employees (never dropped): B, C twice, D
    summary = as_json(invoke(*opts, "ringkasan", "-f", "json"))
    dishub = next(u for u in summary["unit"] if u["unit"] == "DISHUB")
    assert (dishub["pegawai"], dishub["pegawai_dinilai"], dishub["pegawai_belum_lengkap"]) == (
        5,
        1,
        4,
    )
    old = write_penilaian(tmp_path / "lama.xlsx", "Dinas Perhubungan", people[:1], tahun=2025)
    issues = as_json(invoke(*opts, "validasi", old, "-f", "json", *TODAY))["issues"]
    assert [i["kode"] for i in issues if i["tingkat"] == "error"] == ["ek_tahun_beda"]


def test_exclusions_file_problems_are_shown_at_their_cells(tmp_path, invoke):
    folder = tmp_path / "masuk"
    folder.mkdir()
    write_penilaian(
        folder / "p.xlsx",
        "Dinas Sosial",
        [
            {
                "nip": "198501012010011001",
                "nama": "A",
                "rating_hasil_kerja": "Sesuai Ekspektasi",
                "rating_perilaku": "Sesuai Ekspektasi",
                "predikat": "Baik",
            }
        ],
    )
    write_skp_list(
        folder / "s.xlsx",
        "Dinas Sosial",
        [
            ("198501012010011001", "A", "persetujuan"),
            ("198501012010011002", "B", "persetujuan"),
            ("198501012010011003", "C", "draft"),
            ("198501012010011004", "D", "persetujuan"),
        ],
    )
    (folder / "pengecualian.csv").write_text(
        "NIP;Alasan\n198501012010011002;Tugas  Belajar\n198501012010011004;cuti\n",
        encoding="utf-8",
    )
    out = tmp_path / "rekap.xlsx"
    opts = ["--config", BUNDLED_CONFIG, "--db", tmp_path / "k.db"]
    invoke(*opts, "rekap", folder, "-o", out, "--tanggal", "2027-01-20")
    (dinsos,) = table(out, "Cakupan", "Kode Unit")
    # 4 on the list: A approved and assessed; B excluded (tugas belajar); C a draft and not
    # assessed; D approved, not assessed (its exclusion row has an unknown reason)
    assert dinsos[1:6] == (4, 2, 1, 2, 1)
    problems = sheet_rows(out, "Masalah")
    bad = [r for r in problems if r[5] == "pengecualian_alasan_tidak_dikenal"]
    assert len(bad) == 1 and bad[0][2] == "B3" and bad[0][0].endswith("pengecualian.csv")


def test_an_export_resaved_as_csv_is_still_an_export(tmp_path, invoke):
    import csv

    xlsx = write_penilaian(
        tmp_path / "p.xlsx",
        "Dinas Sosial",
        [
            {
                "nip": "198501012010011001",
                "nama": "A",
                "rating_hasil_kerja": "Sesuai Ekspektasi",
                "rating_perilaku": "Di Atas Ekspektasi",
                "predikat": "Baik",
            }
        ],
    )
    path = tmp_path / "Laporan Penilaian SKP.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, delimiter=";")
        for row in openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True):
            out.writerow(["" if v is None else v for v in row])
    report = as_json(invoke("--config", BUNDLED_CONFIG, "validasi", path, "-f", "json", *TODAY))
    assert [(f["unit"], f["status"]) for f in report["files"]] == [("DINSOS", "ok")]
    assert report["issues"] == []


def test_an_export_of_another_period_is_not_this_recaps(tmp_path, invoke):
    """A monthly export in the annual recap, or the annual one in a TW2 recap: the unit is
    listed, not scored from it, with the reason; the matching period is scored."""
    person = {
        "nip": "198501012010011001",
        "nama": "A",
        "rating_hasil_kerja": "Sesuai Ekspektasi",
        "rating_perilaku": "Sesuai Ekspektasi",
        "predikat": "Baik",
    }
    path = write_penilaian(tmp_path / "p.xlsx", "Dinas Sosial", [person])
    wb = openpyxl.load_workbook(path)
    wb.active["A1"] = "Laporan Penilaian SKP Periode Bulanan JUNI Tahun 2026"
    wb.active["A3"] = "Periode : 1 Juni 2026 - 30 Juni 2026"
    wb.save(tmp_path / "bulanan.xlsx")
    opts = ["--config", BUNDLED_CONFIG, "--db", tmp_path / "k.db"]
    invoke(*opts, "impor", tmp_path / "bulanan.xlsx", *TODAY)
    out = tmp_path / "r.xlsx"
    invoke(*opts, "rekap", "-o", out, "--tanggal", "2027-01-20")
    problems = table(out, "Masalah", "Berkas")
    (reason,) = [r for r in problems if r[5] == "skor_ekinerja_periode_lain"]
    assert "Bulanan Juni Tahun 2026" in reason[7] and "tahunan" in reason[7]
    summary = as_json(invoke(*opts, "ringkasan", "-f", "json"))
    dinsos = next(u for u in summary["unit"] if u["unit"] == "DINSOS")
    assert dinsos["dikirim"] and dinsos["pegawai_dinilai"] == 0
    # the annual export (a later download) is scored in the annual recap, not in TW2
    invoke(*opts, "impor", path, *TODAY)
    annual = as_json(invoke(*opts, "ringkasan", "-f", "json"))
    assert next(u for u in annual["unit"] if u["unit"] == "DINSOS")["pegawai_dinilai"] == 1
    tw2 = as_json(invoke(*opts, "ringkasan", "-f", "json", "--periode", "TW2"))
    assert next(u for u in tw2["unit"] if u["unit"] == "DINSOS")["pegawai_dinilai"] == 0
