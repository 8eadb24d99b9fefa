"""Submissions built directly (no workbook), for the store tests and their child processes.

Issue kodes are borrowed from the store's own catalogue: the store does not care which kode
an issue has, only that it comes back unchanged."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from datetime import UTC, date, datetime

from kinerja_cli.config import Target
from kinerja_cli.model import (
    Identitas,
    IkuRecord,
    Issue,
    PegawaiRecord,
    SkpRecord,
    Submission,
    TemplateMeta,
    make_issue,
)

FINGERPRINT = "0123456789abcdef"


def make_nip(rng: random.Random) -> str:
    return (
        f"19{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        f"20{rng.randint(10, 24)}{rng.randint(1, 12):02d}{rng.randint(1, 2)}"
        f"{rng.randint(1, 999):03d}"
    )


def make_submission(
    unit: str | None = "DINKES",
    tahun: int | None = 2026,
    *,
    seed: int = 0,
    employees: int = 3,
    indicators: int = 2,
    structural_error: bool = False,
    name: str | None = None,
) -> tuple[Submission, bytes]:
    """A realistic validated Submission and the bytes it was "read" from (unique per seed)."""
    rng = random.Random(f"{unit}-{tahun}-{seed}")
    name = name or f"masuk/RENCANA-{unit}-{tahun}.xlsx"
    data = b"PK\x03\x04" + f"{unit}|{tahun}|{seed}|".encode() + rng.randbytes(64 + seed % 7)
    pegawai, skp = [], []
    for e in range(employees):
        nip = make_nip(rng)
        pegawai.append(
            PegawaiRecord(
                nip=nip,
                nama=f"Pegawai {e} bin Fulan",
                jabatan="Analis Kebijakan Ahli Muda",
                golongan="III/c",
                rating_hasil_kerja=None if e % 2 else "Di Atas Ekspektasi",
                rating_perilaku="Sesuai Ekspektasi",
                catatan=None if e else "naik pangkat",
                sheet="Pegawai",
                row=2 + e,
                valid=e != 1,
            )
        )
        for k in range(indicators):
            skp.append(
                SkpRecord(
                    nip=nip,
                    nama=f"Pegawai {e} bin Fulan",
                    kode=f"UM-0{k + 1}",
                    target=Target(low=80.0, high=90.0) if k == 0 else Target(low=100.0, high=100.0),
                    bobot=None if k else 60.0,
                    realisasi=(rng.uniform(0, 120), 85.5, None, 0.1 + 0.2),
                    sheet="SKP",
                    row=2 + e * indicators + k,
                    valid=k == 0 or e != 2,
                )
            )
    iku = [
        IkuRecord(
            kode="IKU-UM-01",
            nama="Persentase realisasi anggaran",
            satuan="%",
            target=Target(low=95.0, high=95.0),
            realisasi=(20.0, 45.25, None, None),
            keterangan="TW3 belum",
            sheet="IKU",
            row=2,
        ),
        IkuRecord(
            kode="IKU-UM-02",
            nama=None,
            satuan=None,
            target=None,
            realisasi=(None, None, None, None),
            keterangan=None,
            sheet="IKU",
            row=3,
            valid=False,
        ),
    ]
    issues: list[Issue] = [
        make_issue(
            "impor_tidak_terbaca",
            name,
            sheet="IKU",
            cell="D3",
            row=3,
            column="Target",
            nilai="sembilan puluh",
            kolom="Target",
            contoh=("85,5", 90),
            tanggal=date(2026, 1, 31),
            batas=12.5,
            jumlah=3,
            kosong=None,
        ),
        make_issue(
            "bobot_jumlah",  # a warning (the catalogue says so)
            name,
            sheet="SKP",
            row=4,
            nilai=95.0,
            nip=pegawai[0].nip if pegawai else "-",
            jumlah="95",
            baris="4",
        ),
    ]
    if structural_error:
        issues.append(make_issue("berkas_tidak_ada", name, sheet="SKP", path="SKP"))
    identitas = None
    if unit is not None:
        identitas = Identitas(
            instansi="Pemerintah Kota Medan",
            kode_unit=unit,
            nama_unit=f"Unit {unit}",
            tahun=tahun,
            nama_kepala="dr. Siti Aminah, M.Kes.",
            nip_kepala=make_nip(rng),
            predikat_organisasi="Baik",
            tanggal=date(2026, 12, 15),
        )
    sub = Submission(
        path=name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        format="xlsx",
        mtime=datetime(2026, 12, 16, 8, 30, 15, 123456, tzinfo=UTC),
        meta=(
            TemplateMeta(versi="1", kode_unit=unit, tahun=tahun, fingerprint=FINGERPRINT)
            if unit is not None and tahun is not None
            else None
        ),
        identitas=identitas,
        iku=iku,
        pegawai=pegawai,
        skp=skp,
        issues=issues,
    )
    return sub, data


def table_counts(path) -> dict[str, int]:
    """Rows per table of a store (SQLite file or PostgreSQL URL), read directly (not through
    the store)."""
    if isinstance(path, str) and path.startswith("postgres"):
        import psycopg

        with psycopg.connect(path) as pg:
            names = [
                r[0]
                for r in pg.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                )
            ]
            return {n: pg.execute(f"SELECT COUNT(*) FROM {n}").fetchone()[0] for n in names}
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(f"SELECT COUNT(*) FROM {n}").fetchone()[0] for n in names}
    finally:
        conn.close()


SCRIPT_HEAD = """
import os, pathlib, signal, sys, time
sys.path.insert(0, {root!r})
from kinerja_cli.errors import StoreError
from kinerja_cli.store import Store
from tests.test_store_support import make_submission, table_counts as counts
"""
"""The start of the scripts the store tests run in another process (``{root}``: the repo)."""

AT_SKP = (
    SCRIPT_HEAD
    + """
with Store.open({db!r}) as store:
    store.ingest(*make_submission("DINKES", seed=1))
    def at_skp(step):
        if step == "skp":"""
)
"""A script that stores one file, then gets ready to act while the next file is being stored,
at its SKP rows: what follows is the action (indented twelve spaces), then
``store._fault = at_skp`` and the second ingest."""


WORKER = (
    SCRIPT_HEAD
    + """
go = pathlib.Path({go!r})
while not go.exists():
    time.sleep(0.005)
with Store.open({db!r}) as store:
    for seed in range({first}, {first} + {count}):
        unit = "DINKES" if seed % 2 else {own!r}
        r = store.ingest(*make_submission(unit, seed=seed, employees=40, indicators=4))
        print(r.status.value, r.unit, r.version, flush=True)
"""
)
"""Ingests ``{count}`` files from seed ``{first}`` (every other one for unit ``{own}``) once
the file ``{go}`` appears, printing one line per file: the concurrency tests start several."""
