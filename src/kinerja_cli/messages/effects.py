"""The severity of every issue kode, and which can change a score: read from the declarations.

Each issue kode is declared once, in its area's module of this package, as ``error(...)`` or
``warning(changes_score, alasan=..., ...)`` (:mod:`kinerja_cli.messages.types`); this module
only reads them. An issue never states its severity at the place it is found, so a kode has
one severity everywhere.

An **error** always changes a score: the row it marks is not scored (or, without a row, the
whole file), and the recap lists the employee or unit as incomplete. A **warning** leaves its
row scored; its declaration says whether the score printed in the recap can still differ from
what the unit meant (``True``) or not (``False``), and why. A warning that changes a score
says so in its message (:meth:`kinerja_cli.model.Issue.pesan` appends
``peringatan_mengubah_nilai``) and in every summary that counts warnings (``validasi``,
``rekap``/``ringkasan`` headlines, the recap's Ringkasan sheet), so "tidak memengaruhi nilai"
is never printed while such a warning exists.

A failure message that is no issue kode (a :class:`kinerja_cli.errors.InputError` of a
reader, turned into the one issue of a file it could not read) is an error.
"""

from __future__ import annotations

from kinerja_cli.messages import ISSUE_TYPES
from kinerja_cli.messages.types import ERROR, WARNING, Tingkat

WARNING_CHANGES_SCORE: dict[str, bool] = {
    kode: t.mengubah_nilai for kode, t in ISSUE_TYPES.items() if t.tingkat == WARNING
}
"""Warning kode -> can it change a score (derived from the declarations)."""


def severity(kode: str) -> Tingkat:
    """The declared level of ``kode``; ``error`` for a failure message that is no issue kode."""
    declared = ISSUE_TYPES.get(kode)
    return ERROR if declared is None else declared.tingkat


def changes_score(kode: str, tingkat: str) -> bool:
    """True when an issue of ``kode`` at ``tingkat`` (``error``/``warning``) can change a
    score: every error, and the warnings declared so (or no longer declared: an issue stored
    by an earlier version)."""
    if tingkat != WARNING:
        return True
    return WARNING_CHANGES_SCORE.get(kode, True)
