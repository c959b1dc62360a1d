"""Corpus store and tracing benchmark: seed targets, ECB+ ingest split into extraction vs store+linking, and a
synthetic corpus (10k / 50k / 100k articles, no spaCy) for store+linking time and memory.

Usage: python benchmarks/store.py [seeds] [ecb] [synthetic]   (default: all; writes benchmarks/RESULTS.md)
Each synthetic size runs in its own subprocess so its peak RSS is its own.
"""
from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
RESULTS = REPO / "benchmarks" / "RESULTS.md"
SECTION = "## Corpus store and tracing"
SIZES = (10_000, 50_000, 100_000)


def seeds() -> list[str]:
    """The seed targets: which articles each gold utterance links, and the diff labels found."""
    from onrecord import extract_articles, load_pipeline
    from onrecord.corpus import IngestSummary, ingest_pairs
    from onrecord.ingest import read_articles
    from onrecord.link.trace import trace
    from onrecord.store import Store

    s = Store(":memory:")
    ingest_pairs(s, extract_articles(read_articles(sorted((SHARED / "seeds").glob("*.txt"))),
                                     nlp=load_pipeline()), IngestSummary())
    lines = ["| utterance (query) | articles linked | diff changes (canonical → variant) |", "|---|---|---|"]
    for name, query in (("best-heart", "best communicator"), ("hat-meaning", "what the hat represents"),
                        ("hat-meaning (2nd part)", "mindful about that"), ("afterwards", "Afterwards, I might")):
        u = trace(s, query, limit=1)[0]
        arts = sorted({o["article_id"].rsplit("/", 1)[-1][:3] for o in u["occurrences"]})
        ch = [f"{d['canonical']}→{d['variant']} ({d['op']})" for o in u["occurrences"] for d in o["diff"]
              if d["op"] != "equal"]
        lines.append(f"| {name} (`{query}`) | {', '.join(arts)} | {'; '.join(ch) or '(identical)'} |")
    return lines


def ecb() -> list[str]:
    """Ingest the 982 ECB+ documents (each article its own transaction): extraction vs store vs linking."""
    from onrecord.corpus import ingest

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        s = ingest([str(SHARED / "data" / "ecbplus" / "docs.jsonl")], Path(tmp) / "ecb.duckdb")
        wall = time.perf_counter() - t0
    return [f"ECB+ ({s.new} new articles, {s.quotes} quotes, {s.speakers} speakers, {s.utterances} utterances; "
            f"one transaction per article, linking every 256): wall {wall:.1f} s = extraction "
            f"{s.extract_seconds:.1f} s + store {s.store_seconds:.1f} s + linking {s.link_seconds:.1f} s "
            f"(of which story clustering {s.stories_seconds:.1f} s) "
            f"(store+linking = {100 * (s.store_seconds + s.link_seconds) / wall:.0f}% of wall)."]


SYL = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "da", "fi", "go", "hu", "ji", "pe", "zo", "ar", "el"]


def vocabulary(rng: random.Random, n: int) -> list[str]:
    """`n` distinct invented words of 2-4 syllables."""
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYL) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def synthetic_pairs(n: int, seed: int = 7):
    """`n` invented articles of 3 quotes each; 10% of quotes re-report an earlier one with edits."""
    from onrecord.types import Article, Mention, Quote

    rng = random.Random(seed)
    vocab = vocabulary(rng, 5000)
    people = [(f"{a.title()} {b.title()}") for a, b in zip(rng.sample(vocab, 400), rng.sample(vocab, 400))]
    recent: list[list[str]] = []
    for i in range(n):
        parts, quotes, pos = [], [], 0
        for k in range(3):
            if recent and rng.random() < 0.1:
                words = list(rng.choice(recent))
                j = rng.randrange(len(words))
                words[j] = rng.choice([f"[{rng.choice(vocab)}]", words[j][:-1] or "x", "..."])
            else:
                words = [rng.choice(vocab) for _ in range(rng.randint(10, 30))]
                recent = (recent + [words])[-2000:]
            name = rng.choice(people)
            sentence = f"{name} said: “{' '.join(words)}.” "
            start = pos + len(name) + 8
            text = " ".join(words)
            quotes.append(Quote(f"s{i}", start, start + len(text), text, "direct",
                                Mention(name, name, pos, pos + len(name))))
            parts.append(sentence)
            pos += len(sentence)
        yield Article(f"s{i}", "".join(parts), published=f"2020-01-{1 + i % 28:02d}"), quotes


def run_synthetic(n: int) -> dict:
    """Store + link (speakers, tracing) `n` synthetic articles (500 per transaction, linking every 5000)."""
    from onrecord import corpus
    from onrecord.corpus import IngestSummary, ingest_pairs
    from onrecord.store import Store

    corpus.stories_hook = lambda: None  # the story clustering is benchmarked by its owner
    pairs = list(synthetic_pairs(n))
    with tempfile.TemporaryDirectory() as tmp:
        store, summary = Store(Path(tmp) / "syn.duckdb"), IngestSummary()
        t0 = time.perf_counter()
        ingest_pairs(store, pairs, summary, commit_every=500, link_every=5000)
        wall = time.perf_counter() - t0
        counts = store.counts()
        linked = store.con.execute("SELECT count(*) FROM utterances WHERE n_variants > 1").fetchone()[0]
        store.close()
        size = (Path(tmp) / "syn.duckdb").stat().st_size
    return {"n": n, "seconds": round(wall, 1), "store_s": round(summary.store_seconds, 1),
            "link_s": round(summary.link_seconds, 1), "quotes": summary.quotes, "speakers": counts["speakers"],
            "utterances": counts["utterances"], "multi": linked, "db_mb": round(size / 2**20),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def synthetic() -> list[str]:
    """Each size in a fresh process; a table of time and memory per size."""
    lines = ["| articles | quotes | store+link s | store s | link s | µs/article | peak RSS MB | DB MB | "
             "utterances (multi-variant) | speakers |", "|---|---|---|---|---|---|---|---|---|---|"]
    for n in SIZES:
        out = subprocess.run([sys.executable, __file__, "_one", str(n)], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        lines.append(f"| {n:,} | {r['quotes']:,} | {r['seconds']} | {r['store_s']} | {r['link_s']} | "
                     f"{1e6 * r['seconds'] / n:.0f} | {r['peak_rss_mb']} | {r['db_mb']} | "
                     f"{r['utterances']:,} ({r['multi']:,}) | {r['speakers']} |")
        print(lines[-1], flush=True)
    return lines


def subsections(section: str) -> dict[str, list[str]]:
    """The `### title` blocks of this benchmark's section, so a partial run keeps the others."""
    out: dict[str, list[str]] = {}
    for chunk in section.split("\n### ")[1:]:
        title, _, body = chunk.partition("\n")
        out[title.strip()] = body.strip("\n").splitlines()
    return out


def write(blocks: dict[str, list[str]]) -> None:
    """Rewrite this benchmark's section of RESULTS.md (re-run parts replaced, others kept, other sections
    untouched)."""
    old = RESULTS.read_text() if RESULTS.exists() else "# Benchmarks\n"
    head, _, rest = old.partition(SECTION)
    tail = rest[rest.find("\n## "):] if "\n## " in rest else ""
    merged = {**subsections(rest[:len(rest) - len(tail)]), **blocks}
    body = [SECTION, "", f"Measured {time.strftime('%Y-%m-%d')} on the 2-core dev box (shared with other jobs) "
            "with `.venv/bin/python benchmarks/store.py [seeds] [ecb] [synthetic]`.", ""]
    for title, lines in merged.items():
        body += [f"### {title}", "", *lines, ""]
    RESULTS.write_text(head.rstrip() + "\n\n" + "\n".join(body) + tail)


def main(argv: list[str]) -> None:
    if argv[:1] == ["_one"]:
        print(json.dumps(run_synthetic(int(argv[1]))))
        return
    parts = argv or ["seeds", "ecb", "synthetic"]
    if not SHARED.exists() and ("seeds" in parts or "ecb" in parts):
        print("../shared not found: running the synthetic part only", file=sys.stderr)
        parts = [p for p in parts if p == "synthetic"]
    titles = {"seeds": "Seed targets (trace)", "ecb": "ECB+ ingest (982 documents)",
              "synthetic": "Synthetic corpus, store + linking only (no extraction)"}
    blocks = {titles[p]: globals()[p]() for p in parts}
    for lines in blocks.values():
        print("\n".join(lines))
    write(blocks)


if __name__ == "__main__":
    main(sys.argv[1:])
