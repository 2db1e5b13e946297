"""A speaker's 'we', 'wij', 'ons' or 'onze' as an event's source or target (docs/events.md §61): every gold
event whose source or target words are a first-person plural, with what the gold gives (the speaker, the
body named beside the speaker, the body of the speaker's office or party in the knowledge base, another
actor) and what the stage gives, split by what the article and the knowledge base let one know of the
speaker's body:
- government: the speaker holds a government office of a country at the article's date (the rule of §4);
- spokesman: else a speaking office of a body (spokesmen.py, §56);
- named beside: else the article names a party or organisation right beside his name, as
  entities/speaker_bodies.py reads it ('De Wolff (VVD)', 'ACV-topvrouw Ska', §61);
- kb office: else he holds another office, or a party's membership, in the knowledge base at that date;
- near only: else a body is linked within 45 characters of his name in the same sentence;
- nothing: none of these; no speaker: the stage finds no speaker for the quote.
The speaker is the stage's (the quote around the trigger, events rerun on cached Docs with the current
code). Usage: python training/events/first_plural.py --cache DIR [--sets ...] [--show]
The blind set is never read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from roles import rerun_matches, set_arguments  # noqa: E402

from nieuwsgraaf.entities.kb import load_knowledge_base  # noqa: E402
from nieuwsgraaf.entities.speaker_bodies import body_beside  # noqa: E402
from nieuwsgraaf.entities.spokesmen import body_spoken_for  # noqa: E402

WE = frozenset({"we", "wij", "ons", "onze"})
BODIES = ("party:", "org:", "gov:", "local:org:")
BESIDE = 45  # characters either side of the speaker's name
SPLITS = ("government", "spokesman", "named beside", "kb office", "near only", "nothing", "no speaker")
_SENTENCE_END = re.compile(r"[.!?]\s")


def speaker_of(analysis, position: int):
    """The stage's quote around `position` and its speaker."""
    quote = next((q for q in analysis.quotes if q.start <= position < q.end), None)
    return quote, quote.speaker if quote else None


def bodies_beside(analysis, speaker: str) -> list[str]:
    """Bodies the article names right beside a mention of the speaker, in the same sentence, nearest first."""
    text = analysis.article.text
    spans = [(m.start, m.end) for m in analysis.mentions if m.entity == speaker]
    found: list[tuple[int, str]] = []
    for start, end in spans:
        for m in analysis.mentions:
            if not m.entity or not m.entity.startswith(BODIES) or m.entity == speaker:
                continue
            if m.end <= start and start - m.end <= BESIDE and not _SENTENCE_END.search(text[m.end:start]):
                found.append((start - m.end, m.entity))
            elif m.start >= end and m.start - end <= BESIDE and not _SENTENCE_END.search(text[end:m.start]):
                found.append((m.start - end, m.entity))
            elif m.start >= start and m.end <= end and (m.start, m.end) != (start, end):
                found.append((0, m.entity))  # 'VVD-fractievoorzitter De Wolff' read as one mention
    return [e for _, e in sorted(found)]


def kb_bodies(speaker: str, day: str | None, kb) -> list[str]:
    """The bodies whose office or membership the speaker holds at `day` (government offices as gov:)."""
    actor = kb.actors.get(speaker)
    if actor is None:
        return []
    bodies = []
    for role in actor.roles:
        if role.of and role.active_on(day):
            bodies.append("gov:" + role.of[4:] if role.of.startswith("gpe:") else role.of)
    for party in actor.raw.get("party") or ():
        if party.get("of") and (party.get("start") or "") [: len(day or "")] <= (day or "9") and (
                not party.get("end") or (day or "")[: len(party["end"])] <= party["end"]):
            bodies.append(party["of"])
    return bodies


def split_of(speaker: str | None, government: list[str], spoken: str | None, named: str | None,
             office: list[str], near: list[str]) -> tuple[str, list[str]]:
    """The first of SPLITS that fits the speaker, and the bodies it knows of him."""
    if not speaker:
        return "no speaker", []
    for split, bodies in (("government", government), ("spokesman", [spoken] if spoken else []),
                          ("named beside", [named] if named else []), ("kb office", office), ("near only", near)):
        if bodies:
            return split, bodies
    return "nothing", []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    set_arguments(parser)
    args = parser.parse_args()
    kb = load_knowledge_base()
    table: dict[str, Counter] = defaultdict(Counter)
    stage_table: dict[str, Counter] = defaultdict(Counter)
    per_set: dict[str, Counter] = defaultdict(Counter)
    for name in args.sets:
        for run, analysis, _document, pairs in rerun_matches(args.model, name, args.cache):
            day = analysis.article.published.value if analysis.article.published else None
            linked = [m for m in analysis.mentions if m.entity]
            system = dict((id(g), s) for g, s in pairs)
            for gold in run.gold:
                for role in ("source", "target"):
                    words = (gold.get(role + "_text") or "").lower()
                    if words not in WE:
                        continue
                    _quote, speaker = speaker_of(analysis, gold["span"][0])
                    near = bodies_beside(analysis, speaker) if speaker else []
                    office = kb_bodies(speaker, day, kb) if speaker else []
                    government = [b for b in office if b.startswith("gov:") and "-" not in b]
                    spoken = body_spoken_for(speaker, day, kb) if speaker else None
                    named = body_beside(speaker, linked, analysis.article.text) if speaker else None
                    split, beside = split_of(speaker, government, spoken, named, office, near)
                    want = gold[role]
                    kind = ("none" if want is None else "speaker" if want == speaker else
                            "the body" if want in beside[:1] else "a body of his" if want in beside else "other")
                    pair = system.get(id(gold))
                    got = pair[role] if pair else None
                    verdict = "missed" if pair is None else "right" if got == want else "wrong"
                    table[split][kind] += 1
                    stage_table[split][verdict] += 1
                    per_set[name][f"{split}|{kind}"] += 1
                    if args.show:
                        print(f"{name} {split:9} gold {kind:13} {gold['type']:8} {role[0]} {words!r:7} gold {want}"
                              f" | speaker {speaker} beside {beside[:2]} kb {office[:3]} | stage {verdict} {got}"
                              f" | in_quote {gold.get('in_quote')}\n      {gold['sentence_str'][:200]!r}")
    print("split        " + " ".join(f"{k:>13}" for k in ("speaker", "the body", "a body of his", "other", "none"))
          + "  | stage right / wrong / missed")
    for split in SPLITS:
        print(f"{split:12} " + " ".join(f"{table[split][k]:>13}" for k in ("speaker", "the body", "a body of his",
                                                                            "other", "none"))
              + f"  | {stage_table[split]['right']} / {stage_table[split]['wrong']} / {stage_table[split]['missed']}")
    for name, counts in per_set.items():
        print(name, dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
