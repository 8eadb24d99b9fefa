"""Evaluation documents as files: print-ready PDF (typst, fonts embedded) and an editable
xlsx form, from the data of :func:`kinerja_cli.writers.document.document_data`.

The page layout is one typst file (``kinerja_cli/data/dokumen.typ``, or the BKD's own copy
given with ``--templat-dokumen``); the words come from the message catalogue as data, so a
designer changes the layout without touching the code and a name from a spreadsheet is
always printed as text (typst never reads data as markup).

Why typst (measured, docs/dokumen.md): 400 one-page documents in about 0.1-0.2 s on one
core, about 0.5 MB per 400 pages with subset fonts, a layout language a designer can read;
reportlab's platypus needed several seconds for the same pages.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from kinerja_cli.atomic import atomic_path, atomic_write_bytes
from kinerja_cli.errors import UsageError

TEMPLATE_NAME = "dokumen.typ"
MAX_TEXT = 300
"""Characters of one text printed from a spreadsheet (a name, a position): longer text is cut
with "…" so a hostile cell cannot push a document over many pages."""


def bundled_template() -> bytes:
    return resources.files("kinerja_cli").joinpath("data", TEMPLATE_NAME).read_bytes()


def _cap(value: Any) -> Any:
    """Every string in ``value`` cut to :data:`MAX_TEXT` characters, recursively."""
    if isinstance(value, str):
        return value if len(value) <= MAX_TEXT else value[: MAX_TEXT - 1] + "…"
    if isinstance(value, dict):
        return {k: _cap(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cap(v) for v in value]
    return value


class PdfTypesetter:
    """One typst compiler (fonts loaded once) for many documents."""

    def __init__(self, template: Path | None = None) -> None:
        import typst

        self._source = template.read_bytes() if template is not None else bundled_template()
        self._name = str(template) if template is not None else TEMPLATE_NAME
        self._compiler = typst.Compiler(ignore_system_fonts=True)
        self._error = typst.TypstError

    def pdf(
        self,
        docs: Sequence[dict[str, Any]],
        *,
        labels: dict[str, str],
        instansi: str,
        footer: str,
        tanggal: date,
    ) -> bytes:
        """One PDF: each document from a new page, the unit's name and "Halaman n dari N" in
        the footer. The creation time is ``tanggal`` (same inputs, same bytes)."""
        data = {"l": labels, "instansi": instansi, "unit": footer, "docs": _cap(list(docs))}
        stamp = datetime(tanggal.year, tanggal.month, tanggal.day, tzinfo=UTC)
        try:
            out = self._compiler.compile(
                input=self._source,
                format="pdf",
                sys_inputs={"data": json.dumps(data, ensure_ascii=False)},
                timestamp=stamp,
                pdf_tags=False,
            )
        except self._error as exc:
            detail = getattr(exc, "message", str(exc))
            raise UsageError("dokumen_templat_gagal", path=self._name, detail=detail) from exc
        assert isinstance(out, bytes)
        return out

    def write(self, target: Path, docs: Sequence[dict[str, Any]], **kwargs: Any) -> Path:
        return atomic_write_bytes(target, self.pdf(docs, **kwargs))


def write_document_xlsx(
    target: Path,
    docs: Sequence[dict[str, Any]],
    *,
    labels: dict[str, str],
    instansi: str,
    lang: str = "id",
    on_document: Callable[[], None] | None = None,
) -> Path:
    """The same documents as an editable workbook: one print-ready sheet (A4 portrait) per
    employee, named by NIP."""
    from kinerja_cli.writers.xlsx import Book

    with atomic_path(target) as tmp:
        book = Book(tmp, kertas="A4", instansi=instansi, judul=labels["judul"], lang=lang)
        used: set[str] = set()
        for doc in docs:
            _sheet(book, _sheet_name(doc, used), _cap(doc), labels)
            if on_document is not None:
                on_document()
        book.close()
    return target


def _sheet_name(doc: dict[str, Any], used: set[str]) -> str:
    base = "".join(ch for ch in doc["pegawai"]["nip"] if ch.isdigit())[:28] or "Pegawai"
    name, n = base, 1
    while name.lower() in used:
        n += 1
        name = f"{base[:27]}-{n}"
    used.add(name.lower())
    return name


def _sheet(book: Any, name: str, d: dict[str, Any], words: dict[str, str]) -> None:
    from kinerja_cli.writers.xlsx import CHARS_PER_WIDTH, LINE_HEIGHT

    ws = book.sheet(name, portrait=True)
    widths = (5, 40, 12, 12, 12, 12)
    for col, width in enumerate(widths):
        ws.set_column(col, col, width)
    text = book.text
    text(ws, 0, 0, words["judul"], book.f_title)
    text(ws, 1, 0, f"{words['periode']}: {d['periode']}", book.f_subtitle)
    text(ws, 2, 0, f"{words['instansi']}: {d['instansi']}", book.f_subtitle)
    row = 4

    def section(title: str) -> None:
        nonlocal row
        text(ws, row, 0, title, book.f_section)
        row += 1

    def pair(label: str, value: str) -> None:
        nonlocal row
        text(ws, row, 0, label, book.f_label)
        text(ws, row, 2, value, book.f_value)
        row += 1

    for n, (key, title) in enumerate(
        (("pegawai", words["pegawai"]), ("penilai", words["penilai"]), ("atasan", words["atasan"])),
        1,
    ):
        section(f"{n}. {title}")
        p = d[key]
        for field in ("nama", "nip", "pangkat", "jabatan", "unit"):
            pair(words[field], p[field])
        row += 1
    e = d["evaluasi"]
    section(f"4. {words['evaluasi']}")
    pair(words["capaian_org"], f"{e['capaian_org']} ({e['capaian_org_asal']})")
    pair(words["pola"], e["pola"])
    pair(words["rating_hasil"], f"{e['rating_hasil']} ({e['rating_hasil_asal']})")
    pair(words["rating_perilaku"], e["rating_perilaku"])
    pair(words["predikat"], e["predikat"])
    pair(words["nilai"], e["nilai"])
    row += 1
    section(f"5. {words['skp']}")
    heads = ("kol_no", "kol_indikator", "kol_satuan", "kol_target", "kol_realisasi", "kol_capaian")
    for col, key in enumerate(heads):
        text(ws, row, col, words[key], book.f_header)
    row += 1
    for r in d["skp"]:
        values = (r["no"], f"{r['kode']} {r['indikator']}", r["satuan"], r["target"])
        # the row grows to its wrapped text (LibreOffice does not grow a loaded row itself)
        lines = max(1, -(-len(values[1]) // int(widths[1] * CHARS_PER_WIDTH)))
        ws.set_row(row, LINE_HEIGHT * lines)
        for col, value in enumerate((*values, r["realisasi"], r["capaian"])):
            text(ws, row, col, value, book.f_wrap)
        row += 1
    row += 1
    section(f"6. {words['catatan']}")
    for line in d["catatan"] or ["-"]:
        text(ws, row, 0, f"• {line}", book.f_value)
        row += 1
    row += 1
    t = d["ttd"]
    text(ws, row, 4, t["tempat_tanggal"], book.f_value)
    text(ws, row + 1, 0, words["pegawai_ttd"], book.f_value)
    text(ws, row + 2, 0, words["ttd_diterima"], book.f_value)
    text(ws, row + 1, 4, words["penilai_ttd"], book.f_value)
    text(ws, row + 5, 0, t["pegawai_nama"], book.f_sign_name)
    text(ws, row + 5, 4, t["penilai_nama"], book.f_sign_name)
    text(ws, row + 6, 0, t["pegawai_nip"], book.f_value)
    text(ws, row + 6, 4, t["penilai_nip"], book.f_value)


# ---- a whole run: the files of ``kinerja dokumen`` ---------------------------------------------

FORMATS = ("pdf", "xlsx")


def default_out_dir(tahun: int, periode: str) -> Path:
    """``DOKUMEN-<TAHUN>-<PERIODE>`` (beside the recap's ``REKAP-<TAHUN>-<PERIODE>.xlsx``)."""
    return Path(f"DOKUMEN-{tahun}-{periode}")


def write_documents(
    result: Any,
    config: Any,
    out_dir: Path,
    *,
    units: Sequence[str] = (),
    nips: Sequence[str] = (),
    fmt: str = "pdf",
    per_pegawai: bool = False,
    tanggal: date,
    lang: str = "id",
    template: Path | None = None,
    on_start: Callable[[int], None] | None = None,
    on_document: Callable[[], None] | None = None,
) -> tuple[list[Path], int, list[Any]]:
    """Write the evaluation documents of ``result`` into ``out_dir``: per unit one file
    (``DOKUMEN-<UNIT>-<TAHUN>-<PERIODE>.pdf``, one employee per page), or with
    ``per_pegawai`` one file per employee (``<UNIT>/<NIP>-<NAMA>.pdf``). Returns the files
    written, how many documents, and the incomplete employees chosen (no document)."""
    from kinerja_cli.safety.paths import employee_file_name, unique_names, unit_component
    from kinerja_cli.writers.document import build_documents, document_data, labels

    if fmt not in FORMATS:
        raise ValueError(fmt)
    docs, incomplete = build_documents(result, config, units=units, nips=nips)
    if on_start is not None:
        on_start(len(docs))
    words = labels(lang)
    known = [u.kode for u in config.unit]
    setter = PdfTypesetter(template) if fmt == "pdf" else None
    groups: dict[str, list[Any]] = {}
    for doc in docs:
        groups.setdefault(doc.unit.kode, []).append(doc)
    written: list[Path] = []
    for kode, group in groups.items():
        unit = group[0].unit
        data = [
            document_data(d, config=config, result=result, tanggal=tanggal, lang=lang)
            for d in group
        ]
        footer = f"{unit.nama} ({unit.kode})"
        if per_pegawai:
            folder = out_dir / unit_component(kode, known)
            names = unique_names(
                [
                    [
                        employee_file_name(d.employee.nip, d.employee.nama, f".{fmt}"),
                        employee_file_name(d.employee.nip, f"{d.employee.nama} {n}", f".{fmt}"),
                    ]
                    for n, d in enumerate(group, start=1)
                ]
            )
            for name, one in zip(names, data, strict=True):
                written.append(
                    _write_one(
                        setter, folder / name, [one], words, result.instansi, footer, tanggal, lang
                    )
                )
                if on_document is not None:
                    on_document()
            continue
        name = f"DOKUMEN-{unit_component(kode, known)}-{result.tahun}-{result.periode}.{fmt}"
        written.append(
            _write_one(
                setter,
                out_dir / name,
                data,
                words,
                result.instansi,
                footer,
                tanggal,
                lang,
                on_document=on_document,
            )
        )
    return written, len(docs), incomplete


def _write_one(
    setter: PdfTypesetter | None,
    target: Path,
    data: list[dict[str, Any]],
    words: dict[str, str],
    instansi: str,
    footer: str,
    tanggal: date,
    lang: str,
    *,
    on_document: Callable[[], None] | None = None,
) -> Path:
    if setter is None:
        return write_document_xlsx(
            target, data, labels=words, instansi=instansi, lang=lang, on_document=on_document
        )
    setter.write(target, data, labels=words, instansi=instansi, footer=footer, tanggal=tanggal)
    if on_document is not None:
        for _ in data:
            on_document()
    return target
