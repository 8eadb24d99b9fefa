"""``kinerja pantau`` (alias ``monitor``): in-year early warning from the store."""

from __future__ import annotations

from typing import Annotated

import typer

from kinerja_cli.cli.common import (
    DataOutputOpt,
    State,
    UnitsOpt,
    choose,
    command,
    emit,
    format_option,
)
from kinerja_cli.cli.stores import load_result
from kinerja_cli.cli.tables import print_text_table

ORDER = 82

FORMATS = ("table", "json", "csv")
SHOWN = 50
"""Flagged rows printed in the terminal table (all of them in json/csv and the recap sheet)."""


@command()
def pantau(
    state: State,
    periode: Annotated[
        str,
        typer.Option(
            "--periode",
            "-p",
            help="Triwulan yang sudah dilaporkan: TW1, TW2 atau TW3.",
            show_default=False,
        ),
    ],
    unit: UnitsOpt = None,
    format: Annotated[
        str,
        format_option(FORMATS, "table (layar, stderr), json atau csv (stdout, atau -o)."),
    ] = "table",
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
        UsageError,
        check_period,
        find_unit,
        label,
        monitor_rows,
        monitor_summary,
        parse_periode,
        rows_to_csv,
        rows_to_json,
    )

    fmt = choose(format, FORMATS, "--format")
    if fmt == "table" and output is not None:
        raise UsageError("keluaran_o_untuk_berkas")
    p = parse_periode(periode).value
    check_period(p)
    cfg = state.config()
    result = load_result(state, p)
    chosen = {find_unit(result, u, [c.kode for c in cfg.unit]) for u in unit or []} or None
    rows = monitor_rows(result, cfg, units=chosen)
    if fmt in ("json", "csv"):
        text = rows_to_json(rows) if fmt == "json" else rows_to_csv(rows, MONITOR_FIELDS)
        emit(state, text, output, fmt)
    summary = monitor_summary(rows)
    if fmt == "table":
        lang = state.lang
        print_text_table(
            state,
            label("pantau_judul_ringkas", lang),
            [
                label(k, lang)
                for k in (
                    "pantau_kol_unit",
                    "pantau_kol_nama_unit",
                    "pantau_kol_tidak_melapor",
                    "pantau_kol_waspada",
                    "pantau_kol_aman",
                    "pantau_kol_pegawai_ditandai",
                )
            ],
            [
                [
                    s["unit"],
                    s["nama_unit"] or "-",
                    str(s["tidak_melapor"]),
                    str(s["waspada"]),
                    str(s["aman"]),
                    str(s["pegawai_ditandai"]),
                ]
                for s in summary
            ],
            [False, False, True, True, True, True],
        )
        flagged = [r for r in rows if r["status"] != "aman"][:SHOWN]
        if flagged:
            print_text_table(
                state,
                label("pantau_judul_ditandai", lang),
                [
                    label(k, lang)
                    for k in (
                        "pantau_kol_status",
                        "pantau_kol_unit",
                        "pantau_kol_nip",
                        "pantau_kol_nama",
                        "pantau_kol_kode",
                        "pantau_kol_realisasi_sd",
                        "pantau_kol_target_sd",
                        "pantau_kol_proyeksi_capaian",
                    )
                ],
                [
                    [
                        label(f"pantau_status_{r['status']}", lang),
                        r["unit"],
                        r["nip"] or "-",
                        r["nama"] or "-",
                        r["kode"],
                        _num(r["realisasi_sd"]),
                        _num(r["target_sd"]),
                        _num(r["proyeksi_capaian"]),
                    ]
                    for r in flagged
                ],
                [False, False, False, False, False, True, True, True],
                [True, True, True, False, True, True, True, True],
            )
    state.say(
        "pantau_ringkasan",
        periode=p,
        baris=len(rows),
        waspada=sum(s["waspada"] for s in summary),
        tidak_melapor=sum(s["tidak_melapor"] for s in summary),
        unit=sum(1 for s in summary if s["waspada"] or s["tidak_melapor"]),
        pegawai=sum(s["pegawai_ditandai"] for s in summary),
    )


def _num(value: float | None) -> str:
    from kinerja_cli.api import cell_text

    return cell_text(value)


def register(app: typer.Typer) -> None:
    app.command("pantau")(pantau)
    app.command("monitor", hidden=True)(pantau)
