"""Quotes: every mark style, apostrophes, attribution before, inside and after, indirect speech."""

from __future__ import annotations

import pytest

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.entities import link_analysis, link_speakers
from nieuwsgraaf.nlp import doc_to_analysis
from nieuwsgraaf.pipeline import extract
from nieuwsgraaf.quotes import find_quote_spans, find_quotes
from nieuwsgraaf.records import Article, DateValue
from nieuwsgraaf.settings import Settings


@pytest.mark.parametrize("text, quoted", [
    ('Hij zei: "Het werkt."', ["Het werkt."]),
    ("Hij zei: “Het werkt.”", ["Het werkt."]),
    ("Hij zei: „Het werkt.”", ["Het werkt."]),
    ("''Het werkt'', zei hij.", ["Het werkt"]),
    ("Trump: ,,Veel landen zijn schuldig.”", ["Veel landen zijn schuldig."]),
    ("‘Wat hebt u te verbergen?’ vroeg hij.", ["Wat hebt u te verbergen?"]),
    ("'Vragen over de toekomst laten we in de toekomst', zei Pence.", ["Vragen over de toekomst laten we in de toekomst"]),
    ("«On ne lâche rien», zei Macron.", ["On ne lâche rien"]),
    ("“Ik sprak tegen één kijker', schrijft hij.", ["Ik sprak tegen één kijker"]),
    ('"Het werkte," zei hij, "maar net op tijd."', ["Het werkte,", "maar net op tijd."]),
    ("\"Een 'eerlijke' verdeling is het doel\", zegt ze.", ["Een 'eerlijke' verdeling is het doel"]),
    ("“Dat is een ‘redelijk’ bod’, schrijft hij.", ["Dat is een ‘redelijk’ bod"]),
])
def test_every_quote_style(text, quoted):
    assert [text[s.start:s.end] for s in find_quote_spans(text)] == quoted


def test_apostrophes_are_not_quote_marks():
    text = "Hij kwam 's avonds met zo'n auto's langs bij d'r moeder en 't huis."
    assert find_quote_spans(text) == []


def test_unclosed_mark_is_no_quote():
    assert find_quote_spans('Hij zei: "Dit loopt tot het einde door.\n\nVolgende alinea zonder einde.') == []


def speaker_of(quotes, words: str) -> str | None:
    """The speaker of the first quote whose text starts with `words`."""
    return next(q.speaker for q in quotes if q.text.startswith(words))


@pytest.fixture(scope="module", name="quotes_of")
def quotes_of_fixture(pipeline):
    """The quotes of a short invented article, run through the default pipeline (entities, quotes, speakers)."""
    def run(text: str, published: str = "2018-07-11"):
        date = DateValue(published, "day")
        article = Article(article_id(text), text, None, "https://www.nos.nl/x", "nos.nl", None, date,
                          "nl", 1.0, "test", "txt")
        doc = pipeline.nlp.make_doc(text)
        doc._.ng_published = date
        analysis = link_speakers(find_quotes(link_analysis(doc_to_analysis(pipeline.nlp(doc), article, pipeline.name))))
        return analysis.quotes
    return run


def test_speaker_after_the_quote(quotes_of):
    [quote] = quotes_of('"Trump was heel duidelijk over de NAVO", aldus Stoltenberg.')
    assert (quote.kind, quote.speaker, quote.cue) == ("direct", "per:jens-stoltenberg", "aldus")


def test_speaker_before_a_colon_and_headline_quote(quotes_of):
    [quote] = quotes_of('Trump: "Ik zal wellicht Poetin ontmoeten"')
    assert (quote.speaker, quote.cue) == ("per:donald-trump", ":")


def test_pronoun_resolves_to_the_subject_and_addressee_is_found(quotes_of):
    text = ('Donald Trump zegt dat hij Vladimir Poetin wil ontmoeten. "Poetin is heel belangrijk voor ons", '
            "verklaarde hij tegen Fox News.")
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [(q.speaker, q.speaker_text, q.addressee) for q in direct] == [("per:donald-trump", "hij", "media:fox-news")]


def test_quote_broken_by_attribution_has_one_speaker(quotes_of):
    quotes = quotes_of('"Het werkte," zei Rutte, "maar net op tijd."')
    assert [q.speaker for q in quotes] == ["per:mark-rutte", "per:mark-rutte"]


def test_anonymous_source_is_recorded_as_such(quotes_of):
    [quote] = quotes_of("''Hij heeft wel honderd keer gedreigd uit de WTO te stappen'', zei een van de bronnen.")
    assert quote.speaker == "local:other:een-van-de-bronnen" and quote.speaker_text == "een van de bronnen"


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("Stoltenberg zei dat de bondgenoten meer moeten uitgeven.", "de bondgenoten meer moeten uitgeven",
     "per:jens-stoltenberg", "zei"),
    ("Volgens Mnuchin is de regering gericht op vrije handel.", "is de regering gericht op vrije handel",
     "per:steven-mnuchin", "volgens"),
    ("De NAVO moet meer doen tegen terrorisme, aldus Trump.", "De NAVO moet meer doen tegen terrorisme",
     "per:donald-trump", "aldus"),
])
def test_indirect_speech(quotes_of, text, content, speaker, cue):
    [quote] = quotes_of(text)
    assert (quote.kind, quote.text, quote.speaker, quote.cue) == ("indirect", content, speaker, cue)


def test_quote_offsets_slice_back_and_carry_a_date(quotes_of):
    text = 'Gisteren zei Rutte tegen de NOS: "We hebben afspraken gemaakt die verder moeten worden uitgewerkt."'
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    assert text[quote.start:quote.end] == quote.text
    assert (quote.date.value, quote.date.basis) == ("2018-07-10", "relative")


def test_dat_heeft_x_gezegd_reports_the_sentence_before(quotes_of):
    text = "De ECB gaat er alles aan doen om de inflatie te verlagen. Dat heeft Christine Lagarde vrijdag gezegd."
    [quote] = quotes_of(text)
    assert (quote.kind, quote.speaker) == ("indirect", "per:christine-lagarde")
    assert quote.text == "De ECB gaat er alles aan doen om de inflatie te verlagen"


def test_naar_eigen_zeggen(quotes_of):
    [quote] = quotes_of("Jambon gruwt naar eigen zeggen van racisme.")
    assert (quote.speaker, quote.cue, quote.text) == ("per:jan-jambon", "naar eigen zeggen",
                                                      "Jambon gruwt naar eigen zeggen van racisme")


def test_indirect_quote_may_hold_a_quoted_fragment(quotes_of):
    quotes = quotes_of('Volgens Rutte wil de Europese Unie "Turkije-achtige afspraken maken" met landen in Afrika.')
    kinds = sorted(q.kind for q in quotes)
    assert kinds == ["direct", "indirect"] and all(q.speaker == "per:mark-rutte" for q in quotes)


def test_pronoun_speaker_wins_over_names_later_in_the_attribution(quotes_of):
    text = ('Ronald Koeman was tevreden. "We hebben gespeeld zoals ik het wil zien", zei hij na zijn interland '
            "als trainer van Oranje.")
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.speaker == "per:ronald-koeman"


def test_unnamed_source_after_volgens(quotes_of):
    [quote] = quotes_of("Volgens de politiechef vielen de slachtoffers in het centrum.")
    assert (quote.speaker, quote.text) == ("local:other:de-politiechef", "vielen de slachtoffers in het centrum")


def test_a_name_set_off_after_a_description_is_the_speaker(fallback_pipeline, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2024-05-14 Begroting\n\nDe minister van Financiën, Eelco Heinen, noemde het voorstel "
                    "\"onverantwoord\". Heinen wil er dinsdag over praten.\n", encoding="utf-8")
    (analysis,) = list(extract([str(path)], Settings(model="none"), fallback_pipeline))
    (quote,) = analysis.quotes
    speaker = next(e for e in analysis.entities if e.id == quote.speaker)
    assert speaker.label == "PER" and "Heinen" in speaker.name


def test_impersonal_cue_with_the_body_after_bij(quotes_of):
    text = "De vakbonden houden vol. “Van de regering kregen we geen enkele reactie”, klinkt het bij de NAVO."
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    assert (quote.speaker, quote.cue) == ("org:navo", "klinkt het bij")


def test_a_party_leader_described_is_the_leader_on_the_date(quotes_of):
    quotes = quotes_of('"Dit moet anders", zei de leider van de VVD.', published="2019-06-12")
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["per:mark-rutte"]


@pytest.mark.parametrize("text", [
    # 'klinkt het', 'luidt het': no speaker named, so the one the sentences before were about
    "Ook Mark Rutte had weinig begrip voor de staking. \"De bonden staan ver van de mensen af\", klinkt het.",
    "Mark Rutte noemt het overleg zinloos. \"We praten al maanden zonder resultaat\", luidt het.",
    # a time word and a programme after the cue: the programme is where it was said, not who said it
    "Mark Rutte blikte terug op zijn jaren als premier. \"Het was een zware periode\", klonk het gisteravond "
    "in Nieuwsuur.",
    # a noun that names no body ('de plannen') is no topic: the person the text is about
    "Mark Rutte sprak de Kamer toe. De plannen van het kabinet zijn volgens hem haalbaar. \"We gaan door\", "
    "klonk het.",
    # the group of another paragraph is not what the sentence before the quote is about
    "De vakbonden verzetten zich tegen het plan.\n\nMark Rutte verdedigde het plan in de Kamer. \"Het is nodig\", "
    "klonk het.",
])
def test_impersonal_cue_is_the_person_the_text_is_about(quotes_of, text):
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.speaker == "per:mark-rutte"


@pytest.mark.parametrize("text, speaker_words, cue", [
    # a body or group opening the sentence before is the topic, not the person named earlier
    ("Vakbondsleider Eva de Vries opende de betoging. De vakbonden verzetten zich tegen de hogere "
     "pensioenleeftijd. \"Zo kan het niet langer\", luidt het.", "De vakbonden", "luidt het"),
    # past a plural 'ze'; a document after 'in' is where the words stand, not who said them
    ("De bonden voeren al weken actie. Ze eisen een hoger loon. \"Werknemers betalen de rekening\", "
     "klinkt het in hun pamflet.", "De bonden", "klinkt het in"),
])
def test_impersonal_cue_is_the_group_the_sentences_before_open_with(quotes_of, text, speaker_words, cue):
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    assert (quote.speaker_ref.text, quote.cue) == (speaker_words, cue)
    assert quote.speaker.startswith("local:other:")


