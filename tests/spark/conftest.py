"""One local SparkSession per test session, and a tiny invented corpus run through the job once."""
from __future__ import annotations

import importlib.util
import json
import shutil

import pytest

# Four short invented articles. Two report the same invented utterance (one with an elision), so the run must
# link them; one has no quotation at all.
DOCS = [
    {"id": "t1", "outlet": "Harbor Gazette", "published": "2021-03-02",
     "text": "Mayor Lena Ortiz opened the new ferry pier on Tuesday.\n\n"
             "\u201cThis pier gives the whole east side a faster way to reach the city centre,\u201d Ortiz said. "
             "\u201cWe promised it, and we built it.\u201d\n\nThe pier cost four million dollars."},
    {"id": "t2", "outlet": "Coastline Daily", "published": "2021-03-03",
     "text": "The ferry pier is open.\n\nMayor Lena Ortiz told reporters at the pier: \u201cThis pier gives the "
             "whole east side a faster way to reach the city centre.\u201d\n\nCritics said the budget was too high."},
    {"id": "t3", "outlet": "Harbor Gazette", "published": "2021-03-04",
     "text": "Rain is expected over the weekend, with strong winds along the coast and cooler nights."},
    {"id": "t4", "outlet": "Valley Post", "published": "2021-03-05",
     "text": "Coach Sam Becker was pleased after the match. \u201cThe defence held firm all evening and the young "
             "players showed real courage,\u201d he said.\n\nHis team plays again on Friday."},
]


def _spark_missing() -> str | None:
    """Why Spark cannot run here, or None."""
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark not installed (pip install 'onrecord[spark]')"
    if not shutil.which("java"):
        return "java not found (Spark needs Java 17+)"
    return None


@pytest.fixture(scope="session")
def spark():
    """A local[2] SparkSession shared by every Spark test; skipped with a reason without Java or pyspark."""
    reason = _spark_missing()
    if reason:
        pytest.skip(reason)
    from onrecord.spark.job import session

    s = session("local[2]", app_name="onrecord-tests")
    yield s
    s.stop()


# One invented page for a WARC shard.
PAGE_URL = "https://news.example.org/eastbridge/bridge"
PAGE = """<html><head><title>Bridge reopens in Eastbridge</title></head><body><article>
<h1>Bridge reopens in Eastbridge</h1>
<p>The old stone bridge in Eastbridge reopened on Monday after eight months of repairs, and traffic returned to
the town centre by noon.</p>
<p>\u201cWe kept the original arches and replaced everything underneath them,\u201d said engineer Tomas Halvorsen,
who led the work for the county.</p>
<p>Shop owners on the high street said the closure had cost them customers through the whole winter.</p>
</article></body></html>"""


def write_warc(path, url: str, html: str) -> None:
    """A .warc.gz with one HTTP response record holding `html`."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                                      http_headers=headers))


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """A folder of shards: the invented articles as one JSONL file, and one WARC file with one page."""
    folder = tmp_path_factory.mktemp("spark_in")
    (folder / "shard-000.jsonl").write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    write_warc(folder / "shard-001.warc.gz", PAGE_URL, PAGE)
    return folder


@pytest.fixture(scope="session")
def spark_run(spark, corpus, tmp_path_factory):
    """(output dir, summary) of one job run over `corpus`, shared by the tests that read its tables."""
    import onrecord
    from onrecord.spark.job import run

    if not hasattr(onrecord, "extract_articles"):
        pytest.skip("onrecord.extract_articles not available yet")
    out = tmp_path_factory.mktemp("spark_out") / "run"
    summary = run([str(corpus)], out, spark=spark)
    return out, summary
