"""Story settings: the shipped defaults file and a user's file laid over it (`StoryConfig.load`)."""
from pathlib import Path

import pytest

from onrecord.errors import OnrecordError
from onrecord.link.story_config import StoryConfig


def test_stories_shipped_gap_penalty_is_named_in_defaults():
    text = (Path(__file__).resolve().parents[2] / "onrecord" / "link" / "data" / "stories.cfg").read_text()
    for key in ("join_threshold", "merge_threshold", "max_gap_days", "gap_penalty", "quote_miss_penalty"):
        assert f"\n{key} = " in text


def test_stories_config_rejects_unknown_key(tmp_path):
    path = tmp_path / "user.cfg"
    path.write_text("[stories]\njoin_treshold = 0.5\n")
    with pytest.raises(OnrecordError, match="join_treshold"):
        StoryConfig.load(path)


def test_stories_config_user_file_overrides_one_key(tmp_path):
    path = tmp_path / "user.cfg"
    path.write_text("[stories]\njoin_threshold = 0.5\n")
    cfg = StoryConfig.load(path)
    assert cfg.join_threshold == 0.5
    assert cfg.merge_threshold == StoryConfig.load().merge_threshold


@pytest.mark.parametrize("line, words", [("join_threshold = high", "join_threshold"),
                                         ("repair_stories = 2.5", "integer"),
                                         ("linkage = single", "linkage"),
                                         ("centroid_terms = -3", "negative")])
def test_stories_config_bad_value_is_e352(tmp_path, line, words):
    path = tmp_path / "user.cfg"
    path.write_text(f"[stories]\n{line}\n")
    with pytest.raises(OnrecordError, match="cannot read story settings") as err:
        StoryConfig.load(path)
    assert words in str(err.value) and "\n" not in str(err.value)


def test_stories_config_malformed_file_is_e352(tmp_path):
    path = tmp_path / "user.cfg"
    path.write_text("join_threshold = 0.3\n")  # no section header
    with pytest.raises(OnrecordError, match="cannot read story settings"):
        StoryConfig.load(path)
