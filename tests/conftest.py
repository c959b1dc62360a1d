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
