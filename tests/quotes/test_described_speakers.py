"""Speakers named by a description of the person the text is about ('de Duitse politica', 'de
SP-fractieleidster', 'de CDA'er'), names behind a compound title ('PvdA-Kamerlid Eva Jansen'), unnamed sources with
their whole phrase, definite descriptions of a source named before, and bodies named in lowercase
(invented sentences)."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf.quotes import default_rules, find_quote_spans
from nieuwsgraaf.quotes.speaker_words import SpeakerReader
from nieuwsgraaf.records import Mention

GROOT = "local:per:piet-de-groot"


def _only(quotes, kind):
    return [q for q in quotes if q.kind == kind]


@pytest.mark.parametrize("text, speaker_text", [
    ('Ook Eva Jansen haalde uit naar het kabinet. "Dit plan is onverantwoord", zei de SP-fractieleidster.',
     "de SP-fractieleidster"),
    ('Eva Jansen stemde tegen. "U spreekt uzelf tegen", aldus de SP\'er.', "de SP'er"),
    ('Eva Jansen stemde tegen. "U spreekt uzelf tegen", aldus de Groningse politica.', "de Groningse politica"),
])
def test_a_description_of_the_person_named_before(quotes_of, text, speaker_text):
    [quote] = _only(quotes_of(text), "direct")
    assert (quote.speaker_text, quote.speaker) == (speaker_text, "local:per:eva-jansen")


def test_a_party_in_a_compound_title_is_not_the_speaker(quotes_of):
    [quote] = quotes_of("Volgens PvdA-Kamerlid Eva Jansen is het plan van het kabinet onhaalbaar.")
    assert (quote.kind, quote.speaker, quote.cue) == ("indirect", "local:per:eva-jansen", "volgens")


def test_de_duitse_politica_is_the_german_named_before(quotes_of):
    text = "Merkel sprak dinsdag in Berlijn. De Europese Unie is volgens de Duitse politica klaar voor een handelsoorlog."
    [quote] = quotes_of(text, "2018-03-06")
    assert (quote.speaker_text, quote.speaker) == ("de Duitse politica", "per:angela-merkel")


def test_the_telegraaf_opens_a_quote_with_a_closing_mark():
    text = "Eva Jansen liet zondag weten dat ’de stad klaar is met de plannen’. Het was ’s avonds laat, zo’n uur of tien."
    assert [text[s.start:s.end] for s in find_quote_spans(text)] == ["de stad klaar is met de plannen"]


@pytest.mark.parametrize("text, speaker", [
    ("Het leger heeft een aanval uitgevoerd, meldt het kantoor van premier Mark Rutte.",
     "local:other:het-kantoor-van-premier-mark-rutte"),
    ("Piet de Groot komt vrijdag. Zijn woordvoerster verklaarde dat het bezoek al lang gepland was.",
     "local:other:zijn-woordvoerster"),
    ("Volgens medische bronnen zijn er zeker twintig gewonden naar het ziekenhuis gebracht.",
     "local:other:medische-bronnen"),
    ("Volgens de officier van justitie heeft de verdachte tijdens het verhoor gelogen.",
     "local:other:de-officier-van-justitie"),
    ("Een paar dagen geleden had Piet de Groot al laten doorschemeren dat er een akkoord komt.", GROOT),
])
def test_unnamed_sources_and_their_full_phrase(quotes_of, text, speaker):
    assert [q.speaker for q in quotes_of(text) if q.kind == "indirect"] == [speaker]


def test_a_definite_description_goes_back_to_the_source_named_before(quotes_of):
    text = ("Het plan is klaar, verklaart een Moldavische regeringsbron tegenover Reuters. "
            "De anonieme bron waarschuwde dat er acties kunnen komen tegen de stembureaus.")
    first, second = quotes_of(text)
    assert first.speaker == second.speaker == "local:other:een-moldavische-regeringsbron"


def test_a_lowercase_body_of_the_knowledge_base_and_its_short_form(quotes_of):
    text = ("De verdachte blijft in de cel, liet het federaal parket weten. "
            "Zijn broer is inmiddels ook opgepakt, aldus het parket.")
    assert [q.speaker for q in quotes_of(text, "2016-10-06")] == ["gov:be-federaal-parket"] * 2


@pytest.mark.parametrize("text, words, inside", [
    ("zei de Vlaams Belang-fractieleidster.", "Vlaams Belang", True),
    ("aldus de CDA'er.", "CDA", True),
    ("De GroenLinks-PvdA-leider voegde toe", "De Groen", True),  # a tagged span that ends inside a word
    ("zei de CDA tegen de krant.", "CDA", False),
])
def test_a_name_inside_a_word_is_no_speaker(text, words, inside):
    start = text.index(words)
    mention = Mention(start, start + len(words), words, "ORG", "party:x")
    reader = SpeakerReader(text, [mention], default_rules(), [])
    assert reader.modifies_compound(mention) is inside


@pytest.mark.parametrize("text, speaker", [
    ("De top met China is uitgesteld, meldt het Witte Huis.", "gov:us-witte-huis"),
    ("Peking zegt dat de grens met Vietnam weer open gaat.", "gov:cn"),
])
def test_a_seat_of_power_speaks_for_its_office_and_a_city_for_its_government(quotes_of, text, speaker):
    assert [q.speaker for q in quotes_of(text, "2022-11-14")] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # any verb after the quote: the words naming the speaker end with the sentence, not in the next one
    ("Volgens PVV-fractieleider Geert Wilders zit het kabinet vast. “Er gebeurt al maanden helemaal niets meer”, "
     "foetert de PVV-fractieleider. De Europese Commissie wil daar niets van weten.", "per:geert-wilders"),
    # a demonym with a letter outside ASCII means the person named before
    ("Christine Lagarde sprak dinsdag in Frankfurt. “De inflatie daalt nu echt snel”, aldus de Française.",
     "per:christine-lagarde"),
])
def test_description_after_the_quote_is_the_person_named_before(quotes_of, text, speaker):
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.speaker == speaker


@pytest.mark.parametrize("published", ["2020-05-04", "2025-10-27"])
def test_the_government_of_a_leader_is_his_countrys(quotes_of, published):
    # a role known to the month ('2025-10') holds on every day of that month
    text = ("Venezuela heeft de nieuwe sancties afgewezen als \"een aanval op de soevereiniteit van het land\". Dat "
            "schrijft de regering van president Nicolás Maduro in een verklaring.")
    assert {q.speaker for q in quotes_of(text, published)} == {"gov:ve"}


def test_an_uninflected_title_adjective_keeps_the_office_holder(quotes_of):
    text = "Mark Rutte vindt het voorstel slecht. “Dit is echt geen goed plan”, schrijft de demissionair premier op X."
    [quote] = [q for q in quotes_of(text, "2023-09-12") if q.kind == "direct"]
    assert quote.speaker == "per:mark-rutte"


@pytest.mark.parametrize("text, speaker", [
    # the organisation in apposition after the noun, named before
    ("Het besluit van de omroep KRO-NCRV viel slecht. De omroep stelt dat de uitzending gewoon doorgaat.",
     "local:org:kro-ncrv"),
    # the body the fuller description named before, known to the knowledge base
    ("Het federaal parket heeft vier verdachten opgepakt. Volgens het parket waren ze al maanden actief.",
     "gov:be-federaal-parket"),
])
def test_a_bare_description_is_the_body_named_before_with_that_noun(quotes_of, text, speaker):
    [quote] = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert quote.speaker == speaker
