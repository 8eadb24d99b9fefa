"""What every command shares: global options, the resolved state, the stderr console and the
single place where domain errors become messages and exit codes."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Protocol, TypeVar

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from kinerja_cli.config import Config
    from kinerja_cli.safety.paths import WriteFailure
    from kinerja_cli.store.location import StoreLocation

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_INTERNAL = 4

DEFAULT_CONFIG = Path("config") / "indikator.yaml"

# ---- option types shared by the app callback and every command ------------------------------

ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        envvar="KINERJA_CONFIG",
        show_envvar=True,
        help="Berkas konfigurasi indikator (bawaan: config/indikator.yaml).",
        show_default=False,
    ),
]
DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="KINERJA_DB",
        show_envvar=True,
        metavar="FILE|URL",
        help="Penyimpanan: berkas SQLite (bawaan: kinerja.db di samping konfigurasi) atau "
        "alamat PostgreSQL postgresql://pengguna@host:5432/nama_db.",
        show_default=False,
    ),
]
TahunOpt = Annotated[
    int | None,
    typer.Option(
        "--tahun", help="Tahun penilaian (bawaan: tahun di konfigurasi).", show_default=False
    ),
]
QuietOpt = Annotated[
    bool | None,
    typer.Option("--quiet", "-q", help="Hanya tampilkan kesalahan.", show_default=False),
]
LangOpt = Annotated[
    str | None,
    typer.Option("--lang", help="Bahasa pesan: id (bawaan) atau en.", show_default=False),
]


def unit_option(help: str, *, short: bool = False) -> Any:
    """``--unit`` (a unit code; a list where the option's type is one); ``short``: also
    ``-u KODE``, as the commands that write one file per unit of the config spell it."""
    names = ("-u",) if short else ()
    metavar = "KODE" if short else None
    return typer.Option("--unit", *names, metavar=metavar, help=help, show_default=False)


UnitsOpt = Annotated[list[str] | None, unit_option("Hanya unit ini (kode unit; boleh berulang).")]
"""``--unit KODE``, repeatable (``dokumen``, ``pantau``, ``kebutuhan``, ``tren``)."""


def output_option(help: str) -> Any:
    """``--output`` / ``-o``: the file or folder a command writes (its help says which)."""
    return typer.Option("--output", "-o", help=help, show_default=False)


DataOutputOpt = Annotated[Path | None, output_option("Berkas tujuan untuk json atau csv.")]
"""``--output FILE`` of a command whose table goes to stderr and json/csv to stdout or here."""


def paths_argument(help: str, **settings: Any) -> Any:
    """The files or folders of submissions a command reads (``validasi``, ``impor``,
    ``rekap``)."""
    return typer.Argument(help=help, show_default=False, **settings)


def tingkat_option(help: str) -> Any:
    """``--tingkat``: what a listing is of (employees or units; ``peringkat``, ``tren``)."""
    return typer.Option("--tingkat", help=help, show_default=True)


def periode_option(help: str, *, show_default: bool = False) -> Any:
    """``--periode`` / ``-p``: a quarter (TW1..TW4) or the year (``tahunan``)."""
    return typer.Option("--periode", "-p", help=help, show_default=show_default)


PeriodeOpt = Annotated[
    str,
    periode_option(
        "Periode rekap: TW1, TW2, TW3, TW4 (kumulatif sejak TW1) atau tahunan.",
        show_default=True,
    ),
]

_TANGGAL_PRINTED = "tanggal yang dicetak (blok tanda tangan, kepala halaman)"
_TANGGAL_CHECKS = (
    "hari ini untuk pemeriksaan: 'Data ditarik pada' ekspor e-Kinerja tidak boleh sesudahnya"
)


def tanggal_option(*, printed: bool = True, checks: bool = False) -> Any:
    """``--tanggal YYYY-MM-DD`` (read by :func:`output_date`), declared once: the date
    ``printed`` on outputs (signature block, page header), the day that ``checks`` files (no
    e-Kinerja pull date after it), or both; its help says which."""
    uses = " dan ".join(
        text for text, used in ((_TANGGAL_PRINTED, printed), (_TANGGAL_CHECKS, checks)) if used
    )
    return typer.Option(
        "--tanggal",
        help=f"{uses[:1].upper()}{uses[1:]}, YYYY-MM-DD (bawaan: SOURCE_DATE_EPOCH bila ada, "
        "selain itu hari ini).",
        show_default=False,
    )


TanggalOpt = Annotated[str | None, tanggal_option()]
"""``--tanggal`` of a command that prints it (``dokumen``, ``peringkat``, ``kebutuhan``)."""
TanggalPeriksaOpt = Annotated[str | None, tanggal_option(checks=True)]
"""``--tanggal`` of a command that prints it and checks files against it (``validasi``,
``rekap PATH``)."""
HariIniOpt = Annotated[str | None, tanggal_option(printed=False, checks=True)]
"""``--tanggal`` of a command that prints no date but checks dates against today (``impor``)."""


def format_option(choices: Sequence[str], help: str) -> Any:
    """The ``--format`` / ``-f`` option of a command offering ``choices`` (parsed by
    :func:`choose`, the one parser of every choice option)."""
    return typer.Option("--format", "-f", help=help, metavar="|".join(choices), show_default=True)


TABLE_JSON = ("table", "json")
"""The ``--format`` choices of the commands that show a table or give the same data as JSON."""
TableJsonFormatOpt = Annotated[
    str,
    format_option(
        TABLE_JSON, "Keluaran: table (tabel untuk dibaca, di stderr) atau json (data, di stdout)."
    ),
]
"""``--format table|json`` (status, impor, arsip, salin-db), declared once."""


def choose(value: str, choices: Sequence[str], opsi: str) -> str:
    """``value`` (any case, spaces around ignored) when it is one of ``choices``; else a usage
    error (exit 2) naming the option and the choices."""
    key = value.strip().lower()
    if key in choices:
        return key
    from kinerja_cli.errors import UsageError

    raise UsageError(
        "keluaran_pilihan_tidak_dikenal", nilai=value, opsi=opsi, pilihan=", ".join(choices)
    )


DebugOpt = Annotated[
    bool | None,
    typer.Option(
        "--debug",
        help="Tampilkan rincian teknis (traceback) bila terjadi kesalahan.",
        show_default=False,
    ),
]


@dataclass
class State:
    """Options after merging the app-level and command-level values."""

    config_path: Path | None = None
    db_path: str | None = None
    """``--db`` as given (text: a URL keeps its ``//``)."""
    tahun: int | None = None
    quiet: bool = False
    lang: str = "id"
    debug: bool = False
    _config: Config | None = field(default=None, repr=False)
    _config_text: str | None = field(default=None, repr=False)
    _redated_from: int | None = field(default=None, repr=False)
    """The config file's own year when :meth:`config` is that file applied to ``--tahun``."""
    _console: Any = field(default=None, repr=False)
    no_data: bool = field(default=False, repr=False)
    """The store held no file for the year (:func:`kinerja_cli.cli.stores.load_result`): the
    command gives its output, empty, then exits with code 1 (:func:`command`)."""
    unscored_units: set[str] = field(default_factory=set, repr=False)
    """Units a scoring could not score (``skor_unit_gagal``): the command still writes what
    it can, then exits with code 1 (:func:`command`)."""

    @property
    def resolved_config_path(self) -> Path:
        return self.config_path or DEFAULT_CONFIG

    @property
    def resolved_db_path(self) -> StoreLocation:
        """``--db``/``KINERJA_DB`` (a SQLite file or a ``postgresql://`` URL; any other URL
        is a usage error), else ``kinerja.db`` beside the config. ``str()`` of it is what
        messages show (never a password)."""
        if self.db_path is not None:
            from kinerja_cli.store.location import parse_location

            return parse_location(self.db_path)
        return self.resolved_config_path.resolve().parent / "kinerja.db"

    def config(self) -> Config:
        """The config of the year (loaded once): the config file's, or, when ``--tahun`` names
        another year, the config that year was ingested with, kept in the store
        (:meth:`kinerja_cli.store.Store.config_text`), so an earlier year is scored with its
        own rules, from the store alone (the file may be gone). Without a stored config for
        that year the file's rules are used for that year (:meth:`Config.for_year`)."""
        if self._config is None:
            self._config = self._load_config()
        return self._config

    def config_text(self) -> str | None:
        """The text of the config file when :meth:`config` came from it (else None)."""
        self.config()
        return self._config_text

    def _load_config(self) -> Config:
        from kinerja_cli.config import load_config
        from kinerja_cli.errors import KinerjaError

        path = self.resolved_config_path
        try:
            current = load_config(path)
        except KinerjaError:
            stored = self._stored_config() if self.tahun is not None else None
            if stored is None:
                raise
            return stored
        if self.tahun is not None and self.tahun != current.tahun:
            stored = self._stored_config()
            if stored is not None:
                return stored
            self._redated_from = current.tahun
            current = current.for_year(self.tahun)
        try:
            self._config_text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            self._config_text = None
        return current

    def _stored_config(self) -> Config | None:
        """The config kept in the store for ``--tahun``, or None (no store, none kept)."""
        from kinerja_cli.api import Store, config_for_year
        from kinerja_cli.errors import KinerjaError

        db = self.resolved_db_path
        if self.tahun is None or (isinstance(db, Path) and not db.is_file()):
            return None
        try:
            with Store.open(db, create=False) as store:
                return config_for_year(store, self.tahun, None)
        except KinerjaError:
            return None

    def same_year(self, config: Config) -> Config:
        """``config`` when ``--tahun`` is not given or equals its ``tahun``; a usage error
        otherwise (templates and examples are made for the config's year only)."""
        own_year = self._redated_from if self._redated_from is not None else config.tahun
        if self.tahun is not None and self.tahun != own_year:
            from kinerja_cli.errors import UsageError

            raise UsageError(
                "templat_tahun_berbeda",
                tahun=self.tahun,
                tahun_konfigurasi=own_year,
                path=str(self.resolved_config_path),
            )
        return config

    def year(self) -> int:
        """The assessment year: ``--tahun`` when given, else the config's ``tahun``."""
        return self.tahun if self.tahun is not None else self.config().tahun

    @property
    def console(self) -> Console:
        if self._console is None:
            self._console = make_console()
        return self._console

    def msg(self, kode: str, **params: Any) -> str:
        from kinerja_cli.messages import render

        return render(kode, self.lang, **params)

    def say(self, kode: str, **params: Any) -> None:
        """Print a catalogue message for people on stderr (suppressed by --quiet)."""
        if not self.quiet:
            self.console.print(safe_markup(self.msg(kode, **params)))


def output_date(tanggal: str | None) -> date:
    """The date printed on outputs: ``--tanggal YYYY-MM-DD``, else ``SOURCE_DATE_EPOCH`` (UTC
    seconds, as reproducible builds use it), else today. A malformed value is a usage error."""
    from datetime import UTC, datetime

    from kinerja_cli.errors import UsageError

    if tanggal is not None:
        try:
            return date.fromisoformat(tanggal.strip())
        except ValueError:
            raise UsageError("cli_tanggal_tidak_sah", nilai=tanggal) from None
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC).date()
        except (ValueError, OverflowError, OSError):
            raise UsageError("cli_source_date_epoch_tidak_sah", nilai=epoch) from None
    return date.today()


CELL_LIMIT = 80
"""Characters of one value shown in a table cell (names, codes, file names, sheet names)."""
MESSAGE_LIMIT = 10_000
"""Characters of one whole message line (a backstop: each value in it is cut already by the
catalogue's ``render``, see :data:`kinerja_cli.messages.PARAM_LIMIT`)."""


def say_skipped(state: State, skipped: Iterable[Any]) -> None:
    """One dim line per file left out of a folder (``Skipped``: lock file, not a spreadsheet,
    kinerja's own output, unchanged feedback copy), unless ``--quiet``."""
    if state.quiet:
        return
    for skip in skipped:
        state.console.print(safe_markup(state.msg(skip.kode, path=str(skip.path))), style="dim")


def safe_markup(text: object, limit: int | None = MESSAGE_LIMIT) -> str:
    """THE way text reaches the rich console (tables and messages alike): control and bidi
    characters shown as escapes (a raw ESC would reach the terminal), cut to ``limit``
    characters with a mark (``CELL_LIMIT`` for a value in a table cell), and rich markup
    brackets escaped. ``None`` shows as ``-``."""
    from rich.markup import escape

    from kinerja_cli.safety.text import printable

    return escape(printable(redacted("-" if text is None else str(text)), limit))


def redacted(text: str) -> str:
    """``text`` without any password of a store location (:func:`kinerja_cli.store.location.
    redact`); nothing to remove while no location has been read in this process."""
    location = sys.modules.get("kinerja_cli.store.location")
    return location.redact(text) if location is not None else text


def report_failures(state: State, failed: list[WriteFailure]) -> None:
    """Each output of a batch that could not be written, one line each (the others were
    written); the caller exits 1 when there is any."""
    if not failed:
        return
    for f in failed:
        state.console.print(
            safe_markup(
                state.msg("keluaran_gagal_satu", berkas=f.source, alasan=f.message(state.lang))
            ),
            style="red",
        )
    state.console.print(
        safe_markup(state.msg("keluaran_gagal_ringkasan", jumlah=len(failed))), style="red"
    )


def stop_on_failures(state: State, failed: list[WriteFailure]) -> None:
    """:func:`report_failures`, then exit 1 when any output could not be written."""
    report_failures(state, failed)
    if failed:
        raise typer.Exit(EXIT_DATA)


def refuse_output_for_table(fmt: str, output: Path | None) -> None:
    """``-o`` is for a data format (json, csv, xlsx): the table is read on the screen."""
    if fmt == "table" and output is not None:
        from kinerja_cli.errors import UsageError

        raise UsageError("keluaran_o_untuk_berkas")


def known_unit(kode: str, known: Iterable[str]) -> str:
    """``--unit kode`` as ``known`` spells it (any case, spaces around ignored); an unknown
    code is exit 2 with the close matches, as in every command taking ``--unit``."""
    from kinerja_cli.errors import unknown_unit

    known = list(known)
    for k in known:
        if k.upper() == kode.strip().upper():
            return k
    raise unknown_unit(kode, known)


def make_console() -> Console:
    """A rich Console on stderr: colours and width only when stderr is a terminal."""
    from rich.console import Console

    width = os.environ.get("TERMINAL_WIDTH") or os.environ.get("COLUMNS")
    console = Console(
        stderr=True,
        highlight=False,
        soft_wrap=False,
        width=int(width) if width and width.isdigit() else None,
    )
    if not console.is_terminal and not (width and width.isdigit()):
        # Redirected to a file or a pipe: rich would assume 80 columns and break words in
        # table headers ("Predika/t"); a log file reads better a little wider.
        console.width = 120
    return console


def state_from(
    ctx: typer.Context,
    *,
    config: Path | None = None,
    db: str | None = None,
    tahun: int | None = None,
    quiet: bool | None = None,
    lang: str | None = None,
    debug: bool | None = None,
) -> State:
    """Merge command-level options over the app-level ones stored in ``ctx.obj``: a value
    typed on the command line wins wherever it stands (after the command name over before
    it); a value from the environment (``KINERJA_CONFIG``, ``KINERJA_DB``) only when neither
    place has one typed (each level reads the environment for itself, so the command-level
    copy must not win over an app-level value that was typed)."""
    root = ctx.find_root()
    base: State = root.obj if isinstance(root.obj, State) else State()

    def merged(name: str, own: Any, app: Any) -> Any:
        if own is None or (_from_env(ctx, name) and not _from_env(root, name)):
            return app
        return own

    st = State(
        config_path=merged("config", config, base.config_path),
        db_path=merged("db", db, base.db_path),
        tahun=merged("tahun", tahun, base.tahun),
        quiet=merged("quiet", quiet, base.quiet),
        lang=(merged("lang", lang, None) or base.lang or "id").lower(),
        debug=merged("debug", debug, base.debug),
    )
    if st.lang not in ("id", "en"):
        from kinerja_cli.messages import render

        make_console().print(render("cli_bahasa_tidak_dikenal", "id", lang=st.lang))
        raise typer.Exit(EXIT_USAGE)
    return st


def _from_env(ctx: Any, name: str) -> bool:
    """Whether the value of option ``name`` in ``ctx`` came from its environment variable
    (click's ``ParameterSource.ENVIRONMENT``, told by name: typer vendors click)."""
    source = ctx.get_parameter_source(name)
    return source is not None and source.name == "ENVIRONMENT"


COMMON_OPTIONS: dict[str, Any] = {
    "config": ConfigOpt,
    "db": DbOpt,
    "tahun": TahunOpt,
    "quiet": QuietOpt,
    "lang": LangOpt,
    "debug": DebugOpt,
}
"""The options every command accepts (also before the command name, on the app), declared
once; :func:`command` adds them to a command's signature."""


def command(*, config: bool = True, db: bool = True, tahun: bool = True) -> Callable[[F], F]:
    """Make ``func(state, **own_options)`` a typer command: its signature gains the context
    and the common options (``--config``, ``--db`` and ``--tahun`` where the command uses
    them; ``--quiet``, ``--lang`` and ``--debug`` always), and the call runs with the merged
    :class:`State` inside :func:`guard` (domain errors become messages and exit codes). A
    command module declares only its own options."""
    uses = {"config": config, "db": db, "tahun": tahun}
    names = [n for n in COMMON_OPTIONS if uses.get(n, True)]

    def decorate(func: F) -> F:
        import functools
        import typing

        @functools.wraps(func)
        def run(ctx: typer.Context, **kwargs: Any) -> Any:
            common = {n: kwargs.pop(n, None) for n in names}
            state = state_from(ctx, **common)
            with guard(state):
                check_tahun(state.tahun)
                check_path_lengths([*kwargs.values(), state.config_path, _db_file(state)])
                out = func(state, **kwargs)
                if state.unscored_units or state.no_data:  # written what it could: still
                    raise typer.Exit(EXIT_DATA)  # a data problem (or nothing stored yet)
                return out

        del run.__wrapped__  # typer must read the signature below, not the function's own
        return typing.cast(F, with_common_options(run, func, names))

    return decorate


def with_common_options(
    target: F, func: Callable[..., Any], names: Sequence[str], *, first: bool = False
) -> F:
    """``target`` with the signature typer reads: ``ctx``, the parameters of ``func`` (but
    ``state`` and ``ctx``) and the common options ``names`` (after them, or ``first``: before
    them, as the app lists its own), each declared once in :data:`COMMON_OPTIONS`."""
    import inspect
    import typing

    hints = typing.get_type_hints(func, include_extras=True)
    own = [
        p.replace(annotation=hints.get(p.name, p.annotation))
        for p in inspect.signature(func).parameters.values()
        if p.name not in ("state", "ctx") and p.kind is not inspect.Parameter.VAR_KEYWORD
    ]
    kind = inspect.Parameter.KEYWORD_ONLY
    common = [inspect.Parameter(n, kind, default=None, annotation=COMMON_OPTIONS[n]) for n in names]
    params = [
        inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context),
        *(common + own if first else own + common),
    ]
    target.__signature__ = inspect.Signature(params, return_annotation=None)  # type: ignore[attr-defined]
    target.__annotations__ = {p.name: p.annotation for p in params} | {"return": None}
    return target


def check_tahun(tahun: int | None) -> None:
    """``--tahun`` (before or after the command name) is an assessment year kinerja knows
    (:data:`kinerja_cli.domain.TAHUN_MIN` to ``TAHUN_MAX``, as the config's ``tahun``);
    a usage error (exit 2) otherwise, before anything is read or stored."""
    from kinerja_cli.domain import TAHUN_MAX, TAHUN_MIN, tahun_in_range

    if tahun is not None and not tahun_in_range(tahun):
        from kinerja_cli.errors import UsageError

        raise UsageError("cli_tahun_di_luar_rentang", tahun=tahun, min=TAHUN_MIN, max=TAHUN_MAX)


NAME_MAX = 255
"""Bytes of one part of a path (Linux, macOS, Windows alike)."""
PATH_MAX = 4096
"""Bytes of a whole path (Linux)."""


def check_path_lengths(values: Iterable[object]) -> None:
    """Every file or folder given on the command line (a :class:`Path` option or argument,
    or a list of them) fits the file system: each part at most :data:`NAME_MAX` bytes, the
    whole under :data:`PATH_MAX`; a usage error (exit 2) before anything is read or written
    otherwise (it was an ``OSError: File name too long``, exit 4)."""
    for value in values:
        for item in value if isinstance(value, list | tuple) else [value]:
            if isinstance(item, Path) and _too_long(item):
                from kinerja_cli.errors import UsageError

                raise UsageError("cli_nama_terlalu_panjang", path=str(item))


def _too_long(path: Path) -> bool:
    return len(os.fsencode(path)) >= PATH_MAX or any(
        len(os.fsencode(part)) > NAME_MAX for part in path.parts
    )


def _db_file(state: State) -> Path | None:
    """``--db`` when it names a file, told apart from a URL by the one rule
    (:meth:`State.resolved_db_path`): a value that is refused (a libpq ``key=value`` string,
    a scheme without ``//``) is that usage error here, before its length is looked at, so
    the value (which may hold a password) is never repeated as a file name."""
    if not state.db_path:
        return None
    where = state.resolved_db_path
    return where if isinstance(where, Path) else None


@contextlib.contextmanager
def guard(state: State) -> Iterator[None]:
    """The one place domain errors become messages and exit codes. ``--debug`` adds the
    traceback on stderr after the message and changes nothing else: the exit code is the
    same with or without it (README, "Kode keluar")."""
    from kinerja_cli.errors import ConfigError, KinerjaError

    try:
        yield
    except (typer.Exit, typer.Abort):
        raise
    except KinerjaError as exc:
        console = state.console
        console.print(safe_markup(exc.message(state.lang)), style="bold red")
        if isinstance(exc, ConfigError):
            for p in exc.problems:
                where = f"baris {p.line}" if state.lang == "id" else f"line {p.line}"
                loc = f"{p.path} ({where})" if p.line else p.path
                console.print(safe_markup(f"  - {loc}: {p.message(state.lang)}"))
        if state.debug:
            print_traceback(exc)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except BrokenPipeError:
        # `kinerja peringkat --format json | head`: the reader left; not an internal error.
        # Point stdout at devnull so the interpreter's final flush does not fail again.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None
    except Exception as exc:
        if isinstance(exc, OSError) and exc.errno == errno.ENAMETOOLONG:
            # a name built from a given one (a folder plus a file name) that is too long
            state.console.print(
                safe_markup(state.msg("cli_nama_terlalu_panjang", path=exc.filename)),
                style="bold red",
            )
            if state.debug:
                print_traceback(exc)
            raise typer.Exit(EXIT_USAGE) from None
        say_internal_error(state.lang, exc)
        if state.debug:
            print_traceback(exc)
        raise typer.Exit(EXIT_INTERNAL) from None


def say_internal_error(lang: str, exc: BaseException) -> None:
    """The one line said of an unexpected exception (exit 4), on stderr."""
    from kinerja_cli.messages import render

    make_console().print(
        safe_markup(render("cli_kesalahan_internal", lang, detail=f"{type(exc).__name__}: {exc}")),
        style="bold red",
    )


def print_traceback(exc: BaseException) -> None:
    """``--debug``: the traceback of ``exc`` on stderr, as text (never markup), after the
    message, without any password (:func:`redacted`); the exit code does not change."""
    import traceback

    text = redacted("".join(traceback.format_exception(exc)))
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(text if text.endswith("\n") else text + "\n")
        sys.stderr.flush()


class ProgressUpdate(Protocol):
    def __call__(
        self, done: int, total: int | None = None, description: str | None = None
    ) -> None: ...


@contextlib.contextmanager
def progress_bar(
    state: State, description: str, total: int | None = None
) -> Iterator[ProgressUpdate]:
    """A transient progress bar on stderr, only when it is a terminal and not ``--quiet``.

    Yields ``update(done, total=None, description=None)``; without a terminal it is a no-op,
    so a command prints its own one line per item either way (``state.say`` lines appear
    above the bar). ``total`` may be unknown at first and given with a later update.
    """
    if state.quiet or not state.console.is_terminal:
        yield lambda done, total=None, description=None: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=state.console,
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=total)

        def update(done: int, total: int | None = None, description: str | None = None) -> None:
            fields: dict[str, Any] = {"completed": done}
            if total is not None:
                fields["total"] = total
            if description is not None:
                fields["description"] = description
            bar.update(task, **fields)

        yield update


@contextlib.contextmanager
def progress_each(
    state: State, description: str, total: int, said: Callable[[int, int, T], None]
) -> Iterator[Callable[[int, int, T], None]]:
    """The ``on_progress(done, total, item)`` of a writer of ``total`` files: the bar of
    :func:`progress_bar` moves, and ``said`` prints the line of each file."""
    with progress_bar(state, description, total) as update:

        def on_progress(done: int, all_: int, item: T) -> None:
            update(done)
            said(done, all_, item)

        yield on_progress


def emit(state: State, text: str, output: Path | None, fmt: str) -> None:
    """json or csv ``text`` to stdout, or into ``output`` (a csv with a BOM, so Excel reads
    names with diacritics as UTF-8), saying where it went."""
    if output is None:
        write_stdout(text)
        return
    from kinerja_cli.api import atomic_write_text

    atomic_write_text(output, text, encoding="utf-8-sig" if fmt == "csv" else "utf-8")
    state.say("cli_berkas_ditulis", path=str(output))


def write_stdout(text: str) -> None:
    """Data goes to stdout, untouched by rich (no wrapping, no markup).

    A reader that stops early (``kinerja peringkat --format csv | head``) is not an error: the
    rest of the output is dropped quietly, as other command-line tools do.
    """
    try:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None
