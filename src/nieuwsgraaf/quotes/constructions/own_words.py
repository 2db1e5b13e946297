"""'Jambon gruwt naar eigen zeggen van racisme': the whole sentence is what its subject says."""

from __future__ import annotations

from ..attribution import Attribution, Report
from ..context import Context
from ..refs import mention_ref
from ..rules import OWN_WORDS


def own_words(context: Context, index: int, found: list[Report]) -> list[Report]:
    start, end = context.sentences[index]
    sentence = context.text[start:end]
    if not OWN_WORDS.search(sentence):
        return []
    subject = context.reader.mention_in(start, end, ("PER",))
    if subject is None:
        return []
    content = sentence.rstrip(" .!?")
    return [Report(start, start + len(content), Attribution(mention_ref(subject), "naar eigen zeggen"))]
