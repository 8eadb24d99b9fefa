"""Read, validate and store many files: one bad file never stops the batch."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli.model import Issue, Submission, make_issue
from kinerja_cli.store.models import IngestResult, IngestStatus
from kinerja_cli.validate.rules import checking_fingerprint

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.store.core import Store
    from kinerja_cli.validate import Skipped

ProgressCallback = Callable[[int, int, IngestResult], None]
"""``on_progress(done, total, result)``, called after each file."""


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    config: Config,
    *,
    on_progress: ProgressCallback | None = None,
    tahun: int | None = None,
    skipped: list[Skipped] | None = None,
    keep_submissions: bool = False,
    hari_ini: date | None = None,
) -> list[IngestResult]:
    """Validate and store every supported file under ``paths`` (files or folders).

    Files are taken oldest first (by modification time, then name), so the order of receipt
    follows the order the files were saved; which file of a unit is current follows the one
    rule of :func:`kinerja_cli.crossfile.currency_key` (``Tanggal`` of Identitas, then the
    time received), as in ``kinerja validasi``. A file
    whose bytes are already stored is recognised before it is validated again. A file that
    cannot be read from disk gives a ``failed`` result; the batch goes on. ``tahun`` is the
    year files are checked against (default: the config's). A path that does not exist raises
    :class:`~kinerja_cli.errors.InputError` before anything is stored. Files inside folders
    that are not spreadsheets (or are lock files, feedback copies) are appended to ``skipped``.

    ``keep_submissions`` keeps each validated Submission on its result (``result.submission``;
    not for duplicates, which were not validated again): pass them as ``known`` to
    :meth:`Store.current_submissions` to score right after ingesting without rebuilding them.
    It costs the memory of the whole batch, so it is off by default.

    ``hari_ini``: the date the command runs for (``--tanggal`` or today); an e-Kinerja export
    pulled after it is stored with that error, not counted (None: not checked).
    """
    from kinerja_cli.validate import expand_paths

    files = sorted(expand_paths(list(paths), skipped=skipped), key=_age_key)
    total = len(files)
    results: list[IngestResult] = []
    batch = _ingest_batch(store, files, config, tahun=tahun, hari_ini=hari_ini)
    for done, result in enumerate(batch, start=1):
        if not keep_submissions:
            result.submission = None
        results.append(result)
        if on_progress is not None:
            on_progress(done, total, result)
    return results


def _ingest_batch(
    store: Store,
    files: list[Path],
    config: Config,
    *,
    tahun: int | None,
    hari_ini: date | None = None,
) -> Iterator[IngestResult]:
    """:func:`ingest_file` for each of ``files``, in order, with the reading and validating
    done in parallel by the sandbox workers (:func:`~kinerja_cli.validate.batch.iter_validate`)
    while this process stores each file, one transaction each, in the order given.

    First pass: size and sha256 of each file (nothing kept in memory), so that bytes already
    stored, or repeated earlier in the batch, are not validated again. Second pass, in order:
    each file's bytes are read again and must match both that digest and the one the worker
    read; any mismatch (the file changed meanwhile) falls back to :func:`ingest_file`, which
    retries once."""
    from kinerja_cli.validate.batch import iter_validate

    limit = int(config.keamanan.ukuran_berkas_maks_mb * 1024 * 1024)
    checked_with = checking_fingerprint(config)
    facts: list[str | IngestResult] = []
    seen: set[str] = set()
    sent: list[bool] = []
    for path in files:
        digest = _digest(path, str(path), limit)
        facts.append(digest)
        fresh = (
            isinstance(digest, str)
            and digest not in seen
            and not store.settled(digest, checked_with)
        )
        sent.append(fresh)
        if isinstance(digest, str):
            seen.add(digest)
    to_check = [p for p, fresh in zip(files, sent, strict=True) if fresh]
    checked = iter_validate(to_check, config, tahun=tahun, hari_ini=hari_ini)
    try:
        for path, digest, fresh in zip(files, facts, sent, strict=True):
            name = str(path)
            # Every file sent to the workers is taken back, in order, even if unused below.
            submission = next(checked).submission if fresh else None
            if isinstance(digest, IngestResult):
                yield digest
                continue
            data = _read(path, name, limit)
            if isinstance(data, IngestResult):
                yield data
                continue
            now = hashlib.sha256(data).hexdigest()
            if now != digest:
                yield ingest_file(store, path, config, tahun=tahun, hari_ini=hari_ini)
            elif submission is None:
                if store.settled(now, checked_with):
                    yield store.ingest(_placeholder(name, now, len(data)), data)
                else:  # the earlier copy of these bytes was not stored after all
                    yield ingest_file(store, path, config, tahun=tahun, hari_ini=hari_ini)
            elif submission.sha256 == now:
                yield store.ingest(submission, data, checked_fingerprint=checked_with)
            else:
                yield ingest_file(store, path, config, tahun=tahun, hari_ini=hari_ini)
            del data, submission
    finally:
        checked.close()


def ingest_file(
    store: Store,
    path: Path,
    config: Config,
    *,
    display_name: str | None = None,
    tahun: int | None = None,
    hari_ini: date | None = None,
) -> IngestResult:
    """Validate and store one file (see :func:`ingest_paths`)."""
    from kinerja_cli.validate import validate_file

    name = display_name or str(path)
    limit = int(config.keamanan.ukuran_berkas_maks_mb * 1024 * 1024)
    for _attempt in range(2):
        data = _read(path, name, limit)
        if isinstance(data, IngestResult):
            return data
        digest = hashlib.sha256(data).hexdigest()
        if store.settled(digest, checking_fingerprint(config)):
            return store.ingest(_placeholder(name, digest, len(data)), data)
        submission = validate_file(path, config, display_name=name, tahun=tahun, hari_ini=hari_ini)
        if submission.sha256 == digest:
            return store.ingest(submission, data, checked_fingerprint=checking_fingerprint(config))
        # The file changed between our read and the validator's: read both again once.
    return _failed(name, "impor_berkas_berubah")


def _digest(path: Path, name: str, limit: int) -> str | IngestResult:
    """The sha256 of the file's bytes, or the failed result :func:`_read` gives."""
    data = _read(path, name, limit)
    return data if isinstance(data, IngestResult) else hashlib.sha256(data).hexdigest()


def _read(path: Path, name: str, limit: int) -> bytes | IngestResult:
    try:
        size = path.stat().st_size
        if size > limit:
            return _failed(
                name,
                "impor_terlalu_besar",
                ukuran_mb=f"{size / 1048576:.1f}",
                batas_mb=f"{limit / 1048576:g}",
            )
        with open(path, "rb") as fh:
            return fh.read(limit + 1)
    except OSError as exc:
        return _failed(name, "impor_tidak_terbaca", detail=exc.strerror or str(exc))


def _placeholder(name: str, digest: str, size: int) -> Submission:
    """A Submission stand-in for bytes already stored (ingest only checks the sha256)."""
    return Submission(path=name, sha256=digest, size=size, format="")


def _failed(name: str, kode: str, **params: Any) -> IngestResult:
    issue: Issue = make_issue(kode, name, **params)
    return IngestResult(file=name, status=IngestStatus.FAILED, error_count=1, issues=[issue])


def _age_key(path: Path) -> tuple[float, str]:
    try:
        return (os.stat(path).st_mtime, str(path))
    except OSError:
        return (0.0, str(path))
