"""The recap workbook ``REKAP-<TAHUN>-<PERIODE>.xlsx`` (what the BKD signs and publishes).

Sheets: Ringkasan, Unit, Pegawai, Indikator, Pembinaan, Masalah, Sumber; every column is
described in docs/keluaran.md. Written with xlsxwriter in constant-memory mode through
:func:`kinerja_cli.atomic.atomic_path`: a crash never leaves a half written file. The writer
never computes a score; it rounds the scorer's numbers for display (half away from zero).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli.atomic import atomic_path
from kinerja_cli.domain import PREDIKAT_ORGANISASI_ORDER
from kinerja_cli.gcpause import gc_paused
from kinerja_cli.model import SUMBER_EKINERJA, ScoreResult
from kinerja_cli.scoring.monitoring import PERIODS as MONITOR_PERIODS
from kinerja_cli.sheettext import tanggal_panjang
from kinerja_cli.writers.monitor import MONITOR_FIELDS, monitor_rows
from kinerja_cli.writers.shape import (
    METODE_NAMES,
    PEMBINAAN_FIELDS,
    PREDIKAT_WORDS,
    catatan_text,
    field_values,
    indikator_rows,
    kurva_word,
    label,
    pembinaan_rows,
    periode_label,
    r2,
    sorted_employees,
    sorted_units,
    subtitle,
    summary,
    unit_names,
)
from kinerja_cli.writers.xlsx import Book, Col, signature_lines

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.model import SourceRow
    from kinerja_cli.pipeline.trends import Trends
    from kinerja_cli.writers.shape import Summary

SHEETS = ("Ringkasan", "Unit", "Pegawai", "Indikator", "Pembinaan", "Masalah", "Sumber")
"""Sheet names of the recap, in order (a contract: the same in every language)."""
FOLLOWUP_SHEET = "Tindak Lanjut"
"""The follow-up of the previous period's coaching list, after "Pembinaan" when the store
holds the previous period (:mod:`kinerja_cli.writers.followup`)."""
TREND_SHEET = "Tren"
"""Capaian IKU by quarter and by year with line charts (``rekap --tren``), after the unit
sheets' follow-ups."""
CHART_GROUP = 8
"""Units per line chart: a city of 40 units gets 5 readable charts, not one of 40 lines."""
SELISIH_SHEET = "Selisih"
"""NIPs whose predikat differs between a unit's workbook and its e-Kinerja export, before
"Masalah" when there is any (:mod:`kinerja_cli.scoring.sources`)."""
COVERAGE_SHEET = "Cakupan"
"""The coverage of the units' e-Kinerja SKP lists, before "Masalah" when the store holds one."""
MONITOR_SHEET = "Pemantauan"
"""The in-year early warning (``kinerja pantau``), after "Pembinaan" in a TW1-TW3 recap."""

HEADER_ROW = 3
"""0-based row of the table header on every table sheet (row 4 in Excel)."""

ORG_WORDS = tuple(p.value for p in PREDIKAT_ORGANISASI_ORDER)


def write_recap(
    result: ScoreResult,
    config: Config,
    path: str | Path,
    *,
    tanggal: date | None = None,
    lang: str = "id",
    kertas: str = "A4",
    previous: ScoreResult | None = None,
    trends: Trends | None = None,
) -> Path:
    """Write the recap workbook for ``result`` to ``path`` atomically; returns ``path``.

    ``config`` gives the signature block (``tempat``, ``penandatangan``) and the indicator
    names; ``tanggal`` is the date printed (today by default); ``lang`` the language of
    labels and messages (sheet names and data words stay Indonesian); ``kertas`` A4 or F4;
    ``previous`` the scores of the period before (a "Tindak Lanjut" sheet follows up its
    coaching list); ``trends`` (:class:`kinerja_cli.pipeline.trends.Trends`) adds the "Tren"
    sheet.
    """
    target = Path(path)
    day = tanggal or date.today()
    with atomic_path(target) as tmp:
        book = Book(
            tmp,
            kertas=kertas,
            instansi=result.instansi,
            judul=f"{label('keluaran_judul_rekap', lang)} {result.tahun}",
            lang=lang,
        )
        with gc_paused():
            _write_all(book, result, config, day, lang, previous, trends)
            book.close()
    return target


def _write_all(
    book: Book,
    result: ScoreResult,
    config: Config,
    day: date,
    lang: str,
    previous: ScoreResult | None = None,
    trends: Trends | None = None,
) -> None:
    sign = signature_lines(config, day, lang)
    units = sorted_units(result)
    data = summary(result, lang)
    _ringkasan(book, result, data, day, lang, len(units), sign)
    _unit(book, result, data, lang, sign)
    _pegawai(book, result, lang, sign)
    _indikator(book, result, config, lang)
    _pembinaan(book, result, lang, sign)
    if previous is not None:
        _tindak_lanjut(book, result, previous, lang)
    if trends is not None:
        _tren(book, result, trends, lang)
    if result.periode in {p.value for p in MONITOR_PERIODS}:
        _pemantauan(book, result, config, lang)
    if result.selisih:
        _selisih(book, result, lang)
    if result.cakupan:
        _cakupan(book, result, lang)
    _masalah(book, result, lang)
    _sumber(book, result, lang)


def _yes(value: bool | None, lang: str) -> str | None:
    if value is None:
        return None
    return label("keluaran_ya" if value else "keluaran_tidak", lang)


def _table_sheet(
    book: Book,
    result: ScoreResult,
    name: str,
    judul: str,
    lang: str,
    catatan: str | None = None,
    *,
    note: str | None = None,
) -> Any:
    """A table sheet with its title block (title, instansi · year · period) and, on row 3,
    a note: the label ``catatan``, or the text ``note`` already said."""
    ws = book.sheet(name)
    book.title_block(ws, label(judul, lang), subtitle(result, lang))
    text = note if note is not None else label(catatan, lang) if catatan else None
    if text:
        book.text(ws, 2, 0, text, book.f_subtitle)
    return ws


WRAP = -1.0
"""Width marker in :func:`_cols` specs: long text, wrapped at :data:`WRAP_WIDTH`."""
WRAP_WIDTH = 55


def _cols(lang: str, *spec: tuple[str, str] | tuple[str, str, float]) -> list[Col]:
    """Columns from (label kode, kind[, max width or WRAP]) specs."""
    out = []
    for item in spec:
        kode, kind = item[0], item[1]
        width = float(item[2]) if len(item) > 2 else 50.0
        if width == WRAP:
            out.append(Col(label(kode, lang), kind, min_width=30, max_width=WRAP_WIDTH, wrap=True))
        else:
            out.append(Col(label(kode, lang), kind, max_width=width))
    return out


# ---- Ringkasan -------------------------------------------------------------------------------


def _ringkasan(
    book: Book,
    result: ScoreResult,
    data: Summary,
    day: date,
    lang: str,
    n_units: int,
    sign: Any,
) -> None:
    ws = book.sheet("Ringkasan")
    ws.hide_gridlines(2)
    ws.set_column(0, 0, 44)
    ws.set_column(1, 1, 22)
    ws.set_column(2, 2, 12)
    book.title_block(ws, label("keluaran_judul_rekap", lang), subtitle(result, lang))
    row = 3
    book.text(ws, row, 0, label("keluaran_bagian_identitas", lang), book.f_section)
    ident = [
        ("keluaran_lbl_instansi", result.instansi),
        ("keluaran_lbl_tahun", str(result.tahun)),
        ("keluaran_lbl_periode", periode_label(result.periode, lang)),
        ("keluaran_lbl_metode", METODE_NAMES.get(result.metode, result.metode)),
        ("keluaran_lbl_tanggal", tanggal_panjang(day, lang)),
    ]
    row = _labelled(book, ws, row, ident, lang)
    row += 2
    book.text(ws, row, 0, label("keluaran_bagian_angka", lang), book.f_section)
    row = _labelled(book, ws, row, _figures(data["keseluruhan"], lang), lang)
    row += 2
    book.text(ws, row, 0, label("keluaran_bagian_distribusi", lang), book.f_section)
    row += 1
    dist = data["keseluruhan"]["distribusi"]
    total = sum(dist.values())
    dist_rows = [(p, dist[p], r2(dist[p] / total * 100) if total else None) for p in PREDIKAT_WORDS]
    cols = _cols(
        lang,
        ("keluaran_kol_predikat", "text"),
        ("keluaran_kol_jumlah", "int"),
        ("keluaran_kol_persen", "pct"),
    )
    first = row + 1
    last = book.table(ws, row, cols, dist_rows, autofilter=False, freeze=False)
    ws.set_column(0, 0, 44)  # table() fitted widths; the label column stays wide
    ws.set_column(1, 1, 22)
    book.colour_predikat(ws, first, last, 0, PREDIKAT_WORDS)
    _charts(book, ws, lang, first, last, n_units)
    chart_rows = 3 + 16 + _unit_chart_rows(n_units) + 2
    book.signature(ws, max(last + 3, chart_rows), 4, 6, sign)
    ws.print_area(0, 0, max(last + 3, chart_rows) + 6, 13)


def _figures(o: Mapping[str, Any], lang: str) -> list[tuple[str, Any]]:
    """The Ringkasan sheet's headline figures: (label kode, value) from the summary's
    ``keseluruhan``."""
    return [
        ("keluaran_lbl_unit_terdaftar", o["unit"]),
        ("keluaran_lbl_unit_mengirim", o["unit_mengirim"]),
        ("keluaran_lbl_unit_belum", len(o["unit_belum_mengirim"])),
        (
            "keluaran_lbl_daftar_belum",
            ", ".join(o["unit_belum_mengirim"]) or label("keluaran_kosong", lang),
        ),
        ("keluaran_lbl_pegawai", o["pegawai"]),
        ("keluaran_lbl_dinilai", o["pegawai_dinilai"]),
        ("keluaran_lbl_belum_lengkap", o["pegawai_belum_lengkap"]),
        ("keluaran_lbl_rata_capaian", o["rata_rata_capaian_iku"]),
        ("keluaran_lbl_rata_nilai", o["rata_rata_nilai"]),
        ("keluaran_lbl_kurva_langgar", len(o["unit_tidak_sesuai_kurva"])),
        ("keluaran_lbl_penghargaan", o["penghargaan"]),
        ("keluaran_lbl_pembinaan", o["pembinaan"]),
        ("keluaran_lbl_kesalahan", o["kesalahan"]),
        ("keluaran_lbl_peringatan", o["peringatan"]),
        ("keluaran_lbl_peringatan_nilai", o["peringatan_mengubah_nilai"]),
        ("keluaran_lbl_dicek_ulang", len(o["berkas_dicek_ulang"])),
    ]


def _labelled(book: Book, ws: Any, row: int, items: list[tuple[str, Any]], lang: str) -> int:
    """One row per (label kode, value) below ``row``: the label, then the value (numbers as
    numbers, None as "-"); returns the last row written."""
    for kode, value in items:
        row += 1
        book.text(ws, row, 0, label(kode, lang), book.f_label)
        if isinstance(value, int):
            ws.write_number(row, 1, value, book.f_value_int)
        elif isinstance(value, float):
            ws.write_number(row, 1, value, book.f_value_num)
        else:
            book.text(ws, row, 1, value if value is not None else "-", book.f_value)
    return row


def _unit_chart_rows(n_units: int) -> int:
    return max(15, (_unit_chart_height(n_units) + 19) // 20)


def _unit_chart_height(n_units: int) -> int:
    return min(3000, max(300, 90 + 22 * n_units))


def _charts(book: Book, ws: Any, lang: str, first: int, last: int, n_units: int) -> None:
    dist = book.wb.add_chart({"type": "column"})
    dist.add_series(
        {
            "name": label("keluaran_bagian_distribusi", lang),
            "categories": ["Ringkasan", first, 0, last, 0],
            "values": ["Ringkasan", first, 1, last, 1],
            "data_labels": {"value": True},
            "points": [{"fill": {"color": _CHART_COLOURS[p]}} for p in PREDIKAT_WORDS],
        }
    )
    dist.set_title({"name": label("keluaran_bagian_distribusi", lang), "name_font": {"size": 11}})
    dist.set_legend({"none": True})
    dist.set_y_axis(
        {
            "name": label("keluaran_kol_jumlah", lang),
            "min": 0,
            "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}},
        }
    )
    ws.insert_chart(3, 4, dist, {"x_scale": 1.3, "y_scale": 1.0})
    if n_units == 0:
        return
    bar = book.wb.add_chart({"type": "bar"})
    first_u, last_u = HEADER_ROW + 1, HEADER_ROW + n_units
    bar.add_series(
        {
            "name": label("keluaran_bagian_capaian_unit", lang),
            "categories": ["Unit", first_u, 1, last_u, 1],
            "values": ["Unit", first_u, _UNIT_CAPAIAN_COL, last_u, _UNIT_CAPAIAN_COL],
            "data_labels": {"value": True, "num_format": "0.00"},
            "fill": {"color": "#2E75B6"},
        }
    )
    bar.set_title({"name": label("keluaran_bagian_capaian_unit", lang), "name_font": {"size": 11}})
    bar.set_legend({"none": True})
    bar.set_x_axis(
        {
            "min": 0,
            "num_format": "0",
            "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}},
        }
    )
    bar.set_y_axis({"reverse": True})  # rank 1 at the top
    bar.set_size({"width": 620, "height": _unit_chart_height(n_units)})
    ws.insert_chart(3 + 16, 4, bar)


_CHART_COLOURS = {
    "Sangat Baik": "#00B050",
    "Baik": "#5B9BD5",
    "Butuh Perbaikan": "#FFC000",
    "Kurang/Misconduct": "#ED7D31",
    "Sangat Kurang": "#C00000",
}

# ---- Unit --------------------------------------------------------------------------------------

_UNIT_CAPAIAN_COL = 7
"""0-based column of Capaian IKU on the Unit sheet (the bar chart reads it)."""


def _unit(book: Book, result: ScoreResult, data: Summary, lang: str, sign: Any) -> None:
    ws = _table_sheet(book, result, "Unit", "keluaran_judul_unit", lang)
    cols = _cols(
        lang,
        ("keluaran_kol_peringkat", "int"),
        ("keluaran_kol_kode_unit", "text"),
        ("keluaran_kol_nama_unit", "text", 52),
        ("keluaran_kol_dikirim", "text"),
        ("keluaran_kol_pegawai", "int"),
        ("keluaran_kol_dinilai", "int"),
        ("keluaran_kol_belum_lengkap", "int"),
        ("keluaran_kol_capaian_iku", "num"),
        ("keluaran_kol_predikat_org", "text"),
        ("keluaran_kol_sumber_predikat", "text", 28),
    )
    cols += [Col(p, "int", max_width=12) for p in PREDIKAT_WORDS]
    cols += _cols(
        lang,
        ("keluaran_kol_rata_nilai", "num"),
        ("keluaran_kol_kurva", "text"),
        ("keluaran_kol_pelanggaran", "text", WRAP),
        ("keluaran_kol_catatan", "text", WRAP),
    )
    assert cols[_UNIT_CAPAIAN_COL].kind == "num"
    rows = []
    for u in data["unit"]:
        source = None
        if u["predikat_organisasi"] is not None:
            source = label(
                "keluaran_predikat_dari_konfigurasi"
                if u["sumber"] == SUMBER_EKINERJA
                else "keluaran_predikat_dihitung"
                if u["predikat_organisasi_dihitung"]
                else "keluaran_predikat_dari_identitas",
                lang,
            )
        rows.append(
            [
                u["peringkat"],
                u["unit"],
                u["nama"],
                _yes(u["dikirim"], lang),
                u["pegawai"],
                u["pegawai_dinilai"],
                u["pegawai_belum_lengkap"],
                u["capaian_iku"],
                u["predikat_organisasi"],
                source,
                *[u["distribusi"][p] for p in PREDIKAT_WORDS],
                u["rata_rata_nilai"],
                kurva_word(u["kurva_sesuai"], lang) if u["dikirim"] else None,
                "; ".join(u["kurva_pelanggaran"]) or None,
                " ".join(label(k, lang) for k in u["catatan"]) or None,
            ]
        )
    last = book.table(ws, HEADER_ROW, cols, rows)
    first = HEADER_ROW + 1
    book.colour_predikat(ws, first, last, 8, ORG_WORDS)
    book.colour_equals(ws, first, last, 3, label("keluaran_tidak", lang), book.f_warn)
    kurva_col = 10 + len(PREDIKAT_WORDS) + 1
    book.colour_equals(
        ws, first, last, kurva_col, label("keluaran_kurva_tidak_sesuai", lang), book.f_bad
    )
    book.colour_equals(
        ws, first, last, kurva_col, label("keluaran_kurva_sesuai", lang), book.f_good
    )
    book.signature(ws, last + 3, 10, 6, sign)


# ---- Pegawai -----------------------------------------------------------------------------------


def _pegawai(book: Book, result: ScoreResult, lang: str, sign: Any) -> None:
    ws = _table_sheet(book, result, "Pegawai", "keluaran_judul_pegawai", lang)
    cols = _cols(
        lang,
        ("keluaran_kol_peringkat", "int"),
        ("keluaran_kol_peringkat_unit", "int"),
        ("keluaran_kol_nip", "text"),
        ("keluaran_kol_nama", "text", 40),
        ("keluaran_kol_unit", "text"),
        ("keluaran_kol_jabatan", "text", 40),
        ("keluaran_kol_golongan", "text"),
        ("keluaran_kol_nilai", "num"),
        ("keluaran_kol_rating_hasil", "text"),
        ("keluaran_kol_rating_dihitung", "text"),
        ("keluaran_kol_rating_perilaku", "text"),
        ("keluaran_kol_predikat", "text"),
        ("keluaran_kol_lengkap", "text"),
        ("keluaran_kol_catatan", "text", WRAP),
    )
    yes, no = label("keluaran_ya", lang), label("keluaran_tidak", lang)
    rows = (
        [
            e.rank_overall,
            e.rank_unit,
            e.nip,
            e.nama,
            e.unit,
            e.jabatan,
            e.golongan,
            r2(e.nilai),
            e.rating_hasil_kerja,
            (yes if e.rating_hasil_kerja_derived else no) if e.rating_hasil_kerja else None,
            e.rating_perilaku,
            e.predikat,
            yes if e.lengkap else no,
            catatan_text(e, lang),
        ]
        for e in sorted_employees(result)
    )
    last = book.table(ws, HEADER_ROW, cols, rows)
    first = HEADER_ROW + 1
    book.colour_predikat(ws, first, last, 11, PREDIKAT_WORDS)
    book.colour_equals(ws, first, last, 12, no, book.f_warn)
    book.signature(ws, last + 3, 9, 5, sign)


# ---- Indikator ---------------------------------------------------------------------------------


def _indikator(book: Book, result: ScoreResult, config: Config, lang: str) -> None:
    ws = _table_sheet(book, result, "Indikator", "keluaran_judul_indikator", lang)
    cols = _cols(
        lang,
        ("keluaran_kol_kode_indikator", "text"),
        ("keluaran_kol_indikator", "text", 60),
        ("keluaran_kol_satuan", "text"),
        ("keluaran_kol_polaritas", "text"),
        ("keluaran_kol_tingkat_indikator", "text"),
        ("keluaran_kol_jumlah_baris", "int"),
        ("keluaran_kol_baris_dinilai", "int"),
        ("keluaran_kol_capaian_rata", "num"),
        ("keluaran_kol_capaian_min", "num"),
        ("keluaran_kol_capaian_maks", "num"),
        ("keluaran_kol_daftar_unit", "text", WRAP),
    )
    tingkat = {
        "pegawai": label("keluaran_tingkat_pegawai", lang),
        "unit": label("keluaran_tingkat_unit", lang),
    }
    rows = [
        [
            r["kode"],
            r["nama"],
            r["satuan"],
            r["polaritas"],
            tingkat.get(r["tingkat"] or ""),
            r["baris"],
            r["baris_dinilai"],
            r["capaian_rata_rata"],
            r["capaian_min"],
            r["capaian_maks"],
            ", ".join(r["unit"]),
        ]
        for r in indikator_rows(result, config)
    ]
    book.table(ws, HEADER_ROW, cols, rows)


# ---- Pembinaan ---------------------------------------------------------------------------------


def _pembinaan(book: Book, result: ScoreResult, lang: str, sign: Any) -> None:
    ws = _table_sheet(
        book, result, "Pembinaan", "keluaran_judul_pembinaan", lang, "keluaran_catatan_pembinaan"
    )
    cols = _cols(
        lang,
        ("keluaran_kol_kategori", "text"),
        ("keluaran_kol_predikat", "text"),
        ("keluaran_kol_nip", "text"),
        ("keluaran_kol_nama", "text", 40),
        ("keluaran_kol_unit", "text"),
        ("keluaran_kol_nama_unit", "text", 40),
        ("keluaran_kol_jabatan", "text", 40),
        ("keluaran_kol_nilai", "num"),
        ("keluaran_kol_rating_hasil", "text"),
        ("keluaran_kol_rating_perilaku", "text"),
        ("keluaran_kol_alasan", "text", WRAP),
    )
    rows = [field_values(r, PEMBINAAN_FIELDS) for r in pembinaan_rows(result, lang)]
    last = book.table(ws, HEADER_ROW, cols, rows)
    book.colour_predikat(ws, HEADER_ROW + 1, last, 1, PREDIKAT_WORDS)
    book.signature(ws, last + 3, 7, 4, sign)


# ---- Tren ----------------------------------------------------------------------------------------


def _tren(book: Book, result: ScoreResult, trends: Trends, lang: str) -> None:
    """Units x (TW1..TW4 of the year, then each stored year): capaian IKU, and line charts of
    :data:`CHART_GROUP` units each, over the quarters and (with two years or more) the years."""
    from kinerja_cli.writers.trend import unit_rows

    ws = _table_sheet(book, result, TREND_SHEET, "tren_judul_lembar", lang)
    rows = unit_rows(trends)
    quarters = [p for p in ("TW1", "TW2", "TW3", "TW4") if p in trends.quarters]
    years = sorted(trends.years)
    by: dict[str, dict[str, Any]] = {}
    names: dict[str, str] = {}
    for r in rows:
        key = r["periode"] if r["jenis"] == "triwulan" else str(r["tahun"])
        by.setdefault(r["unit"], {})[key] = r["capaian_iku"]
        names[r["unit"]] = r["nama_unit"]
    headers = [*quarters, *(str(y) for y in years)]
    cols = [
        *_cols(lang, ("keluaran_kol_unit", "text"), ("keluaran_kol_nama_unit", "text", 40)),
        *(Col(h, "pct", max_width=12) for h in headers),
    ]
    table = [[kode, names[kode], *(by[kode].get(h) for h in headers)] for kode in by]
    last = book.table(ws, HEADER_ROW, cols, table)
    units = list(by)
    row = last + 3
    values = [v for r in by.values() for v in r.values() if v is not None]
    # lines of 95-110 drawn from 0 look flat: start the axis below the lowest value
    axis_min = max(0, int(min(values) // 10) * 10 - 10) if values else 0
    for span, title_kode in (
        (quarters, "tren_grafik_triwulan"),
        ([str(y) for y in years], "tren_grafik_tahun"),
    ):
        if len(span) < 2:
            continue
        first_col = 2 + headers.index(span[0])
        for start in range(0, len(units), CHART_GROUP):
            chart = book.wb.add_chart({"type": "line"})
            for i in range(start, min(start + CHART_GROUP, len(units))):
                data_row = HEADER_ROW + 1 + i
                chart.add_series(
                    {
                        "name": [TREND_SHEET, data_row, 0],
                        "categories": [
                            TREND_SHEET,
                            HEADER_ROW,
                            first_col,
                            HEADER_ROW,
                            first_col + len(span) - 1,
                        ],
                        "values": [
                            TREND_SHEET,
                            data_row,
                            first_col,
                            data_row,
                            first_col + len(span) - 1,
                        ],
                        "marker": {"type": "circle", "size": 5},
                    }
                )
            chart.set_title(
                {
                    "name": label(
                        title_kode,
                        lang,
                        dari=start + 1,
                        sampai=min(start + CHART_GROUP, len(units)),
                    ),
                    "name_font": {"size": 11},
                }
            )
            chart.set_y_axis(
                {
                    "name": label("keluaran_kol_capaian_iku", lang),
                    "min": axis_min,
                    "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}},
                }
            )
            chart.set_size({"width": 640, "height": 320})
            ws.insert_chart(row, 0, chart)
            row += 17


def _worded(
    row: Mapping[str, Any], fields: Sequence[str], key: str, prefix: str, lang: str
) -> list[Any]:
    """The cells of ``row`` in ``fields`` order, the code under ``key`` said in words (the
    catalogue's ``<prefix><code>``)."""
    values = field_values(row, fields)
    return [
        label(f"{prefix}{v}", lang) if k == key else v for k, v in zip(fields, values, strict=True)
    ]


# ---- Tindak Lanjut -------------------------------------------------------------------------------


def _tindak_lanjut(book: Book, result: ScoreResult, previous: ScoreResult, lang: str) -> None:
    from kinerja_cli.scoring.followup import OUTCOMES
    from kinerja_cli.writers.followup import FOLLOWUP_FIELDS, followup_counts, followup_rows

    note = label("tindak_catatan", lang, lalu=f"{previous.tahun} {previous.periode}")
    ws = _table_sheet(book, result, FOLLOWUP_SHEET, "tindak_judul", lang, note=note)
    rows = followup_rows(previous, result)
    counts = followup_counts(rows)
    cols = _cols(
        lang, ("tindak_kol_unit", "text"), *((f"tindak_hasil_{o}", "int") for o in OUTCOMES)
    )
    last = book.table(
        ws, HEADER_ROW, cols, [[c["unit"], *(c[o] for o in OUTCOMES)] for c in counts]
    )
    kinds = {"nilai_lalu": "num", "nilai_kini": "num"}
    widths = {"nama": 40}
    cols = _cols(
        lang,
        *((f"tindak_kol_{k}", kinds.get(k, "text"), widths.get(k, 50)) for k in FOLLOWUP_FIELDS),
    )
    book.table(
        ws,
        last + 3,
        cols,
        [_worded(r, FOLLOWUP_FIELDS, "hasil", "tindak_hasil_", lang) for r in rows],
        autofilter=False,
        freeze=False,
    )


# ---- Pemantauan ----------------------------------------------------------------------------------


def _pemantauan(book: Book, result: ScoreResult, config: Config, lang: str) -> None:
    n = int(result.periode[-1])
    note = label(
        "pantau_catatan",
        lang,
        periode=result.periode,
        per=f"{n}/4",
        ambang=f"{config.pemantauan.ambang_capaian:g}",
    )
    ws = _table_sheet(book, result, MONITOR_SHEET, "pantau_judul", lang, note=note)
    kinds = {"realisasi_sd": "num", "target_sd": "num", "proyeksi_capaian": "pct"}
    widths = {"nama_unit": 40, "nama": 40, "indikator": 50}
    cols = _cols(
        lang,
        *((f"pantau_kol_{k}", kinds.get(k, "text"), widths.get(k, 50)) for k in MONITOR_FIELDS),
    )
    rows = [
        _worded(r, MONITOR_FIELDS, "status", "pantau_status_", lang)
        for r in monitor_rows(result, config)
    ]
    book.table(ws, HEADER_ROW, cols, rows)


_MONITOR_LABEL = {
    "realisasi_sd": "realisasi_sd",
    "target_sd": "target_sd",
    "proyeksi_capaian": "proyeksi",
}


# ---- Selisih and Cakupan (e-Kinerja BKN) ------------------------------------------------------


def _selisih(book: Book, result: ScoreResult, lang: str) -> None:
    ws = _table_sheet(
        book, result, SELISIH_SHEET, "keluaran_judul_selisih", lang, "keluaran_catatan_selisih"
    )
    cols = _cols(
        lang,
        ("keluaran_kol_kode_unit", "text"),
        ("keluaran_kol_nip", "text", 22),
        ("keluaran_kol_nama", "text", 40),
        ("keluaran_kol_predikat_kinerja", "text", 24),
        ("keluaran_kol_predikat_ekinerja", "text", 24),
        ("keluaran_kol_berkas_ekinerja", "text", 50),
        ("keluaran_kol_periode_ekinerja", "text", 30),
    )
    rows = (
        [
            d.unit,
            d.nip,
            d.nama,
            d.predikat_kinerja or "-",
            d.predikat_ekinerja or "-",
            d.berkas_ekinerja,
            d.periode_ekinerja,
        ]
        for d in result.selisih
    )
    book.table(ws, HEADER_ROW, cols, rows)


def _cakupan(book: Book, result: ScoreResult, lang: str) -> None:
    ws = _table_sheet(
        book, result, COVERAGE_SHEET, "keluaran_judul_cakupan", lang, "keluaran_catatan_cakupan"
    )
    # the counts first and the file last: the rows below share these columns (NIP, Nama,
    # Masalah, Alasan), so the long file names keep a column of their own
    cols = _cols(
        lang,
        ("keluaran_kol_kode_unit", "text"),
        ("keluaran_kol_daftar_skp", "int"),
        ("keluaran_kol_skp_disetujui", "int"),
        ("keluaran_kol_skp_belum_disetujui", "int"),
        ("keluaran_kol_tanpa_penilaian", "int"),
        ("keluaran_kol_dikecualikan", "int"),
        ("keluaran_kol_berkas", "text", 50),
    )
    last = book.table(
        ws,
        HEADER_ROW,
        cols,
        [
            [
                c.unit,
                c.pegawai,
                c.disetujui,
                c.belum_disetujui,
                c.tanpa_penilaian,
                c.dikecualikan,
                c.berkas,
            ]
            for c in result.cakupan
        ],
    )
    cols = _cols(
        lang,
        ("keluaran_kol_kode_unit", "text"),
        ("keluaran_kol_nip", "text", 22),
        ("keluaran_kol_nama", "text", 40),
        ("keluaran_kol_masalah", "text", 32),
        ("keluaran_kol_alasan", "text", 24),
    )
    book.table(
        ws,
        last + 3,
        cols,
        [
            [
                r["unit"],
                r["nip"],
                r["nama"],
                label(f"keluaran_cakupan_{r['masalah']}", lang),
                r["alasan"],
            ]
            for c in result.cakupan
            for r in c.rincian
        ],
        autofilter=False,
        freeze=False,
    )


# ---- Masalah -----------------------------------------------------------------------------------


def _masalah(book: Book, result: ScoreResult, lang: str) -> None:
    ws = _table_sheet(book, result, "Masalah", "keluaran_judul_masalah", lang)
    cols = _cols(
        lang,
        ("keluaran_kol_berkas", "text", 40),
        ("keluaran_kol_lembar", "text"),
        ("keluaran_kol_sel", "text"),
        ("keluaran_kol_baris", "int"),
        ("keluaran_kol_kolom", "text", 24),
        ("keluaran_kol_kode", "text", 32),
        ("keluaran_kol_tingkat", "text"),
        ("keluaran_kol_pesan", "text", WRAP),
        ("keluaran_kol_nilai_mentah", "text", 40),
    )
    issues = sorted(
        result.issues, key=lambda i: (i.file, i.sheet or "", i.row or 0, i.cell or "", i.kode)
    )
    rows = (
        [i.file, i.sheet, i.cell, i.row, i.column, i.kode, i.tingkat, i.pesan(lang), i.nilai]
        for i in issues
    )
    last = book.table(ws, HEADER_ROW, cols, rows)
    book.colour_equals(ws, HEADER_ROW + 1, last, 6, "error", book.f_bad)
    book.colour_equals(ws, HEADER_ROW + 1, last, 6, "warning", book.f_warn)


# ---- Sumber ------------------------------------------------------------------------------------


def _sumber(book: Book, result: ScoreResult, lang: str) -> None:
    ws = _table_sheet(book, result, "Sumber", "keluaran_judul_sumber", lang)
    versions = [s.get("version") for s in result.sources]
    version_kind = "int" if all(isinstance(v, int) or v is None for v in versions) else "text"
    cols = _cols(
        lang,
        ("keluaran_kol_berkas", "text", 50),
        ("keluaran_kol_kode_unit", "text"),
        ("keluaran_kol_sha256", "text", 66),
        ("keluaran_kol_versi", version_kind),
        ("keluaran_kol_diimpor", "text", 22),
        ("keluaran_kol_sidik", "text", 22),
        ("keluaran_kol_dicek_ulang", "text", 16),
        ("keluaran_kol_sumber_data", "text", 40),
    )
    rechecked = set(result.rechecked)
    rows = (
        [
            s.get("file"),
            s.get("unit"),
            s.get("sha256"),
            s.get("version") if version_kind == "int" else _text(s.get("version")),
            _text(s.get("ingested_at")),
            s.get("fingerprint"),
            _yes(s.get("file") in rechecked, lang),
            _source_text(s, lang),
        ]
        for s in result.sources
    )
    book.table(ws, HEADER_ROW, cols, rows)


def _source_text(source: SourceRow, lang: str) -> str:
    """Where a stored file's data came from, for the Sumber sheet."""
    if source.get("sumber") == SUMBER_EKINERJA:
        periode = source.get("periode_sumber")
        text = label("keluaran_sumber_ekinerja", lang)
        return f"{text} ({periode})" if periode else text
    return label("keluaran_sumber_templat", lang)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    return str(value)


__all__ = ["HEADER_ROW", "SHEETS", "unit_names", "write_recap"]
