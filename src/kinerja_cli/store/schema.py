"""The store's schema: one list of migrations for both backends (SQLite and PostgreSQL).

The scripts are written in SQLite's dialect; :func:`statements` gives each backend its
statements (for PostgreSQL: identity columns for the generated ids, ``BYTEA`` for
``BLOB``, ``DOUBLE PRECISION`` for ``REAL``). Each backend records the version reached in
the ``schema_version`` table (SQLite also in ``PRAGMA user_version``) and refuses, without
touching it, a store of a newer version than :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

import re

DEFAULT_BUSY_TIMEOUT = 15.0
"""Seconds a command waits for another one holding the write lock before giving up."""

# ---- schema and migrations ---------------------------------------------------------------------
#
# One entry per schema version, applied in order inside one transaction each; the version
# reached is kept both in ``PRAGMA user_version`` (cheap to read) and in the ``schema_version``
# table (when and what). Never edit a released entry: add a new one.

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "skema awal: berkas kiriman, isinya (identitas, IKU, pegawai, SKP) dan masalahnya",
        """
        CREATE TABLE schema_version (
            version     INTEGER PRIMARY KEY,
            applied_at  TEXT NOT NULL,
            description TEXT NOT NULL
        );
        CREATE TABLE submission (
            id               INTEGER PRIMARY KEY,
            sha256           TEXT NOT NULL UNIQUE,
            size             INTEGER NOT NULL,
            file_name        TEXT NOT NULL,
            format           TEXT NOT NULL,
            received_at      TEXT NOT NULL,
            file_mtime       TEXT,
            unit             TEXT,
            tahun            INTEGER,
            fingerprint      TEXT,
            meta_versi       TEXT,
            meta_kode_unit   TEXT,
            meta_tahun       INTEGER,
            counted          INTEGER NOT NULL,
            version          INTEGER,
            superseded_by    INTEGER REFERENCES submission(id),
            error_count      INTEGER NOT NULL,
            warning_count    INTEGER NOT NULL,
            UNIQUE (unit, tahun, version)
        );
        CREATE INDEX submission_unit_tahun ON submission (tahun, unit, counted);
        CREATE TABLE original (
            submission_id INTEGER PRIMARY KEY REFERENCES submission(id),
            data          BLOB NOT NULL
        );
        CREATE TABLE identitas (
            submission_id       INTEGER PRIMARY KEY REFERENCES submission(id),
            instansi            TEXT,
            kode_unit           TEXT,
            nama_unit           TEXT,
            tahun               INTEGER,
            nama_kepala         TEXT,
            nip_kepala          TEXT,
            predikat_organisasi TEXT,
            tanggal             TEXT
        );
        CREATE TABLE iku_row (
            submission_id INTEGER NOT NULL REFERENCES submission(id),
            seq           INTEGER NOT NULL,
            kode          TEXT NOT NULL,
            nama          TEXT,
            satuan        TEXT,
            target_low    REAL,
            target_high   REAL,
            tw1           REAL,
            tw2           REAL,
            tw3           REAL,
            tw4           REAL,
            keterangan    TEXT,
            sheet         TEXT NOT NULL,
            sheet_row     INTEGER NOT NULL,
            valid         INTEGER NOT NULL,
            PRIMARY KEY (submission_id, seq)
        );
        CREATE TABLE pegawai_row (
            submission_id      INTEGER NOT NULL REFERENCES submission(id),
            seq                INTEGER NOT NULL,
            nip                TEXT NOT NULL,
            nama               TEXT,
            jabatan            TEXT,
            golongan           TEXT,
            rating_hasil_kerja TEXT,
            rating_perilaku    TEXT,
            catatan            TEXT,
            sheet              TEXT NOT NULL,
            sheet_row          INTEGER NOT NULL,
            valid              INTEGER NOT NULL,
            PRIMARY KEY (submission_id, seq)
        );
        CREATE TABLE skp_row (
            submission_id INTEGER NOT NULL REFERENCES submission(id),
            seq           INTEGER NOT NULL,
            nip           TEXT NOT NULL,
            nama          TEXT,
            kode          TEXT NOT NULL,
            target_low    REAL,
            target_high   REAL,
            bobot         REAL,
            tw1           REAL,
            tw2           REAL,
            tw3           REAL,
            tw4           REAL,
            sheet         TEXT NOT NULL,
            sheet_row     INTEGER NOT NULL,
            valid         INTEGER NOT NULL,
            PRIMARY KEY (submission_id, seq)
        );
        CREATE TABLE issue (
            submission_id INTEGER NOT NULL REFERENCES submission(id),
            seq           INTEGER NOT NULL,
            kode          TEXT NOT NULL,
            tingkat       TEXT NOT NULL,
            file          TEXT NOT NULL,
            sheet         TEXT,
            cell          TEXT,
            sheet_row     INTEGER,
            column_name   TEXT,
            nilai         TEXT,
            params        TEXT NOT NULL,
            PRIMARY KEY (submission_id, seq)
        );
        """,
    ),
    (
        "sidik jari konfigurasi saat diperiksa, letak sel untuk pemeriksaan antarberkas, dan "
        "riwayat pemulihan versi",
        """
        ALTER TABLE submission ADD COLUMN checked_fingerprint TEXT;
        ALTER TABLE submission ADD COLUMN anchors TEXT;
        CREATE TABLE version_event (
            id             INTEGER PRIMARY KEY,
            at             TEXT NOT NULL,
            kind           TEXT NOT NULL,
            unit           TEXT NOT NULL,
            tahun          INTEGER NOT NULL,
            submission_id  INTEGER NOT NULL REFERENCES submission(id),
            previous_id    INTEGER REFERENCES submission(id)
        );
        CREATE INDEX version_event_unit_tahun ON version_event (tahun, unit);
        """,
    ),
    (
        "NIP pejabat penilai per pegawai (kolom pilihan lembar Pegawai)",
        """
        ALTER TABLE pegawai_row ADD COLUMN nip_penilai TEXT;
        """,
    ),
    (
        "konfigurasi setiap tahun (teks dan sidik jarinya), agar tahun lalu dinilai dengan "
        "aturannya sendiri",
        """
        CREATE TABLE config_year (
            tahun        INTEGER NOT NULL,
            sha256       TEXT NOT NULL,
            fingerprint  TEXT NOT NULL,
            text         TEXT NOT NULL,
            recorded_at  TEXT NOT NULL,
            PRIMARY KEY (tahun, sha256)
        );
        """,
    ),
    (
        "penilaian kompetensi per pegawai (lembar Kompetensi, untuk kinerja kebutuhan)",
        """
        CREATE TABLE kompetensi_row (
            submission_id INTEGER NOT NULL REFERENCES submission(id),
            seq           INTEGER NOT NULL,
            nip           TEXT NOT NULL,
            nama          TEXT,
            levels        TEXT NOT NULL,
            metode        TEXT,
            jp            REAL,
            sheet         TEXT NOT NULL,
            sheet_row     INTEGER NOT NULL,
            valid         INTEGER NOT NULL,
            PRIMARY KEY (submission_id, seq)
        );
        """,
    ),
    (
        "ekspor e-Kinerja BKN: sumber tiap berkas, predikat yang tercatat, daftar SKP per unit",
        """
        ALTER TABLE submission ADD COLUMN sumber TEXT NOT NULL DEFAULT 'templat';
        ALTER TABLE submission ADD COLUMN periode_sumber TEXT;
        ALTER TABLE pegawai_row ADD COLUMN predikat TEXT;
        CREATE TABLE skp_list_row (
            submission_id INTEGER NOT NULL REFERENCES submission(id),
            seq           INTEGER NOT NULL,
            nip           TEXT NOT NULL,
            nama          TEXT,
            jabatan       TEXT,
            status        TEXT,
            periode_akhir TEXT,
            plt_plh       INTEGER NOT NULL,
            superseded    INTEGER NOT NULL,
            sheet         TEXT NOT NULL,
            sheet_row     INTEGER NOT NULL,
            valid         INTEGER NOT NULL,
            PRIMARY KEY (submission_id, seq)
        );
        """,
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


def statements(script: str, dialect: str = "sqlite") -> list[str]:
    """The statements of one migration script for ``dialect`` (``sqlite`` or ``postgresql``)."""
    parts = [s.strip() for s in script.split(";") if s.strip()]
    if dialect == "postgresql":
        parts = [_postgresql(s) for s in parts]
    return parts


def _postgresql(statement: str) -> str:
    s = re.sub(
        r"\b(id\s+)INTEGER PRIMARY KEY\b",
        r"\1INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
        statement,
    )
    s = re.sub(r"\bBLOB\b", "BYTEA", s)
    return re.sub(r"\bREAL\b", "DOUBLE PRECISION", s)
