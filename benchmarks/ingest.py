"""Reading speed and memory of onrecord.ingest on the shared corpora.

Run: .venv/bin/python benchmarks/ingest.py   (needs ../shared; writes the "## ingest" section of RESULTS.md)

Measures, on one process:
1. JSONL streaming over PolNeAR train + dev and ECB+ (articles/s, MB/s, peak Python memory by tracemalloc,
   which must stay near one line, not the file);
2. HTML pages through trafilatura: ECB+ texts wrapped in a page with menu, sidebar and footer boilerplate,
   written to a temporary folder (never committed) and read with `read_articles` (pages/s, words/s);
3. the same pages as HTTP response records of one temporary .warc.gz.
"""
from __future__ import annotations

import html
import io
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.ingest import html_fields, read_articles

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import publish  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
SECTION = "ingest"
N_PAGES = 400

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2012-05-0{day}">
</head><body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/sub">Subscribe for unlimited access</a></li></ul></nav></header>
<main><article><h1>{title}</h1>{paragraphs}</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Another story people read today</a></li></ul></aside>
<footer><p>© 2012 Example News. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>"""


def page_of(text: str, i: int) -> str:
    """A news page around `text` (one <p> per line)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    return PAGE.format(title=html.escape(lines[0][:120]), day=i % 9 + 1, paragraphs=paragraphs)


def timed(paths) -> tuple[int, int, float]:
    """(articles, words, seconds) for reading `paths`."""
    start = time.perf_counter()
    n = words = 0
    for article in read_articles(paths):
        n += 1
        words += len(article.text.split())
    return n, words, time.perf_counter() - start


def peak_mb(paths) -> float:
    """Peak Python allocations (MB, tracemalloc) while streaming `paths`: flat means near one article."""
    tracemalloc.start()
    for _ in read_articles(paths):
        pass
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return peak


def row(label: str, result: tuple[int, int, float], peak: float) -> str:
    """One table row."""
    n, words, sec = result
    return f"| {label} | {n} | {words} | {sec:.2f} | {n / sec:,.0f} | {words / sec:,.0f} | {peak:.1f} |"


BOILERPLATE = ("Subscribe for unlimited", "Most read", "All rights reserved", "Another story people read")


def check_pages(texts: list[str], pages: list[bytes]) -> str:
    """How many pages kept boilerplate or lost their last paragraph (first 60 pages)."""
    leaks = lost = 0
    for text, page in list(zip(texts, pages))[:60]:
        got = (html_fields(page) or {"text": ""})["text"]
        leaks += any(junk in got for junk in BOILERPLATE)
        last = [line.strip() for line in text.split("\n") if line.strip()][-1]
        lost += last[:40] not in got
    return f"Quality check on the first 60 pages: {leaks} kept boilerplate, {lost} lost their last paragraph."


def main() -> int:
    if not SHARED.exists():
        print("../shared not found: nothing to measure")
        return 0
    jsonl = [SHARED / "data" / "polnear" / "train.jsonl", SHARED / "data" / "polnear" / "dev.jsonl",
             SHARED / "data" / "ecbplus" / "docs.jsonl"]
    mb = sum(p.stat().st_size for p in jsonl) / 1e6
    out = ["Command: `.venv/bin/python benchmarks/ingest.py` (one process, timed without tracing; the memory "
           "column is a second, traced pass).",
           "2 cores shared with other jobs: words/s vary by about 2x from run to run.",
           "",
           "| input | articles | words | seconds | articles/s | words/s | peak Python MB |",
           "|---|---|---|---|---|---|---|",
           row(f"JSONL: PolNeAR train+dev, ECB+ ({mb:.1f} MB)", timed(jsonl), peak_mb(jsonl))]
    texts = [json.loads(line)["text"] for line in (SHARED / "data" / "ecbplus" / "docs.jsonl").open()][:N_PAGES]
    pages = [page_of(text, i).encode("utf-8") for i, text in enumerate(texts)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for i, page in enumerate(pages):
            (folder / f"{i:04d}.html").write_bytes(page)
        out.append(row(f"HTML folder, {N_PAGES} pages (ECB+ texts in boilerplate)", timed([folder]),
                       peak_mb([folder])))
        warc = Path(tmp) / "pages.warc.gz"
        with warc.open("wb") as f:
            writer = WARCWriter(f, gzip=True)
            for i, page in enumerate(pages):
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(f"https://news.example/{i}", "response",
                                                              payload=io.BytesIO(page), http_headers=http))
        out.append(row(f"WARC.gz, the same {N_PAGES} pages as response records", timed([warc]), peak_mb([warc])))
    out += ["", check_pages(texts, pages)]
    publish(SECTION, "\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
