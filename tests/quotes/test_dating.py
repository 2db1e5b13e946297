"""When a quote was said (quotes/dating.py), on invented sentences with their time expressions."""

from __future__ import annotations

from nieuwsgraaf.quotes import dating
from nieuwsgraaf.quotes.dating import QuoteOccasion
from nieuwsgraaf.quotes.lexicon import load_quote_lexicon
from nieuwsgraaf.records import DateValue, Timex

PUBLISHED = DateValue("2024-03-14", "day")  # a Thursday
WORDS = load_quote_lexicon()


def timex(text: str, words: str, value: str, occurrence: int = 1) -> Timex:
    start = -1
    for _ in range(occurrence):
        start = text.index(words, start + 1)
    return Timex(start, start + len(words), words, "DATE", value, anchor="publication")


def sentences(text: str):
    bounds, start = [], 0
    for index, char in enumerate(text):
        if char == "." and (index + 1 == len(text) or text[index + 1] in " \n"):
            bounds.append((start, index + 1))
            start = index + 2
    if start < len(text):
        bounds.append((start, len(text)))
    return lambda position: next(((s, e) for s, e in bounds if s <= position < e), None)


def occasion(text, quoted, kind, speaker, sentence_of, speaker_words=None, cue=None, named=(), described=()):
    """`named`: where the text calls the speaker by name; `described`: by a description ('de premier')."""
    start = text.index(quoted)
    at = text.index(speaker_words) if speaker_words else None
    by_name_at = tuple(text.index(words) for words in named)
    named_at = tuple(sorted(by_name_at + tuple(text.index(words) for words in described)))
    return QuoteOccasion(start, start + len(quoted), kind, sentence_of(start), speaker, at, cue, named_at,
                         by_name_at)


def date_quote(quote, occasions, times, text, sentence_of, published=PUBLISHED):
    return dating.date_quote(quote, occasions, times, text, sentence_of, published, WORDS)


def date_alone(text, times, quoted, kind, speaker, speaker_words=None, cue=None, named=(), described=()):
    """The date of the one quote of `text`, with no other quote around it."""
    sentence_of = sentences(text)
    quote = occasion(text, quoted, kind, speaker, sentence_of, speaker_words, cue, named, described)
    return date_quote(quote, [quote], times, text, sentence_of)


def test_a_date_in_the_speech_clause_wins_over_the_date_the_quote_talks_about():
    text = 'Zij zei dinsdag dat de tarieven in 2025 omhooggaan.'
    sentence_of = sentences(text)
    quote = occasion(text, "de tarieven in 2025 omhooggaan", "indirect", "per:x", sentence_of, "Zij")
    times = [timex(text, "dinsdag", "2024-03-12"), timex(text, "2025", "2025")]
    found = date_quote(quote, [quote], times, text, sentence_of)
    assert (found.value, found.basis) == ("2024-03-12", "relative")


def test_an_earlier_date_of_the_story_is_not_when_a_later_quote_was_said():
    text = 'In 2019 begon het onderzoek. "Het moet sneller", zegt de minister.'
    found = date_alone(text, [timex(text, "2019", "2019")], "Het moet sneller", "direct", "per:x", "de minister")
    assert (found.value, found.basis) == ("2024-03-14", "publication")


def test_the_occasion_of_the_same_speakers_earlier_words_carries_to_the_next_quote():
    text = 'Gisteravond zei Jambon dat de cijfers klaar zijn. "Ze liggen op mijn bureau."'
    sentence_of = sentences(text)
    first = occasion(text, "de cijfers klaar zijn", "indirect", "per:jambon", sentence_of, "Jambon")
    second = occasion(text, "Ze liggen op mijn bureau.", "direct", "per:jambon", sentence_of)
    times = [timex(text, "Gisteravond", "2024-03-13")]
    found = date_quote(second, [first, second], times, text, sentence_of)
    assert (found.value, found.basis) == ("2024-03-13", "narrative")
    other = occasion(text, "Ze liggen op mijn bureau.", "direct", "per:someone-else", sentence_of)
    assert date_quote(other, [first, other], times, text, sentence_of).basis == "publication"


def test_a_date_opening_an_indirect_quote_is_the_speech_clauses():
    text = 'Kaag zei eind september toch weer te willen praten.'
    found = date_alone(text, [timex(text, "eind september", "2023-09")], "eind september toch weer te willen praten", "indirect", "per:kaag", "Kaag")
    assert found.value == "2023-09"


def test_nothing_is_said_after_the_article():
    text = 'Hij zei donderdag dat hij komt.'
    found = date_alone(text, [timex(text, "donderdag", "2024-03-21")], "hij komt", "indirect", "per:x", "Hij")
    assert (found.value, found.basis) == ("2024-03-14", "publication")


def test_a_date_inside_an_earlier_quote_does_not_date_the_next_one():
    text = 'Zij zei dat Rusland in 2014 al gestraft is. Die sancties kunnen scherper, zei ze.'
    sentence_of = sentences(text)
    first = occasion(text, "Rusland in 2014 al gestraft is", "indirect", "per:x", sentence_of, "Zij")
    second = occasion(text, "Die sancties kunnen scherper", "indirect", "per:x", sentence_of, "ze")
    found = date_quote(second, [first, second], [timex(text, "2014", "2014")], text, sentence_of)
    assert (found.value, found.basis) == ("2024-03-14", "publication")


def test_a_date_in_a_relative_clause_after_the_quote_is_what_it_talks_about():
    text = 'De bond zei niet mee te doen aan de staking, die maandag begint.'
    found = date_alone(text, [timex(text, "maandag", "2024-03-11")], "niet mee te doen aan de staking", "indirect", "org:bond", "De bond", "zei")
    assert found.basis == "publication"


def test_where_a_state_starts_is_not_when_words_were_said():
    text = '"We werken goed samen", zei de minister op een top met landen waarmee we sinds 2012 handel drijven.'
    found = date_alone(text, [timex(text, "2012", "2012")], "We werken goed samen", "direct", "per:x", "de minister", "zei")
    assert found.basis == "publication"
    text = '"We werken goed samen", zei de minister sinds 2012 al.'  # no relative clause: 'sinds' alone
    assert date_alone(text, [timex(text, "2012", "2012")], "We werken goed samen", "direct", "per:x", "de minister", "zei").basis == "publication"


def test_a_date_on_the_far_side_of_the_quote_from_its_speaker_belongs_to_what_was_said():
    text = 'Het kabinet beslist vrijdag over het plan, "want het moet nu", aldus de minister.'
    found = date_alone(text, [timex(text, "vrijdag", "2024-03-08")], "want het moet nu", "direct", "per:x", "de minister", "aldus")
    assert found.basis == "publication"
    text = '"Het moet nu", zei de minister vrijdag.'  # the speaker's side
    assert date_alone(text, [timex(text, "vrijdag", "2024-03-08")], "Het moet nu", "direct", "per:x", "de minister", "zei").value == "2024-03-08"


def test_a_speaker_named_inside_the_reported_clause_leaves_its_dates_to_the_content():
    text = 'Dinsdag werden tien mensen opgepakt die volgens de politie een aanslag voorbereidden.'
    found = date_alone(text, [timex(text, "Dinsdag", "2024-03-12")], text[:-1], "indirect", "org:politie", "de politie", "volgens")
    assert found.basis == "publication"


def test_a_date_opening_a_dat_clause_is_part_of_what_was_said():
    text = 'Zij zei dat dinsdag de tarieven omhooggaan.'
    found = date_alone(text, [timex(text, "dinsdag", "2024-03-12")], "dinsdag de tarieven omhooggaan", "indirect", "per:x", "Zij", "zei")
    assert found.basis == "publication"


def test_toen_in_the_speech_clause_points_back_to_the_last_date_named():
    text = 'In januari lekte het plan uit. "Dit is slecht nieuws", zei de econoom toen tegen de krant.'
    found = date_alone(text, [timex(text, "januari", "2024-01")], "Dit is slecht nieuws", "direct", "de econoom", "de econoom", "zei")
    assert (found.value, found.basis) == ("2024-01", "narrative")
    # 'Toen' opening a subordinate clause is no pointer back
    text = 'In januari lekte het plan uit. Toen de cijfers kwamen, zei de econoom dat het meeviel.'
    assert date_alone(text, [timex(text, "januari", "2024-01")], "het meeviel", "indirect", "de econoom", "de econoom", "zei").basis == "publication"


def test_a_past_speech_after_a_dated_sentence_naming_the_speaker_belongs_to_that_date():
    text = 'In juni noemde Biden Xi een dictator. In een toespraak zei Biden dat Xi zich schaamde.'
    sentence_of = sentences(text)
    times = [timex(text, "juni", "2023-06")]
    said = occasion(text, "Xi zich schaamde", "indirect", "per:biden", sentence_of, "Biden dat", "zei",
                    named=("Biden Xi",))
    found = date_quote(said, [said], times, text, sentence_of)
    assert (found.value, found.basis) == ("2023-06", "narrative")
    text = text.replace("zei Biden", "zegt Biden")  # the present tense is the article's day
    sentence_of = sentences(text)
    says = occasion(text, "Xi zich schaamde", "indirect", "per:biden", sentence_of, "Biden dat", "zegt",
                    named=("Biden Xi",))
    assert date_quote(says, [says], times, text, sentence_of).basis == "publication"


def test_a_present_tense_report_between_brings_the_story_back_to_its_day():
    text = ('In juli ontmoetten Trump en Poetin elkaar. Trump heeft gezegd dat hij Poetin weer wil zien. '
            '"Poetin is belangrijk", verklaarde hij.')
    sentence_of = sentences(text)
    times = [timex(text, "juli", "2023-07")]
    perfect = occasion(text, "hij Poetin weer wil zien", "indirect", "per:trump", sentence_of, "Trump heeft",
                       "heeft gezegd", named=("Trump en",))
    later = occasion(text, "Poetin is belangrijk", "direct", "per:trump", sentence_of, "hij.", "verklaarde",
                     named=("Trump en",))
    assert date_quote(perfect, [perfect, later], times, text, sentence_of).basis == "publication"
    assert date_quote(later, [perfect, later], times, text, sentence_of).basis == "publication"


def test_a_quote_continuing_a_present_tense_one_is_not_moved_by_the_story_before():
    text = 'Vorige week stuurden de bonden een brief. "Er kwam niets terug", klinkt het bij de bonden. "Het blijft stil."'
    sentence_of = sentences(text)
    times = [timex(text, "Vorige week", "2024-W10")]
    first = occasion(text, "Er kwam niets terug", "direct", "de bonden", sentence_of, "de bonden.", "klinkt het",
                     named=("de bonden een",))
    second = occasion(text, "Het blijft stil.", "direct", "de bonden", sentence_of, "de bonden.")
    for quote in (first, second):
        assert date_quote(quote, [first, second], times, text, sentence_of).basis == "publication"


def test_a_weekend_after_the_article_gives_way_to_its_publication_date():
    text = 'De minister zei komend weekend dat het plan klaar is.'  # a Thursday article: the 16th and 17th
    found = date_alone(text, [timex(text, "komend weekend", "2024-W11-WE")], "het plan klaar is", "indirect", "per:x",
                       "De minister")
    assert (found.value, found.basis) == ("2024-03-14", "publication")
    text = 'De minister zei afgelopen weekend dat het plan klaar is.'
    found = date_alone(text, [timex(text, "afgelopen weekend", "2024-W10-WE")], "het plan klaar is", "indirect",
                       "per:x", "De minister")
    assert (found.value, found.precision) == ("2024-W10-WE", "weekend")


def test_toen_opening_a_clause_of_its_own_after_the_verb_points_nowhere():
    text = 'In januari lekte het plan uit. "Dit is slecht nieuws", zei de econoom toen hij de cijfers zag.'
    times = [timex(text, "januari", "2024-01")]
    assert date_alone(text, times, "Dit is slecht nieuws", "direct", "de econoom", "de econoom", "zei").basis == "publication"
    text = 'In januari lekte het plan uit. "Dit is slecht nieuws", zei de econoom toen Jansen belde.'
    assert date_alone(text, times, "Dit is slecht nieuws", "direct", "de econoom", "de econoom", "zei").basis == "publication"
    text = 'In januari lekte het plan uit. "Dit is slecht nieuws", zei de econoom toen al.'  # the adverb
    assert date_alone(text, times, "Dit is slecht nieuws", "direct", "de econoom", "de econoom", "zei").value == "2024-01"


def test_a_date_where_a_state_ends_is_not_when_words_were_said():
    text = '"We gaan door", zei de minister, tot 2019 burgemeester van de stad.'
    found = date_alone(text, [timex(text, "2019", "2019")], "We gaan door", "direct", "per:x", "de minister", "zei")
    assert found.basis == "publication"


def test_a_date_inside_the_report_around_a_quoted_phrase_is_what_was_said():
    text = "De minister verklaarde dat in februari al bekeken werd 'of en wanneer' de brug opengaat."
    sentence_of = sentences(text)
    report = occasion(text, "in februari al bekeken werd 'of en wanneer' de brug opengaat", "indirect", "per:x",
                      sentence_of, "De minister", cue="verklaarde")
    phrase = occasion(text, "of en wanneer", "direct", "per:x", sentence_of, "De minister", cue="verklaarde")
    times = [timex(text, "februari", "2024-02")]
    assert date_quote(phrase, [report, phrase], times, text, sentence_of).basis == "publication"
    # the same phrase with no report around it: the date stands in its speech clause
    assert date_quote(phrase, [phrase], times, text, sentence_of).value == "2024-02"


def test_a_strong_past_cue_carries_the_date_of_the_speakers_earlier_words():
    # 'klonk het' is the past of 'klinkt het': the words were said when the sentence before says
    text = 'De wethouder bevestigde maandag dat het plan er komt. "We wachten niet langer", klonk het.'
    sentence_of = sentences(text)
    first = occasion(text, "het plan er komt", "indirect", "per:w", sentence_of, "De wethouder", cue="bevestigde")
    second = occasion(text, "We wachten niet langer", "direct", "per:w", sentence_of, "De wethouder", cue="klonk het")
    times = [timex(text, "maandag", "2024-03-11")]
    assert date_quote(second, [first, second], times, text, sentence_of).value == "2024-03-11"
    present = occasion(text, "We wachten niet langer", "direct", "per:w", sentence_of, "De wethouder", cue="klinkt het")
    assert date_quote(present, [first, present], times, text, sentence_of).basis == "publication"


def test_weak_and_strong_past_speech_verbs_read_as_past():
    for past in ("meende", "verweet", "klonk", "meldden", "zeiden"):
        assert past in WORDS.past_forms, past
    for present in ("meent", "melden", "klinkt", "zegt", "verwijt"):
        assert present not in WORDS.past_forms, present


def test_a_date_in_another_quotes_words_does_not_date_this_one():
    text = 'De haven liet weten de schepen van woensdag niet te lossen en waarschuwde voor lange files.'
    sentence_of = sentences(text)
    first = occasion(text, "de schepen van woensdag niet te lossen", "indirect", "org:haven", sentence_of, "De haven")
    second = occasion(text, "lange files", "indirect", "org:haven", sentence_of, "De haven")
    times = [timex(text, "woensdag", "2024-03-13")]
    assert date_quote(second, [first, second], times, text, sentence_of).basis == "publication"


def test_a_date_in_the_question_put_to_the_speaker_is_not_when_he_answered():
    text = 'Gevraagd of het lukt tegen september antwoordde de voorzitter: "We doen ons best."'
    times = [timex(text, "september", "2023-09")]  # read back to last year, as a past-tense sentence does
    found = date_alone(text, times, "We doen ons best.", "direct", "per:v", "de voorzitter", cue="antwoordde")
    assert found.basis == "publication"
    said = 'Vorige week antwoordde de voorzitter: "We doen ons best."'
    times = [timex(said, "Vorige week", "2024-W10")]
    assert date_alone(said, times, "We doen ons best.", "direct", "per:v", "de voorzitter", cue="antwoordde").value == "2024-W10"


def test_a_quote_without_a_cue_takes_the_tense_of_the_sentence_that_introduces_its_speaker():
    text = 'Toen minister Kuiper vorige week reageerde, hekelde ze de directies. "Zij dragen de verantwoordelijkheid."'
    times = [timex(text, "vorige week", "2024-W10")]
    found = date_alone(text, times, "Zij dragen de verantwoordelijkheid.", "direct", "per:m", "Kuiper",
                       named=("Kuiper",))
    assert found.value == "2024-W10"
    today = 'Toen minister Kuiper vorige week reageerde, kreeg ze kritiek. Nu hekelt ze de directies. "Zij dragen het."'
    times = [timex(today, "vorige week", "2024-W10")]
    found = date_alone(today, times, "Zij dragen het.", "direct", "per:m", "Kuiper", named=("Kuiper",))
    assert found.basis == "publication"


def test_a_victory_speech_was_given_when_the_article_says_the_speaker_won():
    text = ('De kandidate heeft dinsdag de verkiezingen gewonnen. Ze dankt haar kiezers.\n'
            '"Dit is een nieuw begin", zei ze in haar overwinningstoespraak.')
    times = [timex(text, "dinsdag", "2024-03-12")]
    found = date_alone(text, times, "Dit is een nieuw begin", "direct", "per:k", "ze", cue="zei")
    assert (found.value, found.basis) == ("2024-03-12", "narrative")
    today = text.replace("zei ze", "zegt ze")  # said today, looking back on the victory speech
    times = [timex(today, "dinsdag", "2024-03-12")]
    assert date_alone(today, times, "Dit is een nieuw begin", "direct", "per:k", "ze", cue="zegt").basis == "publication"


def test_an_occasion_without_a_dated_event_leaves_the_publication_date():
    text = 'De kandidate sprak dinsdag in Gent.\n"Dit is een nieuw begin", zei ze in haar overwinningstoespraak.'
    times = [timex(text, "dinsdag", "2024-03-12")]  # a date, but not of a victory
    assert date_alone(text, times, "Dit is een nieuw begin", "direct", "per:k", "ze", cue="zei").basis == "publication"


def test_a_quote_going_on_after_a_named_call_takes_the_calls_date():
    text = ('Woensdag belde de president met de premier.\nNa dat telefoongesprek zei de premier dat hij '
            'doorgaat. De premier zei zeker te zijn van zijn zaak.')
    sentence_of = sentences(text)
    first = occasion(text, "hij doorgaat", "indirect", "per:p", sentence_of, "de premier dat", cue="zei")
    second = occasion(text, "zeker te zijn van zijn zaak", "indirect", "per:p", sentence_of, "De premier zei",
                      cue="zei")
    times = [timex(text, "Woensdag", "2024-03-13")]
    assert date_quote(second, [first, second], times, text, sentence_of).value == "2024-03-13"


def test_of_the_dates_of_the_event_sentence_the_one_beside_the_event_word():
    text = ('De minister kreeg woensdag in het debat over de onrust van deze week het woord.\n'
            'Het voorstel vond hij onzin, zei hij tijdens het debat.')
    times = [timex(text, "woensdag", "2024-03-13"), timex(text, "deze week", "2024-W11")]
    found = date_alone(text, times, "Het voorstel vond hij onzin", "indirect", "per:m", "hij tijdens", cue="zei")
    assert found.value == "2024-03-13"


def test_after_talks_the_quote_takes_the_day_the_guests_were_received():
    text = ('De leiders werden maandag door de president ontvangen.\n'
            'Na overleg met de leiders zei de president dat er een top komt.')
    times = [timex(text, "maandag", "2024-03-11")]
    found = date_alone(text, times, "er een top komt", "indirect", "per:p", "de president dat", cue="zei")
    assert found.value == "2024-03-11"


def test_a_date_telling_which_thing_a_noun_is_is_not_when_words_were_said():
    text = '"Dat lossen we op", antwoordde de leider, verwijzend naar zijn rede uit 2019 in de Kamer.'
    found = date_alone(text, [timex(text, "2019", "2019")], "Dat lossen we op", "direct", "per:l", "de leider", "antwoordde")
    assert found.basis == "publication"
    said = '"Dat lossen we op", antwoordde de leider in 2019 in de Kamer.'  # no noun before it: the speech's
    assert date_alone(said, [timex(said, "2019", "2019")], "Dat lossen we op", "direct", "per:l", "de leider",
                      "antwoordde").value == "2019"


def test_a_date_in_a_dat_clause_before_the_quote_is_what_that_clause_reports():
    text = 'De voorzitter gelooft dat de top doorgaat in mei, en "het overleg stond vandaag in het teken daarvan".'
    found = date_alone(text, [timex(text, "mei", "2023-05")], "het overleg stond vandaag in het teken daarvan",
                       "direct", "per:v", "De voorzitter")
    assert found.basis == "publication"
    said = 'Dat zei de voorzitter maandag: "Het overleg stond in het teken daarvan."'  # opening 'Dat': no clause
    assert date_alone(said, [timex(said, "maandag", "2024-03-11")], "Het overleg stond in het teken daarvan.",
                      "direct", "per:v", "de voorzitter", "zei").value == "2024-03-11"


def test_a_dated_sentence_describing_the_speaker_tells_what_they_did_not_when_they_spoke():
    text = ('De burgemeester opende vrijdagavond de nieuwe brug over het kanaal. '
            'Het werd tijd voor een betere verbinding, zei de burgemeester.')
    times = [timex(text, "vrijdagavond", "2024-03-08TEV")]
    quoted = "Het werd tijd voor een betere verbinding"
    found = date_alone(text, times, quoted, "direct", "per:b", "de burgemeester", "zei",
                       described=("De burgemeester",))
    assert found.basis == "publication"
    named = text.replace("De burgemeester opende", "Burgemeester Dijkstra opende")
    found = date_alone(named, times, quoted, "direct", "per:b", "de burgemeester", "zei", named=("Dijkstra",))
    assert (found.value, found.basis) == ("2024-03-08TEV", "narrative")


def test_a_mention_calls_its_entity_by_name_when_its_last_word_is_in_the_name():
    from nieuwsgraaf.quotes.finder import _by_name
    assert _by_name("Dijkstra", "Anna Dijkstra")
    assert _by_name("De Graaf", "Pieter de Graaf")
    assert not _by_name("De burgemeester", "Anna Dijkstra")
    assert not _by_name("De Friese burgemeester", "Anna Dijkstra")
