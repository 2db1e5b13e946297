"""Reported speech constructions and speakers the tagger leaves unnamed (invented sentences)."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

import nieuwsgraaf.quotes.finder as finder_module
from nieuwsgraaf.quotes.lexicon import load_quote_lexicon


def indirect(quotes):
    return [q for q in quotes if q.kind == "indirect"]


def direct(quotes):
    return [q for q in quotes if q.kind == "direct"]


# -- the clause before '…, zegt X' ---------------------------------------------------------

@pytest.mark.parametrize("text, content, speaker, cue", [
    ("De lonen moeten dit jaar met minstens vijf procent omhoog, vreest Rutte.",
     "De lonen moeten dit jaar met minstens vijf procent omhoog", "per:mark-rutte", "vreest"),
    # 'maar' opening a clause of its own: only the conjunct next to the cue is reported
    ("Zij kregen de schuld van het tekort, maar voor die bewering is geen enkel bewijs, zegt de rechter.",
     "voor die bewering is geen enkel bewijs", "local:other:de-rechter", "zegt"),
    # 'maar' + verb is a second predicate of the same clause: all of it is reported
    ("Rutte was vorige week in Brussel, maar volgde het debat vanuit zijn hotel, vertelde hij.",
     "Rutte was vorige week in Brussel, maar volgde het debat vanuit zijn hotel", "per:mark-rutte", "vertelde"),
    ("Het kabinet moet de plannen nog uitwerken, zo liet Rutte dinsdag weten.",
     "Het kabinet moet de plannen nog uitwerken", "per:mark-rutte", "liet weten"),
])
def test_clause_before_a_postposed_cue(quotes_of, text, content, speaker, cue):
    [quote] = quotes_of(text)
    assert (quote.kind, quote.text, quote.speaker, quote.cue) == ("indirect", content, speaker, cue)


def test_postposed_cue_after_a_mixed_quote(quotes_of):
    text = "Voor de Europese Unie is de grens een „harde voorwaarde voor verdere gesprekken”, zo waarschuwt Merkel."
    quotes = quotes_of(text)
    [report] = indirect(quotes)
    assert report.text == "Voor de Europese Unie is de grens een „harde voorwaarde voor verdere gesprekken”"
    assert {q.speaker for q in quotes} == {"per:angela-merkel"} and len(direct(quotes)) == 1


def test_nested_report_keeps_the_innermost_speaker(quotes_of):
    text = ("Rusland wil geen nieuwe sancties meer accepteren, zou Poetin tegen Macron hebben gezegd tijdens "
            "het gesprek, melden Russische staatsmedia.")
    [quote] = quotes_of(text)
    assert (quote.text, quote.speaker, quote.addressee) == (
        "Rusland wil geen nieuwe sancties meer accepteren", "per:vladimir-poetin", "per:emmanuel-macron")


def test_is_het_oordeel_continues_the_speaker_before(quotes_of):
    text = "Volgens de rechtbank heeft de verdachte met opzet gehandeld. Er is geen sprake van noodweer, is het oordeel."
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["heeft de verdachte met opzet gehandeld", "Er is geen sprake van noodweer"]
    assert {q.speaker for q in quotes} == {"local:other:de-rechtbank"}


@pytest.mark.parametrize("text", [
    "Toen de minister het dorp bezocht, reageerde Rutte met een lange toespraak.",  # a fronted time clause
    "De ploeg reisde na acht uur vliegen door naar het hotel.",  # 'acht' the number, not 'achten'
    "Rutte vond de sleutels van het Catshuis pas na een uur terug.",  # 'vinden' without a predicate
])
def test_no_report(quotes_of, text):
    assert quotes_of(text) == ()


def test_a_quote_after_a_colon_is_not_reported_speech(quotes_of):
    text = "Wat de plannen kosten, is nog onduidelijk: 'daar komen we later op terug', zei Rutte."
    assert [q.kind for q in quotes_of(text)] == ["direct"]


# -- back references ---------------------------------------------------------------------

def test_back_reference_reports_the_sentences_of_its_paragraph(quotes_of):
    text = ("Het eerste deel van de tekst gaat over iets anders.\n\nDe regering wil de grenzen sluiten. Ook komen er "
            "strengere controles op de luchthavens. Dat schrijft de Volkskrant maandag.")
    [quote] = quotes_of(text)
    assert quote.text == "De regering wil de grenzen sluiten. Ook komen er strengere controles op de luchthavens"
    assert (quote.speaker, quote.cue) == ("media:volkskrant", "schrijft")


def test_a_relative_dat_after_a_comma_is_no_report(quotes_of):
    assert quotes_of("Stoltenberg onthult het in zijn nieuwe boek, dat volgende maand in Nederland verschijnt.") == ()


# -- te-infinitives and small clauses ---------------------------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("Trump dreigde de NAVO te verlaten als de bondgenoten niet meer betalen.",
     "de NAVO te verlaten als de bondgenoten niet meer betalen", "per:donald-trump"),
    ("Rutte beloofde vorige week om de boeren financieel te compenseren voor de nieuwe regels.",
     "de boeren financieel te compenseren voor de nieuwe regels", "per:mark-rutte"),
    ("Stoltenberg zegt volgend jaar opnieuw met de Russen te willen praten, maar wacht eerst op de top.",
     "volgend jaar opnieuw met de Russen te willen praten", "per:jens-stoltenberg"),
    ("De oppositie stelde geen vertrouwen te hebben in de nieuwe minister, een kwestie die al weken speelt.",
     "geen vertrouwen te hebben in de nieuwe minister", "local:other:de-oppositie"),
    # a country that speaks is its government
    ("China zegt geen wapens te leveren aan Rusland.", "geen wapens te leveren aan Rusland", "gov:cn"),
])
def test_te_infinitive_reports(quotes_of, text, content, speaker):
    [quote] = quotes_of(text)
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", content, speaker)


@pytest.mark.parametrize("text, content, speaker", [
    ("Lagarde acht de kans op een recessie dit jaar klein.", "de kans op een recessie dit jaar klein",
     "per:christine-lagarde"),
    ("De vakbond vindt de nieuwe regels niet uit te leggen en heeft een rechtszaak aangespannen.",
     "de nieuwe regels niet uit te leggen", "local:other:de-vakbond"),
    # the cue in second place of its clause: the whole clause, attribution included
    ("Voor de meeste ouders vindt de minister een extra vrije dag geen goed idee, omdat scholen dan dicht moeten.",
     "Voor de meeste ouders vindt de minister een extra vrije dag geen goed idee, omdat scholen dan dicht moeten",
     "local:other:de-minister"),
])
def test_small_clause_reports(quotes_of, text, content, speaker):
    [quote] = quotes_of(text)
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", content, speaker)


# -- volgens ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("Het land heeft volgens Trump veel te lang geprofiteerd van de Amerikaanse steun.",
     "Het land heeft volgens Trump veel te lang geprofiteerd van de Amerikaanse steun", "per:donald-trump"),
    ("De stad bleef rustig, zelfs al waren er volgens de politie honderden demonstranten op straat.",
     "waren er volgens de politie honderden demonstranten op straat", "gov:nl-politie"),  # a Dutch outlet: the national police
    ("Het was de derde storing deze maand, die volgens ingewijden werd veroorzaakt door een fout in de software.",
     "die volgens ingewijden werd veroorzaakt door een fout in de software", "local:other:ingewijden"),
    ("Volgens de advocaten van de twee verdachten werd er niemand bedreigd.", "werd er niemand bedreigd",
     "local:other:de-advocaten-van-de-twee-verdachten"),
    ("Volgens persbureau Reuters is de deal rond.", "is de deal rond", "media:reuters"),
    ("Volgens minister Hoekstra (Financiën) is er geen geld.", "is er geen geld", "per:wopke-hoekstra"),
])
def test_volgens(quotes_of, text, content, speaker):
    [quote] = quotes_of(text)
    assert (quote.text, quote.speaker, quote.cue) == (content, speaker, "volgens")


# -- speakers the tagger did not name ------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, speaker_text", [
    ("Chinese staatsmedia melden dat de grens weer open gaat.", "local:other:chinese-staatsmedia",
     "Chinese staatsmedia"),
    ("De woordvoerder van Rutte bevestigt dat het overleg is uitgesteld.",
     "local:other:de-woordvoerder-van-rutte", "De woordvoerder van Rutte"),
    ("Trump kreeg een brief. Trumps adviseurs zouden hem proberen uit te leggen dat de handel groeit.",
     "local:other:trumps-adviseurs", "Trumps adviseurs"),
    ("Het koningspaar was ontroerd. Dat zeiden de koning en koningin dinsdag bij een bezoek aan Groningen.",
     "local:other:de-koning-en-koningin", "de koning en koningin"),
    # a role resolves to the person the article is about
    ("Koeman was tevreden. De trainer zei na afloop dat het elftal goed had gespeeld.",
     "per:ronald-koeman", "De trainer"),
    ("Merkel was in Parijs op bezoek. Later waarschuwde de Duitse voor een nieuwe schuldencrisis in Europa.",
     "per:angela-merkel", "de Duitse"),
    # 'de rechtbank' is the court the article named with its place
    ("De rechtbank van Utrecht heeft de eigenaar veroordeeld. De rechtbank benadrukte dat de straf hoog is.",
     "local:org:rechtbank-utrecht", "De rechtbank"),
])
def test_unnamed_speakers(quotes_of, text, speaker, speaker_text):
    [quote] = indirect(quotes_of(text))
    assert (quote.speaker, quote.speaker_text) == (speaker, speaker_text)


@pytest.mark.parametrize("text, speaker, cue", [
    ("Rutte gaf op Twitter toe dat hij de brief te laat had gelezen.", "per:mark-rutte", "gaf toe"),
    ("Peking wijst Washington erop dat de zeestraat internationaal water is.", "gov:cn", "wijst erop"),
])
def test_separable_cues(quotes_of, text, speaker, cue):
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_separable_verb_without_its_particle_is_no_cue(quotes_of):
    [quote] = quotes_of('Het zinnetje "we doen alles wat nodig is" maakt nog altijd indruk.')
    assert quote.cue is None


# -- direct quotes -------------------------------------------------------------------------------

def test_lead_quote_repeated_in_the_body_gets_the_body_speaker(quotes_of):
    text = ("De Kamer debatteerde tot diep in de nacht. ‘Waar blijft het geld voor de zorg?’\n\n"
            "Het debat liep hoog op. ‘De premier belooft veel, maar levert niets’, zei Jesse Klaver. "
            "‘Waar blijft het geld voor de zorg?’")
    assert [q.speaker for q in quotes_of(text)] == ["per:jesse-klaver"] * 3


@pytest.mark.parametrize("text, speaker", [
    # 'Die woorden van X' after the quote
    ("'We gaan de komende jaren flink bezuinigen op defensie.’ Die woorden van premier Rutte, uitgesproken op "
     "een congres, vielen slecht bij de oppositie.", "per:mark-rutte"),
    # the words of X quoted by someone else
    ("Het was een Franse journalist die op Twitter de uitspraak van Macron citeerde: ‘Europa moet wakker worden "
     "en zelf investeren.’", "per:emmanuel-macron"),
    # a dot inside a word of the attribution
    ("‘Dit moet echt anders’, zei SP.A-voorzitter Conner Rousseau.", "per:conner-rousseau"),
    # any verb followed by a name
    ("''Nee, nog niet'', beaamt Rutte.", "per:mark-rutte"),
    # 'klonk het': the one the sentence before was about
    ("Volgens Stoltenberg moeten de bondgenoten meer investeren. \"We hebben nog een lange weg te gaan, maar het "
     "gaat de goede kant op\", klonk het.", "per:jens-stoltenberg"),
    # 'hij' after a fronted object clause is not the person named in that clause
    ("Minister Hoekstra reageerde op het bericht. Dat Trump de heffingen wil verhogen, noemt hij onverstandig. "
     "'We moeten eerst met de Amerikanen praten en dan pas beslissen.'", "per:wopke-hoekstra"),
])
def test_direct_speakers(quotes_of, text, speaker):
    [quote] = direct(quotes_of(text))
    assert quote.speaker == speaker


def test_source_tied_to_a_name_after_the_quote(quotes_of):
    [quote] = quotes_of("''Heeft u de cijfers al gezien?'', wil een verslaggever van de NOS weten van Rutte.")
    assert (quote.speaker, quote.speaker_affiliation) == ("local:other:een-verslaggever-van-de-nos", "media:nos")


def test_fragment_named_with_a_cue_is_a_quote(quotes_of):
    [quote] = quotes_of("Merkel noemt het akkoord ‘een stap vooruit’, al blijft ze kritisch.")
    assert (quote.kind, quote.text, quote.speaker, quote.cue) == ("direct", "een stap vooruit",
                                                                  "per:angela-merkel", "noemt")


@pytest.mark.parametrize("text", [
    "Volgens Rutte leveren de zogenaamde ‘groene banen’ veel op.",  # a name in marks
    "De uitslag laat zien dat de opkomst hoog was, waarbij veel kiezers ‘tegen’ stemden.",  # another clause
])
def test_fragments_that_are_nobodys_words(quotes_of, text):
    assert direct(quotes_of(text)) == []


def test_one_speaker_reader_per_article(quotes_of, monkeypatch):
    made = []

    class Counting(finder_module.SpeakerReader):
        def __init__(self, *args, **kwargs):
            made.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(finder_module, "SpeakerReader", Counting)
    quotes_of('"Het werkt", zei Rutte. Volgens Rutte is het akkoord rond.')
    assert len(made) == 1


def test_separable_verbs_in_the_lexicon():
    lexicon = load_quote_lexicon()
    assert lexicon.is_separable("gaf") and "toe" in lexicon.particles["gaf"]
    assert lexicon.takes("zei", "te") and lexicon.takes("acht", "small") and not lexicon.takes("zei", "small")


# -- a quote without a cue after indirect speech ------------------------------------------------

def test_quote_after_a_report_continues_its_speaker(quotes_of):
    text = ("Jesse Klaver kreeg veel kritiek op zijn plan. Dat is volgens een woordvoerder van de NAVO onterecht. "
            "‘De afspraken zijn helder en iedereen kent ze al jaren.’")
    [quote] = direct(quotes_of(text))
    assert quote.speaker == "local:other:een-woordvoerder-van-de-navo"


def test_quote_after_a_report_and_another_person_is_not_the_reports(quotes_of):
    text = ("Volgens een woordvoerder van de NAVO is de afspraak helder. Jesse Klaver reageerde boos op die uitleg. "
            "‘Dit hebben we nooit zo met elkaar afgesproken.’")
    [quote] = direct(quotes_of(text))
    assert quote.speaker == "per:jesse-klaver"


# -- 'is te horen bij X' -------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Het kabinet vergaderde maandag lang. Jesse Klaver was er niet bij. ‘De cijfers zijn ongunstig en we moeten "
     "ingrijpen’, is te horen bij premier Mark Rutte.", "per:mark-rutte"),
    ("Jesse Klaver presenteerde dinsdag zijn plan. Bij de oppositie is te horen dat het plan “volstrekt onhaalbaar "
     "en te duur” is.", "local:other:de-oppositie"),
])
def test_hearsay_names_the_speaker_after_bij(quotes_of, text, speaker):
    [quote] = direct(quotes_of(text))
    assert quote.speaker == speaker


def test_heading_quote_has_the_speaker_of_the_body_quote_it_repeats(quotes_of):
    text = ("Jesse Klaver sprak lang over de begroting. ‘Het geld moet naar de zorg’, zei hij.\n\n"
            "‘Dit is een slecht plan’\n\n"
            "Mark Rutte reageerde kort. “We hebben lang onderhandeld. Dit is een slecht plan voor niemand,” zei de "
            "premier tegen verslaggevers.")
    heading = next(q for q in quotes_of(text) if q.text == "Dit is een slecht plan")
    assert heading.speaker == "per:mark-rutte"


def test_two_people_with_titles_speak_together(quotes_of):
    text = "Viroloog Jan Peters en infectiologe Anna de Wit benadrukten dat “het huis echt al in brand staat”."
    assert {q.speaker for q in direct(quotes_of(text))} == {"local:other:jan-peters-en-anna-de-wit"}


def test_a_title_with_a_portfolio_list_names_the_person_set_off_after_it(quotes_of):
    text = ("\"De bonden misbruiken hun rol.\" Dat zegt vicepremier en minister van Financiën, Begroting en "
            "Ambtenarenzaken, Wopke Hoekstra (CDA), in een interview met de NOS.")
    [quote] = direct(quotes_of(text))
    assert quote.speaker == "per:wopke-hoekstra"


def test_quote_opening_the_article_is_of_the_speaker_of_the_next_sentence(quotes_of):
    text = ("\"Er is helemaal geen vooruitgang geboekt in de gesprekken.\" Premier Mark Rutte zei na afloop van het "
            "overleg dat de partijen nog ver uit elkaar liggen.\n\nJesse Klaver was het daar niet mee eens.")
    [quote] = direct(quotes_of(text))
    assert quote.speaker == "per:mark-rutte"
