"""The ``kinerja`` application: global options and command discovery."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import typer

from kinerja_cli import __version__
from kinerja_cli.cli import common
from kinerja_cli.cli.common import (
    ConfigOpt,
    DbOpt,
    DebugOpt,
    LangOpt,
    QuietOpt,
    State,
    TahunOpt,
)

HELP = """Rekap kinerja ASN dari lembar kerja: templat per unit, validasi per sel, impor,
rekap, ringkasan dan peringkat.

Contoh:

  kinerja init kinerja-2026 && cd kinerja-2026

  kinerja templat -o keluaran/templat

  kinerja validasi masuk/

  kinerja rekap masuk/ --periode tahunan
"""

app = typer.Typer(
    name="kinerja",
    help=HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"kinerja {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def main(
    ctx: typer.Context,
    config: ConfigOpt = None,
    db: DbOpt = None,
    tahun: TahunOpt = None,
    quiet: QuietOpt = None,
    lang: LangOpt = None,
    debug: DebugOpt = None,
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Tampilkan versi lalu keluar."
    ),
) -> None:
    ctx.obj = State(
        config_path=config,
        db_path=db,
        tahun=tahun,
        quiet=bool(quiet),
        lang=(lang or "id").lower(),
        debug=bool(debug),
    )


def _register_commands() -> None:
    import kinerja_cli.cli as pkg

    modules = []
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name.startswith("command_"):
            modules.append(importlib.import_module(f"{pkg.__name__}.{info.name}"))
    for module in sorted(modules, key=lambda m: (getattr(m, "ORDER", 100), m.__name__)):
        module.register(app)


_register_commands()


def run() -> None:
    """Console-script entry point."""
    app(prog_name="kinerja")


__all__ = ["app", "common", "run"]
