"""Shared fixtures: the English pipeline (loaded once per session) and the path of ../shared."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from onrecord import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the repository; tests that need it skip when it is absent."""
    if not (SHARED / "seeds" / "gold.jsonl").exists():
        pytest.skip("../shared not found: the seed articles and annotated data live there")
    return SHARED


@pytest.fixture
def rules_fail_on_bad(monkeypatch):
    """The quote rules raise ValueError("boom") on the article whose id is "bad", and run as usual on others."""
    import onrecord.pipeline as pipeline

    real = pipeline.quotes_from_parse

    def flaky(doc_id, *args, **kw):
        if doc_id == "bad":
            raise ValueError("boom")
        return real(doc_id, *args, **kw)

    monkeypatch.setattr(pipeline, "quotes_from_parse", flaky)
