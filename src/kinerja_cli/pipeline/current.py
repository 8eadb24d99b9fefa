"""Scoring from the store: the current version of each unit, checked as a whole.

Every command that scores from the store (``rekap``, ``ringkasan``, ``peringkat``) goes
through :func:`score_current`, so what holds for ``kinerja validasi`` over a folder holds for
the scores too:

- a stored file checked with another config than the current one (its config fingerprint
  differs, or was not recorded) is validated again from its stored original bytes, through
  the same sandboxed path as ingest (:func:`~kinerja_cli.validate.batch.iter_validate`); its
  new issues replace the stored ones and its records are the ones the current config reads;
- the rules across units (:func:`kinerja_cli.crossfile.check_units`: a NIP in two units, a
  head of two units) are applied to the current versions of all units together.

Nothing is written to the store: the stored records stay what was validated at ingest.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kinerja_cli.crossfile import check_units
from kinerja_cli.errors import StoreError
from kinerja_cli.model import Issue, KompetensiRecord, ScoreResult, Submission
from kinerja_cli.store.config_year import config_for_year
from kinerja_cli.validate.rules import checking_fingerprint

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.domain import Periode
    from kinerja_cli.model import SourceRow
    from kinerja_cli.scoring.needs import Needs
    from kinerja_cli.store.core import Store


@dataclass(slots=True)
class CheckedCurrent:
    """The current versions of a year, ready to score."""

    submissions: list[Submission]
    """One per unit, ordered by unit code; with the cross-unit issues added."""
    sources: list[SourceRow]
    """The Sumber rows (:meth:`Store.sources`)."""
    rechecked: list[str] = field(default_factory=list)
    """Files validated again because the config changed since they were ingested."""
    conflicts: list[Issue] = field(default_factory=list)
    """The cross-unit issues added (each also in its submission's issues)."""


def checked_current(
    store: Store,
    config: Config,
    tahun: int,
    *,
    known: Mapping[str, Submission] | None = None,
) -> CheckedCurrent:
    """The current version of each unit for ``tahun``, re-validated where the config changed
    since ingest and checked across units. ``known``: Submissions just validated with
    ``config`` (by sha256), used as they are (see :meth:`Store.current_submissions`)."""
    known = known or {}
    subs = store.current_submissions(tahun, known=known)
    fingerprint = checking_fingerprint(config)
    checked_with = store.checked_fingerprints(tahun)
    stale = [
        i
        for i, sub in enumerate(subs)
        if sub.sha256 not in known and checked_with.get(sub.sha256) != fingerprint
    ]
    rechecked: list[str] = []
    if stale:
        fresh = _revalidate(store, config, tahun, [subs[i] for i in stale])
        for i, sub in zip(stale, fresh, strict=True):
            subs[i] = sub
            rechecked.append(sub.path)
    current = []
    for sub in subs:
        unit = config.unit_by_code(sub.kode_unit) if sub.kode_unit else None
        if unit is not None and sub.structural_ok and sub.tahun in (tahun, None):
            current.append((unit.kode, sub))
    conflicts = check_units(current)
    return CheckedCurrent(subs, store.sources(tahun), rechecked, conflicts)


def score_previous(store: Store, current: Config, result: ScoreResult) -> ScoreResult | None:
    """The scores of the period before ``result``'s (:func:`kinerja_cli.scoring.followup.
    previous_period`), with that year's rules (:func:`~kinerja_cli.store.config_year.
    config_for_year`); None when the store holds nothing for it."""
    from kinerja_cli.scoring.followup import previous_period

    year, periode = previous_period(result.tahun, result.periode)
    if year != result.tahun and year not in store.years():
        return None
    cfg = config_for_year(store, year, current)
    if cfg is None:
        return None
    return score_current(store, cfg, year, periode)


def score_current(
    store: Store,
    config: Config,
    tahun: int,
    periode: Periode | str = "tahunan",
    *,
    known: Mapping[str, Submission] | None = None,
) -> ScoreResult | None:
    """Score what the store holds for ``tahun`` (:func:`checked_current`, then
    :func:`kinerja_cli.scoring.score`); None when it holds no counted file for the year.
    ``result.rechecked`` names the files validated again against the changed config."""
    from kinerja_cli.scoring import score

    current = checked_current(store, config, tahun, known=known)
    if not current.submissions:
        return None
    result = score(current.submissions, config, periode, sources=current.sources, tahun=tahun)
    result.rechecked = current.rechecked
    return result


def _revalidate(
    store: Store, config: Config, tahun: int, stale: list[Submission]
) -> list[Submission]:
    """Validate ``stale`` again from their stored original bytes with ``config``, in the
    sandbox workers, under their original names; the same objects' places in the list."""
    from kinerja_cli.validate.batch import iter_validate

    with tempfile.TemporaryDirectory(prefix="kinerja-cek-ulang-") as tmp:
        paths = []
        for i, sub in enumerate(stale):
            path = Path(tmp) / f"{i:05d}.{sub.format or 'xlsx'}"
            path.write_bytes(store.original(sub.sha256))
            paths.append(path)
        out = []
        checked = iter_validate(paths, config, tahun=tahun, display_names=[s.path for s in stale])
        for old, item in zip(stale, checked, strict=True):
            new = item.submission
            if item.refused is None and new.sha256 != old.sha256:
                raise StoreError(
                    "simpan_rusak",
                    path=str(store.path),
                    detail=f"sha256 {old.sha256[:12]} tidak cocok",
                )
            new.sha256 = old.sha256
            new.mtime = old.mtime
            out.append(new)
    return out


def competency_assessments(
    store: Store, config: Config, tahun: int
) -> dict[tuple[str, str], KompetensiRecord]:
    """The valid Kompetensi rows of the current version of each unit, by (unit code, NIP)
    (the first row of a NIP listed twice)."""
    out: dict[tuple[str, str], KompetensiRecord] = {}
    for sub in store.current_submissions(tahun, parts=("kompetensi",)):
        unit = config.unit_by_code(sub.kode_unit or "")
        if unit is None:
            continue
        for rec in sub.kompetensi:
            if rec.valid and rec.nip:
                out.setdefault((unit.kode, rec.nip), rec)
    return out


def needs_from_store(
    store: Store, config: Config, result: ScoreResult, *, units: set[str] | None = None
) -> Needs | None:
    """The development needs of ``result`` from the valid assessments the store holds for its
    year (:func:`kinerja_cli.scoring.needs.compute_needs`); None for a config without
    competencies."""
    if not config.kompetensi:
        return None
    from kinerja_cli.scoring.needs import compute_needs

    return compute_needs(
        config, result, competency_assessments(store, config, result.tahun), units=units
    )


def source_checks(
    store: Store,
    result: ScoreResult,
    config: Config,
    exclusions: Path | None = None,
) -> None:
    """Add to ``result`` what the e-Kinerja exports in the store say about it
    (:mod:`kinerja_cli.scoring.sources`): the Selisih of units scored from a workbook that
    also sent an assessment export, and the coverage of each unit's SKP list with the people
    of the ``exclusions`` file (``pengecualian.csv``, :mod:`kinerja_cli.validate.exclusions`)
    counted apart. The exclusions file's problems and the SKP lists' own issues (a transfer, a
    date that is not one) join ``result.issues``: the coverage is counted from those rows."""
    from kinerja_cli.model import SUMBER_EKINERJA, SUMBER_EKINERJA_SKP
    from kinerja_cli.scoring.sources import coverage, differences

    excluded: dict[str, str] = {}
    if exclusions is not None:
        from kinerja_cli.validate.exclusions import read_exclusions

        excluded, problems = read_exclusions(exclusions, config)
        result.issues.extend(problems)
    exports = store.latest_of_source(result.tahun, SUMBER_EKINERJA)
    lists = store.latest_of_source(result.tahun, SUMBER_EKINERJA_SKP)
    result.selisih = differences(result, exports)
    result.cakupan = coverage(result, lists, excluded)
    result.issues.extend(i for sub in lists for i in sub.issues)
