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
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypedDict, TypeVar

from kinerja_cli.atomic import atomic_path, atomic_write_bytes
from kinerja_cli.errors import UsageError
from kinerja_cli.safety.text import document_text, printable

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.model import ScoreResult
    from kinerja_cli.safety.paths import WriteFailure
    from kinerja_cli.scoring.needs import Needs
    from kinerja_cli.writers.document import DocumentData, EvaluationDocument, Listed
    from kinerja_cli.writers.xlsx import Book

TEMPLATE_NAME = "dokumen.typ"
MAX_TEXT = 300
"""Characters of one text printed from a spreadsheet (a name, a position): longer text is cut
with "…" so a hostile cell cannot push a document over many pages."""


def bundled_template() -> bytes:
    return resources.files("kinerja_cli").joinpath("data", TEMPLATE_NAME).read_bytes()


def _cap(value: Any) -> Any:
    """Every string in ``value`` made printable (:func:`~kinerja_cli.safety.text.document_text`:
    control and bidi characters shown as the terminal shows them, line breaks as spaces) and
    cut to :data:`MAX_TEXT` characters, recursively."""
    if isinstance(value, str):
        value = document_text(value)
        return value if len(value) <= MAX_TEXT else value[: MAX_TEXT - 1] + "…"
    if isinstance(value, dict):
        return {k: _cap(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cap(v) for v in value]
    return value


MAX_TEMPLATE_MB = 5
"""A page template is a few KB of text; a larger file is refused before it is read."""

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32 LE"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32 BE"),
    (b"\xff\xfe", "utf-16-le", "UTF-16 LE"),
    (b"\xfe\xff", "utf-16-be", "UTF-16 BE"),
)
_BINARY = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
"""Control characters no text editor writes into a template (tab, line breaks, form feed are
text)."""


def read_template(path: Path) -> str:
    """The text of a ``--templat-dokumen``, whatever common encoding the editor saved it in:
    a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32); without one UTF-8, else UTF-16
    without a BOM when every other byte is zero, else Windows-1252 (Notepad's "ANSI"). A file
    that is none of these (a binary file), is blank, never reads the data (``sys.inputs``), or
    is larger than :data:`MAX_TEMPLATE_MB` is refused with a :class:`UsageError` (exit 2)
    that says which."""
    name = str(path)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_TEMPLATE_MB * 1024 * 1024 + 1)
    except FileNotFoundError as exc:
        raise UsageError("dokumen_templat_tidak_ada", path=name) from exc
    except IsADirectoryError as exc:
        raise UsageError("dokumen_templat_folder", path=name) from exc
    except OSError as exc:
        raise UsageError(
            "dokumen_templat_tidak_terbaca", path=name, sebab=exc.strerror or type(exc).__name__
        ) from exc
    except ValueError as exc:  # a NUL in the path: no such file can exist
        raise UsageError("dokumen_templat_tidak_ada", path=name) from exc
    if len(data) > MAX_TEMPLATE_MB * 1024 * 1024:
        raise UsageError("dokumen_templat_terlalu_besar", path=name, batas=MAX_TEMPLATE_MB)
    text = _decode_template(data, name)
    if not text.strip():
        raise UsageError("dokumen_templat_kosong", path=name)
    if _BINARY.search(text):
        raise UsageError("dokumen_templat_pengodean_tidak_dikenal", path=name)
    if "sys.inputs" not in text:  # it could only print the same page for everyone
        raise UsageError("dokumen_templat_tanpa_data", path=name)
    return text


def _decode_template(data: bytes, name: str) -> str:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise UsageError(
                    "dokumen_templat_pengodean_rusak", path=name, pengodean=label
                ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:  # no text in UTF-8 or Windows-1252 holds a zero byte
        return _utf16_without_bom(data, name)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UsageError("dokumen_templat_pengodean_tidak_dikenal", path=name) from exc


def _utf16_without_bom(data: bytes, name: str) -> str:
    """UTF-16 saved without a byte-order mark: mostly-ASCII text has a zero byte in every
    other place (the high byte: odd places for LE, even for BE), rarely in the others."""
    half = max(1, len(data) // 2)
    high_le, high_be = data[1::2].count(0) / half, data[0::2].count(0) / half
    codec = (
        "utf-16-le"
        if high_le > 0.5 and high_be < 0.05
        else "utf-16-be"
        if high_be > 0.5 and high_le < 0.05
        else None
    )
    if codec is None or len(data) % 2:
        raise UsageError("dokumen_templat_pengodean_tidak_dikenal", path=name)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise UsageError("dokumen_templat_pengodean_tidak_dikenal", path=name) from exc


class PdfTypesetter:
    """One typst compiler (fonts loaded once) for many documents."""

    def __init__(self, template: Path | None = None) -> None:
        import typst

        self._text = (
            read_template(template) if template is not None else bundled_template().decode()
        )
        self._source = self._text.encode("utf-8")
        self._name = str(template) if template is not None else TEMPLATE_NAME
        self._compiler = typst.Compiler(ignore_system_fonts=True)

    def compile(self, data: Payload, tanggal: date) -> bytes:
        """The PDF of one :func:`payload`: first with the page numbers given as data (one page
        per document: one layout pass); when a document took more than one page, again with
        typst counting the pages (``nomor: hitung``, a second layout pass)."""
        pdf = self._compile({**data, "nomor": "data"}, tanggal)
        wanted = len(data["docs"])
        if page_count(pdf) != wanted:
            pdf = self._compile({**data, "nomor": "hitung"}, tanggal)
            pages = page_count(pdf)
            if pages is not None and pages < wanted:  # a template that prints no documents
                raise self._unusable("dokumen_templat_halaman", halaman=pages, jumlah=wanted)
        return pdf

    def _unusable(self, kode: str, **params: Any) -> UsageError:
        return UsageError(kode, path=self._name, **params)

    def _compile(self, data: Payload, tanggal: date) -> bytes:
        stamp = datetime(tanggal.year, tanggal.month, tanggal.day, tzinfo=UTC)
        try:
            out = self._compiler.compile(
                input=self._source,
                format="pdf",
                sys_inputs={"data": json.dumps(data, ensure_ascii=False)},
                timestamp=stamp,
                pdf_tags=False,
            )
        except RuntimeError as exc:  # typst.TypstError and typst's other failures
            raise self._failure(exc) from exc
        assert isinstance(out, bytes)
        return out

    def _failure(self, exc: RuntimeError) -> UsageError:
        """typst's error as a usage error naming the template's line and column (from the
        diagnostic, ``┌─ <file>:<line>:<column>``) and the text there."""
        message = str(getattr(exc, "message", None) or exc)
        where = _DIAGNOSTIC_AT.search(str(getattr(exc, "diagnostic", "") or ""))
        if where is None:
            return UsageError("dokumen_templat_gagal", path=self._name, detail=message)
        line, column = int(where.group(1)), int(where.group(2))
        lines = self._text.splitlines()
        at = lines[line - 1].strip() if 0 < line <= len(lines) else ""
        return self._unusable(
            "dokumen_templat_baris",
            baris=line,
            kolom=column,
            pesan=message,
            teks=printable(at, 80) or "-",
        )


_DIAGNOSTIC_AT = re.compile(r"┌─ [^\n]*?:(\d+):(\d+)")


_PAGE_TREE = re.compile(rb"/Type\s*/Pages\s*/Count\s+(\d+)")


def page_count(pdf: bytes) -> int | None:
    """Pages of a PDF typst wrote (its one page tree's ``/Count``); None if not found."""
    found = _PAGE_TREE.search(pdf)
    return int(found.group(1)) if found else None


class Payload(TypedDict):
    """What the page template reads as ``sys.inputs.data`` (JSON): the labels, the instansi,
    the footer's unit name, the documents, and (set by :meth:`PdfTypesetter.compile`) who
    numbers the pages: ``data`` (one page per document) or ``hitung`` (typst counts)."""

    l: dict[str, str]  # noqa: E741 (the name the page template reads)
    instansi: str
    unit: str
    docs: list[DocumentData]
    nomor: NotRequired[Literal["data", "hitung"]]


def payload(
    docs: Sequence[DocumentData], *, labels: dict[str, str], instansi: str, footer: str
) -> Payload:
    """What the page template reads (``sys.inputs.data``): labels, the footer's unit name and
    the documents, every text printable and cut to :data:`MAX_TEXT` (:func:`_cap`)."""
    return _cap({"l": labels, "instansi": instansi, "unit": footer, "docs": list(docs)})


def _typeset_job(
    template: Path | None,
    tanggal: date,
    files: list[tuple[str, Payload]],
    root: str | None = None,
) -> list[WriteFailure]:
    """Worker: typeset and write each ``(target, payload)`` into the output folder ``root``;
    returns the files that could not be written
    (:class:`~kinerja_cli.safety.paths.WriteFailure`, the others were). Each job runs in a
    fresh process: typst keeps what it laid out in a process-wide cache (about 1.7 MB per
    page, never released), so a long-lived process would grow with every unit. A template
    error is a :class:`UsageError` (it pickles back to the parent) and stops the run."""
    from kinerja_cli.errors import KinerjaError
    from kinerja_cli.safety.paths import write_failure

    setter = PdfTypesetter(template)
    failed: list[WriteFailure] = []
    for target, data in files:
        pdf = setter.compile(data, tanggal)
        try:
            atomic_write_bytes(target, pdf, root=root)
        except (KinerjaError, OSError) as exc:
            shown = Path(target).relative_to(root) if root else Path(target).name
            failed.append(write_failure(str(shown), Path(target), exc))
    return failed


def write_document_xlsx(
    target: Path,
    docs: Sequence[DocumentData],
    *,
    labels: dict[str, str],
    instansi: str,
    lang: str = "id",
    on_document: Callable[[], None] | None = None,
    root: Path | None = None,
) -> Path:
    """The same documents as an editable workbook: one print-ready sheet (A4 portrait) per
    employee, named by NIP; ``root``: the output folder it must stay in (default: its own
    folder)."""
    from kinerja_cli.writers.xlsx import Book

    with atomic_path(target, root=root) as tmp:
        book = Book(tmp, kertas="A4", instansi=_cap(instansi), judul=labels["judul"], lang=lang)
        used: set[str] = set()
        for doc in docs:
            _sheet(book, _sheet_name(doc, used), _cap(doc), labels)
            if on_document is not None:
                on_document()
        book.close()
    return target


def _sheet_name(doc: DocumentData, used: set[str]) -> str:
    base = "".join(ch for ch in doc["pegawai"]["nip"] if ch.isdigit())[:28] or "Pegawai"
    name, n = base, 1
    while name.lower() in used:
        n += 1
        name = f"{base[:27]}-{n}"
    used.add(name.lower())
    return name


_PERSON_FIELDS: tuple[Literal["nama", "nip", "pangkat", "jabatan", "unit"], ...] = (
    "nama",
    "nip",
    "pangkat",
    "jabatan",
    "unit",
)
"""The lines of a person on the xlsx form, in order."""


def _sheet(book: Book, name: str, d: DocumentData, words: dict[str, str]) -> None:
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

    people = (("pegawai", d["pegawai"]), ("penilai", d["penilai"]), ("atasan", d["atasan"]))
    for n, (key, person) in enumerate(people, 1):
        section(f"{n}. {words[key]}")
        for field in _PERSON_FIELDS:
            pair(words[field], person[field])
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
MAX_PER_FILE = 500
"""Employees per file: a larger unit gets ``-bagian-1``, ``-bagian-2``, ... files (typst holds
every laid-out page in memory while it writes a file, about 1.7 MB a page)."""


def default_out_dir(tahun: int, periode: str) -> Path:
    """``DOKUMEN-<TAHUN>-<PERIODE>`` (beside the recap's ``REKAP-<TAHUN>-<PERIODE>.xlsx``)."""
    return Path(f"DOKUMEN-{tahun}-{periode}")


def write_documents(
    result: ScoreResult,
    config: Config,
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
    needs: Needs | None = None,
    failed: list[WriteFailure] | None = None,
) -> tuple[list[Path], int, list[Listed]]:
    """Write the evaluation documents of ``result`` into ``out_dir``: per unit one file
    (``DOKUMEN-<UNIT>-<TAHUN>-<PERIODE>.pdf``, one employee per page), or with
    ``per_pegawai`` one file per employee (``<UNIT>/<NIP>-<NAMA>.pdf``). Returns the files
    written, how many documents they hold, and the employees to list
    (:class:`~kinerja_cli.writers.document.Listed`: incomplete, no document; or a document
    whose rater is unknown).
    ``needs`` (:class:`kinerja_cli.scoring.needs.Needs`): the recommendations name each
    employee's competencies with the largest gaps.

    Every file is written only inside ``out_dir`` (:func:`kinerja_cli.safety.paths.inside`,
    checked before typesetting and again when written: a unit folder or a file name that is a
    symlink pointing out of ``out_dir`` is refused). With ``failed`` given, a file that cannot
    be written is recorded there (:class:`~kinerja_cli.safety.paths.WriteFailure`) and the
    others are still written; without, the first failure is raised. ``out_dir`` that is a
    file is a :class:`UsageError` before anything is written."""
    from kinerja_cli.safety.paths import output_folder
    from kinerja_cli.writers.document import build_documents

    if fmt not in FORMATS:
        raise ValueError(fmt)
    output_folder(out_dir)
    docs, listed = build_documents(result, config, units=units, nips=nips, needs=needs)
    if on_start is not None:
        on_start(len(docs))
    planned = _plan(docs, config, result, out_dir, fmt, per_pegawai)
    jobs, refused = _inside(planned, out_dir, failed)
    sizes = {f.target: len(f.docs) for job in jobs for f in job}
    pages = _Pages(config, result, tanggal, lang, out_dir)
    if fmt == "xlsx":
        late = _write_xlsx(jobs, pages, on_document, failed)
    else:
        late = _write_pdf(jobs, pages, template, on_document)
        if late and failed is None:
            raise late[0].error
    return (*_settle(sizes, refused, late, failed), listed)


@dataclass(frozen=True, slots=True)
class _Planned:
    """One file to write: where, the documents it holds, the unit name of its footer."""

    target: Path
    docs: list[EvaluationDocument]
    footer: str


_Job = list[_Planned]
"""The files one worker writes: a unit (or part of a unit). The documents' data are made as
the jobs are handed out, so the typesetting starts with the first unit."""

_T = TypeVar("_T")


def _chunks(items: list[_T]) -> list[list[_T]]:
    """``items`` cut into parts of at most :data:`MAX_PER_FILE`."""
    return [items[i : i + MAX_PER_FILE] for i in range(0, len(items), MAX_PER_FILE)]


def _plan(
    docs: list[EvaluationDocument],
    config: Config,
    result: ScoreResult,
    out_dir: Path,
    fmt: str,
    per_pegawai: bool,
) -> list[_Job]:
    """The files of each unit, in unit order: one file per unit (``-bagian-<n>`` parts past
    :data:`MAX_PER_FILE` documents), or one per employee in the unit's folder."""
    from kinerja_cli.safety.paths import employee_file_name, unique_names, unit_component

    known = [u.kode for u in config.unit]
    groups: dict[str, list[EvaluationDocument]] = {}
    for doc in docs:
        groups.setdefault(doc.unit.kode, []).append(doc)
    jobs: list[_Job] = []
    for kode, group in groups.items():
        unit = group[0].unit
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
            jobs.extend(
                _chunks(
                    [
                        _Planned(folder / name, [d], footer)
                        for name, d in zip(names, group, strict=True)
                    ]
                )
            )
            continue
        stem = f"DOKUMEN-{unit_component(kode, known)}-{result.tahun}-{result.periode}"
        parts = _chunks(group)
        for n, part in enumerate(parts, start=1):
            name = f"{stem}-bagian-{n}.{fmt}" if len(parts) > 1 else f"{stem}.{fmt}"
            jobs.append([_Planned(out_dir / name, part, footer)])
    return jobs


def _inside(
    jobs: list[_Job], out_dir: Path, failed: list[WriteFailure] | None
) -> tuple[list[_Job], list[WriteFailure]]:
    """The jobs without their files that would land outside ``out_dir``, and those files
    (refused before typesetting: nothing is made for a target outside). Without ``failed``,
    the first such file is raised."""
    from kinerja_cli.errors import KinerjaError
    from kinerja_cli.safety.paths import inside, write_failure

    refused: list[WriteFailure] = []
    kept_jobs: list[_Job] = []
    for job in jobs:
        kept = []
        for planned in job:
            target = planned.target
            try:
                inside(out_dir, *target.relative_to(out_dir).parts)
            except KinerjaError as exc:
                if failed is None:
                    raise
                refused.append(write_failure(str(target.relative_to(out_dir)), target, exc))
                continue
            kept.append(planned)
        if kept:
            kept_jobs.append(kept)
    return kept_jobs, refused


@dataclass(frozen=True, slots=True)
class _Pages:
    """What every document of a run is made with, and the output folder it is written in."""

    config: Config
    result: ScoreResult
    tanggal: date
    lang: str
    out_dir: Path

    def data(self, docs: list[EvaluationDocument]) -> list[DocumentData]:
        from kinerja_cli.writers.document import document_data

        return [
            document_data(
                d, config=self.config, result=self.result, tanggal=self.tanggal, lang=self.lang
            )
            for d in docs
        ]

    def words(self) -> dict[str, str]:
        from kinerja_cli.writers.document import labels

        return labels(self.lang)


def _write_xlsx(
    jobs: list[_Job],
    pages: _Pages,
    on_document: Callable[[], None] | None,
    failed: list[WriteFailure] | None,
) -> list[WriteFailure]:
    """Write the xlsx forms one by one; the files that could not be written (without
    ``failed``, the first is raised)."""
    from kinerja_cli.errors import KinerjaError
    from kinerja_cli.safety.paths import write_failure

    words = pages.words()
    late: list[WriteFailure] = []
    for job in jobs:
        for planned in job:
            target = planned.target
            try:
                write_document_xlsx(
                    target,
                    pages.data(planned.docs),
                    labels=words,
                    instansi=pages.result.instansi,
                    lang=pages.lang,
                    on_document=on_document,
                    root=pages.out_dir,
                )
            except (KinerjaError, OSError) as exc:
                if failed is None:
                    raise
                late.append(write_failure(str(target.relative_to(pages.out_dir)), target, exc))
    return late


def _write_pdf(
    jobs: list[_Job],
    pages: _Pages,
    template: Path | None,
    on_document: Callable[[], None] | None,
) -> list[WriteFailure]:
    """Typeset the PDFs (:func:`_run_pdf_jobs`); the files that could not be written."""
    words = pages.words()
    instansi = pages.result.instansi
    pdf_jobs = (
        (
            [
                (
                    str(planned.target),
                    payload(
                        pages.data(planned.docs),
                        labels=words,
                        instansi=instansi,
                        footer=planned.footer,
                    ),
                )
                for planned in job
            ],
            sum(len(planned.docs) for planned in job),
        )
        for job in jobs
    )
    return _run_pdf_jobs(
        pdf_jobs,
        len(jobs),
        template,
        tanggal=pages.tanggal,
        on_document=on_document,
        root=str(pages.out_dir),
    )


def _settle(
    sizes: dict[Path, int],
    refused: list[WriteFailure],
    late: list[WriteFailure],
    failed: list[WriteFailure] | None,
) -> tuple[list[Path], int]:
    """The files written (``sizes``: each target and its number of documents, without the
    ones that failed while being written) and how many documents they hold; every failure
    (refused before typesetting, failed when written) recorded in ``failed``."""
    if failed is not None:
        failed.extend(refused)
        failed.extend(late)
    missing = {f.target for f in late}
    written = [t for t in sizes if t not in missing]
    return written, sum(sizes[t] for t in written)


def _one_thread() -> None:
    """Worker start: typst lays pages out on a thread pool (rayon) as wide as the machine; with
    one worker per core, one thread each (the 40-unit city: 55.8 s against 57.6 s with two)."""
    import os

    os.environ["RAYON_NUM_THREADS"] = "1"


def _run_pdf_jobs(
    jobs: Iterable[tuple[list[tuple[str, Payload]], int]],
    count: int,
    template: Path | None,
    tanggal: date,
    on_document: Callable[[], None] | None,
    root: str | None = None,
) -> list[WriteFailure]:
    """Typeset the jobs: one in this process, several in fresh worker processes, one per core
    (each job in its own process, see :func:`_typeset_job`); the files that could not be
    written."""

    def advance(count: int) -> None:
        if on_document is not None:
            for _ in range(count):
                on_document()

    failed: list[WriteFailure] = []
    if count <= 1:
        for files, n in jobs:
            failed.extend(_typeset_job(template, tanggal, files, root))
            advance(n)
        return failed
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor, as_completed

    workers = max(1, min(count, os.cpu_count() or 1))
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_one_thread,
        max_tasks_per_child=1,
    ) as pool:
        futures = {
            pool.submit(_typeset_job, template, tanggal, files, root): n for files, n in jobs
        }
        try:
            for future in as_completed(futures):
                failed.extend(future.result())
                advance(futures[future])
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    return failed
