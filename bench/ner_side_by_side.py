"""NER accuracy and speed on CoNLL-2002 ned.testa: our pipelines beside Frog and spaCy's bare tokenizer.

Every system gets the gold tokens (Frog with its tokenizer skipped, one sentence
per line; spaCy pipelines with the spacing of printed Dutch, as training/evaluate.py) and runs on one thread in this one run, so the speed ratios hold on a
noisy machine. Frog (Debian's `frog` and `frogdata`) is skipped with a note when
it is not installed: `make frog` installs it. Frog's SoNaR labels PRO and EVE
count as MISC.

Usage: python bench/ner_side_by_side.py [--models a,b] [--sentences N]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from nieuwsgraaf import resources  # noqa: E402
from nieuwsgraaf.nlp import bio  # noqa: E402
from nieuwsgraaf.nlp.loader import first_entity_component  # noqa: E402
from nieuwsgraaf.nlp.spacing import printed_spacing  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NG_SHARED", REPO.parent / "shared"))
NER_TAG = re.compile(r"^(O|[BI]-[A-Za-z]+)$")
FROG_LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC", "PRO": "MISC", "EVE": "MISC"}


def read_testa(limit: int) -> list[tuple[list[str], list[str]]]:
    sentences, words, tags = [], [], []
    path = SHARED / "data" / "conll2002-nl" / "ned.testa"
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":
            continue
        if parts:
            words.append(parts[0])
            tags.append(parts[-1])
        elif words:
            sentences.append((words, tags))
            words, tags = [], []
    return sentences[:limit] if limit else sentences


def score(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, float]:
    tp = fp = fn = 0
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = set(bio.spans(g)), set(bio.spans(p))
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": precision, "r": recall, "f": f1}


def tags_of(doc: Doc) -> list[str]:
    tags = ["O"] * len(doc)
    for ent in doc.ents:
        label = FROG_LABELS.get(ent.label_, "MISC")
        tags[ent.start] = f"B-{label}"
        for i in range(ent.start + 1, ent.end):
            tags[i] = f"I-{label}"
    return tags


def run_spacy(model: str, sentences) -> dict:
    path = resources.models_dir() / model
    started = time.perf_counter()
    nlp = spacy.load(path if path.is_dir() else model)
    loaded = time.perf_counter() - started
    docs = [Doc(nlp.vocab, words=w, spaces=printed_spacing(w)) for w, _ in sentences]
    needed = _ner_and_what_it_listens_to(nlp)
    with nlp.select_pipes(enable=needed):
        list(nlp.pipe([Doc(nlp.vocab, words=w, spaces=printed_spacing(w)) for w, _ in sentences[:50]]))  # warm-up
        started = time.perf_counter()
        out = list(nlp.pipe(docs, batch_size=64))
        seconds = time.perf_counter() - started
    return {"system": model, "load_s": loaded, "seconds": seconds,
            "predicted": [tags_of(d) for d in out], "components": "+".join(needed)}


def _ner_and_what_it_listens_to(nlp) -> list[str]:
    """The entity component, the tok2vec it listens to, and the sentence splitters it reads."""
    ner = first_entity_component(nlp)
    needed = []
    for name, component in nlp.pipeline:
        listens = hasattr(component, "listening_components") and ner in component.listening_components
        if name == ner or listens or name in ("sentencizer", "ng_paragraph_breaks"):
            needed.append(name)
    return needed


def run_frog(sentences) -> dict | None:
    frog = shutil.which("frog")
    if frog is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "one.txt"
        small.write_text("Dit is een zin .\n", encoding="utf-8")
        full = Path(folder) / "testa.txt"
        full.write_text("\n".join(" ".join(w) for w, _ in sentences) + "\n", encoding="utf-8")
        command = [frog, "-n", "--skip=tmpcla", "-t"]
        env = {**os.environ, "OMP_NUM_THREADS": "1"}
        started = time.perf_counter()
        subprocess.run([*command, str(small)], capture_output=True, env=env, check=True, cwd=folder)
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        result = subprocess.run([*command, str(full)], capture_output=True, env=env, check=True,
                                cwd=folder, text=True)
        seconds = time.perf_counter() - started - loaded
    predicted, current = [], []
    for line in result.stdout.splitlines():
        cols = line.split("\t")
        if len(cols) < 7:
            if current:
                predicted.append(current)
                current = []
            continue
        tag = next((c for c in cols[2:] if NER_TAG.match(c)), "O")
        if tag != "O":
            prefix, _, label = tag.partition("-")
            tag = f"{prefix}-{FROG_LABELS.get(label.upper(), 'MISC')}"
        current.append(tag)
    if current:
        predicted.append(current)
    if [len(p) for p in predicted] != [len(w) for w, _ in sentences]:
        raise RuntimeError("frog's output does not line up with the input sentences")
    return {"system": "frog (Debian, tagger+NER)", "load_s": loaded, "seconds": seconds,
            "predicted": predicted, "components": "tagger+ner"}


def bare_tokenizer(sentences) -> dict:
    nlp = spacy.blank("nl")
    texts = [" ".join(w) for w, _ in sentences]
    started = time.perf_counter()
    for text in texts:
        nlp.make_doc(text)
    return {"system": "spaCy blank nl tokenizer", "seconds": time.perf_counter() - started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--models", default="nl_nieuwsgraaf_accurate,nl_nieuwsgraaf_fast")
    parser.add_argument("--sentences", type=int, default=0, help="only the first N sentences")
    args = parser.parse_args()
    sentences = read_testa(args.sentences)
    gold = [t for _, t in sentences]
    tokens = sum(len(w) for w, _ in sentences)
    runs = []
    for model in filter(None, args.models.split(",")):
        runs.append(run_spacy(model, sentences))
    frog = run_frog(sentences)
    if frog is None:
        print("frog not installed (make frog): skipped")
    else:
        runs.append(frog)
    tokenizer = bare_tokenizer(sentences)
    print(f"ned.testa: {len(sentences)} sentences, {tokens} tokens, 1 thread, one run\n")
    print(f"{'system':34} {'P':>6} {'R':>6} {'F1':>6} {'tok/s':>8} {'load s':>7} {'ratio':>7}  components")
    tokenizer_rate = tokens / tokenizer["seconds"]
    for run in runs:
        s = score(gold, run["predicted"])
        rate = tokens / run["seconds"]
        print(f"{run['system']:34} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f} {rate:8.0f} "
              f"{run['load_s']:7.2f} {rate / tokenizer_rate:7.4f}  {run['components']}")
    print(f"{tokenizer['system']:34} {'':>6} {'':>6} {'':>6} {tokenizer_rate:8.0f}")


if __name__ == "__main__":
    main()
