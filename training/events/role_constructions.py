"""The wrong roles of matched events (roles.py's 'no actor', 'phrase unlinked', 'wrong phrase' and
'swapped'), sorted by the construction that links the gold's words to the trigger in the parse:
subject or object of the trigger, a 'met' / 'van' / other preposition phrase, the light verb of a
noun trigger, another clause, words found but left unlinked (docs/events.md §39).

Usage: python training/events/role_constructions.py --cache DIR [--sets dev dev8] [--show]
Prints a markdown table (construction x set); --show lists every role with its sentence and path.
The blind set is never read.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from roles import gold_words, rerun_matches, role_class, set_arguments

WRONG = ("no actor", "no actor (phrase unlinked)", "wrong phrase", "swapped")
_OTHER_CASES = frozenset({"tegen", "tegenover", "op", "aan", "bij", "naar", "over", "voor"})


def head_of(doc, start: int, end: int):
    """The token of [start, end) whose head lies outside it."""
    tokens = [t for t in doc if t.idx < end and t.idx + len(t) > start]
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0] if tokens else None)


def path(trigger, word) -> str:
    """'POS:up|down': the relations from the trigger up to the common ancestor and down to the word
    (a 'case' or 'mark' word in brackets)."""
    if trigger.sent.start != word.sent.start:
        return "other sentence"
    up_chain = [trigger, *trigger.ancestors]
    down_chain = [word, *word.ancestors]
    up_ids = [t.i for t in up_chain]
    common = next(t for t in down_chain if t.i in up_ids)
    up = up_chain[:up_ids.index(common.i)]
    down = down_chain[:[t.i for t in down_chain].index(common.i)]

    def arc(token) -> str:
        cases = [c.lower_ for c in token.children if c.dep_ in ("case", "mark")]
        return token.dep_ + (f"({cases[0]})" if cases else "")
    return f"{trigger.pos_}:{'^'.join(t.dep_ for t in up) or '.'}|{'v'.join(arc(t) for t in reversed(down)) or '.'}"


def construction(kind: str, where: str) -> str:
    """The construction class of one wrong role."""
    if kind == "swapped":
        return "swapped roles"
    if kind == "no actor (phrase unlinked)":
        return "words found, left unlinked"
    if "|" not in where:
        return "gold words not in the parse of the sentence"
    (pos, up), down = where.split("|", 1)[0].split(":", 1), where.split("|", 1)[1]
    if up != ".":
        return "noun trigger, actor on its verb" if pos == "NOUN" and "^" not in up else "another clause"
    first = down.split("v")[0]
    case = first[first.find("(") + 1:-1] if "(" in first else None
    if case == "met":
        return "'met' phrase"
    if case in ("van", "door"):
        return "'van' / 'door' phrase"
    if case in _OTHER_CASES:
        return "other preposition (tegen, op, aan, bij, ...)"
    if first.startswith("nsubj"):
        return "subject of the trigger"
    if first in ("obj", "iobj", "expl:pv"):
        return "object of the trigger"
    return "other relation (appos, conj, amod, inside a phrase)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    set_arguments(parser)
    args = parser.parse_args()
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for name in args.sets:
        for run, _, document, pairs in rerun_matches(args.model, name, args.cache):
            for gold, system in pairs:
                for role in ("source", "target"):
                    kind = role_class(gold, system, document["text"], role)
                    words = gold_words(gold, document["text"], role) if kind in WRONG else None
                    if words is None:
                        continue
                    trigger, word = head_of(run.doc, *gold["span"]), head_of(run.doc, *words)
                    where = path(trigger, word) if trigger is not None and word is not None else "?"
                    table[(role, construction(kind, where))][name] += 1
                    if args.show:
                        print(f"{name} {role} [{kind}] {where} {gold['type']} {gold['trigger']!r}: "
                              f"{gold.get(role + '_text')!r} ({gold[role]})\n    {gold['sentence_str'][:200]!r}")
    print("| role | construction | " + " | ".join(args.sets) + " | all |")
    print("|---|---|" + "---|" * (len(args.sets) + 1))
    for (role, name), counts in sorted(table.items(), key=lambda kv: (kv[0][0], -sum(kv[1].values()))):
        print(f"| {role} | {name} | " + " | ".join(str(counts[s]) for s in args.sets) + f" | {sum(counts.values())} |")


if __name__ == "__main__":
    main()
