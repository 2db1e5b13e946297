#!/usr/bin/env bash
# Build the CNN baseline pipeline from scratch (shipped as nl_nieuwsgraaf_fast up to 0.1.0;
# now a comparison point, and the `convert` stage feeds training/evaluate.py):
#   convert -> train ud -> train ner -> assemble -> finalize -> evaluate
#
# Run from the repository root:   bash training/recipe.sh [stage ...]
# Stages (default: all, in this order): convert train-ud train-ner assemble evaluate
#
# Environment:
#   PYTHON      interpreter with spaCy 3.8 + spacy-lookups-data
#               (default: ../.venv/bin/python relative to training/)
#   NG_SHARED   shared folder holding data/ (default: ../shared, relative to the repo root)
#   NG_THREADS  BLAS/OpenMP threads for training and evaluation (default: 1)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

PYTHON="${PYTHON:-$here/../.venv/bin/python}"
DATA="${NG_SHARED:-../shared}/data"
THREADS="${NG_THREADS:-1}"
export OMP_NUM_THREADS="$THREADS" OPENBLAS_NUM_THREADS="$THREADS" MKL_NUM_THREADS="$THREADS"

CORPUS=training/corpus
OUT=training/output
LOGS=training/logs
MODEL="${NG_CNN_MODEL:-training/output/cnn/nl_nieuwsgraaf_cnn}"
mkdir -p "$CORPUS" "$OUT" "$LOGS"

stages=("$@")
if [ ${#stages[@]} -eq 0 ]; then
    stages=(convert train-ud train-ner assemble evaluate)
fi

log() { printf '[recipe %s] %s\n' "$(date +%T)" "$*"; }

for stage in "${stages[@]}"; do
    case "$stage" in
    convert)
        log "convert: $DATA -> $CORPUS"
        test -f "$DATA/conll2002-nl/ned.train" || { echo "missing $DATA/conll2002-nl/ned.train" >&2; exit 1; }
        "$PYTHON" training/convert.py --data "$DATA" --out "$CORPUS"
        ;;
    train-ud)
        log "train ud (log: $LOGS/train-ud.log)"
        "$PYTHON" -m spacy train training/configs/ud.cfg --output "$OUT/ud" \
            --paths.train "$CORPUS/ud-train.spacy" --paths.dev "$CORPUS/ud-dev.spacy" \
            2>&1 | tee "$LOGS/train-ud.log"
        ;;
    train-ner)
        log "train ner (log: $LOGS/train-ner.log)"
        "$PYTHON" -m spacy train training/configs/ner.cfg --output "$OUT/ner" \
            --paths.train "$CORPUS/ner-train.spacy" --paths.dev "$CORPUS/ner-dev.spacy" \
            2>&1 | tee "$LOGS/train-ner.log"
        ;;
    assemble)
        log "compare lemmatizers on UD test"
        "$PYTHON" training/compare_lemmatizers.py --ud-model "$OUT/ud/model-best" \
            --test "$CORPUS/ud-test.spacy" --out "$OUT/lemmatizer-comparison.json"
        log "assemble -> $OUT/assembled"
        rm -rf "$OUT/assembled"
        "$PYTHON" -m spacy assemble training/configs/assemble.cfg "$OUT/assembled" \
            --paths.ud_model "$OUT/ud/model-best" --paths.ner_model "$OUT/ner/model-best"
        log "finalize -> $MODEL"
        "$PYTHON" training/finalize.py --input "$OUT/assembled" --output "$MODEL" \
            --lemma-comparison "$OUT/lemmatizer-comparison.json"
        ;;
    evaluate)
        log "evaluate $MODEL"
        "$PYTHON" training/evaluate.py --model "$MODEL" --corpus "$CORPUS" \
            --lemma-comparison "$OUT/lemmatizer-comparison.json" | tee "$LOGS/evaluate.log"
        ;;
    *)
        echo "unknown stage: $stage" >&2
        exit 2
        ;;
    esac
done
log "done"
