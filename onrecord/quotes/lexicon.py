"""The rule lexicons as data: cue verbs, cue nouns, cue phrases, role nouns, anonymous heads, name titles and
first names.

Each lexicon is a JSONL file in `quotes/data/` or `speakers/data/`; this module only reads them (once, cached)
and expands verb lemmas to their inflected forms so the engine never needs spaCy's lemmatizer.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUOTES_DATA = HERE / "data"
SPEAKERS_DATA = HERE.parent / "speakers" / "data"


def read_jsonl(path: Path) -> list[dict]:
    """The records of a JSONL file, blank lines skipped."""
    with open(path, encoding="utf8") as f:
        return [json.loads(line) for line in f if line.strip()]


def inflect(lemma: str) -> list[str]:
    """Regular English verb forms: lemma, -s, -ed, -ing (note -> notes, noted, noting)."""
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


@dataclass(frozen=True)
class CueVerb:
    lemma: str
    direct: bool  # introduces direct speech (say, tell) rather than only thought or evidence (think, show)
    addressee: str | None  # "object": the direct object is the one spoken to (told Van Jones)
    takes_object: bool = False  # reports through its object too (`endorsed Cruz`, `declined to comment`)
    names: bool = False  # names its object in the speaker's words (`called him a “stiff”`, `described it as …`)
    preps: tuple[str, ...] = ()  # reports through the object of these prepositions (`talked about the wall`)
    only_with: str | None = None  # a cue only with this object, particle or adjective (`as X put it`, `shot back`,
    # `made it clear`), not otherwise
    infinitive: bool = False  # reports through an infinitive too (`hopes to win`), never in the passive (`is expected to`)
    question: bool = False  # reports a question through an if- or whether-clause (`asked workers if they would vote`)
    passive: tuple[str, ...] = ()  # in the passive, reports its subject with an infinitive (`to`) or an `as` phrase,
    # the source unstated: `Trump is expected to win`, `Cruz is seen as a uniter`; or its subject alone, the source
    # the agent (`by`: `The merger was first reported by Tidewire`)
    raising: bool = False  # reports its subject with the infinitive or adjective after it, the source unstated:
    # `Trump seemed to enjoy it`, `New Hampshire seems stable`; or its clause (`it appears that …`)


@lru_cache(maxsize=1)
def cue_forms() -> dict[str, CueVerb]:
    """Lower-case verb form -> its cue verb."""
    forms: dict[str, CueVerb] = {}
    for r in read_jsonl(QUOTES_DATA / "cues.jsonl"):
        verb = CueVerb(r["lemma"], bool(r.get("direct", True)), r.get("addressee"), bool(r.get("object")),
                       bool(r.get("names")), tuple(r.get("preps", ())), r.get("only_with"), bool(r.get("infinitive")),
                       bool(r.get("question")), tuple(r.get("passive", ())), bool(r.get("raising")))
        for form in r.get("forms") or inflect(r["lemma"]):
            forms.setdefault(form, verb)
    return forms


@lru_cache(maxsize=1)
def cue_phrases() -> dict[str, str]:
    """Lower-case multi-word cue ("according to") -> its kind."""
    return {r["phrase"]: r["kind"] for r in read_jsonl(QUOTES_DATA / "phrases.jsonl")}


@lru_cache(maxsize=1)
def role_nouns() -> dict[str, str | None]:
    """Role noun ("star", "mother") -> the gender it implies ("f", "m") or None."""
    return {r["noun"]: r.get("gender") for r in read_jsonl(SPEAKERS_DATA / "roles.jsonl") if "noun" in r}


@lru_cache(maxsize=1)
def generic_roles() -> frozenset[str]:
    """Role nouns anyone in a story may be called (`man`, `clerk`), from roles.jsonl's `generic`."""
    return frozenset(r["noun"] for r in read_jsonl(SPEAKERS_DATA / "roles.jsonl") if r.get("generic"))


@lru_cache(maxsize=1)
def family_roles() -> frozenset[str]:
    """Role nouns of a close relative (`wife`, `son`), who mostly shares a surname, from roles.jsonl's `family`."""
    return frozenset(r["noun"] for r in read_jsonl(SPEAKERS_DATA / "roles.jsonl") if r.get("family"))


@lru_cache(maxsize=1)
def named_only_roles() -> frozenset[str]:
    """Role nouns whose holder is anonymous unless the article names them with the role (`the spokeswoman` is
    Maria Lopez after `Maria Lopez, a spokeswoman,`, else no one), from roles.jsonl's `anonymous_unless_named`."""
    return frozenset(r["noun"] for r in read_jsonl(SPEAKERS_DATA / "roles.jsonl") if r.get("anonymous_unless_named"))


@lru_cache(maxsize=1)
def same_roles() -> dict[str, str]:
    """A role noun -> the role it is another word for ("mom" -> "mother"), for roles.jsonl's `same_as`."""
    return {r["noun"]: r["same_as"] for r in read_jsonl(SPEAKERS_DATA / "roles.jsonl") if "same_as" in r}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str | None]:
    """A word for a person by country or region, in lower case ("spaniard", "texan") -> the gender it implies or
    None. Kept apart from the roles: it opens organisations' names too (`American Action Network`)."""
    return {r["noun"]: r.get("gender") for r in read_jsonl(SPEAKERS_DATA / "demonyms.jsonl") if "noun" in r}


@lru_cache(maxsize=1)
def role_suffixes() -> dict[str, frozenset[str]]:
    """Endings of nouns that name a person though no lexicon lists them ("ist": the medalist) -> the words with
    that ending that do not ("list")."""
    return {r["suffix"]: frozenset(r.get("except", ())) for r in read_jsonl(SPEAKERS_DATA / "role_suffixes.jsonl")}


def is_role_word(low: str) -> bool:
    """Whether a lower-case common noun names a person by role: a role of the lexicon (`economist`) or a noun with
    a person's ending (`medalist`, `historian`)."""
    return low in role_nouns() or any(low.endswith(end) and len(low) > len(end) + 2 and low not in unlike
                                      for end, unlike in role_suffixes().items())


@lru_cache(maxsize=1)
def group_words() -> frozenset[str]:
    """Plurals of the words for a person by role or origin (`aides`, `americans`, `republicans`): capitalised, a
    group (`Americans said`), not someone's name."""
    return frozenset(plural(n) for n in (*role_nouns(), *demonyms()))


@lru_cache(maxsize=1)
def anonymous_heads() -> frozenset[str]:
    """Head nouns of mentions that stay anonymous ("a source", "officials")."""
    return frozenset(r["head"] for r in read_jsonl(SPEAKERS_DATA / "anonymous.jsonl"))


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    """Nouns for what one person writes or issues ("statement", "letter"), that speak for their author."""
    return frozenset(r["noun"] for r in read_jsonl(SPEAKERS_DATA / "documents.jsonl") if "noun" in r)


@lru_cache(maxsize=1)
def author_verbs() -> frozenset[str]:
    """Participles that name a document's author after `by` (`an email sent out by Ruiz`), not `obtained by`."""
    return frozenset(r["author_verb"] for r in read_jsonl(SPEAKERS_DATA / "documents.jsonl") if "author_verb" in r)


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    """Last words of capitalised runs that name organisations, places or things ("ABC News", "White House")."""
    return frozenset(r["word"] for r in read_jsonl(SPEAKERS_DATA / "organisations.jsonl") if "word" in r)


@lru_cache(maxsize=1)
def outlet_words() -> frozenset[str]:
    """The organisation words that, after `the`, name a newspaper or magazine (`The Times`, `the Post`)."""
    return frozenset(r["word"] for r in read_jsonl(SPEAKERS_DATA / "organisations.jsonl") if r.get("outlet"))


@lru_cache(maxsize=1)
def name_titles() -> dict[str, str | None]:
    """Lower-case title without its full stop ("sen", "mrs") -> the gender it implies ("f", "m") or None."""
    return {r["title"]: r.get("gender") for r in read_jsonl(SPEAKERS_DATA / "titles.jsonl") if "title" in r}


@lru_cache(maxsize=1)
def title_roles() -> dict[str, str]:
    """Abbreviated title ("sen") -> the role it stands for ("senator")."""
    return {r["title"]: r["role"] for r in read_jsonl(SPEAKERS_DATA / "titles.jsonl") if "role" in r}


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Lower-case words whose full stop does not end a sentence ("rev", "inc", "jan"), without the stop."""
    return frozenset(r["abbreviation"] for r in read_jsonl(QUOTES_DATA / "abbreviations.jsonl") if "abbreviation" in r)


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """Lower-case first name or title -> "f" or "m"."""
    out: dict[str, str] = {}
    for r in read_jsonl(SPEAKERS_DATA / "first_names.jsonl"):
        for name in r["names"]:
            out.setdefault(name, r["gender"])
    return out


@lru_cache(maxsize=1)
def headline_labels() -> frozenset[str]:
    """Lower-case words that make a headline's part before its colon a label (`The Latest:`), not a speaker."""
    return frozenset(w for r in read_jsonl(QUOTES_DATA / "headline_labels.jsonl") for w in r.get("labels", ()))


@lru_cache(maxsize=1)
def noun_forms() -> frozenset[str]:
    """Cue forms that are mostly nouns in news text: not enough on their own to parse a sentence."""
    return frozenset(f for r in read_jsonl(QUOTES_DATA / "noun_forms.jsonl") for f in r["forms"])


@lru_cache(maxsize=1)
def meeting_verbs() -> frozenset[str]:
    """Lower-case forms of the verbs whose cue-noun object is someone else's report (`dismissed criticism`)."""
    return _verb_forms("meeting_verbs.jsonl")


@lru_cache(maxsize=1)
def publishing_verbs() -> frozenset[str]:
    """Lower-case forms of the verbs whose object is a text the subject puts out (`released a video that said`)."""
    return _verb_forms("publishing_verbs.jsonl")


@lru_cache(maxsize=1)
def control_verbs() -> frozenset[str]:
    """Lower-case forms of the verbs whose object does what their infinitive says (`prompted Rubio to call …`)."""
    return _verb_forms("control_verbs.jsonl")


def _verb_forms(file: str) -> frozenset[str]:
    """Every form of a verb list's `verbs` (made by `inflect`) and its irregular `forms`."""
    rows = read_jsonl(QUOTES_DATA / file)
    return frozenset([f for r in rows for v in r.get("verbs", ()) for f in inflect(v)]
                     + [f for r in rows for f in r.get("forms", ())])


@dataclass(frozen=True)
class CueNoun:
    noun: str
    clause: bool  # reports through its that-clause (`his claim that …`)
    preps: tuple[str, ...]  # reports through the object of these prepositions (`criticism of the plan`)
    within: bool = False  # reports the clause its `in` phrase belongs to (`In a CNN poll, Clinton leads`)


@lru_cache(maxsize=1)
def cue_nouns() -> dict[str, CueNoun]:
    """Lower-case noun form (singular and plural) -> its cue noun."""
    out: dict[str, CueNoun] = {}
    for r in read_jsonl(QUOTES_DATA / "cue_nouns.jsonl"):
        if "noun" in r:
            noun = CueNoun(r["noun"], bool(r.get("clause")), tuple(r.get("preps", ())), bool(r.get("within")))
            out[r["noun"]] = out[r["noun"] + "s"] = noun
    return out


SOURCE_CUES = ("according", "per")  # `according to X`, `per X`: the words name a source, not a speaker's act


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """Every lower-case word that may head a report: cue verb forms, cue nouns, hearsay adverbs, `according` and
    `per`."""
    return frozenset(cue_forms()) | frozenset(cue_nouns()) | hearsay_adverbs() | set(SOURCE_CUES)


@lru_cache(maxsize=1)
def hearsay_adverbs() -> frozenset[str]:
    """Adverbs that mark their clause as reported by someone unnamed (`reportedly`)."""
    return frozenset(w for r in read_jsonl(QUOTES_DATA / "hearsay.jsonl") for w in r.get("words", ()))


def plural(noun: str) -> str:
    """The regular English plural (rally -> rallies, speech -> speeches, post -> posts)."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


@dataclass(frozen=True)
class VenueWords:
    nouns: frozenset[str]  # occasions, documents and media: `in a statement`, `at a rally`, `on the radio`
    topic_verbs: frozenset[str]  # forms of cues whose `on`/`at` phrase is their topic or target (`called on`)
    asides: frozenset[str]  # participles whose phrase tells where the cue's words were said (`Speaking at a rally,`)
    not_places: frozenset[str]  # capitalised words naming a time or a language (`in Spanish`), besides the date
    # words of `mention_phrase.DATE_WORDS`


@lru_cache(maxsize=1)
def venue_words() -> VenueWords:
    """The words that tell where something was said (`quotes/data/venues.jsonl`); nouns also in the plural."""
    rows = read_jsonl(QUOTES_DATA / "venues.jsonl")
    nouns = [n for r in rows for n in r.get("nouns", ())]
    return VenueWords(frozenset(nouns + [plural(n) for n in nouns]),
                      frozenset([f for r in rows for v in r.get("topic_verbs", ()) for f in inflect(v)]
                                + [f for r in rows for f in r.get("topic_forms", ())]),
                      frozenset(w for r in rows for w in r.get("asides", ())),
                      frozenset(w for r in rows for w in r.get("not_places", ())))
