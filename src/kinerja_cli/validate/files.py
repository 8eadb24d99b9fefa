"""Files and folders: which files to check, and checking one file without ever raising."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kinerja_cli.config import Config, Keamanan
from kinerja_cli.containers import OPENXML, suffixes_of
from kinerja_cli.errors import InputError
from kinerja_cli.formats import SUFFIXES
from kinerja_cli.model import Submission, make_issue
from kinerja_cli.readers.base import RawWorkbook

if TYPE_CHECKING:
    from kinerja_cli.safety import Sandbox

SUPPORTED_SUFFIXES = SUFFIXES
"""The files inside a folder that are read: the suffixes of every registered format's
containers (:data:`kinerja_cli.formats.SUFFIXES`)."""
EXCLUSIONS_FILE = "pengecualian.csv"
"""The e-Kinerja coverage exclusions list (:mod:`kinerja_cli.validate.exclusions`): inside a
folder it is not a unit file; ``kinerja rekap`` reads it from the folders it is given."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file inside a folder that is not checked, and why (a message kode)."""

    path: Path
    kode: str


def _skip_reason(path: Path) -> str | None:
    name = path.name
    if name.startswith("~$") or name.startswith(".~lock."):
        return "lewati_berkas_kunci"
    if name.startswith("."):
        return "lewati_berkas_tersembunyi"
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return "lewati_bukan_lembar_kerja"
    if name.lower() == EXCLUSIONS_FILE:
        return "lewati_daftar_pengecualian"
    return None


def expand_paths(
    paths: Iterable[str | Path],
    *,
    skipped: list[Skipped] | None = None,
    limits: Keamanan | None = None,
) -> list[Path]:
    """The files to check: each file as given, and each folder's files recursively (sorted).

    Inside folders, office lock files (``~$...``, ``.~lock...``), hidden files and folders
    and files that are not spreadsheets are skipped; each is appended to ``skipped`` when
    given. A file named explicitly is checked whatever its name (the reader then says what is
    wrong with it). Our own feedback copies are told by content, wherever they are: an
    unchanged copy is skipped (``lewati_umpan_balik``), an edited one is checked like any
    unit file (:mod:`kinerja_cli.validate.copies`); recaps and ranked lists kinerja wrote are
    skipped (``lewati_keluaran_kinerja``); telling them apart reads the copy within
    ``limits`` (default limits when None). A path that does not exist raises
    :class:`InputError` (exit code 3). The same file named twice is checked once.
    """
    from kinerja_cli.validate.copies import is_kinerja_output

    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key in seen:
            return
        seen.add(key)
        if is_kinerja_output(p):
            if skipped is not None:
                skipped.append(Skipped(p, "lewati_keluaran_kinerja"))
            return
        if unchanged_feedback_copy(p, limits):
            if skipped is not None:
                skipped.append(Skipped(p, "lewati_umpan_balik"))
            return
        out.append(p)

    for given in paths:
        p = Path(given)
        if p.is_dir():
            for child in sorted(_walk(p, skipped), key=lambda c: str(c).lower()):
                add(child)
        elif p.exists():
            add(p)
        else:
            raise InputError("berkas_tidak_ada", path=str(p))
    return out


def unchanged_feedback_copy(path: Path, limits: Keamanan | None = None) -> bool:
    """True when ``path`` is a feedback copy kinerja wrote whose data cells nobody changed.

    Only a file whose workbook part names the marker sheet is read (within ``limits``, in a
    limited worker); a file that cannot be read is not a copy here (the reader reports it)."""
    from kinerja_cli.safety import read_safely
    from kinerja_cli.validate.copies import copy_state, may_be_copy

    if path.suffix.lower() not in suffixes_of(OPENXML) or not may_be_copy(path):
        return False
    try:
        raw = read_safely(path, limits=limits or Keamanan(), display_name=str(path))
    except InputError:
        return False
    state = copy_state(raw)
    return state is not None and state[0] == "unchanged"


def _walk(folder: Path, skipped: list[Skipped] | None) -> list[Path]:
    found: list[Path] = []
    try:
        children = sorted(folder.iterdir(), key=lambda c: c.name.lower())
    except OSError as exc:
        raise InputError(
            "folder_tidak_terbaca", path=str(folder), detail=exc.strerror or str(exc)
        ) from exc
    for child in children:
        if child.is_dir():
            if child.name.startswith("."):
                if skipped is not None:
                    skipped.append(Skipped(child, "lewati_berkas_tersembunyi"))
                continue
            found.extend(_walk(child, skipped))
            continue
        reason = _skip_reason(child)
        if reason is None:
            found.append(child)
        elif skipped is not None:
            skipped.append(Skipped(child, reason))
    return found


def file_facts(path: Path) -> tuple[str, int, datetime | None]:
    """sha256, size and modification time of a file (empty values when it cannot be read)."""
    digest = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
        mtime: datetime | None = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    except OSError:
        return "", 0, None
    return digest.hexdigest(), size, mtime


def failed_submission(path: str | Path, name: str, exc: InputError) -> Submission:
    """The Submission of a file the reader refused: one file-level error with its kode."""
    p = Path(path)
    sha, size, mtime = file_facts(p)
    issue = make_issue(exc.kode, name, **exc.params)
    fmt = p.suffix.lower().lstrip(".") or "?"
    return Submission(path=name, sha256=sha, size=size, format=fmt, mtime=mtime, issues=[issue])


def read_file(
    path: str | Path,
    config: Config,
    *,
    display_name: str | None = None,
    sandbox: Sandbox | None = None,
) -> tuple[RawWorkbook | None, Submission | None]:
    """Read ``path`` within the config's safety limits (pre-flight, then the reader in a
    memory- and time-limited worker): (workbook, None), or (None, a Submission holding the
    refusal). Pass a running :class:`~kinerja_cli.safety.Sandbox` to reuse its worker."""
    from kinerja_cli.safety import read_safely

    name = display_name or str(path)
    try:
        return read_safely(path, limits=config.keamanan, display_name=name, sandbox=sandbox), None
    except InputError as exc:
        return None, failed_submission(path, name, exc)


def validate_file(
    path: str | Path,
    config: Config,
    *,
    display_name: str | None = None,
    tahun: int | None = None,
    sandbox: Sandbox | None = None,
    hari_ini: date | None = None,
) -> Submission:
    """Read and check one file. Never raises for a bad file: an unreadable, encrypted,
    unsupported or hostile file gives a Submission with one file-level error issue carrying
    the reader's kode and message. ``display_name`` is the name shown in issues (default:
    ``path``). ``sandbox``: a running :class:`~kinerja_cli.safety.Sandbox` whose worker is
    reused (a caller checking many files one by one saves starting a worker per file)."""
    from kinerja_cli.validate.workbook import validate_workbook

    raw, failed = read_file(path, config, display_name=display_name, sandbox=sandbox)
    if raw is None:
        assert failed is not None
        return failed
    return validate_workbook(raw, config, tahun=tahun, hari_ini=hari_ini)
