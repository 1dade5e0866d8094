"""Whole postings against a hand-written gold list of their skills, and the fit of a resume.

``python -m onward.bench postings-gold --gold FILE.json --postings postings.csv`` runs the
product path (``extract()``, default configuration) on each gold posting's full description
and compares the skills it finds with the gold lists (JSON: ``postings`` with ``index`` into
the CSV's data rows, ``sha1`` of the description, ``split`` tune/holdout, ``required``,
``preferred`` and ``soft`` items ``{name, esco, esco_uri}``; ``resume_data_analyst`` text;
``clear_match`` per posting).

A gold item is met by an extracted skill whose id is the item's ESCO URI, or one of whose
labels (preferred, alternative, or either without its "(qualifier)") equals, normalised, the
item's name or ESCO label. Per posting:

- recall of required skills: required gold items met by a mention (any level);
- precision: distinct hard skills extracted as required or without a level (not preferred,
  not soft) that meet some gold item (required, preferred or soft); ``exact_precision``
  counts only those meeting a required item.

Fit: the resume's skills (every mention in it, as if all confirmed) against each posting,
with :func:`onward.analysis.fit.posting_fit`, for the postings marked ``clear_match`` and,
for contrast, the others.
"""

from __future__ import annotations

import csv
import hashlib
import json
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from onward.analysis.fit import posting_fit
from onward.analysis.gaps import PostingMention
from onward.analysis.skills.extract import SkillIndex, SkillMention, extract
from onward.analysis.skills.forms import QUALIFIER
from onward.analysis.skills.taxonomy import Skill, Taxonomy
from onward.analysis.skills.text import normalise

PREFERRED, CONTEXT = "preferred", "context"


class GoldFormatError(ValueError):
    """The gold file does not have the expected shape, or does not match the postings."""


@dataclass(frozen=True)
class GoldItem:
    name: str
    esco: str
    uri: str

    def keys(self) -> set[tuple[str, ...]]:
        return {k for k in (normalise(self.name), normalise(self.esco)) if k}


@dataclass(frozen=True)
class GoldPosting:
    index: int
    title: str
    split: str
    clear_match: bool
    text: str
    required: tuple[GoldItem, ...]
    preferred: tuple[GoldItem, ...]
    soft: tuple[GoldItem, ...]


def _items(raw: object) -> tuple[GoldItem, ...]:
    if not isinstance(raw, list):
        return ()
    return tuple(
        GoldItem(str(i.get("name") or ""), str(i.get("esco") or ""), str(i.get("esco_uri") or ""))
        for i in raw
        if isinstance(i, dict)
    )


def read_descriptions(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["description"] for row in csv.DictReader(handle)]


@dataclass(frozen=True)
class GoldResume:
    text: str
    skills: tuple[GoldItem, ...]


def load_gold(gold: Path, postings: Path) -> tuple[list[GoldPosting], GoldResume]:
    """The gold postings with their descriptions (checked by SHA-1), and the resume."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("postings"), list):
        raise GoldFormatError(f"{gold} has no list of postings")
    texts = read_descriptions(postings)
    out = []
    for raw in data["postings"]:
        index = int(raw["index"])
        text = texts[index]
        if hashlib.sha1(text.encode("utf-8")).hexdigest()[:12] != raw["sha1"]:
            raise GoldFormatError(f"posting {index}: the description's SHA-1 does not match")
        out.append(
            GoldPosting(
                index,
                str(raw.get("title", "")),
                str(raw["split"]),
                bool(raw.get("clear_match")),
                text,
                _items(raw.get("required")),
                _items(raw.get("preferred")),
                _items(raw.get("soft")),
            )
        )
    resume = GoldResume(str(data.get("resume_data_analyst", "")), _items(data.get("resume_skills")))
    return out, resume


def _skill_keys(skill: Skill) -> set[tuple[str, ...]]:
    forms = (skill.label, *skill.alt_labels)
    keys = {normalise(f) for f in forms} | {normalise(QUALIFIER.sub("", f)) for f in forms}
    return {k for k in keys if k}


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


class Matcher:
    """Whether an extracted skill meets a gold item (see the module doc)."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._keys: dict[str, set[tuple[str, ...]]] = {}

    def meets(self, skill_id: str, item: GoldItem) -> bool:
        if item.uri and item.uri == skill_id:
            return True
        keys = self._keys.get(skill_id)
        if keys is None:
            keys = self._keys[skill_id] = _skill_keys(self.taxonomy.skill(skill_id))
        if keys & item.keys():
            return True
        # a degree item names its fields: "bachelor's degree in mathematics or statistics"
        name = normalise(item.name)
        return "degree" in name and any(_contains(name, k) for k in keys)

    def any_meets(self, skill_id: str, items: Iterable[GoldItem]) -> bool:
        return any(self.meets(skill_id, item) for item in items)


@dataclass(frozen=True)
class PostingScore:
    posting: GoldPosting
    predicted: tuple[str, ...]  # hard skill ids, required or without a level
    right: tuple[str, ...]  # of those, meeting a gold item
    exact: tuple[str, ...]  # of those, meeting a required item
    met: tuple[GoldItem, ...]  # required items found
    soft_met: int

    @property
    def precision(self) -> float | None:
        return len(self.right) / len(self.predicted) if self.predicted else None

    @property
    def recall(self) -> float | None:
        required = self.posting.required
        return len(self.met) / len(required) if required else None


def score_posting(
    posting: GoldPosting, mentions: Sequence[SkillMention], matcher: Matcher
) -> PostingScore:
    found = {m.skill_id for m in mentions if m.requirement != CONTEXT}
    predicted = tuple(
        dict.fromkeys(
            m.skill_id
            for m in mentions
            if m.requirement not in (PREFERRED, CONTEXT) and not _soft(m)
        )
    )
    gold = (*posting.required, *posting.preferred, *posting.soft)
    right = tuple(s for s in predicted if matcher.any_meets(s, gold))
    exact = tuple(s for s in predicted if matcher.any_meets(s, posting.required))
    met = tuple(i for i in posting.required if any(matcher.meets(s, i) for s in found))
    soft_met = sum(any(matcher.meets(s, i) for s in found) for i in posting.soft)
    return PostingScore(posting, predicted, right, exact, met, soft_met)


def _soft(mention: SkillMention) -> bool:
    return str(getattr(mention, "kind", "hard")) == "soft"


def _summary(scores: Sequence[PostingScore]) -> dict[str, Any]:
    def pct(a: float, b: float) -> float | None:
        return round(100 * a / b, 1) if b else None

    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    predicted = sum(len(s.predicted) for s in scores)
    soft_gold = sum(len(s.posting.soft) for s in scores)
    return {
        "postings": len(scores),
        "micro_precision": pct(sum(len(s.right) for s in scores), predicted),
        "micro_exact_precision": pct(sum(len(s.exact) for s in scores), predicted),
        "micro_recall_required": pct(
            sum(len(s.met) for s in scores), sum(len(s.posting.required) for s in scores)
        ),
        "macro_precision": pct(statistics.fmean(precisions), 1) if precisions else None,
        "macro_recall_required": pct(statistics.fmean(recalls), 1) if recalls else None,
        "soft_recall": pct(sum(s.soft_met for s in scores), soft_gold),
        "predicted_hard_skills": predicted,
    }


def _fit_percent(mentions: Sequence[SkillMention], text: str, profile: set[str]) -> int | None:
    found = [
        PostingMention(
            m.skill_id,
            m.label,
            m.requirement,
            text[m.sentence_start : m.sentence_end],
            soft=_soft(m),
            group=str(getattr(m, "group", "")),
        )
        for m in mentions
    ]
    return posting_fit(found, profile).percent


def run_postings_gold(
    *, postings: Sequence[GoldPosting], resume: GoldResume, index: SkillIndex, details: bool = False
) -> dict[str, Any]:
    matcher = Matcher(index.taxonomy)
    profile = {m.skill_id for m in extract(resume.text, index)} if resume.text else set()
    resume_met = [i for i in resume.skills if any(matcher.meets(s, i) for s in profile)]
    scores, fits, evidence = [], [], []
    for posting in postings:
        mentions = extract(posting.text, index)
        scores.append(score_posting(posting, mentions, matcher))
        fits.append(_fit_percent(mentions, posting.text, profile))
        evidence.append({m.skill_id: _where(posting.text, m) for m in reversed(mentions)})
    result: dict[str, Any] = {
        "taxonomy": index.taxonomy.key,
        "resume_skills_found": len(profile),
        "resume_gold_recall": round(100 * len(resume_met) / len(resume.skills), 1)
        if resume.skills
        else None,
    }
    for split in ("tune", "holdout"):
        chosen = [i for i, s in enumerate(scores) if s.posting.split == split]
        result[split] = _summary([scores[i] for i in chosen]) | {
            "fit_clear_match": _fits([(scores[i], fits[i]) for i in chosen], clear=True),
            "fit_other": _fits([(scores[i], fits[i]) for i in chosen], clear=False),
        }
    if details:
        met = {i.name for i in resume_met}
        result["resume_missed"] = [i.name for i in resume.skills if i.name not in met]
        result["postings"] = [
            _detail(s, f, e, index.taxonomy) for s, f, e in zip(scores, fits, evidence, strict=True)
        ]
    return result


def _fits(pairs: Sequence[tuple[PostingScore, int | None]], *, clear: bool) -> dict[str, Any]:
    values = [f for s, f in pairs if s.posting.clear_match == clear and f is not None]
    return {
        "postings": len(values),
        "mean_percent": round(statistics.fmean(values), 1) if values else None,
        "min_percent": min(values) if values else None,
        "percents": values,
    }


def _where(text: str, mention: SkillMention) -> str:
    start = max(mention.sentence_start, mention.start - 60)
    end = min(mention.sentence_end, mention.end + 40)
    return f"{text[start : mention.start]}[{mention.surface}]{text[mention.end : end]}"


def _detail(
    score: PostingScore, fit: int | None, evidence: dict[str, str], taxonomy: Taxonomy
) -> dict[str, Any]:
    wrong = [
        f"{taxonomy.skill(s).label} <- {evidence.get(s, '')}"
        for s in score.predicted
        if s not in score.right
    ]
    met = {i.name for i in score.met}
    return {
        "index": score.posting.index,
        "split": score.posting.split,
        "title": score.posting.title,
        "precision": None if score.precision is None else round(100 * score.precision, 1),
        "recall_required": None if score.recall is None else round(100 * score.recall, 1),
        "fit_percent": fit,
        "clear_match": score.posting.clear_match,
        "false": wrong,
        "missed": [i.name for i in score.posting.required if i.name not in met],
    }
