"""``kinerja kebutuhan`` (alias ``needs``): development needs from competencies (issue 13)."""

from __future__ import annotations

from typing import Annotated

import typer

from kinerja_cli.cli.common import (
    DataOutputOpt,
    State,
    TanggalOpt,
    UnitsOpt,
    choose,
    command,
    emit,
    format_option,
    output_date,
)
from kinerja_cli.cli.stores import load_needs, load_result, stop_if_no_data
from kinerja_cli.cli.tables import print_text_table

ORDER = 84

FORMATS = ("table", "json", "csv", "xlsx")
SHOWN = 40
"""Gaps printed in the terminal table (all of them in json, csv and xlsx)."""


@command()
def kebutuhan(
    state: State,
    unit: UnitsOpt = None,
    format: Annotated[
        str,
        format_option(
            FORMATS,
            "table (layar, stderr), json atau csv (stdout, atau -o), xlsx (buku kerja, -o "
            "atau KEBUTUHAN-PENGEMBANGAN-<TAHUN>.xlsx).",
        ),
    ] = "table",
    output: DataOutputOpt = None,
    tanggal: TanggalOpt = None,
) -> None:
    """Kebutuhan pengembangan kompetensi dari penyimpanan: per pegawai dan kompetensi
    kesenjangannya (standar jabatan dikurangi level hasil penilaian), prioritasnya (daftar
    pembinaan dulu, lalu kesenjangan 2 level atau lebih, lalu indikator terkait yang
    capaiannya rendah), pelatihan yang disarankan dengan jumlah peserta dan kelas, dan
    catatan (jabatan tanpa standar, pegawai belum dinilai, JP di bawah minimum).

    Kode keluar 0, 1 bila belum ada berkas untuk tahun itu, 2 bila konfigurasi tidak memuat
    kompetensi.

    Contoh: kinerja kebutuhan --format xlsx -o KEBUTUHAN-PENGEMBANGAN-2026.xlsx
    """
    from kinerja_cli.api import (
        NEED_FIELDS,
        UsageError,
        find_unit,
        label,
        need_rows,
        needs_default_name,
        rows_to_csv,
        rows_to_json,
        write_needs_xlsx,
    )

    fmt = choose(format, FORMATS, "--format")
    if fmt == "table" and output is not None:
        raise UsageError("keluaran_o_untuk_berkas")
    cfg = state.config()
    if not cfg.kompetensi:
        raise UsageError("kebutuhan_tanpa_kompetensi", path=str(state.resolved_config_path))
    result = load_result(state, "tahunan")
    chosen = {find_unit(result, u, [c.kode for c in cfg.unit]) for u in unit or []} or None
    needs = load_needs(state, result, chosen)
    assert needs is not None  # the config has competencies (checked above)
    if fmt in ("json", "csv"):
        rows = need_rows(needs)
        emit(
            state,
            rows_to_json(rows) if fmt == "json" else rows_to_csv(rows, NEED_FIELDS),
            output,
            fmt,
        )
    elif fmt == "xlsx":
        stop_if_no_data(state)
        path = write_needs_xlsx(
            needs,
            cfg,
            output or needs_default_name(needs.tahun),
            tanggal=output_date(tanggal),
            lang=state.lang,
        )
        state.say("kebutuhan_ditulis", path=str(path))
    else:
        lang = state.lang
        print_text_table(
            state,
            label("kebutuhan_judul_tabel", lang, tahun=needs.tahun),
            label("kebutuhan_kolom_tabel", lang).split("|"),
            [
                [
                    label(f"kebutuhan_prioritas_{n.prioritas}", lang),
                    n.unit,
                    n.nip,
                    n.nama or "-",
                    f"{n.kompetensi} {n.nama_kompetensi}",
                    str(n.standar),
                    str(n.level),
                    str(n.gap),
                    ", ".join(n.indikator_terkait) or "-",
                ]
                for n in needs.needs[:SHOWN]
            ],
            [False, False, False, False, False, True, True, True, False],
        )
    state.say("kebutuhan_ringkasan", **needs.counts())


def register(app: typer.Typer) -> None:
    app.command("kebutuhan")(kebutuhan)
    app.command("needs", hidden=True)(kebutuhan)
