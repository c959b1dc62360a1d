"""The seed articles against their hand-made answer key (skips without ../shared)."""
import importlib.util
import json

import pytest

from onrecord import Article, extract_articles


@pytest.fixture(scope="module")
def seeds(shared, nlp):
    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    texts = {p.name: p.read_text(encoding="utf8") for p in sorted((shared / "seeds").glob("*.txt"))}
    preds = {a.id: qs for a, qs in extract_articles([Article(k, v) for k, v in texts.items()], nlp=nlp)}
    gold = [json.loads(line) for line in open(shared / "seeds" / "gold.jsonl", encoding="utf8")]
    return score, texts, preds, gold


def _best(score, text, g, quotes):
    gs = score.trim(text, g["start"], g["end"])
    scored = [(score.overlap(gs, score.trim(text, q.start, q.end)), q) for q in quotes]
    return max(scored, key=lambda x: x[0], default=(0, None))


def test_seeds_every_direct_mixed_nested_quote_found_with_speaker(seeds):
    score, texts, preds, gold = seeds
    misses = []
    for g in gold:
        if g["kind"] not in ("direct", "mixed", "nested"):
            continue
        ov, q = _best(score, texts[g["doc"]], g, preds[g["doc"]])
        name = q.speaker.name if q is not None and q.speaker else None
        if ov < 0.8 or name != g.get("speaker"):
            misses.append((g["doc"], g["text"][:40], round(ov, 2), name))
    assert misses == []


def test_seeds_no_quote_made_of_a_title_or_slogan(seeds):
    score, texts, preds, gold = seeds
    for g in gold:
        if g["kind"] == "not-a-quote":
            ov, q = _best(score, texts[g["doc"]], g, preds[g["doc"]])
            assert ov < 0.5, (g["text"], q.text if q else None)


def test_seeds_venue_of_gold_found(seeds):
    score, texts, preds, gold = seeds
    with_venue = [g for g in gold if g.get("venue")]
    assert with_venue, "the answer key names a venue"
    for g in with_venue:
        ov, q = _best(score, texts[g["doc"]], g, preds[g["doc"]])
        assert ov >= 0.8 and q.venue is not None and q.venue.text == g["venue"], (g["text"][:40], q and q.venue)
