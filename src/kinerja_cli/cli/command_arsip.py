"""``kinerja arsip`` (alias ``archive``): list stored versions and restore originals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.common import (
    CELL_LIMIT,
    TABLE_JSON,
    State,
    TableJsonFormatOpt,
    choose,
    command,
    known_unit,
    safe_markup,
    stop_on_failures,
    unit_option,
    write_stdout,
)
from kinerja_cli.cli.stores import open_store
from kinerja_cli.cli.tables import local_time, make_table, print_table, short_name

if TYPE_CHECKING:
    from kinerja_cli.safety.paths import WriteFailure
    from kinerja_cli.store import Store, StoredVersion
    from kinerja_cli.store.models import VersionEvent

ORDER = 55

FORMATS = TABLE_JSON

EksporOpt = Annotated[
    Path | None,
    typer.Option(
        "--ekspor",
        help="Pulihkan berkas asli (isi sama persis) ke folder ini.",
        show_default=False,
    ),
]
UnitOpt = Annotated[str | None, unit_option("Hanya unit dengan kode ini.")]
SemuaVersiOpt = Annotated[
    bool,
    typer.Option(
        "--semua-versi",
        help="Dengan --ekspor: semua versi tersimpan, bukan hanya yang "
        "berlaku (ditulis sebagai UNIT-TAHUN/vN-nama berkas).",
    ),
]
Sha256Opt = Annotated[
    str | None,
    typer.Option(
        "--sha256",
        help="Dengan --ekspor: hanya berkas dengan sha256 ini (cukup 6 huruf pertama).",
        show_default=False,
    ),
]
PulihkanOpt = Annotated[
    str | None,
    typer.Option(
        "--pulihkan",
        help="Jadikan versi tersimpan unit ini berlaku lagi (dengan --versi N; tahun dari "
        "--tahun atau konfigurasi); tercatat di riwayat penyimpanan.",
        show_default=False,
        metavar="UNIT",
    ),
]
VersiOpt = Annotated[
    int | None,
    typer.Option(
        "--versi",
        help="Dengan --pulihkan: nomor versi yang dijadikan berlaku.",
        show_default=False,
    ),
]


@command()
def arsip(
    state: State,
    ekspor: EksporOpt = None,
    unit: UnitOpt = None,
    semua_versi: SemuaVersiOpt = False,
    sha256: Sha256Opt = None,
    pulihkan: PulihkanOpt = None,
    versi: VersiOpt = None,
    format: TableJsonFormatOpt = "table",
) -> None:
    """Daftar semua berkas yang pernah diimpor (semua versi, yang berlaku, yang digantikan,
    yang tidak dihitung), dan pemulihan berkas aslinya, sama persis byte demi byte, walaupun
    folder masukannya sudah dihapus.

    Tanpa --tahun semua tahun ditampilkan. --ekspor DIR memulihkan versi yang berlaku dari
    setiap unit (atau semua versi dengan --semua-versi). --pulihkan UNIT --versi N menjadikan
    versi N yang tersimpan berlaku lagi (tercatat di riwayat yang tampil di bawah daftar).

    Contoh: kinerja arsip --unit DINKES --ekspor pulih/ --semua-versi
    """
    fmt = choose(format, FORMATS, "--format")
    _check_needed(
        (versi is not None, "--versi", "--pulihkan", pulihkan),
        (semua_versi, "--semua-versi", "--ekspor", ekspor),
        (sha256 is not None, "--sha256", "--ekspor", ekspor),
    )
    if pulihkan is not None:
        _restore(state, pulihkan, versi, fmt)
        return
    with open_store(state, create=False) as store:
        if unit is not None:
            unit = _known_unit(state, store, unit)
        if ekspor is not None:
            failed: list[WriteFailure] = []
            written = store.export_originals(
                ekspor,
                tahun=state.tahun,
                unit=unit,
                sha256=sha256,
                all_versions=semua_versi,
                known_units=_config_units(state),
                failed=failed,
            )
            _say_exported(state, written, ekspor, fmt, failed)
            return
        versions = store.history(tahun=state.tahun, unit=unit)
        events = store.events(tahun=state.tahun, unit=unit)
    _list(state, versions, events, fmt)


def _check_needed(*uses: tuple[bool, str, str, object]) -> None:
    """An option that only works with another (``--versi`` with ``--pulihkan``, ...): given
    without it, a usage error naming both."""
    from kinerja_cli.api import UsageError

    for given, name, needs, other in uses:
        if given and other is None:
            raise UsageError("cli_opsi_perlu_opsi", opsi=name, perlu=needs)


def _say_exported(
    state: State, written: list[Path], folder: Path, fmt: str, failed: list[WriteFailure]
) -> None:
    """``--ekspor``: each original written, the count, the paths as json; exit 1 when one
    could not be written, the empty store when nothing was (or nothing matched --sha256)."""
    for path in written:
        state.say("cli_berkas_ditulis", path=str(path))
    if written:
        state.say("arsip_ekspor_selesai", jumlah=len(written), dir=str(folder))
    if fmt == "json":
        write_stdout(json.dumps([str(p) for p in written], ensure_ascii=False))
    stop_on_failures(state, failed)
    if not written:
        _say_empty(state)


def _list(
    state: State, versions: list[StoredVersion], events: list[VersionEvent], fmt: str
) -> None:
    """Every stored version (json, or a table), then the history of restorations."""
    if not versions:
        _say_empty(state)
    if fmt == "json":
        write_stdout(json.dumps([v.to_dict() for v in versions], ensure_ascii=False, indent=2))
        return
    if not versions or state.quiet:
        return
    table = make_table(state, "arsip_kolom", wrap=(5,))
    for v in versions:
        word = {
            "current": state.msg("arsip_berlaku"),
            "not-counted": state.msg("arsip_tidak_dihitung"),
            "superseded": state.msg("arsip_digantikan", versi=v.superseded_by_version),
        }[v.state]
        table.add_row(
            safe_markup(v.unit, CELL_LIMIT),
            str(v.tahun or "-"),
            str(v.version or "-"),
            word,
            local_time(v.received_at),
            safe_markup(short_name(v.file), CELL_LIMIT),
            _size(v.size),
            v.sha256[:12],
            str(v.error_count),
            str(v.warning_count),
        )
    print_table(state, table)
    if events:
        state.say("arsip_riwayat_judul")
    for e in events:
        state.say(
            "arsip_riwayat_baris",
            waktu=local_time(e.at),
            unit=e.unit,
            tahun=e.tahun,
            versi=e.version,
            lama=e.previous_version or "-",
        )


def _known_unit(state: State, store: Store, kode: str) -> str:
    """``--unit``: a unit of the config or of the store (any year), as it is spelled there;
    an unknown code is exit 2 with the close matches, as in every command taking it."""
    known = [*_config_units(state), *(v.unit for v in store.history() if v.unit)]
    return known_unit(kode, dict.fromkeys(known))


def _config_units(state: State) -> list[str]:
    """The config's unit codes, when a config can be read (an export works from ``--db``
    alone; without a config only units with a counted version keep their code as folder)."""
    from kinerja_cli.api import KinerjaError

    try:
        return [u.kode for u in state.config().unit]
    except KinerjaError:
        return []


def _say_empty(state: State) -> None:
    """The empty store of every reading command (README, "Satu aturan"): exit 1, the usual
    output empty, the reason on stderr."""
    state.no_data = True
    where = state.resolved_db_path
    if not isinstance(where, Path) or where.exists():  # else open_store said it is missing
        state.console.print(safe_markup(state.msg("arsip_kosong", path=str(where))), style="red")


def _restore(state: State, unit: str, versi: int | None, fmt: str) -> None:
    """``--pulihkan UNIT --versi N``: make a stored version current again."""
    from kinerja_cli.api import VERSI_MAX, UsageError

    if not unit.strip():
        raise UsageError("arsip_pulihkan_unit_kosong")
    if versi is None:
        raise UsageError("arsip_pulihkan_perlu_versi")
    if not 1 <= versi <= VERSI_MAX:
        raise UsageError("cli_versi_tidak_sah", versi=versi, max=VERSI_MAX)
    year = state.year()
    with open_store(state, create=False) as store:
        event = store.restore(unit, year, versi)
    if event is None:
        state.say("arsip_pulihkan_sudah_berlaku", unit=unit.upper(), tahun=year, versi=versi)
    else:
        state.say(
            "arsip_pulihkan_selesai",
            unit=event.unit,
            tahun=event.tahun,
            versi=event.version,
            lama=event.previous_version or "-",
        )
    if fmt == "json":
        write_stdout(json.dumps(event.to_dict() if event else None, ensure_ascii=False))


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1048576:.1f} MB"


def register(app: typer.Typer) -> None:
    app.command("arsip")(arsip)
    app.command("archive", hidden=True)(arsip)
