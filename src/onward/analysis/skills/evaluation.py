"""Precision and recall of extraction against a small hand-annotated gold set.

The gold file (``tests/data/extraction_gold.txt``) holds posting and resume snippets, each
with the skill ids extraction should return; see the comment at its top for the format. An
expected item ``a/b`` is met by either id; ``?id`` is acceptable but not required. Scores are
micro-averaged over snippets: precision = correct ids / ids returned (optional ids left out),
recall = expected items met / expected items.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

GOLD_PATH = Path(__file__).parent / "tests" / "data" / "extraction_gold.txt"
SPLITS = ("tune", "holdout")


class GoldFormatError(ValueError):
    """The gold file does not follow the block format."""


@dataclass(frozen=True)
class GoldExample:
    id: str
    split: str
    family: str
    kind: str  # posting | resume
    text: str
    expected: tuple[frozenset[str], ...]  # each item: the ids that satisfy it
    optional: frozenset[str] = frozenset()

    @property
    def ids(self) -> frozenset[str]:
        """Every id this example names (expected or optional)."""
        return frozenset().union(*self.expected, self.optional)


@dataclass(frozen=True)
class ExampleScore:
    example: GoldExample
    predicted: frozenset[str]
    correct: int  # predicted ids that meet an expected item
    false: tuple[str, ...]  # predicted ids the example does not name
    missed: tuple[str, ...]  # expected items met by no predicted id ("a/b" when several)


@dataclass(frozen=True)
class Summary:
    examples: int
    correct: int
    false: int
    expected: int
    met: int

    @property
    def precision(self) -> float:
        returned = self.correct + self.false
        return self.correct / returned if returned else 1.0

    @property
    def recall(self) -> float:
        return self.met / self.expected if self.expected else 1.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "examples": self.examples,
            "precision": round(100 * self.precision, 1),
            "recall": round(100 * self.recall, 1),
            "correct": self.correct,
            "false": self.false,
            "expected": self.expected,
            "met": self.met,
        }


def parse_gold(text: str) -> tuple[GoldExample, ...]:
    """Examples from the block format (``### id split family kind``, text, ``=> ids``)."""
    examples: list[GoldExample] = []
    header: list[str] | None = None
    body: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("#") and not line.startswith("###"):
            continue
        if line.startswith("###"):
            header, body = line[3:].split(), []
            if len(header) != 4 or header[1] not in SPLITS:
                raise GoldFormatError(f"line {number}: bad header {line!r}")
        elif line.startswith("=>"):
            if header is None:
                raise GoldFormatError(f"line {number}: expected ids without a header")
            examples.append(_example(header, body, line[2:].split()))
            header = None
        elif header is not None:
            body.append(line)
    if header is not None:
        raise GoldFormatError(f"example {header[0]!r} has no '=>' line")
    return tuple(examples)


def _example(header: list[str], body: list[str], items: list[str]) -> GoldExample:
    expected = tuple(frozenset(i.split("/")) for i in items if not i.startswith("?"))
    optional = frozenset(i[1:] for i in items if i.startswith("?"))
    ident, split, family, kind = header
    return GoldExample(ident, split, family, kind, "\n".join(body).strip(), expected, optional)


def load_gold(path: Path = GOLD_PATH, split: str | None = None) -> tuple[GoldExample, ...]:
    examples = parse_gold(path.read_text(encoding="utf-8"))
    return tuple(e for e in examples if split is None or e.split == split)


def score_example(example: GoldExample, predicted: Iterable[str]) -> ExampleScore:
    found = frozenset(predicted)
    wanted = frozenset().union(*example.expected)
    missed = tuple("/".join(sorted(item)) for item in example.expected if not item & found)
    false = tuple(sorted(found - wanted - example.optional))
    return ExampleScore(example, found, len(found & wanted), false, missed)


def summarise(scores: Sequence[ExampleScore]) -> Summary:
    return Summary(
        examples=len(scores),
        correct=sum(s.correct for s in scores),
        false=sum(len(s.false) for s in scores),
        expected=sum(len(s.example.expected) for s in scores),
        met=sum(len(s.example.expected) - len(s.missed) for s in scores),
    )


def evaluate(
    examples: Sequence[GoldExample], extract_ids: Callable[[str], Iterable[str]]
) -> tuple[Summary, tuple[ExampleScore, ...]]:
    """Score ``extract_ids`` (text -> skill ids) on ``examples``."""
    scores = tuple(score_example(e, extract_ids(e.text)) for e in examples)
    return summarise(scores), scores
