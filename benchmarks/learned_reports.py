"""Learned reports: learn the model of the reports the rules miss from PolNeAR train, and measure what it adds.

    .venv/bin/python benchmarks/learned_reports.py --fit   # learn from train, write onrecord/quotes/data/learned_reports.json
    .venv/bin/python benchmarks/learned_reports.py [--no-write]  # measure on dev with and without it, write RESULTS.md

A candidate (`onrecord/quotes/learned.py`: a parsed word outside every record, and a span it may report) is
labelled 1 when its word is (part of) the cue of a gold attribution that no record of the rules overlaps at all,
and the reference scorer's overlap (`../shared/tools/score.py`, >= 0.5 after trimming) pairs its span with that
attribution's content. Extraction runs with `--join`. `--fit` chooses the ridge penalty and the threshold by
5-fold cross-validation over train's articles, scoring each fold's picks with the reference scorer, then learns
the shipped model from all of train; it writes the same file byte for byte when run again.
"""
from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from confidence import SHARED, gold_path, model_json  # noqa: E402
from quotes import load_polnear, row, score_records  # noqa: E402
from results import fit_or_measure_args, publish  # noqa: E402

FOLDS = 5
MIN_POSITIVES = 1  # a word read only when it was a right candidate at least this often in training (CV: 71.2 at 1, 71.1 at 2)
MIN_FACT_COUNT = 2  # a fact seen less often in training gets no weight
L2S = (1.0, 3.0, 10.0)
THRESHOLDS = (0.3, 0.35, 0.4, 0.5, 0.6)
TIE = 0.1  # F1 points: the scorer prints one decimal
CANDIDATE_TAGS = ("VB", "NN", "IN")  # the tags of PolNeAR's cue words: verbs, nouns, prepositions


@contextmanager
def rules_only(collect: dict | None = None):
    """Extraction without the learned step; with `collect`, each article's candidates (every verb, noun and
    preposition outside the records) are gathered there by article text."""
    import onrecord.quotes.attribute as attribute
    from onrecord.quotes.learned import report_candidates

    def gather(parsed, drafts, quoted):
        if collect is not None:
            words = frozenset(t.lower_ for p in parsed.pieces for t in p.doc if t.tag_.startswith(CANDIDATE_TAGS))
            found = [replace(c, cue=None) for c in report_candidates(parsed, drafts, quoted, words)]
            collect.setdefault(parsed.text, []).append(found)  # the parse is let go: only offsets and facts stay
        return []

    saved = attribute.learned_drafts
    attribute.learned_drafts = gather
    try:
        yield
    finally:
        attribute.learned_drafts = saved


def extract(split: str, collect: dict | None = None, learned: bool = False) -> list[tuple[object, list]]:
    """(Article, its records with `--join`) for each article of a PolNeAR split."""
    from onrecord import Article, extract_articles, load_pipeline

    articles = [Article(d["id"], d["text"]) for d in load_polnear(split, None)]
    if learned:
        return list(extract_articles(articles, nlp=load_pipeline(), join=True))
    with rules_only(collect):
        return list(extract_articles(articles, nlp=load_pipeline(), join=True))


def labelled(split: str) -> tuple[list[tuple[object, list]], list[tuple[str, object, int]]]:
    """The rules' records, and (article id, candidate, label) for every candidate of the split: 1 when its word
    is the cue of a gold attribution no record overlaps, and its span matches that attribution's content."""
    sys.path.insert(0, str(SHARED / "tools"))
    import score as scorer

    gold: dict[str, list] = {}
    with open(gold_path(split), encoding="utf8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] not in gold:  # a second annotator of the same article: the scorer keeps the first
                gold[d["id"]] = [(scorer.trim(d["text"], a["content"][0][0], a["content"][-1][1]), a.get("cue") or [])
                                 for a in d["attributions"] if a["content"]]
    collect: dict = {}
    results = extract(split, collect)
    out = []
    for article, quotes in results:
        text = article.text
        preds = [scorer.trim(text, q.start, q.end) for q in quotes if q.nested_in is None]
        missed = [(span, cue) for span, cue in gold[article.id]
                  if span[1] > span[0] and not any(scorer.overlap(span, p) > 0 for p in preds if p[1] > p[0])]
        for c in collect[text].pop(0):
            span = scorer.trim(text, c.start, c.end)
            out.append((article.id, c, int(span[1] > span[0] and any(
                scorer.overlap(g, span) >= 0.5 and any(s <= c.at < e for s, e in cue) for g, cue in missed))))
    return results, out


def word_of(c) -> str:
    """A candidate's word: its first fact is `w=…` (`learned.word_facts`)."""
    return c.facts[0].split("=", 1)[1]


def train_model(rows: list[tuple[str, object, int]], l2: float, threshold: float) -> dict:
    """The model file's contents, learned from labelled candidates: the words, weights and threshold."""
    from onrecord.quotes.learned import ReportModel

    positives = Counter(word_of(c) for _, c, y in rows if y)
    words = {w for w, n in positives.items() if n >= MIN_POSITIVES}
    rows = [r for r in rows if word_of(r[1]) in words]
    bias, weights = fit([c.facts for _, c, _ in rows], [y for *_, y in rows], l2)
    model = ReportModel(bias, weights, frozenset(words), threshold)
    # a word none of whose training candidates reaches the threshold is not worth reading
    reached = {word_of(c) for _, c, _ in rows if model.probability(c.facts) >= threshold}
    return {"about": "onrecord learned reports: logistic weights of candidate facts (onrecord/quotes/learned.py); "
                     "learned by benchmarks/learned_reports.py --fit from PolNeAR train",
            "candidates": len(rows), "right": sum(y for *_, y in rows), "l2": l2, "threshold": threshold,
            "bias": round(bias, 5), "words": sorted(words & reached), "weights": dict(sorted(weights.items()))}


def fit(rows: list[tuple[str, ...]], labels: list[int], l2: float) -> tuple[float, dict[str, float]]:
    """Ridge-penalised logistic regression over binary facts (the bias unpenalised), by L-BFGS over a sparse
    matrix; facts seen fewer than MIN_FACT_COUNT times are left out. Cost: O(n f) per iteration for n rows
    of f facts each."""
    import numpy as np
    import scipy.sparse as sp
    from scipy.optimize import minimize

    counts = Counter(f for r in rows for f in r)
    vocab = {f: k for k, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_FACT_COUNT))}
    cols = [[vocab[f] for f in r if f in vocab] + [len(vocab)] for r in rows]
    X = sp.csr_matrix((np.ones(sum(map(len, cols))), ([i for i, c in enumerate(cols) for _ in c], [k for c in cols for k in c])),
                      shape=(len(rows), len(vocab) + 1))
    y = np.asarray(labels, dtype=float)
    penalty = np.full(X.shape[1], l2)
    penalty[-1] = 0.0

    def loss(w):
        z = X @ w
        return (np.logaddexp(0, z) - y * z).sum() + 0.5 * (penalty * w * w).sum(), X.T @ (1 / (1 + np.exp(-z)) - y) + penalty * w

    w = minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 1000}).x
    return float(w[-1]), {f: round(float(w[k]), 5) for f, k in vocab.items() if abs(w[k]) >= 1e-5}


def scored(split: str, results: list[tuple[object, list]], picks: dict[str, list]) -> dict:
    """The reference scorer's all-attributions row at overlap 0.5 for the rules' records plus `picks`."""
    def records():
        for article, quotes in results:
            yield from (q.to_dict() for q in quotes)
            yield from ({"doc_id": article.id, "start": c.start, "end": c.end, "kind": "indirect", "speaker": None,
                         "nested_in": None} for c in picks.get(article.id, []))

    return row(score_records(gold_path(split), records()), "all", 0.5)


def cross_validate(results, rows) -> list[dict]:
    """For each penalty and threshold: train's all-attributions scores with every article's picks made by the
    model learned on the other folds."""
    from onrecord.quotes.learned import ReportModel, pick

    ids = sorted({doc for doc, _, _ in rows})
    random.Random(0).shuffle(ids)
    fold = {d: k % FOLDS for k, d in enumerate(ids)}
    by_doc: dict[str, list] = {}
    for doc, c, _ in rows:
        by_doc.setdefault(doc, []).append(c)
    table = []
    for l2 in L2S:
        # learned at threshold 0, so each fold's word list is every word with MIN_POSITIVES right candidates
        models = [ReportModel.from_dict(train_model([r for r in rows if fold[r[0]] != k], l2, 0.0)) for k in range(FOLDS)]
        for t in THRESHOLDS:
            picks = {}
            for doc, cands in by_doc.items():
                m = replace(models[fold[doc]], threshold=t)
                picks[doc] = pick([c for c in cands if word_of(c) in m.words], m)
            table.append(dict(scored("train", results, picks), l2=l2, threshold=t, added=sum(map(len, picks.values()))))
            print(table[-1], flush=True)
    return table


def main() -> None:
    args = fit_or_measure_args()
    from onrecord.quotes.learned import MODEL_PATH

    if args.fit:
        results, rows = labelled("train")
        base = scored("train", results, {})
        table = cross_validate(results, rows)
        # the scorer prints F1 to 0.1: settings within 0.1 of the best tie, and of those the one adding the fewest
        # records (the most precise) is shipped
        top = max(r["F1"] for r in table)
        best = min((r for r in table if r["F1"] >= round(top - TIE, 1)), key=lambda r: r["added"])
        model = train_model(rows, best["l2"], best["threshold"])
        MODEL_PATH.write_text(model_json(model), encoding="utf8")
        print(f"{MODEL_PATH}: {len(model['weights'])} weights, {len(model['words'])} words, from {len(rows)} train candidates")
        lines = [f"Chosen by `.venv/bin/python benchmarks/learned_reports.py --fit` on {time.strftime('%Y-%m-%d')}: "
                 "5-fold cross-validation over PolNeAR train's articles, each fold's picks made by a model learned "
                 "on the other four, all attributions scored by `../shared/tools/score.py` at overlap 0.5 "
                 f"(`--join`). The rules alone: P {base['P']}, R {base['R']}, F1 {base['F1']}.",
                 "", "| ridge penalty | threshold | records added | P | R | F1 |", "|---|---|---|---|---|---|"]
        lines += [f"| {r['l2']:g} | {r['threshold']} | {r['added']} | {r['P']} | {r['R']} | {r['F1']} |" for r in table]
        lines += ["", f"Shipped: penalty {best['l2']:g}, threshold {best['threshold']}, learned from all of train (of the "
                  f"settings within {TIE} F1 of the best, the one adding the fewest records). The model reads the "
                  f"words right at least {MIN_POSITIVES} time(s) in training: {len(model['words'])} words."]
        publish("Learned reports: choosing the model (train)", "\n".join(lines), write=not args.no_write)
        return
    rules, learned = extract("dev"), extract("dev", learned=True)
    a, b = scored("dev", rules, {}), scored("dev", learned, {})
    added = sum(len(q) for _, q in learned) - sum(len(q) for _, q in rules)
    lines = [f"Measured by `.venv/bin/python benchmarks/learned_reports.py` on {time.strftime('%Y-%m-%d')}: PolNeAR "
             "dev, all attributions at overlap 0.5 (`--join`), scored by `../shared/tools/score.py`, with the "
             "learned step and without it. The model was learned on train only.",
             "", "| extraction | records | P | R | F1 | speaker | end to end |", "|---|---|---|---|---|---|---|",
             f"| rules only | {a['pred']} | {a['P']} | {a['R']} | {a['F1']} | {a['speaker_acc']} | {a['e2e_F1']} |",
             f"| rules + learned reports ({added:+d} records) | {b['pred']} | {b['P']} | {b['R']} | {b['F1']} | {b['speaker_acc']} | {b['e2e_F1']} |"]
    publish("Learned reports (dev)", "\n".join(lines), write=not args.no_write)


if __name__ == "__main__":
    main()
