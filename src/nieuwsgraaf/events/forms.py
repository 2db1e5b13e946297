"""Dutch word forms from a citation form, so triggers match whatever the lemmatizer makes of them.

The shipped lemmatizer is good but not perfect on verbs ('dreigt' -> 'dreigten'); matching the
written forms that Dutch spelling rules give for an infinitive does not depend on it. Forms are
generated generously: a spelling that is not a Dutch word costs nothing, it never matches.
"""

from __future__ import annotations

from dataclasses import dataclass

_VOWELS = set("aeiouy")
_VOICELESS = set("tkfschpx")  # 't kofschip: stems ending in these take -te(n) and -t
_INSEPARABLE = ("be", "er", "her", "ont", "ver")  # not ge-: geven, gelden and genieten take ge- as well


@dataclass(frozen=True)
class VerbForms:
    """The forms of one verb: `glued` are written as one word; `finite` need `particle` apart."""

    glued: frozenset[str]
    finite: frozenset[str]
    particle: str | None


def _stems(infinitive: str) -> list[tuple[str, str]]:
    """(written stem, stem before f/s devoicing) pairs; several when the vowel length is unclear."""
    base = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1] if infinitive.endswith("n") else infinitive
    if not base:
        return []
    candidates = []
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in _VOWELS:
        candidates.append(base[:-1])  # stappen -> stap
    elif len(base) >= 3 and base[-1] not in _VOWELS and base[-2] in "aeou" and base[-3] not in _VOWELS:
        candidates.append(base[:-2] + base[-2] + base[-2:])  # maken -> maak, leven -> leev(-> leef)
        candidates.append(base)  # luisteren -> luister (an unstressed e stays short)
    else:
        candidates.append(base)
    pairs = []
    for stem in candidates:
        written = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])
        pairs.append((written, stem))
    return pairs


def _regular(infinitive: str, with_ge: bool) -> set[str]:
    if infinitive.endswith(("aan", "oen", "ien")):  # gaan: ga, gaat; doen: doe, doet (the rest is strong)
        return {infinitive, infinitive[:-1].replace("aa", "a"), infinitive[:-1] + "t"}
    forms = {infinitive}
    for written, underlying in _stems(infinitive):
        voiceless = underlying[-1] in _VOICELESS or underlying.endswith("ch")
        past = "te" if voiceless else "de"
        ending = "" if written[-1] == "t" else "t"  # 'treedt', 'biedt': only a t-stem takes no -t
        participle = written if written[-1] in "td" else written + ("t" if voiceless else "d")
        forms |= {written, written + ending, written + past, written + past + "n",
                  ("ge" if with_ge else "") + participle, infinitive + "d"}
    return forms


def verb_forms(infinitive: str, strong: dict[str, tuple[str, ...]],
               particles: dict[str, str]) -> list[VerbForms]:
    """Every reading of `infinitive` (a separable and an inseparable one for 'overleggen')."""
    infinitive = infinitive.lower()
    readings = []
    for particle, kind in sorted(particles.items(), key=lambda item: -len(item[0])):
        rest = infinitive[len(particle):]
        if infinitive.startswith(particle) and len(rest) >= 3 and rest.endswith("n"):
            if kind in ("separable", "ambiguous"):
                finite = _simple_forms(rest, strong, with_ge=True)
                glued = {particle + form for form in finite}
                readings.append(VerbForms(frozenset(glued), frozenset(finite), particle))
            if kind in ("inseparable", "ambiguous"):
                readings.append(VerbForms(frozenset(particle + f for f in _simple_forms(rest, strong, False)),
                                          frozenset(), None))
            break
    readings.append(VerbForms(frozenset(_simple_forms(infinitive, strong, with_ge=True)), frozenset(), None))
    return readings


def _has_inseparable_prefix(infinitive: str) -> bool:
    """'betalen', 'verwijten': a prefix before a verb of its own; 'bellen' and 'eren' have none."""
    for prefix in _INSEPARABLE:
        rest = infinitive[len(prefix):]
        if infinitive.startswith(prefix) and len(rest) >= 4 and rest[0] != rest[1]:
            return True
    return False


def _with_diaeresis(forms: set[str]) -> set[str]:
    """'geëist', 'geïnd': a participle's ge- before e or i is written with a diaeresis."""
    return forms | {"ge" + {"e": "ë", "i": "ï"}[f[2]] + f[3:] for f in forms
                    if f.startswith("ge") and len(f) > 4 and f[2] in "ei"}


def _simple_forms(infinitive: str, strong: dict[str, tuple[str, ...]], with_ge: bool) -> set[str]:
    """Forms of a verb without a particle; an inseparable prefix drops the participle's ge-."""
    with_ge = with_ge and not _has_inseparable_prefix(infinitive)
    forms = _regular(infinitive, with_ge)
    for base, irregular in sorted(strong.items(), key=lambda item: -len(item[0])):
        if infinitive.endswith(base):
            head = infinitive[: len(infinitive) - len(base)]
            for form in irregular:
                if not with_ge and form.startswith("ge"):
                    form = form[2:]  # verbieden: verboden, not vergeboden
                forms.add(head + form)
            break
    return _with_diaeresis(forms)


def noun_forms(noun: str) -> set[str]:
    """Singular and the plural spellings a Dutch noun may take ('aanval' -> 'aanvallen')."""
    noun = noun.lower()
    forms = {noun, noun + "s", noun + "'s", noun + "en", noun + "n"}
    last = noun[-1]
    if len(noun) >= 3 and last not in _VOWELS and noun[-2] in _VOWELS and noun[-3] not in _VOWELS:
        forms.add(noun + last + "en")  # aanval -> aanvallen, top -> toppen
    if len(noun) >= 4 and noun[-2] == noun[-3] and noun[-2] in _VOWELS and last not in _VOWELS:
        short = noun[:-2] + {"f": "v", "s": "z"}.get(last, last)
        forms.add(short + "en")  # maatregel stays, maat -> maten, brief -> brieven
    if last in "fs":
        forms.add(noun[:-1] + {"f": "v", "s": "z"}[last] + "en")
    if noun.endswith("ie"):
        forms.add(noun + "s")
    return forms
