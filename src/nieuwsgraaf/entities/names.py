"""What the other linking steps ask about a surface form: its lookup key, whether it is only an
adjective, whether the knowledge base knows it as something other than a person."""

from __future__ import annotations

import re

from ..records import Mention
from .kb import KnowledgeBase, normalize_name
from .lexicon import LinkLexicon

NAME_PARTICLES = {"de", "van", "der", "den", "ter", "ten", "te", "von", "la", "le", "du", "da", "di", "'t", "het"}
ROMAN = re.compile(r"[IVX]+")
# A first name and particles before a surname the tagger marked alone: 'Jeroen de ' + 'Jager'.
FIRST_NAME_BEFORE = re.compile(r"(?<![\w-])(?P<first>[A-Z][a-z]+) (?:(?:de|van|der|den|ter|ten|von) )+$")
# 'de regio Kiev', 'de oblast Charkiv', 'de provincie Utrecht': the region named after its city.
# The words that name a government after its leader ('regering Trump', 'de kabinetten-Rutte').
GOVERNMENT_WORDS = r"(?i:regering|kabinet(?:ten)?|administratie)"
REGION_BEFORE = re.compile(r"\b(?P<word>[Rr]egio|[Oo]blast|[Pp]rovincie)(?: van)? $")
# Courts: 'de rechtbank van Amsterdam', 'het gerechtshof te Den Haag', 'het Amsterdamse gerechtshof'
# ('de rechtbank in Amsterdam' is a building in a city).
COURT_OF = re.compile(r"\b(?P<kind>[Rr]echtbank|[Gg]erechtshof|[Hh]of)\s+(?:van|te)\s+"
                      r"(?P<place>(?:Den |'s-)?[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?)")
_ADJECTIVE_ENDINGS = ("se", "s", "sch")
# Adjective-like words that end a hyphenated MISC span: 'Vlaams-nationalistische', 'Oost-Europese'.
_ADJECTIVE_SUFFIXES = ("se", "sche", "ische", "ige", "ese", "ense", "aanse")


def opens_sentence(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 3): mention.start].rstrip(" \"'‘“")
    return not before or before[-1] in ".!?:\n"


def court_name(text: str) -> str | None:
    """'rechtbank van Amsterdam', 'het hof in Den Haag' -> 'Rechtbank Amsterdam', 'Gerechtshof Den Haag'."""
    court = COURT_OF.fullmatch(text.strip())
    if court is None:
        return None
    kind = "Gerechtshof" if court["kind"].lower() == "hof" else court["kind"].capitalize()
    return f"{kind} {court['place']}"


class NameForms:
    def __init__(self, kb: KnowledgeBase, lexicon: LinkLexicon):
        self.kb = kb
        self.lexicon = lexicon
        self.demonyms = {normalize_name(d) for a in kb.actors.values() for d in a.raw.get("demonyms") or ()}

    def key(self, text: str) -> str:
        """The lookup form of a mention: normalised, titles off, courts and regions in their
        knowledge-base spelling."""
        court = court_name(text)
        if court:
            return normalize_name(court)
        region = REGION_BEFORE.search(text.split()[0] + " ") if " " in text else None
        if region:
            return normalize_name(f"{region['word']} {text.split(None, 1)[1].removeprefix('van ')}")
        words = normalize_name(text).split()
        while len(words) > 1 and words[0] in self.lexicon.titles:
            words.pop(0)
        return " ".join(words)

    def known_other(self, form: str) -> bool:
        """A name the knowledge base has for something other than a person."""
        return any(a.type != "person" for a in self.kb.find(form))

    def adjective(self, text: str, loose: bool = True) -> bool:
        """A nationality or region adjective: one the knowledge base lists, or (`loose`, for MISC
        spans) a capitalised word with an adjective ending ('Europees', 'Vlaams-nationalistische')."""
        text = text.strip()
        if normalize_name(text) in self.kb.by_adjective:
            return True
        if not loose or " " in text or not text[:1].isupper() or any(ch.isdigit() for ch in text):
            return False
        last = text.rsplit("-", 1)[-1]
        return (last[1:].islower() or last.islower()) and (
            text[1:].islower() and text.endswith(_ADJECTIVE_ENDINGS) or last.endswith(_ADJECTIVE_SUFFIXES)
            or self._adjective_compound(text))

    def _adjective_compound(self, word: str) -> bool:
        """'Vlaamsgezinde', 'Nederlandstalige': a nationality adjective grown into a longer adjective."""
        if not word.endswith(("e", "ig")):
            return False
        lowered = normalize_name(word)
        return any(lowered[:cut] in self.kb.by_adjective and lowered[cut:].isalpha()
                   for cut in range(4, len(lowered) - 3))

    def is_adjective(self, mention: Mention) -> bool:
        """'Amerikaanse', 'Europees', 'Oost-Europese': a MISC mention that only names a nationality or
        region; or a country's own adjective whatever non-person label it got ('in het Nederlands')."""
        if mention.label == "MISC":
            return self.adjective(mention.text)
        return mention.label != "PER" and " " not in mention.text and self.adjective(mention.text, False)
