"""The Spark job: JSONL / WARC shards in, Parquet tables out.

    spark-submit onrecord/spark/job.py --input 'crawl/*.warc.gz' --output out/ [--master local[*]]
    onrecord spark --input 'dump/*.jsonl' --output out/

Writes, under the output directory:

- `articles/`: one row per article (records.ARTICLE_COLUMNS), its text included;
- `quotes/`: one row per quote (records.QUOTE_COLUMNS): the DESIGN.md quote record flattened, plus `idx`, the
  quote's position in its article's list (what `nested_in` points at);
- `speakers/`: the corpus-wide speaker registry (link.speaker_registry);
- `quote_links/`: pairs of quotes in different articles that are the same utterance (link.quote_links);
- `errors/`: articles or input files that failed, with the reason (the job goes on without them);
- `_metrics.json`: counts, wall time, and per Python worker: articles, words, seconds, peak RSS.

The run writes into a sibling staging directory and renames it into place at the end, so a failed run leaves
no half-written output. Extraction runs once (its rows are persisted to executor disk, then split into tables).
"""
from __future__ import annotations

import argparse
import glob
import json
import logging
import math
import os
import re
import shutil
import sys
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

from onrecord.errors import Errors, OnrecordError

LOGGER = logging.getLogger("onrecord.spark.job")

READABLE = (".jsonl", ".warc", ".warc.gz", ".txt", ".html", ".htm")
SPLITTABLE = (".jsonl",)  # split into byte ranges of whole lines across several tasks
SMALL_FILES_PER_TASK = 64  # .txt/.html files grouped into one task
PART_BYTES = 64 << 20  # at most this much of a JSONL file per task, so tasks stay short and retries cheap


def _suffix(path: str) -> str | None:
    """The READABLE suffix of `path`, or None."""
    low = path.lower()
    return next((s for s in READABLE if low.endswith(s)), None)


def find_inputs(patterns: Iterable[str]) -> list[str]:
    """The readable files named by `patterns` (paths, globs, folders searched recursively), sorted, deduplicated.

    Raises:
        OnrecordError: when a pattern matches no readable file.
    """
    found: set[str] = set()
    for pattern in patterns:
        matches = sorted(glob.glob(pattern, recursive=True)) or ([pattern] if os.path.exists(pattern) else [])
        files = []
        for m in matches:
            if os.path.isdir(m):
                files += [str(p) for p in Path(m).rglob("*") if p.is_file() and _suffix(str(p))]
            elif _suffix(m):
                files.append(m)
        if not files:
            raise OnrecordError(Errors.E501.format(pattern=pattern))
        found.update(os.path.normpath(f) for f in files)  # kept as given: a .txt article's id is its path
    return sorted(found)


def plan_shards(files: list[str], parallelism: int) -> list[tuple[tuple[str, ...], int, int, int]]:
    """Tasks as (paths, start, end, first line): JSONL files cut into byte ranges of whole lines
    (`line_ranges`), sized so the JSONL bytes fill at least `parallelism` tasks of about equal size (at most
    PART_BYTES each); a WARC file is one task, small .txt/.html files go SMALL_FILES_PER_TASK to a task. A
    whole-file task has end -1.

    Cost: one read of each JSONL file in the driver to find line starts; no JSON is parsed.
    """
    from onrecord.ingest.jsonl import line_ranges

    splittable = [f for f in files if _suffix(f) in SPLITTABLE]
    whole = [f for f in files if _suffix(f) in (".warc", ".warc.gz")]
    small = [f for f in files if f not in splittable and f not in whole]
    sizes = {f: os.path.getsize(f) for f in splittable}
    target = min(PART_BYTES, max(1, sum(sizes.values()) // max(1, parallelism)))
    shards = [((f,), start, end, line) for f in splittable
              for start, end, line in line_ranges(f, max(1, round(sizes[f] / target), math.ceil(sizes[f] / PART_BYTES)))]
    shards += [((f,), 0, -1, 1) for f in whole]
    shards += [(tuple(small[i:i + SMALL_FILES_PER_TASK]), 0, -1, 1) for i in range(0, len(small), SMALL_FILES_PER_TASK)]
    return shards


MASTER = re.compile(r"local(\[(\*|\d+)(,\d+)?\])?|local-cluster\[.+\]|(spark|k8s|mesos)://.+|yarn")


def check_master(master: str | None) -> None:
    """Raise OnrecordError when `master` is not a Spark master URL Spark would accept."""
    if master is not None and not MASTER.fullmatch(master):
        raise OnrecordError(Errors.E507.format(master=master))


def check_java() -> None:
    """Raise OnrecordError when no Java runtime is found (Spark needs Java 17+)."""
    java_home = os.environ.get("JAVA_HOME")
    if not (shutil.which("java") or (java_home and os.path.exists(os.path.join(java_home, "bin", "java")))):
        raise OnrecordError(Errors.E503)


def session(master: str | None = "local[*]", app_name: str = "onrecord"):
    """A SparkSession for the job: Python workers run this interpreter, no UI, quiet logs. With `master` None,
    spark-submit's --master is used (local[*] when run as a plain script).

    Raises:
        OnrecordError: pyspark or Java missing.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise OnrecordError(Errors.E504) from exc
    check_java()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    if master and master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit
        master = "local[*]"
    builder = SparkSession.builder.master(master) if master else SparkSession.builder
    spark = (builder.appName(app_name)
             .config("spark.ui.enabled", "false")
             .config("spark.python.worker.reuse", "true")
             .config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    if "spark.sql.shuffle.partitions" not in spark.sparkContext.getConf().toDebugString():
        # Spark's 200 default is for clusters; small runs pay per task. AQE still coalesces skewed output.
        spark.conf.set("spark.sql.shuffle.partitions", str(max(2, 2 * spark.sparkContext.defaultParallelism)))
    return spark


def _staging(output: Path, overwrite: bool) -> Path:
    """A fresh sibling directory to write into; refuses a non-empty `output` unless `overwrite`."""
    if output.exists() and (not output.is_dir() or any(output.iterdir())) and not overwrite:
        raise OnrecordError(Errors.E502.format(path=output))
    output.parent.mkdir(parents=True, exist_ok=True)
    return output.parent / f".{output.name}.partial-{uuid.uuid4().hex[:8]}"


def _publish(stage: Path, output: Path) -> None:
    """Move the finished staging directory to `output`, replacing what was there."""
    trash = output.parent / f".{output.name}.old-{uuid.uuid4().hex[:8]}"
    if output.exists():
        output.rename(trash)
    stage.rename(output)
    shutil.rmtree(trash, ignore_errors=True)


def _worker_summary(metrics: list[tuple]) -> list[dict]:
    """Per Python worker process: articles, words, seconds, model load time and peak RSS (MiB)."""
    from onrecord.spark.worker import METRIC_COLUMNS

    by_pid: dict[int, dict] = {}
    for row in metrics:
        m = dict(zip(METRIC_COLUMNS, row))
        w = by_pid.setdefault(m["pid"], {"pid": m["pid"], "tasks": 0, "articles": 0, "words": 0, "quotes": 0,
                                         "errors": 0, "seconds": 0.0, "load_seconds": 0.0, "max_rss_mib": 0.0})
        w["tasks"] += 1
        for k in ("articles", "words", "quotes", "errors", "seconds"):
            w[k] += m[k]
        w["load_seconds"] = max(w["load_seconds"], m["load_seconds"])
        w["max_rss_mib"] = max(w["max_rss_mib"], round(m["max_rss_kb"] / 1024, 1))
    return sorted(by_pid.values(), key=lambda w: w["pid"])


def extract_tables(spark, files: list[str], batch_size: int = 32, join: bool = False):
    """Run extraction over `files` once; return (articles, quotes, errors) DataFrames, the metrics rows, and the
    persisted DataFrame they are split from (unpersist it when done).

    Cost: one spaCy parse per article, spread over the executors; the rows cross from Python to the JVM once and
    are kept on executor disk (DISK_ONLY), so executor memory stays flat however large the input.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from onrecord.spark.schema import TAGGED, tagged_row
    from onrecord.spark.worker import extract_shard

    sc = spark.sparkContext
    shards = plan_shards(files, sc.defaultParallelism)
    rows = (sc.parallelize(shards, len(shards))
            .mapPartitions(lambda it: (tagged_row(tag, row) for tag, row in extract_shard(it, batch_size, join))))
    tagged = spark.createDataFrame(rows, TAGGED, verifySchema=False).persist(StorageLevel.DISK_ONLY)

    def table(tag):
        return tagged.where(F.col("tag") == tag).select(f"{tag}.*")

    metrics = [tuple(r) for r in table("m").collect()]
    return table("a"), table("q"), table("e"), metrics, tagged


def run(inputs: Iterable[str], output: str | Path, *, master: str | None = "local[*]", spark=None, link: bool = True,
        overwrite: bool = False, batch_size: int = 32, join: bool = False) -> dict:
    """Extract quotes from `inputs` on Spark and write the Parquet tables under `output`.

    Args:
        inputs: paths, globs or folders of .jsonl / .warc / .warc.gz (and .txt / .html) files.
        output: the output directory; must be absent or empty unless `overwrite`.
        master: the Spark master when no `spark` session is given ("local[2]", "spark://host:7077", ...).
        spark: an existing SparkSession to reuse (tests, notebooks).
        link: also write speakers/ and quote_links/.
        batch_size: articles per `nlp.pipe` batch in each task.
        join: one record for a quote continued after its cue, as `onrecord extract --join`.

    Returns:
        The run summary also written to `output/_metrics.json`.

    Example:
        >>> run(["dump/*.jsonl"], "out", master="local[2]")["articles"]   # doctest: +SKIP
        200
    """
    if spark is None:
        check_master(master)
    files = find_inputs(inputs)
    output = Path(output).absolute()
    stage = _staging(output, overwrite)
    try:
        return _run(files, output, stage, spark or session(master), link, batch_size, join)
    except OnrecordError:
        raise
    except Exception as exc:  # Py4J / Spark errors: one line for the user, the trace is in Spark's log
        raise OnrecordError(Errors.E506.format(reason=_last_line(exc))) from exc
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _last_line(exc: Exception) -> str:
    """The most telling line of a (possibly Java-wrapped) exception: the last non-empty one, trimmed."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip() and not ln.strip().startswith("at ")]
    return (lines[-1] if lines else type(exc).__name__)[:300]


def _run(files: list[str], output: Path, stage: Path, spark, link: bool, batch_size: int, join: bool) -> dict:
    """`run` once the inputs are found and the session is up."""
    started = time.perf_counter()
    articles, quotes, errors, metrics, tagged = extract_tables(spark, files, batch_size, join)
    extracted = time.perf_counter()
    articles.write.parquet(str(stage / "articles"))
    quotes.write.parquet(str(stage / "quotes"))
    errors.write.parquet(str(stage / "errors"))
    summary = _summarize(metrics, files, spark, started, extracted)
    if link:
        _write_links(spark, stage)
    tagged.unpersist()
    summary["seconds_total"] = round(time.perf_counter() - started, 3)
    (stage / "_metrics.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    _publish(stage, output)
    return summary


def _summarize(metrics: list[tuple], files: list[str], spark, started: float, extracted: float) -> dict:
    """The run summary from the workers' metrics rows."""
    workers = _worker_summary(metrics)
    return {
        "master": spark.sparkContext.master, "files": len(files),
        "articles": sum(w["articles"] for w in workers), "words": sum(w["words"] for w in workers),
        "quotes": sum(w["quotes"] for w in workers), "errors": sum(w["errors"] for w in workers),
        "seconds_extract": round(extracted - started, 3), "workers": workers,
    }


def _write_links(spark, stage: Path) -> None:
    """speakers/ and quote_links/, computed from the Parquet just written."""
    from onrecord.spark.link import quote_links, speaker_registry

    quotes = spark.read.parquet(str(stage / "quotes"))
    articles = spark.read.parquet(str(stage / "articles")).select("id", "outlet", "published")
    speaker_registry(quotes, articles).write.parquet(str(stage / "speakers"))
    quote_links(quotes).write.parquet(str(stage / "quote_links"))


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The spark-submit command line."""
    p = argparse.ArgumentParser(prog="onrecord spark", description=__doc__.split("\n")[0])
    p.add_argument("--input", "-i", action="append", required=True, help="path, glob or folder (repeatable)")
    p.add_argument("--output", "-o", required=True, help="output directory (absent or empty)")
    p.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[*])")
    p.add_argument("--overwrite", action="store_true", help="replace an existing output directory")
    p.add_argument("--no-link", action="store_true", help="skip speakers/ and quote_links/")
    p.add_argument("--batch-size", type=int, default=32, help="articles per nlp.pipe batch")
    p.add_argument("--join", action="store_true", help="one record for a quote continued after its cue")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point for spark-submit: one line on stderr and exit 1 on a user error."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = parse_args(argv)
    try:
        summary = run(args.input, args.output, master=args.master, link=not args.no_link,
                      overwrite=args.overwrite, batch_size=args.batch_size, join=args.join)
    except OnrecordError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps({k: v for k, v in summary.items() if k != "workers"}))
    return 0


if __name__ == "__main__":
    # Run as a script (spark-submit onrecord/spark/job.py): import the package from the checkout, not this folder.
    _here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _here]
    sys.path.insert(0, str(_here.parents[1]))
    sys.exit(main())
