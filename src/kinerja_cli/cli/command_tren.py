"""``kinerja tren`` (alias ``trend``): scores through the year and across years."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kinerja_cli.cli.common import (
    DataOutputOpt,
    State,
    UnitsOpt,
    choose,
    command,
    emit,
    format_option,
    known_unit,
    refuse_output_for_table,
    tingkat_option,
)
from kinerja_cli.cli.stores import open_store, report_unscored, say_no_data
from kinerja_cli.cli.tables import print_text_table

if TYPE_CHECKING:
    from kinerja_cli.pipeline.trends import Trends

ORDER = 84

FORMATS = ("table", "json", "csv")

TingkatOpt = Annotated[
    str,
    tingkat_option("unit (capaian IKU dan predikat organisasi) atau pegawai (predikat dan nilai)."),
]
PembinaanOpt = Annotated[
    bool,
    typer.Option(
        "--pembinaan",
        help="Tindak lanjut pembinaan: pegawai dalam daftar pembinaan tahun lalu dan "
        "hasilnya tahun ini (membaik, tetap, memburuk, keluar unit, tidak ada data).",
    ),
]
FormatOpt = Annotated[
    str,
    format_option(FORMATS, "table (layar, stderr), json (semua) atau csv (stdout, atau -o)."),
]


@command()
def tren(
    state: State,
    tingkat: TingkatOpt = "unit",
    unit: UnitsOpt = None,
    pembinaan: PembinaanOpt = False,
    format: FormatOpt = "table",
    output: DataOutputOpt = None,
) -> None:
    """Tren dari penyimpanan: per unit capaian IKU dan predikat organisasi TW1-TW4 tahun ini
    dan setiap tahun yang tersimpan (tiap tahun dengan aturannya sendiri), per pegawai
    predikat dan nilai. Antartahun hanya kode indikator yang ada di kedua tahun dibandingkan
    (capaian_iku_sebanding); kode yang ditambah atau dihapus disebutkan.

    Kode keluar 0, atau 1 bila belum ada berkas untuk tahun itu.

    Contoh: kinerja tren --format csv -o tren-unit.csv
    """
    from kinerja_cli.api import collect_trends, trend_data

    fmt = choose(format, FORMATS, "--format")
    level = choose(tingkat, ("unit", "pegawai"), "--tingkat")
    refuse_output_for_table(fmt, output)
    current = state.config()
    tahun = state.year()
    with open_store(state, create=False) as store:
        trends = collect_trends(store, current, tahun)
    for scored in (*trends.years.values(), *trends.quarters.values()):
        report_unscored(state, scored)
    data = trend_data(trends)
    known = dict.fromkeys([*(u.kode for u in current.unit), *(r["unit"] for r in data["unit"])])
    wanted = {known_unit(u, known).upper() for u in unit or []}
    if tahun not in trends.years:  # the empty store of every reading command (load_result)
        say_no_data(state, tahun)
    if pembinaan:
        _followup(state, trends, tahun, wanted, fmt, output)
        return
    if unit:
        data["unit"] = [r for r in data["unit"] if r["unit"].upper() in wanted]
        data["pegawai"] = [r for r in data["pegawai"] if r["unit"].upper() in wanted]
    if fmt in ("json", "csv"):
        emit(state, _data_text(data, fmt, level), output, fmt)
        return
    _print_tables(state, data, level)


def _data_text(data: dict[str, Any], fmt: str, level: str) -> str:
    """json: everything; csv: the rows of ``level``."""
    from kinerja_cli.api import TREND_PEGAWAI_FIELDS, TREND_UNIT_FIELDS, rows_to_csv, rows_to_json

    if fmt == "json":
        return rows_to_json(data)
    if level == "unit":
        return rows_to_csv(data["unit"], TREND_UNIT_FIELDS)
    return rows_to_csv(data["pegawai"], TREND_PEGAWAI_FIELDS)


def _followup(
    state: State, trends: Trends, tahun: int, units: set[str], fmt: str, output: Path | None
) -> None:
    """The coaching list of the year before and where those employees stand this year."""
    from kinerja_cli.api import (
        FOLLOWUP_FIELDS,
        followup_counts,
        followup_rows,
        rows_to_csv,
        rows_to_json,
    )

    before = trends.years.get(tahun - 1)
    now = trends.years.get(tahun)
    rows = followup_rows(before, now) if before is not None and now is not None else []
    if units:
        rows = [r for r in rows if r["unit"].upper() in units]
    if before is None:
        state.say("tren_tanpa_tahun_lalu", tahun=tahun - 1)
    if fmt in ("json", "csv"):
        text = rows_to_json(rows) if fmt == "json" else rows_to_csv(rows, FOLLOWUP_FIELDS)
        emit(state, text, output, fmt)
        return
    outcomes = ("membaik", "tetap", "memburuk", "keluar_unit", "tidak_ada_data")
    print_text_table(
        state,
        state.msg("tindak_judul"),
        [state.msg("tindak_kol_unit"), *(state.msg(f"tindak_hasil_{o}") for o in outcomes)],
        [[c["unit"], *(str(c[o]) for o in outcomes)] for c in followup_counts(rows)],
        [False, *([True] * len(outcomes))],
    )


def _print_tables(state: State, data: dict[str, Any], level: str) -> None:
    if level == "pegawai":
        _print_employees(state, data["pegawai"])
    else:
        _print_units(state, data)


def _print_employees(state: State, rows: list[dict[str, Any]]) -> None:
    """One line per employee and period: predikat and nilai."""
    from kinerja_cli.api import cell_text

    headers = (
        "tren_kol_nip",
        "tren_kol_nama",
        "tren_kol_unit",
        "tren_kol_periode",
        "tren_kol_predikat",
        "tren_kol_nilai",
    )
    print_text_table(
        state,
        state.msg("tren_judul_pegawai"),
        [state.msg(k) for k in headers],
        [
            [
                r["nip"],
                r["nama"] or "-",
                r["unit"],
                f"{r['tahun']} {r['periode']}",
                r["predikat"] or "-",
                cell_text(r["nilai"]),
            ]
            for r in rows
        ],
        [False, False, False, False, False, True],
        [True, False, True, True, False, True],
    )


def _print_units(state: State, data: dict[str, Any]) -> None:
    """One line per unit: capaian IKU and predikat organisasi of each quarter and each stored
    year; then the indicator codes added or removed between years."""
    from kinerja_cli.api import cell_text

    periods = [
        p for p in ("TW1", "TW2", "TW3", "TW4") if any(r["periode"] == p for r in data["unit"])
    ]
    by: dict[str, dict[str, dict[str, Any]]] = {}
    for r in data["unit"]:
        key = r["periode"] if r["jenis"] == "triwulan" else str(r["tahun"])
        by.setdefault(r["unit"], {})[key] = r
    columns = [*periods, *(str(y) for y in data["tahun_tersimpan"])]

    def cell(r: dict[str, Any] | None) -> str:
        if r is None:
            return "-"
        return f"{cell_text(r['capaian_iku'])} {r['predikat_organisasi'] or ''}".strip()

    print_text_table(
        state,
        state.msg("tren_judul_unit", tahun=data["tahun"]),
        [state.msg("tren_kol_unit"), *columns],
        [[kode, *(cell(by[kode].get(c)) for c in columns)] for kode in by],
        [False, *([False] * len(columns))],
        [True, *([False] * len(columns))],
    )
    for change in data["indikator"]:
        state.say(
            "tren_indikator_berubah",
            tahun=change["tahun"],
            dibanding=change["dibanding"],
            ditambah=", ".join(change["ditambah"]) or "-",
            dihapus=", ".join(change["dihapus"]) or "-",
        )


def register(app: typer.Typer) -> None:
    app.command("tren")(tren)
    app.command("trend", hidden=True)(tren)
