"""Entity linking against hand annotations (tests/entities/data/gold_links.jsonl).

mention level   for each gold mention, the system mention overlapping it: same entity id?
                (accuracy over the gold mentions the system found, and over all gold mentions)
document level  the set of entity ids per article: precision, recall, F1 (micro-averaged)
grouping        per article, over the gold mentions the system found: the share of gold entities with
                two or more mentions that one system entity holds whole, and the share of system
                entities that merge two gold entities, beside grouping by identical mention text (each
                gold mention is held by the widest system mention over it, a local:other: one only when
                there is no other)
Usage: python bench/evaluate_entities.py [--model NAME] [--show-errors] [--gold PATH] [--heldout | --blind]
"""

from __future__ import annotations

from pathlib import Path

from devdocs import (
    REPO,
    annotated_articles,
    articles_scored,
    current_id,
    evaluation_main,
    gold_documents,
    nth_span,
    prf,
)

GOLD = REPO / "tests" / "entities" / "data" / "gold_links.jsonl"
HELDOUT = REPO / "tests" / "entities" / "data" / "heldout" / "heldout_links.jsonl"
BLIND = REPO / "tests" / "entities" / "data" / "blind" / "blind_links.jsonl"


def _gold_spans(text: str, mentions: list[dict]) -> list[tuple[int, int, dict]]:
    spans = [(nth_span(text, m["text"], m["occurrence"]), {**m, "entity": current_id(m["entity"])}) for m in mentions]
    return [(span[0], span[1], mention) for span, mention in spans if span]


def _government_reading(entity: dict, document: dict) -> bool:
    """A government whose every mention is a country's mention read as its acting government
    ('Rusland viel aan': gov:ru on the words of gpe:ru), added by the speaker and actor steps."""
    if not entity["id"].startswith("gov:"):
        return False
    country = "gpe:" + entity["id"].removeprefix("gov:")
    country_spans = {(m["start"], m["end"]) for m in document["mentions"] if m.get("entity") == country}
    own = [(m["start"], m["end"]) for m in document["mentions"] if m.get("entity") == entity["id"]]
    return bool(own) and all(span in country_spans for span in own)


class Grouping:
    """How mentions are grouped into entities, against the gold grouping of the same mentions."""

    def __init__(self):
        self.multi = self.whole = self.groups = self.merging = 0

    def add(self, pairs: list[tuple[str, str]]) -> None:
        """(gold entity, grouping key) for each found gold mention of one article."""
        by_gold: dict[str, set[str]] = {}
        by_key: dict[str, set[str]] = {}
        counts: dict[str, int] = {}
        for gold, key in pairs:
            by_gold.setdefault(gold, set()).add(key)
            by_key.setdefault(key, set()).add(gold)
            counts[gold] = counts.get(gold, 0) + 1
        multi = [g for g, n in counts.items() if n >= 2]
        self.multi += len(multi)
        self.whole += sum(len(by_gold[g]) == 1 for g in multi)
        self.groups += len(by_key)
        self.merging += sum(len(golds) >= 2 for golds in by_key.values())

    def line(self, name: str) -> str:
        whole = self.whole / self.multi if self.multi else 0.0
        merging = self.merging / self.groups if self.groups else 0.0
        return (f"  {name:15} multi-mention entities held whole {self.whole}/{self.multi} = {whole:.3f}; "
                f"groups merging two entities {self.merging}/{self.groups} = {merging:.3f}")


def evaluate(model: str, show_errors: bool, gold_file: Path = GOLD) -> dict:
    documents = gold_documents(model, gold_file)
    gold_total = found = correct = 0
    tp = fp = fn = 0
    errors = []
    grouped, naive = Grouping(), Grouping()
    for gold, document in annotated_articles(gold_file, documents, errors):
        system = document["mentions"]
        header = len(errors)
        by_system, by_text = [], []
        for start, end, mention in _gold_spans(document["text"], gold["mentions"]):
            gold_total += 1
            overlapping = [m for m in system if m["start"] < end and start < m["end"]]
            if not overlapping:
                errors.append(f"  not found {mention['text']!r} ({mention['entity']})")
                continue
            found += 1
            got = {m["entity"] for m in overlapping}
            # a group actor's mention ('Wilders en Baudet', local:other:) spans its members' names and
            # is no name itself (the document level leaves local:other: out too): the widest other one
            named = [m for m in overlapping if not str(m["entity"]).startswith("local:other:")] or overlapping
            widest = max(named, key=lambda m: m["end"] - m["start"])
            by_system.append((mention["entity"], str(widest["entity"])))
            by_text.append((mention["entity"], document["text"][widest["start"]:widest["end"]].lower()))
            if mention["entity"] in got:
                correct += 1
            else:
                errors.append(f"  wrong {mention['text']!r}: want {mention['entity']} got {sorted(map(str, got))}")
        grouped.add(by_system)
        naive.add(by_text)
        gold_ids = {current_id(m["entity"]) for m in gold["mentions"]}
        # The gold leaves unnamed sources ('een woordvoerder') out, and reads a country as the
        # country even where it acts or speaks as its government: score on its scope.
        system_ids = {e["id"] for e in document["entities"] if not e["id"].startswith("local:other:")
                      and not _government_reading(e, document)}
        tp += len(gold_ids & system_ids)
        fp += len(system_ids - gold_ids)
        fn += len(gold_ids - system_ids)
        errors.extend(f"  extra entity {i}" for i in sorted(system_ids - gold_ids))
        errors.extend(f"  missing entity {i}" for i in sorted(gold_ids - system_ids))
        if len(errors) > header:  # the article's errors under its url
            errors.insert(header, gold["url"])
    precision, recall, f1 = prf(tp, fp, fn)
    model_name = next(iter(documents.values()))["meta"]["nlp_model"]
    print(f"model {model_name}: {articles_scored(gold_file, errors)}, {gold_total} gold mentions")
    print(f"mention linking accuracy: {correct}/{found} found mentions = {correct / found:.3f}; "
          f"end to end {correct}/{gold_total} = {correct / gold_total:.3f} (mentions found {found / gold_total:.3f})")
    print(f"document entities: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn})")
    print("grouping of the found gold mentions:")
    print(grouped.line("entity stage"))
    print(naive.line("identical text"))
    if show_errors:
        print("\n".join(errors))
    return {"linking_accuracy": correct / found, "end_to_end": correct / gold_total,
            "precision": precision, "recall": recall, "f1": f1,
            "held_whole": grouped.whole / grouped.multi if grouped.multi else 0.0,
            "merging": grouped.merging / grouped.groups if grouped.groups else 0.0}


if __name__ == "__main__":
    evaluation_main(evaluate, __doc__, HELDOUT, BLIND)
