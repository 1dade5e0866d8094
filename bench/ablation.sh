#!/usr/bin/env bash
# Ablation of the ranking ideas (docs/benchmarks.md), on SkillSkape dev (first 400 sentences,
# the tuning set) and both validation files. Prints a markdown table.
# Usage: bench/ablation.sh ESCO SKILLS_BENCH ADAPTER OUT CACHE PYTHON
set -euo pipefail
ESCO=$1 SB=$2 ADAPTER=$3 OUT=$4 CACHE=$5 PY=$6
NOLEX="--set lexical_bonus=0"
ROWS=(
  "a-pref|--set alt_weight=0 --set spans=false $NOLEX"
  "b-pref+lex|--set alt_weight=0 --set spans=false"
  "c-pref+alt|--set spans=false $NOLEX"
  "d-pref+alt+lex|--set spans=false"
  "e-pref+spans|--set alt_weight=0 $NOLEX"
  "f-pref+alt+spans|$NOLEX"
  "g-base|"
  "h-base+desc|--parts all --set description_weight=0.85"
  "i-base+prior|--set prior_weight=0.03"
  "j-adapter-pref|--model $ADAPTER $NOLEX"
  "k-adapter|--model $ADAPTER"
  "l-adapter+alt+spans|--model $ADAPTER --preset base"
)
for data in dev tech house; do
  case $data in
    dev) extra=(--data "$SB/skillskape_dev.csv" --format skillskape --limit 400) ;;
    *) extra=(--data "$SB/${data}_validation_annotations.csv") ;;
  esac
  for row in "${ROWS[@]}"; do
    name=${row%%|*}
    args=${row#*|}
    echo "== ablation $data $name" >&2
    # shellcheck disable=SC2086
    nice -n 10 "$PY" -m onward.bench skills --taxonomy "$ESCO" "${extra[@]}" --cache "$CACHE" \
      $args > "$OUT/ablation-$data-$name.json"
  done
done
"$PY" - "$OUT" <<'PY'
import json, pathlib, sys
out = pathlib.Path(sys.argv[1])
rows = {}
for path in sorted(out.glob("ablation-*.json")):
    _, data, name = path.stem.split("-", 2)
    m = json.loads(path.read_text())["metrics"]
    rows.setdefault(name, {})[data] = m
print("| row | dev RP@5 | dev MRR | TECH RP@1 | TECH RP@5 | TECH RP@10 | TECH MRR "
      "| HOUSE RP@1 | HOUSE RP@5 | HOUSE RP@10 | HOUSE MRR |")
print("|---" * 11 + "|")
for name, by in sorted(rows.items()):
    d, t, h = by.get("dev", {}), by.get("tech", {}), by.get("house", {})
    cells = [d.get("RP@5"), d.get("MRR"), t.get("RP@1"), t.get("RP@5"), t.get("RP@10"),
             t.get("MRR"), h.get("RP@1"), h.get("RP@5"), h.get("RP@10"), h.get("MRR")]
    print(f"| {name} | " + " | ".join(str(c) for c in cells) + " |")
PY
