"""``kinerja status``: per unit of the config, submitted or missing."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import typer

from kinerja_cli.cli.common import (
    CELL_LIMIT,
    TABLE_JSON,
    State,
    TableJsonFormatOpt,
    choose,
    command,
    safe_markup,
    write_stdout,
)
from kinerja_cli.cli.stores import open_store, say_no_data
from kinerja_cli.cli.tables import local_time, make_table, print_table, short_name

if TYPE_CHECKING:
    from kinerja_cli.pipeline.status import UnitConflict, UnitStatus

ORDER = 50

FORMATS = TABLE_JSON


@command()
def status(
    state: State,
    format: TableJsonFormatOpt = "table",
) -> None:
    """Status kiriman per unit konfigurasi: sudah mengirim atau belum, versi yang berlaku,
    kapan diterima, dari berkas mana, jumlah kesalahan dan peringatan.

    Unit yang belum mengirim dihitung dan disebut namanya; kode keluar tetap 0 (status adalah
    laporan, bukan pemeriksaan), kecuali penyimpanan belum memuat berkas apa pun untuk tahun
    itu: kode keluar 1, seperti perintah baca lainnya. --format json menulis data ke stdout.

    Contoh: kinerja status --format json > status.json
    """
    from kinerja_cli.api import unit_status

    fmt = choose(format, FORMATS, "--format")
    cfg = state.config()
    year = state.year()
    with open_store(state, create=False) as store:
        rows = unit_status(store, cfg, year)
    if not any(r.submitted for r in rows):  # the empty store of every reading command
        say_no_data(state, year)
    if fmt == "json":
        write_stdout(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=2))
        return
    if state.quiet:
        return
    table = make_table(state, "status_kolom", state.msg("status_judul", tahun=year), wrap=(1, 5))
    for r in rows:
        table.add_row(
            safe_markup(r.kode, CELL_LIMIT),
            safe_markup(r.nama or "", CELL_LIMIT),
            safe_markup(_status_word(state, r)),
            str(r.version) if r.version else "-",
            local_time(r.received_at),
            safe_markup(short_name(r.file), CELL_LIMIT),
            str(r.error_count),
            str(r.warning_count),
        )
    print_table(state, table)
    _say_summary(state, rows, year)


def _status_word(state: State, r: UnitStatus) -> str:
    """Submitted, missing or not in the config, with what else a person should know of the
    unit's current file in brackets."""
    from kinerja_cli.api import SUMBER_EKINERJA

    word = state.msg("status_terkirim" if r.submitted else "status_belum")
    if not r.in_config:
        word = state.msg("status_tidak_dikenal")
    notes = []
    if r.not_counted_after:
        notes.append(state.msg("status_ada_tidak_dihitung", jumlah=r.not_counted_after))
    if r.restored_at:
        notes.append(state.msg("status_dipulihkan", waktu=local_time(r.restored_at)))
    notes += [
        state.msg(kode)
        for kode, flag in (
            ("status_dari_ekinerja", r.sumber == SUMBER_EKINERJA),
            ("status_daftar_skp", r.skp_list),
            ("status_konfigurasi_berubah", r.config_changed),
            ("status_templat_lain", r.template_config_changed),
        )
        if flag
    ]
    notes += [conflict_text(state, c) for c in r.conflicts]
    return f"{word} ({'; '.join(notes)})" if notes else word


def _say_summary(state: State, rows: list[UnitStatus], year: int) -> None:
    """The units still missing (or all in), then a hint per kind of unit to look at."""
    in_config = [r for r in rows if r.in_config]
    missing = [r.kode for r in in_config if not r.submitted]
    if missing:
        state.say(
            "status_ringkasan",
            terkirim=len(in_config) - len(missing),
            total=len(in_config),
            belum=len(missing),
            daftar=", ".join(missing),
        )
    else:
        state.say("status_lengkap", total=len(in_config), tahun=year)
    for kode, units in (
        ("status_tidak_dihitung_petunjuk", [r.kode for r in rows if r.not_counted_after]),
        ("status_konflik_petunjuk", [r.kode for r in rows if r.conflicts]),
        ("status_konfigurasi_petunjuk", [r.kode for r in rows if r.config_changed]),
    ):
        if units:
            state.say(kode, daftar=", ".join(units))


def conflict_text(state: State, conflict: UnitConflict) -> str:
    """One cross-unit conflict of a unit, in words (``status``)."""
    from kinerja_cli.api import NIP_IN_TWO_UNITS

    kode = "status_konflik" if conflict["kode"] == NIP_IN_TWO_UNITS else "status_konflik_kepala"
    return state.msg(kode, nip=conflict["nip"], daftar=", ".join(conflict["unit_lain"]))


def register(app: typer.Typer) -> None:
    app.command("status")(status)
