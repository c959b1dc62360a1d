"""Web app latency on a synthetic store of 10,000 articles: p95 per page, written to RESULTS.md "## Web app".

1. Generate the store: the schema from onrecord's migrations (`Store(path)`), then rows written directly
   (articles, quotes, mentions, speakers, utterances with variants and diffs, stories) from a seeded random
   generator with its own vocabulary. Each story has a few utterances reported by every one of its articles
   with small differences (a bracketed word, a typo), so quote pages have many variants.
2. Start `onrecord serve` (the real CLI, a separate process) on 127.0.0.1 on a free port.
3. For each page (HTML and its JSON twin), request REQUESTS different ids one after the other with httpx after a
   few warm-up requests, and report p50 / p95 / max latency. Target: p95 < 200 ms for every page.

Run: .venv/bin/python benchmarks/web.py [--articles 10000] [--requests 50] [--db PATH] [--keep]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import httpx
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import publish  # noqa: E402

from onrecord.store import Store  # noqa: E402

SEED = 7
ARTICLES_PER_STORY = 10
SHARED_PER_ARTICLE = 4  # utterances of the story each article reports
OWN_PER_ARTICLE = 4  # quotes only this article has
SPEAKERS = 500
FILLER_SENTENCES = 12
TARGET_MS = 200
SYLLABLES = ["ka", "lo", "mi", "ren", "tor", "sa", "vel", "din", "ou", "pra", "lex", "mun", "ti", "gor", "bel"]


def vocabulary(rng: random.Random, n: int = 3000) -> list[str]:
    """Invented words (2-4 syllables), so the texts owe nothing to any real corpus."""
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def sentence(rng: random.Random, vocab: list[str], lo: int = 8, hi: int = 20) -> str:
    """A random sentence of invented words."""
    return " ".join(rng.choice(vocab) for _ in range(rng.randint(lo, hi)))


def vary(rng: random.Random, words: list[str]) -> tuple[str, list[dict]]:
    """A reported variant of a quote: one word bracketed and one word misspelt, with its diff ops."""
    i, j = sorted(rng.sample(range(1, len(words) - 1), 2))
    typo = words[j][:-1] + ("x" if words[j][-1] != "x" else "y")
    out = words[:i] + [f"[{words[i]}]"] + words[i + 1:j] + [typo] + words[j + 1:]
    ops = [{"op": "equal", "canonical": " ".join(words[:i]), "variant": " ".join(words[:i])},
           {"op": "bracket", "canonical": words[i], "variant": f"[{words[i]}]"},
           {"op": "equal", "canonical": " ".join(words[i + 1:j]), "variant": " ".join(words[i + 1:j])},
           {"op": "substitute", "canonical": words[j], "variant": typo, "typo": True},
           {"op": "equal", "canonical": " ".join(words[j + 1:]), "variant": " ".join(words[j + 1:])}]
    return " ".join(out), [o for o in ops if o["canonical"] or o["variant"]]


class Tables:
    """Rows of every table, as column lists, appended to while generating."""

    def __init__(self, con) -> None:
        self.cols = {t: [c[0] for c in con.execute(f"DESCRIBE {t}").fetchall()]
                     for t in ("articles", "quotes", "mentions", "speakers", "utterances", "variants", "stories")}
        self.data = {t: {c: [] for c in cols} for t, cols in self.cols.items()}

    def add(self, table: str, **row) -> None:
        for c in self.cols[table]:
            self.data[table][c].append(row.get(c))

    def write(self, con) -> None:
        for table, cols in self.data.items():
            batch = pa.table(cols)
            con.register("_rows", batch)
            con.execute(f"INSERT INTO {table} SELECT * FROM _rows")
            con.unregister("_rows")


def generate(path: Path, n_articles: int) -> dict[str, int]:
    """Write a synthetic store of `n_articles` articles to `path`; returns row counts."""
    rng = random.Random(SEED)
    vocab = vocabulary(rng)
    store = Store(path)
    t = Tables(store.con)
    names = [f"{rng.choice(vocab).title()} {rng.choice(vocab).title()}" for _ in range(SPEAKERS)]
    counts = {i: [0, set()] for i in range(SPEAKERS)}
    start_day, now = date(2015, 1, 1), datetime.now()
    seq = 0
    for s in range(max(1, n_articles // ARTICLES_PER_STORY)):
        sid = f"st{s:05d}"
        t.add("stories", id=sid, title=sentence(rng, vocab, 3, 6).capitalize(), created_at=now)
        day = start_day + timedelta(days=rng.randint(0, 3650))
        cast = rng.sample(range(SPEAKERS), 3)
        shared = [(f"u{s:05d}_{k}", sentence(rng, vocab, 10, 30).split(), rng.choice(cast))
                  for k in range(SHARED_PER_ARTICLE)]
        for a in range(ARTICLES_PER_STORY):
            aid = f"art{seq:06d}"
            published = (day + timedelta(days=rng.randint(0, 3))).isoformat()
            quotes = [(uid, vary(rng, words) if a else (" ".join(words), None), spk, a == 0)
                      for uid, words, spk in shared]
            for k in range(OWN_PER_ARTICLE):
                quotes.append((f"u{aid}_{k}", (sentence(rng, vocab), None), rng.choice(cast), True))
            rng.shuffle(quotes)
            parts, pos = [], 0
            for idx, (uid, (qtext, ops), spk, first) in enumerate(quotes):
                filler = sentence(rng, vocab) + ". "
                lead = filler + "“"
                qstart = pos + len(lead)
                qend = qstart + len(qtext)
                tail = f",” said {names[spk]}.\n\n"
                m_start = qend + len(",” said ")
                parts.append(lead + qtext + tail)
                pos += len(lead) + len(qtext) + len(tail)
                qid = f"q{aid}_{idx}"
                t.add("quotes", id=qid, article_id=aid, idx=idx, start=qstart, end=qend, text=qtext, kind="direct",
                      speaker_id=f"sp{spk:04d}", speaker_name=names[spk], speaker_mention=names[spk],
                      speaker_start=m_start, speaker_end=m_start + len(names[spk]), cue_text="said",
                      cue_start=qend + 3, cue_end=qend + 7, confidence=0.9, utterance_id=uid)
                t.add("mentions", article_id=aid, quote_id=qid, role="speaker", name=names[spk],
                      mention=names[spk], start=m_start, end=m_start + len(names[spk]), speaker_id=f"sp{spk:04d}")
                diff = ops or [{"op": "equal", "canonical": qtext, "variant": qtext}]
                t.add("variants", utterance_id=uid, quote_id=qid, article_id=aid, start=0, end=len(qtext),
                      is_primary=True, score=1.0 if first else 0.9,
                      labels=sorted({o["op"] for o in diff if o["op"] != "equal"}), diff=json.dumps(diff))
                if first:
                    n = ARTICLES_PER_STORY if uid.startswith(f"u{s:05d}_") else 1
                    t.add("utterances", id=uid, text=qtext, speaker_id=f"sp{spk:04d}", first_quote_id=qid,
                          first_article_id=aid, first_published=published, n_variants=n, n_articles=n)
                counts[spk][0] += 1
                counts[spk][1].add(aid)
            text = "".join(parts) + sentence(rng, vocab) + "."
            t.add("articles", id=aid, hash=f"{seq:064x}", seq=seq, text=text,
                  title=sentence(rng, vocab, 4, 8).capitalize(), outlet=f"Outlet {seq % 40}",
                  url=f"https://news.example/{aid}", published=published,
                  published_ts=datetime.fromisoformat(published), source="synthetic", story_id=sid,
                  ingested_at=now, n_quotes=len(quotes), linked=True)
            seq += 1
    for i, name in enumerate(names):
        t.add("speakers", id=f"sp{i:04d}", name=name, aliases=[name, name.split()[-1]],
              quote_count=counts[i][0], article_count=len(counts[i][1]))
    with store.transaction() as con:
        t.write(con)
    found = store.counts()
    store.close()
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    """`onrecord serve` in a child process; returns once it answers."""
    exe = Path(sys.executable).with_name("onrecord")
    proc = subprocess.Popen([str(exe), "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/overview", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode()}")
    proc.kill()
    raise SystemExit("server did not start within 30 s")


def sample_paths(db: Path, n: int, rng: random.Random) -> dict[str, list[str]]:
    """`n` URLs per page kind, with ids drawn from the store."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        def pick(sql: str) -> list[str]:
            return [r[0] for r in con.execute(f"SELECT * FROM ({sql}) t(x) ORDER BY hash(x, {SEED}) LIMIT {n}").fetchall()]
        speakers, stories = pick("SELECT id FROM speakers"), pick("SELECT id FROM stories")
        articles, quotes = pick("SELECT id FROM articles"), pick("SELECT id FROM utterances WHERE n_articles > 1")
        words = [w for w in pick("SELECT split_part(text, ' ', 3) FROM quotes") if w]
    pairs = rng.sample(words, min(n, len(words)))
    paths = {
        "/": ["/"] * n,
        "/search?q=": [f"/search?q={w}" for w in pairs],
        "/speakers/{id}": [f"/speakers/{i}" for i in speakers],
        "/quotes/{id}": [f"/quotes/{i}" for i in quotes],
        "/stories/{id}": [f"/stories/{i}" for i in stories],
        "/articles/{id}": [f"/articles/{i}" for i in articles],
    }
    for name, urls in list(paths.items()):
        api = [("/api/overview" if u == "/" else "/api" + u) for u in urls]
        paths["/api/overview" if name == "/" else "/api" + name] = api
    return paths


def measure(base: str, paths: dict[str, list[str]]) -> list[dict]:
    """Latency of every URL, sequentially, after 3 warm-up requests per page kind."""
    out = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for name, urls in paths.items():
            for u in urls[:3]:
                client.get(u)
            times = []
            for u in urls:
                t0 = time.perf_counter()
                r = client.get(u)
                times.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200:
                    raise SystemExit(f"{u}: HTTP {r.status_code}")
            times.sort()
            if not times:
                continue
            p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
            out.append({"page": name, "n": len(times), "p50": statistics.median(times), "p95": p95,
                        "max": times[-1]})
    return out


def report(rows: list[dict], counts: dict[str, int], gen_s: float, size_mb: float, args) -> str:
    ok = all(r["p95"] < TARGET_MS for r in rows)
    lines = [f"Command: `.venv/bin/python benchmarks/web.py --articles {args.articles} --requests {args.requests}` "
             f"(synthetic store generated by the script: {counts['articles']:,} articles, {counts['quotes']:,} "
             f"quotes, {counts['speakers']:,} speakers, {counts['utterances']:,} utterances, "
             f"{counts['stories']:,} stories; {size_mb:.0f} MB; generated in {gen_s:.1f} s). Server: `onrecord "
             f"serve` (uvicorn, one process) on 127.0.0.1; client: httpx, one request at a time, {args.requests} "
             "different ids per page after 3 warm-up requests; 2-core machine shared with other work "
             f"(load average {os.getloadavg()[0]:.1f} when the measurement ended).",
             "", "| page | requests | p50 ms | p95 ms | max ms |", "|---|---|---|---|---|"]
    lines += [f"| `{r['page']}` | {r['n']} | {r['p50']:.1f} | {r['p95']:.1f} | {r['max']:.1f} |" for r in rows]
    lines += ["", f"Target p95 < {TARGET_MS} ms on every page: **{'met' if ok else 'NOT met'}** "
              f"(worst p95 {max(r['p95'] for r in rows):.1f} ms)."]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=50)
    ap.add_argument("--db", type=Path, help="where to write the store (default: a temporary directory)")
    ap.add_argument("--keep", action="store_true", help="keep the generated store")
    ap.add_argument("--no-write", action="store_true", help="print the table, leave RESULTS.md alone")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="onrecord-web-"))
    db = args.db or tmp / "bench.duckdb"
    if db.exists():
        db.unlink()
    proc = None
    try:
        t0 = time.perf_counter()
        counts = generate(db, args.articles)
        gen_s = time.perf_counter() - t0
        port = free_port()
        proc = start_server(db, port)
        rows = measure(f"http://127.0.0.1:{port}", sample_paths(db, args.requests, random.Random(SEED)))
        body = report(rows, counts, gen_s, db.stat().st_size / 1e6, args)
        publish("Web app", body, write=not args.no_write)
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(10)
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
            if args.db and db.exists() and not args.keep:
                os.unlink(db)


if __name__ == "__main__":
    main()
