#!/usr/bin/env bash
# Every skills benchmark on the shared data (see docs/benchmarks.md). Run via `make bench`.
# Results: one JSON file per run under $BENCH_CACHE/results-<timestamp>/ (also printed).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${SHARED_DATA:-../shared/data}
CACHE=${BENCH_CACHE:-$HOME/.cache/onward-bench}
PY=${BENCH_PYTHON:-.venv/bin/python}
if [ ! -d "$DATA/esco-v1.1.1" ] || [ ! -d "$DATA/skills-bench" ]; then
  echo "make bench needs the shared data (esco-v1.1.1/, skills-bench/, postings/) at $DATA" >&2
  exit 1
fi
ESCO="$DATA/esco-v1.1.1"
SB="$DATA/skills-bench"
OUT="$CACHE/results-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-2}

run() {
  local name=$1
  shift
  echo "== $name: python -m onward.bench $*" >&2
  nice -n 10 "$PY" -m onward.bench "$@" --cache "$CACHE" > "$OUT/$name.json"
  cat "$OUT/$name.json"
}

# 1. The fine-tuned adapter (SkillSkape train + ESCO alt labels; cached outside the repo).
ADAPTER="$CACHE/adapter-s13"
if [ ! -f "$ADAPTER/onward-model.json" ]; then
  run train train --taxonomy "$ESCO" --train "$SB/skillskape_train.csv" --out "$ADAPTER"
fi

# 2. Ranking quality on the validation files (reported): lexical baseline, built-in
#    vocabulary, and the fixed tune / holdout halves (docs/benchmarks.md, "honesty").
for split in tech house; do
  data="$SB/${split}_validation_annotations.csv"
  run "$split-lexical" skills --taxonomy "$ESCO" --data "$data" --mode lexical
  run "$split-builtin" skills --taxonomy "$ESCO" --data "$data" --vocabulary builtin
  run "$split-builtin-adapter" skills --taxonomy "$ESCO" --data "$data" --vocabulary builtin \
    --model "$ADAPTER"
  for part in tune holdout; do
    run "$split-$part-base" skills --taxonomy "$ESCO" --data "$data" --split "$part"
    run "$split-$part-adapter" skills --taxonomy "$ESCO" --data "$data" --split "$part" \
      --model "$ADAPTER"
  done
done

# 3. Ablations (each idea on or off): SkillSkape dev 400 + both validation files (full).
bash bench/ablation.sh "$ESCO" "$SB" "$ADAPTER" "$OUT" "$CACHE" "$PY"

# 4. Speed of the product extraction path (default: no semantic linker), and with one.
run speed-default skills-speed --taxonomy "$ESCO" \
  --postings "$DATA/postings/linkedin_2018_data_roles.csv"
run speed-static skills-speed --taxonomy "$ESCO" \
  --postings "$DATA/postings/linkedin_2018_data_roles.csv" --semantic static
run speed-minilm skills-speed --taxonomy "$ESCO" \
  --postings "$DATA/postings/linkedin_2018_data_roles.csv" --semantic minilm --limit 200

# 4b. Extraction spans on SkillSpan dev (product vs dictionary baseline), both vocabularies.
for vocabulary in esco builtin; do
  run "extraction-dev-$vocabulary" extraction --data "$SB/skillspan/dev.json" \
    --taxonomy "$ESCO" --vocabulary "$vocabulary"
done

# 4c. Whole postings against a gold list kept outside the repository (set POSTINGS_GOLD).
if [ -n "${POSTINGS_GOLD:-}" ]; then
  for vocabulary in esco builtin; do
    run "postings-gold-$vocabulary" postings-gold --gold "$POSTINGS_GOLD" \
      --postings "$DATA/postings/linkedin_2018_data_roles.csv" --taxonomy "$ESCO" \
      --vocabulary "$vocabulary"
  done
fi

# 5. The feedback theme classifier on our own labelled snippets (no shared data needed).
echo "== feedback: python -m onward.bench feedback" >&2
"$PY" -m onward.bench feedback > "$OUT/feedback.json"
cat "$OUT/feedback.json"
echo "results in $OUT" >&2
