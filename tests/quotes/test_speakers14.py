"""Speakers as a reader of Dutch news takes them (issue #14 §2, session 14; invented sentences): a
quantity opening a sentence is no name; 'zijn advocaat' is not the possessor; party-member and compound
office nouns mean the person named before; a name the tagger split after a body compound is one
organisation, and 'de groep' is it; the subject of a clause coordinated by 'en' agrees with its verb;
a bare 'de politie' of a Dutch article is the national police; a colon's window keeps a whole name;
'Dat zegt ook X' leaves a quote to the speaker before; a quote opening inside a report is the reporter's."""

from __future__ import annotations

from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf.entities import default_linker
from nieuwsgraaf.records import Mention


def test_a_quantity_opening_the_sentence_is_no_name(quotes_of):
    text = ("Minister Eva Smit kreeg dinsdag veel kritiek. Verschillende Kamerleden vrezen dat het akkoord "
            "door haar optreden in gevaar komt.")
    speakers = [q.speaker for q in quotes_of(text, "2023-01-17")]
    assert speakers == ["local:other:verschillende-kamerleden"]


def test_his_lawyer_is_the_lawyer_named_before_not_his_client(quotes_of):
    text = ("Advocaat Smit: \"We wachten af\"\n\nOud-minister Karel Smit nam advocaat Peter Janssens onder de arm. "
            "Smit wil nog niet reageren. Maar een rechtszaak is niet uitgesloten, verduidelijkt zijn advocaat.")
    quotes = quotes_of(text, "2017-10-31")
    assert [q.speaker for q in quotes if "rechtszaak" in q.text] == ["local:per:peter-janssens"]


def test_a_party_member_noun_is_the_person_named_before(quotes_of):
    text = ("\"Dit moet stoppen\", zegt CDA-Kamerlid Joris Wolters. \"De politie moet hier optreden\", schrijft "
            "de christendemocraat op X.")
    speakers = [q.speaker for q in quotes_of(text, "2023-03-12")]
    assert speakers == ["local:per:joris-wolters"] * 2


def test_a_compound_office_is_the_person_with_that_portfolio(quotes_of):
    text = ("Dinsdag kreeg Marieke van Leeuwen, minister van Onderwijs, Cultuur en Wetenschap, kritiek. Minister van "
            "Financiën Joost Verhoef zweeg. \"Ik had de Kamer eerder moeten informeren\", verklaarde de "
            "onderwijsminister in een brief.")
    quotes = quotes_of(text, "2023-01-17")
    assert [q.speaker for q in quotes] == ["local:per:marieke-van-leeuwen"]


def test_a_name_the_tagger_split_after_a_body_compound_is_one_organisation():
    text = "Actiegroep Boze Boeren claimt het protest."
    first, rest = Mention(0, 10, "Actiegroep", "ORG"), Mention(11, 22, "Boze Boeren", "ORG")
    [joined] = default_linker().spans.repair(text, [first, rest])
    assert (joined.text, joined.label) == ("Actiegroep Boze Boeren", "ORG")
    assert not default_linker().lexicon.names_body_in_compound("Bank")  # the head alone opens no name


def test_the_group_is_the_organisation_whose_name_opens_with_a_compound_of_it(quotes_of):
    text = ("Actiegroep Boze Boeren claimt achter het protest te zitten. In een verklaring schrijft de groep dat "
            "de minister moet aftreden.")
    speakers = [q.speaker for q in quotes_of(text, "2022-06-11")]
    assert speakers and set(speakers) == {"local:org:actiegroep-boze-boeren"}


def test_a_finite_cue_after_en_has_the_subject_of_its_own_clause(quotes_of):
    text = ("Minister Anja de Groot reageert vandaag in deze krant. In haar ogen is het glas halfvol en ze belooft "
            "dat de wachtlijsten volgend jaar korter worden.")
    # 'In haar ogen …' is a report of its own (indirect16): every quote is hers
    quotes = quotes_of(text, "2018-05-16")
    assert "belooft" in [q.cue for q in quotes]
    assert {q.speaker for q in quotes} == {"local:per:anja-de-groot"}


def test_a_pronoun_after_en_is_the_first_clauses_subject(quotes_of):
    text = ("Het parlement stemde dinsdag voor de afzetting van president Paul Verbeke. Hij weigert af te treden "
            "en zegt dat er sprake is van een coup. Er is ook kritiek. Zo sprak secretaris-generaal Tom Hendriks van "
            "een ongrondwettelijke wissel en hij riep op tot het \"herstel van de constitutionele orde\".")
    quotes = quotes_of(text, "2025-10-17")
    assert [q.speaker for q in quotes if "herstel" in q.text] == ["local:per:tom-hendriks"]


def test_the_police_of_a_dutch_article_is_the_national_police(quotes_of):
    text = "Boeren reden met tractoren naar het huis van de wethouder. Volgens de politie was de situatie rustig."
    assert [q.speaker for q in quotes_of(text, "2022-06-11")] == ["gov:nl-politie"]


def test_a_court_is_no_national_body():
    from nieuwsgraaf.entities.bodies import national_body
    from nieuwsgraaf.entities.lookup import LinkContext

    linker = default_linker()
    context = LinkContext("2022-06-11", "gpe:nl")
    assert national_body(["de", "politie"], linker, context).id == "gov:nl-politie"
    assert national_body(["de", "rechtbank"], linker, context) is None  # the country has many
    assert national_body(["de", "politie"], linker, LinkContext("2022-06-11", "gpe:be")) is None


def test_a_plural_verb_after_en_shares_the_plural_subject_not_the_person(quotes_of):
    text = ("Kamerleden reageren fel op de rellen. Partijen kijken naar minister Eva Smit, en vinden dat zij de "
            "relschoppers moet aanpakken.")
    assert [q.speaker for q in quotes_of(text, "2023-03-12")] == ["local:other:partijen"]


def test_a_long_subject_before_a_colon_is_read_from_its_first_name(quotes_of):
    text = ("Kamerleden reageren fel op de rellen. Marieke van Leeuwen van de eigen partij van minister Yeşilgöz "
            "ziet overeenkomsten tussen de klimaatactivisten en de boeren: \"bewust wetten overtreden om aandacht "
            "te krijgen\".")
    assert [q.speaker for q in quotes_of(text, "2023-03-12")] == ["local:per:marieke-van-leeuwen"]


def test_a_party_compound_with_an_office_describes_the_person_named_before(quotes_of):
    text = ("Marieke van Leeuwen wil dinsdag vragen stellen. Linksom of rechtsom heeft de politie er de handen vol "
            "aan, aldus het VVD-Kamerlid.")
    assert [q.speaker for q in quotes_of(text, "2023-03-12")] == ["local:per:marieke-van-leeuwen"]


def test_dat_zegt_ook_x_leaves_the_quote_to_the_speaker_before(quotes_of):
    text = ("Joost Verhoef (D66) noemt het \"zaak dat de minister snel optreedt\". \"Want dit stopt niet vanzelf. "
            "Politiek moet hier samen een lijn trekken.\" Dat zegt ook CDA-Kamerlid Piet Hermans.")
    quotes = quotes_of(text, "2023-03-12")
    assert [q.speaker for q in quotes if "vanzelf" in q.text] == ["local:per:joost-verhoef"]


def test_a_quote_opening_inside_a_report_has_the_reports_speaker(quotes_of):
    text = ("Minister Anja de Groot was niet thuis. De woordvoerder van de minister liet weten dat De Groot graag met "
            "boeren in gesprek gaat, ‘maar niet bij haar gezin thuis. Dat gaat een grens over.’")
    quotes = quotes_of(text, "2022-06-11")
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["local:other:de-woordvoerder-van-de-minister"]
