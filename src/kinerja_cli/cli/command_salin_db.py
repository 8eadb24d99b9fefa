"""``kinerja salin-db SUMBER TUJUAN`` (alias ``copy-db``): a whole store to another backend."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.common import (
    TABLE_JSON,
    State,
    TableJsonFormatOpt,
    choose,
    command,
    write_stdout,
)
from kinerja_cli.cli.tables import make_table, print_table

if TYPE_CHECKING:
    from kinerja_cli.store.location import StoreLocation

ORDER = 75

FORMATS = TABLE_JSON


SumberArg = Annotated[
    str,
    typer.Argument(
        metavar="SUMBER", help="Penyimpanan asal: berkas SQLite atau alamat postgresql://."
    ),
]
TujuanArg = Annotated[
    str,
    typer.Argument(
        metavar="TUJUAN",
        help="Penyimpanan tujuan yang masih kosong: berkas SQLite (dibuat) atau alamat "
        "postgresql:// (database yang sudah dibuat, tanpa isi).",
    ),
]


@command(config=False, db=False, tahun=False)
def salin_db(
    state: State, sumber: SumberArg, tujuan: TujuanArg, format: TableJsonFormatOpt = "table"
) -> None:
    """Salin seluruh penyimpanan ke penyimpanan lain: SQLite ke PostgreSQL atau sebaliknya.

    Semua berkas asli, versi, catatan pemulihan dan konfigurasi setiap tahun ikut, dengan
    nomor yang sama. Tujuan harus kosong; salinan dibuat dalam satu transaksi (gagal = tujuan
    tetap kosong), lalu kedua sisi dibaca ulang dan dibandingkan per tabel: jumlah baris dan
    sidik SHA-256 isinya. Kode keluar 0 bila sama persis.

    Contoh: kinerja salin-db kinerja.db postgresql://kinerja@db.bkd.local:5432/kinerja
    """
    from kinerja_cli.api import Store, StoreError, copy_store, parse_location

    fmt = choose(format, FORMATS, "--format")
    source_at = parse_location(sumber, "SUMBER salin-db")
    target_at = parse_location(tujuan, "TUJUAN salin-db")
    if str(source_at) == str(target_at):
        from kinerja_cli.api import UsageError

        raise UsageError("salin_sama", path=str(source_at))
    _check_paths(source_at, target_at)
    created = _made_for(target_at)
    try:
        with Store.open(source_at, create=False) as source, Store.open(target_at) as target:
            state.say("salin_mulai", sumber=str(source.path), tujuan=str(target.path))
            tables = copy_store(source, target)
    except BaseException as exc:
        # A copy that differs is kept to inspect (its message says so); any other failure
        # removes what this command created, never a store that was there before.
        if not (isinstance(exc, StoreError) and exc.kode == "salin_tidak_sama"):
            _remove(created)
        raise
    if fmt == "json":
        write_stdout(
            json.dumps(
                {
                    "sumber": str(source_at),
                    "tujuan": str(target_at),
                    "tabel": [t.to_dict() for t in tables],
                    "sama": True,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    elif not state.quiet:
        table = make_table(state, "salin_kolom")
        for t in tables:
            table.add_row(t.table, str(t.rows), t.sha256[:16])
        print_table(state, table)
    state.say(
        "salin_selesai",
        berkas=next(t.rows for t in tables if t.table == "submission"),
        tabel=len(tables),
        tujuan=str(target_at),
    )


def _check_paths(source: StoreLocation, target: StoreLocation) -> None:
    """A folder or a missing source, named as the argument the user typed (not ``--db``)."""
    from kinerja_cli.api import StoreError, UsageError

    for at, argumen in ((source, "SUMBER"), (target, "TUJUAN")):
        if isinstance(at, Path) and at.is_dir():
            raise UsageError("salin_bukan_berkas", path=str(at), argumen=argumen)
    if isinstance(source, Path) and not source.exists():
        raise StoreError("salin_sumber_belum_ada", path=str(source))


def _made_for(target: StoreLocation) -> list[Path]:
    """What opening a new SQLite ``target`` creates (its file, the journals beside it, the
    folders made for it, deepest first); empty for an existing file or a database."""
    if not isinstance(target, Path) or target.exists() or target.is_symlink():
        return []
    beside = (target.with_name(target.name + tail) for tail in ("", "-wal", "-shm", "-journal"))
    made = [p for p in beside if not p.exists() and not p.is_symlink()]
    folder = target.absolute().parent
    while not folder.exists():
        made.append(folder)
        folder = folder.parent
    return made


def _remove(paths: list[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            if path.is_dir() and not path.is_symlink():
                path.rmdir()  # only when empty
            else:
                path.unlink(missing_ok=True)


def register(app: typer.Typer) -> None:
    app.command("salin-db")(salin_db)
    app.command("copy-db", hidden=True)(salin_db)
