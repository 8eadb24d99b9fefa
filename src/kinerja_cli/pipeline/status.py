"""Where each unit of the config stands for a year (``kinerja status``): its current version
from the store, checked against the current config and across units."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

from kinerja_cli.crossfile import apply_conflicts, find_conflicts
from kinerja_cli.model import SCORED_SOURCES, SUMBER_EKINERJA_SKP
from kinerja_cli.store.core import EVENT_RESTORE, unit_key
from kinerja_cli.validate.rules import checking_fingerprint

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.store.core import Store
    from kinerja_cli.store.models import StoredVersion


class UnitConflict(TypedDict):
    """A cross-unit conflict of a unit's current version (a NIP also in another unit's
    employees, or head of another unit too)."""

    kode: str
    nip: str
    unit_lain: list[str]


@dataclass(frozen=True, slots=True)
class UnitStatus:
    """Where one unit of the config stands for a year."""

    kode: str
    nama: str | None
    submitted: bool
    """A counted version exists."""
    version: int | None = None
    received_at: str | None = None
    file: str | None = None
    sha256: str | None = None
    error_count: int = 0
    warning_count: int = 0
    versions: int = 0
    """How many files of this unit and year are stored (any state)."""
    not_counted_after: int = 0
    """Files received after the current version (or at all, when none counts) that were
    stored but not counted: the unit tried and needs to fix a structural error."""
    in_config: bool = True
    checked_fingerprint: str | None = None
    """Fingerprint of the config the current version was checked with at ingest (None: not
    recorded, stored by an older kinerja)."""
    template_fingerprint: str | None = None
    """Fingerprint of the config the template of the current version was made from."""
    config_changed: bool = False
    """The current version was checked with another config (or an unrecorded one): scoring
    commands validate it again from its original bytes."""
    template_config_changed: bool = False
    """The current version's template was made from another config than the current one."""
    conflicts: list[UnitConflict] = field(default_factory=list)
    """Cross-unit conflicts of the current version: those rows are not scored until one file
    is corrected."""
    restored_at: str | None = None
    """When the current version was made current again by ``kinerja arsip --pulihkan``
    (UTC, ISO 8601), if it was."""
    sumber: str | None = None
    """Where the current version's scores come from (``templat`` or ``ekinerja``: an
    e-Kinerja assessment export); None when nothing counts."""
    skp_list: str | None = None
    """The unit's latest e-Kinerja SKP list (its file name), if one is stored."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class _YearFacts:
    """What every unit's status of one year is told apart by."""

    fingerprint: str
    """The current config's (template) fingerprint."""
    checking: str
    """The current config's checking fingerprint (:func:`~kinerja_cli.validate.rules.
    checking_fingerprint`)."""
    conflicts: dict[str, list[UnitConflict]]
    conflict_counts: dict[str, tuple[int, int]]
    restored: dict[tuple[str, int | None], str]


def unit_status(store: Store, config: Config, tahun: int) -> list[UnitStatus]:
    """Per unit of the config (in config order), then any other unit found in the store
    for ``tahun``: the current version and its counts, or missing."""
    versions: dict[str, list[StoredVersion]] = {}
    for v in store.history(tahun=tahun):
        if v.unit is not None:
            versions.setdefault(v.unit, []).append(v)
    names = {unit_key(u.kode): (u.kode, u.nama) for u in config.unit}
    conflicts, conflict_counts = unit_conflicts(store, tahun)
    facts = _YearFacts(
        fingerprint=config.fingerprint(),
        checking=checking_fingerprint(config),
        conflicts=conflicts,
        conflict_counts=conflict_counts,
        restored={
            (e.unit, e.version): e.at for e in store.events(tahun=tahun) if e.kind == EVENT_RESTORE
        },
    )
    extra = sorted(k for k in versions if k not in names)
    out = []
    for key in [*names, *extra]:
        assert key is not None
        kode, nama = names.get(key, (key, None))
        out.append(_one_unit(key, kode, nama, versions.get(key, []), key in names, facts))
    return out


def _one_unit(
    key: str,
    kode: str,
    nama: str | None,
    stored: list[StoredVersion],
    in_config: bool,
    facts: _YearFacts,
) -> UnitStatus:
    """The status of one unit from its stored versions of the year."""
    current = next((v for s in SCORED_SOURCES for v in stored if v.current and v.sumber == s), None)
    after = [
        v
        for v in stored
        if not v.counted and (current is None or (v.version or 0) > (current.version or 0))
    ]
    extra_errors, extra_warnings = facts.conflict_counts.get(key, (0, 0))
    return UnitStatus(
        kode=kode,
        nama=nama,
        submitted=current is not None,
        version=current.version if current else None,
        received_at=current.received_at if current else None,
        file=current.file if current else None,
        sha256=current.sha256 if current else None,
        error_count=(current.error_count if current else 0) + extra_errors,
        warning_count=(current.warning_count if current else 0) + extra_warnings,
        versions=len(stored),
        not_counted_after=len(after),
        in_config=in_config,
        checked_fingerprint=current.checked_fingerprint if current else None,
        template_fingerprint=current.fingerprint if current else None,
        config_changed=current is not None and current.checked_fingerprint != facts.checking,
        template_config_changed=current is not None
        and current.fingerprint is not None
        and current.fingerprint != facts.fingerprint,
        conflicts=facts.conflicts.get(key, []),
        restored_at=facts.restored.get((key, current.version)) if current else None,
        sumber=current.sumber if current else None,
        skp_list=next(
            (v.file for v in stored if v.current and v.sumber == SUMBER_EKINERJA_SKP), None
        ),
    )


def unit_conflicts(
    store: Store, tahun: int
) -> tuple[dict[str, list[UnitConflict]], dict[str, tuple[int, int]]]:
    """Unit -> the cross-unit conflicts of its current version (the rule of
    :func:`kinerja_cli.crossfile.find_conflicts`, over the stored employees and heads),
    and unit -> (errors, warnings) those conflicts add to its file: the same issues
    ``validasi`` and the recap's Masalah sheet list, so ``status`` counts them too."""
    current = [
        (key, sub)
        for sub in store.current_submissions(tahun, parts=("pegawai",))
        if (key := unit_key(sub.kode_unit)) is not None
    ]
    out: dict[str, list[UnitConflict]] = {}
    found = find_conflicts(current)
    for conflict in found:
        units = list(dict.fromkeys(conflict.units()))
        for unit in units:
            out.setdefault(unit, []).append(
                UnitConflict(
                    kode=conflict.kode,
                    nip=conflict.nip,
                    unit_lain=[u for u in units if u != unit],
                )
            )
    by_path = {sub.path: key for key, sub in current}
    counts: dict[str, tuple[int, int]] = {}
    for issue in apply_conflicts(found):
        key = by_path.get(issue.file)
        if key is None:
            continue
        errors, warnings = counts.get(key, (0, 0))
        is_error = issue.is_error
        counts[key] = (errors + is_error, warnings + (not is_error))
    return out, counts
