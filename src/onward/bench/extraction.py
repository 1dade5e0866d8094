"""Span precision and recall of the product extraction path, next to a dictionary baseline.

``python -m onward.bench extraction --data skillspan/dev.json [--vocabulary esco|builtin]``
runs ``extract()`` (the product path, default configuration) on SkillSpan sentences and
scores its mention spans against the gold skill and knowledge spans:

- loose: a mention is right when it overlaps a gold span; a gold span is found when a
  mention overlaps it;
- strict: exact character spans.

The baseline is a plain dictionary: case-insensitive longest match of every preferred and
alternative label of the taxonomy over the sentence, scored the same way.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from onward.analysis.skills import engine
from onward.analysis.skills.extract import ExtractConfig, SkillIndex, SkillMention, extract
from onward.analysis.skills.taxonomy import Taxonomy, load_builtin_taxonomy
from onward.bench.skills import resolve_taxonomy
from onward.bench.spans import SpanCounts, SpanSentence, postings

_WORD = re.compile(r"[^\W_]+(?:[.'+#-][^\W_]+)*[+#]*")
Extractor = Callable[[str], list[tuple[int, int]]]


class DictionaryBaseline:
    """Case-insensitive longest match of labels (preferred + alternative) over word tokens."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.phrases: set[tuple[str, ...]] = set()
        self.prefixes: set[tuple[str, ...]] = set()
        for skill in taxonomy.skills:
            for label in (skill.label, *skill.alt_labels):
                key = tuple(w.lower() for w in _WORD.findall(label))
                if key:
                    self.phrases.add(key)
                    self.prefixes.update(key[:n] for n in range(1, len(key) + 1))

    def spans(self, text: str) -> list[tuple[int, int]]:
        words = list(_WORD.finditer(text))
        lowered = [w.group().lower() for w in words]
        found, i = [], 0
        while i < len(words):
            best = 0
            for n in range(1, len(words) - i + 1):
                key = tuple(lowered[i : i + n])
                if key not in self.prefixes:
                    break
                if key in self.phrases:
                    best = n
            if best:
                found.append((words[i].start(), words[i + best - 1].end()))
                i += best
            else:
                i += 1
        return found


def _score(
    sentences: Sequence[SpanSentence], spans_of: Extractor, unit: str
) -> tuple[SpanCounts, list[list[tuple[int, int]]], float]:
    """Counts over all sentences, and the predicted spans per sentence."""
    counts = SpanCounts()
    per_sentence: list[list[tuple[int, int]]] = []
    started = time.perf_counter()
    if unit == "sentence":
        per_sentence = [spans_of(s.text) for s in sentences]
    else:
        for posting in postings(sentences):
            found = spans_of(posting.text)
            for sentence, offset in zip(posting.sentences, posting.offsets, strict=True):
                end = offset + len(sentence.text)
                per_sentence.append(
                    [(a - offset, b - offset) for a, b in found if a >= offset and b <= end]
                )
    elapsed = time.perf_counter() - started
    ordered = (
        sentences if unit == "sentence" else [s for p in postings(sentences) for s in p.sentences]
    )
    for sentence, found in zip(ordered, per_sentence, strict=True):
        counts.add(found, sentence.gold)
    return counts, per_sentence, elapsed


def _product(index: SkillIndex, config: ExtractConfig) -> tuple[Extractor, list[SkillMention]]:
    seen: list[SkillMention] = []

    def spans_of(text: str) -> list[tuple[int, int]]:
        mentions = extract(text, index, config)
        seen.extend(mentions)
        return [(m.start, m.end) for m in mentions]

    return spans_of, seen


def build_taxonomy(vocabulary: str, taxonomy_path: Path | None, cache_dir: Path) -> Taxonomy:
    if vocabulary == "builtin":
        return load_builtin_taxonomy()
    if taxonomy_path is None:
        raise ValueError("--vocabulary esco needs --taxonomy (the ESCO zips or folder)")
    return resolve_taxonomy(taxonomy_path, cache_dir)


def run_extraction_bench(
    *,
    sentences: Sequence[SpanSentence],
    vocabulary: str,
    taxonomy_path: Path | None,
    cache_dir: Path,
    semantic: str,
    unit: str,
    examples: int = 0,
) -> dict[str, Any]:
    taxonomy = build_taxonomy(vocabulary, taxonomy_path, cache_dir)
    started = time.perf_counter()
    mode = "auto" if semantic == "default" else semantic
    index = engine.load_index(taxonomy, cache_dir / "extraction", semantic=mode)
    build_seconds = time.perf_counter() - started
    spans_of, mentions = _product(index, ExtractConfig())
    product, predicted, seconds = _score(sentences, spans_of, unit)
    baseline, _, _ = _score(sentences, DictionaryBaseline(taxonomy).spans, "sentence")
    result: dict[str, Any] = {
        "taxonomy": taxonomy.key,
        "vocabulary": vocabulary,
        "semantic": "none" if index.semantic is None else mode,
        "unit": unit,
        "sentences": len(sentences),
        "product": product.percent(),
        "baseline_dictionary": baseline.percent(),
        "metrics_unit": "percent",
        "mentions_by_method": dict(Counter(m.method for m in mentions)),
        "mentions_by_kind": dict(Counter(_kind(m) for m in mentions)),
        "index_seconds": round(build_seconds, 2),
        "extract_seconds": round(seconds, 2),
    }
    if examples:
        ordered = (
            sentences
            if unit == "sentence"
            else [s for p in postings(sentences) for s in p.sentences]
        )
        result["examples"] = _examples(ordered, predicted, examples)
    return result


def _kind(mention: SkillMention) -> str:
    return str(getattr(mention, "kind", "hard"))


def _examples(
    sentences: Sequence[SpanSentence], predicted: Sequence[list[tuple[int, int]]], limit: int
) -> dict[str, list[str]]:
    """False mentions and missed gold spans (for reading, on the tuning data only)."""
    false, missed = Counter[str](), Counter[str]()
    for sentence, found in zip(sentences, predicted, strict=True):
        text = sentence.text
        for a, b in set(found):
            if not any(a < g.end and g.start < b for g in sentence.gold):
                false[text[a:b]] += 1
        for g in sentence.gold:
            if not any(a < g.end and g.start < b for a, b in found):
                missed[f"{g.kind[0]}: {text[g.start : g.end]}"] += 1
    return {
        "false": [f"{n} {t}" for t, n in false.most_common(limit)],
        "missed": [f"{n} {t}" for t, n in missed.most_common(limit)],
    }
