"""``kinerja status``: per unit of the config, submitted or missing (also the helpers the
impor and arsip commands share: opening the store, showing times)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kinerja_cli.cli.common import (
    CELL_LIMIT,
    ConfigOpt,
    DbOpt,
    DebugOpt,
    LangOpt,
    QuietOpt,
    State,
    TahunOpt,
    guard,
    safe_markup,
    state_from,
    write_stdout,
)

if TYPE_CHECKING:
    from rich.table import Table

    from kinerja_cli.store import Store

ORDER = 50

FormatOpt = Annotated[
    str,
    typer.Option(
        "--format",
        help="Keluaran: table (tabel untuk dibaca, di stderr) atau json (data, di stdout).",
        show_default=True,
        metavar="table|json",
    ),
]


def open_store(state: State, *, create: bool) -> Store:
    """The store of ``--db`` / ``KINERJA_DB`` / kinerja.db beside the config. Without
    ``create``, a store that does not exist yet opens as an empty one in memory (so reading
    commands never leave a stray file behind)."""
    from kinerja_cli.store import Store

    path = state.resolved_db_path
    if not create and not path.exists():
        state.say("status_db_belum_ada", path=str(path))
        return Store.open(":memory:")
    return Store.open(
        path,
        create=create,
        on_wait=lambda s: state.say("simpan_menunggu", path=str(path), detik=f"{s:g}"),
    )


def check_format(state: State, fmt: str, allowed: tuple[str, ...]) -> str:
    fmt = fmt.lower().strip()
    if fmt not in allowed:
        from kinerja_cli.errors import UsageError

        raise UsageError("status_format_tidak_dikenal", format=fmt, pilihan=", ".join(allowed))
    return fmt


def local_time(iso: str | None) -> str:
    """A stored UTC time as this computer's local time, to the minute."""
    if not iso:
        return "-"
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


def make_table(
    state: State, header_kode: str, title: str | None = None, wrap: tuple[int, ...] = ()
) -> Table:
    """A table whose headers come from the catalogue (``"A|B|C"``); only the columns whose
    index is in ``wrap`` may wrap, the others stay on one line."""
    from rich import box
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAVY, show_lines=False, title_justify="left")
    for i, name in enumerate(state.msg(header_kode).split("|")):
        if i in wrap:
            table.add_column(name, overflow="fold", max_width=40)
        else:
            table.add_column(name, no_wrap=True)
    return table


def print_table(state: State, table: Table) -> None:
    """On a terminal the table fits the window; in a log or a pipe it keeps its natural
    width instead of being squeezed to 80 columns."""
    from rich.measure import Measurement

    console = state.console
    if console.is_terminal:
        console.print(table)
        return
    natural = Measurement.get(console, console.options.update_width(400), table).maximum
    width = console.width
    console.width = max(width, min(natural, 400))
    try:
        console.print(table)
    finally:
        console.width = width


def short_name(file: str | None) -> str:
    """The file's base name (the full name as given is in the JSON output)."""
    if not file:
        return "-"
    from pathlib import PurePosixPath, PureWindowsPath

    return PureWindowsPath(PurePosixPath(file).name).name or file


def status(
    ctx: typer.Context,
    format: FormatOpt = "table",
    config: ConfigOpt = None,
    db: DbOpt = None,
    tahun: TahunOpt = None,
    quiet: QuietOpt = None,
    lang: LangOpt = None,
    debug: DebugOpt = None,
) -> None:
    """Status kiriman per unit konfigurasi: sudah mengirim atau belum, versi yang berlaku,
    kapan diterima, dari berkas mana, jumlah kesalahan dan peringatan.

    Unit yang belum mengirim dihitung dan disebut namanya; kode keluar tetap 0 (status adalah
    laporan, bukan pemeriksaan). --format json menulis data ke stdout.

    Contoh: kinerja status --format json > status.json
    """
    state = state_from(ctx, config=config, db=db, tahun=tahun, quiet=quiet, lang=lang, debug=debug)
    with guard(state):
        fmt = check_format(state, format, ("table", "json"))
        cfg = state.config()
        year = state.year()
        with open_store(state, create=False) as store:
            rows = store.status(cfg, year)
        if fmt == "json":
            write_stdout(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=2))
            return
        if state.quiet:
            return
        table = make_table(
            state, "status_kolom", state.msg("status_judul", tahun=year), wrap=(1, 5)
        )
        for r in rows:
            word = state.msg("status_terkirim" if r.submitted else "status_belum")
            if not r.in_config:
                word = state.msg("status_tidak_dikenal")
            notes = []
            if r.not_counted_after:
                notes.append(state.msg("status_ada_tidak_dihitung", jumlah=r.not_counted_after))
            if r.restored_at:
                notes.append(state.msg("status_dipulihkan", waktu=local_time(r.restored_at)))
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


def conflict_text(state: State, conflict: dict[str, Any]) -> str:
    """One cross-unit conflict of a unit, in words (``status``)."""
    kode = "status_konflik" if conflict["kode"] == "nip_di_unit_lain" else "status_konflik_kepala"
    return state.msg(kode, nip=conflict["nip"], daftar=", ".join(conflict["unit_lain"]))


def register(app: typer.Typer) -> None:
    app.command("status")(status)
