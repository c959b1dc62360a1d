"""Quote confidence: learn the model from PolNeAR train, and measure how well it is calibrated on dev.

    .venv/bin/python benchmarks/confidence.py --fit      # learn from train, write onrecord/quotes/data/confidence.json
    .venv/bin/python benchmarks/confidence.py [--no-write]  # measure on dev, write benchmarks/RESULTS.md

A record is labelled right when the reference scorer's matching (`../shared/tools/score.py`: overlap >= 0.5, one
to one, all attributions) pairs it with a gold attribution. Extraction runs with `--join`, PolNeAR's way of
annotating a quote continued after its cue. Nested quotes are left out: PolNeAR does not annotate them.
"""
from __future__ import annotations

import json
import math
import random
import sys
import time
from collections import Counter
from itertools import groupby
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(HERE))
from quotes import load_polnear, row, score_records  # noqa: E402
from results import fit_or_measure_args, publish  # noqa: E402

MIN_CUE_COUNT = 15  # a cue seen fewer times in train shares the weight of `other`
L2 = 10.0  # ridge penalty; 5-fold cross-validated log loss on train: 0.427 at 0.1, 0.422 at 1, 0.420 at 10, 0.427 at 100
FOLDS = 5
CUTS = (0.0, 0.5, 0.7, 0.8, 0.9)
# the hand-set constants (0.3 to 0.9 by rule) records carried before the model, measured by this script at ff2d517
BEFORE = "| hand-set constants by rule (before the model, commit ff2d517) | 0.109 | 0.166 | 0.504 | 0.616 |"


def extract_split(split: str) -> list[tuple[object, list]]:
    """(Article, its Quote records with `--join`) for each article of a PolNeAR split."""
    from onrecord import Article, extract_articles, load_pipeline

    articles = [Article(d["id"], d["text"]) for d in load_polnear(split, None)]
    return list(extract_articles(articles, nlp=load_pipeline(), join=True))


def labelled_records(split: str, results: list[tuple[object, list]] | None = None) -> list[tuple[str, object, int]]:
    """(article text, Quote, 1 if the scorer matches it to a gold attribution else 0) for each top-level record."""
    sys.path.insert(0, str(SHARED / "tools"))
    import score as scorer

    gold = scorer.load_gold(str(gold_path(split)))
    out = []
    for article, quotes in results if results is not None else extract_split(split):
        text = article.text
        preds = []
        for q in quotes:
            s, e = scorer.trim(text, q.start, q.end)
            if q.nested_in is None and e > s:
                preds.append({"span": (s, e), "quote": q})
        matched = {id(p) for _, p in scorer.match(gold[article.id]["gold"], preds, 0.5)}
        out += [(text, p["quote"], int(id(p) in matched)) for p in preds]
    return out


def gold_path(split: str) -> Path:
    return SHARED / "data" / "polnear" / f"{split}.jsonl"


def thresholds(split: str, results: list[tuple[object, list]], cuts: tuple[float, ...]) -> list[dict]:
    """The reference scorer's all-attributions row at overlap 0.5 for the records kept at each cut."""
    from onrecord.quotes.confidence import keep_confident

    return [dict(row(score_records(gold_path(split), (q.to_dict() for _, quotes in results
                                                      for q in keep_confident(quotes, cut))), "all", 0.5), cut=cut)
            for cut in cuts]


def fit(rows: list[list[str]], labels: list[int], l2: float = L2) -> tuple[float, dict[str, float]]:
    """Ridge-penalised logistic regression over binary facts by Newton's method (the bias unpenalised).
    Cost: a few iterations, each O(n f^2) for n records and f distinct facts."""
    import numpy as np

    vocab = {f: k for k, f in enumerate(sorted({f for r in rows for f in r}))}
    X = np.zeros((len(rows), len(vocab) + 1))
    X[:, -1] = 1.0
    for i, r in enumerate(rows):
        X[i, [vocab[f] for f in r]] = 1.0
    y = np.asarray(labels, dtype=float)
    w = np.zeros(X.shape[1])
    penalty = np.full(X.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-X @ w))
        grad = X.T @ (p - y) + penalty * w
        hess = (X * (p * (1 - p))[:, None]).T @ X + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return float(w[-1]), {f: round(float(w[k]), 5) for f, k in vocab.items() if abs(w[k]) > 1e-5}


def calibration(probs: list[float], labels: list[int], bins: int = 10) -> dict:
    """Expected calibration error, Brier score, log loss, ROC AUC and a reliability table of `bins` equal bins."""
    n = len(probs)
    table, ece = [], 0.0
    for b in range(bins):
        idx = [i for i, p in enumerate(probs) if b / bins <= p < (b + 1) / bins or (b == bins - 1 and p == 1.0)]
        if idx:
            mean_p = sum(probs[i] for i in idx) / len(idx)
            rate = sum(labels[i] for i in idx) / len(idx)
            ece += len(idx) / n * abs(mean_p - rate)
            table.append((b / bins, (b + 1) / bins, len(idx), mean_p, rate))
    brier = sum((p - y) ** 2 for p, y in zip(probs, labels)) / n
    eps = 1e-9
    logloss = -sum(y * math.log(max(p, eps)) + (1 - y) * math.log(max(1 - p, eps)) for p, y in zip(probs, labels)) / n
    order = sorted(range(n), key=lambda i: probs[i])
    ranks = [0.0] * n
    i = 0
    while i < n:  # average ranks over ties
        j = i
        while j + 1 < n and probs[order[j + 1]] == probs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    pos = sum(labels)
    auc = (sum(r for r, y in zip(ranks, labels) if y) - pos * (pos + 1) / 2) / max(pos * (n - pos), 1)
    return {"ece": ece, "brier": brier, "logloss": logloss, "auc": auc, "table": table}


def record_facts(records: list[tuple[str, object, int]], cues: frozenset[str]) -> list[list[str]]:
    """The model's facts of each record, article by article (`records` keeps an article's records together)."""
    from onrecord.quotes.confidence import article_facts

    out = []
    for text, group in groupby(records, key=lambda r: r[0]):
        out += article_facts(text, [q for _, q, _ in group], cues)
    return out


def train_model(records: list[tuple[str, object, int]]) -> dict:
    """The model file's contents, learned from labelled records."""
    from onrecord.quotes.confidence import cue_key

    counts = Counter(cue_key(q) for _, q, _ in records)
    cues = sorted(c for c, n in counts.items() if n >= MIN_CUE_COUNT)
    rows = record_facts(records, frozenset(cues))
    bias, weights = fit(rows, [y for _, _, y in records])
    return {"about": "onrecord quote confidence: logistic weights of record facts (onrecord/quotes/confidence.py); "
                     "learned by benchmarks/confidence.py --fit from PolNeAR train",
            "records": len(records), "right": sum(y for _, _, y in records), "l2": L2,
            "bias": round(bias, 5), "cues": cues, "weights": dict(sorted(weights.items()))}


def model_json(model: dict) -> str:
    """The model file's text: one line per key, and one per weight, so a retrained model diffs readably."""
    head = [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in model.items() if k != "weights"]
    weights = [f"  {json.dumps(k, ensure_ascii=False)}: {v}" for k, v in model["weights"].items()]
    return "{\n" + ",\n".join(head) + ',\n "weights": {\n' + ",\n".join(weights) + "\n }\n}\n"


def cross_validate(records: list[tuple[str, object, int]]) -> dict:
    """Calibration of models learned on 4/5 of the train articles, each scored on the fifth left out."""
    from onrecord.quotes.confidence import ConfidenceModel

    texts = sorted({text for text, _, _ in records})
    random.Random(0).shuffle(texts)
    fold = {t: k % FOLDS for k, t in enumerate(texts)}
    probs, labels = [], []
    for k in range(FOLDS):
        model = ConfidenceModel.from_dict(train_model([r for r in records if fold[r[0]] != k]))
        held = [r for r in records if fold[r[0]] == k]
        probs += [model.probability(facts) for facts in record_facts(held, model.cues)]
        labels += [y for _, _, y in held]
    return calibration(probs, labels)


def summary(name: str, c: dict) -> str:
    return f"| {name} | {c['ece']:.3f} | {c['brier']:.3f} | {c['logloss']:.3f} | {c['auc']:.3f} |"


def main() -> None:
    args = fit_or_measure_args()
    from onrecord.quotes.confidence import MODEL_PATH

    if args.fit:
        records = labelled_records("train")
        model = train_model(records)
        MODEL_PATH.write_text(model_json(model), encoding="utf8")
        print(f"{MODEL_PATH}: {len(model['weights'])} weights from {len(records)} train records")
        c = cross_validate(records)
        print("5-fold CV on train:", {k: round(v, 4) for k, v in c.items() if k != "table"})
        return
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf8"))  # --fit counted train's records when it learned
    train_rate = shipped["right"] / shipped["records"]
    results = extract_split("dev")
    dev = labelled_records("dev", results)
    probs, labels = [q.confidence for _, q, _ in dev], [y for *_, y in dev]
    ours, constant = calibration(probs, labels), calibration([train_rate] * len(dev), labels)
    lines = [f"Measured by `.venv/bin/python benchmarks/confidence.py` on {time.strftime('%Y-%m-%d')}: the `confidence` "
             f"of each top-level record extracted with `--join` from PolNeAR dev ({len(dev)} records, "
             f"{sum(labels)} right, i.e. matched by `../shared/tools/score.py` at overlap 0.5 among all attributions). "
             "The model was learned on train only (`--fit`). Lower is better for ECE (expected calibration error, "
             "10 bins), Brier and log loss; higher for AUC (how well it ranks right records above wrong ones).",
             "", "| confidence | ECE | Brier | log loss | AUC |", "|---|---|---|---|---|",
             summary("onrecord (learned)", ours),
             summary(f"one constant: train's share of right records ({train_rate:.3f})", constant),
             BEFORE,
             "", "Reliability on dev:", "", "| confidence | records | mean confidence | share right |", "|---|---|---|---|"]
    lines += [f"| {lo:.1f}-{hi:.1f} | {n} | {p:.3f} | {r:.3f} |" for lo, hi, n, p, r in ours["table"]]
    lines += ["", "What `extract --min-confidence` keeps on dev (`--join`; the scorer's all-attributions row, overlap 0.5):",
              "", "| --min-confidence | records | P | R | F1 |", "|---|---|---|---|---|"]
    lines += [f"| {r['cut']} | {r['pred']} | {r['P']} | {r['R']} | {r['F1']} |" for r in thresholds("dev", results, CUTS)]
    publish("Quote confidence", "\n".join(lines), write=not args.no_write)


if __name__ == "__main__":
    main()
