"""Reading back over the records an article's quotes have made so far."""
from onrecord.quotes.draft import Draft
from onrecord.speakers.records import MENTION_REACH, quoting_host, records_back
from onrecord.types import Mention


def test_the_host_of_a_nested_quote_is_its_outer_speaker_unless_it_is_a_nested_report():
    ann = Mention("Ann Lee", "Ann Lee", 50, 57)
    resolved = [ann, None]
    assert quoting_host(Draft(0, 40), resolved) is None
    assert quoting_host(Draft(5, 10, depth=1, parent=0), resolved) is ann
    assert quoting_host(Draft(5, 10, depth=1, parent=0, extra={"nested_report": True}), resolved) is None


def test_records_back_stop_at_the_first_top_level_quote_ending_far_before():
    drafts = [Draft(0, 10), Draft(20, 30), Draft(5000, 5100), Draft(5010, 5020, depth=1, parent=2)]
    resolved = [None, None, None, None]
    back = [q for q, _ in records_back(30 + MENTION_REACH + 5000, drafts, resolved)]
    assert back == [drafts[3], drafts[2]]
    assert [q for q, _ in records_back(100, drafts, resolved)] == drafts[::-1]
