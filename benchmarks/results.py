"""Shared by the benchmark scripts: replace one `## section` of benchmarks/RESULTS.md, keeping the others."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"


def write_section(title: str, body: str) -> None:
    """Write `body` under `## title` in RESULTS.md, replacing that section only (atomic rename)."""
    old = RESULTS.read_text(encoding="utf8") if RESULTS.exists() else "# Benchmark results\n"
    section = f"## {title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    new = pattern.sub(lambda _: section + "\n", old) if pattern.search(old) else old.rstrip() + "\n\n" + section
    tmp = RESULTS.with_suffix(".tmp")
    tmp.write_text(new.rstrip("\n") + "\n", encoding="utf8")  # the last section ends the file, no blank line
    tmp.replace(RESULTS)


def publish(title: str, body: str, write: bool = True) -> None:
    """Print a benchmark's report and, unless `write` is false (`--no-write`), store it under `## title`."""
    print(body)
    if write:
        write_section(title, body)


def fit_or_measure_args() -> argparse.Namespace:
    """`--fit` and `--no-write`, for a script that learns a model from PolNeAR train or measures it on dev; one
    line and exit 1 when ../shared/data/polnear is absent."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--fit", action="store_true", help="learn from train and write the model file")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    if not POLNEAR.exists():
        sys.exit("../shared/data/polnear not found: nothing to learn from or measure")
    return args
