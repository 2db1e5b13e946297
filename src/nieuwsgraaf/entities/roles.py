"""Role descriptions ('de NAVO-chef', 'De Amerikaanse president') resolved at the article's date,
and a bare title ('De prinses') meaning the person the article last called by it."""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from ..records import Mention
from .kb import Actor, KnowledgeBase, normalize_name
from .lexicon import LinkLexicon, RoleWord
from .lookup import LinkContext, of_country_in_focus

# Lowercase adjectives that change who a role description means ('de vorige president').
_OTHER_HOLDER = {"vorige", "voormalige", "voormalig", "nieuwe", "toekomstige", "volgende", "eerste", "laatste",
                 "vroegere", "toenmalige", "toenmalig", "andere", "eventuele", "beoogde", "waarnemend", "waarnemende"}
# 'de president van Frankrijk', 'de opperste leider van Iran': an office noun (after at most one lowercase
# adjective) and 'van' before a country's name.
_OFFICE_OF_COUNTRY = re.compile(r"(?:[Dd]e|[Hh]et)\s+(?:(?P<lower>[a-z]+e)\s+)?(?P<noun>[a-z-]+)\s+van\s+"
                                r"(?P<place>[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*)?)")


class RoleDescriptions:
    def __init__(self, kb: KnowledgeBase, lexicon: LinkLexicon):
        self.kb = kb
        words = sorted({w.words for w in lexicon.role_words}, key=len, reverse=True)
        # Case matters around the role word: the adjective is capitalised, and a capital
        # after it means a name follows ('de premier Rutte'), which the name mention covers.
        # A lowercase adjective may stand between ('de wispelturige president', 'de demissionair premier').
        self._role_pattern = re.compile(
            r"\b(?P<det>[Dd]e|[Hh]et)\s+(?:(?P<adj>[A-Z][\w-]*(?:e|s))\s+|(?P<lower>[a-z]+e|" + _title_adjectives() + r")\s+)?(?P<word>(?i:"
            + "|".join(re.escape(w) for w in words) + r"))\b(?!\s+[A-Z])(?!\s+van\b)"
        )
        self._role_by_word = {w.words: w for w in lexicon.role_words}
        # A party's leader: 'de VVD-leider', 'De GroenLinks-PvdA-leider', 'de leider van D66'.
        self._party_leader = re.compile(
            r"\b[Dd]e\s+(?:(?P<before>[A-Z][\w&.-]*?)-(?:partij)?(?:leider|voorman|voorvrouw|lijsttrekker)"
            r"|(?:partij)?leider\s+van\s+(?:de\s+|het\s+)?(?P<after>[A-Z][\w&.-]*))\b")
        titles = sorted((t for t in lexicon.titles if t.isalpha()), key=len, reverse=True)
        # 'prinses Alexia ... De prinses': the title alone, after the title with a name.
        self._title_pattern = re.compile(r"\b(?P<det>[Dd]e|[Hh]et)\s+(?P<word>(?i:"
                                         + "|".join(map(re.escape, titles)) + r"))\b(?!\s+[A-Z])(?!-)(?!\s+van\b)")

    def role_mentions(self, text: str, mentions: list[Mention], context: LinkContext,
                      mentioned: set[str]) -> list[tuple[Mention, Actor]]:
        # A tagged name before the role word blocks it; MISC spans ('NAVO-baas') and names
        # inside the role phrase ('van het Kremlin') do not.
        taken = [(m.start, m.end) for m in mentions if m.label != "MISC"]
        found = []
        for match in self._role_pattern.finditer(text):
            start, end = match.span()
            if any(s < match.start("word") and start < e for s, e in taken):
                continue
            word = self._role_by_word.get(match["word"].lower())
            if word is None or (match["lower"] or "") in _OTHER_HOLDER:
                continue
            actor = self._resolve(word, match["adj"], context, mentioned, named_only=match["lower"] is not None)
            if actor is not None:
                found.append((Mention(start, end, text[start:end], "PER"), actor))
        for match in self._party_leader.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken) or any(m.start < end and start < m.end for m, _ in found):
                continue
            actor = self._party_leader_at(match["before"] or match["after"], context)
            if actor is not None:
                found.append((Mention(start, end, text[start:end], "PER"), actor))
        return found

    def _party_leader_at(self, party_name: str, context: LinkContext) -> Actor | None:
        """The one leader the knowledge base gives the party on the article's date."""
        if context.published is None:
            return None
        parties = [a for a in self.kb.find(party_name) if a.type == "party"]
        for party in of_country_in_focus(parties, context) or parties:
            holders = self.kb.holders("partijleider", party.id, context.published)
            if len(holders) == 1:
                return holders[0]
        return None

    def resolve_description(self, phrase: str, context: LinkContext, mentioned: set[str]) -> Actor | None:
        """The actor a whole phrase describes by its role ('de premier', 'De Amerikaanse president'),
        resolved as role_mentions does; None when the phrase is no role description."""
        match = self._role_pattern.fullmatch(phrase.strip())
        of_country = _OFFICE_OF_COUNTRY.fullmatch(phrase.strip()) if match is None else None
        holder = self._holder_of_country(of_country, context) if of_country else None
        if holder is not None:
            return holder
        if match is None:
            leader = self._party_leader.fullmatch(phrase.strip())
            return self._party_leader_at(leader["before"] or leader["after"], context) if leader else None
        word = self._role_by_word.get(match["word"].lower())
        if word is None or (match["lower"] or "") in _OTHER_HOLDER:
            return None
        return self._resolve(word, match["adj"], context, mentioned, named_only=match["lower"] is not None)

    def _holder_of_country(self, match: re.Match, context: LinkContext) -> Actor | None:
        """The one holder, on the article's date, of the office the noun names ('leider', or the roles
        of a role word: 'premier') of the country after 'van'; None for another holder ('de vorige')."""
        if context.published is None or (match["lower"] or "") in _OTHER_HOLDER:
            return None
        noun = match["noun"].lower()
        word = self._role_by_word.get(noun)
        roles = word.roles if word is not None else (noun,)
        countries = {a.id for a in self.kb.find(match["place"]) if a.type == "country"}
        if len(countries) != 1:
            return None
        holders = {h.id: h for role in roles for h in self.kb.holders(role, next(iter(countries)), context.published)}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def title_mentions(self, text: str, mentions: list[Mention], taken: list[tuple[int, int]]
                       ) -> list[tuple[Mention, str]]:
        """'prinses Alexia ... De prinses gaat naar school': the title alone means the person
        the article last called by that title."""
        titled: list[tuple[int, str, str]] = []  # (position, title, entity)
        for mention in mentions:
            if not mention.entity or mention.label != "PER":
                continue
            before = text[max(0, mention.start - 30): mention.start].split()
            if before:
                titled.append((mention.start, before[-1].casefold(), mention.entity))
            words = mention.text.split()
            if len(words) > 1:
                titled.append((mention.start, words[0].casefold(), mention.entity))
        found = []
        for match in self._title_pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            word = match["word"].casefold()
            earlier = {entity for position, title, entity in titled if title == word and position < start
                       and start - position < 1500}
            if len(earlier) == 1:
                found.append((Mention(start, end, text[start:end], "PER"), earlier.pop()))
        return found

    def _resolve(self, word: RoleWord, adjective: str | None, context: LinkContext,
                 mentioned: set[str] = frozenset(), named_only: bool = False) -> Actor | None:
        if not adjective or context.published is None:
            # 'de president', 'de premier': the holder already named in this article, if one
            named = [self.kb.actors[i] for i in mentioned if i in self.kb.actors]
            owner = self.kb.by_adjective.get(normalize_name(adjective)) if adjective else None
            # Without a publication date, a holder the article itself names is good enough.
            holders = [a for a in named for r in a.roles if r.role in word.roles
                       and (context.published is None or r.active_on(context.published))
                       and (owner is None or r.of == owner)]
            if len({a.id for a in holders}) == 1:
                return holders[0]
        if context.published is None or named_only:
            return None  # who held a role depends on the date; without it, no more guessing
        owners: list[str] = []
        for of in word.of:
            if of == "@adjective" and adjective:
                owner = self.kb.by_adjective.get(normalize_name(adjective))
                if owner:
                    owners.append(owner)
            elif of == "@home" and not adjective:
                owners.append(context.country)
            elif not of.startswith("@"):
                owners.append(of)
        for owner in owners:
            for role in word.roles:
                holders = self.kb.holders(role, owner, context.published)
                if len(holders) == 1:
                    return holders[0]
        return None


@cache
def _title_adjectives() -> str:
    """The adjectives that stay uninflected before an office noun ('de demissionair premier'), from
    data/lexicons/quote_words.tsv (kind title_adjective), as a regex alternation."""
    words = {fields[1] for _, fields in resources.lexicon_rows("quote_words.tsv")
             if len(fields) == 2 and fields[0] == "title_adjective"}
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"
