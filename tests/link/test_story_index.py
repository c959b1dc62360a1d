"""The stories and their inverted index: candidate lookup."""
from onrecord.link.story_index import Story, StoryIndex


def test_stories_candidates_limit_keeps_the_most_shared():
    index = StoryIndex()
    index.put(Story(id="a", title="a"), [("words", "x")])
    index.put(Story(id="b", title="b"), [("words", "x"), ("words", "y")])
    index.put(Story(id="c", title="c"), [("words", "z")])
    keys = [("words", "x"), ("words", "y"), ("words", "z")]
    assert index.candidates(keys) == {"a", "b", "c"}
    assert index.candidates(keys, limit=1) == {"b"}
