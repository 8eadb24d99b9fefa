"""The store's tables are declared once (:mod:`kinerja_cli.store.records`); the migrations of
:mod:`kinerja_cli.store.schema` stay the one way a store is built. The schema the declarations
imply is the schema the migrations build, column for column, on SQLite and PostgreSQL; and a
store written with plain SQL, column by column as every kinerja since schema 6 wrote it, reads
back as the records it holds."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest

from kinerja_cli import model as m
from kinerja_cli.config import Target
from kinerja_cli.store import Store, records, schema


def _sqlite_schema(conn: sqlite3.Connection) -> dict[str, tuple[object, ...]]:
    """Per table: its columns (name, type, not null, default, primary key), foreign keys and
    indexes (unique, origin, columns), as SQLite itself reports them."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    out: dict[str, tuple[object, ...]] = {}
    for table in tables:
        columns = [r[1:] for r in conn.execute(f"PRAGMA table_info({table})")]
        keys = sorted(r[2:5] for r in conn.execute(f"PRAGMA foreign_key_list({table})"))
        indexes = sorted(
            (
                r[1],
                r[2],
                r[3],
                tuple(i[2] for i in conn.execute(f"PRAGMA index_info({r[1]})")),
            )
            for r in conn.execute(f"PRAGMA index_list({table})")
        )
        out[table] = (columns, keys, indexes)
    return out


def test_the_declared_schema_is_the_migrated_one_on_sqlite(tmp_path):
    with Store.open(tmp_path / "kinerja.db"):
        pass
    migrated = sqlite3.connect(tmp_path / "kinerja.db")
    declared = sqlite3.connect(":memory:")
    for table in records.TABLES:
        for statement in table.create_sql():
            declared.execute(statement)
    try:
        assert _sqlite_schema(declared) == _sqlite_schema(migrated)
        assert set(_sqlite_schema(migrated)) == {t.name for t in records.TABLES}
    finally:
        migrated.close()
        declared.close()


_PG_COLUMNS = """
SELECT table_name, ordinal_position, column_name, data_type, is_nullable, column_default,
       is_identity
FROM information_schema.columns WHERE table_schema = ? ORDER BY table_name, ordinal_position
"""
_PG_CONSTRAINTS = """
SELECT c.relname, pg_get_constraintdef(k.oid) FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ? ORDER BY 1, 2
"""
_PG_INDEXES = "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = ?"


def _pg_schema(db, name: str) -> tuple[object, ...]:
    db.execute(f"SET search_path TO {name}")
    indexes = sorted(
        (t, i, d.replace(f" {name}.", " ")) for t, i, d in db.query(_PG_INDEXES, (name,))
    )
    return db.query(_PG_COLUMNS, (name,)), db.query(_PG_CONSTRAINTS, (name,)), indexes


def test_the_declared_schema_is_the_migrated_one_on_postgresql(pg_url):
    from kinerja_cli.store.location import parse_location
    from kinerja_cli.store.postgres import PgDatabase

    db = PgDatabase.open(parse_location(pg_url))
    try:
        db.execute("CREATE SCHEMA declared")
        db.execute("SET search_path TO declared")
        for table in records.TABLES:
            for statement in table.create_sql():
                for translated in schema.statements(statement, "postgresql"):
                    db.execute(translated)
        declared = _pg_schema(db, "declared")
        migrated = _pg_schema(db, "public")
        assert declared == migrated
        assert {r[0] for r in migrated[0]} == {t.name for t in records.TABLES}
    finally:
        db.close()


# ---- a store written column by column reads back as its records -----------------------------------

_SHA = "ab" * 32


def _write_by_hand(store: Store) -> None:
    """One stored file in every table, each value in the column it has been kept in since
    schema 6 (the INSERTs as kinerja 212b24e wrote them, not through the declarations)."""
    sql = store._db.execute
    with store._db.transaction():
        sql(
            "INSERT INTO submission (id, sha256, size, file_name, format, received_at, file_mtime,"
            " unit, tahun, fingerprint, meta_versi, meta_kode_unit, meta_tahun, counted, version,"
            " superseded_by, error_count, warning_count, checked_fingerprint, sumber,"
            " periode_sumber, anchors) VALUES"
            " (7, ?, 11, 'masuk/a.xlsx', 'xlsx', '2026-01-02T03:04:05.000006+00:00',"
            " '2025-12-31T23:00:00+00:00', 'DINKES', 2026, 'f1', '3', 'DINKES', 2026, 1, 1,"
            ' NULL, 1, 0, \'c1\', \'templat\', NULL, \'{"iku": ["IKU", "A", "B"]}\')',
            (_SHA,),
        )
        sql("INSERT INTO original (submission_id, data) VALUES (7, ?)", (b"PK\x03\x04data",))
        sql(
            "INSERT INTO identitas (submission_id, instansi, kode_unit, nama_unit, tahun,"
            " nama_kepala, nip_kepala, predikat_organisasi, tanggal) VALUES"
            " (7, 'Pemkot', 'DINKES', 'Dinas Kesehatan', 2026, 'Kepala', '198001012010011001',"
            " 'Baik', '2026-01-15')"
        )
        sql(
            "INSERT INTO iku_row (submission_id, seq, kode, nama, satuan, target_low,"
            " target_high, tw1, tw2, tw3, tw4, keterangan, sheet, sheet_row, valid) VALUES"
            " (7, 0, 'IKU-01', 'Cakupan', '%', 80.0, 90.0, 10.5, NULL, 30.0, 40.0, 'k', 'IKU', 5, 1)"
        )
        sql(
            "INSERT INTO pegawai_row (submission_id, seq, nip, nama, jabatan, golongan,"
            " rating_hasil_kerja, rating_perilaku, catatan, sheet, sheet_row, valid, nip_penilai,"
            " predikat) VALUES (7, 0, '199001012015011001', 'Ani', 'Analis', 'III/c',"
            " 'Sesuai Ekspektasi', 'Di Atas Ekspektasi', NULL, 'Pegawai', 2, 0,"
            " '198001012010011001', 'Baik')"
        )
        sql(
            "INSERT INTO skp_row (submission_id, seq, nip, nama, kode, target_low, target_high,"
            " bobot, tw1, tw2, tw3, tw4, sheet, sheet_row, valid) VALUES"
            " (7, 0, '199001012015011001', 'Ani', 'UM-01', NULL, NULL, 60.0, 1.0, 2.0, NULL,"
            " 4.0, 'SKP', 3, 1)"
        )
        sql(
            "INSERT INTO issue (submission_id, seq, kode, tingkat, file, sheet, cell, sheet_row,"
            " column_name, nilai, params) VALUES (7, 0, 'nip_ganda', 'error', 'masuk/a.xlsx',"
            " 'Pegawai', 'B2', 2, 'NIP', '1990', '[[\"jumlah\",2]]')"
        )
        sql(
            "INSERT INTO kompetensi_row (submission_id, seq, nip, nama, levels, metode, jp, sheet,"
            " sheet_row, valid) VALUES (7, 0, '199001012015011001', 'Ani', '{\"K1\": 3}',"
            " 'uji', 20.0, 'Kompetensi', 2, 1)"
        )
        sql(
            "INSERT INTO skp_list_row (submission_id, seq, nip, nama, jabatan, status,"
            " periode_akhir, plt_plh, superseded, sheet, sheet_row, valid) VALUES"
            " (7, 0, '199001012015011001', 'Ani', 'Analis', 'persetujuan', '2026-12-31', 0, 1,"
            " 'Laporan', 4, 1)"
        )


def test_a_store_written_column_by_column_reads_back_as_its_records(store_target):
    with Store.open(store_target) as store:
        _write_by_hand(store)
        back = store.load(_SHA)
    assert back == m.Submission(
        path="masuk/a.xlsx",
        sha256=_SHA,
        size=11,
        format="xlsx",
        mtime=datetime(2025, 12, 31, 23, 0, tzinfo=UTC),
        meta=m.TemplateMeta(versi="3", kode_unit="DINKES", tahun=2026, fingerprint="f1"),
        identitas=m.Identitas(
            "Pemkot",
            "DINKES",
            "Dinas Kesehatan",
            2026,
            "Kepala",
            "198001012010011001",
            "Baik",
            date(2026, 1, 15),
        ),
        iku=[
            m.IkuRecord(
                "IKU-01",
                "Cakupan",
                "%",
                Target(low=80.0, high=90.0),
                (10.5, None, 30.0, 40.0),
                "k",
                "IKU",
                5,
                True,
            )
        ],
        pegawai=[
            m.PegawaiRecord(
                "199001012015011001",
                "Ani",
                "Analis",
                "III/c",
                "Sesuai Ekspektasi",
                "Di Atas Ekspektasi",
                None,
                "Pegawai",
                2,
                False,
                "198001012010011001",
                "Baik",
            )
        ],
        skp=[
            m.SkpRecord(
                "199001012015011001", "Ani", "UM-01", None, 60.0, (1.0, 2.0, None, 4.0), "SKP", 3
            )
        ],
        kompetensi=[
            m.KompetensiRecord("199001012015011001", "Ani", {"K1": 3}, "uji", 20.0, "Kompetensi", 2)
        ],
        skp_list=[
            m.SkpListRecord(
                nip="199001012015011001",
                nama="Ani",
                jabatan="Analis",
                status="persetujuan",
                periode_akhir=date(2026, 12, 31),
                plt_plh=False,
                sheet="Laporan",
                row=4,
                superseded=True,
            )
        ],
        sumber="templat",
        issues=[
            m.Issue(
                kode="nip_ganda",
                tingkat="error",
                file="masuk/a.xlsx",
                sheet="Pegawai",
                cell="B2",
                row=2,
                column="NIP",
                nilai="1990",
                params=(("jumlah", 2),),
            )
        ],
        anchors={"iku": ("IKU", "A", "B")},
    )


def test_a_record_whose_stored_fields_do_not_come_first_is_refused():
    """The compiled reader passes the stored fields positionally: a record type whose stored
    fields are not its first ones is refused when declared, not read wrongly."""
    with pytest.raises(TypeError, match="must come first"):
        records.record_table("iku_row", "iku", m.IkuRecord, records.text("nama"))
