"""The message catalogue: every text shown to a person, keyed by a stable ``kode``.

Each area of the tool keeps its messages in its own file of this package (``config``,
``cli``, ``validation``, ...). An area that declares issue kodes is a Python module with
``MESSAGES = {kode: ...}``: an issue kode as an :class:`~kinerja_cli.messages.types.IssueType`
(``error(...)`` or ``warning(...)``: level, score effect, texts in both languages, one
declaration), every other text as ``{"id": ..., "en": ...}``. An area of plain texts only is a
TOML file, ``<area>.toml`` (read with :mod:`tomllib`): a label as ``kode = [id, en]``, every
other text as ``kode.id = ...`` and ``kode.en = ...``; an entry without both languages, with
an empty text or with placeholders that differ is refused when the catalogue loads. They are
merged here, areas in name order, into :data:`CATALOGUE` (texts) and :data:`ISSUE_TYPES` (the
declarations); a kode defined twice is refused, and a test checks that both languages have the
same keys and placeholders. Placeholders use ``str.format`` syntax: ``"Kolom {kolom} tidak
ditemukan"``; numbers are passed as numbers and formatted for the language when rendered.
"""

from __future__ import annotations

import importlib
import pkgutil
import tomllib
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from kinerja_cli.messages.types import IssueType, placeholders

LANGUAGES = ("id", "en")
DEFAULT_LANG = "id"
_NOT_AREAS = frozenset({"types", "effects", "reference"})
"""Modules of this package that hold no messages (and import the catalogue themselves)."""


TEXT_SUFFIX = ".toml"
"""The files of this package that hold an area's plain texts (``documents.toml``, ...)."""


def read_texts(text: str, area: str) -> tuple[dict[str, dict[str, str]], frozenset[str]]:
    """The entries of an area's TOML file, in file order, and the kodes written as labels.

    A label is ``kode = ["id text", "en text"]``, every other text ``kode.id = ...`` and
    ``kode.en = ...``. An entry of another shape, without both languages, with an empty text
    or with placeholders that differ raises ``ValueError`` (a kode written twice in one file
    is a TOML error)."""
    texts: dict[str, dict[str, str]] = {}
    labels: set[str] = set()
    for kode, entry in tomllib.loads(text).items():
        where = f"{area}{TEXT_SUFFIX}: {kode!r}"
        if isinstance(entry, list):
            if len(entry) != len(LANGUAGES):
                raise ValueError(f"{where}: a label is [id, en], not {len(entry)} texts")
            entry = dict(zip(LANGUAGES, entry, strict=True))
            labels.add(kode)
        if not isinstance(entry, dict) or sorted(entry) != sorted(LANGUAGES):
            raise ValueError(f"{where}: an entry holds the texts {list(LANGUAGES)} and no more")
        if not all(isinstance(t, str) and t.strip() for t in entry.values()):
            raise ValueError(f"{where}: a text is empty or not a string")
        if placeholders(entry["id"]) != placeholders(entry["en"]):
            raise ValueError(
                f"{where}: placeholders differ: id {sorted(placeholders(entry['id']))}, "
                f"en {sorted(placeholders(entry['en']))}"
            )
        texts[kode] = {lang: entry[lang] for lang in LANGUAGES}
    return texts, frozenset(labels)


def _areas() -> list[tuple[str, dict[str, Any], frozenset[str]]]:
    """Every area in name order: its name, its entries and its label kodes."""
    found: dict[str, tuple[dict[str, Any], frozenset[str]]] = {}
    for path in Path(__file__).parent.glob(f"*{TEXT_SUFFIX}"):
        found[path.stem] = read_texts(path.read_text(encoding="utf-8"), path.stem)
    for info in pkgutil.iter_modules(__path__):
        if info.name in _NOT_AREAS:
            continue
        if info.name in found:
            raise RuntimeError(f"message area {info.name!r} is both a module and a TOML file")
        module = importlib.import_module(f"{__name__}.{info.name}")
        found[info.name] = (getattr(module, "MESSAGES", {}), frozenset())
    return [(name, *found[name]) for name in sorted(found)]


def _load() -> tuple[dict[str, dict[str, str]], dict[str, IssueType], frozenset[str]]:
    texts: dict[str, dict[str, str]] = {}
    issues: dict[str, IssueType] = {}
    labels: set[str] = set()
    for area, entries, area_labels in _areas():
        for kode, entry in entries.items():
            if kode in texts:
                raise RuntimeError(f"message kode {kode!r} defined twice ({area})")
            if isinstance(entry, IssueType):
                issues[kode] = replace(entry, kode=kode)
                entry = entry.texts
            texts[kode] = entry
        labels |= area_labels
    return texts, issues, frozenset(labels)


CATALOGUE: dict[str, dict[str, str]]
ISSUE_TYPES: dict[str, IssueType]
"""Every issue kode's declaration (level, score effect, texts), in catalogue order."""
LABELS: frozenset[str]
"""The kodes written as labels (``kode = [id, en]``): column headers, words, the labels of the
evaluation documents."""
CATALOGUE, ISSUE_TYPES, LABELS = _load()


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
