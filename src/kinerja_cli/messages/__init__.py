"""The message catalogue: every text shown to a person, keyed by a stable ``kode``.

Each area of the tool keeps its messages in its own module of this package (``config``,
``cli``, ``validation``, ...), as ``MESSAGES = {kode: ...}``: an issue kode as an
:class:`~kinerja_cli.messages.types.IssueType` (``error(...)`` or ``warning(...)``: level,
score effect, texts in both languages, one declaration), every other text as
``{"id": ..., "en": ...}``. They are merged here into :data:`CATALOGUE` (texts) and
:data:`ISSUE_TYPES` (the declarations); a test checks that both languages have the same keys
and placeholders. Placeholders use ``str.format`` syntax: ``"Kolom {kolom} tidak
ditemukan"``; numbers are passed as numbers and formatted for the language when rendered.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import replace
from decimal import Decimal
from typing import Any

from kinerja_cli.messages.types import IssueType

LANGUAGES = ("id", "en")
DEFAULT_LANG = "id"
_NOT_AREAS = frozenset({"types", "effects", "reference"})
"""Modules of this package that hold no messages (and import the catalogue themselves)."""


def _load() -> tuple[dict[str, dict[str, str]], dict[str, IssueType]]:
    texts: dict[str, dict[str, str]] = {}
    issues: dict[str, IssueType] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name in _NOT_AREAS:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for kode, entry in getattr(module, "MESSAGES", {}).items():
            if kode in texts:
                raise RuntimeError(f"message kode {kode!r} defined twice ({info.name})")
            if isinstance(entry, IssueType):
                issues[kode] = replace(entry, kode=kode)
                entry = entry.texts
            texts[kode] = entry
    return texts, issues


CATALOGUE: dict[str, dict[str, str]]
ISSUE_TYPES: dict[str, IssueType]
"""Every issue kode's declaration (level, score effect, texts), in catalogue order."""
CATALOGUE, ISSUE_TYPES = _load()


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


FIXED_RANGE = (1e-6, 1e15)
"""Magnitudes of a float shown in fixed notation (up to 6 decimals, as a cell may hold them,
:func:`kinerja_cli.values.magnitude_ok`); zero too. Outside them a float is shown in
scientific notation (``1e-25``, ``2,5e+20``), which says what fixed notation would hide."""


def format_number(value: float | int | Decimal, lang: str = DEFAULT_LANG) -> str:
    """A number as a message shows it in ``lang``: no thousands separator, no trailing zeros,
    decimal comma in Indonesian and decimal point in English (``99,5`` / ``99.5``).

    An int as is; a Decimal exactly (``1500000``, ``1234,5``); a float to at most 6 decimals
    within :data:`FIXED_RANGE`, else in scientific notation."""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        text = format(value, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    elif value == 0 or FIXED_RANGE[0] <= abs(value) <= FIXED_RANGE[1]:
        text = f"{value:.6f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:g}"
    return text.replace(".", ",") if lang == "id" else text


def _param(key: str, value: Any, lang: str) -> Any:
    from kinerja_cli.safety.text import printable

    if value is None:
        return NONE_SHOWN
    if isinstance(value, str):
        return printable(value, LONG_PARAM_LIMITS.get(key, PARAM_LIMIT))
    if isinstance(value, float | Decimal):
        return format_number(value, lang)
    if isinstance(value, tuple) and len(value) == 2 and all(_is_number(v) for v in value):
        return "-".join(format_number(v, lang) for v in value)  # a range: 80-90
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def render(kode: str, lang: str = DEFAULT_LANG, /, **params: Any) -> str:
    """The message for ``kode`` in ``lang`` (falls back to Indonesian), filled with ``params``.

    Every text parameter is data: control and bidi characters are shown as escapes and long
    values are cut with a mark (:data:`PARAM_LIMIT`, longer for paths and lists), so a
    message is safe on a terminal and in a spreadsheet comment; a None shows as ``-``. A
    float or Decimal parameter is formatted for the language of the text
    (:func:`format_number`: ``99,5`` in Indonesian, ``99.5`` in English), a pair of numbers
    as a range (``80-90``); a text parameter, such as one stored by an earlier version, is
    shown as it is.
    """
    texts = CATALOGUE.get(kode)
    if texts is None:
        raise KeyError(f"unknown message kode {kode!r}")
    if not texts.get(lang):
        lang = DEFAULT_LANG
    template = texts[lang]
    return template.format_map(_Lenient({k: _param(k, v, lang) for k, v in params.items()}))


def has(kode: str) -> bool:
    return kode in CATALOGUE
