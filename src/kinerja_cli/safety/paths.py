"""Untrusted values never become path components.

A unit code, a NIP, a name, a sheet name or the file's own name all come from a file a dinas
sent (or from the store, which keeps what such files said). Any of them may be
``../../etc``, an absolute path, ``C:\\x``, ``CON``, a NUL, a right-to-left override, a
newline or 300 characters. Every output path made from such a value is built here:

- :func:`safe_name`: one file or folder name from an untrusted value: characters other than
  letters, digits, marks and a few harmless ASCII signs become ``_``, a Windows device name
  (``CON``, ``NUL``, ``COM1``...) gets a ``_`` in front, leading dots and trailing dots and
  spaces go; when anything changed (or the name had to be cut to fit ``NAME_MAX`` bytes), a
  short hash of the original value is added, so two different values never share a name.
- :func:`safe_file_name`: the same for a file name, keeping its extension (``v1-<name>``,
  ``<stem>-UMPAN-BALIK.xlsx``).
- :func:`unit_component`: a unit code in the config (a validated identifier) stays as it is;
  any other code becomes ``_LAIN-<slug>~<hash>``; no code, ``_TANPA-UNIT``.
- :func:`employee_file_name`: ``<NIP>-<NAMA><ext>`` for per-employee documents: the NIP only
  when it passed the NIP rules, else a slug plus hash; the name always as a slug.
- :func:`inside`: join safe components under an output folder, resolve, and refuse a result
  that is not inside that folder (a symlink in it pointing elsewhere) before anything is
  written.

The one rule for every file kinerja writes (issue 26): :func:`contained` gives the real path a
file will be written at, its folders *and the file name itself* resolved (symlinks followed),
and refuses one that is not inside the real output folder (``keluaran_di_luar_folder``). Every
writer goes through :func:`kinerja_cli.atomic.atomic_path`, which calls it with the output
folder of the command (``-o DIR``, ``--umpan-balik``, ``--ekspor``, ``contoh DIR``, ``init
DIR``) or, for a single ``-o FILE``, the folder of that file; a symlink that stays inside the
folder is followed. :func:`output_folder` refuses an output folder that is a file (or lies under
one) before anything is written, and :func:`write_error` turns what the operating system said
(``OSError``) into a message in the user's language (no permission, read-only medium, disk
full, a file where a folder should be, path too long).

Nothing here touches the disk except :func:`inside`, :func:`contained` and
:func:`output_folder` (``Path.resolve``, ``stat``).
"""

from __future__ import annotations

import errno
import hashlib
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kinerja_cli.errors import KinerjaError, UsageError

__all__ = [
    "NAME_MAX",
    "NO_UNIT",
    "WriteFailure",
    "contained",
    "employee_file_name",
    "inside",
    "is_safe_component",
    "output_folder",
    "safe_file_name",
    "safe_name",
    "short_hash",
    "unique_names",
    "unit_component",
    "write_error",
]

NAME_MAX = 255
"""Bytes (UTF-8) in one file name on the usual file systems (ext4, NTFS, APFS)."""
HASH_LEN = 8
NO_UNIT = "_TANPA-UNIT"
"""Folder of stored files that name no unit."""
OTHER_UNIT = "_LAIN-"
"""Prefix of the folder of a unit code that is not in the config."""
UNIT_MAX = 60
"""Bytes of a unit folder name made from an unknown code (slug, hash and prefix included)."""

_ALLOWED_ASCII = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,()+&'!#~[]{}=@$%"
)
_RESERVED = re.compile(r"(?i)^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,10}$")


def short_hash(value: str) -> str:
    """The first :data:`HASH_LEN` hex digits of the sha256 of ``value`` (as UTF-8)."""
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_LEN]


def _char_ok(ch: str) -> bool:
    if ch in _ALLOWED_ASCII:
        return True
    if ord(ch) < 0x80:
        return False
    # letters, digits and combining marks of any script; no symbols, separators, format or
    # control characters (slash look-alikes such as U+2215 and U+FF0F are symbols/punctuation)
    return unicodedata.category(ch)[0] in "LNM"


def _clean(text: str) -> str:
    out = "".join(ch if _char_ok(ch) else "_" for ch in text)
    out = out.strip(" ").rstrip(". ")
    if out.startswith("."):
        out = "_" + out[1:]
    if _RESERVED.match(out):
        out = "_" + out
    return out


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _cut(text: str, max_bytes: int) -> str:
    """``text`` cut on a character boundary to at most ``max_bytes`` UTF-8 bytes."""
    if max_bytes <= 0:
        return ""
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded) <= max_bytes:
        return text
    return encoded[:max_bytes].decode("utf-8", "ignore")


def is_safe_component(name: str, max_bytes: int = NAME_MAX) -> bool:
    """True when ``name`` can be used as one file or folder name as it is: no separator,
    control, bidi or other unsafe character, not ``.``/``..``, no leading dot, no trailing
    dot or space, no Windows device name, at most ``max_bytes`` bytes."""
    return bool(name) and _clean(name) == name and _utf8_len(name) <= max_bytes


def safe_name(
    value: str,
    *,
    prefix: str = "",
    suffix: str = "",
    hashed: bool = False,
    hash_of: str | None = None,
    max_bytes: int = NAME_MAX,
) -> str:
    """``prefix + slug(value) [+ "~" + hash] + suffix``: one safe file or folder name.

    ``prefix`` and ``suffix`` are the caller's own text (``"v3-"``, ``".xlsx"``). The hash (of
    ``hash_of``, default ``value``) is added when the slug differs from ``value``, when the
    name had to be cut to fit ``max_bytes``, or when ``hashed`` is asked for (a value that is
    not a validated identifier); so a name made from an unsafe value never equals one made from
    another value.
    """
    if not is_safe_component(prefix + "x" + suffix):
        raise ValueError(f"unsafe prefix or suffix: {prefix!r} {suffix!r}")
    slug = _clean(value)
    tag = "~" + short_hash(value if hash_of is None else hash_of)
    with_hash = hashed or slug != value or not slug
    room = max_bytes - _utf8_len(prefix) - _utf8_len(suffix)
    if not with_hash and _utf8_len(slug) > room:
        with_hash = True
    if with_hash:
        slug = (_cut(slug, room - len(tag)).rstrip(". ") or "_") + tag
    name = prefix + slug + suffix
    if not is_safe_component(name, max_bytes):  # e.g. a prefix that makes a device name
        name = _clean(name)
    assert is_safe_component(name, max_bytes), name
    return name


def safe_file_name(
    name: str,
    *,
    prefix: str = "",
    suffix: str | None = None,
    hashed: bool = False,
    hash_of: str | None = None,
    max_bytes: int = NAME_MAX,
) -> str:
    """A safe name for a file called ``name`` (the base name only; any folder part is data
    too and becomes ``_``). Its extension is kept unless ``suffix`` replaces it:
    ``safe_file_name("RENCANA-DINKES-2026.xlsx", prefix="v1-")`` is
    ``v1-RENCANA-DINKES-2026.xlsx``; ``safe_file_name("a.ods", suffix="-UMPAN-BALIK.xlsx")``
    is ``a-UMPAN-BALIK.xlsx``."""
    match = _EXTENSION.search(name)
    stem, ext = (name[: match.start()], match.group(0)) if match and match.start() else (name, "")
    return safe_name(
        stem,
        prefix=prefix,
        suffix=ext if suffix is None else suffix,
        hashed=hashed,
        hash_of=name if hash_of is None else hash_of,
        max_bytes=max_bytes,
    )


def unit_component(kode: str | None, known: Collection[str] = ()) -> str:
    """The folder name for unit ``kode``: the code itself (upper case) when it is one of
    ``known`` (the config's codes, validated identifiers) and safe; :data:`NO_UNIT` when there
    is none; else ``_LAIN-<slug>~<hash>`` (never the raw value)."""
    key = (kode or "").strip().upper()
    if not key:
        return NO_UNIT
    if key in {k.strip().upper() for k in known} and is_safe_component(key, UNIT_MAX):
        return key
    return safe_name(key, prefix=OTHER_UNIT, hashed=True, max_bytes=UNIT_MAX)


def employee_file_name(nip: Any, nama: str | None, ext: str, *, max_bytes: int = NAME_MAX) -> str:
    """``<NIP>-<NAMA><ext>`` for a per-employee output (evaluation documents): the NIP as the
    18 digits only when it passed the NIP rules, else a slug plus hash; the name a slug (plus
    hash when it had to change). ``ext`` is the caller's (``".pdf"``)."""
    from kinerja_cli.values import check_nip

    checked = check_nip(nip)
    raw = "" if nip is None else str(nip)
    nip_part = (
        checked.nip if checked.ok and checked.nip else safe_name(raw, hashed=True, max_bytes=60)
    )
    return safe_name(nama or "", prefix=f"{nip_part}-", suffix=ext, max_bytes=max_bytes)


def unique_names(choices: Sequence[Sequence[str]]) -> list[str]:
    """One name per item, unique without regard to case (Windows and macOS folders): each
    item gives its candidate names, best first; every item whose name is shared moves on to
    its next candidate, until no name is shared. The last candidate of each item should be
    unique by construction (e.g. carry the hash of the item's full source path)."""
    level = [0] * len(choices)
    while True:
        names = [c[i] for c, i in zip(choices, level, strict=True)]
        groups: dict[str, list[int]] = {}
        for n, name in enumerate(names):
            groups.setdefault(name.lower(), []).append(n)
        moved = False
        for members in groups.values():
            if len(members) > 1:
                for n in members:
                    if level[n] < len(choices[n]) - 1:
                        level[n] += 1
                        moved = True
        if not moved:
            return names


def inside(root: str | Path, *parts: str) -> Path:
    """``root / parts...``, after checking that every part is one safe name and that the
    resolved result lies inside the resolved ``root`` (:func:`contained`: a symlink inside
    ``root`` pointing elsewhere is refused). Returns the path as joined (for messages); the
    writer resolves it again. Raises :class:`UsageError` ``keluaran_nama_tidak_aman`` or
    ``keluaran_di_luar_folder``."""
    root = Path(root)
    for part in parts:
        if not is_safe_component(part):
            raise UsageError("keluaran_nama_tidak_aman", nama=part, dir=str(root))
    target = root.joinpath(*parts)
    contained(root, target)
    return target


def contained(root: str | Path, target: str | Path) -> Path:
    """The real path ``target`` is written at: every symlink on the way followed, the folders
    and the file name itself (a symlink planted at the file's name is followed too, never
    written through blindly), checked to lie inside the real ``root``. A symlink that stays
    inside ``root`` is fine. A symlink loop, or a result outside ``root`` (or ``root``
    itself), is :class:`UsageError` ``keluaran_di_luar_folder`` naming ``target`` and
    ``root`` as given."""
    refused = UsageError("keluaran_di_luar_folder", path=str(target), dir=str(root))
    try:
        base = Path(root).resolve()
        real = Path(target).resolve()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop (Python 3.11, 3.12)
        raise refused from exc
    if real == base or not real.is_relative_to(base):
        raise refused
    return real


def output_folder(folder: str | Path, kode: str = "keluaran_bukan_folder") -> Path:
    """``folder`` as a Path, checked as a place to write outputs into before anything is
    written: :class:`UsageError` ``kode`` (exit 2) when it, or a folder above it, is an
    existing file (``dokumen -o laporan.pdf`` where ``laporan.pdf`` is a file). A folder that
    does not exist yet is fine (the writer creates it)."""
    folder = Path(folder)
    blocker = _blocking_file(folder)
    if blocker is not None:
        raise UsageError(kode, path=str(blocker))
    return folder


def _blocking_file(folder: Path) -> Path | None:
    """The nearest existing path at or above ``folder`` when it is not a folder (a file, a
    dangling symlink), as the user wrote it where that is ``folder`` itself; else None."""
    for candidate in (folder, *folder.parents):
        try:
            if candidate.is_dir():
                return None
            if candidate.exists() or candidate.is_symlink():
                return candidate
        except OSError:
            return None
    return None


_WRITE_ERRNO = {
    errno.EACCES: "keluaran_tanpa_izin",
    errno.EPERM: "keluaran_tanpa_izin",
    errno.EROFS: "keluaran_hanya_baca",
    errno.ENOSPC: "keluaran_ruang_habis",
    errno.EDQUOT: "keluaran_ruang_habis",
    errno.ENAMETOOLONG: "keluaran_nama_terlalu_panjang",
}
"""What the operating system said, as the catalogue's words (its own text is English)."""


def write_error(target: str | Path, exc: BaseException) -> KinerjaError:
    """The :class:`UsageError` (exit 2) for a failure to write ``target``: a domain error as it
    is; an ``OSError`` by its errno in the user's language (``keluaran_tanpa_izin``,
    ``keluaran_hanya_baca``, ``keluaran_ruang_habis``, ``keluaran_nama_terlalu_panjang``; a
    file where a folder should be is ``keluaran_bukan_folder`` naming that file); anything
    else ``gagal_menulis`` with the system's own words."""
    if isinstance(exc, KinerjaError):
        return exc
    target = Path(target)
    folder = target.parent
    code = exc.errno if isinstance(exc, OSError) else None
    if code in (errno.ENOTDIR, errno.EEXIST):
        blocker = _blocking_file(folder)
        if blocker is not None:
            return UsageError("keluaran_bukan_folder", path=str(blocker))
    if code in _WRITE_ERRNO:
        return UsageError(_WRITE_ERRNO[code], path=str(target), dir=str(folder))
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return UsageError("gagal_menulis", path=str(target), detail=detail)


@dataclass(frozen=True)
class WriteFailure:
    """One output of a batch that could not be written; the others were."""

    source: str
    """What it was made from (a stored file's name, an input path)."""
    target: Path | None
    error: KinerjaError

    def message(self, lang: str = "id") -> str:
        return self.error.message(lang)


def write_failure(source: str, target: Path | None, exc: BaseException) -> WriteFailure:
    """A :class:`WriteFailure` from what a writer raised (a domain error as it is; an
    ``OSError`` as :func:`write_error` words it)."""
    return WriteFailure(source, target, write_error(target or Path(source), exc))
