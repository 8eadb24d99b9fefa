"""Click's own usage errors, said in the user's language.

typer parses the command line with click, whose messages are English ("No such option:
--bogus", "Missing argument 'PATHS...'", "Invalid value for '--top'"). The entry point runs
the app with ``standalone_mode=False`` and hands any such error to :func:`explain`, which
renders it from the catalogue (exit 2, like every usage error of kinerja). The exception is
recognised by its class name, so this works whether typer vendors click or depends on it.
"""

from __future__ import annotations

from typing import Any

CLICK_USAGE_ERRORS = frozenset(
    {
        "NoSuchOption",
        "MissingParameter",
        "BadParameter",
        "BadOptionUsage",
        "BadArgumentUsage",
        "UsageError",
    }
)


def is_usage_error(exc: BaseException) -> bool:
    """True for click's usage errors (and their subclasses), except the one that only asks
    for help to be shown (``no_args_is_help``). kinerja's own :class:`UsageError` shares the
    class name but is not click's: it is said by :func:`kinerja_cli.cli.common.guard`."""
    from kinerja_cli.errors import KinerjaError

    if isinstance(exc, KinerjaError):
        return False
    names = {k.__name__ for k in type(exc).__mro__}
    return bool(names & CLICK_USAGE_ERRORS) and "NoArgsIsHelpError" not in names


def lang_of(argv: list[str]) -> str:
    """The ``--lang`` given on the command line (the error may come before it is parsed)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1].strip().lower() == "en" else "id"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1].strip().lower() == "en" else "id"
    return "id"


def debug_of(argv: list[str]) -> bool:
    """Whether ``--debug`` is on the command line (an error may come before it is parsed)."""
    for arg in argv:
        if arg == "--":
            return False
        if arg == "--debug":
            return True
    return False


def _text(exc: Any) -> str:
    """click's own message of ``exc`` (an attribute in click's classes; anything else: its
    ``str``), never raising."""
    message = getattr(exc, "message", None)
    return message if isinstance(message, str) else str(exc)


def explain(exc: Any, lang: str, argv: list[str]) -> list[str]:
    """The lines that tell a person what was wrong on the command line and where to look:
    every kind of click usage error is said from the catalogue (click's English text never
    reaches the user)."""
    from kinerja_cli.messages import render

    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else _command_path(argv)
    kind = type(exc).__name__
    names = {k.__name__ for k in type(exc).__mro__}
    param = getattr(exc, "param", None)
    hint = getattr(exc, "param_hint", None)
    if isinstance(hint, (list, tuple)):
        hint = " / ".join(str(h) for h in hint)
    name = hint or (_param_name(param) if param is not None else None)
    message = _text(exc)
    option = getattr(exc, "option_name", None)
    if kind == "NoSuchOption":
        possibilities = list(getattr(exc, "possibilities", None) or [])
        line = render(
            "cli_opsi_tidak_dikenal_saran" if possibilities else "cli_opsi_tidak_dikenal",
            lang,
            opsi=option,
            saran=", ".join(sorted(possibilities)),
        )
    elif "MissingParameter" in names:
        line = render("cli_parameter_kurang", lang, nama=name or "?")
    elif "BadParameter" in names:
        line = render("cli_nilai_tidak_sah", lang, nama=name or "?", nilai=_value_of(param, argv))
    elif "BadOptionUsage" in names and "does not take a value" in message:
        line = render("cli_opsi_tanpa_nilai", lang, opsi=option or "?")
    elif "BadOptionUsage" in names and "requires" in message:
        line = render("cli_opsi_perlu_nilai", lang, opsi=option or "?")
    elif "BadOptionUsage" in names:
        line = render("cli_opsi_salah_pakai", lang, opsi=option or "?")
    elif "BadArgumentUsage" in names:
        line = render("cli_argumen_salah_pakai", lang)
    elif message.startswith("No such command"):
        word = message.split("'")[1] if "'" in message else message
        line = render("cli_perintah_tidak_dikenal", lang, perintah=word)
    elif message.startswith("Got unexpected extra argument"):
        line = render("cli_argumen_berlebih", lang, detail=message.rsplit("(", 1)[-1][:-1])
    elif message.startswith("Missing command"):
        line = render("cli_perintah_kurang", lang)
    else:
        line = render("cli_penggunaan_salah", lang)
    return [line, render("cli_lihat_bantuan", lang, perintah=command)]


def _command_path(argv: list[str]) -> str:
    """``kinerja COMMAND`` for the command named in ``argv`` (click's option parser raises
    without a context), else ``kinerja``."""
    from kinerja_cli.cli.main import command_of

    word = command_of(argv)
    if word is None or not word.replace("-", "").isalpha() or len(word) > 20:
        return "kinerja"
    return f"kinerja {word}"


def _param_name(param: Any) -> str:
    if getattr(param, "param_type_name", "") == "argument":
        return str(getattr(param, "name", "?")).upper()
    opts = [o for o in getattr(param, "opts", []) if o.startswith("--")]
    return opts[0] if opts else str(getattr(param, "name", "?"))


def _value_of(param: Any, argv: list[str]) -> str:
    """The text typed for ``param`` (the word after its option), or '?' when not found."""
    opts = set(getattr(param, "opts", []) or [])
    for i, arg in enumerate(argv):
        if arg in opts and i + 1 < len(argv):
            return argv[i + 1]
        for opt in opts:
            if arg.startswith(opt + "="):
                return arg.split("=", 1)[1]
    return "?"
