"""A plural 'ze'/'zij' acting in an event stands for several: the nearest earlier actor that is no
single person and no place (entities/plural_pronouns.py)."""

from nieuwsgraaf.entities.plural_pronouns import is_plural_pronoun, plural_antecedent
from nieuwsgraaf.records import EventArgument


def _pronoun(text: str, word: str, nth: int = 0) -> EventArgument:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return EventArgument("source", start, start + len(word), word)


def test_plural_verb_after_the_pronoun_at_a_clause_start():
    text = "De bonden klaagden. Ze eisen meer loon."
    assert is_plural_pronoun(_pronoun(text, "Ze"), text)


def test_singular_verb_makes_it_a_woman():
    text = "De minister sprak. Ze eist meer geld."
    assert not is_plural_pronoun(_pronoun(text, "Ze"), text)


def test_plural_verb_before_the_pronoun():
    text = "Morgen trekken ze naar Den Haag."
    assert is_plural_pronoun(_pronoun(text, "ze"), text)


def test_inside_a_clause_without_a_verb_beside_it_is_not_told():
    text = "De groep liep naar het plein, waar ze ruiten vernielden."
    assert not is_plural_pronoun(_pronoun(text, "ze"), text)


def test_antecedent_is_the_nearest_group_not_a_person_or_place():
    text = "Jansen sprak met de vakbonden in Utrecht. Ze eisen meer loon."
    earlier = [EventArgument("source", 0, 6, "Jansen", "per:jan-jansen"),
               EventArgument("target", 17, 29, "de vakbonden", "local:other:de-vakbonden"),
               EventArgument("location", 33, 40, "Utrecht", "loc:utrecht"),
               EventArgument("target", 33, 40, "Utrecht", "loc:utrecht")]
    pronoun = _pronoun(text, "Ze")
    assert plural_antecedent(pronoun, earlier, ((0, 41), (42, len(text)))) == "local:other:de-vakbonden"


def test_a_group_goes_before_its_first_member():
    text = "Pietersen en Klaassen reisden af. Ze bezochten de haven."
    earlier = [EventArgument("source", 0, 21, "Pietersen en Klaassen", "local:other:pietersen-en-klaassen"),
               EventArgument("source", 0, 9, "Pietersen", "local:other:pietersen-org")]
    assert plural_antecedent(_pronoun(text, "Ze"), earlier, ((0, 33), (34, len(text)))) \
        == "local:other:pietersen-en-klaassen"


def test_no_antecedent_is_none_never_the_person():
    text = "Jansen sprak. Ze eisen meer loon."
    earlier = [EventArgument("source", 0, 6, "Jansen", "per:jan-jansen")]
    assert plural_antecedent(_pronoun(text, "Ze"), earlier, ((0, 13), (14, len(text)))) is None


def test_too_far_back_is_not_followed():
    text = "De bonden klaagden. Het regende. Het waaide. Ze eisen meer loon."
    earlier = [EventArgument("source", 0, 9, "De bonden", "local:other:de-bonden")]
    sentences = ((0, 19), (20, 32), (33, 44), (45, len(text)))
    assert plural_antecedent(_pronoun(text, "Ze"), earlier, sentences) is None
