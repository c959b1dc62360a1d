"""The shared evaluation corpora read cleanly (skipped when ../shared is absent)."""
from pathlib import Path

import pytest

from onrecord.ingest import article_hash, read_articles

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip("../shared not found")
    return path


def test_read_articles_ecbplus_all_documents():
    path = _need(SHARED / "data" / "ecbplus" / "docs.jsonl")
    errors = []
    articles = list(read_articles([path], keep_going=True, on_error=errors.append))
    assert errors == []
    assert len(articles) == 982
    assert len({a.id for a in articles}) == 982


def test_read_articles_polnear_dev_every_line():
    path = _need(SHARED / "data" / "polnear" / "dev.jsonl")
    lines = sum(1 for line in path.open("rb") if line.strip())
    errors = []
    articles = list(read_articles([path], keep_going=True, on_error=errors.append))
    assert errors == []
    assert len(articles) == lines


def test_read_articles_seed_texts_unchanged():
    seeds = _need(SHARED / "seeds")
    articles = list(read_articles(sorted(str(p) for p in seeds.glob("*.txt"))))
    assert len(articles) == 3
    for article in articles:
        raw = Path(article.id).read_bytes().decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
        assert article.text == raw
        assert article.title and len(article.title) < 200
    assert len({article_hash(a.text) for a in articles}) == 3
