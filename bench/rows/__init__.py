"""Each workload run and judged as rows of the results table (`bench.report.Row`), one module
per section of the table: ingest, /brief, the push with memory, the huge upload."""

from bench.rows.briefs import in_process_rows, roundtrip_rows
from bench.rows.ingest import scale_rows, subset_rows
from bench.rows.push import push_rows
from bench.rows.stall import stall_rows

__all__ = [
    "in_process_rows",
    "push_rows",
    "roundtrip_rows",
    "scale_rows",
    "stall_rows",
    "subset_rows",
]
