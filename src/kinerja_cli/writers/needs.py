"""``KEBUTUHAN-PENGEMBANGAN-<TAHUN>.xlsx`` (``kinerja kebutuhan --format xlsx``, issue 13).

Sheets: Ringkasan (per competency x unit the number of employees below standard, coloured as a
heat map, with a bar chart of the totals per competency), Pegawai (every gap with its priority
and linked weak indicators), Usulan Pelatihan (per suggested programme the seats and classes,
then every employee to seat by unit and priority), Catatan (jabatan without a standard,
employees not assessed, development hours under the minimum). The numbers are those of
:mod:`kinerja_cli.scoring.needs`, the same as the JSON rows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli.writers.shape import label
from kinerja_cli.writers.xlsx import Book, Col

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.scoring.needs import Needs

SHEETS = ("Ringkasan", "Pegawai", "Usulan Pelatihan", "Catatan")


def needs_default_name(tahun: int) -> str:
    return f"KEBUTUHAN-PENGEMBANGAN-{tahun}.xlsx"


def need_rows(needs: Needs) -> list[dict[str, Any]]:
    return [n.to_dict() for n in needs.needs]


def heat_rows(needs: Needs, config: Config) -> tuple[list[str], list[list[Any]]]:
    """(units, rows of [kode, nama, count per unit..., total]) in catalogue order: the
    Ringkasan table, equal to counting the JSON rows."""
    _codes, _units, counts = needs.heat_map()
    units = [u.kode for u in config.unit if any(k[1] == u.kode for k in counts)]
    rows = []
    for comp in config.kompetensi:
        per = [counts.get((comp.kode, u), 0) for u in units]
        if any(per):
            rows.append([comp.kode, comp.nama, *per, sum(per)])
    return units, rows


def write_needs_xlsx(
    needs: Needs, config: Config, path: str | Path, *, tanggal: date, lang: str = "id"
) -> Path:
    from kinerja_cli.atomic import atomic_path

    target = Path(path)
    L = lambda kode, **p: label(kode, lang, **p)  # noqa: E731
    with atomic_path(target) as tmp:
        book = Book(
            tmp,
            instansi=config.instansi,
            judul=L("kebutuhan_judul", tahun=needs.tahun),
            lang=lang,
        )
        subtitle = L(
            "kebutuhan_subjudul",
            instansi=config.instansi,
            tahun=needs.tahun,
            tanggal=tanggal.isoformat(),
            dinilai=needs.assessed,
            pegawai=needs.employees,
        )
        _ringkasan(book, needs, config, subtitle, L)
        _pegawai(book, needs, subtitle, L)
        _usulan(book, needs, subtitle, L)
        _catatan(book, needs, subtitle, L)
        book.close()
    return target


def _ringkasan(book: Book, needs: Needs, config: Config, subtitle: str, L: Any) -> None:
    ws = book.sheet(SHEETS[0])
    row = book.title_block(ws, L("kebutuhan_judul", tahun=needs.tahun), subtitle)
    units, rows = heat_rows(needs, config)
    cols = [
        Col(L("kebutuhan_kol_kompetensi"), min_width=10),
        Col(L("kebutuhan_kol_nama_kompetensi"), min_width=24, max_width=40),
        *(Col(u, "int", min_width=8) for u in units),
        Col(L("kebutuhan_kol_jumlah"), "int", min_width=8),
    ]
    last = book.table(ws, row, cols, rows, autofilter=False)
    if rows and units:
        ws.conditional_format(
            row + 1,
            2,
            last,
            1 + len(units),
            {
                "type": "3_color_scale",
                "min_color": "#FFFFFF",
                "mid_color": "#FFD966",
                "max_color": "#E06666",
            },
        )
        chart = book.wb.add_chart({"type": "bar"})
        total_col = 2 + len(units)
        chart.add_series(
            {
                "name": L("kebutuhan_grafik_seri"),
                "categories": [SHEETS[0], row + 1, 0, last, 0],
                "values": [SHEETS[0], row + 1, total_col, last, total_col],
                "fill": {"color": "#C0504D"},
                "data_labels": {"value": True},
            }
        )
        chart.set_title({"name": L("kebutuhan_grafik_judul")})
        chart.set_legend({"none": True})
        chart.set_y_axis({"reverse": True})
        chart.set_size({"width": 620, "height": max(240, 26 * len(rows) + 90)})
        ws.insert_chart(last + 2, 0, chart)


def _pegawai(book: Book, needs: Needs, subtitle: str, L: Any) -> None:
    ws = book.sheet(SHEETS[1])
    row = book.title_block(ws, L("kebutuhan_judul_pegawai"), subtitle)
    cols = [
        Col(L("kebutuhan_kol_prioritas"), min_width=9),
        Col(L("kebutuhan_kol_unit"), min_width=8),
        Col("NIP", min_width=20),
        Col(L("kebutuhan_kol_nama"), min_width=20, max_width=34),
        Col(L("kebutuhan_kol_jabatan"), min_width=16, max_width=34),
        Col(L("kebutuhan_kol_predikat"), min_width=12),
        Col(L("kebutuhan_kol_kompetensi"), min_width=10),
        Col(L("kebutuhan_kol_nama_kompetensi"), min_width=20, max_width=36),
        Col(L("kebutuhan_kol_standar"), "int", min_width=8),
        Col(L("kebutuhan_kol_level"), "int", min_width=7),
        Col(L("kebutuhan_kol_gap"), "int", min_width=7),
        Col(L("kebutuhan_kol_skor"), "int", min_width=7),
        Col(L("kebutuhan_kol_indikator"), min_width=12, max_width=30),
        Col(L("kebutuhan_kol_pelatihan"), max_width=50, wrap=True),
    ]
    rows = [
        [
            L(f"kebutuhan_prioritas_{n.prioritas}"),
            n.unit,
            n.nip,
            n.nama,
            n.jabatan,
            n.predikat,
            n.kompetensi,
            n.nama_kompetensi,
            n.standar,
            n.level,
            n.gap,
            n.skor_prioritas,
            ", ".join(n.indikator_terkait) or None,
            "; ".join(n.pelatihan) or None,
        ]
        for n in needs.needs
    ]
    last = book.table(ws, row, cols, rows)
    if rows:
        book.colour_equals(ws, row + 1, last, 0, L("kebutuhan_prioritas_tinggi"), book.f_bad)
        book.colour_equals(ws, row + 1, last, 0, L("kebutuhan_prioritas_sedang"), book.f_warn)


def _usulan(book: Book, needs: Needs, subtitle: str, L: Any) -> None:
    ws = book.sheet(SHEETS[2])
    row = book.title_block(
        ws, L("kebutuhan_judul_usulan"), L("kebutuhan_usulan_kelas", kursi=needs.peserta_per_kelas)
    )
    programmes = needs.programmes()
    summary = [
        Col(L("kebutuhan_kol_pelatihan"), min_width=24, max_width=44),
        Col(L("kebutuhan_kol_peserta"), "int", min_width=8),
        Col(L("kebutuhan_kol_kelas"), "int", min_width=7),
        Col(L("kebutuhan_kol_per_unit"), max_width=60, wrap=True),
    ]
    last = book.table(
        ws,
        row,
        summary,
        [
            [
                p["pelatihan"],
                p["peserta"],
                p["kelas"],
                ", ".join(f"{u} {k}" for u, k in sorted(p["per_unit"].items())),
            ]
            for p in programmes
        ],
        autofilter=False,
        freeze=False,
    )
    seats = [
        Col(L("kebutuhan_kol_pelatihan"), min_width=24, max_width=44),
        Col(L("kebutuhan_kol_unit"), min_width=8),
        Col(L("kebutuhan_kol_prioritas"), min_width=9),
        Col("NIP", min_width=20),
        Col(L("kebutuhan_kol_nama"), min_width=20, max_width=34),
        Col(L("kebutuhan_kol_kompetensi"), min_width=10, max_width=30),
    ]
    book.table(
        ws,
        last + 2,
        seats,
        [
            [
                s.pelatihan,
                s.unit,
                L(f"kebutuhan_prioritas_{s.prioritas}"),
                s.nip,
                s.nama,
                ", ".join(s.kompetensi),
            ]
            for s in needs.seats
        ],
        freeze=False,
    )


def _catatan(book: Book, needs: Needs, subtitle: str, L: Any) -> None:
    ws = book.sheet(SHEETS[3])
    row = book.title_block(ws, L("kebutuhan_judul_catatan"), subtitle)
    cols = [
        Col(L("kebutuhan_kol_catatan"), min_width=18, max_width=30),
        Col(L("kebutuhan_kol_unit"), min_width=8),
        Col("NIP", min_width=20),
        Col(L("kebutuhan_kol_nama"), min_width=20, max_width=34),
        Col(L("kebutuhan_kol_jabatan"), min_width=16, max_width=34),
        Col(L("kebutuhan_kol_keterangan"), max_width=50, wrap=True),
    ]
    book.table(
        ws,
        row,
        cols,
        [
            [
                L(f"kebutuhan_catatan_{n.jenis}"),
                n.unit,
                n.nip,
                n.nama,
                n.jabatan,
                _note_text(n, L),
            ]
            for n in needs.notes
        ],
    )


def _note_text(note: Any, L: Any) -> str:
    if note.jenis == "jabatan_tidak_cocok":
        return L("kebutuhan_ket_jabatan", mirip=note.keterangan)
    if note.jenis == "jp_kurang":
        return L("kebutuhan_ket_jp", jp=note.keterangan)
    return L("kebutuhan_ket_belum_dinilai")
