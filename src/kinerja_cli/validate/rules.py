"""What a stored check depends on: the config's reading-relevant part and the rules' version.

A file is validated once at ingest; its records and issues are stored with the fingerprint
returned by :func:`checking_fingerprint`. Scoring from the store validates a file again, from
its original bytes, whenever that fingerprint differs from the current one
(:mod:`kinerja_cli.pipeline.current`). So a changed ``batas``, polarity or ``satuan_alias``, and
an upgrade of kinerja whose reading or validation rules give other records or issues, never
leave stale scores in a recap.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kinerja_cli.config import Config

RULES_VERSION = 6
"""Bump whenever a change to reading or validation can change what a stored file yields
(records or issues). 1: up to milestone 1; 2: strict numbers with satuan, .xls cell formats,
missing IKU rows and employees without SKP rows as errors, head of unit on Pegawai; 3: the
optional column "NIP Pejabat Penilai" of the Pegawai sheet is read and checked; 4: e-Kinerja
BKN exports are read (a workbook without our metadata sheet may be one); 5 (issue 25): an empty
file (``berkas_kosong``), an empty ``NIP Kepala Unit`` and raters rating themselves or each other
in a cycle are errors; numbers of absurd magnitude are errors (``angka_terlalu_kecil``/``_besar``),
so are targets the formula cannot divide by (``target_negatif``, ``target_nol_positif``), and a
capaian beyond ``penilaian.capaian_wajar`` is a warning (``capaian_tidak_wajar``); a weight under 1 is
``bobot_tidak_sah``; e-Kinerja numbering gaps, half-filled results, unknown and Plt-only acting
flags; 6 (issue 26): a NIP on several rows is one ``nip_ganda`` at its first row with the count
and the rows (was one per row naming the others); a workbook that looks like an e-Kinerja export
but whose header row cannot be taken is read as one (``ek_kolom_tidak_ada`` with the columns
seen, ``ek_judul_kolom_terlalu_bawah``, ``ek_judul_kolom_tidak_ada``), no longer as a template;
UTF-16 CSV without a byte-order mark is read."""


def checking_fingerprint(config: Config) -> str:
    """16 hex digits over the rules' version and every config part validation reads
    (``instansi``, ``tahun``, ``unit``, ``indikator`` with ``satuan_alias``, and
    ``penilaian.capaian_wajar``, which the ``capaian_tidak_wajar`` warning reads). The other
    scoring settings (``penilaian``) are left out: scores are always recomputed from the
    records."""
    payload = {
        "aturan": RULES_VERSION,
        "konfigurasi": config.model_dump(
            mode="json", include={"instansi", "tahun", "unit", "indikator"}
        ),
        "capaian_wajar": config.penilaian.capaian_wajar.model_dump(mode="json"),
    }
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
