"""Local speakers named as a reader names them (issue #14 §2, §3; invented sentences): a body the
knowledge base lacks, named by a description, is one organisation however the article inflects its
adjective or drops it; a misspelt surname is the person named in full before; where unnamed sources
are belongs to their name."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf.entities.described_bodies import described_body, same_body
from nieuwsgraaf.entities.grouping import misspelt_surname
from nieuwsgraaf.records import Mention

NOUNS = {"parket": "institution", "ambassade": "institution", "kabinet": "body"}


def test_one_parket_however_its_adjective_is_inflected(quotes_of):
    """A parquet the knowledge base lacks (the Brussels one is known since kb18: gov:be-parket-brussel)."""
    text = ("In Geel is zondagnacht een man neergestoken. Dat meldt het Turnhoutse parket. Er is nog niemand "
            "opgepakt. De dader is volgens het Turnhouts parket een man van rond de dertig.")
    speakers = {q.speaker for q in quotes_of(text, "2024-03-11")}
    assert speakers == {"local:org:turnhouts-parket"}


def test_a_known_parket_is_its_knowledge_base_id_however_inflected(quotes_of):
    text = ("In Laken is zondagnacht een man neergestoken. Dat meldt het Brusselse parket. Er is nog niemand "
            "opgepakt. De dader is volgens het Brussels parket een man van rond de dertig.")
    speakers = {q.speaker for q in quotes_of(text, "2024-03-11")}
    assert speakers == {"gov:be-parket-brussel"}


def test_the_bare_noun_is_the_embassy_named_with_its_seat(quotes_of):
    text = ('Het besluit is volgens de Turkse ambassade in Den Haag "onbegrijpelijk". "Wij betreuren dit '
            'ten zeerste", laat de ambassade desgevraagd weten.')
    speakers = [q.speaker for q in quotes_of(text, "2024-03-11")]
    assert speakers and set(speakers) == {"local:org:turkse-ambassade-in-den-haag"}


def test_a_description_without_a_proper_adjective_names_no_particular_body():
    text = "Dat meldt het parket van vandaag."
    assert described_body(["het", "parket"], 22, text, [], NOUNS) is None
    assert described_body(["het", "nieuwe", "kabinet"], 22, text, [], NOUNS) is None


def test_the_adjective_is_kept_as_written_when_the_article_has_no_other_form():
    text = "Dat zegt het Thaise ministerie van Defensie."
    body = described_body(["het", "Thaise", "ministerie"], 33, text, [], {"ministerie": "institution"})
    assert body is not None and body.name == "Thaise ministerie"


def test_same_body_needs_the_same_noun_and_no_new_adjective():
    text = "het Brusselse parket en het Brussels parket"
    first = described_body(["het", "Brusselse", "parket"], 20, text, [], NOUNS)
    later = described_body(["het", "Brussels", "parket"], 43, text, [], NOUNS)
    sentence = "Dat zegt de Turkse ambassade in Den Haag."
    at = sentence.index("Den Haag")
    seat = Mention(at, at + 8, "Den Haag", "LOC", "gpe:x")
    other = described_body(["de", "Turkse", "ambassade"], sentence.index(" in "), sentence, [seat], NOUNS)
    assert same_body(later, first) and not same_body(other, first)
    assert other.name == "Turkse ambassade in Den Haag"


def test_a_seat_named_with_an_article_is_part_of_the_name():
    sentence = "Het bericht viel slecht, meldt de Peruaanse ambassade in het VK."
    at = sentence.index("VK")
    seat = Mention(at, at + 2, "VK", "LOC", "gpe:gb")
    body = described_body(["de", "Peruaanse", "ambassade"], sentence.index(" in "), sentence, [seat], NOUNS)
    assert body.name == "Peruaanse ambassade in het VK"


@pytest.mark.parametrize("form, names, same", [
    ("wintekorn", ["martin winterkorn"], True),
    ("winterkron", ["martin winterkorn"], True),  # two letters swapped
    ("janssen", ["eva jansen"], False),  # too short to call a typo
    ("wintekorn", ["winterkorn"], False),  # no full name to be the surname of
    ("bakkerman", ["piet winterkorn"], False),
])
def test_a_misspelt_surname_is_one_edit_from_a_full_name(form, names, same):
    assert misspelt_surname(form, names) is same


def test_a_misspelt_surname_speaks_for_the_person_named_in_full(quotes_of):
    text = ("Topman Hendrik Waterkamper van de fabriek trad vorige maand af. Voor de rechter verklaarde Waterkmaper "
            "dat hij niets wist van de fraude.")
    [quote] = quotes_of(text, "2017-01-19")
    assert quote.speaker == "local:per:hendrik-waterkamper"


@pytest.mark.parametrize("text, speaker", [
    ("Volgens bronnen in Brussel wil de Commissie het plan nog deze maand voorstellen.",
     "local:other:bronnen-in-brussel"),
    ("De gesprekken zijn mislukt, zeggen anonieme bronnen uit beide landen.",
     "local:other:anonieme-bronnen-uit-beide-landen"),
])
def test_where_unnamed_sources_are_is_part_of_their_name(quotes_of, text, speaker):
    [quote] = quotes_of(text)
    assert quote.speaker == speaker
