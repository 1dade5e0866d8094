"""Context checks on lexical hits: a match on an ambiguous form needs evidence to count.

- A bare "(qualified)" name ("Go" of "Go (programming language)", "pricing" of "pricing
  (actuarial)") counts when a qualifier word is in the sentence ("Go programming"), when
  another skill of the same family is ("Python and Go"), or, for a name written with a
  capital, when it stands inside a sentence rather than opening it ("in Go or Java").
- A generic everyday word ("trading", "insurance") counts only as a skill: after "experience
  in", "knowledge of" and the like, before "skills"/"experience", as a requirement ("Must
  have: trading") that is not a modifier ("trading report"), or in a list of skills.
- A product named by an everyday word ("Excel", "Slack") counts when capitalised; in lower
  case only among other skills or after "experience with" and the like.
- A job-title form ("analytics engineer") in the plural names other people ("work with
  analytics engineers"); a capitalised title after "As our", "hiring a", "looking for a"
  names the job itself (requirement level CONTEXT). A capitalised everyday word inside a
  name ("Tidewater Insurance") is no skill, nor an everyday word right after another skill
  ("employee relations casework": the noun of that skill).

Hits without flags (the ranking policy) pass unchanged.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from onward.analysis.skills import forms
from onward.analysis.skills.lexical import Entry, LexicalHit
from onward.analysis.skills.requirements import CONTEXT, PREFERRED, REQUIRED
from onward.analysis.skills.taxonomy import Taxonomy
from onward.analysis.skills.text import Token
from onward.analysis.skills.words import PERSON_NOUNS, is_stopword, word_set

# Verdicts: PENDING counts with a skill of the same family, or as an item of a list of
# skills; LISTED only as an item of a list of skills; INSIDE counts unless the sentence's
# other skills are all of another family.
ACCEPT, DROP, PENDING, INSIDE, LISTED = "accept", "drop", "pending", "inside", "listed"
_INTRO = word_set(
    """experience experienced knowledge skill skilled background expertise proficient
    proficiency understanding familiarity familiar qualified trained certified exposure
    competent competence specialist specialism years career degree interest passion"""
)
_SKILL_NOUNS = word_set(
    "skill experience knowledge background expertise qualification certificate ability"
)
_COPULAS = word_set("are be is am being very highly extremely really")
_ROLE_INTROS = (
    ("as", "our"), ("as", "a"), ("as", "an"), ("as", "the"), ("hiring", "a"),
    ("hiring", "an"), ("for", "a"), ("for", "an"), ("need", "a"), ("need", "an"),
    ("seeking", "a"), ("seeking", "an"),
)  # fmt: skip
_LIST_WORDS = frozenset({"and", "or", "&"})
_SENIORITY = word_set("senior junior lead head chief principal staff trainee assistant")


@dataclass(frozen=True, slots=True)
class Accepted:
    hit: LexicalHit
    level: str | None = None  # an override of the requirement level (CONTEXT)
    note: str | None = None  # why, for the mention's reasons


class _Sentence:
    """One sentence with its tokens and hits; the costlier views are computed on demand."""

    def __init__(self, body: str, tokens: Sequence[Token], hits: Sequence[LexicalHit]) -> None:
        self.body = body
        self.tokens = tokens
        self.hits = hits

    @functools.cached_property
    def norms(self) -> frozenset[str]:
        return frozenset(t.norm for t in self.tokens)

    @functools.cached_property
    def title_case(self) -> bool:
        return _title_case(self.tokens, self.body, self.hits)


def review(
    body: str,
    tokens: Sequence[Token],
    hits: Sequence[LexicalHit],
    taxonomy: Taxonomy,
    level_of: Callable[[LexicalHit], str],
) -> list[Accepted]:
    """The hits that count in this sentence (in order), with level overrides."""
    sentence = _Sentence(body, tokens, hits)
    judged = [_judge(h, sentence, level_of) for h in hits]
    for i in range(1, len(judged)):
        if judged[i].verdict != DROP and _head_of_compound(hits[i - 1], hits[i], sentence):
            judged[i] = _Judged(DROP, hits[i])
    accepted = [j.hit for j in judged if j.verdict == ACCEPT]
    families = {taxonomy.skills[h.skill].category for h in accepted} - {""}
    out = []
    for j in judged:
        family = taxonomy.skills[j.hit.skill].category
        if j.verdict == INSIDE and families and family not in families:
            continue  # "Cube or LookML": a name among another family's skills
        listed = bool(accepted) and _in_list(j.hit, sentence)
        if j.verdict == LISTED and not listed:
            continue
        if j.verdict == PENDING and not (family in families or listed):
            continue
        if j.verdict != DROP:
            out.append(j.accepted or Accepted(j.hit))
    return out


@dataclass(frozen=True, slots=True)
class _Judged:
    verdict: str
    hit: LexicalHit
    accepted: Accepted | None = None


def _judge(hit: LexicalHit, sentence: _Sentence, level_of: Callable[[LexicalHit], str]) -> _Judged:
    """The verdict on the hit's form, or on the first other form written the same way that
    the context supports ("actuarial pricing": the bare name of "pricing (actuarial)")."""
    verdict, accepted = _verdict(hit, sentence, level_of)
    if verdict == ACCEPT or not hit.others:
        return _Judged(verdict, hit, accepted)
    for other in hit.others:
        alternative = replace(hit, skill=other.skill, label=other.label, entry=other, others=())
        alternative = replace(alternative, reason=f"{other.method} match of {other.label!r}")
        found, kept = _verdict(alternative, sentence, level_of)
        if found == ACCEPT:
            return _Judged(found, alternative, kept)
    return _Judged(verdict, hit, accepted)


def _verdict(
    hit: LexicalHit, sentence: _Sentence, level_of: Callable[[LexicalHit], str]
) -> tuple[str, Accepted | None]:
    if hit.first == 0 and hit.last == len(sentence.tokens):
        return ACCEPT, None  # the whole line is the skill's name ("Trading", a tag, a label)
    role = _role_name(hit, sentence)
    if role is not None:
        return ACCEPT, role
    entry = hit.entry
    if entry is None or not (entry.flags or entry.origin in (forms.BARE_LABEL, forms.BARE_ALIAS)):
        return ACCEPT, None
    if forms.TITLE in entry.flags:
        return _title(hit, sentence)
    if forms.LOOSE in entry.flags:
        return LISTED, None
    if entry.origin in (forms.BARE_LABEL, forms.BARE_ALIAS):
        return _bare(hit, entry, sentence), None
    if forms.COMMON in entry.flags and forms.PROPER in entry.flags:
        return _name(hit, sentence), None
    if forms.COMMON in entry.flags and forms.ACRONYM not in entry.flags:
        return _generic(hit, sentence, level_of(hit)), None
    return ACCEPT, None


def _name(hit: LexicalHit, sentence: _Sentence) -> str:
    """A product named by an everyday word: "Excel" counts, "excel" only among skills
    ("SQL, excel and Tableau") or after "experience with" and the like."""
    if sentence.body[sentence.tokens[hit.first].start].isupper():
        return ACCEPT
    if _skill_words_around(hit, sentence):
        return ACCEPT
    return LISTED


def _bare(hit: LexicalHit, entry: Entry, sentence: _Sentence) -> str:
    if set(entry.qualifier) & sentence.norms:
        return ACCEPT
    from_label = entry.origin == forms.BARE_LABEL
    if hit.last - hit.first > 1 or forms.ACRONYM in entry.flags:
        return ACCEPT if from_label else PENDING
    if forms.COMMON not in entry.flags:
        return ACCEPT if from_label or forms.PROPER in entry.flags else PENDING
    if forms.PROPER not in entry.flags:
        return DROP  # an everyday word ("pricing") needs its qualifier
    inside = _inside(hit, sentence) and not sentence.title_case
    return INSIDE if inside else PENDING


def _generic(hit: LexicalHit, sentence: _Sentence, level: str) -> str:
    tokens, first = sentence.tokens, hit.first
    if _in_name(hit, sentence):
        return DROP  # "Tidewater Insurance", "Juniper Lending": part of a name
    if _skill_words_around(hit, sentence):
        return ACCEPT
    before = [t.norm for t in tokens[max(0, first - 4) : first]]
    if before and before[-1] in _COPULAS:
        return ACCEPT
    modifier = _modifies_next(hit, sentence)
    if level in (REQUIRED, PREFERRED) and not modifier:
        return ACCEPT
    return PENDING if not modifier else DROP


def _skill_words_around(hit: LexicalHit, sentence: _Sentence) -> bool:
    """ "experience in trading", "knowledge of pensions", "sales skills"."""
    tokens = sentence.tokens
    before = {t.norm for t in tokens[max(0, hit.first - 4) : hit.first]}
    after = tokens[hit.last].norm if hit.last < len(tokens) else ""
    return bool(_INTRO & before) or after in _SKILL_NOUNS


def _title(hit: LexicalHit, sentence: _Sentence) -> tuple[str, Accepted | None]:
    last = sentence.tokens[hit.last - 1]
    written = sentence.body[last.start : last.end].lower()
    if written != last.norm and written.rstrip("'").endswith("s"):
        return DROP, None  # "work with analytics engineers": other people
    if hit.last - hit.first == 1 and _in_name(hit, sentence):
        previous = sentence.tokens[hit.first - 1].norm
        if previous not in _SENIORITY:
            return DROP, None  # "Tom Baker", "Karen Carpenter": a surname
    return ACCEPT, None


def _role_name(hit: LexicalHit, sentence: _Sentence) -> Accepted | None:
    """The job being advertised, named in a sentence: "As our Analytics Engineer", "looking
    for a Product Operations Analyst" (a capitalised title after a role phrase)."""
    tokens, body = sentence.tokens, sentence.body
    words = [body[t.start : t.end] for t in tokens[hit.first : hit.last]]
    if not all(w[:1].isupper() for w in words):
        return None
    entry = hit.entry
    following = tokens[hit.last] if hit.last < len(tokens) else None
    titled = following is not None and body[following.start : following.start + 1].isupper()
    if not (
        (entry is not None and forms.TITLE in entry.flags)
        or (titled and following is not None and following.norm in PERSON_NOUNS)
    ):
        return None
    first = hit.first
    while first > 0 and first > hit.first - 3 and body[tokens[first - 1].start].isupper():
        first -= 1  # "As a Senior Analytics Engineer"
    before = tuple(t.norm for t in tokens[max(0, first - 2) : first])
    if before not in _ROLE_INTROS:
        return None
    return Accepted(hit, CONTEXT, "names the job being advertised, not a requirement")


def _head_of_compound(previous: LexicalHit, hit: LexicalHit, sentence: _Sentence) -> bool:
    """An everyday word right after another skill is that skill's noun ("employee relations
    casework", "SQL reporting"): the skill before it says what it is about."""
    entry = hit.entry
    if entry is None or forms.COMMON not in entry.flags or forms.PROPER in entry.flags:
        return False
    if previous.last != hit.first:
        return False
    gap = sentence.body[sentence.tokens[hit.first - 1].end : sentence.tokens[hit.first].start]
    return gap.strip() == ""


def _in_name(hit: LexicalHit, sentence: _Sentence) -> bool:
    """A capitalised word inside a sentence next to another capitalised word."""
    body, tokens = sentence.body, sentence.tokens
    if hit.first == 0 or not body[tokens[hit.first].start].isupper():
        return False
    start, end = tokens[hit.first].start, tokens[hit.last - 1].end
    previous = tokens[hit.first - 1]
    joined_before = hit.first > 1 and body[previous.end : start].isspace()
    following = tokens[hit.last] if hit.last < len(tokens) else None
    joined_after = following is not None and body[end : following.start].isspace()
    return (joined_before and body[previous.start].isupper()) or (
        joined_after and following is not None and body[following.start].isupper()
    )


def _inside(hit: LexicalHit, sentence: _Sentence) -> bool:
    """Whether the hit stands inside the sentence (not first, not right after a colon)."""
    if hit.first == 0:
        return False
    start = sentence.tokens[hit.first].start
    previous = sentence.body[:start].rstrip()
    return not previous.endswith((":", "(", "-", "\u2022"))


def _modifies_next(hit: LexicalHit, sentence: _Sentence) -> bool:
    """Whether the hit is followed directly by a noun it describes ("trading report")."""
    if hit.last >= len(sentence.tokens):
        return False
    end = sentence.tokens[hit.last - 1].end
    following = sentence.tokens[hit.last]
    gap = sentence.body[end : following.start]
    word = sentence.body[following.start : following.end]
    return gap.strip() == "" and word.isalpha() and word.islower() and not is_stopword(word)


def _in_list(hit: LexicalHit, sentence: _Sentence) -> bool:
    """Whether the hit is an item of a list ("SQL, trading and Excel")."""
    body, tokens = sentence.body, sentence.tokens
    start, end = tokens[hit.first].start, tokens[hit.last - 1].end
    before = body[:start].rstrip()
    after = body[end:].lstrip()
    previous = tokens[hit.first - 1].norm if hit.first else ""
    following = tokens[hit.last].norm if hit.last < len(tokens) else ""
    separated_before = (
        not before or before.endswith((",", ";", "/", ":")) or previous in _LIST_WORDS
    )
    separated_after = after[:1] in (",", ";", "/", ".", "") or following in _LIST_WORDS
    return separated_before and separated_after


def _title_case(tokens: Sequence[Token], body: str, hits: Sequence[LexicalHit]) -> bool:
    """A heading-like line: the words that are no skill are all capitalised ("Swift Response
    Team", "Senior Go Engineer")."""
    in_hits = {j for h in hits for j in range(h.first, h.last)}
    words = [
        body[t.start : t.end]
        for j, t in enumerate(tokens)
        if j not in in_hits and body[t.start : t.start + 1].isalpha()
    ]
    words = [w for w in words if not is_stopword(w.lower())]
    capitals = sum(w[:1].isupper() for w in words)
    return len(words) >= 2 and capitals >= 0.8 * len(words)
