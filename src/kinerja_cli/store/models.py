"""Plain result objects of the store (what the CLI renders and other stages read)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from kinerja_cli.model import Issue, Submission


class IngestStatus(StrEnum):
    NEW = "new"
    """First counted version of its unit and year."""
    DUPLICATE = "duplicate"
    """The same bytes (sha256) were already stored: skipped, nothing written."""
    SUPERSEDING = "superseding"
    """A new counted version: it replaces the previous one, which stays in history."""
    NOT_COUNTED = "stored-not-counted"
    """Stored as received, but a structural error (or no unit/year) keeps it out of the
    recap; it does not replace a counted version."""
    OLDER = "stored-older"
    """Stored and counted, but not current: its ``Tanggal`` in Identitas is older than the
    current version's (the rule of :func:`kinerja_cli.crossfile.currency_key`); the newer
    dated version stays current (``kinerja arsip --pulihkan`` can change that)."""
    FAILED = "failed"
    """Not stored at all: the file could not be read from disk (or was refused as too big)."""


@dataclass(slots=True)
class IngestResult:
    """What happened to one file."""

    file: str
    status: IngestStatus
    sha256: str | None = None
    unit: str | None = None
    tahun: int | None = None
    version: int | None = None
    """The version this file is stored as (for a duplicate: the stored copy's version)."""
    superseded_version: int | None = None
    """For ``superseding``: the version it replaced."""
    current_version: int | None = None
    """For ``stored-older``: the version that stays current."""
    error_count: int = 0
    warning_count: int = 0
    issues: list[Issue] = field(default_factory=list)
    """Issues of this file: the structural ones for ``stored-not-counted``, the reason for
    ``failed``, the older-Tanggal warning for ``stored-older``; empty otherwise (see
    ``kinerja validasi`` or the store for the rest)."""
    submission: Submission | None = field(default=None, repr=False, compare=False)
    """The validated Submission, only when asked for (``ingest_paths(keep_submissions=True)``),
    so a caller that scores right after ingesting need not rebuild it from the store."""

    @property
    def stored(self) -> bool:
        return self.status not in (IngestStatus.FAILED,)

    @property
    def has_errors(self) -> bool:
        return self.status is IngestStatus.FAILED or self.error_count > 0

    def to_dict(self, lang: str = "id") -> dict[str, Any]:
        return {
            "file": self.file,
            "status": self.status.value,
            "sha256": self.sha256,
            "unit": self.unit,
            "tahun": self.tahun,
            "version": self.version,
            "superseded_version": self.superseded_version,
            "current_version": self.current_version,
            "error_count": self.error_count,
            "warning_count": self.warning_count,
            "issues": [i.to_dict(lang) for i in self.issues],
        }


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """One stored file (a row of the archive listing)."""

    id: int
    unit: str | None
    tahun: int | None
    version: int | None
    file: str
    sha256: str
    size: int
    format: str
    received_at: str
    """UTC, ISO 8601."""
    fingerprint: str | None
    counted: bool
    current: bool
    """The counted version the recap uses for its unit and year."""
    superseded_by_version: int | None
    error_count: int
    warning_count: int
    checked_fingerprint: str | None = None
    """Fingerprint of the config the file was checked with at ingest (None: not recorded)."""
    sumber: str = "templat"
    """:data:`~kinerja_cli.model.SUMBER_TEMPLAT` or an e-Kinerja export's source; ``current``
    is the latest counted version of its own source."""

    @property
    def state(self) -> str:
        """``current``, ``superseded`` or ``not-counted``."""
        if not self.counted:
            return "not-counted"
        return "current" if self.current else "superseded"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["state"] = self.state
        return data


@dataclass(frozen=True, slots=True)
class VersionEvent:
    """A change of the current version made by hand (``kinerja arsip --pulihkan``)."""

    at: str
    """UTC, ISO 8601."""
    kind: str
    """``pulihkan``."""
    unit: str
    tahun: int
    version: int | None
    """The version made current."""
    previous_version: int | None
    """The version that was current before."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
