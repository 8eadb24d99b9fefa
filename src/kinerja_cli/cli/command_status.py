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
from kinerja_cli.cli.stores import open_store
from kinerja_cli.cli.tables import local_time, make_table, print_table, short_name

if TYPE_CHECKING:
    from kinerja_cli.pipeline.status import UnitConflict

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
        state.console.print(
            safe_markup(
                state.msg("keluaran_tidak_ada_data", tahun=year, db=str(state.resolved_db_path))
            ),
            style="red",
        )
        state.no_data = True
    if fmt == "json":
        write_stdout(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=2))
        return
    if state.quiet:
        return
    from kinerja_cli.api import SUMBER_EKINERJA

    table = make_table(state, "status_kolom", state.msg("status_judul", tahun=year), wrap=(1, 5))
    for r in rows:
        word = state.msg("status_terkirim" if r.submitted else "status_belum")
        if not r.in_config:
            word = state.msg("status_tidak_dikenal")
        notes = []
        if r.not_counted_after:
            notes.append(state.msg("status_ada_tidak_dihitung", jumlah=r.not_counted_after))
        if r.restored_at:
            notes.append(state.msg("status_dipulihkan", waktu=local_time(r.restored_at)))
        if r.sumber == SUMBER_EKINERJA:
            notes.append(state.msg("status_dari_ekinerja"))
        if r.skp_list:
            notes.append(state.msg("status_daftar_skp"))
        if r.config_changed:
            notes.append(state.msg("status_konfigurasi_berubah"))
        if r.template_config_changed:
            notes.append(state.msg("status_templat_lain"))
        notes += [conflict_text(state, c) for c in r.conflicts]
        if notes:
            word += f" ({'; '.join(notes)})"
        table.add_row(
            safe_markup(r.kode, CELL_LIMIT),
            safe_markup(r.nama or "", CELL_LIMIT),
            safe_markup(word),
            str(r.version) if r.version else "-",
            local_time(r.received_at),
            safe_markup(short_name(r.file), CELL_LIMIT),
            str(r.error_count),
            str(r.warning_count),
        )
    print_table(state, table)
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
    retry = [r.kode for r in rows if r.not_counted_after]
    if retry:
        state.say("status_tidak_dihitung_petunjuk", daftar=", ".join(retry))
    conflicted = [r.kode for r in rows if r.conflicts]
    if conflicted:
        state.say("status_konflik_petunjuk", daftar=", ".join(conflicted))
    drifted = [r.kode for r in rows if r.config_changed]
    if drifted:
        state.say("status_konfigurasi_petunjuk", daftar=", ".join(drifted))


def conflict_text(state: State, conflict: UnitConflict) -> str:
    """One cross-unit conflict of a unit, in words (``status``)."""
    kode = "status_konflik" if conflict["kode"] == "nip_di_unit_lain" else "status_konflik_kepala"
    return state.msg(kode, nip=conflict["nip"], daftar=", ".join(conflict["unit_lain"]))


def register(app: typer.Typer) -> None:
    app.command("status")(status)
