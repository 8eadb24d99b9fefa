"""The library facade: every operation the command line performs, by name, in one place.

The commands (``cli/command_*.py``) reach the core only through this module (and take types
for annotations from anywhere); ``tests/test_architecture.py`` checks that. A program that
wants what ``kinerja`` does calls the same names::

    from kinerja_cli import api

    config = api.load_config("config/indikator.yaml")
    report = api.validate_paths(["masuk/"], config)
    with api.Store.open("kinerja.db") as store:
        api.ingest_paths(store, ["masuk/"], config)
        result = api.score_current(store, config, config.tahun, "tahunan")
    api.write_recap(result, config, "REKAP.xlsx")

Each name is imported on first use (a command loads only what it needs: ``kinerja --help`` and
a one-file ``validasi`` stay fast); the imports under ``TYPE_CHECKING`` give type checkers the
real signatures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_cli.lazy import lazy_attributes

if TYPE_CHECKING:
    from kinerja_cli.atomic import (
        atomic_write_text as atomic_write_text,
    )
    from kinerja_cli.config import (
        bundled_config_text as bundled_config_text,
        load_config as load_config,
        parse_config_text as parse_config_text,
    )
    from kinerja_cli.crossfile import (
        NIP_IN_TWO_UNITS as NIP_IN_TWO_UNITS,
    )
    from kinerja_cli.domain import (
        VERSI_MAX as VERSI_MAX,
    )
    from kinerja_cli.errors import (
        KinerjaError as KinerjaError,
        StoreError as StoreError,
        UsageError as UsageError,
        unknown_unit as unknown_unit,
    )
    from kinerja_cli.examples import (
        MANIFEST_NAME as MANIFEST_NAME,
        check_out_dir as check_out_dir,
        check_year as check_year,
        generate_examples as generate_examples,
    )
    from kinerja_cli.examples.ekinerja import (
        EKINERJA_MANIFEST as EKINERJA_MANIFEST,
        write_ekinerja_exports as write_ekinerja_exports,
    )
    from kinerja_cli.model import (
        SUMBER_EKINERJA as SUMBER_EKINERJA,
    )
    from kinerja_cli.pipeline.current import (
        needs_from_store as needs_from_store,
        score_current as score_current,
        score_previous as score_previous,
        source_checks as source_checks,
    )
    from kinerja_cli.pipeline.ingest import (
        ingest_paths as ingest_paths,
    )
    from kinerja_cli.pipeline.status import (
        unit_status as unit_status,
    )
    from kinerja_cli.pipeline.trends import (
        collect_trends as collect_trends,
    )
    from kinerja_cli.safety.paths import (
        output_folder as output_folder,
    )
    from kinerja_cli.scoring import (
        score as score,
    )
    from kinerja_cli.scoring.capaian import (
        parse_periode as parse_periode,
    )
    from kinerja_cli.scoring.engine import (
        UNIT_FAILED as UNIT_FAILED,
    )
    from kinerja_cli.scoring.monitoring import (
        check_period as check_period,
    )
    from kinerja_cli.scoring.needs import (
        NEED_FIELDS as NEED_FIELDS,
    )
    from kinerja_cli.store import (
        IngestStatus as IngestStatus,
        Store as Store,
    )
    from kinerja_cli.store.config_year import (
        config_for_year as config_for_year,
    )
    from kinerja_cli.store.copy import (
        copy_store as copy_store,
    )
    from kinerja_cli.store.location import (
        parse_location as parse_location,
    )
    from kinerja_cli.template import (
        resolve_unit as resolve_unit,
        write_templates as write_templates,
    )
    from kinerja_cli.validate import (
        expand_paths as expand_paths,
        validate_paths as validate_paths,
        write_feedback_copies as write_feedback_copies,
    )
    from kinerja_cli.validate.exclusions import (
        find_exclusions as find_exclusions,
    )
    from kinerja_cli.workspace import (
        init_workspace as init_workspace,
    )
    from kinerja_cli.writers import (
        write_ranking_xlsx as write_ranking_xlsx,
        write_recap as write_recap,
    )
    from kinerja_cli.writers.document import (
        incomplete_reason as incomplete_reason,
    )
    from kinerja_cli.writers.document_files import (
        default_out_dir as default_out_dir,
        read_template as read_template,
        write_documents as write_documents,
    )
    from kinerja_cli.writers.followup import (
        FOLLOWUP_FIELDS as FOLLOWUP_FIELDS,
        followup_counts as followup_counts,
        followup_rows as followup_rows,
    )
    from kinerja_cli.writers.issues import (
        issues_csv as issues_csv,
        issues_json as issues_json,
    )
    from kinerja_cli.writers.monitor import (
        MONITOR_FIELDS as MONITOR_FIELDS,
        monitor_rows as monitor_rows,
        monitor_summary as monitor_summary,
    )
    from kinerja_cli.writers.needs import (
        need_rows as need_rows,
        needs_default_name as needs_default_name,
        write_needs_xlsx as write_needs_xlsx,
    )
    from kinerja_cli.writers.shape import (
        cell_text as cell_text,
        find_unit as find_unit,
        headlines as headlines,
        label as label,
        periode_label as periode_label,
        ranking_columns as ranking_columns,
        ranking_csv as ranking_csv,
        ranking_rows as ranking_rows,
        recap_filename as recap_filename,
        rows_to_csv as rows_to_csv,
        rows_to_json as rows_to_json,
        summary as summary,
        summary_markdown as summary_markdown,
        summary_table as summary_table,
        table_rows as table_rows,
        unranked_count as unranked_count,
    )
    from kinerja_cli.writers.trend import (
        TREND_PEGAWAI_FIELDS as TREND_PEGAWAI_FIELDS,
        TREND_UNIT_FIELDS as TREND_UNIT_FIELDS,
        trend_data as trend_data,
    )
    from kinerja_cli.writers.xlsx import (
        PAPER as PAPER,
    )

_WHERE: dict[str, str] = {
    # configuration and workspace
    "load_config": "kinerja_cli.config",
    "parse_config_text": "kinerja_cli.config",
    "bundled_config_text": "kinerja_cli.config",
    "init_workspace": "kinerja_cli.workspace",
    # templates and examples
    "write_templates": "kinerja_cli.template",
    "resolve_unit": "kinerja_cli.template",
    "generate_examples": "kinerja_cli.examples",
    "check_out_dir": "kinerja_cli.examples",
    "check_year": "kinerja_cli.examples",
    "VERSI_MAX": "kinerja_cli.domain",
    "write_ekinerja_exports": "kinerja_cli.examples.ekinerja",
    "EKINERJA_MANIFEST": "kinerja_cli.examples.ekinerja",
    "MANIFEST_NAME": "kinerja_cli.examples",
    # validation
    "validate_paths": "kinerja_cli.validate",
    "write_feedback_copies": "kinerja_cli.validate",
    "issues_csv": "kinerja_cli.writers.issues",
    "issues_json": "kinerja_cli.writers.issues",
    # the store
    "Store": "kinerja_cli.store",
    "IngestStatus": "kinerja_cli.store",
    "ingest_paths": "kinerja_cli.pipeline.ingest",
    "unit_status": "kinerja_cli.pipeline.status",
    "config_for_year": "kinerja_cli.store.config_year",
    "score_current": "kinerja_cli.pipeline.current",
    "score_previous": "kinerja_cli.pipeline.current",
    "source_checks": "kinerja_cli.pipeline.current",
    "SUMBER_EKINERJA": "kinerja_cli.model",
    "parse_periode": "kinerja_cli.scoring.capaian",
    "find_exclusions": "kinerja_cli.validate.exclusions",
    "followup_rows": "kinerja_cli.writers.followup",
    "followup_counts": "kinerja_cli.writers.followup",
    "FOLLOWUP_FIELDS": "kinerja_cli.writers.followup",
    # outputs
    "write_recap": "kinerja_cli.writers",
    "write_ranking_xlsx": "kinerja_cli.writers",
    "PAPER": "kinerja_cli.writers.xlsx",
    "atomic_write_text": "kinerja_cli.atomic",
    "output_folder": "kinerja_cli.safety.paths",
    "write_documents": "kinerja_cli.writers.document_files",
    "read_template": "kinerja_cli.writers.document_files",
    "collect_trends": "kinerja_cli.pipeline.trends",
    "trend_data": "kinerja_cli.writers.trend",
    "TREND_UNIT_FIELDS": "kinerja_cli.writers.trend",
    "TREND_PEGAWAI_FIELDS": "kinerja_cli.writers.trend",
    "check_period": "kinerja_cli.scoring.monitoring",
    "monitor_rows": "kinerja_cli.writers.monitor",
    "monitor_summary": "kinerja_cli.writers.monitor",
    "MONITOR_FIELDS": "kinerja_cli.writers.monitor",
    "default_out_dir": "kinerja_cli.writers.document_files",
    "incomplete_reason": "kinerja_cli.writers.document",
    **dict.fromkeys(
        (
            "cell_text",
            "find_unit",
            "headlines",
            "label",
            "periode_label",
            "ranking_columns",
            "ranking_csv",
            "ranking_rows",
            "recap_filename",
            "rows_to_csv",
            "rows_to_json",
            "summary",
            "summary_markdown",
            "summary_table",
            "table_rows",
            "unranked_count",
        ),
        "kinerja_cli.writers.shape",
    ),
    # errors a command raises itself
    "KinerjaError": "kinerja_cli.errors",
    "StoreError": "kinerja_cli.errors",
    "copy_store": "kinerja_cli.store.copy",
    "needs_from_store": "kinerja_cli.pipeline.current",
    "NEED_FIELDS": "kinerja_cli.scoring.needs",
    "need_rows": "kinerja_cli.writers.needs",
    "write_needs_xlsx": "kinerja_cli.writers.needs",
    "needs_default_name": "kinerja_cli.writers.needs",
    "parse_location": "kinerja_cli.store.location",
    "expand_paths": "kinerja_cli.validate",
    "UsageError": "kinerja_cli.errors",
    "unknown_unit": "kinerja_cli.errors",
    "score": "kinerja_cli.scoring",
    "UNIT_FAILED": "kinerja_cli.scoring.engine",
    "NIP_IN_TWO_UNITS": "kinerja_cli.crossfile",
}

__all__ = sorted(_WHERE)


__getattr__ = lazy_attributes(__name__, _WHERE)


def __dir__() -> list[str]:
    return __all__
