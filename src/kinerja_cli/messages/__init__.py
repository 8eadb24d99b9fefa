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


class _Lenient(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(kode: str, lang: str = DEFAULT_LANG, /, **params: Any) -> str:
    """The message for ``kode`` in ``lang`` (falls back to Indonesian), filled with ``params``."""
    texts = CATALOGUE.get(kode)
    if texts is None:
        raise KeyError(f"unknown message kode {kode!r}")
    template = texts.get(lang) or texts[DEFAULT_LANG]
    return template.format_map(_Lenient(params))


def has(kode: str) -> bool:
    return kode in CATALOGUE
