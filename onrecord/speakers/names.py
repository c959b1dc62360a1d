"""The people an article names: full names found by their capitalisation, with gender and married names.

No parse is needed: a run of capitalised words holding a known first name or following a title ("Kim Kardashian",
"Van Jones", "Sen. Warren") is a person. Cost: one regex pass over the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..quotes.draft import title_case
from ..quotes.lexicon import (abbreviations, family_roles, first_name_genders, name_titles, organisation_words,
                              role_nouns)
from ..quotes.mention_phrase import WEEKDAYS
from .genders import first_name_gender, is_counted_first_name

# letters of the Latin, Greek and Cyrillic alphabets, so that `François`, `Erdoğan` and `Müller` are names too
UPPER = "".join(c for c in map(chr, range(0x500)) if c.isupper())
LOWER = "".join(c for c in map(chr, range(0x500)) if c.islower())
# `McCain`, `O'Neill`, `J.`, `J.M.`
NAME_WORD = (rf"(?:[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?(?:[-'\u2019][{UPPER}]?[{LOWER}]+)*\.?"
             rf"|(?:[{UPPER}]\.){{1,3}})")
NAME_SUFFIXES = {"jr", "sr"}  # written after the surname with a stop (`Joseph R. Biden Jr.`)
PARTICLES = {"van", "de", "der", "von", "la", "le", "del", "di", "bin", "al", "da", "dos", "du", "ó"}
_PARTICLE = rf"(?:(?:{'|'.join(sorted(PARTICLES))}|Ó)[ \t]+)"  # Irish `Ó` is written with a capital (`Ó Briain`)
# opening at a word, not inside one (`ICC.` is no initial `C.`); a title may open it: cut below
NAME_RUN = re.compile(rf"(?<![\w.]){NAME_WORD}(?:[ \t]+{_PARTICLE}{{0,2}}{NAME_WORD})+")
SENTENCE_END_WORD = re.compile(rf"([{UPPER}{LOWER}'\u2019-]{{3,}})\.")
WORD = re.compile(r"\S+")
FUNCTION_WORDS = {"and", "or", "to", "about", "of", "the", "in", "on", "at", "for", "with", "from", "by", "as", "after",
                  "before", "over", "into", "says", "said", "vs", "but", "than", "he", "she", "it", "we", "they", "his", "her"}
PRONOUN_NEAR = re.compile(r"\b(he|him|his|she|her|hers)\b", re.I)
FEMALE_PRONOUNS = {"she", "her", "hers"}
NEXT_SUBJECT = re.compile(r"[ \t]*(He|She)\b")
QUOTE_OPENING = re.compile(r"[ \t\n]*([\u201c\u2018\"'])")
CLOSING_OF = {"\u201c": "\u201d", "\u2018": "\u2019", "\"": "\"", "'": "'"}
MAX_OPENING_QUOTE = 400  # a quote that opens the next sentence, read to its closing mark
PRONOUN_AFTER_QUOTE = re.compile(r"[ \t]*(he|she)\b")
# a role just before a name: in apposition (`the union's secretary, Efua Mensah`) or opening a title, past its
# capitalised words (`Union Minister of State for Agriculture Shobha Karandlaje`, `Head coach Marcus Bell`)
ROLE_BEFORE = re.compile(r"\b([a-z]+),[ \t]*$")
TITLE_BEFORE = re.compile(rf"\b[A-Za-z]+(?:[ \t]+(?:[{UPPER}][\w'\u2019.-]*|of|for|the))*[ \t]+$")
PARTNER_BEFORE = re.compile(rf"\b([{UPPER}][{LOWER}]+)[ \t]+(?:and|&)[ \t]+$")  # `Margaret and ` before `Alan Whitfield`
# `her husband, Devin,`: a relative given by first name
GIVEN_AFTER_RELATIVE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+([a-z]+),[ \t]+([{UPPER}][{LOWER}]+),")
PARTNER_BEFORE_RELATIVE = re.compile(rf"\b([{UPPER}][{LOWER}]+)[ \t]+and[ \t]+$")  # `Mr. Ortiz and ` before `his wife`
ROLE_AFTER = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}?([a-z]+),")  # `Efua Mensah, a union leader,`
LEADING_RUN = re.compile(rf"(?:[{UPPER}][\w'\u2019-]*\.?[ \t]+)*[{UPPER}][\w'\u2019-]*")
LOWERCASE_WORD = re.compile(rf"(?<![{UPPER}{LOWER}])[{LOWER}]+(?![{UPPER}{LOWER}])")
# a run of capitalised words that is all a quotation holds: a title or a term (`''Wilayat Twitter,''`)
OPENS_QUOTE = re.compile("(?:[\u201c\u2018\"]|'')$")
CLOSES_QUOTE = re.compile("[,.!?]?(?:[\u201d\u2019\"]|'')")


@dataclass
class Person:
    """One person named in the article."""

    name: str  # canonical full name
    tokens: tuple[str, ...]
    gender: str | None = None  # "f", "m" or None
    offsets: list[int] = field(default_factory=list)  # where the full name appears
    forms: set[tuple[str, ...]] = field(default_factory=set)  # every full form seen (with a married name)

    @property
    def surname(self) -> str:
        return self.tokens[-1]

    @property
    def keys(self) -> set[tuple[str, ...]]:
        """Every form of the name as `name_key` compares it."""
        return {name_key(f) for f in self.forms | {self.tokens}}


def name_key(words: tuple[str, ...]) -> tuple[str, ...]:
    """Name words as compared: particles in lower case, so that `Von der Leyen` opening a sentence is `von der
    Leyen`; `Van Jones` is `van Jones` on both sides of a comparison; an initial with or without its stop
    (`George W. Bush`, `George W Bush`)."""
    return tuple(w.lower() if w.lower() in PARTICLES else w.rstrip(".") for w in words)


def _unstopped(word: str) -> str:
    """A name word without the stop of a title or of a sentence's end (`Mr.`, `… said Bush.`); an initial and a
    suffix keep their stops (`W.`, `J.M.`, `Jr.`), as the article writes the name."""
    bare = word.rstrip(".")
    return word if len(bare) == 1 or "." in bare or bare.lower() in NAME_SUFFIXES else bare


def _is_title_line(line: str) -> bool:
    """A headline in title case tells nothing about names: most words capitalised, no closing stop."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4 or line.rstrip()[-1:] in (".", "!", "?", "\"", "\u201d"):
        return False
    return sum(w[0].isupper() for w in words) / len(words) > 0.6


MAX_HEADLINE = 300  # characters: a longer line is no headline
# four or more words in capitals: a heading shouted inside a digest's line (`NEW HAMPSHIRE SHOWS STRONG TRUMP LEAD`)
SHOUTED_RUN = re.compile(r"(?<![\w'\u2019])(?:[A-Z][A-Z'\u2019.&-]*[ \t\xa0]+){3,}[A-Z][A-Z'\u2019.&-]*(?![\w'\u2019])")


def shouted_at(text: str, pos: int) -> bool:
    """Whether offset `pos` lies in a run of four or more words set in capitals, a heading whose capitals tell
    nothing of names (`USA TODAY` alone is a name). Cost: one search over 200 characters."""
    start = max(0, pos - 100)
    return any(m.start() <= pos < m.end() for m in SHOUTED_RUN.finditer(text, start, pos + 100))


def title_line_at(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the line holding offset `pos` if it is set in title case as a headline is (see
    `_name_runs`), else None: its capitals tell nothing of names. Cost: O(MAX_HEADLINE), whatever the line's
    length (a longer line is no headline)."""
    start = text.rfind("\n", max(0, pos - MAX_HEADLINE), pos) + 1
    if start == 0 and pos > MAX_HEADLINE:
        return None
    end = text.find("\n", pos, start + MAX_HEADLINE + 1)
    if end == -1 and len(text) - start > MAX_HEADLINE:
        return None
    end = len(text) if end == -1 else end
    line = text[start:end]
    return (start, end) if _is_title_line(line) or (start == 0 and title_case(line)) else None


def _name_runs(text: str):
    """(offset, words, gender implied by a title, the title as written or "") of each run of capitalised words,
    headlines skipped."""
    title_gender = name_titles()
    pos = 0
    for n, line in enumerate(text.split("\n")):
        # the first line set in title case is the headline, even with a stop (`Jo Park Endorses Al Day: …`)
        if not (_is_title_line(line) or (n == 0 and title_case(line))):
            for start, run in _owner_parts(_sentence_parts(line)):
                words = tuple(re.sub(r"['\u2019]s$", "", _unstopped(w)) for w in run.split())
                titles = [k for k, w in enumerate(words[:-1]) if w.lower() in title_gender]
                if titles:  # `Mr. Cole`, `Then Mr. Cole`, `Vice President Joe Biden`: the name follows the last title
                    k = titles[-1]
                    yield pos + start, words[k + 1 :], title_gender[words[k].lower()], run.split()[k]
                else:
                    yield pos + start, words, None, ""
        pos += len(line) + 1


POSSESSIVE_WORD_END = re.compile(r"['\u2019]s(?=\s)")


def _owner_parts(parts):
    """The runs of `parts`, each cut after a possessive word: `Mr. Putin's Russia` is Putin and what he owns,
    not a person `Putin Russia`."""
    for start, run in parts:
        pos = 0
        for m in POSSESSIVE_WORD_END.finditer(run):
            yield start + pos, run[pos : m.end()]
            pos = m.end() + len(run[m.end() :]) - len(run[m.end() :].lstrip())  # past the spaces after it
        if pos < len(run):
            yield start + pos, run[pos:]


def _sentence_parts(line: str):
    """(offset, text) of each run of capitalised words in a line, cut after a word of three letters or more that
    ends a sentence (`… support for Trump. As Politico reported`, `on New Year's Eve. Some Germans`; `Mr.`, `Gov.`,
    `J.` and the other abbreviations of the lexicon do not end one) and around a
    capitalised function word of title-case text (`Marco Rubio And Rand Paul`)."""
    for m in NAME_RUN.finditer(line):
        start = m.start()
        for w in WORD.finditer(m.group(0)):
            end = m.start() + w.end()
            if w.group().lower() in FUNCTION_WORDS:
                if start < m.start() + w.start() - 1:
                    yield start, line[start : m.start() + w.start() - 1]
                start = end + 1
            elif (stop := SENTENCE_END_WORD.fullmatch(w.group())) and stop.group(1).lower() not in abbreviations():
                yield start, line[start:end]
                start = end + 1
        if start < m.end():
            yield start, line[start : m.end()]


def find_people(text: str) -> list[Person]:
    """People named in `text`, in order of first full mention, married names folded (see `fold_married`).

    A run is a person when it holds a known first name (`Mayor Jane Park` is Jane Park), follows a title
    (`Mr. Cole`), or is a two- or three-word run whose gender the pronouns after it settle (`Quinn Adair … she`).
    """
    return people_and_candidates(text)[0]


def people_and_candidates(text: str) -> tuple[list[Person], list[Person]]:
    """`find_people`, and the two- and three-word runs it could not tell from places and things (`Raj Patel`,
    `Quarterback Devon Hughes`): a run becomes a person once a quote's speaker mention names it. A run whose
    first word is a first name of the world's tables is a person when a title names its surname (`Robyn Tallis …
    Ms. Tallis`)."""
    genders = first_name_genders()
    people: dict[tuple[tuple[str, ...], str | None], Person] = {}  # keyed by words and a title's gender
    unsure: dict[tuple[tuple[str, ...], str | None], Person] = {}
    titles: dict[tuple[tuple[str, ...], str | None], str] = {}  # the title first written before a surname alone
    for off, words, title_gender, titled in _name_runs(text):
        if not words:
            continue
        # a known first name, capitalised and not a particle before another (`Van Jones`, not `Van der Berg`)
        known = [k for k, w in enumerate(words) if w[0].isupper() and w.lower() in genders
                 and not (w.lower() in PARTICLES and k + 1 < len(words) and words[k + 1] in PARTICLES)]
        if is_organisation(words):
            k = known[0] if known else len(words)
            size = 3 if k + 1 < len(words) and len(words[k + 1]) == 1 else 2  # a middle initial: `Peter G. Peterson`
            if len(words) - k - size < 2:
                continue  # `Austin American-Statesman`, `Peter G. Peterson Institute`: named after a person
            # `Ted Cruz South Carolina`: a name run on into a two-word place; keep the name
            off += len(" ".join(words[:k])) + (1 if k else 0)
            words, known = words[k : k + size], [0]
        if known and len(words) - known[0] >= 2:
            k = known[0]
            if (k == 1 and len(words) == 3 and words[0].lower() not in STOP_WORDS | abbreviations()
                    and _opens_with_first_name(Person("", words), text)):
                k = 0  # `Billie Jean King`, `Mary Kate Olsen`: a first name the tables know before a listed one
            # (`Duncan Hunter Sr.`: the gender of the listed name when the tables' first one tells none here)
            target, gender = people, genders.get(words[k].lower()) or genders.get(words[known[0]].lower())
            words = words[k:]
        elif titled:
            target, gender = people, title_gender
        elif 2 <= sum(w[0].isupper() for w in words) <= 3 and not whole_quotation(
                text, off, text.find(words[-1], off) + len(words[-1])):
            if len(words) == 3 and len(words[1]) > 1 and (not_a_name(words[0], text) or _title_tail(words)):
                words, off = words[1:], off + len(words[0]) + 1  # `Quarterback Devon Hughes agreed`
            target, gender = unsure, None
        else:
            continue
        # `Mrs. Trump` and `Mr. Trump` are two people, whatever their surname
        key = (words, gender) if titled and len(words) == 1 else (words, None)
        p = target.setdefault(key, Person(" ".join(words), words, gender))
        p.offsets.append(off)
        if titled and len(words) == 1:
            titles.setdefault(key, titled)
    found = list(people.values())
    # a first name the world's tables call decisive tells more than the pronouns near a mention (`Ines Duarte
    # accused the referee of losing his nerve`)
    gender_by_first_name(found)
    learn_gender(text, found)
    forms = [p.tokens for p in people.values()]
    settled = [p for p in unsure.values() if p.tokens[0].lower() not in STOP_WORDS
               and not any(within(p.tokens, f) for f in forms)]
    learn_gender(text, settled)
    # `Micheál Ó Briain … Mr Ó Briain`: a title before the surname vouches for the full name
    surnames = {f for f in forms if len(f) == 1 or f[0].lower() in PARTICLES}
    # a pronoun near a run makes it a person only if it opens with a first name (not `Impeaching Trump`, `Filipino
    # Clinton`)
    # (a weekday is in the world's tables of first names, but opens no person's name: `Saturday Night Live`)
    sure = [p for p in settled
            if (p.gender and _opens_with_first_name(p, text) and p.tokens[0].lower() not in WEEKDAYS)
            or _beside_role(text, p)
            or (any(len(f) < len(p.tokens) and p.tokens[-len(f):] == f for f in surnames)
                and _opens_with_first_name(p, text))]
    gender_by_first_name(sure, over_pronouns=True)  # their gender was the pronouns' alone
    found += sure
    found += _partners(text, found)
    found += _relatives_by_first_name(text, found)
    gender_by_first_name(found)
    found = _title_namesakes(_fold_surnames(fold_middle_names(found)), titles)
    return fold_married(found), [p for p in settled if p not in sure]


def whole_quotation(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is all that a quotation holds, but for a comma or stop: a title or a term (`the
    show “Chez Martin”`, `''Wilayat Twitter,''`), which makes no one of `Martin said` or `Twitter said`."""
    return bool(OPENS_QUOTE.search(text, max(0, start - 2), start)) and bool(CLOSES_QUOTE.match(text, end))


def _title_namesakes(people: list[Person], titles: dict[tuple[tuple[str, ...], str | None], str]) -> list[Person]:
    """`Mr. Vance` and `Mrs. Vance`, each known by surname alone (not joined to someone named in full): each keeps
    the title first written before it (`titles`, by words and gender) in its name, else both would be `Vance`."""
    alone = [p for p in people if len(p.tokens) == 1 and p.gender and (p.tokens, p.gender) in titles]
    for p in alone:
        if any(q.tokens == p.tokens and q.gender != p.gender for q in alone):
            p.name = f"{titles[(p.tokens, p.gender)]} {p.name}"
    return people


def _partners(text: str, people: list[Person]) -> list[Person]:
    """`Margaret and Alan Whitfield`: a known first name joined by `and` to a person's two-word name shares their
    surname, a person of their own (Margaret Whitfield), unless the article names them otherwise."""
    genders, known = first_name_genders(), {p.tokens for p in people}
    named = [(o, o + len(q.name)) for q in people for o in q.offsets]
    out: dict[tuple[str, ...], Person] = {}
    for p in people:
        if len(p.tokens) != 2:
            continue
        for off in p.offsets:
            m = PARTNER_BEFORE.search(text, max(0, off - 30), off)
            if m is None or m.group(1).lower() not in genders:
                continue
            if any(s <= m.start(1) < e for s, e in named):
                continue  # `Ann Kim and Tom Hart`: the word ends someone else's name, no first name
            tokens = (m.group(1), p.surname)
            if tokens not in known and not any(q.tokens[0] == m.group(1) for q in people):
                partner = out.setdefault(tokens, Person(" ".join(tokens), tokens, genders[m.group(1).lower()]))
                partner.offsets.append(m.start())
    return list(out.values())


def _relatives_by_first_name(text: str, people: list[Person]) -> list[Person]:
    """`Her husband, Devin, will be waiting`: a close relative given by first name alone is a person of that one
    word, of the first name's gender or else the role's, so that `he` can find him; unless someone the article
    names has that first name. After someone's surname and `and` (`Mr. Ortiz and his wife, Elena,`) the relative
    takes that surname (Elena Ortiz, whom `Mrs. Ortiz` then names). Cost: one regular-expression pass over the
    text."""
    first_names = {p.tokens[0] for p in people}
    surnames = {p.tokens[-1] for p in people}
    out: dict[tuple[str, ...], Person] = {}
    for m in GIVEN_AFTER_RELATIVE.finditer(text):
        role, name = m.group(1), m.group(2)
        if role in family_roles() and name not in first_names and is_counted_first_name(name):
            gender = first_name_gender(name) or role_nouns().get(role)
            # `Mr. Ortiz and his wife, Elena,`: the relative of one just named shares that surname
            partner = PARTNER_BEFORE_RELATIVE.search(text, max(0, m.start() - 40), m.start())
            tokens = (name, partner.group(1)) if partner and partner.group(1) in surnames else (name,)
            out.setdefault(tokens, Person(" ".join(tokens), tokens, gender)).offsets.append(m.start(2))
    return list(out.values())


def gender_by_first_name(people: list[Person], over_pronouns: bool = False) -> None:
    """The gender of a first name in the world's name tables (`Kwame`, `Efua`), for people whose first name is
    not in the lexicon and whose pronouns did not tell; with `over_pronouns`, for people whose gender only the
    pronouns near them gave, too: a decisive first name tells more. Not used to find people: `Virginia` and
    `Georgia` are first names too."""
    for p in people:
        if (p.gender is None or over_pronouns) and len(p.tokens) >= 2 and len(p.tokens[0]) > 1:
            p.gender = first_name_gender(p.tokens[0]) or p.gender


def _beside_role(text: str, p: Person) -> bool:
    """Whether a run the name finder was unsure of stands in apposition to a role noun somewhere (`the union's
    secretary, Efua Mensah,`, `Efua Mensah, a union leader,`) or ends a title that holds one (`Head coach Marcus
    Bell`): a person, though perhaps of unknown gender."""
    roles = role_nouns()
    for off in p.offsets:
        before = ROLE_BEFORE.search(text, max(0, off - 40), off)
        if (before and before.group(1) in roles) or role_after(text, off + len(p.name)):
            return True
        title = TITLE_BEFORE.search(text, max(0, off - 40), off)  # not `the mayor of New York`: a first name opens it
        words = title.group().split() if title else []
        if words and words[-1] not in ("of", "for", "the") and any(w.lower() in roles for w in words) and (
                _first_name(p.tokens[0]) or _opens_with_first_name(p, text)):
            return True
    return False


def role_after(text: str, end: int) -> bool:
    """Whether a role noun set off by commas follows offset `end` (`, a union leader,`, `, the union's
    president,`), as it follows a person's name."""
    after = ROLE_AFTER.match(text, end)
    return after is not None and after.group(1) in role_nouns()


def _opens_with_first_name(p: Person, text: str) -> bool:
    """Whether a run opens with a first name of the world's tables that this article does not use as an ordinary
    word (`Robyn Tallis`, not `Former Tallis`)."""
    return not not_a_name(p.tokens[0], text) and is_counted_first_name(p.tokens[0])


def not_a_name(word: str, text: str) -> bool:
    """Whether a capitalised word opening a run is a role or an ordinary word rather than a first name: a role
    noun or title (`Quarterback`, `Coach`), or a word the article also writes in lower case (`Former`)."""
    low = word.lower().rstrip(".")
    return low in role_nouns() or low in name_titles() or low in lowercase_words(text)


@lru_cache(maxsize=2)  # the article being resolved; a str caches its hash, so a lookup does not rehash the text
def lowercase_words(text: str) -> frozenset[str]:
    """The words `text` writes in lower case. Cost: one regex pass, once per article."""
    return frozenset(LOWERCASE_WORD.findall(text))


def trim_name(words: tuple[str, ...], text: str) -> tuple[str, ...]:
    """A person's name from a run of capitalised words: leading roles and ordinary words dropped (`Quarterback
    Devon Hughes`, `Former Mayor Tom Reed`), then at most a first, a middle and a last name, the middle kept when
    it is an initial or the first is a known first name (`Gregory T. Angelo`, `Ruth Bader Ginsburg`), and a word
    before a known first name dropped."""
    while len(words) > 2 and not_a_name(words[0], text):
        words = words[1:]
    if len(words) == 3 and _title_tail(words):
        return words[1:]
    if len(words) <= 2:
        return words
    if len(words) == 3 or len(words[-2].rstrip(".")) == 1 or words[-3].lower() in first_name_genders():
        return words[-3:]
    return words[-2:]


def _title_tail(words: tuple[str, ...]) -> bool:
    """`Agriculture Shobha Karandlaje`: a three-word run that took in the end of a title, its second word a first
    name and its first not."""
    return not _first_name(words[0]) and _first_name(words[1])


def _first_name(word: str) -> bool:
    return word.lower() in first_name_genders() or first_name_gender(word) is not None


def is_organisation(words: tuple[str, ...]) -> bool:
    """Whether a run of capitalised words names an organisation, place or thing (`ABC News`, `Trump University`,
    `the Austin American-Statesman`)."""
    return words[-1].lower().rsplit("-", 1)[-1] in organisation_words()  # `Austin American-Statesman`


def _fold_surnames(people: list[Person]) -> list[Person]:
    """`Dr. Carson` is `Ben Carson` when he is the only person of that surname (and of the title's gender: `Mrs
    Whitfield` among Margaret and Alan Whitfield) named in full here: a titled surname alone joins that person
    rather than standing as one of its own; not across genders (`Mr. Obama` is not Michelle Obama)."""
    out = []
    for p in people:
        if len(p.tokens) == 1 or p.tokens[0].lower() in PARTICLES:  # `Mr. Carson`, `Mr. de Blasio`
            n = len(p.tokens)
            full = [q for q in people if len(q.tokens) > n and name_key(q.tokens[-n:]) == name_key(p.tokens)
                    and (not p.gender or q.gender in (p.gender, None))]
            if len(full) == 1 and absorb(full[0], p):
                continue
        out.append(p)
    return out


def fold_middle_names(people: list[Person]) -> list[Person]:
    """`Donald J. Trump` and `Donald Trump`, `Hillary Rodham Clinton` and `Hillary Clinton`: a full name that is
    another's with middle names left out is the same person, named by the shorter form (the one most outlets
    use). Without this, a surname alone (`Mr. Trump`) could join neither."""
    out = []
    for p in people:
        shorter = [q for q in people if 2 <= len(q.tokens) < len(p.tokens) and q.tokens[0] == p.tokens[0]
                   and name_key(q.tokens[-1:]) == name_key(p.tokens[-1:])]
        if len(shorter) == 1 and absorb(shorter[0], p):
            shorter[0].forms.add(p.tokens)
            continue
        out.append(p)
    return out


def absorb(whole: Person, part: Person) -> bool:
    """Fold a person found by surname alone into the full name (their mentions, and a gender the full name
    lacked), unless their genders differ (`Mr. Obama` is not Michelle Obama); whether it was folded."""
    if whole.gender and part.gender and whole.gender != part.gender:
        return False
    whole.offsets.extend(part.offsets)
    whole.gender = whole.gender or part.gender
    return True


def within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether `part` is a run of words inside `whole` (`Kardashian West` in `Kim Kardashian West`)."""
    n = len(part)
    return any(whole[k : k + n] == part for k in range(len(whole) - n + 1))


def learn_gender(text: str, people: list[Person]) -> None:
    """Gender from pronouns in the sentence right after a full mention, where the first name did not tell, and
    from a `He` or `She` opening the next sentence when no other name stands between (`Vikram Nair was less
    impressed. He said …`)."""
    for p in people:
        if p.gender:
            continue
        votes = 0
        for off in p.offsets:
            window = text[off : off + 160].split(".")[0]
            for m in PRONOUN_NEAR.finditer(window):
                votes += 1 if m.group(1).lower() in FEMALE_PRONOUNS else -1
            votes += _next_sentence_subject(text, off)
        p.gender = "f" if votes > 0 else "m" if votes < 0 else None


def _next_sentence_subject(text: str, off: int) -> int:
    """+1 for `She`, -1 for `He` opening the sentence after a name that is its own sentence's subject (at most a
    role before it: `Opposition leader Vikram Nair was less impressed. He said …`), with no other capitalised
    word between; else 0."""
    run = LEADING_RUN.match(text, off)
    if run is None:
        return 0
    lo = max(0, off - 80)
    begin = max(text.rfind(c, lo, off) for c in ".!?\n") + 1
    if begin == 0 and lo > 0:
        return 0  # its sentence began further back: more than a role before the name
    before = text[begin:off].split()
    if len(before) > 3 or not all(w[0].isupper() or w.lower() in role_nouns() for w in before):
        return 0
    stop = text.find(".", run.end(), run.end() + 160)
    if stop == -1 or any(c.isupper() for c in text[run.end() : stop]):
        return 0
    opener = NEXT_SUBJECT.match(text, stop + 1) or _speaker_after_quote(text, stop + 1)
    if opener is None:
        return 0
    return 1 if opener.group(1).lower() == "she" else -1


def _speaker_after_quote(text: str, pos: int) -> re.Match | None:
    """`… thirty years. ‘I have never seen it,’ she said`: the pronoun that says a quote opening the sentence at
    `pos` right after its closing mark."""
    opening = QUOTE_OPENING.match(text, pos)
    if opening is None:
        return None
    close = text.find(CLOSING_OF[opening.group(1)], opening.end(), opening.end() + MAX_OPENING_QUOTE)
    return PRONOUN_AFTER_QUOTE.match(text, close + 1) if close != -1 else None


def fold_married(people: list[Person]) -> list[Person]:
    """`Kim Kardashian West` is `Kim Kardashian` when another person here is a `West` (a married name).

    A three-word name whose last word is the surname of someone else in the article, with another first
    name, is taken as a birth name plus a spouse's surname; the birth name is the canonical one, as the
    seeds' answer key and most style guides have it.
    """
    surnames = {p.tokens[0]: p.surname for p in people if len(p.tokens) == 2}
    merged: dict[str, Person] = {}  # by name: `Mr. Vance` and `Mrs. Vance` share their one word
    for p in people:
        p.forms.add(p.tokens)
        spouse_named = any(s == p.surname and first != p.tokens[0] for first, s in surnames.items())
        if len(p.tokens) == 3 and spouse_named and not p.tokens[1].endswith("."):  # not `Donald J. Trump`
            p.name, p.tokens = " ".join(p.tokens[:-1]), p.tokens[:-1]
        if p.name in merged:
            merged[p.name].offsets.extend(p.offsets)
            merged[p.name].forms |= p.forms
        else:
            merged[p.name] = p
    return list(merged.values())
