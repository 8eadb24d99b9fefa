"""``kinerja init``: a ready workspace with the bundled config and the usual folders."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kinerja_cli.atomic import atomic_write_text
from kinerja_cli.config import bundled_config_text
from kinerja_cli.errors import UsageError

README_TEXT = """KINERJA — ruang kerja penilaian kinerja {tahun}
================================================

Isi folder ini:
  config/indikator.yaml   daftar unit dan indikator; sesuaikan dengan instansi Anda
  masuk/                  taruh di sini berkas isian yang dikirim kembali oleh setiap unit
  keluaran/               templat, rekap, dan berkas umpan balik ditulis ke sini

Langkah kerja:
  1. kinerja templat -o keluaran/templat      satu templat per unit, kirim ke unit
  2. kinerja validasi masuk/                  periksa berkas yang kembali, sel demi sel
     kinerja validasi masuk/ --umpan-balik keluaran/umpan-balik
                                              salinan bertanda untuk dikirim balik ke unit
  3. kinerja impor masuk/                     simpan ke kinerja.db (berversi, tidak hilang)
  4. kinerja status                           unit mana yang belum mengirim
  5. kinerja rekap -o keluaran/REKAP.xlsx     rekap berperingkat dan berpredikat

Bantuan setiap perintah: kinerja PERINTAH --help
"""


@dataclass(frozen=True)
class Workspace:
    root: Path
    config: Path
    created: list[Path]


def init_workspace(directory: str | Path, *, overwrite: bool = False) -> Workspace:
    """Create ``config/indikator.yaml`` (the bundled example), ``masuk/``, ``keluaran/`` and
    ``BACA-SAYA.txt`` in ``directory``. An existing config is kept unless ``overwrite``.

    Every folder and file is checked before anything is written: each must lie inside
    ``directory`` once symlinks are followed (:func:`kinerja_cli.safety.paths.contained`),
    and ``directory`` must not be a file; else :class:`UsageError` (exit 2) and nothing is
    written (half a workspace is of no use)."""
    import yaml

    from kinerja_cli.safety.paths import contained, output_folder, write_error

    root = output_folder(directory)
    config_path = root / "config" / "indikator.yaml"
    for folder in (root, root / "config", root / "masuk", root / "keluaran"):
        if folder.exists() and not folder.is_dir():  # a file where a folder is needed
            raise UsageError("cli_init_bukan_folder", path=str(folder))
    readme = root / "BACA-SAYA.txt"
    folders = (root / "config", root / "masuk", root / "keluaran")
    real = {p: contained(root, p) for p in (*folders, config_path, readme)}
    if config_path.exists() and not overwrite:
        raise UsageError("cli_init_sudah_ada", path=str(config_path))
    text = bundled_config_text()
    tahun = yaml.safe_load(text).get("tahun", "")
    created: list[Path] = []
    for folder in (root, *folders):
        if not folder.exists():
            try:
                real.get(folder, folder).mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise write_error(folder, exc) from exc
            created.append(folder)
    atomic_write_text(config_path, text, root=root)
    created.append(config_path)
    if not readme.exists() or overwrite:
        atomic_write_text(readme, README_TEXT.format(tahun=tahun), root=root)
        created.append(readme)
    return Workspace(root=root, config=config_path, created=created)
