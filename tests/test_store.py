"""The store as a library: versions, round trip, originals, status, sources, schema."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kinerja_cli.config import Target
from kinerja_cli.errors import StoreError, UsageError
from kinerja_cli.model import IkuRecord, Issue, SkpRecord
from kinerja_cli.pipeline import unit_status
from kinerja_cli.store import SCHEMA_VERSION, IngestStatus, Store
from kinerja_cli.store.codec import decode_params, encode_params
from tests.test_store_support import FINGERPRINT, make_submission, table_counts


@pytest.fixture()
def store(store_target):
    """A new store on each backend (SQLite file, PostgreSQL database)."""
    with Store.open(store_target) as s:
        yield s


# ---- schema -------------------------------------------------------------------------------------


def test_created_on_first_use_with_schema_version_recorded(tmp_path):
    path = tmp_path / "sub" / "kinerja.db"
    path.parent.mkdir()
    assert not path.exists()
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    rows = conn.execute("SELECT version, description FROM schema_version").fetchall()
    assert [r[0] for r in rows] == list(range(1, SCHEMA_VERSION + 1))
    assert all(r[1] for r in rows)
    conn.close()
    with Store.open(path) as store:  # reopening does not migrate twice
        assert store.schema_version() == SCHEMA_VERSION


def test_store_from_a_newer_kinerja_is_refused_untouched(tmp_path):
    path = tmp_path / "kinerja.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert info.value.kode == "simpan_skema_lebih_baru"
    assert "Perbarui kinerja" in info.value.message("id")
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [
        b"PK\x03\x04 this is a spreadsheet, not a database" * 20,
        b"SQLite format 3\x00" + b"\xff" * 4000,
    ],
)
def test_corrupt_or_foreign_file_gives_a_clear_store_error(tmp_path, content):
    path = tmp_path / "kinerja.db"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert info.value.kode == "simpan_rusak"
    assert info.value.exit_code == 3
    assert "cadangan" in info.value.message("id")
    assert path.read_bytes() == content  # never overwritten


def test_folder_missing_and_new_paths(tmp_path):
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path)
    assert info.value.kode == "simpan_bukan_berkas"
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path / "nope.db", create=False)
    assert info.value.kode == "simpan_belum_ada"
    with Store.open(tmp_path / "new-folder" / "kinerja.db") as store:
        assert store.path.parent.is_dir()
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path / "a-file" / "kinerja.db")
    assert info.value.kode == "simpan_tidak_bisa_dibuka"


# ---- ingest and versions --------------------------------------------------------------------


def test_ingest_twice_is_one_version(store):
    sub, data = make_submission("DINKES")
    first = store.ingest(sub, data)
    again = store.ingest(sub, data)
    assert (first.status, first.version) == (IngestStatus.NEW, 1)
    assert (again.status, again.version, again.unit) == (IngestStatus.DUPLICATE, 1, "DINKES")
    assert again.error_count == sub.error_count
    assert len(store.history()) == 1
    assert store.has(sub.sha256)


def test_resubmission_supersedes_and_the_newer_counts(store):
    old, old_data = make_submission("DINKES", seed=1)
    new, new_data = make_submission("DINKES", seed=2, employees=5)
    assert store.ingest(old, old_data).status is IngestStatus.NEW
    result = store.ingest(new, new_data)
    assert result.status is IngestStatus.SUPERSEDING
    assert (result.version, result.superseded_version) == (2, 1)
    current = store.current_submissions(2026)
    assert current == [new]
    history = store.history(tahun=2026, unit="dinkes")
    assert [(v.version, v.state, v.superseded_by_version) for v in history] == [
        (1, "superseded", 2),
        (2, "current", None),
    ]
    # the older stays in history, complete
    assert store.load(old.sha256) == old
    assert store.original(old.sha256) == old_data


def test_structural_errors_stored_but_not_counted_and_do_not_supersede(store):
    good, good_data = make_submission("DINKES", seed=1)
    broken, broken_data = make_submission("DINKES", seed=2, structural_error=True)
    store.ingest(good, good_data)
    result = store.ingest(broken, broken_data)
    assert result.status is IngestStatus.NOT_COUNTED
    assert result.version == 2
    assert [i.kode for i in result.issues] == ["berkas_tidak_ada"]
    assert store.current_submissions(2026) == [good]
    assert store.load(broken.sha256) == broken  # stored as received
    assert store.original(broken.sha256) == broken_data
    fixed, fixed_data = make_submission("DINKES", seed=3)
    result = store.ingest(fixed, fixed_data)
    assert (result.status, result.version, result.superseded_version) == (
        IngestStatus.SUPERSEDING,
        3,
        1,
    )


def test_not_counted_first_then_a_good_file_is_new(store):
    broken, broken_data = make_submission("DISDIK", seed=1, structural_error=True)
    assert store.ingest(broken, broken_data).status is IngestStatus.NOT_COUNTED
    good, good_data = make_submission("DISDIK", seed=2)
    result = store.ingest(good, good_data)
    assert (result.status, result.version) == (IngestStatus.NEW, 2)


def test_file_without_unit_or_year_is_kept_without_version(store):
    sub, data = make_submission(None, None, name="masuk/rusak.xlsx")
    result = store.ingest(sub, data)
    assert (result.status, result.version, result.unit) == (IngestStatus.NOT_COUNTED, None, None)
    assert store.load(sub.sha256) == sub
    [v] = store.history()
    assert (v.unit, v.tahun, v.version, v.state) == (None, None, None, "not-counted")


def test_units_are_grouped_ignoring_case_and_years_apart(store):
    a, a_data = make_submission("dinkes", seed=1)
    b, b_data = make_submission("DINKES ", seed=2)
    c, c_data = make_submission("DINKES", tahun=2025, seed=3)
    assert store.ingest(a, a_data).unit == "DINKES"
    assert store.ingest(b, b_data).status is IngestStatus.SUPERSEDING
    assert store.ingest(c, c_data).status is IngestStatus.NEW
    assert store.current_submissions(2026) == [b]
    assert store.current_submissions(2025) == [c]


def test_bytes_must_match_the_submission(store):
    sub, data = make_submission()
    with pytest.raises(StoreError) as info:
        store.ingest(sub, data + b"x")
    assert info.value.kode == "simpan_isi_berbeda"
    assert store.history() == []


def test_received_at_is_utc_iso(tmp_path):
    when = datetime(2026, 12, 20, 9, 15, tzinfo=UTC)
    with Store.open(tmp_path / "k.db", now=lambda: when) as store:
        sub, data = make_submission()
        store.ingest(sub, data)
        [v] = store.history()
        assert v.received_at == "2026-12-20T09:15:00.000000+00:00"
        assert datetime.fromisoformat(v.received_at) == when


# ---- round trip ---------------------------------------------------------------------------------


def test_round_trip_is_equal(store):
    subs = [make_submission(u, seed=i, employees=4)[0] for i, u in enumerate(["DINKES", "BKD"])]
    for i, sub in enumerate(subs):
        store.ingest(sub, make_submission(sub.kode_unit, seed=i, employees=4)[1])
    back = store.current_submissions(2026)
    assert back == sorted(subs, key=lambda s: s.kode_unit or "")
    bkd = back[0]
    # the details equality hides: types and order
    assert isinstance(bkd.identitas.tanggal, date)
    assert bkd.mtime == subs[1].mtime and bkd.mtime.tzinfo is not None
    assert bkd.issues[0].params == subs[1].issues[0].params
    assert dict(bkd.issues[0].params)["contoh"] == ("85,5", 90)
    assert [r.row for r in bkd.skp] == [r.row for r in subs[1].skp]
    assert bkd.meta.fingerprint == FINGERPRINT


def test_many_rows_round_trip(store):
    sub, data = make_submission("DISDIK", employees=400, indicators=6)
    store.ingest(sub, data)
    assert store.current_submissions(2026) == [sub]


_float = st.floats(allow_nan=False, width=64)
_opt_float = st.none() | _float
_text = st.text(max_size=20)
_opt_text = st.none() | _text
_param_value = st.recursive(
    st.none() | st.booleans() | st.integers() | _float | _text | st.dates(),
    lambda inner: st.lists(inner, max_size=3) | st.tuples(inner, inner),
    max_leaves=6,
)


@st.composite
def _target(draw):
    lo = draw(_float)
    hi = (
        draw(st.floats(min_value=lo, allow_nan=False, allow_infinity=False))
        if draw(st.booleans()) and lo != float("inf")
        else lo
    )
    return Target(low=lo, high=hi)


_skp = st.builds(
    SkpRecord,
    nip=_text,
    nama=_opt_text,
    kode=_text,
    target=st.none() | _target(),
    bobot=_opt_float,
    realisasi=st.tuples(_opt_float, _opt_float, _opt_float, _opt_float),
    sheet=_text,
    row=st.integers(1, 10**6),
    valid=st.booleans(),
)
_iku = st.builds(
    IkuRecord,
    kode=_text,
    nama=_opt_text,
    satuan=_opt_text,
    target=st.none() | _target(),
    realisasi=st.tuples(_opt_float, _opt_float, _opt_float, _opt_float),
    keterangan=_opt_text,
    sheet=_text,
    row=st.integers(1, 10**6),
    valid=st.booleans(),
)
_issue = st.builds(
    Issue,
    kode=_text,
    tingkat=st.sampled_from(["error", "warning"]),
    file=_text,
    sheet=_opt_text,
    cell=_opt_text,
    row=st.none() | st.integers(1, 10**6),
    column=_opt_text,
    nilai=_opt_text,
    params=st.lists(st.tuples(_text, _param_value), max_size=3).map(tuple),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    skp=st.lists(_skp, max_size=4),
    iku=st.lists(_iku, max_size=3),
    issues=st.lists(_issue, max_size=4),
    mtime=st.none() | st.datetimes(),
    tanggal=st.none() | st.dates(),
    name=_text.filter(bool),
)
@pytest.mark.slow(reason="hypothesis examples through whole runs, ~2 s on 2 busy cores")
def test_round_trip_property(tmp_path_factory, skp, iku, issues, mtime, tanggal, name):
    base, _ = make_submission("DINKES", employees=1)
    data = repr((skp, iku, issues, mtime, tanggal, name)).encode()
    sub = dataclasses.replace(
        base,
        path=name,
        skp=skp,
        iku=iku,
        issues=issues,
        mtime=mtime,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )
    assert sub.identitas is not None
    sub.identitas.tanggal = tanggal
    with Store.open(":memory:") as store:
        store.ingest(sub, data)
        assert store.load(sub.sha256) == sub


def test_params_codec_keeps_types():
    params = (
        ("a", (1, "x", None)),
        ("b", date(2026, 1, 2)),
        ("c", [1.5, True]),
        ("d", datetime(2026, 1, 2, 3, 4, 5)),
        ("e", Target(low=1, high=2)),
        ("f", {"k": (1, 2)}),
    )
    assert decode_params(encode_params(params)) == params


# ---- nothing lost: originals ------------------------------------------------------------------


def test_input_folder_deleted_current_and_export_still_work(tmp_path):
    inbox = tmp_path / "masuk"
    inbox.mkdir()
    originals = {}
    with Store.open(tmp_path / "kinerja.db") as store:
        for i, unit in enumerate(["DINKES", "BKD", "DISPAR"]):
            sub, data = make_submission(unit, seed=i, name=str(inbox / f"RENCANA-{unit}-2026.xlsx"))
            (inbox / f"RENCANA-{unit}-2026.xlsx").write_bytes(data)
            originals[f"RENCANA-{unit}-2026.xlsx"] = hashlib.sha256(data).hexdigest()
            store.ingest(sub, data)
    shutil.rmtree(inbox)
    with Store.open(tmp_path / "kinerja.db") as store:
        assert [s.kode_unit for s in store.current_submissions(2026)] == ["BKD", "DINKES", "DISPAR"]
        written = store.export_originals(tmp_path / "pulih")
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in written} == originals
    assert not list((tmp_path / "pulih").glob(".*.tmp"))


def test_export_all_versions_one_unit_and_by_sha(store, tmp_path):
    subs = [make_submission("DINKES", seed=i) for i in range(3)]
    for sub, data in subs:
        store.ingest(sub, data)
    other, other_data = make_submission("BKD", seed=9)
    store.ingest(other, other_data)
    out = tmp_path / "semua"
    written = store.export_originals(out, unit="DINKES", all_versions=True)
    assert [p.relative_to(out).as_posix() for p in written] == [
        f"DINKES-2026/v{i}-RENCANA-DINKES-2026.xlsx" for i in (1, 2, 3)
    ]
    assert [p.read_bytes() for p in written] == [d for _, d in subs]
    [one] = store.export_originals(tmp_path / "satu", sha256=subs[0][0].sha256[:10].upper())
    assert one.read_bytes() == subs[0][1]
    current = store.export_originals(tmp_path / "kini")
    assert sorted(p.name for p in current) == ["RENCANA-BKD-2026.xlsx", "RENCANA-DINKES-2026.xlsx"]
    assert (tmp_path / "kini" / "RENCANA-DINKES-2026.xlsx").read_bytes() == subs[2][1]


def test_export_never_overwrites_a_different_file_and_names_are_safe(store, tmp_path):
    a, a_data = make_submission("DINKES", seed=1, name="C:\\Users\\bkd\\Downloads\\rekap.xlsx")
    b, b_data = make_submission("BKD", seed=2, name="../../rekap.xlsx")
    store.ingest(a, a_data)
    store.ingest(b, b_data)
    out = tmp_path / "out"
    written = store.export_originals(out)
    assert sorted(p.relative_to(out).as_posix() for p in written) == [
        "DINKES-2026-v1-rekap.xlsx",
        "rekap.xlsx",
    ]
    # again into the same folder: identical files are fine
    assert store.export_originals(out) == written
    (out / "rekap.xlsx").write_bytes(b"something else")
    with pytest.raises(UsageError) as info:
        store.export_originals(out)
    assert info.value.kode == "simpan_ekspor_sudah_ada"
    assert (out / "rekap.xlsx").read_bytes() == b"something else"


def test_sha_selection_errors(store):
    sub, data = make_submission()
    store.ingest(sub, data)
    for bad, kode in (
        ("xyz", "simpan_sha_tidak_sah"),
        ("abc", "simpan_sha_tidak_sah"),
        ("0" * 64 if not sub.sha256.startswith("0") else "f" * 64, "simpan_sha_tidak_ada"),
    ):
        with pytest.raises(UsageError) as info:
            store.original(bad)
        assert info.value.kode == kode


# ---- status and sources -----------------------------------------------------------------------


def test_status_per_config_unit(store, config):
    t0 = datetime(2026, 12, 1, tzinfo=UTC)
    clock = iter(t0 + timedelta(hours=h) for h in range(10))
    store._now = lambda: next(clock)
    for seed, (unit, broken) in enumerate(
        [("DINKES", False), ("DINKES", False), ("DINKES", True), ("BKD", True), ("XYZ", False)]
    ):
        sub, data = make_submission(unit, seed=seed, structural_error=broken)
        store.ingest(sub, data)
    rows = {r.kode: r for r in unit_status(store, config, 2026)}
    assert list(rows)[: len(config.unit)] == [u.kode for u in config.unit]
    dinkes = rows["DINKES"]
    assert (dinkes.submitted, dinkes.version, dinkes.versions, dinkes.not_counted_after) == (
        True,
        2,
        3,
        1,
    )
    assert dinkes.file == "masuk/RENCANA-DINKES-2026.xlsx"
    assert dinkes.received_at == (t0 + timedelta(hours=1)).isoformat(timespec="microseconds")
    assert (dinkes.error_count, dinkes.warning_count) == (1, 1)
    bkd = rows["BKD"]
    assert (bkd.submitted, bkd.version, bkd.versions, bkd.not_counted_after) == (False, None, 1, 1)
    assert rows["DISDIK"].submitted is False and rows["DISDIK"].versions == 0
    assert rows["XYZ"].in_config is False and rows["XYZ"].submitted
    assert sum(1 for r in rows.values() if r.in_config and not r.submitted) == len(config.unit) - 1
    assert unit_status(store, config, 2030)[0].submitted is False


def test_sources_are_exactly_the_current_versions(store):
    for seed, unit in enumerate(["DINKES", "BKD", "DINKES", "DISPAR"]):
        store.ingest(*make_submission(unit, seed=seed))
    store.ingest(*make_submission("DISPAR", seed=10, structural_error=True))
    store.ingest(*make_submission("BKD", tahun=2025, seed=11))
    current = store.current_submissions(2026)
    sources = store.sources(2026)
    assert [s["sha256"] for s in sources] == [s.sha256 for s in current]
    assert [(s["unit"], s["version"]) for s in sources] == [
        ("BKD", 1),
        ("DINKES", 2),
        ("DISPAR", 1),
    ]
    assert set(sources[0]) == {
        "unit",
        "file",
        "sha256",
        "version",
        "ingested_at",
        "fingerprint",
        "sumber",
        "periode_sumber",
    }
    assert (sources[0]["sumber"], sources[0]["periode_sumber"]) == ("templat", None)
    assert sources[0]["fingerprint"] == FINGERPRINT


def test_known_submissions_are_used_as_they_are(store):
    a, a_data = make_submission("DINKES", seed=1)
    b, b_data = make_submission("BKD", seed=2)
    store.ingest(a, a_data)
    result = store.ingest(b, b_data)
    assert result.submission is b
    both = store.current_submissions(2026, known={b.sha256: b})
    assert both[0] is b and both[1] is not a and both[1] == a
    assert store.current_submissions(2026, known={"f" * 64: a}) == [b, a]


def test_a_later_migration_applies_once_and_a_failing_one_changes_nothing(tmp_path, monkeypatch):
    import kinerja_cli.store.schema as backend

    path = tmp_path / "kinerja.db"
    sub, data = make_submission()
    with Store.open(path) as store:
        store.ingest(sub, data)
    v1 = backend.SCHEMA_VERSION
    broken = (*backend.MIGRATIONS, ("rusak", "CREATE TABLE catatan (teks TEXT); SELEKSI 1"))
    monkeypatch.setattr(backend, "MIGRATIONS", broken)
    monkeypatch.setattr(backend, "SCHEMA_VERSION", v1 + 1)
    with pytest.raises(StoreError):
        Store.open(path)
    assert table_counts(path).get("catatan") is None
    monkeypatch.setattr(backend, "SCHEMA_VERSION", v1)
    with Store.open(path, create=False) as store:  # still usable by the known version
        assert store.schema_version() == v1
        assert store.load(sub.sha256) == sub
    good = (
        *backend.MIGRATIONS[:v1],
        ("kolom catatan", "ALTER TABLE submission ADD COLUMN catatan TEXT"),
    )
    monkeypatch.setattr(backend, "MIGRATIONS", good)
    monkeypatch.setattr(backend, "SCHEMA_VERSION", v1 + 1)
    for _ in range(2):
        with Store.open(path) as store:
            assert store.schema_version() == v1 + 1
            assert store.load(sub.sha256) == sub
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT description FROM schema_version")][-1] == (
        "kolom catatan"
    )
    conn.close()


def test_sources_keep_their_own_versions_and_the_workbook_is_scored(store):
    """An e-Kinerja export never supersedes a kinerja workbook (nor the other way round):
    versions are numbered per unit across sources, each source has its own latest, and the
    unit is scored from the workbook while one counts; restoring stays within a source."""
    replace = dataclasses.replace
    from kinerja_cli.model import SUMBER_EKINERJA, SUMBER_EKINERJA_SKP, SkpListRecord

    book1, b1 = make_submission("DINKES", seed=1)
    export, e_data = make_submission("DINKES", seed=2, name="Laporan Penilaian SKP.xlsx")
    export = replace(
        export,
        sumber=SUMBER_EKINERJA,
        periode_sumber="Tahunan Tahun 2026",
        skp=[],
        iku=[],
        pegawai=[replace(p, predikat="Baik") for p in export.pegawai],
    )
    skp_list, s_data = make_submission("DINKES", seed=3, name="Laporan SKP.xlsx")
    listed = [
        SkpListRecord(p.nip, p.nama, None, "persetujuan", date(2026, 12, 31), False, "S", 9 + i)
        for i, p in enumerate(skp_list.pegawai)
    ]
    skp_list = replace(
        skp_list, sumber=SUMBER_EKINERJA_SKP, skp=[], iku=[], pegawai=[], skp_list=listed
    )
    book2, b2 = make_submission("DINKES", seed=4)
    results = [
        store.ingest(s, d)
        for s, d in ((book1, b1), (export, e_data), (skp_list, s_data), (book2, b2))
    ]
    assert [(r.status, r.version) for r in results] == [
        (IngestStatus.NEW, 1),
        (IngestStatus.NEW, 2),
        (IngestStatus.NEW, 3),
        (IngestStatus.SUPERSEDING, 4),
    ]
    assert results[3].superseded_version == 1  # the workbook before, not the export
    assert [s.sha256 for s in store.current_submissions(2026)] == [book2.sha256]
    assert store.latest_of_source(2026, SUMBER_EKINERJA) == [export]
    assert store.latest_of_source(2026, SUMBER_EKINERJA_SKP) == [skp_list]
    assert [(v.version, v.sumber, v.state) for v in store.history(tahun=2026)] == [
        (1, "templat", "superseded"),
        (2, "ekinerja", "current"),
        (3, "ekinerja-skp", "current"),
        (4, "templat", "current"),
    ]
    from kinerja_cli.config import load_config
    from tests.conftest import BUNDLED_CONFIG

    (status,) = [
        s for s in unit_status(store, load_config(BUNDLED_CONFIG), 2026) if s.kode == "DINKES"
    ]
    assert (status.version, status.sumber, status.skp_list) == (4, "templat", "Laporan SKP.xlsx")
    store.restore("DINKES", 2026, 1)
    assert [s.sha256 for s in store.current_submissions(2026)] == [book1.sha256]
    assert store.latest_of_source(2026, SUMBER_EKINERJA) == [export]
    assert [s["sumber"] for s in store.sources(2026)] == ["templat"]
