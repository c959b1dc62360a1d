"""The rules of a pronoun's antecedent over the records made so far."""
from onrecord.quotes.draft import Draft
from onrecord.speakers.pronouns import speakers_before
from onrecord.types import Mention


def test_speakers_before_a_pronoun_reach_past_a_quote_nested_early_in_a_long_one(nlp):
    said = [nlp("Tam Quill said.")[2]]
    # a 3,000-character quote with a quote inside its first words, then its speaker, then the pronoun at 3,100
    drafts = [Draft(0, 3000, cue=said), Draft(5, 10, depth=1, parent=0)]
    resolved = [Mention("Tam Quill", "Tam Quill", 3010, 3019), None]
    assert [m.name for _, m in speakers_before(3100, drafts, resolved)] == ["Tam Quill"]
