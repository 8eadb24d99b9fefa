"""The message catalogue: every text shown to a person, keyed by a stable ``kode``.

Each area of the tool keeps its messages in its own module of this package (``config``,
``cli``, ``validation``, ...), as ``MESSAGES = {kode: {"id": ..., "en": ...}}``. They are
merged here; a test checks that both languages have the same keys and placeholders.
Placeholders use ``str.format`` syntax: ``"Kolom {kolom} tidak ditemukan"``.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

LANGUAGES = ("id", "en")
DEFAULT_LANG = "id"


def _load() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for kode, texts in getattr(module, "MESSAGES", {}).items():
            if kode in merged:
                raise RuntimeError(f"message kode {kode!r} defined twice ({info.name})")
            merged[kode] = texts
    return merged


CATALOGUE: dict[str, dict[str, str]] = _load()


PARAM_LIMIT = 200
"""Characters of one text parameter in a message: values from files (a unit code, a name, a
cell's text) may be two million characters long; the raw value stays in the issue's
``nilai`` and in the store."""
LONG_PARAM_LIMITS = {
    "path": 4096,
    "dir": 4096,
    "db": 4096,
    "config": 4096,
    "file": 4096,
    "berkas": 4096,
    "manifest": 4096,
    "daftar": 4000,
    "detail": 1000,
    "alasan": 5000,
}
"""Parameters that are paths (bounded by the file system), lists or whole messages."""
NONE_SHOWN = "-"
"""What a missing (None) parameter shows: the word "None" is never shown to a person."""


class _Lenient(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _param(key: str, value: Any) -> Any:
    from kinerja_cli.safety.text import printable

    if value is None:
        return NONE_SHOWN
    if isinstance(value, str):
        return printable(value, LONG_PARAM_LIMITS.get(key, PARAM_LIMIT))
    return value


def render(kode: str, lang: str = DEFAULT_LANG, /, **params: Any) -> str:
    """The message for ``kode`` in ``lang`` (falls back to Indonesian), filled with ``params``.

    Every text parameter is data: control and bidi characters are shown as escapes and long
    values are cut with a mark (:data:`PARAM_LIMIT`, longer for paths and lists), so a
    message is safe on a terminal and in a spreadsheet comment; a None shows as ``-``.
    """
    texts = CATALOGUE.get(kode)
    if texts is None:
        raise KeyError(f"unknown message kode {kode!r}")
    template = texts.get(lang) or texts[DEFAULT_LANG]
    return template.format_map(_Lenient({k: _param(k, v) for k, v in params.items()}))


def has(kode: str) -> bool:
    return kode in CATALOGUE
