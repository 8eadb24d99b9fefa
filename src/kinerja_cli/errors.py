"""One family of domain exceptions, caught in one place by the command line.

Every exception carries a message ``kode`` (a key of the message catalogue) and its
parameters, so the CLI renders it in the user's language; ``exit_code`` follows the contract:
2 usage or config error, 3 unreadable input.
"""

from __future__ import annotations

from typing import Any


class KinerjaError(Exception):
    """Base of every error the core raises on purpose."""

    exit_code = 1

    def __init__(self, kode: str, /, **params: Any) -> None:
        self.kode = kode
        self.params = params
        super().__init__(kode, params)

    def message(self, lang: str = "id") -> str:
        from kinerja_cli.messages import render

        return render(self.kode, lang, **self.params)

    def __reduce__(self) -> tuple[Any, ...]:
        # Errors cross process boundaries (sandboxed readers): rebuild from kode and params.
        return (_rebuild, (type(self), self.kode, self.params, dict(self.__dict__)))

    def __str__(self) -> str:  # pragma: no cover - convenience for logs and --debug
        try:
            return self.message("id")
        except Exception:
            return f"{self.kode} {self.params}"


class UsageError(KinerjaError):
    """The user asked for something that cannot be done as asked (exit 2)."""

    exit_code = 2


class ConfigError(KinerjaError):
    """The indicator configuration is missing or wrong (exit 2).

    ``problems`` holds one :class:`ConfigProblem` per mistake found, so all of them can be
    shown at once rather than one per run.
    """

    exit_code = 2

    def __init__(self, kode: str, /, problems: list[ConfigProblem] | None = None, **params: Any):
        super().__init__(kode, **params)
        self.problems = problems or []


class InputError(KinerjaError):
    """An input file cannot be read at all (exit 3)."""

    exit_code = 3


class StoreError(KinerjaError):
    """The local store cannot be opened or written (exit 3)."""

    exit_code = 3


class StoreUnreachable(StoreError):
    """The PostgreSQL server of the store cannot be reached, refuses the login, or went away
    (exit 2: a setting to check, named in the message)."""

    exit_code = 2


def unknown_unit(kode: str, known: list[str]) -> UsageError:
    """THE error of a ``--unit`` (or ``--pulihkan``) code that names no unit (exit 2, in
    every command): the close matches first (``difflib``, case-insensitive), then every code
    known (the config's, and for commands reading the store the units stored)."""
    import difflib

    by_upper = {k.upper(): k for k in known}
    close = difflib.get_close_matches(kode.strip().upper(), list(by_upper), n=3, cutoff=0.6)
    daftar = ", ".join(known) or "-"
    if close:
        return UsageError(
            "cli_unit_tidak_dikenal_saran",
            kode=kode,
            saran=", ".join(by_upper[c] for c in close),
            daftar=daftar,
        )
    return UsageError("cli_unit_tidak_dikenal", kode=kode, daftar=daftar)


class ConfigProblem:
    """One mistake in the config: where (key path and line) and what (catalogue kode)."""

    __slots__ = ("kode", "line", "params", "path")

    def __init__(
        self, path: str, line: int | None, kode: str, params: dict[str, Any] | None = None
    ) -> None:
        self.path = path
        self.line = line
        self.kode = kode
        self.params = params or {}

    def message(self, lang: str = "id") -> str:
        from kinerja_cli.messages import render

        return render(self.kode, lang, **self.params)

    def to_dict(self, lang: str = "id") -> dict[str, Any]:
        """Keys as every JSON output of kinerja names them (product.md): where in English
        (``file``, ``line`` like an issue's ``file``, ``row``), what in the catalogue's words
        (``kode``, ``pesan``)."""
        return {
            "file": self.path,
            "line": self.line,
            "kode": self.kode,
            "pesan": self.message(lang),
        }

    def __repr__(self) -> str:
        return f"ConfigProblem({self.path!r}, line={self.line}, kode={self.kode!r})"


def _rebuild(
    cls: type[KinerjaError], kode: str, params: dict[str, Any], state: dict[str, Any]
) -> KinerjaError:
    err = cls.__new__(cls)
    Exception.__init__(err, kode, params)
    err.__dict__.update(state)
    return err
