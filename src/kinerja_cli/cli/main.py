"""The ``kinerja`` application: global options and command discovery."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from typing import Annotated, Any

import typer

from kinerja_cli import __version__
from kinerja_cli.cli import common
from kinerja_cli.cli.common import COMMON_OPTIONS, State, with_common_options

HELP = """Rekap kinerja ASN dari lembar kerja: templat per unit, validasi per sel, impor,
rekap, ringkasan dan peringkat.

Contoh:

  kinerja init kinerja-2026 && cd kinerja-2026

  kinerja templat -o keluaran/templat

  kinerja validasi masuk/

  kinerja rekap masuk/ --periode tahunan
"""

APP_SETTINGS: dict[str, Any] = {
    "name": "kinerja",
    "help": HELP,
    "no_args_is_help": True,
    "add_completion": False,
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"kinerja {__version__}\n")
        raise typer.Exit(0)


VersionOpt = Annotated[
    bool,
    typer.Option(
        "--version", callback=_version, is_eager=True, help="Tampilkan versi lalu keluar."
    ),
]


def main(ctx: typer.Context, *, version: VersionOpt = False, **common: Any) -> None:
    """The app's callback: every common option (before the command name, as typer reads
    them from the signature :func:`with_common_options` gives it), then ``--version``."""
    ctx.obj = State(
        config_path=common["config"],
        db_path=common["db"],
        tahun=common["tahun"],
        quiet=bool(common["quiet"]),
        lang=(common["lang"] or "id").lower(),
        debug=bool(common["debug"]),
    )


with_common_options(main, main, list(COMMON_OPTIONS), first=True)


_COMMAND_RE = re.compile(r"""app\.command\(\s*["']([^"']+)["']""")
# Options of the app itself that take a value (the command name follows them).
_VALUE_OPTIONS = frozenset({"--config", "--db", "--tahun", "--lang"})


def _command_modules() -> list[str]:
    import kinerja_cli.cli as pkg

    return [
        f"{pkg.__name__}.{info.name}"
        for info in pkgutil.iter_modules(pkg.__path__)
        if info.name.startswith("command_")
    ]


def _register(app: typer.Typer, names: list[str], *, listing: bool = False) -> None:
    modules = [importlib.import_module(name) for name in names]
    target: Any = _Listing(app) if listing else app
    for module in sorted(modules, key=lambda m: (getattr(m, "ORDER", 100), m.__name__)):
        module.register(target)


class _Listing:
    """Stands in for the app in a command module's ``register`` when only the app's own help
    is wanted: each command is registered as a stand-in without parameters that carries the
    real name, options and help text, so listing the commands does not make typer read every
    signature (the real command is built when it is run or its own --help is asked for)."""

    def __init__(self, app: typer.Typer) -> None:
        self.app = app

    def command(self, name: str | None = None, **kwargs: Any) -> Any:
        def record(func: Any) -> Any:
            def stand_in() -> None:  # pragma: no cover - never run: only listed
                raise AssertionError("listing stand-in")

            stand_in.__doc__ = func.__doc__
            stand_in.__name__ = func.__name__
            self.app.command(name, **kwargs)(stand_in)
            return func

        return record


def build_app(command: str | None = None, *, listing: bool = False) -> typer.Typer:
    """The application with every command, or only the module that registers ``command``.

    Typer turns each registered function into a click command (reading its signature and
    type hints) every time the app runs: about 5 ms per command, 0.1 s for all of them. A
    run of one command needs only that one; the full app is kept for ``--help``, the
    tests and anything that does not name a known command. ``listing``: every command as a
    stand-in that only lists it (for ``kinerja --help`` and ``--version``)."""
    app = typer.Typer(**APP_SETTINGS)
    app.callback()(main)
    names = _command_modules()
    if command is not None:
        owner = _module_registering(command, names)
        if owner is not None:
            names = [owner]
    _register(app, names, listing=listing and command is None)
    return app


def _module_registering(command: str, names: list[str]) -> str | None:
    """The command module whose ``register`` names ``command`` (read from its source, so no
    module is imported to find it), or None."""
    import importlib.util

    for name in names:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        if not origin or not origin.endswith(".py"):
            return None
        try:
            with open(origin, encoding="utf-8") as fh:
                found = _COMMAND_RE.findall(fh.read())
        except OSError:
            return None
        if command in found:
            return name
    return None


def command_of(argv: list[str]) -> str | None:
    """The command named on a command line (without the program name), or None when there is
    none or the app's own help or version is asked for first."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("-h", "--help", "--version"):
            return None
        if arg.startswith("-"):
            skip = arg in _VALUE_OPTIONS
            continue
        return arg
    return None


app: typer.Typer
"""Every command (built on first use, by :func:`__getattr__`)."""


def __getattr__(name: str) -> Any:
    # ``app`` (every command) is built on first use: ``run`` builds only what it needs.
    if name == "app":
        full = build_app()
        globals()["app"] = full
        return full
    raise AttributeError(name)


def localise_help_option(command: Any, lang: str) -> None:
    """click writes its own ``-h, --help`` line ("Show this message and exit.") in English:
    say it from the catalogue in ``lang``, for ``command`` and every subcommand."""
    from kinerja_cli.messages import render

    text = render("cli_opsi_bantuan", lang)
    original = command.get_help_option

    def get_help_option(ctx: Any) -> Any:
        option = original(ctx)
        if option is not None:
            option.help = text
        return option

    command.get_help_option = get_help_option
    for sub in getattr(command, "commands", {}).values():
        localise_help_option(sub, lang)


def _redacted_excepthook(kind: Any, value: Any, tb: Any) -> None:
    """The ``--debug`` traceback as the interpreter prints it, without any password."""
    import traceback

    text = "".join(traceback.format_exception(kind, value, tb))
    sys.stderr.write(common.redacted(text))
    sys.stderr.flush()


def run(argv: list[str] | None = None) -> None:
    """Console-script entry point. click's own usage errors are said from the catalogue
    (:mod:`kinerja_cli.cli.usage`) with exit code 2; a domain error that escapes a command's
    :func:`~kinerja_cli.cli.common.guard` (raised while click parses the options) is said
    with its own exit code, anything else is exit 4. ``--debug`` only adds the traceback:
    the exit code is the same with and without it."""
    import typer.main

    from kinerja_cli.cli import usage
    from kinerja_cli.errors import KinerjaError

    sys.excepthook = _redacted_excepthook
    args = sys.argv[1:] if argv is None else argv
    lang = usage.lang_of(args)
    debug = usage.debug_of(args)
    try:
        command = command_of(args)
        app = build_app(command, listing=command is None)
        cli = typer.main.get_command(app)
        localise_help_option(cli, lang)
        code = cli.main(args=args, prog_name="kinerja", standalone_mode=False)
    except Exception as exc:
        kind = type(exc).__name__
        if kind == "NoArgsIsHelpError":
            exc.show()  # type: ignore[attr-defined]
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        if kind == "Abort":
            sys.exit(1)
        console = common.make_console()
        if usage.is_usage_error(exc):
            for line in usage.explain(exc, lang, args):
                console.print(common.safe_markup(line))
            sys.exit(common.EXIT_USAGE)
        if isinstance(exc, KinerjaError):
            console.print(common.safe_markup(exc.message(lang)), style="bold red")
            code = exc.exit_code
        else:
            common.say_internal_error(lang, exc)
            code = common.EXIT_INTERNAL
        if debug:
            common.print_traceback(exc)
        sys.exit(code)
    sys.exit(code if isinstance(code, int) else 0)


__all__ = ["app", "build_app", "common", "run"]
