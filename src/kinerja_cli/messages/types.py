"""An issue as a type: every issue kode declared once, with all that is known of it.

A kode that an input problem is reported with (``ctx.at``, ``ctx.add``, ``make_issue``, a
number's ``_problem``) is declared in its area's module of this package as the value of its
``MESSAGES`` entry, by :func:`error` or :func:`warning` instead of a plain ``{"id", "en"}``
dict::

    "kolom_ganda": warning(
        True,
        alasan="hanya kolom pertama yang dibaca; ...",
        id="Judul kolom '{kolom}' muncul lebih dari sekali; ...",
        en="Column header '{kolom}' appears more than once; ...",
    ),

The declaration holds the level (``tingkat``), whether the issue can change a score
(``mengubah_nilai``: every error can; a warning as declared, with the reason people read in
docs/validasi.md), the texts in both languages and, derived from them, the message's
parameters. A declaration with an unknown level, an error that claims to change no score, a
warning without its reason, or texts whose placeholders differ is refused when the catalogue
loads. From the declarations follow the catalogue's texts, the severity and score effect of
every issue (:mod:`kinerja_cli.messages.effects`) and the generated parts of
docs/validasi.md (:mod:`kinerja_cli.messages.reference`). (frictionless-py's error classes
are the model: each error type states its ``type``, ``title``, ``description`` and message
``template`` in one class.)

Other messages (labels, command texts, the failures of :class:`kinerja_cli.errors.KinerjaError`)
stay plain ``{"id": ..., "en": ...}`` entries, or entries of the area's TOML file
(``messages/<area>.toml``) where an area has no issue kode: they have no level.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Literal

Tingkat = Literal["error", "warning"]
ERROR: Tingkat = "error"
WARNING: Tingkat = "warning"
LEVELS: tuple[Tingkat, ...] = (ERROR, WARNING)


def placeholders(text: str) -> frozenset[str]:
    """The ``str.format`` placeholders of ``text`` (``{kolom}`` -> ``kolom``)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)


@dataclass(frozen=True, slots=True)
class IssueType:
    """One issue kode: its level, its effect on scores, its texts (id, en) and parameters.

    ``kode`` is the catalogue key the declaration is filed under (set by the catalogue when
    it loads, :data:`kinerja_cli.messages.ISSUE_TYPES`). ``alasan`` (Indonesian, for
    docs/validasi.md) says why a warning can or cannot change a score; errors need none.
    """

    tingkat: Tingkat
    mengubah_nilai: bool
    id: str
    en: str
    alasan: str = ""
    kode: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        where = self.kode or self.id[:40]
        if self.tingkat not in LEVELS:
            raise ValueError(f"issue {where!r}: unknown level {self.tingkat!r} (not {LEVELS})")
        if self.tingkat == ERROR and not self.mengubah_nilai:
            raise ValueError(f"issue {where!r}: an error always keeps its row from a score")
        if self.tingkat == WARNING and not self.alasan.strip():
            raise ValueError(f"issue {where!r}: a warning says why it does (not) change a score")
        if not self.id.strip() or not self.en.strip():
            raise ValueError(f"issue {where!r}: a text is empty")
        if placeholders(self.id) != placeholders(self.en):
            raise ValueError(
                f"issue {where!r}: placeholders differ: id {sorted(placeholders(self.id))}, "
                f"en {sorted(placeholders(self.en))}"
            )

    @property
    def params(self) -> frozenset[str]:
        """The parameters its message takes (the placeholders of both texts)."""
        return placeholders(self.id)

    @property
    def texts(self) -> dict[str, str]:
        """The catalogue entry: ``{"id": ..., "en": ...}``."""
        return {"id": self.id, "en": self.en}


def error(*, id: str, en: str) -> IssueType:
    """An issue kode of level ``error``: the row it marks (or, without a row, the whole
    file) is not scored."""
    return IssueType(ERROR, True, id, en)


def warning(changes_score: bool, *, alasan: str, id: str, en: str) -> IssueType:
    """An issue kode of level ``warning``: its row is still scored; ``changes_score`` says
    whether the score can still differ from what the unit meant, ``alasan`` why."""
    return IssueType(WARNING, changes_score, id, en, alasan)
