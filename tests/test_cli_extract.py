"""`onrecord extract`: formats, stdin, and one clear line for bad input."""
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from onrecord.cli import app

ARTICLE = "“The river rose all night,” Nora Vale said. “We moved everyone out by dawn.”\n"


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "flood.txt"
    p.write_text(ARTICLE, encoding="utf8")
    return p


def run(*args, input=None):
    return CliRunner().invoke(app, ["extract", *map(str, args)], input=input)


def test_extract_jsonl_records(nlp, article):
    res = run(article)
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["speaker"]["name"] for r in recs] == ["Nora Vale", "Nora Vale"]
    assert all(r["doc_id"] == str(article) for r in recs)
    assert all(ARTICLE[r["start"]:r["end"]] == r["text"] for r in recs)


def test_extract_json_and_table(nlp, article):
    assert len(json.loads(run("--format", "json", article).stdout)) == 2
    table = run("--format", "table", article).stdout
    assert "Nora Vale" in table and "river rose" in table


def test_extract_table_shows_where_it_was_said(nlp, tmp_path):
    p = tmp_path / "levee.txt"
    p.write_text("“The river rose all night,” Nora Vale said at the courthouse.\n", encoding="utf8")
    table = run("--format", "table", p).stdout
    assert "where:" in table and "courthouse" in table
    assert json.loads(run(p).stdout)["venue"]["text"] == "the courthouse"


def test_extract_join_makes_one_record(nlp, article):
    recs = [json.loads(line) for line in run("--join", article).stdout.splitlines()]
    assert len(recs) == 1 and recs[0]["text"].endswith("by dawn.")


def test_extract_min_confidence_filters_records(nlp, article):
    confidences = [json.loads(line)["confidence"] for line in run(article).stdout.splitlines()]
    assert len(confidences) == 2
    cut = max(confidences)
    kept = [json.loads(line) for line in run("--min-confidence", cut, article).stdout.splitlines()]
    assert [r["confidence"] for r in kept] == [c for c in confidences if c >= cut]
    assert run("--min-confidence", 1.5, article).exit_code == 2  # outside 0..1: a usage error


def test_extract_stdin_jsonl(nlp):
    line = json.dumps({"id": "n1", "text": ARTICLE})
    recs = [json.loads(x) for x in run("-", input=line + "\n").stdout.splitlines()]
    assert {r["doc_id"] for r in recs} == {"n1"}


@pytest.mark.parametrize(
    "make,message",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: (d / "empty.txt").write_text("") and d / "empty.txt" or d / "empty.txt", "empty"),
        (lambda d: (d / "bin.txt").write_bytes(b"\x00\xff\x00") and d / "bin.txt", "binary"),
        (lambda d: (d / "s.jsonl").write_text('{"id": "a", "text": "Bad \\udca0."}\n') and d / "s.jsonl",
         "unpaired surrogate"),
    ],
)
def test_extract_bad_input_one_line(tmp_path, make, message):
    path = make(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "onrecord", "extract", str(path)], capture_output=True, text=True)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_extract_keep_going_reports_and_continues(nlp, tmp_path, article):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "“Fine work today,” said Rob Dunn."}\nnot json\n', encoding="utf8")
    res = run("--keep-going", bad, article)
    assert res.exit_code == 1
    assert "bad.jsonl:2" in res.stderr
    assert {json.loads(x)["doc_id"] for x in res.stdout.splitlines()} == {"ok", str(article)}
