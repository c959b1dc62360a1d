"""The rule lexicons load, and each entry says one thing once."""
import collections
import json

from onrecord.quotes import lexicon


def test_every_cue_verb_is_listed_once_with_known_fields():
    records = lexicon.read_jsonl(lexicon.QUOTES_DATA / "cues.jsonl")
    counts = collections.Counter(r["lemma"] for r in records)
    assert [lemma for lemma, n in counts.items() if n > 1] == []
    known = {"lemma", "forms", "direct", "addressee", "object", "names", "preps", "only_with", "infinitive", "question",
             "passive", "raising"}
    assert [r["lemma"] for r in records if set(r) - known] == []


def test_cue_forms_inflect_regular_verbs_and_keep_listed_forms():
    forms = lexicon.cue_forms()
    assert forms["noted"].lemma == forms["noting"].lemma == "note"
    assert forms["said"].lemma == "say" and "sayed" not in forms
    assert forms["told"].addressee == "object"
    assert forms["asked"].question and not forms["said"].question
    assert forms["favored"].takes_object and not forms["said"].takes_object
    assert forms["expected"].passive == ("to",) and forms["seen"].passive == ("as",) and not forms["told"].passive
    assert forms["seemed"].raising and forms["appears"].raising and not forms["said"].raising


def test_inflect_handles_final_e_and_sibilants():
    assert lexicon.inflect("note") == ["note", "notes", "noted", "noting"]
    assert lexicon.inflect("push") == ["push", "pushes", "pushed", "pushing"]


def test_read_jsonl_skips_blank_lines(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"a": 1}) + "\n\n" + json.dumps({"a": 2}) + "\n")
    assert lexicon.read_jsonl(path) == [{"a": 1}, {"a": 2}]


def test_name_titles_are_lower_case_without_full_stops_and_imply_a_gender_or_none():
    titles = lexicon.name_titles()
    assert titles["mrs"] == "f" and titles["sen"] is None
    assert all(t == t.lower() and not t.endswith(".") for t in titles)
    assert set(titles.values()) <= {"f", "m", None}
    assert "lady" not in titles  # `Lady Gaga`: a title that opens a name is left out


def test_every_other_word_for_a_role_names_a_listed_role_of_the_same_gender_or_of_none():
    roles = lexicon.role_nouns()
    same = lexicon.same_roles()
    assert same["mom"] == "mother" and same["congresswoman"] == "representative"
    assert [(w, r) for w, r in same.items() if r not in roles or roles[r] not in (roles[w], None)] == []


def test_roles_anonymous_unless_named_are_listed_roles():
    assert {"spokesman", "spokeswoman"} <= lexicon.named_only_roles() <= set(lexicon.role_nouns())


def test_document_nouns_are_lower_case_words():
    nouns = lexicon.document_nouns()
    assert "statement" in nouns and all(n == n.lower() and " " not in n for n in nouns)


def test_control_verbs_hold_every_form_of_the_verbs_whose_object_does_the_infinitive():
    forms = lexicon.control_verbs()
    assert {"prompted", "prompts", "led", "urging", "told"} <= forms
    assert not {"called", "used", "phoned"} & forms  # `called Sanders to congratulate him`: a purpose


def test_group_words_are_the_plurals_of_roles_and_origins():
    words = lexicon.group_words()
    assert {"aides", "attorneys", "americans", "latinos", "republicans"} <= words
    assert "fields" not in words and "aide" not in words
