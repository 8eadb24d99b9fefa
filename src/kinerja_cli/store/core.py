"""The store's library API: ingest, current versions, history, status, sources, export.

Every query here is portable SQL run through :class:`~kinerja_cli.store.sqlite.Database`;
nothing in this module knows it talks to SQLite.
"""

from __future__ import annotations

import hashlib
import itertools
import operator
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any

from kinerja_cli.crossfile import currency_key, tanggal_of, tanggal_place
from kinerja_cli.errors import KinerjaError, StoreError, UsageError
from kinerja_cli.model import (
    SCORED_SOURCES,
    Issue,
    SourceRow,
    Submission,
    TemplateMeta,
    make_issue,
)
from kinerja_cli.store import codec, records
from kinerja_cli.store.location import PgLocation, parse_location
from kinerja_cli.store.models import (
    IngestResult,
    IngestStatus,
    StoredVersion,
    VersionEvent,
)
from kinerja_cli.store.records import SUBMISSION, SUBMISSION_COLUMNS, SubmissionRow
from kinerja_cli.store.sqlite import Database

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.safety.paths import WriteFailure
    from kinerja_cli.store.postgres import PgDatabase

    Backend = Database | PgDatabase

_INSERT_SUBMISSION = (
    f"INSERT INTO submission ({', '.join(SUBMISSION.column_names[1:])})"
    f" VALUES ({', '.join('?' for _ in SUBMISSION.column_names[1:])}) RETURNING id"
)
"""A new row of ``submission`` (the database numbers its ``id``)."""
_S_COLUMNS = ", ".join(f"s.{c}" for c in SUBMISSION.column_names)
"""Every column of ``submission`` as ``s`` in a join."""


_LATEST = "counted = 1 AND superseded_by IS NULL"
"""The version that counts for its unit, year and source (``sumber``)."""

_CURRENT = (
    f"{_LATEST} AND sumber IN ({', '.join(repr(s) for s in SCORED_SOURCES)})"
    f" AND NOT (sumber <> '{SCORED_SOURCES[0]}' AND EXISTS (SELECT 1 FROM submission w"
    " WHERE w.unit = submission.unit AND w.tahun = submission.tahun"
    f" AND w.sumber = '{SCORED_SOURCES[0]}' AND w.counted = 1 AND w.superseded_by IS NULL))"
)
"""The one definition of "the version that counts" for its unit and year: the latest of the
unit's kinerja workbooks, or without one its latest e-Kinerja assessment export
(:data:`~kinerja_cli.model.SCORED_SOURCES`)."""


EVENT_RESTORE = "pulihkan"
"""``version_event.kind`` of ``kinerja arsip --pulihkan``."""


@dataclass(frozen=True, slots=True)
class _Current:
    """The current version of a unit, year and source, as a new file of theirs meets it."""

    row: SubmissionRow
    tanggal: str | None
    """Its Identitas ``Tanggal`` (ISO 8601), if any."""

    def outranks(self, submission: Submission, received: datetime) -> bool:
        """Whether this version stays current over ``submission`` received at ``received``
        (the one rule of :func:`kinerja_cli.crossfile.currency_key`)."""
        mine = (codec.parse_date(self.tanggal), codec.parse_datetime(self.row.received_at))
        return currency_key(tanggal_of(submission), received, submission.path) < currency_key(
            *mine, self.row.file_name
        )

    def older_issue(self, submission: Submission, unit: str | None) -> Issue:
        """The warning of ``submission`` stored but not current: its Tanggal is older."""
        tanggal = codec.iso(tanggal_of(submission))
        return make_issue(
            "berkas_tanggal_lebih_lama",
            submission.path,
            **tanggal_place(submission),
            nilai=tanggal,
            unit=unit,
            versi=self.row.version,
            tanggal=tanggal or "-",
            tanggal_berlaku=self.tanggal or "-",
        )


def unit_key(kode: str | None) -> str | None:
    """How a unit code is kept and grouped in the store (case and spaces do not matter)."""
    if kode is None:
        return None
    kode = kode.strip().upper()
    return kode or None


def is_counted(sub: Submission) -> bool:
    """A file counts when it has no structural (file-level) error and names a unit and year."""
    return sub.structural_ok and unit_key(sub.kode_unit) is not None and sub.tahun is not None


class Store:
    """The local store of every file received. Open with :meth:`Store.open` (a context
    manager); one instance per thread."""

    def __init__(self, db: Backend, *, now: Callable[[], datetime] | None = None) -> None:
        self._db = db
        self._now = now or (lambda: datetime.now(UTC))
        self._fault: Callable[[str], None] | None = None
        """Test hook called between the parts of an ingest (to prove all-or-nothing)."""

    @classmethod
    def open(
        cls,
        path: str | Path | PgLocation,
        *,
        busy_timeout: float | None = None,
        create: bool = True,
        now: Callable[[], datetime] | None = None,
        on_wait: Callable[[float], None] | None = None,
    ) -> Store:
        """Open the store at ``path``, a SQLite file or a ``postgresql://`` URL
        (:func:`~kinerja_cli.store.location.parse_location`), created and migrated on first
        use; wait up to ``busy_timeout`` seconds (default
        :data:`~kinerja_cli.store.schema.DEFAULT_BUSY_TIMEOUT`) for another command holding
        the write lock (``on_wait(seconds)`` is called first, once per wait, so the caller can
        say so)."""
        where = path if isinstance(path, PgLocation) else parse_location(path)
        db: Backend
        if isinstance(where, PgLocation):
            from kinerja_cli.store.postgres import PgDatabase

            db = PgDatabase.open(where, busy_timeout=busy_timeout, create=create, on_wait=on_wait)
        else:
            db = Database.open(where, busy_timeout=busy_timeout, create=create, on_wait=on_wait)
        return cls(db, now=now)

    @property
    def path(self) -> Path | str:
        """The SQLite file, or what may be shown of a PostgreSQL URL (no password)."""
        return self._db.path

    def schema_version(self) -> int:
        return self._db.schema_version()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing -----------------------------------------------------------------------------------

    def ingest(
        self, submission: Submission, data: bytes, *, checked_fingerprint: str | None = None
    ) -> IngestResult:
        """Store one validated file with its original bytes, in one transaction.

        ``data`` must be the bytes ``submission`` was read from (same sha256);
        ``checked_fingerprint`` is the fingerprint of the config it was validated with (so a
        later config change is noticed). Returns ``duplicate`` when those bytes are already
        stored (nothing written), otherwise the version it became: ``new``, ``superseding``,
        ``stored-older`` (counted, but its Tanggal is older than the current version's, which
        stays current: :func:`kinerja_cli.crossfile.currency_key`) or ``stored-not-counted``.
        """
        digest = hashlib.sha256(data).hexdigest()
        if submission.sha256 and submission.sha256 != digest:
            raise StoreError("simpan_isi_berbeda", file=submission.path)
        counted = is_counted(submission)
        result = IngestResult(
            file=submission.path,
            status=IngestStatus.NEW,
            sha256=digest,
            unit=unit_key(submission.kode_unit),
            tahun=submission.tahun,
            error_count=submission.error_count,
            warning_count=submission.warning_count,
        )
        with self._db.transaction():
            if self._stored_already(digest, counted, result):
                return result
            result.version, previous = self._versions_of(result.unit, result.tahun, submission)
            received = self._now().astimezone(UTC)
            older = counted and previous is not None and previous.outranks(submission, received)
            row = _new_row(
                submission,
                result,
                size=len(data),
                received_at=received.isoformat(timespec="microseconds"),
                counted=counted,
                superseded_by=previous.row.id if older and previous is not None else None,
                checked_fingerprint=checked_fingerprint,
            )
            sid = self._db.insert(_INSERT_SUBMISSION, astuple(row)[1:])
            self._db.execute(
                "INSERT INTO original (submission_id, data) VALUES (?, ?)", (sid, data)
            )
            self._step("original")
            self._insert_records(sid, submission)
            if older and previous is not None:
                result.status = IngestStatus.OLDER
                result.current_version = previous.row.version
                result.issues = [previous.older_issue(submission, result.unit)]
            elif counted and previous is not None:
                self._db.execute(
                    "UPDATE submission SET superseded_by = ? WHERE id = ?", (sid, previous.row.id)
                )
                result.status = IngestStatus.SUPERSEDING
                result.superseded_version = previous.row.version
            elif not counted:
                result.status = IngestStatus.NOT_COUNTED
                result.issues = [i for i in submission.issues if i.is_error and i.row is None]
            self._step("commit")
        result.submission = submission
        return result

    def _stored_already(self, digest: str, counted: bool, result: IngestResult) -> bool:
        """Whether the bytes of ``digest`` are stored already (``result`` then says so, with
        the stored copy's unit, year, version and counts). The same bytes stored before
        without counting (an unknown unit or unor, since added to the config) are removed
        when they count now, to be stored again in that record's place."""
        existing = self._db.query_one(
            "SELECT unit, tahun, version, error_count, warning_count, counted, id"
            " FROM submission WHERE sha256 = ?",
            (digest,),
        )
        if existing is None:
            return False
        if not existing[5] and counted:
            self._forget(existing[6])
            return False
        result.status = IngestStatus.DUPLICATE
        (
            result.unit,
            result.tahun,
            result.version,
            result.error_count,
            result.warning_count,
        ) = existing[:5]
        return True

    def _versions_of(
        self, unit: str | None, tahun: int | None, submission: Submission
    ) -> tuple[int | None, _Current | None]:
        """The version number a new file of ``unit`` and ``tahun`` gets, and the current
        version of its own source. Versions are numbered per unit and year across sources;
        a file supersedes only the latest of its own source (a workbook never an e-Kinerja
        export). A file without unit or year gets no version."""
        if unit is None or tahun is None:
            return None, None
        top = self._db.query_one(
            "SELECT MAX(version) FROM submission WHERE unit = ? AND tahun = ?", (unit, tahun)
        )
        version = (top[0] if top and top[0] is not None else 0) + 1
        previous = self._db.query_one(
            f"SELECT {_S_COLUMNS}, i.tanggal"
            " FROM submission s LEFT JOIN identitas i ON i.submission_id = s.id"
            " WHERE s.unit = ? AND s.tahun = ? AND s.counted = 1"
            " AND s.superseded_by IS NULL AND s.sumber = ?",
            (unit, tahun, submission.sumber),
        )
        if previous is None:
            return version, None
        return version, _Current(SubmissionRow(*previous[:-1]), previous[-1])

    def _forget(self, sid: int) -> None:
        """Remove a stored file that never counted (no version, nothing points at it)."""
        for table in records.RECORD_TABLES:
            self._db.execute(f"DELETE FROM {table.name} WHERE submission_id = ?", (sid,))
        for name in ("identitas", "original"):
            self._db.execute(f"DELETE FROM {name} WHERE submission_id = ?", (sid,))
        self._db.execute("DELETE FROM submission WHERE id = ? AND counted = 0", (sid,))

    def _insert_records(self, sid: int, sub: Submission) -> None:
        if sub.identitas is not None:
            self._db.insert_rows(
                records.IDENTITAS.name,
                records.IDENTITAS.column_names,
                records.IDENTITAS.write(sid, [sub.identitas]),
            )
        self._step("identitas")
        for table in records.RECORD_TABLES:
            self._db.insert_rows(
                table.name, table.column_names, table.write(sid, getattr(sub, table.attr))
            )
            self._step(table.attr)

    def _step(self, name: str) -> None:
        if self._fault is not None:
            self._fault(name)

    # ---- reading -----------------------------------------------------------------------------------

    def has(self, sha256: str) -> bool:
        """True when a file with these bytes is already stored."""
        return (
            self._db.query_one("SELECT 1 FROM submission WHERE sha256 = ?", (sha256,)) is not None
        )

    def settled(self, sha256: str, checked_with: str) -> bool:
        """True when these bytes are stored and storing them again could change nothing: they
        count, or they were checked with the config of ``checked_with`` (a checking
        fingerprint). A file stored without counting under another config (an unknown unit,
        an e-Kinerja unor not yet named in ``unit[].unor``) is checked again, and stored in
        its place when it now counts (:meth:`ingest`)."""
        row = self._db.query_one(
            "SELECT counted, checked_fingerprint FROM submission WHERE sha256 = ?", (sha256,)
        )
        return row is not None and (bool(row[0]) or row[1] == checked_with)

    def current_submissions(
        self,
        tahun: int,
        *,
        known: Mapping[str, Submission] | None = None,
        parts: tuple[str, ...] | None = None,
    ) -> list[Submission]:
        """The counted current version of each unit for ``tahun``, as the Submissions that
        were ingested (records and issues included), ordered by unit code.

        ``known`` maps sha256 to a Submission the caller already holds (what it just
        ingested, see ``ingest_paths(keep_submissions=True)``): those are returned as they
        are instead of being rebuilt from the tables. ``parts`` loads only some records
        (e.g. ``("pegawai",)`` for the checks across units)."""
        rows = self._submissions(f"tahun = ? AND {_CURRENT} ORDER BY unit", (tahun,))
        known = known or {}
        rebuilt = iter(self._rebuild([r for r in rows if r.sha256 not in known], parts))
        return [known[r.sha256] if r.sha256 in known else next(rebuilt) for r in rows]

    def _submissions(self, where: str, params: Sequence[Any]) -> list[SubmissionRow]:
        """The rows of ``submission`` ``where`` (SQL after ``WHERE``) holds for."""
        return [
            SubmissionRow(*r)
            for r in self._db.query(
                f"SELECT {SUBMISSION_COLUMNS} FROM submission WHERE {where}", params
            )
        ]

    def remember_config(self, config: Config, text: str) -> None:
        """Keep ``text`` (the YAML ``config`` was read from) as the config of its year, so that
        year is scored with its own rules later, from the store alone, even after the file
        changed or a new year's config took its place (:meth:`config_text`). The same text
        again only refreshes when it was last used."""
        import hashlib

        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        now = self._now().astimezone(UTC).isoformat()
        with self._db.transaction():
            found = self._db.query(
                "SELECT 1 FROM config_year WHERE tahun = ? AND sha256 = ?",
                (config.tahun, digest),
            )
            if found:
                self._db.execute(
                    "UPDATE config_year SET recorded_at = ? WHERE tahun = ? AND sha256 = ?",
                    (now, config.tahun, digest),
                )
            else:
                self._db.execute(
                    "INSERT INTO config_year (tahun, sha256, fingerprint, text, recorded_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (config.tahun, digest, config.fingerprint(), text, now),
                )

    def config_text(self, tahun: int) -> str | None:
        """The config text last used for ``tahun`` (:meth:`remember_config`), or None."""
        rows = self._db.query(
            "SELECT text FROM config_year WHERE tahun = ? ORDER BY recorded_at DESC, sha256 LIMIT 1",
            (tahun,),
        )
        return str(rows[0][0]) if rows else None

    def checked_fingerprints(self, tahun: int) -> dict[str, str | None]:
        """sha256 -> fingerprint of the config each current version of ``tahun`` was checked
        with at ingest (None when not recorded: stored by a kinerja before schema 2)."""
        rows = self._db.query(
            f"SELECT sha256, checked_fingerprint FROM submission WHERE tahun = ? AND {_CURRENT}",
            (tahun,),
        )
        return {sha: fp for sha, fp in rows}

    def restore(self, unit: str, tahun: int, version: int) -> VersionEvent | None:
        """Make stored ``version`` of ``unit`` and ``tahun`` current again (``kinerja arsip
        --pulihkan``), in one transaction, recorded as a :class:`VersionEvent`. Returns None
        when it is already current (nothing changes). Only a counted version can be
        current: another one, or a version that does not exist, is a usage error."""
        key = unit_key(unit)
        with self._db.transaction():
            row = self._db.query_one(
                "SELECT id, counted, superseded_by, sumber FROM submission"
                " WHERE unit = ? AND tahun = ? AND version = ?",
                (key, tahun, version),
            )
            if row is None:
                raise UsageError("arsip_versi_tidak_ada", unit=key, tahun=tahun, versi=version)
            sid, counted, superseded_by, sumber = row
            if not counted:
                raise UsageError("arsip_versi_tidak_dihitung", unit=key, tahun=tahun, versi=version)
            if superseded_by is None:
                return None
            previous = self._db.query_one(
                "SELECT id, version FROM submission WHERE unit = ? AND tahun = ?"
                f" AND sumber = ? AND {_LATEST}",
                (key, tahun, sumber),
            )
            self._db.execute("UPDATE submission SET superseded_by = NULL WHERE id = ?", (sid,))
            if previous is not None:
                self._db.execute(
                    "UPDATE submission SET superseded_by = ? WHERE id = ?", (sid, previous[0])
                )
            at = self._now().astimezone(UTC).isoformat(timespec="seconds")
            self._db.execute(
                "INSERT INTO version_event (at, kind, unit, tahun, submission_id, previous_id)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (at, EVENT_RESTORE, key, tahun, sid, previous[0] if previous else None),
            )
        assert key is not None
        return VersionEvent(
            at=at,
            kind=EVENT_RESTORE,
            unit=key,
            tahun=tahun,
            version=version,
            previous_version=previous[1] if previous else None,
        )

    def events(self, *, tahun: int | None = None, unit: str | None = None) -> list[VersionEvent]:
        """Every change of the current version made by hand, oldest first."""
        where, params = _where("e", tahun, unit)
        rows = self._db.query(
            "SELECT e.at, e.kind, e.unit, e.tahun, s.version, p.version FROM version_event e"
            " JOIN submission s ON s.id = e.submission_id"
            " LEFT JOIN submission p ON p.id = e.previous_id" + where + " ORDER BY e.id",
            params,
        )
        return [
            VersionEvent(at=a, kind=k, unit=u, tahun=t, version=v, previous_version=pv)
            for a, k, u, t, v, pv in rows
        ]

    def load(self, sha256: str) -> Submission:
        """One stored file's Submission, by its full sha256 or a unique prefix."""
        return self._rebuild(self._submissions("id = ?", (self._resolve_sha(sha256),)))[0]

    def _rebuild(
        self, rows: list[SubmissionRow], parts: tuple[str, ...] | None = None
    ) -> list[Submission]:
        """Submissions of ``rows``; ``parts`` limits the records loaded (``"iku"``,
        ``"pegawai"``, ``"skp"``, ``"issues"``, ...; Identitas always)."""
        if not rows:
            return []
        subs = {r.id: _submission_of(r) for r in rows}
        tables = [t for t in records.RECORD_TABLES if parts is None or t.attr in parts]
        for chunk in _chunks(list(subs), 500):
            marks = ", ".join("?" for _ in chunk)
            for row in self._db.query(
                f"SELECT submission_id, {records.IDENTITAS.select} FROM identitas "
                f"WHERE submission_id IN ({marks})",
                chunk,
            ):
                subs[row[0]].identitas = records.IDENTITAS.read(row)
            for table in tables:
                rows_of = self._db.query(
                    f"SELECT submission_id, {table.select} FROM {table.name} "
                    f"WHERE submission_id IN ({marks}) ORDER BY submission_id, seq",
                    chunk,
                )
                for sid, group in itertools.groupby(rows_of, key=operator.itemgetter(0)):
                    setattr(subs[sid], table.attr, [table.read(r) for r in group])
        return list(subs.values())

    def history(self, *, tahun: int | None = None, unit: str | None = None) -> list[StoredVersion]:
        """Every stored file (all versions, counted or not), by year, unit and version."""
        where, params = _where("s", tahun, unit)
        rows = self._db.query(
            f"SELECT {_S_COLUMNS}, n.version FROM submission s"
            " LEFT JOIN submission n ON n.id = s.superseded_by"
            + where
            + " ORDER BY s.tahun, s.unit, s.version, s.id",
            params,
        )
        return [_stored_version(SubmissionRow(*r[:-1]), r[-1]) for r in rows]

    def sources(self, tahun: int) -> list[SourceRow]:
        """For the recap's Sumber sheet: exactly the versions :meth:`current_submissions`
        returns, in the same order."""
        return [
            SourceRow(
                unit=r.unit,
                file=r.file_name,
                sha256=r.sha256,
                version=r.version,
                ingested_at=r.received_at,
                fingerprint=r.fingerprint,
                sumber=r.sumber,
                periode_sumber=r.periode_sumber,
            )
            for r in self._submissions(f"tahun = ? AND {_CURRENT} ORDER BY unit", (tahun,))
        ]

    def latest_of_source(self, tahun: int, sumber: str) -> list[Submission]:
        """The latest counted version of each unit for ``tahun`` from one source, scored or
        not (the e-Kinerja assessment exports a workbook outranks, for the Selisih sheet;
        the e-Kinerja SKP lists, for coverage), ordered by unit code."""
        return self._rebuild(
            self._submissions(
                f"tahun = ? AND sumber = ? AND {_LATEST} ORDER BY unit", (tahun, sumber)
            )
        )

    # ---- originals -----------------------------------------------------------------------------------

    def original(self, sha256: str) -> bytes:
        """The bytes of a stored file, exactly as received."""
        row = self._db.query_one(
            "SELECT data FROM original WHERE submission_id = ?", (self._resolve_sha(sha256),)
        )
        assert row is not None
        return bytes(row[0])

    def export_originals(
        self,
        out_dir: str | Path,
        *,
        tahun: int | None = None,
        unit: str | None = None,
        sha256: str | None = None,
        all_versions: bool = False,
        known_units: Collection[str] = (),
        failed: list[WriteFailure] | None = None,
    ) -> list[Path]:
        """Write stored originals to ``out_dir`` byte for byte (atomically), and return the
        paths written.

        By default the current (counted) version of each unit, under its original file name;
        ``all_versions`` writes every stored file as ``<UNIT>-<TAHUN>/v<N>-<name>``; ``sha256`` (full
        or a unique prefix) picks one file. An existing different file is never overwritten.

        Names are data, never paths (:mod:`kinerja_cli.safety.paths`): a unit folder is the
        code only for a unit in ``known_units`` (the config's codes) or one with a counted
        version (checked against the config at ingest); any other code, and any file name that
        is not a safe name as it is, becomes a slug plus a short hash; every target is checked
        to lie inside ``out_dir`` before it is written. With ``failed`` given, a file that
        cannot be written is recorded there and the others are still written; without, the
        first failure is raised.
        """
        from kinerja_cli.atomic import atomic_write_bytes
        from kinerja_cli.safety.paths import contained, inside, output_folder, write_failure

        chosen = self._select_for_export(
            tahun=tahun, unit=unit, sha256=sha256, all_versions=all_versions
        )
        out = output_folder(out_dir)
        known = set(known_units) | self._counted_units()
        plan = _export_names(chosen, nested=all_versions, known=known)
        for v, parts in plan:
            target = out.joinpath(*parts)
            try:
                contained(out, target)
            except UsageError:
                continue  # never read through a symlink out of the folder; refused below
            if target.exists() and (not target.is_file() or _file_sha256(target) != v.sha256):
                raise UsageError("simpan_ekspor_sudah_ada", path=str(target))
        written = []
        for v, parts in plan:
            target = out.joinpath(*parts)
            try:
                target = inside(out, *parts)
                data = self.original(v.sha256)
                if hashlib.sha256(data).hexdigest() != v.sha256:
                    raise StoreError(
                        "simpan_rusak",
                        path=str(self.path),
                        detail=f"sha256 {v.sha256[:12]} tidak cocok",
                    )
                if not target.exists():
                    atomic_write_bytes(target, data, root=out)
            except (KinerjaError, OSError) as exc:
                if failed is None:
                    raise
                failed.append(write_failure(v.file, target, exc))
                continue
            written.append(target)
        return written

    def years(self) -> list[int]:
        """The years the store holds a counted file for, oldest first."""
        rows = self._db.query(
            "SELECT DISTINCT tahun FROM submission WHERE counted = 1 AND tahun IS NOT NULL", ()
        )
        return sorted(int(r[0]) for r in rows)

    def _counted_units(self) -> set[str]:
        """Unit codes with a counted version: each was a unit of the config when ingested."""
        rows = self._db.query("SELECT DISTINCT unit FROM submission WHERE counted = 1", ())
        return {str(r[0]) for r in rows if r[0] is not None}

    def _select_for_export(
        self, *, tahun: int | None, unit: str | None, sha256: str | None, all_versions: bool
    ) -> list[StoredVersion]:
        versions = self.history(tahun=tahun, unit=unit)
        if sha256 is not None:
            sid = self._resolve_sha(sha256)
            return [v for v in versions if v.id == sid]
        return versions if all_versions else [v for v in versions if v.current]

    def _resolve_sha(self, sha256: str) -> int:
        prefix = sha256.strip().lower()
        if len(prefix) < 6 or any(c not in "0123456789abcdef" for c in prefix):
            raise UsageError("simpan_sha_tidak_sah", sha256=sha256)
        rows = self._db.query(
            "SELECT id FROM submission WHERE sha256 >= ? AND sha256 < ?", (prefix, prefix + "g")
        )
        if not rows:
            raise UsageError("simpan_sha_tidak_ada", sha256=sha256)
        if len(rows) > 1:
            raise UsageError("simpan_sha_ganda", sha256=sha256, jumlah=len(rows))
        return int(rows[0][0])


def _new_row(
    submission: Submission,
    result: IngestResult,
    *,
    size: int,
    received_at: str,
    counted: bool,
    superseded_by: int | None,
    checked_fingerprint: str | None,
) -> SubmissionRow:
    """The ``submission`` row of a file about to be stored (``result``: its sha256, unit,
    year and version)."""
    meta = submission.meta
    assert result.sha256 is not None
    return SubmissionRow(
        id=None,
        sha256=result.sha256,
        size=size,
        file_name=submission.path,
        format=submission.format,
        received_at=received_at,
        file_mtime=codec.iso(submission.mtime),
        unit=result.unit,
        tahun=result.tahun,
        fingerprint=meta.fingerprint if meta else None,
        meta_versi=meta.versi if meta else None,
        meta_kode_unit=meta.kode_unit if meta else None,
        meta_tahun=meta.tahun if meta else None,
        counted=int(counted),
        version=result.version,
        superseded_by=superseded_by,
        error_count=submission.error_count,
        warning_count=submission.warning_count,
        checked_fingerprint=checked_fingerprint,
        anchors=codec.encode_anchors(submission.anchors),
        sumber=submission.sumber,
        periode_sumber=submission.periode_sumber,
    )


def _submission_of(row: SubmissionRow) -> Submission:
    """The Submission of a ``submission`` row, without its records."""
    meta = (
        TemplateMeta(
            versi=row.meta_versi,
            kode_unit=row.meta_kode_unit,  # type: ignore[arg-type]
            tahun=row.meta_tahun,  # type: ignore[arg-type]
            fingerprint=row.fingerprint,  # type: ignore[arg-type]
        )
        if row.meta_versi is not None
        else None
    )
    return Submission(
        path=row.file_name,
        sha256=row.sha256,
        size=row.size,
        format=row.format,
        mtime=codec.parse_datetime(row.file_mtime),
        meta=meta,
        anchors=codec.decode_anchors(row.anchors),
        sumber=row.sumber,
        periode_sumber=row.periode_sumber,
    )


def _stored_version(row: SubmissionRow, next_version: int | None) -> StoredVersion:
    """The archive listing's row of a stored file (``next_version``: the version that
    superseded it, if one did)."""
    assert row.id is not None
    return StoredVersion(
        id=row.id,
        unit=row.unit,
        tahun=row.tahun,
        version=row.version,
        file=row.file_name,
        sha256=row.sha256,
        size=row.size,
        format=row.format,
        received_at=row.received_at,
        fingerprint=row.fingerprint,
        counted=bool(row.counted),
        current=bool(row.counted) and row.superseded_by is None,
        superseded_by_version=next_version,
        error_count=row.error_count,
        warning_count=row.warning_count,
        checked_fingerprint=row.checked_fingerprint,
        sumber=row.sumber,
    )


def _where(alias: str, tahun: int | None, unit: str | None) -> tuple[str, list[Any]]:
    """`` WHERE`` clause (or nothing) selecting a year and a unit of table ``alias``."""
    where: list[str] = []
    params: list[Any] = []
    if tahun is not None:
        where.append(f"{alias}.tahun = ?")
        params.append(tahun)
    if unit is not None:
        where.append(f"{alias}.unit = ?")
        params.append(unit_key(unit))
    return (" WHERE " + " AND ".join(where) if where else ""), params


def _chunks(items: list[int | None], size: int) -> Iterable[list[int | None]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _export_names(
    chosen: list[StoredVersion], *, nested: bool, known: Collection[str]
) -> list[tuple[StoredVersion, tuple[str, ...]]]:
    """Each chosen file and its path below the export folder, as safe components: the
    original's base name (whatever folder or OS it came from) when it is a safe name, else a
    slug plus hash; unit folders from :func:`~kinerja_cli.safety.paths.unit_component`."""
    from kinerja_cli.safety.paths import safe_file_name, unit_component

    plan: list[tuple[StoredVersion, tuple[str, ...]]] = []
    used: set[str] = set()
    for v in chosen:
        base = PureWindowsPath(PurePosixPath(v.file).name).name
        folder = unit_component(v.unit, known)
        year = f"-{v.tahun}" if v.tahun is not None else ""
        tag = f"v{v.version}-" if v.version is not None else f"id{v.id}-"
        if nested:
            parts: tuple[str, ...] = (f"{folder}{year}", safe_file_name(base, prefix=tag))
        else:
            name = safe_file_name(base)
            if name.lower() in used:
                name = safe_file_name(base, prefix=f"{folder}{year}-{tag}")
            parts = (name,)
        used.add(parts[-1].lower())
        plan.append((v, parts))
    return plan


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
