"""A trigger reader fine-tuned end to end, measured across sets only (docs/events.md §11, fourth try).

The learned tries before put a linear head on the word vectors the shipped encoder writes to
`doc.tensor`, frozen. This one trains the encoder itself: the accurate pipeline's encoder
(recovered as PyTorch weights by training/e5/from_component.py) with a token head of 17 classes
('no event' and PLOVER's 16 types) on every sentence of the training sets, each token labelled with
the type of the gold event whose trigger it overlaps. `--layers K` trains only the top K blocks (the
rest frozen), the form that could ship beside the pipeline's encoder at the cost of K blocks.

Per direction (a development set held out, the others trained on): a fifth of the training
articles is kept aside to choose the stage's decisions (keep, add, retype, as
train_triggers.simulate applies them), the model is trained on the rest, and the held-out set is
scored once, beside the lexicon stage, with the paired bootstrap interval of the gain
(cross_set.bootstrap). Also printed: the reader alone (every token it calls an event, no lexicon and
no actor step) against the gold triggers. Never in sample, never the blind sets.
Needs the training environment (.venv-train: PyTorch) with the project installed, and the caches
of dates.py (--runs: parsed documents) and cross_set.py (--words: candidate words).
Usage: .venv-train/bin/python training/events/finetune_triggers.py --checkpoint /tmp/ft13/shipped
       --component models/nl_nieuwsgraaf_accurate/encoder --runs /tmp/evdates --words /tmp/events-cache13
       [--test dev4 ...] [--layers 12] [--epochs 5] [--none-weight 0.2] [--lr 5e-5] [--save FOLDER]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from cross_set import best_decisions, bootstrap, f1_of, lexicon_events, tallies_of, total_of
from stage_runs import REPO, SETS, StageRun, cached_runs, rerun_stage
from torch import nn
from train_triggers import Words, collect, simulate

from evaluate_events import Tally, keyword_events, system_events, triple_counts
from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.events.classifier import CLASSES, TriggerClassifier
from nieuwsgraaf.nlp.subwords import PieceVocabulary

sys.path.insert(0, str(REPO / "training" / "e5"))
from encoder import Encoder  # noqa: E402

MAX_PIECES = 160
MAX_PIECES_PER_TOKEN = 8


class Sentence:
    """One sentence as piece ids, each token's first piece, its character offset and its label."""

    def __init__(self, ids: list[int], starts: list[int], chars: list[int], labels: list[int]) -> None:
        self.ids, self.starts, self.chars, self.labels = ids, starts, chars, labels


def sentences_of(run: StageRun, pieces: PieceVocabulary, bos: int, eos: int) -> list[Sentence]:
    found = []
    for sent in run.doc.sents:
        ids, starts, chars, labels = [bos], [], [], []
        word_start = True
        for token in sent:
            if token.is_space:
                word_start = True
                continue
            segment = pieces.segment(token.text[:64], word_start)[:MAX_PIECES_PER_TOKEN] or (pieces.unknown_id,)
            if len(ids) + len(segment) >= MAX_PIECES - 1:
                break
            starts.append(len(ids))
            ids.extend(segment)
            chars.append(token.idx)
            end = token.idx + len(token.text)
            labels.append(next((CLASSES.index(g["type"]) for g in run.gold
                                if g["span"][0] < end and token.idx < g["span"][1]), 0))
            word_start = bool(token.whitespace_)
        ids.append(eos)
        if starts:
            found.append(Sentence(ids, starts, chars, labels))
    return found


class Reader(nn.Module):
    def __init__(self, encoder: Encoder, trained_layers: int) -> None:
        super().__init__()
        self.encoder = encoder
        self.head = nn.Linear(encoder.word.embedding_dim, len(CLASSES))
        self.frozen = len(encoder.blocks) - trained_layers
        for module in (encoder.position, encoder.embed_norm, *encoder.blocks[:self.frozen]):
            module.requires_grad_(False)
        encoder.token_type.requires_grad_(self.frozen == 0)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.top(self.lower(ids, mask), mask)

    def lower(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """The output of the frozen blocks (the embeddings when every block is trained)."""
        enc = self.encoder
        mask_bias = (1.0 - mask[:, None, None, :].float()) * -1e4
        with torch.set_grad_enabled(self.training and self.frozen == 0):
            positions = torch.arange(ids.shape[1])
            x = enc.embed_norm(enc.word(ids) + enc.position(positions)[None] + enc.token_type)
            x = enc.dropout(x)
            for block in enc.blocks[:self.frozen]:
                x = block(x, mask_bias)
        return x

    def top(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        mask_bias = (1.0 - mask[:, None, None, :].float()) * -1e4
        for block in self.encoder.blocks[self.frozen:]:
            x = block(x, mask_bias)
        return self.head(self.encoder.dropout(x))


def frozen_states(reader: Reader, items: list[Sentence]) -> dict[int, torch.Tensor]:
    """Each sentence's output of the frozen blocks, computed once without dropout (by id of the sentence),
    so that an epoch runs only the trained blocks."""
    reader.eval()
    states = {}
    with torch.no_grad():
        for chosen, ids, mask in batches(items, 32, None):
            x = reader.lower(ids, mask)
            for row, s in enumerate(chosen):
                states[id(s)] = x[row, :len(s.ids)].clone()
    return states


def load_encoder(checkpoint: Path) -> Encoder:
    state = torch.load(checkpoint / "best.pt")
    layers = json.loads((checkpoint / "layers.json").read_text())["layers"]
    encoder = Encoder(state["encoder.word.weight"].shape[0], layers=layers)
    encoder.load_state_dict({k.removeprefix("encoder."): v for k, v in state.items() if k.startswith("encoder.")})
    return encoder


def batches(items: list[Sentence], size: int, rng: random.Random | None):
    order = sorted(range(len(items)), key=lambda i: len(items[i].ids))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    if rng:
        rng.shuffle(groups)
    for group in groups:
        chosen = [items[i] for i in group]
        width = max(len(s.ids) for s in chosen)
        ids = torch.zeros((len(chosen), width), dtype=torch.long)
        mask = torch.zeros((len(chosen), width), dtype=torch.long)
        for row, s in enumerate(chosen):
            ids[row, :len(s.ids)] = torch.tensor(s.ids)
            mask[row, :len(s.ids)] = 1
        yield chosen, ids, mask


def train(reader: Reader, items: list[Sentence], epochs: int, none_weight: float, lr: float, seed: int = 13,
          checkpoint: Path | None = None) -> None:
    """With `checkpoint` (a file) the state is saved after every epoch and a run cut short goes on
    from its last saved epoch with the schedule, batches and dropout of an uninterrupted run (a state
    of `epochs` or more epochs is scored as it is: --epochs N scores a run's state after N)."""
    rng = random.Random(seed)
    torch.manual_seed(seed)
    encoder_params = [p for p in reader.encoder.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW([{"params": encoder_params, "lr": lr},
                                   {"params": reader.head.parameters(), "lr": 1e-3}], weight_decay=0.01)
    steps = epochs * ((len(items) + 15) // 16)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(1.0, (s + 1) / (0.1 * steps)) *
                                                 max(0.0, 1 - s / steps))
    weights = torch.ones(len(CLASSES))
    weights[0] = none_weight  # events are about 2 % of the tokens
    states = frozen_states(reader, items) if reader.frozen else None
    reader.train()
    done = 0
    if checkpoint and checkpoint.is_file():
        state = torch.load(checkpoint, weights_only=False)
        reader.load_state_dict(state["reader"])
        optimizer.load_state_dict(state["optimizer"])
        schedule.load_state_dict(state["schedule"])
        rng.setstate(state["rng"])
        torch.set_rng_state(state["torch_rng"])
        done = state["epoch"]
        settings = {"epochs": epochs, "lr": lr, "none_weight": none_weight, "sentences": len(items)}
        if done < epochs and state.get("settings", settings) != settings:
            raise SystemExit(f"{checkpoint} was trained with {state['settings']}, not {settings}")
        print(f"    resumed after epoch {done} from {checkpoint}", flush=True)
    for epoch in range(done, epochs):
        total, started = 0.0, time.time()
        for chosen, ids, mask in batches(items, 16, rng):
            if states is None:
                scores = reader(ids, mask)
            else:
                x = torch.zeros((len(chosen), ids.shape[1], reader.head.in_features))
                for row, s in enumerate(chosen):
                    x[row, :len(s.ids)] = states[id(s)]
                scores = reader.top(x, mask)
            rows = torch.tensor([r for r, s in enumerate(chosen) for _ in s.starts])
            cols = torch.tensor([c for s in chosen for c in s.starts])
            labels = torch.tensor([label for s in chosen for label in s.labels])
            loss = nn.functional.cross_entropy(scores[rows, cols], labels, weight=weights)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            total += loss.item() * len(chosen)
        print(f"    epoch {epoch + 1}: loss {total / len(items):.4f} ({time.time() - started:.0f} s)", flush=True)
        if checkpoint:
            checkpoint.parent.mkdir(parents=True, exist_ok=True)
            torch.save({"reader": reader.state_dict(), "optimizer": optimizer.state_dict(),
                        "schedule": schedule.state_dict(), "rng": rng.getstate(), "torch_rng": torch.get_rng_state(),
                        "epoch": epoch + 1, "settings": {"epochs": epochs, "lr": lr, "none_weight": none_weight,
                                                         "sentences": len(items)}},
                       checkpoint.with_suffix(".tmp"))
            checkpoint.with_suffix(".tmp").replace(checkpoint)


def token_probabilities(reader: Reader, items: list[Sentence]) -> dict[int, np.ndarray]:
    """Each token's 17 probabilities by its character offset."""
    reader.eval()
    found = {}
    with torch.no_grad():
        for chosen, ids, mask in batches(items, 32, None):
            probabilities = reader(ids, mask).softmax(-1).numpy()
            for row, s in enumerate(chosen):
                for start, char in zip(s.starts, s.chars, strict=True):
                    found[char] = probabilities[row, start]
    return found


def candidate_probabilities(words: Words, by_char: dict[int, np.ndarray]) -> np.ndarray:
    none = np.eye(len(CLASSES), dtype=np.float32)[0]
    return np.stack([by_char.get(span[0], none) for span in words.spans]) if words.spans else \
        np.zeros((0, len(CLASSES)), np.float32)


def reader_alone(words: list[Words], by_char: list[dict[int, np.ndarray]]) -> Tally:
    """Every token the reader calls an event, with its type: no lexicon, no actor step."""
    tally = Tally()
    for w, probabilities in zip(words, by_char, strict=True):
        tally.add(w.gold, [{"span": (char, char + 1), "type": CLASSES[int(p.argmax())]}
                           for char, p in probabilities.items() if p.argmax() > 0])
    return tally


class GivenProbabilities:
    """The reader's probabilities of one article's candidate words as the events component's classifier:
    handed out in the order the component asks for them (sentence by sentence, its candidate words),
    which is the order of Words.spans, so the stage itself runs with the reader."""

    def __init__(self, probabilities: np.ndarray, keep: float, add: float, retype: bool) -> None:
        self.rows, self.used = probabilities, 0
        self.keep, self.add, self.retype = keep, add, retype

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        rows = self.rows[self.used:self.used + len(features)]
        if len(rows) != len(features):
            raise ValueError("the component asks for more candidate words than the cache holds")
        self.used += len(features)
        return rows

    decide = TriggerClassifier.decide


def stage_tally(run: StageRun, classifier: GivenProbabilities | None) -> Tally:
    """The events stage on one cached article (the lexicon's, or with the reader), scored as
    bench/evaluate_events.py scores it: trigger + type counts, and triple counts as triple_tp/fp/fn."""
    (rerun,) = rerun_stage([run], classifier)
    if classifier is not None and classifier.used != len(classifier.rows):
        raise ValueError(f"{run.key}: the component asked for fewer candidate words than the cache holds")
    system = system_events(document_to_json(rerun.analysis))
    tally = Tally()
    typed = tally.add(run.gold, system)
    tally.counts.update({"triple_" + k: n for k, n in triple_counts(run.gold, system, typed).items()})
    return tally


def triple_line(tally: Tally, name: str) -> str:
    c = tally.counts
    return (f"  {name:9} (type, source, target) F1 {f1_of({k: c['triple_' + k] for k in ('tp', 'fp', 'fn')}):.3f}"
            f"  (tp {c['triple_tp']}, fp {c['triple_fp']}, fn {c['triple_fn']})")


def keyword_tally(runs: list[StageRun]) -> Tally:
    """bench/evaluate_events.py's keyword baseline (every lexicon word, its first type) on the same events."""
    tallies = []
    for run in runs:
        tally = Tally()
        tally.add(run.gold, keyword_events(run.doc.text))
        tallies.append(tally)
    return total_of(tallies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--checkpoint", type=Path, required=True)
    parser.add_argument("--component", type=Path, required=True, help="the encoder folder the checkpoint came from")
    parser.add_argument("--runs", type=Path, required=True)
    parser.add_argument("--words", type=Path, required=True)
    parser.add_argument("--model", default="nl_nieuwsgraaf_accurate")
    parser.add_argument("--test", nargs="+", choices=list(SETS), default=list(SETS))
    parser.add_argument("--layers", type=int, default=12)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--none-weight", type=float, default=0.2, help="loss weight of 'no event' tokens")
    parser.add_argument("--lr", type=float, default=5e-5, help="the encoder's learning rate")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--save", type=Path, help="keep each direction's training state here after every epoch "
                        "(FOLDER/TEST.pt), and go on from it when a run was cut short")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    meta = json.loads((args.component / "meta.json").read_text())
    pieces = PieceVocabulary.load(args.component / "pieces.json")
    runs = {name: cached_runs(args.model, name, args.runs) for name in SETS}
    words = {name: {w.key: w for w in collect(args.model, name, args.words, args.runs)} for name in SETS}
    sentences = {name: {run.key: sentences_of(run, pieces, int(meta["bos"]), int(meta["eos"])) for run in runs[name]}
                 for name in SETS}
    for test in args.test:
        keys = [(name, key) for name in SETS if name != test for key in sorted(sentences[name])]
        choosing = keys[::5]
        fitting = [k for k in keys if k not in set(choosing)]
        items = [s for name, key in fitting for s in sentences[name][key]]
        print(f"held out {test}: train on {len(fitting)} articles ({len(items)} sentences, "
              f"{sum(label > 0 for s in items for label in s.labels)} trigger tokens), choose on {len(choosing)}, "
              f"top {args.layers} blocks trained", flush=True)
        reader = Reader(load_encoder(args.checkpoint), args.layers)
        train(reader, items, args.epochs, args.none_weight, args.lr,
              checkpoint=args.save / f"{test}.pt" if args.save else None)
        chosen_words = [words[name][key] for name, key in choosing]
        chosen_probs = [candidate_probabilities(w, token_probabilities(reader, sentences[name][key]))
                        for w, (name, key) in zip(chosen_words, choosing, strict=True)]
        f1, keep, add, retype = best_decisions(chosen_words, chosen_probs)
        lexicon_there = f1_of(total_of(tallies_of(chosen_words, [lexicon_events(w) for w in chosen_words])).counts)
        print(f"    chosen on the set-aside articles: keep {keep}, add {add}, retype {retype} "
              f"(F1 {f1:.3f}; lexicon there {lexicon_there:.3f})")
        test_words = [words[test][key] for key in sorted(sentences[test])]
        test_by_char = [token_probabilities(reader, sentences[test][key]) for key in sorted(sentences[test])]
        base = tallies_of(test_words, [lexicon_events(w) for w in test_words])
        systems = [simulate(w, candidate_probabilities(w, p), keep, add, retype)
                   for w, p in zip(test_words, test_by_char, strict=True)]
        other = tallies_of(test_words, systems)
        low, high = bootstrap(base, other)
        print(total_of(base).line("lexicon"))
        print(f"{total_of(other).line('reader')}  gain {f1_of(total_of(other).counts) - f1_of(total_of(base).counts):+.3f} "
              f"[{low:+.3f}, {high:+.3f}]")
        print(reader_alone(test_words, test_by_char).line("alone"), flush=True)
        print(keyword_tally(runs[test]).line("keywords"))
        # the stage itself run with the reader (the lines above simulate it from the lexicon run): also triples
        test_runs = {run.key: run for run in runs[test]}
        lexicon_stage = [stage_tally(test_runs[w.key], None) for w in test_words]
        reader_stage = [stage_tally(test_runs[w.key], GivenProbabilities(candidate_probabilities(w, p), keep, add, retype))
                        for w, p in zip(test_words, test_by_char, strict=True)]
        for counts, what in (("", "trigger + type"), ("triple_", "triple")):
            low, high = bootstrap(lexicon_stage, reader_stage, counts=counts)
            gain = (f1_of({k: total_of(reader_stage).counts[counts + k] for k in ("tp", "fp", "fn")}) -
                    f1_of({k: total_of(lexicon_stage).counts[counts + k] for k in ("tp", "fp", "fn")}))
            print(f"    the stage run with the reader, {what} F1 gain {gain:+.3f} [{low:+.3f}, {high:+.3f}]")
        print(total_of(lexicon_stage).line("lexicon"), triple_line(total_of(lexicon_stage), "lexicon"), sep="\n")
        print(total_of(reader_stage).line("reader"), triple_line(total_of(reader_stage), "reader"), sep="\n", flush=True)


if __name__ == "__main__":
    main()
