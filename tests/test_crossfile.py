"""Rules across files hold wherever scores are made (issues 10 and 18): a NIP in two units and
a head of two units, which file of a unit is current (validasi, impor and rekap agree), going
back to an earlier version, and stored files re-checked against a changed config."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from datetime import date

import pytest
import yaml

from kinerja_cli import crossfile
from kinerja_cli.model import ERROR, PegawaiRecord, Submission
from kinerja_cli.store import SCHEMA_VERSION, Store
from tests.conftest import BUNDLED_CONFIG, ROOT

MASUK = ROOT / "examples" / "masuk"
SHARED_NIP = "199312282018041131"
"""Planted by kinerja contoh in both BPKAD and DPMPTSP (examples/masuk/MANIFEST.json)."""


SQLITE_ONLY = {"test_a_schema_1_store_keeps_working_and_is_rechecked"}
"""Tests that edit the SQLite file itself (a schema-1 store made by hand)."""


def pytest_generate_tests(metafunc):
    """Every test that runs the CLI runs on both store backends (issue 14); the PostgreSQL
    half is marked ``slow`` (make test runs it, make test-fast leaves it out), as in the
    ``store_target`` fixture of tests/conftest.py."""
    if "invoke" in metafunc.fixturenames and metafunc.function.__name__ not in SQLITE_ONLY:
        postgresql = pytest.param("postgresql", marks=pytest.mark.slow)
        metafunc.parametrize("backend", ["sqlite", postgresql], indirect=True)


_TARGETS: dict = {}


@pytest.fixture()
def backend(request):
    """``sqlite`` or ``postgresql`` (sqlite where the test is not parametrised)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(autouse=True)
def _store_of_the_test(request, tmp_path, backend):
    """The store ``run`` and ``db_of`` use: ``kinerja.db`` in tmp_path, or a fresh
    PostgreSQL database for the ``postgresql`` half."""
    _TARGETS[tmp_path] = (
        request.getfixturevalue("pg_url") if backend == "postgresql" else tmp_path / "kinerja.db"
    )


def db_of(ws):
    return _TARGETS[ws]


def run(invoke, ws, *args, config=BUNDLED_CONFIG):
    return invoke("--config", config, "--db", db_of(ws), *args)


def err(result) -> str:
    return " ".join(result.stderr.split())


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_units(dst, *units):
    dst.mkdir(parents=True, exist_ok=True)
    for unit in units:
        shutil.copy2(MASUK / f"RENCANA-{unit}-2026.xlsx", dst / f"RENCANA-{unit}-2026.xlsx")
    return dst


def identitas_cell(path, label):
    """(sheet, cell) of the value of ``label`` in Identitas, and the workbook."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb["Identitas"]
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.strip() == label:
                return wb, ws.cell(row=cell.row, column=cell.column + 1)
    raise AssertionError(f"{label} not in {path}")


def set_identitas(src, dst, label, value, *, realisasi=None):
    """Copy ``src`` to ``dst`` with Identitas ``label`` set to ``value`` (and optionally the
    first SKP realisasi TW1 changed, so the copy's bytes and scores differ)."""
    wb, cell = identitas_cell(src, label)
    cell.value = value
    if realisasi is not None:
        ws = wb["SKP"]
        header = next(ws.iter_rows(min_row=1, max_row=10))
        for row in ws.iter_rows(min_row=1, max_row=10):
            if any(isinstance(c.value, str) and c.value.startswith("Realisasi TW1") for c in row):
                header = row
                break
        col = next(c.column for c in header if str(c.value).startswith("Realisasi TW1"))
        ws.cell(row=header[0].row + 1, column=col).value = realisasi
    wb.save(dst)
    return cell.coordinate


def masalah_rows(path):
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        rows = [tuple(r) for r in wb["Masalah"].iter_rows(min_row=5, values_only=True)]
    finally:
        wb.close()
    return [r for r in rows if r and r[0]]


def sheet_rows(path, sheet):
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in wb[sheet].iter_rows(values_only=True)]
    finally:
        wb.close()


# ---- a NIP in two units ------------------------------------------------------------------------


def assert_counted_never(invoke, ws, recap):
    """The planted NIP is ranked at most once (here: not at all, until one file is fixed),
    and Masalah lists it on both files, each naming the other."""
    ranked = json.loads(run(invoke, ws, "peringkat", "--format", "json").stdout)
    assert [r["nip"] for r in ranked].count(SHARED_NIP) <= 1
    assert SHARED_NIP not in {r["nip"] for r in ranked}
    assert len({r["nip"] for r in ranked}) == len(ranked)
    problems = [r for r in masalah_rows(recap) if r[5] == "nip_di_unit_lain"]
    files = {r[0].split("/")[-1] for r in problems}
    assert files == {"RENCANA-BPKAD-2026.xlsx", "RENCANA-DPMPTSP-2026.xlsx"}
    for r in problems:
        assert r[8] == SHARED_NIP and r[6] == "error" and r[1] == "Pegawai" and r[2]
        other = "DPMPTSP" if "BPKAD" in r[0] else "BPKAD"
        assert f"RENCANA-{other}-2026.xlsx ({other})" in r[7]
    status = {
        u["kode"]: u for u in json.loads(run(invoke, ws, "status", "--format", "json").stdout)
    }
    assert status["BPKAD"]["conflicts"] == [
        {"kode": "nip_di_unit_lain", "nip": SHARED_NIP, "unit_lain": ["DPMPTSP"]}
    ]
    assert status["DPMPTSP"]["conflicts"] == [
        {"kode": "nip_di_unit_lain", "nip": SHARED_NIP, "unit_lain": ["BPKAD"]}
    ]
    assert status["DINKES"]["conflicts"] == []
    # the conflict is an error of each file, counted where status counts errors: the two
    # units' counts add up to the Masalah rows of the recap
    per_file = {r[0].split("/")[-1]: 0 for r in masalah_rows(recap)}
    for r in masalah_rows(recap):
        per_file[r[0].split("/")[-1]] += r[6] == "error"
    for unit in ("BPKAD", "DPMPTSP"):
        assert status[unit]["error_count"] == per_file[f"RENCANA-{unit}-2026.xlsx"] >= 1
    table = err(run(invoke, ws, "status"))
    assert f"NIP {SHARED_NIP} juga di DPMPTSP" in table
    assert f"NIP {SHARED_NIP} juga di BPKAD" in table
    summary = json.loads(run(invoke, ws, "ringkasan", "--format", "json").stdout)
    units = {u["unit"]: u for u in summary["unit"]}
    assert units["BPKAD"]["pegawai_belum_lengkap"] >= 1
    assert units["DPMPTSP"]["pegawai_belum_lengkap"] >= 1


def test_nip_in_two_units_impor_one_file_at_a_time(invoke, tmp_path):
    masuk = copy_units(tmp_path / "masuk", "BPKAD", "DPMPTSP", "DINKES")
    for unit in ("BPKAD", "DPMPTSP", "DINKES"):
        result = run(invoke, tmp_path, "impor", masuk / f"RENCANA-{unit}-2026.xlsx")
        assert ": baru, disimpan sebagai versi 1" in err(result)
    recap = tmp_path / "r.xlsx"
    result = run(invoke, tmp_path, "rekap", "-o", recap)
    assert result.exit_code == 1, err(result)  # the conflict is a data error
    assert_counted_never(invoke, tmp_path, recap)


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_nip_in_two_units_through_rekap_dir(invoke, tmp_path):
    masuk = copy_units(tmp_path / "masuk", "BPKAD", "DPMPTSP", "DINKES")
    recap = tmp_path / "r.xlsx"
    result = run(invoke, tmp_path, "rekap", masuk, "-o", recap)
    assert result.exit_code == 1, err(result)
    assert_counted_never(invoke, tmp_path, recap)
    # validasi over the same folder reports the very same issues at the same cells
    checked = json.loads(run(invoke, tmp_path, "validasi", masuk, "--format", "json").stdout)
    from_validasi = {
        (i["file"].split("/")[-1], i["sheet"], i["cell"], i["row"])
        for i in checked["issues"]
        if i["kode"] == "nip_di_unit_lain"
    }
    from_recap = {
        (r[0].split("/")[-1], r[1], r[2], r[3])
        for r in masalah_rows(recap)
        if r[5] == "nip_di_unit_lain"
    }
    assert from_validasi == from_recap and len(from_recap) == 2


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_fixing_one_file_scores_the_nip_once(invoke, tmp_path):
    """Once the wrong unit drops the employee, the NIP is scored and ranked exactly once."""
    from openpyxl import load_workbook

    masuk = copy_units(tmp_path / "masuk", "BPKAD", "DPMPTSP")
    assert run(invoke, tmp_path, "rekap", masuk, "-o", tmp_path / "a.xlsx").exit_code == 1
    fixed = tmp_path / "ulang" / "RENCANA-DPMPTSP-2026.xlsx"
    fixed.parent.mkdir()
    wb = load_workbook(masuk / "RENCANA-DPMPTSP-2026.xlsx")
    for name in ("Pegawai", "SKP"):
        ws = wb[name]
        for row in list(ws.iter_rows()):
            if any(c.value == SHARED_NIP for c in row):
                for c in row:
                    c.value = None
    wb.save(fixed)
    assert "menggantikan versi 1" in err(run(invoke, tmp_path, "impor", fixed))
    run(invoke, tmp_path, "rekap", "-o", tmp_path / "b.xlsx")
    ranked = json.loads(run(invoke, tmp_path, "peringkat", "--format", "json").stdout)
    assert [r["unit"] for r in ranked if r["nip"] == SHARED_NIP] == ["BPKAD"]


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_head_of_two_units_is_an_error_on_both(invoke, tmp_path):
    masuk = copy_units(tmp_path / "masuk", "BKD", "DINKES")
    _, bkd_head = identitas_cell(masuk / "RENCANA-BKD-2026.xlsx", "NIP Kepala Unit")
    head = bkd_head.value
    cell = set_identitas(
        masuk / "RENCANA-DINKES-2026.xlsx",
        masuk / "RENCANA-DINKES-2026.xlsx",
        "NIP Kepala Unit",
        head,
    )
    checked = json.loads(run(invoke, tmp_path, "validasi", masuk, "--format", "json").stdout)
    found = [i for i in checked["issues"] if i["kode"] == "kepala_di_unit_lain"]
    assert {i["file"].split("/")[-1] for i in found} == {
        "RENCANA-BKD-2026.xlsx",
        "RENCANA-DINKES-2026.xlsx",
    }
    assert all(i["tingkat"] == "error" and i["sheet"] == "Identitas" for i in found)
    assert {i["cell"] for i in found if "DINKES" in i["file"]} == {cell}
    recap = tmp_path / "r.xlsx"
    result = run(invoke, tmp_path, "rekap", masuk, "-o", recap)
    assert result.exit_code == 1
    assert {r[0].split("/")[-1] for r in masalah_rows(recap) if r[5] == "kepala_di_unit_lain"} == {
        "RENCANA-BKD-2026.xlsx",
        "RENCANA-DINKES-2026.xlsx",
    }
    ranked = json.loads(run(invoke, tmp_path, "peringkat", "--format", "json").stdout)
    assert head not in {r["nip"] for r in ranked}  # not scored in either unit
    status = {
        u["kode"]: u for u in json.loads(run(invoke, tmp_path, "status", "--format", "json").stdout)
    }
    assert status["BKD"]["conflicts"] == [
        {"kode": "kepala_di_unit_lain", "nip": head, "unit_lain": ["DINKES"]}
    ]


def test_conflicts_library_rule_is_idempotent_and_ordered():
    def sub(path, nips, kepala=None):
        from kinerja_cli.model import Identitas

        s = Submission(path=path, sha256=path, size=1, format="xlsx")
        s.identitas = Identitas(nip_kepala=kepala)
        s.pegawai = [
            PegawaiRecord(n, "x", None, None, None, None, None, "Pegawai", 5 + i)
            for i, n in enumerate(nips)
        ]
        s.anchors = {"nip": ("Pegawai", "B", "NIP")}
        return s

    a = sub("a.xlsx", [SHARED_NIP, "198601012010011001"])
    b = sub("b.xlsx", ["198601012010011001", SHARED_NIP])
    c = sub("c.xlsx", ["197001012000011001"])
    current = [("A", a), ("B", b), ("C", c)]
    conflicts = crossfile.find_conflicts(current)
    assert [(x.nip, x.units()) for x in conflicts] == [
        ("198601012010011001", ["A", "B"]),
        (SHARED_NIP, ["A", "B"]),
    ]
    added = crossfile.apply_conflicts(conflicts)
    assert len(added) == 4 and all(i.tingkat == ERROR for i in added)
    assert {i.cell for i in a.issues} == {"B5", "B6"}
    assert not any(p.valid for p in a.pegawai + b.pegawai) and c.pegawai[0].valid
    assert crossfile.check_units(current) == []  # applying again adds nothing
    assert len(a.issues) == 2


def test_head_conflict_without_stored_cells_never_blocks_a_whole_file():
    """A file stored before cells were kept: the head's error sits on their Pegawai rows, or
    is a warning (no row) where this unit has no row of theirs, so the file stays scorable."""
    from kinerja_cli.model import Identitas

    head = "198601012010011001"
    on_sheet = Submission(path="a.xlsx", sha256="a", size=1, format="xlsx")
    on_sheet.identitas = Identitas(nip_kepala=head)
    on_sheet.pegawai = [PegawaiRecord(head, "x", None, None, None, None, None, "Pegawai", 7)]
    elsewhere = Submission(path="b.xlsx", sha256="b", size=1, format="xlsx")
    elsewhere.identitas = Identitas(nip_kepala=head)
    crossfile.check_units([("A", on_sheet), ("B", elsewhere)])
    (a,) = on_sheet.issues
    assert (a.kode, a.tingkat, a.sheet, a.row) == ("kepala_di_unit_lain", "error", "Pegawai", 7)
    (b,) = elsewhere.issues
    assert (b.tingkat, b.row, b.column) == ("warning", None, "NIP Kepala Unit")
    assert on_sheet.structural_ok and elsewhere.structural_ok
    assert not on_sheet.pegawai[0].valid
    assert "b.xlsx (B)" in a.pesan() and "a.xlsx (A)" in b.pesan("en")


# ---- which file of a unit is current --------------------------------------------------------


def two_dinkes(tmp_path):
    """Two files of DINKES: ``baru`` dated 20 Jan, ``lama`` dated 10 Jan but saved later."""
    masuk = tmp_path / "masuk"
    masuk.mkdir()
    src = MASUK / "RENCANA-DINKES-2026.xlsx"
    baru = masuk / "RENCANA-DINKES-2026-baru.xlsx"
    lama = masuk / "RENCANA-DINKES-2026-lama.xlsx"
    set_identitas(src, baru, "Tanggal", "20-01-2027", realisasi=55)
    cell = set_identitas(src, lama, "Tanggal", "10-01-2027", realisasi=44)
    os.utime(baru, (1_800_000_000, 1_800_000_000))
    os.utime(lama, (1_800_100_000, 1_800_100_000))  # modified after the newer-dated one
    return masuk, baru, lama, cell


@pytest.mark.slow(reason="end-to-end CLI runs, ~3 s on 2 busy cores")
def test_validasi_and_rekap_agree_on_the_current_file(invoke, tmp_path):
    masuk, baru, lama, cell = two_dinkes(tmp_path)
    checked = json.loads(run(invoke, tmp_path, "validasi", masuk, "--format", "json").stdout)
    files = {f["file"].split("/")[-1]: f for f in checked["files"]}
    assert files[lama.name]["superseded_by"].endswith(baru.name)
    assert files[baru.name]["superseded_by"] is None
    warning = next(i for i in checked["issues"] if i["kode"] == "berkas_digantikan_tanggal")
    assert warning["file"].endswith(lama.name)
    assert (warning["sheet"], warning["cell"]) == ("Identitas", cell)

    recap = tmp_path / "r.xlsx"
    result = run(invoke, tmp_path, "rekap", masuk, "-o", recap)
    assert result.exit_code == 0, err(result)
    assert f"{lama.name}: disimpan sebagai versi 2 DINKES 2026, tetapi tidak berlaku" in err(result)
    sumber = [r for r in sheet_rows(recap, "Sumber") if r and r[1] == "DINKES"]
    assert [r[0].split("/")[-1] for r in sumber] == [baru.name]
    status = {
        u["kode"]: u for u in json.loads(run(invoke, tmp_path, "status", "--format", "json").stdout)
    }
    assert status["DINKES"]["sha256"] == sha(baru)


@pytest.mark.slow(reason="end-to-end CLI runs, ~4 s on 2 busy cores")
def test_a_newer_file_with_a_structural_error_replaces_nothing_in_validasi_or_rekap(
    invoke, tmp_path
):
    from openpyxl import load_workbook

    masuk, baru, lama, _ = two_dinkes(tmp_path)
    lama.unlink()
    broken = masuk / "RENCANA-DINKES-2026-rusak.xlsx"
    wb = load_workbook(baru)
    del wb["SKP"]
    wb.save(broken)
    os.utime(broken, (1_800_200_000, 1_800_200_000))
    checked = json.loads(run(invoke, tmp_path, "validasi", masuk, "--format", "json").stdout)
    files = {f["file"].split("/")[-1]: f for f in checked["files"]}
    assert files[baru.name]["superseded_by"] is None
    assert files[broken.name]["scorable"] is False
    recap = tmp_path / "r.xlsx"
    run(invoke, tmp_path, "rekap", masuk, "-o", recap)
    sumber = [r for r in sheet_rows(recap, "Sumber") if r and r[1] == "DINKES"]
    assert [r[0].split("/")[-1] for r in sumber] == [baru.name]


@pytest.mark.slow(reason="end-to-end CLI runs, ~3 s on 2 busy cores")
def test_impor_of_an_older_dated_file_warns_at_its_tanggal_cell(invoke, tmp_path):
    _, baru, lama, cell = two_dinkes(tmp_path)
    assert run(invoke, tmp_path, "impor", baru).exit_code == 0
    result = run(invoke, tmp_path, "impor", lama, "--format", "json")
    assert result.exit_code == 0
    (data,) = json.loads(result.stdout)
    assert (data["status"], data["version"], data["current_version"]) == ("stored-older", 2, 1)
    (issue,) = data["issues"]
    assert (issue["kode"], issue["sheet"], issue["cell"], issue["tingkat"]) == (
        "berkas_tanggal_lebih_lama",
        "Identitas",
        cell,
        "warning",
    )
    assert "2027-01-10" in issue["pesan"] and "2027-01-20" in issue["pesan"]
    with Store.open(db_of(tmp_path)) as store:
        assert [s.sha256 for s in store.current_submissions(2026)] == [sha(baru)]
    again = run(invoke, tmp_path, "impor", lama)
    assert "sudah ada" in err(again)


@pytest.mark.slow(reason="end-to-end CLI runs, ~5 s on 2 busy cores")
def test_arsip_pulihkan_makes_an_earlier_version_current_and_records_it(invoke, tmp_path):
    _, baru, lama, _ = two_dinkes(tmp_path)
    run(invoke, tmp_path, "impor", baru)
    run(invoke, tmp_path, "impor", lama)
    result = run(invoke, tmp_path, "arsip", "--pulihkan", "dinkes", "--versi", "2")
    assert result.exit_code == 0, err(result)
    assert "Versi 2 unit DINKES tahun 2026 sekarang berlaku (sebelumnya versi 1)" in err(result)
    status = {
        u["kode"]: u for u in json.loads(run(invoke, tmp_path, "status", "--format", "json").stdout)
    }
    assert (status["DINKES"]["version"], status["DINKES"]["sha256"]) == (2, sha(lama))
    assert status["DINKES"]["restored_at"]
    assert "dipulihkan" in err(run(invoke, tmp_path, "status"))
    listing = err(run(invoke, tmp_path, "arsip", "--unit", "DINKES"))
    assert "versi 2 dipulihkan menjadi berlaku (menggantikan versi 1)" in listing
    states = {
        v["version"]: v["state"]
        for v in json.loads(run(invoke, tmp_path, "arsip", "--format", "json").stdout)
    }
    assert states == {1: "superseded", 2: "current"}
    recap = tmp_path / "r.xlsx"
    run(invoke, tmp_path, "rekap", "-o", recap)
    assert [r[0] for r in sheet_rows(recap, "Sumber") if r and r[1] == "DINKES"] == [str(lama)]
    # back again, and the errors a person can make
    assert run(invoke, tmp_path, "arsip", "--pulihkan", "DINKES", "--versi", "1").exit_code == 0
    same = run(invoke, tmp_path, "arsip", "--pulihkan", "DINKES", "--versi", "1")
    assert same.exit_code == 0 and "sudah berlaku" in err(same)
    missing = run(invoke, tmp_path, "arsip", "--pulihkan", "DINKES", "--versi", "9")
    assert missing.exit_code == 2 and "Tidak ada versi 9" in err(missing)
    assert run(invoke, tmp_path, "arsip", "--pulihkan", "DINKES").exit_code == 2
    with Store.open(db_of(tmp_path)) as store:
        assert [(e.version, e.previous_version) for e in store.events()] == [(2, 1), (1, 2)]


def test_currency_key_tanggal_first_then_received():
    from datetime import UTC, datetime

    early = datetime(2027, 1, 1, tzinfo=UTC)
    late = datetime(2027, 2, 1, tzinfo=UTC)
    key = crossfile.currency_key
    assert key(date(2027, 1, 20), early, "a") > key(date(2027, 1, 10), late, "b")
    assert key(date(2027, 1, 10), late, "a") > key(date(2027, 1, 10), early, "b")
    assert key(date(2027, 1, 1), early, "a") > key(None, late, "b")  # undated counts as older
    assert key(None, late, "a") > key(None, None, "b")


# ---- the store's schema and config drift --------------------------------------------------------


def downgrade_to_schema_1(db):
    conn = sqlite3.connect(db)
    conn.executescript(
        """
        DROP TABLE version_event;
        DROP TABLE config_year;
        DROP TABLE kompetensi_row;
        DROP TABLE skp_list_row;
        ALTER TABLE pegawai_row DROP COLUMN predikat;
        ALTER TABLE submission DROP COLUMN sumber;
        ALTER TABLE submission DROP COLUMN periode_sumber;
        ALTER TABLE pegawai_row DROP COLUMN nip_penilai;
        ALTER TABLE submission DROP COLUMN checked_fingerprint;
        ALTER TABLE submission DROP COLUMN anchors;
        DELETE FROM schema_version WHERE version > 1;
        PRAGMA user_version = 1;
        """
    )
    conn.close()


def test_a_schema_1_store_keeps_working_and_is_rechecked(invoke, tmp_path):
    masuk = copy_units(tmp_path / "masuk", "BPKAD", "DPMPTSP")
    run(invoke, tmp_path, "impor", masuk)
    fresh = json.loads(run(invoke, tmp_path, "peringkat", "--format", "json").stdout)
    downgrade_to_schema_1(tmp_path / "kinerja.db")
    status = json.loads(run(invoke, tmp_path, "status", "--format", "json").stdout)
    with Store.open(tmp_path / "kinerja.db") as store:
        assert store.schema_version() == SCHEMA_VERSION == 6
    units = {u["kode"]: u for u in status}
    assert units["BPKAD"]["config_changed"] is True  # checked with an unrecorded config
    recap = tmp_path / "r.xlsx"
    result = run(invoke, tmp_path, "rekap", "-o", recap)
    assert "2 berkas diperiksa ulang dengan konfigurasi sekarang" in err(result)
    assert json.loads(run(invoke, tmp_path, "peringkat", "--format", "json").stdout) == fresh
    # the cells of the conflict are known again (from the re-checked originals)
    assert all(r[2] for r in masalah_rows(recap) if r[5] == "nip_di_unit_lain")


def changed_config(tmp_path):
    """The bundled config with KES-03's batas narrowed and KES-02's polarity switched."""
    data = yaml.safe_load(BUNDLED_CONFIG.read_text(encoding="utf-8"))
    for ind in data["indikator"]:
        if ind["kode"] == "KES-03":
            ind["batas"] = {"min": 0, "max": 20}
        if ind["kode"] == "KES-02":
            ind["polaritas"] = "positif"
    path = tmp_path / "config" / "indikator.yaml"
    path.parent.mkdir()
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.slow(reason="end-to-end CLI runs, ~3 s on 2 busy cores")
def test_rekap_rechecks_files_ingested_under_another_config(invoke, tmp_path, backend, request):
    masuk = copy_units(tmp_path / "masuk", "DINKES", "BKD")
    assert run(invoke, tmp_path, "impor", masuk).exit_code == 0
    before = json.loads(run(invoke, tmp_path, "ringkasan", "--format", "json").stdout)
    new_config = changed_config(tmp_path)

    status = json.loads(
        run(invoke, tmp_path, "status", "--format", "json", config=new_config).stdout
    )
    units = {u["kode"]: u for u in status}
    assert units["DINKES"]["config_changed"] and units["DINKES"]["template_config_changed"]
    assert "diperiksa dengan konfigurasi atau aturan lain" in err(
        run(invoke, tmp_path, "status", config=new_config)
    )

    recap = tmp_path / "r.xlsx"
    result = run(invoke, tmp_path, "rekap", "-o", recap, config=new_config)
    assert result.exit_code == 1  # the narrowed batas makes errors
    assert "2 berkas diperiksa ulang dengan konfigurasi sekarang" in err(result)
    kodes = {(r[0].split("/")[-1], r[5]) for r in masalah_rows(recap)}
    assert ("RENCANA-DINKES-2026.xlsx", "realisasi_di_luar_batas") in kodes
    ringkasan = dict(r[:2] for r in sheet_rows(recap, "Ringkasan") if r and isinstance(r[0], str))
    assert ringkasan["Berkas diperiksa ulang (konfigurasi atau aturan berubah)"] == 2
    sumber = [r for r in sheet_rows(recap, "Sumber")[4:] if r and r[0]]
    assert {r[-2] for r in sumber} == {"Ya"}  # Dicek Ulang; the last: Sumber Data

    # the scores are exactly those of the same files ingested under the new config
    said = run(invoke, tmp_path, "ringkasan", "--format", "json", config=new_config)
    assert "2 berkas diperiksa ulang" in err(said)
    assert err(run(invoke, tmp_path, "ringkasan", config=new_config)).count("diperiksa ulang") == 1
    ranked = run(invoke, tmp_path, "peringkat", "--format", "json", config=new_config)
    assert "2 berkas diperiksa ulang" in err(ranked)
    drifted = json.loads(said.stdout)
    fresh_ws = tmp_path / "baru"
    fresh_ws.mkdir()
    _TARGETS[fresh_ws] = (  # a second, new store of the same backend
        request.getfixturevalue("pg_server").new_database()
        if backend == "postgresql"
        else fresh_ws / "kinerja.db"
    )
    run(invoke, fresh_ws, "impor", masuk, config=new_config)
    fresh = json.loads(
        run(invoke, fresh_ws, "ringkasan", "--format", "json", config=new_config).stdout
    )
    assert drifted["keseluruhan"].pop("berkas_dicek_ulang") == [
        str(masuk / f)
        for f in (
            "RENCANA-BKD-2026.xlsx",
            "RENCANA-DINKES-2026.xlsx",
        )
    ]
    assert fresh["keseluruhan"].pop("berkas_dicek_ulang") == []
    assert drifted == fresh
    dinkes = {u["unit"]: u for u in drifted["unit"]}["DINKES"]
    old = {u["unit"]: u for u in before["unit"]}["DINKES"]
    assert dinkes["capaian_iku"] != old["capaian_iku"]  # the polarity switch counts
    assert dinkes["pegawai_belum_lengkap"] > old["pegawai_belum_lengkap"]  # the batas too
    # validasi with the new config gives the same issues for that file
    checked = json.loads(
        run(
            invoke,
            tmp_path,
            "validasi",
            masuk / "RENCANA-DINKES-2026.xlsx",
            "--format",
            "json",
            config=new_config,
        ).stdout
    )
    in_validasi = {(i["sheet"], i["cell"], i["kode"]) for i in checked["issues"]}
    in_recap = {
        (r[1], r[2], r[5]) for r in masalah_rows(recap) if r[0].endswith("DINKES-2026.xlsx")
    }
    assert in_validasi == in_recap


def test_unchanged_config_rechecks_nothing(invoke, tmp_path):
    masuk = copy_units(tmp_path / "masuk", "DINKES")
    run(invoke, tmp_path, "impor", masuk)
    result = run(invoke, tmp_path, "rekap", "-o", tmp_path / "r.xlsx")
    assert result.exit_code == 0
    assert "diperiksa ulang" not in err(result)
    units = {
        u["kode"]: u for u in json.loads(run(invoke, tmp_path, "status", "--format", "json").stdout)
    }
    assert units["DINKES"]["config_changed"] is False


def test_new_checking_rules_or_aliases_recheck_stored_files(invoke, tmp_path, monkeypatch):
    """A file ingested under older reading rules (an earlier kinerja) or before a satuan_alias
    was added is validated again from its bytes at scoring time, not scored from records read
    with the old rules."""
    import yaml

    from kinerja_cli.validate import rules

    masuk = copy_units(tmp_path / "masuk", "DINKES")
    run(invoke, tmp_path, "impor", masuk)
    monkeypatch.setattr(rules, "RULES_VERSION", rules.RULES_VERSION + 1)
    result = run(invoke, tmp_path, "rekap", "-o", tmp_path / "r.xlsx")
    assert "1 berkas diperiksa ulang" in err(result)
    status = json.loads(run(invoke, tmp_path, "status", "--format", "json").stdout)
    assert {u["kode"]: u for u in status}["DINKES"]["config_changed"] is True
    monkeypatch.undo()
    # an alias added to one indicator changes what cells mean: checked again as well
    data = yaml.safe_load(BUNDLED_CONFIG.read_text(encoding="utf-8"))
    ind = next(i for i in data["indikator"] if "DINKES" in (i.get("unit") or []))
    ind["satuan_alias"] = [*ind.get("satuan_alias", []), "kali"]
    cfg = tmp_path / "config" / "indikator.yaml"
    cfg.parent.mkdir()
    cfg.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = run(invoke, tmp_path, "rekap", "-o", tmp_path / "r2.xlsx", config=cfg)
    assert "1 berkas diperiksa ulang" in err(result)
    result = run(invoke, tmp_path, "rekap", "-o", tmp_path / "r3.xlsx")
    assert "diperiksa ulang" not in err(result)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_new_messages_render(lang):
    from kinerja_cli.messages import render

    text = render("kepala_di_unit_lain", lang, nip=SHARED_NIP, unit="BKD", lain="x.xlsx (DINKES)")
    assert SHARED_NIP in text and "x.xlsx (DINKES)" in text
