"""Reading an unnamed source phrase as a speaker: 'een woordvoerder van de vakbond FNV', 'ingewijden in
Brussel', 'Trumps adviseurs', 'de oppositie'. The phrase opens with a word of an anonymous source
(rules.anonymous_start) or a possessor ('Trumps'); it runs over a few titles and the noun phrase, the
mentions chained to it by 'van' or 'en' and a body's name in apposition ('de vakbond FNV'), and for a
source noun over where the sources are ('bronnen in Brussel') or the circle they come from ('bronnen rond
de coalitie'); it stops before a verb, adverb or preposition it ran into, and never inside a name. A
person named right after a description ending in a noun is the one described ('de voorzitter van de
eurogroep Jeroen Dijsselbloem'). The result is a SpeakerRef of kind 'description' with the
person the text is about there and the body the source is tied to; nothing here makes an id."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import Mention, SpeakerRef
from .clauses import first_finite
from .refs import mention_ref, span_of
from .rules import CHAIN, DETERMINER_ONLY, POSSESSED_CONJUNCT, TITLES

if TYPE_CHECKING:
    from .speaker_words import SpeakerReader

_MAX_PHRASE_WORDS = 12
_POSSESSED = re.compile(POSSESSED_CONJUNCT)  # 'de Verenigde Staten en hun Europese bondgenoten'
# Where unnamed sources are: 'in Brussel', 'uit beide landen' (not 'de landen in de slotverklaring').
_SOURCE_PLACE = re.compile(r"\s+(?:in|uit|binnen|rond)\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
                           r"|(?:beide|alle)\s+[a-z][\w-]*)(?=[\s,.;:])")
# A possessor's noun: 'Trumps advocaat' (the name before is read bare by _possessor_word).
_POSSESSOR_NOUN = re.compile(r"[A-Z][\w-]*s\s+[a-z][a-z-]*")
# The circle they come from: 'bronnen rond de coalitie', 'bronnen uit de drie grotere regeringspartijen'
# (not 'in de …': 'de landen in de slotverklaring' is where they said it; 'bondgenoten binnen de
# verdragsorganisatie' are its members, the body is their affiliation).
_SOURCE_CIRCLE = re.compile(r"\s+(?:uit|rond)\s+(?:de|het)\s+(?:[a-z]+e\s+|[a-z]+\s+(?=[a-z]+e\s))*"
                            r"(?P<noun>[a-z][\w-]*)(?=[,.;:]|\s)")


class SourcePhrases:
    """The unnamed source phrases of one article, read with the speaker reader's mentions: which
    mention is named in a span, which person the text is about, and which mention is a possessor."""

    def __init__(self, reader: SpeakerReader):
        self.reader = reader
        self.text = reader.text
        self.mentions = reader.mentions
        self.rules = reader.rules
        self.lexicon = reader.lexicon

    def read(self, start: int, end: int) -> SpeakerRef | None:
        """An unnamed source in text[start:end] ('de oppositie', 'een woordvoerder van de NAVO'),
        with the person the text is about there (a role such as 'de premier' may mean them) and
        the body it is tied to."""
        words = self.text[start:end]
        lead = len(words) - len(words.lstrip(" ,"))
        words = words.strip(" ,")
        adverb = self.rules.leading_adverb.match(words)
        if adverb:
            lead += adverb.end()
            words = words[adverb.end():]
        if not words or not (self.rules.anonymous_start.match(words) or self._possessor_word(words)):
            return None
        phrase_start = start + lead
        head = self.rules.speaker_stop.split(words)[0].rstrip(" ,")
        phrase_end = self.phrase_end(phrase_start, phrase_start + len(head))
        described = self._person_described(phrase_start, phrase_end)
        if described is not None:
            return mention_ref(described)
        stop = self._first_words_end(phrase_start, phrase_end)
        if stop <= phrase_start or DETERMINER_ONLY.match(self.text[phrase_start:stop]):
            return None
        stop = self._where_from(phrase_start, self._bare_source_end(phrase_start, stop))
        person = self.reader.salient_person(start)
        affiliation = self.reader.mention_in(phrase_start, phrase_end, ("ORG", "LOC", "PER")) or next(
            (m for m in self.mentions if phrase_start <= m.start < phrase_end and self.reader.modifies_compound(m)), None)
        return SpeakerRef(phrase_start, stop, self.text[phrase_start:stop], "description", span_of(person),
                          span_of(affiliation))

    def _person_described(self, start: int, stop: int) -> Mention | None:
        """The person named right after a description ending in 'de|het' + a noun, who is the one it
        describes: 'de voorzitter van de eurogroep' + 'Jeroen Dijsselbloem', 'Trumps advocaat' + 'Jim Smit'."""
        words = self.text[start:stop]
        if not (re.search(r"\s(?:de|het)\s[a-z][a-z-]*$", words) or _POSSESSOR_NOUN.fullmatch(words)):
            return None
        return next((m for m in self.mentions if m.start == stop + 1 and m.label == "PER"
                     and self.text[stop] == " "), None)

    def _bare_source_end(self, start: int, stop: int) -> int:
        """'Partijen kijken naar …': a bare plural source noun opening a sentence is the whole
        phrase when a lowercase word other than a preposition or 'en' follows (its verb)."""
        words = list(re.finditer(r"\S+", self.text[start:stop]))
        if len(words) < 2 or words[0].group().casefold() not in self.lexicon.words["source"]:
            return stop
        follow = words[1].group()
        if not follow[:1].islower() or follow in ("en", "of", "in") or follow in self.lexicon.words["preposition"]:
            return stop
        return start + words[0].end()

    def _where_from(self, start: int, stop: int) -> int:
        """'bronnen in Brussel', 'anonieme bronnen uit beide landen', 'bronnen rond de coalitie': where
        unnamed sources are is part of what names them; `stop` moved past that place when the phrase
        ends in a source noun."""
        last = self.text[start:stop].split()[-1].casefold()
        if last not in self.lexicon.words["source"]:
            return stop
        place = _SOURCE_PLACE.match(self.text, stop)
        if place:
            return place.end()
        circle = _SOURCE_CIRCLE.match(self.text, stop)
        return circle.end() if circle and first_finite(circle["noun"], self.lexicon) is None else stop

    def _first_words_end(self, start: int, end: int) -> int:
        """The end of the first few words of text[start:end], without a trailing comma."""
        words = list(re.finditer(r"\S+", self.text[start:end]))[:_MAX_PHRASE_WORDS]
        stop = start + words[-1].end() if words else start
        while stop > start and self.text[stop - 1] in " ,":
            stop -= 1
        return stop

    def phrase_end(self, start: int, end: int) -> int:
        """Where the noun phrase starting at `start` ends: a mention after at most an article and
        a few lowercase titles ('burgemeester Klitsjko', 'de advocaten van Kamil E.'), else the
        words of the noun phrase rule; then the mentions chained to it by 'van' or 'en' ('… en
        Krystian M.', 'een onderzoek van persbureau Reuters')."""
        mentions = [m for m in self.mentions if start <= m.start < end]
        # titles before a name, not a verb: 'ingewijden wil De Wever' is no title of De Wever
        titled = [m for m in mentions if TITLES.fullmatch(self.text[start:m.start]) and not self.reader.modifies_compound(m)
                  and first_finite(self.text[start:m.start], self.lexicon) is None]
        # 'Groen-Kamerlid Wouter De Vriendt': the person after a title the tagger took for a name
        lead = next((m for m in titled if m.label == "PER"), titled[0] if titled else None)
        if lead is not None and not self.reader.possessive(lead, self.text[lead.end:end]):
            stop = lead.end
        else:
            phrase = self.rules.noun_phrase.match(self.text, start, end)
            stop = self._before_verb(start, phrase.end() if phrase else start)
        for mention in mentions:
            if mention.start < stop:
                # a name the noun phrase rule cut in half ('het Amerikaanse ministerie' + 'van Buitenlandse Zaken')
                stop = max(stop, mention.end) if mention.start > start else stop
                continue
            gap = self.text[stop:mention.start]
            if mention.start > stop + 24 or not (CHAIN.fullmatch(gap) or self._apposed_name(mention, gap, start, stop)):
                break
            stop = mention.end
        possessed = _POSSESSED.match(self.text, stop, end)
        return possessed.end() if possessed else stop

    def _apposed_name(self, mention: Mention, gap: str, start: int, stop: int) -> bool:
        """Whether a body's or place's name stands right after a lowercase noun ending text[start:stop],
        in apposition to it: 'de vakbond' + 'FNV', 'van de stichting' + 'Schone Lucht'. (A person there
        is who the words before describe: 'de voorzitter van de eurogroep Jeroen Dijsselbloem'.)"""
        if gap != " " or mention.label == "PER":
            return False
        last = re.search(r"(?:^|\s)([a-z][a-z-]*)$", self.text[start:stop])
        return bool(last) and last.group(1) not in ("en", "of", "van") \
            and last.group(1) not in self.lexicon.words["preposition"]

    def _before_verb(self, start: int, stop: int) -> int:
        """`stop` moved back before a verb, an adverb or a preposition the phrase ran into ('de politie is',
        'de politie woensdag', 'een bron al lachend', 'Bronnen uit': a capital opening a sentence
        looks like a name's)."""
        while stop > start:
            last = re.search(r"(?:^|\s)([\w-]+)$", self.text[start:stop])
            word = last.group(1) if last else ""
            if last and last.start() > 0 and (first_finite(word, self.lexicon) is not None
                                              or self.rules.speaker_stop.fullmatch(word) or word in ("en", "van")
                                              or word in self.lexicon.words["preposition"]
                                              or word in self.lexicon.words["trailing_adverb"]):
                stop = start + last.start()
            else:
                break
        return stop

    def _possessor_word(self, words: str) -> bool:
        """'Trumps adviseurs': a name with a genitive s that the article also uses bare."""
        match = re.match(r"([A-Z][\w-]*)s\s+[a-z]", words)
        return bool(match) and any(m.text == match[1] for m in self.mentions)
