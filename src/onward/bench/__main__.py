"""``python -m onward.bench COMMAND ...``: skills, skills-speed, skills-precision, extraction,
postings-gold, feedback, insights, insights-bound, emails, mbox, documents, import-lock,
pages, train (see docs/benchmarks.md)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from onward.analysis.skills.ranking import PRESETS, RankConfig
from onward.analysis.skills.semantic import ALL_PARTS, LABEL_PARTS
from onward.bench.datasets import read_decorte, read_skillskape, split_half
from onward.bench.emails import add_arguments as add_email_arguments
from onward.bench.emails import run as run_emails
from onward.bench.mbox import add_arguments as add_mbox_arguments
from onward.bench.mbox import run as run_mbox


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "onward-bench"


def _rank_config(preset: str, pairs: Sequence[str]) -> RankConfig:
    """The preset's RankConfig with ``name=value`` overrides (values parsed as JSON)."""
    known = {f.name for f in fields(RankConfig)}
    values: dict[str, Any] = {}
    for pair in pairs:
        name, _, raw = pair.partition("=")
        if name not in known:
            raise SystemExit(f"unknown ranking option {name!r}; known: {', '.join(sorted(known))}")
        value = json.loads(raw)
        values[name] = tuple(value) if isinstance(value, list) else value
    return replace(PRESETS[preset], **values)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m onward.bench")
    sub = parser.add_subparsers(dest="command", required=True)
    skills = sub.add_parser("skills", help="RP@1/5/10 and MRR on a Decorte-format file")
    skills.add_argument("--taxonomy", type=Path, required=True)
    skills.add_argument("--data", type=Path, required=True)
    skills.add_argument("--format", choices=("decorte", "skillskape"), default="decorte")
    skills.add_argument("--vocabulary", choices=("esco", "builtin"), default="esco")
    skills.add_argument("--mode", choices=("semantic", "lexical"), default="semantic")
    skills.add_argument("--model", type=Path, help="sentence-transformers folder (adapter)")
    skills.add_argument("--cache", type=Path, default=default_cache())
    skills.add_argument(
        "--preset",
        choices=tuple(PRESETS),
        help="ranking preset (default: adapter with --model, else base)",
    )
    skills.add_argument("--limit", type=int, help="only the first N sentences (after grouping)")
    skills.add_argument(
        "--parts",
        choices=("labels", "all"),
        default="labels",
        help="label texts embedded per skill: preferred + alt labels, or also descriptions",
    )
    skills.add_argument(
        "--split",
        choices=("all", "tune", "holdout"),
        default="all",
        help="a fixed half of the sentences (see docs/benchmarks.md: tune vs holdout)",
    )
    skills.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="NAME=JSON",
        help="override a RankConfig field",
    )
    speed = sub.add_parser("skills-speed", help="extraction throughput and start-up time")
    speed.add_argument("--taxonomy", type=Path, required=True)
    speed.add_argument("--postings", type=Path, required=True)
    speed.add_argument("--limit", type=int, default=1000)
    speed.add_argument("--model", type=Path)
    speed.add_argument("--cache", type=Path, default=default_cache())
    speed.add_argument(
        "--semantic",
        choices=("static", "minilm", "none"),
        default="none",
        help="semantic linker of requirement phrases (none: the product default)",
    )
    precision = sub.add_parser(
        "skills-precision", help="extraction precision/recall on the hand-written gold set"
    )
    precision.add_argument("--split", choices=("tune", "holdout", "all"), default="tune")
    precision.add_argument(
        "--semantic",
        choices=("none", "static", "minilm"),
        default="none",
        help="semantic linker for extraction (static and minilm need the semantic extra)",
    )
    precision.add_argument("--cache", type=Path, default=default_cache())
    _extraction_parser(sub)
    gold = sub.add_parser(
        "postings-gold", help="whole postings vs a gold list of skills; fit of a resume"
    )
    gold.add_argument("--gold", type=Path, required=True)
    gold.add_argument("--postings", type=Path, required=True)
    gold.add_argument("--taxonomy", type=Path, help="ESCO zips or folder (esco)")
    gold.add_argument("--vocabulary", choices=("esco", "builtin"), default="esco")
    gold.add_argument(
        "--semantic", choices=("default", "static", "minilm", "none"), default="default"
    )
    gold.add_argument("--split", choices=("tune", "holdout", "all"), default="all")
    gold.add_argument("--details", action="store_true", help="per posting: false and missed")
    gold.add_argument("--cache", type=Path, default=default_cache())
    feedback = sub.add_parser(
        "feedback",
        help="feedback themes (exact match, label P/R) and skills named as missing (P/R)",
    )
    feedback.add_argument("--cases", type=Path, help="tables of labelled snippets (JSON)")
    feedback.add_argument(
        "--semantic",
        choices=("none", "static", "minilm"),
        default="none",
        help="semantic linker for needed phrases that nothing lexical links",
    )
    feedback.add_argument("--cache", type=Path, default=default_cache())
    feedback.add_argument(
        "--model",
        choices=("rules", "semantic"),
        default="rules",
        help="themes from the cue lexicon (default) or the experimental reader over "
        "sentence meaning (needs the semantic extra; fitted on our tuning tables)",
    )
    feedback.add_argument(
        "--summary", action="store_true", help="aggregate figures only (no misses listed)"
    )
    insights = sub.add_parser(
        "insights", help="strategy insights: power and false alarms on simulated searches"
    )
    insights.add_argument("--runs", type=int, default=200, help="simulated searches per size")
    insights.add_argument("--seed", type=int, default=1)
    insights.add_argument("--sizes", default="20,60,150,400", help="applications per search")
    insights.add_argument("--scenario", action="append", help="repeatable; default: all")
    bound = sub.add_parser(
        "insights-bound", help="strategy insights: the most power any test could have"
    )
    bound.add_argument("--runs", type=int, default=400, help="simulated searches per scenario")
    bound.add_argument("--seed", type=int, default=1)
    bound.add_argument("--size", type=int, default=60, help="applications per search")
    bound.add_argument(
        "--scenario", action="append", help="repeatable; default: all with an effect"
    )
    add_email_arguments(sub.add_parser("emails", help="email classifier: per-class P/R/F1"))
    add_mbox_arguments(sub.add_parser("mbox", help="Inbox: import a generated mbox end to end"))
    documents = sub.add_parser(
        "documents", help="time and peak memory of reading each hostile resume file"
    )
    documents.add_argument(
        "--implementation", type=Path, help="another copy of documents.py (e.g. the old one)"
    )
    documents.add_argument("--only", action="append", default=[], help="a corpus key (repeat)")
    documents.add_argument("--timeout", type=float, default=300.0, help="seconds per file")
    documents.add_argument("--memory-cap", type=int, default=6144, help="MB per child process")
    documents.add_argument("--markdown", type=Path, help="also write the table here")

    lock = sub.add_parser(
        "import-lock", help="a large import while another process writes every 100 ms"
    )
    lock.add_argument("--applications", type=int, default=20_000)
    lock.add_argument("--data-dir", type=Path, help="keep the database here (default: a temp dir)")
    pages = sub.add_parser("pages", help="page and API-list latency on a large account")
    pages.add_argument("--applications", type=int, default=5000)
    pages.add_argument("--requests", type=int, default=20, help="timed requests per URL")
    pages.add_argument("--clients", type=int, default=8, help="concurrent clients (1: skip)")
    pages.add_argument("--only", default="", help="regex on route names (e.g. 'board|gaps')")
    pages.add_argument(
        "--processes", type=int, default=1, help="server processes for the concurrent leg"
    )
    train = sub.add_parser("train", help="fine-tune MiniLM on SkillSkape train + ESCO labels")
    train.add_argument("--taxonomy", type=Path, required=True)
    train.add_argument("--train", type=Path, required=True)
    train.add_argument("--out", type=Path, required=True)
    train.add_argument("--cache", type=Path, default=default_cache())
    train.add_argument("--epochs", type=float, default=1.0)
    train.add_argument("--seed", type=int, default=13)
    return parser


def _extraction_parser(sub: Any) -> None:
    extraction = sub.add_parser(
        "extraction", help="span precision/recall of extraction vs a dictionary baseline"
    )
    extraction.add_argument("--data", type=Path, required=True)
    extraction.add_argument("--format", choices=("skillspan",), default="skillspan")
    extraction.add_argument("--taxonomy", type=Path, help="ESCO zips or folder (esco)")
    extraction.add_argument("--vocabulary", choices=("esco", "builtin"), default="esco")
    extraction.add_argument("--split", choices=("tune", "holdout", "all"), default="all")
    extraction.add_argument(
        "--unit",
        choices=("sentence", "posting"),
        default="sentence",
        help="extract sentence by sentence, or whole postings (sentences joined by lines)",
    )
    extraction.add_argument(
        "--semantic",
        choices=("default", "static", "minilm", "none"),
        default="default",
        help="semantic linker (default: the product's default)",
    )
    extraction.add_argument("--limit", type=int, help="only the first N sentences")
    extraction.add_argument(
        "--examples", type=int, default=0, help="list the N commonest false and missed spans"
    )
    extraction.add_argument("--cache", type=Path, default=default_cache())


def _extraction(args: argparse.Namespace) -> dict[str, Any]:
    from onward.bench.extraction import run_extraction_bench
    from onward.bench.spans import read_skillspan, split_postings

    sentences = split_postings(read_skillspan(args.data), args.split)[: args.limit]
    return run_extraction_bench(
        sentences=sentences,
        vocabulary=args.vocabulary,
        taxonomy_path=args.taxonomy,
        cache_dir=args.cache,
        semantic=args.semantic,
        unit=args.unit,
        examples=args.examples,
    ) | {"data": args.data.name, "split": args.split}


def _postings_gold(args: argparse.Namespace) -> dict[str, Any]:
    from onward.analysis.skills import engine
    from onward.bench.extraction import build_taxonomy
    from onward.bench.postings_gold import load_gold, run_postings_gold

    postings, resume = load_gold(args.gold, args.postings)
    if args.split != "all":
        postings = [p for p in postings if p.split == args.split]
    taxonomy = build_taxonomy(args.vocabulary, args.taxonomy, args.cache)
    mode = "auto" if args.semantic == "default" else args.semantic
    index = engine.load_index(taxonomy, args.cache / "extraction", semantic=mode)
    return run_postings_gold(
        postings=postings, resume=resume, index=index, details=args.details
    ) | {"vocabulary": args.vocabulary, "semantic": "none" if index.semantic is None else mode}


def _skills(args: argparse.Namespace) -> dict[str, Any]:
    from onward.bench.skills import run_skills_bench

    read = read_decorte if args.format == "decorte" else read_skillskape
    data = read(args.data)[: args.limit]
    if args.split != "all":
        data = split_half(data, args.split)
    return run_skills_bench(
        taxonomy_path=args.taxonomy,
        data=data,
        vocabulary=args.vocabulary,
        cache_dir=args.cache,
        model_path=args.model,
        semantic=args.mode == "semantic",
        config=_rank_config(args.preset or ("adapter" if args.model else "base"), args.overrides),
        parts=ALL_PARTS if args.parts == "all" else LABEL_PARTS,
    ) | {"data": args.data.name, "split": args.split}


def _speed(args: argparse.Namespace) -> dict[str, Any]:
    from onward.bench.speed import run_speed_bench

    return run_speed_bench(
        taxonomy_path=args.taxonomy,
        postings=args.postings,
        limit=args.limit,
        cache_dir=args.cache,
        model_path=args.model,
        semantic=args.semantic,
    )


def _precision(args: argparse.Namespace) -> dict[str, Any]:
    from onward.bench.precision import run_precision_bench

    return run_precision_bench(split=args.split, semantic=args.semantic, cache_dir=args.cache)


def _feedback(args: argparse.Namespace) -> dict[str, Any]:
    from onward.bench.feedback import DEFAULT_CASES, run_feedback_bench

    return run_feedback_bench(
        cases_path=args.cases or DEFAULT_CASES,
        semantic=args.semantic,
        cache_dir=args.cache,
        model=args.model,
        summary=args.summary,
    )


def _pages(args: argparse.Namespace) -> dict[str, Any]:
    from onward.bench.pages import run_pages_bench

    return run_pages_bench(
        applications=args.applications,
        requests=args.requests,
        concurrent=args.clients,
        only=args.only,
        processes=args.processes,
    )


def _insights_bound(args: argparse.Namespace) -> dict[str, Any]:
    from onward.bench.insights_bound import run_bound

    return run_bound(runs=args.runs, seed=args.seed, size=args.size, scenarios=args.scenario)


def _insights(args: argparse.Namespace) -> dict[str, Any]:
    from onward.bench.insights import parse_sizes, run_insights_bench

    return run_insights_bench(
        runs=args.runs, seed=args.seed, sizes=parse_sizes(args.sizes), scenarios=args.scenario
    )


def _documents(args: argparse.Namespace) -> dict[str, Any]:
    from onward.bench.documents import run_documents_bench, write_table

    result = run_documents_bench(
        implementation=args.implementation,
        keys=args.only,
        timeout=args.timeout,
        memory_cap=args.memory_cap,
    )
    if args.markdown:
        write_table(result, args.markdown)
    return result


def _import_lock(args: argparse.Namespace) -> dict[str, Any]:
    from onward.bench.importlock import run_import_lock_bench

    return run_import_lock_bench(applications=args.applications, data_dir=args.data_dir)


def _train(args: argparse.Namespace) -> dict[str, Any]:
    from onward.bench.train import run_training

    return run_training(
        taxonomy_path=args.taxonomy,
        train_path=args.train,
        out_dir=args.out,
        cache_dir=args.cache,
        epochs=args.epochs,
        seed=args.seed,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {
        "skills": _skills,
        "skills-speed": _speed,
        "skills-precision": _precision,
        "extraction": _extraction,
        "postings-gold": _postings_gold,
        "feedback": _feedback,
        "insights": _insights,
        "insights-bound": _insights_bound,
        "documents": _documents,
        "train": _train,
        "emails": run_emails,
        "mbox": run_mbox,
        "import-lock": _import_lock,
        "pages": _pages,
    }
    try:
        result = handlers[args.command](args)
    except (ValueError, RuntimeError, FileNotFoundError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
