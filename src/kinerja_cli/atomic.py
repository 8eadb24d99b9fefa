"""Atomic output: write to a temp file in the target folder, fsync, then rename into place.

A crash or a kill in the middle of writing leaves the previous file intact, never a half
written workbook. Every writer of the project goes through :func:`atomic_path`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from kinerja_cli.errors import UsageError

NAME_MAX = 255
"""Bytes in one file name on the usual file systems (ext4, NTFS, APFS)."""
_TMP_SPARE = 24
"""Bytes the temp name adds around the target's name: the dot, mkstemp's 8 random characters,
the separating dot and ``.tmp``, with room to spare."""


@contextlib.contextmanager
def atomic_path(target: str | Path, *, root: str | Path | None = None) -> Iterator[Path]:
    """Yield a temp path beside ``target``; on success it replaces ``target`` atomically.

    The caller writes the whole file to the yielded path (``wb.save(tmp)``). On an exception
    the temp file is removed and ``target`` is untouched. A target that is a folder, or a
    folder that cannot be written, is a :class:`UsageError` (exit 2) naming the path, never an
    internal error; the temp name is shortened so any name the file system accepts works.

    ``root`` is the output folder the file belongs in (``-o DIR``; default: the folder of
    ``target`` as given). The file is written at its real path
    (:func:`kinerja_cli.safety.paths.contained`: symlinks of its folders and of its own name
    followed) and only when that lies inside the real ``root``; else ``keluaran_di_luar_folder``
    and nothing is written. Checked again just before the rename.
    """
    from kinerja_cli.safety.paths import contained, write_error

    target = Path(target)
    folder_given = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise UsageError("keluaran_adalah_folder", path=str(target))
    where = folder_given if root is None else Path(root)
    real = contained(where, target)
    folder = real.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{_short_name(real.name)}.", suffix=".tmp", dir=folder
        )
    except OSError as exc:
        raise write_error(target, exc) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    # mkstemp creates 0600; a written output should get the usual permissions (umask applies).
    os.chmod(tmp, 0o666 & ~_current_umask())
    try:
        yield tmp
        if contained(where, target) != real:  # a symlink planted while the file was made
            raise UsageError("keluaran_di_luar_folder", path=str(target), dir=str(where))
        try:
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, real)
        except OSError as exc:
            raise write_error(target, exc) from exc
        with contextlib.suppress(OSError):  # durability of the rename itself (POSIX)
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _short_name(name: str) -> str:
    """``name`` cut (on a character boundary) so the temp name stays within NAME_MAX bytes."""
    room = NAME_MAX - _TMP_SPARE
    encoded = name.encode("utf-8", "surrogateescape")
    if len(encoded) <= room:
        return name
    return encoded[:room].decode("utf-8", "ignore")


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(target: str | Path, data: bytes, *, root: str | Path | None = None) -> Path:
    """``data`` into ``target`` (:func:`atomic_path`; ``root``: the output folder)."""
    with atomic_path(target, root=root) as tmp:
        tmp.write_bytes(data)
    return Path(target)


def atomic_write_text(
    target: str | Path, text: str, encoding: str = "utf-8", *, root: str | Path | None = None
) -> Path:
    """``text`` into ``target`` (:func:`atomic_path`; ``root``: the output folder)."""
    return atomic_write_bytes(target, text.encode(encoding), root=root)
