"""``kinerja pantau`` (alias ``monitor``): in-year early warning from the store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.common import (
    DataOutputOpt,
    State,
    UnitsOpt,
    choose,
    command,
    emit,
    format_option,
    periode_option,
    refuse_output_for_table,
)
from kinerja_cli.cli.stores import chosen_units, load_result
from kinerja_cli.cli.tables import print_text_table

if TYPE_CHECKING:
    from kinerja_cli.writers.monitor import MonitorRow, MonitorUnitCount

ORDER = 82

FORMATS = ("table", "json", "csv")
SHOWN = 50
"""Flagged rows printed in the terminal table (all of them in json/csv and the recap sheet)."""

TriwulanOpt = Annotated[str, periode_option("Triwulan yang sudah dilaporkan: TW1, TW2 atau TW3.")]
FormatOpt = Annotated[
    str,
    format_option(FORMATS, "table (layar, stderr), json atau csv (stdout, atau -o)."),
]


@command()
def pantau(
    state: State,
    periode: TriwulanOpt,
    unit: UnitsOpt = None,
    format: FormatOpt = "table",
    output: DataOutputOpt = None,
) -> None:
    """Peringatan dini dalam tahun: untuk setiap indikator IKU dan SKP, proyeksi capaian akhir
    tahun dari realisasi sampai triwulan itu (jumlah terhadap target proporsional, rata-rata
    triwulan sejauh ini, terakhir nilai terakhir). Baris di bawah ambang
    (pemantauan.ambang_capaian, bawaan 90) berstatus waspada; triwulan yang sudah lewat tetapi
    kosong berstatus tidak_melapor (bukan nol).

    Kode keluar 0, atau 1 bila belum ada berkas untuk tahun itu.

    Contoh: kinerja pantau --periode TW2 --format csv -o pantau-TW2.csv
    """
    from kinerja_cli.api import (
        MONITOR_FIELDS,
        check_period,
        monitor_rows,
        monitor_summary,
        parse_periode,
        rows_to_csv,
        rows_to_json,
    )

    fmt = choose(format, FORMATS, "--format")
    refuse_output_for_table(fmt, output)
    p = parse_periode(periode).value
    check_period(p)
    cfg = state.config()
    result = load_result(state, p)
    rows = monitor_rows(result, cfg, units=set(chosen_units(state, result, unit)) or None)
    if fmt in ("json", "csv"):
        text = rows_to_json(rows) if fmt == "json" else rows_to_csv(rows, MONITOR_FIELDS)
        emit(state, text, output, fmt)
    summary = monitor_summary(rows)
    if fmt == "table":
        _print_summary(state, summary)
        _print_flagged(state, [r for r in rows if r["status"] != "aman"][:SHOWN])
    state.say(
        "pantau_ringkasan",
        periode=p,
        baris=len(rows),
        waspada=sum(s["waspada"] for s in summary),
        tidak_melapor=sum(s["tidak_melapor"] for s in summary),
        unit=sum(1 for s in summary if s["waspada"] or s["tidak_melapor"]),
        pegawai=sum(s["pegawai_ditandai"] for s in summary),
    )


def _print_summary(state: State, summary: list[MonitorUnitCount]) -> None:
    """Per unit: how many rows are not reported, in warning, safe; employees flagged."""
    headers = (
        "pantau_kol_unit",
        "pantau_kol_nama_unit",
        "pantau_kol_tidak_melapor",
        "pantau_kol_waspada",
        "pantau_kol_aman",
        "pantau_kol_pegawai_ditandai",
    )
    print_text_table(
        state,
        state.msg("pantau_judul_ringkas"),
        [state.msg(k) for k in headers],
        [
            [s["unit"], s["nama_unit"] or "-"]
            + [str(n) for n in (s["tidak_melapor"], s["waspada"], s["aman"], s["pegawai_ditandai"])]
            for s in summary
        ],
        [False, False, True, True, True, True],
    )


def _print_flagged(state: State, flagged: list[MonitorRow]) -> None:
    """The rows in warning or not reported (the first :data:`SHOWN`)."""
    if not flagged:
        return
    headers = (
        "pantau_kol_status",
        "pantau_kol_unit",
        "pantau_kol_nip",
        "pantau_kol_nama",
        "pantau_kol_kode",
        "pantau_kol_realisasi_sd",
        "pantau_kol_target_sd",
        "pantau_kol_proyeksi_capaian",
    )
    print_text_table(
        state,
        state.msg("pantau_judul_ditandai"),
        [state.msg(k) for k in headers],
        [
            [
                state.msg(f"pantau_status_{r['status']}"),
                r["unit"],
                r["nip"] or "-",
                r["nama"] or "-",
                r["kode"],
                *(_num(n) for n in (r["realisasi_sd"], r["target_sd"], r["proyeksi_capaian"])),
            ]
            for r in flagged
        ],
        [False, False, False, False, False, True, True, True],
        [True, True, True, False, True, True, True, True],
    )


def _num(value: float | None) -> str:
    from kinerja_cli.api import cell_text

    return cell_text(value)


def register(app: typer.Typer) -> None:
    app.command("pantau")(pantau)
    app.command("monitor", hidden=True)(pantau)
