"""Would the speaker step's resolvers name the gold's actor where the events stage found the words of a
matched event's role but linked them to nothing (roles.py's 'no actor (phrase unlinked)', docs/events.md
§39 and §41)?

Per such role, the stage's words (with the article the events stage leaves out of them) are read as a
speaker's description at the same place (a SpeakerRef of kind 'description') by a fresh
speakers.ArticleActors of the finished article, once by each resolver the speaker step tries in turn
(party word, role holder at the article's date, government, person titled before, body or court, body
named before with the noun, body of the kind named before, ...) and once by the whole step (its first
answer, a local id when none answers). Each answer is counted as the gold's id, another id, or nothing.

Usage: python training/events/described_actors.py --cache DIR [--sets dev dev8] [--show]
The blind set is never read.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from roles import gold_words, rerun_matches, role_class, set_arguments

from nieuwsgraaf.entities.bodies import european_council, government_of, people_of_country
from nieuwsgraaf.entities.description_words import label_of
from nieuwsgraaf.entities.governments import government_named
from nieuwsgraaf.entities.linker import default_linker
from nieuwsgraaf.entities.lookup import article_context
from nieuwsgraaf.entities.speakers import ArticleActors
from nieuwsgraaf.records import SpeakerRef


def _resolvers(actors: ArticleActors, ref: SpeakerRef):
    """(name, function of no arguments giving an id or None) for each resolver of ArticleActors._description."""
    words, linker = ref.text.split(), actors.linker
    kb = linker.kb

    def apposed():
        return actors.people.apposed(ref.start, ref.end) if label_of(words, linker.lexicon) == "PER" else None

    def role_holder():
        actor = linker.roles.resolve_description(ref.text, actors.context, actors.entities.ids())
        return actor.id if actor else None

    def government():
        found = (government_named(ref.text, kb, actors.context.country, actors.context.region)
                 or government_of(ref, actors.entities.entity_at, kb, actors.context))
        return getattr(found, "id", found)

    def council():
        found = european_council(ref.text, kb, actors.entities.text[:ref.start])
        return found.id if found else None

    def people():
        return people_of_country(words, kb)

    return [
        ("described_people.apposed", apposed),
        ("party word", lambda: actors._party_word(ref, words)),
        ("people of a country", people),
        ("european council", council),
        ("roles.resolve_description", role_holder),
        ("government", government),
        ("described_people (titled before, portfolio, next speaker, compatriot)", lambda: actors._named_holder(ref, words)),
        ("body / courts", lambda: actors._body(ref, words)),
        ("named earlier", lambda: actors._named_earlier(ref, words)),
        ("national body", lambda: actors._national_body(ref, words)),
        ("kind_before", lambda: actors._kind_before(ref, words)),
        ("described_bodies", lambda: actors._described_body(ref, words)),
        ("noun_before", lambda: actors._noun_before(ref, words)),
    ]


def _outcome(found: str | None, gold: str) -> str:
    return "nothing" if not found else "yes" if found == gold else "another id"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    set_arguments(parser)
    args = parser.parse_args()
    linker = default_linker()
    table: dict[str, Counter] = defaultdict(Counter)  # resolver -> (set, outcome) counts
    for name in args.sets:
        for _, analysis, document, pairs in rerun_matches(args.model, name, args.cache):
            text = document["text"]
            context = article_context(analysis, linker.kb)
            for gold, system in pairs:
                for role in ("source", "target"):
                    if role_class(gold, system, text, role) != "no actor (phrase unlinked)":
                        continue
                    words = gold_words(gold, text, role)
                    argument = next(a for a in system["arguments"] if a["role"] == role
                                    and a["start"] < words[1] and words[0] < a["end"])
                    start = argument["start"]
                    if text[max(0, start - 3):start].lower() == "de " and not argument["text"].lower().startswith(("de ", "het ")):
                        start -= 3
                    ref = SpeakerRef(start, argument["end"], text[start:argument["end"]], "description")
                    answers = []
                    for resolver, find in _resolvers(ArticleActors(linker, analysis, context), ref):
                        found = find()
                        table[resolver][(name, _outcome(found, gold[role]))] += 1
                        if found:
                            answers.append(f"{resolver}={found}")
                    whole = ArticleActors(linker, analysis, context).actor(ref)
                    table["whole speaker step (first answer)"][(name, _outcome(whole, gold[role]))] += 1
                    if args.show:
                        print(f"{name} {role} {gold['type']} {ref.text!r} gold {gold[role]} | step {whole} | "
                              f"{'; '.join(answers) or 'no resolver'}")
    print("| resolver | " + " | ".join(args.sets) + " | all (yes / another / nothing) |")
    print("|---|" + "---|" * (len(args.sets) + 1))
    for resolver, counts in table.items():
        cells = [f"{counts[(s, 'yes')]}/{counts[(s, 'another id')]}/{counts[(s, 'nothing')]}" for s in args.sets]
        total = [sum(counts[(s, o)] for s in args.sets) for o in ("yes", "another id", "nothing")]
        print(f"| {resolver} | " + " | ".join(cells) + f" | {'/'.join(map(str, total))} |")


if __name__ == "__main__":
    main()
