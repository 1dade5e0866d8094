"""The skills engine for this process: one lazily built, thread-safe, shared instance.

Which taxonomy is active follows ``ONWARD_SKILLS_TAXONOMY`` (auto: ESCO when installed in
``<data dir>/taxonomy/esco``, else the built-in vocabulary); semantic linking follows
``ONWARD_SKILLS_SEMANTIC``. Derived artefacts (embeddings) live in
``<data dir>/cache/skills``. Installing ESCO (CLI) is picked up by running processes on
their next use: the instance is rebuilt when the installed file changes.

Building it takes seconds with ESCO (and longer the first time the semantic caches are
made), so ``onward serve`` and ``onward worker`` warm it in a background thread at start-up
(``warm_in_background``) and ``onward taxonomy warm`` builds the caches ahead of time.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from onward.analysis.skills import engine as skills_engine
from onward.analysis.skills import store
from onward.analysis.skills.extract import EXTRACTOR_VERSION, SkillIndex, SkillMention, extract
from onward.analysis.skills.support import is_soft
from onward.analysis.skills.taxonomy import Skill, Taxonomy, load_builtin_taxonomy
from onward.analysis.skills.text import normalise

log = logging.getLogger(__name__)
BUILTIN, ESCO = "builtin", "esco"


class EngineUnavailable(RuntimeError):
    """The configured taxonomy cannot be loaded (e.g. esco chosen but not installed)."""


def taxonomy_root() -> Path:
    return Path(settings.DATA_DIR) / "taxonomy"


def esco_dir() -> Path:
    return taxonomy_root() / ESCO


def cache_dir() -> Path:
    return Path(settings.DATA_DIR) / "cache" / "skills"


def _esco_stamp() -> float | None:
    path = esco_dir() / store.TAXONOMY_FILE
    try:
        return path.stat().st_mtime
    except OSError:
        return None


def active_source() -> str:
    """The taxonomy the settings ask for: builtin or esco."""
    choice = settings.SKILLS_TAXONOMY
    if choice == "auto":
        return ESCO if _esco_stamp() is not None else BUILTIN
    return str(choice)


@dataclass(frozen=True)
class Engine:
    taxonomy: Taxonomy
    index: SkillIndex
    semantic: str  # the semantic mode actually in use: static, minilm or none
    _search: list[tuple[str, int]] = field(default_factory=list, repr=False, compare=False)

    @property
    def key(self) -> str:
        return self.taxonomy.key

    @property
    def analysis_key(self) -> str:
        """What a stored posting analysis depends on: the taxonomy, the extractor's version
        and the semantic mode. When it changes, the backfill job analyses postings again."""
        return f"{self.taxonomy.key}|x{EXTRACTOR_VERSION}|{self.semantic}"[:80]

    @property
    def attribution(self) -> str:
        return self.taxonomy.attribution

    def extract(self, text: str) -> tuple[SkillMention, ...]:
        return extract(text, self.index)

    def is_soft(self, skill_id: str) -> bool:
        """A soft skill (fit lists them apart), see ``analysis.skills.support.is_soft``."""
        skill = self.skill(skill_id)
        return skill is not None and is_soft(skill)

    def skill(self, skill_id: str) -> Skill | None:
        try:
            return self.taxonomy.skill(skill_id)
        except KeyError:
            return None

    def search(self, query: str, *, limit: int = 10) -> list[Skill]:
        """Skills whose label or alternative label contains every word of ``query``;
        exact and prefix matches of the preferred label first."""
        words = normalise(query)
        if not words or limit < 1:
            return []
        wanted = " ".join(words)
        hits: dict[int, tuple[int, int, str]] = {}
        for text, index in self._search:
            if not all(word in text for word in words):
                continue
            label = self.taxonomy.skills[index].label
            rank = 0 if text == wanted else 1 if text.startswith(wanted) else 2
            best = hits.get(index)
            candidate = (rank, len(label), label.lower())
            if best is None or candidate < best:
                hits[index] = candidate
        ordered = sorted(hits, key=lambda i: hits[i])[:limit]
        return [self.taxonomy.skills[i] for i in ordered]


def _search_table(taxonomy: Taxonomy) -> list[tuple[str, int]]:
    table = []
    for index, skill in enumerate(taxonomy.skills):
        for label in (skill.label, *skill.alt_labels):
            table.append((" ".join(normalise(label)), index))
    return table


def _load_taxonomy(source: str) -> Taxonomy:
    if source == BUILTIN:
        return load_builtin_taxonomy()
    try:
        return store.load_taxonomy(esco_dir())
    except store.TaxonomyFormatError as exc:
        raise EngineUnavailable(
            f"{exc}. Install it with `onward taxonomy install esco --from PATH` or set "
            "ONWARD_SKILLS_TAXONOMY=builtin."
        ) from exc


def _load_index(taxonomy: Taxonomy, mode: str) -> tuple[SkillIndex, str]:
    """The index in ``mode``; lexical only when semantic linking cannot be set up."""
    # The model loads from disk; its progress bars would only clutter logs and the CLI.
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        index = skills_engine.load_index(taxonomy, cache_dir(), semantic=mode)
    except Exception:  # the optional extra, a damaged cache, a model that will not load
        if mode not in ("none", "auto"):
            log.exception("semantic skill linking (%s) is unavailable; using lexical", mode)
        return skills_engine.load_index(taxonomy, semantic="none"), "none"
    return index, "none" if index.semantic is None else ("static" if mode == "auto" else mode)


def build_engine(source: str, semantic: str) -> Engine:
    index, used = _load_index(_load_taxonomy(source), semantic)
    # the index's taxonomy: over ESCO, complemented with the built-in tools it lacks
    return Engine(index.taxonomy, index, used, _search_table(index.taxonomy))


_lock = threading.Lock()
_cached: tuple[tuple[object, ...], Engine] | None = None


def _wanted() -> tuple[object, ...]:
    return (active_source(), settings.SKILLS_SEMANTIC, _esco_stamp(), str(settings.DATA_DIR))


def get_engine() -> Engine:
    """The shared engine for the active settings, built on first use (thread-safe)."""
    global _cached
    wanted = _wanted()
    found = _cached
    if found is not None and found[0] == wanted:
        return found[1]
    with _lock:
        if _cached is None or _cached[0] != wanted:
            _cached = (wanted, build_engine(str(wanted[0]), str(wanted[1])))
        return _cached[1]


def is_warm() -> bool:
    """Whether the engine for the active settings is already built."""
    found = _cached
    return found is not None and found[0] == _wanted()


# Set by `onward serve`: a posting saved while the engine is still cold (the first build of
# the semantic caches takes up to a minute) is left to the background instead of making a
# web request wait. The CLI and tests analyse inline.
defer_while_cold = False


def reset_engine() -> None:
    """Forget the shared engine (after installing a taxonomy, and in tests)."""
    global _cached
    with _lock:
        _cached = None


WARM_TEXT = "Requirements: SQL and Python; experience with dashboards is a plus."


def warm() -> Engine:
    """Build the shared engine now (taxonomy, index, semantic caches) and run one small
    extraction, so the first page or command that needs skills does not wait."""
    engine = get_engine()
    engine.extract(WARM_TEXT)
    return engine


def _warm_quietly() -> None:
    from onward.skills.services.postings import postings_analyse_pending

    try:
        engine = warm()
        analysed = postings_analyse_pending()  # what was saved while the engine was cold
    except Exception:  # never take the server down: the engine is built on first use then
        log.warning("could not warm the skills engine; it is built on first use", exc_info=True)
    else:
        log.info(
            "skills engine ready: %s, semantic linking %s; %d postings analysed",
            engine.key,
            engine.semantic,
            analysed,
        )


def warm_in_background() -> threading.Thread:
    """Warm the engine in a daemon thread; failures are logged as a warning, never raised."""
    thread = threading.Thread(target=_warm_quietly, name="onward-skills-warm", daemon=True)
    thread.start()
    return thread
