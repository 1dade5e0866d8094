"""Feedback quality on hand-labelled snippets: themes, and skills named as missing.

Reads a JSON file of tables (``{"tuning": [...], ...}``, each case ``{"id", "text",
"expected"}`` and optionally ``"missing"``; the default is the test table in
``onward/analysis/tests/data/feedback_cases.json``) and reports, per table:

* themes: exact-match accuracy over the whole label set and micro precision and recall
  over single labels (``theme`` a concern, ``+theme`` a strength);
* for the cases with a ``missing`` list (short plain-word skills the employer said were
  lacking; an empty list counts): the skills :func:`onward.analysis.feedback_needs.
  named_missing` names as missing, as labels of the built-in vocabulary (lexical linking
  unless ``semantic`` is given), against those phrases. ``missing_precision`` is the share
  of named skills that match a gold phrase, ``missing_recall`` the share of gold phrases
  matched by a named skill; ``span_recall`` the share of gold phrases matched by a needed
  phrase of :func:`~onward.analysis.feedback_missing.missing_spans` (before linking).

Matching rule (:func:`same_skill`): both sides are lower-cased and split into words (a
bracketed qualifier such as "(programming language)" dropped, "A/B" gives "a" and "b");
function words and generic words ("skills", "experience", "knowledge") are dropped and
the rest reduced to light stems ("statistical" and "statistics" are one). Two sides match
when one stem set contains the other or they share at least half of their union
("statistical power" matches "Statistics"; "people management" does not match "Project
management"). A named skill matches a gold phrase by its label or by one of its
alternative labels in the vocabulary ("VAT returns" is an alternative label of
Value-added tax).

Every case that is wrong on either count is listed under ``misses`` (left out with
``summary``, for blind sets whose misses must not be read).

``model="semantic"`` scores the experimental reader of
:mod:`onward.analysis.feedback_semantic` instead of the cue lexicon: fitted on the
``tuning*`` tables of the default cases (our own snippets, never the ``--cases`` file)
with the ``semantic`` extra's MiniLM, then applied to every table of the cases file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from onward.analysis.feedback import FeedbackAnalysis, Polarity, classify_feedback
from onward.analysis.feedback_missing import missing_spans
from onward.analysis.feedback_needs import content_words, named_missing, stem
from onward.analysis.skills.forms import QUALIFIER

DEFAULT_CASES = Path(__file__).resolve().parents[1] / "analysis/tests/data/feedback_cases.json"
MIN_SHARED = 0.5

# A skill named as missing: its label, then its alternative labels.
Named = tuple[str, ...]
Namer = Callable[[str], list[Named]]


def signature(analysis: FeedbackAnalysis) -> set[str]:
    """Labels as the tables write them: ``theme`` a concern, ``+theme`` a strength."""
    return {
        f"+{t.theme.value}" if t.polarity == Polarity.STRENGTH else t.theme.value
        for t in analysis.themes
    }


def skill_stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(QUALIFIER.sub("", text) or text))


def same_skill(a: str, b: str) -> bool:
    """The matching rule of the module doc."""
    x, y = skill_stems(a), skill_stems(b)
    if not x or not y:
        return False
    return x <= y or y <= x or len(x & y) >= MIN_SHARED * len(x | y)


def names(skill: Named, phrase: str) -> bool:
    """A named skill matches a gold phrase by its label or one of its alternative labels."""
    return any(same_skill(form, phrase) for form in skill)


def _missing_counts(got: list[Named], spans: list[str], gold: list[str]) -> dict[str, int]:
    return {
        "named": len(got),
        "named_right": sum(any(names(g, w) for w in gold) for g in got),
        "gold": len(gold),
        "gold_found": sum(any(names(g, w) for g in got) for w in gold),
        "gold_in_spans": sum(any(same_skill(s, w) for s in spans) for w in gold),
    }


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


# Labels per text of a table, in order.
Labeller = Callable[[list[str]], list[set[str]]]


def rules_labeller(texts: list[str]) -> list[set[str]]:
    return [signature(classify_feedback(text)) for text in texts]


def score_table(
    cases: list[dict[str, Any]], namer: Namer | None = None, labeller: Labeller = rules_labeller
) -> dict[str, Any]:
    exact = hits = extra = missed = 0
    totals = dict.fromkeys(("named", "named_right", "gold", "gold_found", "gold_in_spans"), 0)
    scored = 0
    misses = []
    predicted = labeller([case["text"] for case in cases])
    for case, got in zip(cases, predicted, strict=True):
        wanted = set(case["expected"])
        exact += got == wanted
        hits, extra, missed = (
            hits + len(got & wanted),
            extra + len(got - wanted),
            missed + len(wanted - got),
        )
        miss: dict[str, Any] = {}
        if got != wanted:
            miss = {"got": sorted(got), "expected": sorted(wanted)}
        if namer is not None and isinstance(case.get("missing"), list):
            scored += 1
            named = namer(case["text"])
            spans = [s.phrase for s in missing_spans(case["text"])]
            counts = _missing_counts(named, spans, case["missing"])
            totals = {k: totals[k] + counts[k] for k in totals}
            if counts["named_right"] < counts["named"] or counts["gold_found"] < counts["gold"]:
                got_labels = [n[0] for n in named]
                miss |= {"missing_got": got_labels, "missing_expected": case["missing"]}
        if miss:
            misses.append({"id": case["id"], **miss})
    result: dict[str, Any] = {
        "cases": len(cases),
        "exact": exact,
        "exact_rate": round(exact / len(cases), 3) if cases else None,
        "label_precision": _ratio(hits, hits + extra),
        "label_recall": _ratio(hits, hits + missed),
    }
    if scored:
        result |= {
            "missing_cases": scored,
            "missing_named": totals["named"],
            "missing_gold": totals["gold"],
            "missing_precision": _ratio(totals["named_right"], totals["named"]),
            "missing_recall": _ratio(totals["gold_found"], totals["gold"]),
            "span_recall": _ratio(totals["gold_in_spans"], totals["gold"]),
        }
    return result | {"misses": misses}


def builtin_namer(semantic: str = "none", cache_dir: Path | None = None) -> Namer:
    """Skills named as missing, as labels of the built-in vocabulary."""
    from onward.analysis.skills.engine import load_index
    from onward.analysis.skills.taxonomy import load_builtin_taxonomy

    index = load_index(load_builtin_taxonomy(), cache_dir, semantic=semantic)

    def name(text: str) -> list[Named]:
        found = named_missing(text, index)
        return [(f.label, *index.taxonomy.skill(f.skill_id).alt_labels) for f in found]

    return name


def _tables(path: Path) -> dict[str, list[dict[str, Any]]]:
    tables = json.loads(path.read_text("utf-8"))
    if not isinstance(tables, dict):
        raise ValueError(f"{path}: expected an object of tables")
    return {name: cases for name, cases in tables.items() if isinstance(cases, list)}


def semantic_labeller() -> Labeller:
    """The reader of ``feedback_semantic``, fitted on our own ``tuning*`` tables."""
    from onward.analysis.feedback_semantic import classify_semantic, fit_feedback_model
    from onward.analysis.skills.semantic import load_encoder

    encoder = load_encoder()
    tuning = [
        c for n, cases in _tables(DEFAULT_CASES).items() if n.startswith("tuning") for c in cases
    ]
    texts = [c["text"] for c in tuning]
    model = fit_feedback_model(texts, [c["expected"] for c in tuning], encoder)

    def label(batch: list[str]) -> list[set[str]]:
        found = classify_semantic(batch, model, encoder)
        return [{s.label for s in suggestions} for suggestions in found]

    return label


def run_feedback_bench(
    *,
    cases_path: Path = DEFAULT_CASES,
    semantic: str = "none",
    cache_dir: Path | None = None,
    model: str = "rules",
    summary: bool = False,
) -> dict[str, Any]:
    lists = _tables(cases_path)
    wants_missing = any("missing" in c for cases in lists.values() for c in cases)
    namer = builtin_namer(semantic, cache_dir) if wants_missing else None
    labeller = semantic_labeller() if model == "semantic" else rules_labeller
    results = {name: score_table(cases, namer, labeller) for name, cases in lists.items()}
    if summary:
        return {name: {k: v for k, v in r.items() if k != "misses"} for name, r in results.items()}
    return results
