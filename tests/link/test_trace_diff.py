"""Alignment and the labelled diff between two reported forms of one utterance."""
from __future__ import annotations

import pytest

from onrecord.link.diff import diff, labels, link_score
from onrecord.link.fingerprint import fingerprints


def changes(canonical, variant):
    return [(op["op"], op["canonical"], op["variant"]) for op in diff(canonical, variant) if op["op"] != "equal"]


@pytest.mark.parametrize("canonical,variant,expected", [
    ("the lamp is older [than] the house", "the lamp is older than the house", [("bracket", "[than]", "than")]),
    ("what the lamp stands for", "what the [BRASS] lamp stands for", [("bracket", "", "[BRASS]")]),
    ("it glows... Then it fades", "it glows. Then it fades", [("elision", "...", "")]),
    ("it glows … then it fades", "it glows then it fades", [("elision", "…", "")]),
    ("what it means to her", "what it mans to her", [("substitute", "means", "mans")]),
    ("the old mill stands alone", "the old mill stood alone", [("substitute", "stands", "stood")]),
    ("we walked home", "we walked slowly home", [("insert", "", "slowly")]),
    ("we walked slowly home", "we walked home", [("delete", "slowly", "")]),
])
def test_diff_labels_each_kind(canonical, variant, expected):
    assert changes(canonical, variant) == expected


def test_diff_reorder_and_bracket_together():
    got = changes("Perhaps [she] doesn't show it.", "She doesn't perhaps show it.")
    assert ("reorder", "Perhaps", "") in got and ("reorder", "", "perhaps") in got
    assert ("bracket", "[she]", "She") in got


def test_diff_typo_flag_and_labels():
    ops = diff("what it means to her", "what it mans to her")
    assert [op.get("typo") for op in ops if op["op"] == "substitute"] == [True]
    assert labels(ops) == ["substitute", "typo"]


def test_link_score_part_of_longer_quote():
    short = "we went down to the river by the old mill and swam all day"
    long_ = "Then, she said, we went down to the river by the old mill and swam all day. After that we ate plums."
    al = link_score(short, long_)
    assert al is not None and al.matched == 14


def test_link_score_rejects_shared_common_phrase():
    a = "At the end of the day we bake bread for the whole village every single morning"
    b = "The council voted against the plan at the end of the day after a long and bitter debate"
    assert link_score(a, b) is None


def test_fingerprints_find_shared_run_anywhere():
    a = fingerprints("we went down to the river by the old mill and swam")
    b = fingerprints("yesterday, the fisher told us, we went down to the river by the old mill")
    c = fingerprints("nothing in common with any of the sentences above at all, really")
    assert a & b and not a & c
