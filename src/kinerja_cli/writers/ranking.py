"""``kinerja peringkat --format xlsx``: one printed sheet ``Peringkat`` with the ranked rows.

The rows are exactly :func:`kinerja_cli.writers.shape.ranking_rows` (the JSON and CSV
formats print the same rows), written as a styled, filtered, print-ready table with the
signature block; every field of :data:`~kinerja_cli.writers.shape.PEGAWAI_FIELDS` or
:data:`~kinerja_cli.writers.shape.UNIT_FIELDS` is a column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli.atomic import atomic_path
from kinerja_cli.domain import PredikatOrganisasi
from kinerja_cli.model import ScoreResult
from kinerja_cli.writers.shape import PREDIKAT_WORDS, cell_text, label, subtitle
from kinerja_cli.writers.xlsx import Book, Col, signature_lines

if TYPE_CHECKING:
    from kinerja_cli.config import Config

SHEET = "Peringkat"

_PEGAWAI_COLS = (
    ("peringkat", "keluaran_kol_peringkat", "int"),
    ("peringkat_unit", "keluaran_kol_peringkat_unit", "int"),
    ("peringkat_keseluruhan", "keluaran_kol_peringkat_keseluruhan", "int"),
    ("nip", "keluaran_kol_nip", "text"),
    ("nama", "keluaran_kol_nama", "text"),
    ("unit", "keluaran_kol_unit", "text"),
    ("nama_unit", "keluaran_kol_nama_unit", "text"),
    ("jabatan", "keluaran_kol_jabatan", "text"),
    ("golongan", "keluaran_kol_golongan", "text"),
    ("nilai", "keluaran_kol_nilai", "num"),
    ("rating_hasil_kerja", "keluaran_kol_rating_hasil", "text"),
    ("rating_hasil_kerja_dihitung", "keluaran_kol_rating_dihitung", "text"),
    ("rating_perilaku", "keluaran_kol_rating_perilaku", "text"),
    ("predikat", "keluaran_kol_predikat", "text"),
)
_UNIT_COLS = (
    ("peringkat", "keluaran_kol_peringkat", "int"),
    ("unit", "keluaran_kol_kode_unit", "text"),
    ("nama", "keluaran_kol_nama_unit", "text"),
    ("capaian", "keluaran_kol_capaian_iku", "num"),
    ("predikat", "keluaran_kol_predikat_org", "text"),
    ("predikat_dihitung", "keluaran_kol_sumber_predikat", "text"),
    ("pegawai", "keluaran_kol_pegawai", "int"),
    ("pegawai_dinilai", "keluaran_kol_dinilai", "int"),
    ("kurva_sesuai", "keluaran_kol_kurva", "text"),
    ("kurva_pelanggaran", "keluaran_kol_pelanggaran", "text"),
)


def write_ranking_xlsx(
    rows: Sequence[Mapping[str, Any]],
    tingkat: str,
    result: ScoreResult,
    config: Config,
    path: str | Path,
    *,
    tanggal: date | None = None,
    lang: str = "id",
    kertas: str = "A4",
) -> Path:
    """Write ranked ``rows`` (from ``ranking_rows``) to ``path`` atomically; returns it."""
    spec = _UNIT_COLS if tingkat == "unit" else _PEGAWAI_COLS
    cols = [Col(label(m, lang), kind, max_width=60) for _, m, kind in spec]
    title = label(
        "keluaran_judul_peringkat_unit"
        if tingkat == "unit"
        else "keluaran_judul_peringkat_pegawai",
        lang,
    )
    target = Path(path)
    with atomic_path(target) as tmp:
        book = Book(tmp, kertas=kertas, instansi=result.instansi, judul=title, lang=lang)
        ws = book.sheet(SHEET)
        book.title_block(ws, title, subtitle(result, lang))
        table = []
        for r in rows:
            values = []
            for key, _, kind in spec:
                value = r.get(key)
                if kind == "text" and not isinstance(value, str) and value is not None:
                    value = (
                        _derived_word(value, lang)
                        if key == "predikat_dihitung"
                        else cell_text(value, lang, key)
                    )
                elif kind == "text" and value is None and key == "kurva_sesuai":
                    value = cell_text(value, lang, key)
                values.append(value)
            table.append(values)
        last = book.table(ws, 3, cols, table)
        col = [k for k, _, _ in spec].index("predikat")
        words = tuple(p.value for p in PredikatOrganisasi) if tingkat == "unit" else PREDIKAT_WORDS
        book.colour_predikat(ws, 4, last, col, words)
        book.signature(
            ws,
            last + 3,
            max(0, len(cols) - 5),
            4,
            signature_lines(config, tanggal or date.today(), lang),
        )
        book.close()
    return target


def _derived_word(derived: bool, lang: str) -> str:
    return label(
        "keluaran_predikat_dihitung" if derived else "keluaran_predikat_dari_identitas", lang
    )
