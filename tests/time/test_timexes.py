"""The temporal tagger on the seeds' own expressions and on each construction."""

from __future__ import annotations

from datetime import date

import pytest

from nieuwsgraaf.records import DateValue
from nieuwsgraaf.time import find_timexes
from nieuwsgraaf.time.calendar import nearest_weekday
from nieuwsgraaf.time.dating import date_fact, not_after_publication

DAY = DateValue("2025-09-29", "day")  # a Monday
MONTH = DateValue("2017-11", "month")


def tag(text: str, published: DateValue | None = DAY) -> dict[str, tuple]:
    return {t.text: (t.type, t.value, t.mod) for t in find_timexes(text, published)}


def test_seed_2025_expressions():
    found = tag("Hij had dat begin 2019 opgenomen. Het boek verschijnt volgende week ook in het Nederlands.")
    assert found == {"begin 2019": ("DATE", "2019", "START"), "volgende week": ("DATE", "2025-W41", None)}


def test_seed_2017_expressions_with_month_precision():
    text = ("In juli ontmoetten Trump en Poetin elkaar. Vandaag vertrekt Trump voor een twaalfdaagse rondreis. "
            "Verwacht wordt dat Trump op de APEC-top, die op 9 en 10 november plaatsgrijpt, Poetin zal ontmoeten. "
            "Het Witte Huis kondigde vorige maand aan dat het gesprek meer dan twee uur duurde.")
    found = tag(text, MONTH)
    assert found["juli"] == ("DATE", "2017-07", None)
    assert found["Vandaag"] == ("DATE", "2017-11", None)  # the day is unknown: the month the anchor gives
    assert found["twaalfdaagse"] == ("DURATION", "P12D", None)
    assert found["9"] == ("DATE", "2017-11-09", None) and found["10 november"] == ("DATE", "2017-11-10", None)
    assert found["vorige maand"] == ("DATE", "2017-10", None)
    assert found["twee uur"] == ("DURATION", "PT2H", None)


@pytest.mark.parametrize("text, expression, value", [
    ("De minister maakte vrijdag bekend dat hij stopt.", "vrijdag", "2025-09-26"),
    ("De ministers zullen vrijdag opnieuw vergaderen.", "vrijdag", "2025-10-03"),
    ("Afgelopen maandag viel het kabinet.", "Afgelopen maandag", "2025-09-22"),
    ("Hij sprak maandagavond in Den Haag.", "maandagavond", "2025-09-29TEV"),
    ("Gisteravond om 20.30 uur sprak hij.", "20.30 uur", "2025-09-28T20:30"),
    ("Het gebeurde eergisteren in Gent.", "eergisteren", "2025-09-27"),
    ("Drie jaar geleden begon de oorlog.", "Drie jaar geleden", "2022"),
    ("Over twee weken valt het besluit.", "Over twee weken", "2025-W42"),
    ("De top is op 5 oktober 2025.", "5 oktober 2025", "2025-10-05"),
    ("De uitspraak volgt op 5/10/2025.", "5/10/2025", "2025-10-05"),
    ("In de zomer van 2018 was het heet.", "zomer van 2018", "2018-SU"),
    ("De groei in het eerste kwartaal van 2019 viel tegen.", "eerste kwartaal van 2019", "2019-Q1"),
    ("In de jaren negentig was dat anders.", "jaren negentig", "199"),
    ("De NAVO vergadert jaarlijks.", "jaarlijks", "P1Y"),
    ("Het gesprek duurde een halfuur.", "een halfuur", "PT30M"),
    ("Vorig jaar daalde de inflatie.", "Vorig jaar", "2024"),
    ("Om kwart over drie 's middags begon de zitting.", "kwart over drie 's middags", "2025-09-29T15:15"),
])
def test_constructions(text, expression, value):
    assert tag(text)[expression][1] == value


def test_anaphoric_expressions_follow_the_last_date():
    found = tag("Op 3 maart landde hij in Peking. Een dag later ontmoette hij Xi. Die avond dineerden ze.")
    assert found["Een dag later"][1] == "2025-03-04"
    assert found["Die avond"][1] == "2025-03-04TEV"


def test_the_same_part_of_the_day_follows_the_last_date():
    found = tag("Op 3 maart brak er brand uit. De burgemeester sprak diezelfde ochtend de pers toe.")
    assert found["diezelfde ochtend"][:2] == ("TIME", "2025-03-03TMO")
    assert tag("Op 3 maart stemde de raad. Dezelfde avond viel het college.")["Dezelfde avond"][1] == "2025-03-03TEV"


def test_without_publication_date_only_absolute_expressions_resolve():
    found = tag("Gisteren zei hij dat de top op 5 oktober 2025 begint.", None)
    assert found == {"Gisteren": ("DATE", None, None), "5 oktober 2025": ("DATE", "2025-10-05", None)}


def test_counts_are_not_years():
    assert "2000" not in tag("Er demonstreerden 2000 mensen in Brussel.")
    assert tag("In 2019 demonstreerden veel mensen.")["2019"][1] == "2019"


def test_augustus_the_name_is_no_month():
    assert tag("Keizer Augustus regeerde lang.") == {}


def test_a_month_abbreviation_alone_is_a_name():
    assert tag("Jan Peeters zegt dat de begroting klaar is.") == {}
    assert tag("Volgens Mar de Vries klopt dat niet.") == {}


def test_a_month_abbreviation_with_a_day_or_year_is_a_month():
    found = tag("Op 3 jan. 2020 begon het, op 4 sept sloot het en in juni en juli bleef het stil.")
    assert found["3 jan. 2020"][1] == "2020-01-03"
    assert found["4 sept"][1] == "2025-09-04"
    assert found["juni"][1] == "2025-06" and found["juli"][1] == "2025-07"


@pytest.mark.parametrize("anchor, weekday, direction, expected", [
    (date(2025, 9, 29), 1, "past", date(2025, 9, 29)),
    (date(2025, 9, 29), 1, "before", date(2025, 9, 22)),
    (date(2025, 9, 29), 5, "future", date(2025, 10, 3)),
    (date(2025, 9, 29), 1, "after", date(2025, 10, 6)),
])
def test_nearest_weekday(anchor, weekday, direction, expected):
    assert nearest_weekday(anchor, weekday, direction) == expected


def test_fact_dating_bases():
    text = "Op 3 maart 2024 landde hij in Peking. Gisteren vertrok hij. Hij is moe. Het is voorbij."
    timexes = find_timexes(text, DAY)
    first = (0, text.index("Gisteren") - 1)
    second = (text.index("Gisteren"), text.index("Hij is"))
    third = (text.index("Hij is"), len(text))
    assert date_fact(timexes, first, 20, DAY).basis == "explicit"
    relative = date_fact(timexes, second, second[0] + 10, DAY)
    assert (relative.value, relative.basis) == ("2025-09-28", "relative")
    narrative = date_fact(timexes, third, third[0] + 4, DAY)
    assert (narrative.value, narrative.basis) == ("2025-09-28", "narrative")
    assert date_fact([], third, third[0], DAY).basis == "publication"
    assert date_fact([], third, third[0], None).value is None


def test_a_day_inside_a_month_only_publication_month_is_not_after_the_article():
    from nieuwsgraaf.records import FactDate

    inside = FactDate("2017-11-06", "day", "explicit")
    assert not_after_publication(inside, MONTH) == inside
    later = not_after_publication(FactDate("2017-12-01", "day", "explicit"), MONTH)
    assert (later.value, later.basis) == ("2017-11", "publication")
    assert not_after_publication(FactDate("2025-09-30", "day", "relative"), DAY).value == "2025-09-29"


def test_timexes_reach_the_document(pipeline):
    from nieuwsgraaf.clean.normalize import article_id
    from nieuwsgraaf.nlp import doc_to_analysis
    from nieuwsgraaf.records import Article

    text = "De minister zei gisteren dat de wet volgend jaar ingaat."
    article = Article(article_id(text), text, None, None, None, None, DAY, "nl", 1.0, "t", "txt")
    doc = pipeline.nlp.make_doc(text)
    doc._.ng_published = DAY
    analysis = doc_to_analysis(pipeline.nlp(doc), article, pipeline.name)
    assert [(t.text, t.value) for t in analysis.timexes] == [("gisteren", "2025-09-28"), ("volgend jaar", "2026")]
    for timex in analysis.timexes:
        assert text[timex.start:timex.end] == timex.text


@pytest.mark.parametrize("text, expression, value", [
    ("Met Pasen ging hij naar huis.", "Pasen", "2024-03-31"),
    ("Op Prinsjesdag 2024 presenteerde het kabinet de begroting.", "Prinsjesdag 2024", "2024-09-17"),
    ("Na Pinksteren 2024 was het rustig.", "Pinksteren 2024", "2024-05-19"),
    ("Op Koningsdag gaat de koning naar Doetinchem.", "Koningsdag", "2025-04-27"),
    ("Tweede kerstdag 2019 viel op een donderdag.", "Tweede kerstdag 2019", "2019-12-26"),
    ("Het kabinet wacht nog een halfjaar.", "een halfjaar", "P6M"),
    ("Trump tweette op March 3, 2024 dat hij had gewonnen.", "March 3, 2024", "2024-03-03"),
    ("Het akkoord van May 25th, 2017 geldt nog steeds.", "May 25th, 2017", "2017-05-25"),
    ("Het plan komt in de eerste helft van volgend jaar.", "eerste helft van volgend jaar", "2026-H1"),
    ("In het tweede kwartaal van vorig jaar kromp de economie.", "tweede kwartaal van vorig jaar", "2024-Q2"),
    ("De ECB heeft de rente nu vier keer verhoogd.", "nu", "PRESENT_REF"),
    ("Straks komt het plan, vroeger was dat anders.", "Straks", "FUTURE_REF"),
    ("Straks komt het plan, vroeger was dat anders.", "vroeger", "PAST_REF"),
])
def test_holidays_english_dates_and_parts_of_relative_years(text, expression, value):
    found = {t.text: t.value for t in find_timexes(text, DateValue("2025-03-10", "day"))}
    assert found[expression] == value


def test_now_as_an_idiom_or_an_outlet_is_no_timex():
    assert find_timexes("Het kabinet is nu eenmaal traag, meldt NU.nl.", DateValue("2025-03-10", "day")) == []


def test_matching_on_lower_cased_text_finds_what_the_case_insensitive_patterns_find():
    from nieuwsgraaf.time.tagger import default_tagger

    tagger = default_tagger()
    text = ("OP MAANDAG 3 MAART 2025 sprak Zomer met de krant De Morgen. Vorige Week kwam Q3 2024 ter sprake, "
            "en in Augustus volgt het Verslag over de Eerste Helft Van Volgend Jaar.")
    lowered = [(c.start, c.end, c.pattern.name, c.match.groupdict()) for c in tagger._candidates(text)]
    as_written = [(m.span("core") if "core" in p.regex.groupindex else m.span(), p.name, m.groupdict())
                  for p in tagger.patterns for m in p.regex.finditer(text)]
    assert [(s, e, name, groups) for (s, e), name, groups in as_written if e > s] == lowered
    assert any(groups.get("month") == "MAART" for *_, groups in lowered)  # groups keep the text's capitals


def test_a_text_whose_lower_case_changes_length_is_still_tagged():
    text = "İstanbul kreeg op 3 maart 2025 bezoek."  # 'İ' lower-cases to two characters
    assert len(text.lower()) != len(text)
    assert tag(text)["3 maart 2025"] == ("DATE", "2025-03-03", None)


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01", "0001", "9999-12-28", "9999-12"])
@pytest.mark.parametrize("text", ["Hij kwam woensdag aan.", "Vorige week sprak ze.", "Volgende maand begint het.",
                                  "Morgen valt het besluit.", "Gisteren was het druk."])
def test_anchors_at_the_ends_of_the_calendar_give_no_error(text, published):
    # a weekday before 1 January of year 1 does not exist: the expression gets no date, the run goes on
    precision = {10: "day", 7: "month", 4: "year"}[len(published)]
    find_timexes(text, DateValue(published, precision))


@pytest.mark.parametrize("text, published, expression, value", [
    ("Tijdens de paasvakantie ligt de Kamer stil.", DateValue("2024-03-20", "day"), "paasvakantie", "2024-03"),
    ("Na de feestdagen begint de verbouwing.", DateValue("2026-01-12", "day"), "feestdagen", "2025-12"),
    ("Op het einde van de maand zijn de cijfers bekend.", DAY, "einde van de maand", "2025-09"),
    ("In augustus 2023 viel het kabinet. Op het einde van de maand was er nog geen opvolger.", DAY,
     "einde van de maand", "2023-08"),
    ("Dat geschil duurt al drie decennia.", DAY, "drie decennia", "P3DE"),
    ("Uitgegeven: 12-3-2024, 09:41", DAY, "09:41", "2024-03-12T09:41"),
    ("Ze heeft het afgelopen jaar vaak gestaakt.", DAY, "afgelopen jaar", "P1Y"),
    ("De bond heeft in het weekend gestaakt.", DAY, "weekend", "2025-W39-WE"),
])
def test_holiday_seasons_parts_of_the_story_month_decades_and_stamps(text, published, expression, value):
    assert tag(text, published)[expression][1] == value


def test_a_vague_offset_is_a_point_without_value():
    assert tag("Weken later ging de school weer open.") == {"Weken later": ("DATE", None, None)}
    assert tag("Dat is minder dan jaren eerder.") == {}


@pytest.mark.parametrize("text", [
    "Nu de vakbonden instemmen, kan het akkoord worden getekend.",
    "De kosten stijgen, nu er meer aanvragen binnenkomen.",
    "Stel nu dat het water blijft stijgen.",
    "Het doet er niet toe of de wet nu wordt goedgekeurd of niet.",
])
def test_now_that_and_particle_now_are_no_timex(text):
    assert "Nu" not in tag(text) and "nu" not in tag(text)


def test_a_relative_clause_after_the_weekday_does_not_set_its_tense():
    wednesday = DateValue("2025-10-01", "day")
    found = tag("De minister beslist vrijdag over het plan, dat vorig jaar nog werd afgewezen.", wednesday)
    assert found["vrijdag"] == ("DATE", "2025-10-03", None)


def test_this_weekend_late_in_the_week_is_the_coming_one_even_in_the_past_tense():
    friday = DateValue("2025-10-03", "day")
    assert tag("Hij sprak zijn steun uit voor de kandidaat bij de stemming dit weekend.", friday)["dit weekend"][1] == \
        "2025-W40-WE"


def test_less_than_a_unit_and_vague_units_after_met():
    assert tag("Hij zat nog geen week in de regering.")["week"] == ("DURATION", "P1W", "LESS_THAN")
    assert tag("Een bestuurder met jaren ervaring.")["jaren"] == ("DURATION", "PXY", None)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("De bond wil in de toekomst vaker overleg.", "toekomst", "FUTURE_REF"),
    ("Dat is in het verleden al twee keer misgegaan.", "verleden", "PAST_REF"),
    ("Op dit moment zijn er geen gesprekken.", "dit moment", "PRESENT_REF"),
    ("De druk is de laatste tijd flink toegenomen.", "laatste tijd", "PAST_REF"),
])
def test_vague_reference_nouns_after_their_article(text, expression, value):
    assert tag(text)[expression] == ("DATE", value, None)


def test_verleden_before_a_unit_stays_a_date_and_toekomstige_is_no_timex():
    found = tag("Het verleden jaar geopende museum toont toekomstige plannen.")
    assert found == {"verleden jaar": ("DATE", "2024", None)}


def test_adjectival_long_durations():
    assert tag("Na wekenlange staking en decennialange twist kwam er een akkoord.") == {
        "wekenlange": ("DURATION", "PXW", None), "decennialange": ("DURATION", "PXDE", None)}


def test_days_or_weeks_ago_from_a_month_dated_article_are_that_month():
    found = tag("Drie dagen geleden viel de stroom uit, twee maanden geleden ook.", DateValue("2021-06", "month"))
    assert found == {"Drie dagen geleden": ("DATE", "2021-06", None), "twee maanden geleden": ("DATE", "2021-04", None)}
    assert tag("Vijf weken geleden begon het.", DateValue("2021", "year"))["Vijf weken geleden"][1] is None


def test_the_weekday_of_a_day_and_month_picks_the_year():
    # 2025-09-29 is a Monday; a past clause puts '3 oktober' in 2024, but Friday 3 October is 2025
    assert tag("Het bestuur besliste vrijdag 3 oktober over de fusie.")["vrijdag 3 oktober"][1] == "2025-10-03"
    assert tag("Het bestuur besliste 3 oktober over de fusie.")["3 oktober"][1] == "2024-10-03"


def test_day_and_month_of_a_relative_year():
    assert tag("Het verzoek kwam op 2 mei vorig jaar binnen.")["2 mei vorig jaar"] == ("DATE", "2024-05-02", None)


def test_binnen_with_a_count_is_a_duration_and_over_a_point():
    assert tag("Binnen vijf jaar moet de dijk klaar zijn.") == {"vijf jaar": ("DURATION", "P5Y", None)}
    assert tag("Over vijf jaar moet de dijk klaar zijn.") == {"Over vijf jaar": ("DATE", "2030", None)}


def test_an_adverbial_clause_after_the_weekday_does_not_set_its_tense():
    # Monday 2025-09-29: 'moet' is present; the past 'was' belongs to the clause opened by 'nadat'
    found = tag("De minister moet woensdag uitleg geven nadat hij in opspraak was geraakt.")
    assert found["woensdag"][1] == "2025-10-01"


def test_op_een_dag_is_no_duration_but_een_dag_is():
    assert tag("Misschien zien ze op een dag hun fout in.") == {}
    assert tag("De staking duurde een dag.") == {"een dag": ("DURATION", "P1D", None)}


def test_every_part_of_day_is_a_set():
    assert tag("Elke nacht rijden er treinen.") == {"Elke nacht": ("SET", "XXXX-XX-XXTNI", None)}


def test_black_friday_follows_the_fourth_thursday_of_november():
    # 2024: 1 November is a Friday, so the fourth Thursday is the 28th and Black Friday the 29th
    assert tag("Rond Black Friday is het druk.", DateValue("2024-11-10", "day"))["Black Friday"][1] == "2024-11-29"


def test_a_small_or_good_half_year():
    assert tag("Het duurde een goed half jaar.")["half jaar"] == ("DURATION", "P6M", "MORE_THAN")
    assert tag("Het duurde een klein half jaar.")["half jaar"] == ("DURATION", "P6M", "LESS_THAN")


def test_an_hour_in_words_after_om_and_midnight_are_clock_times():
    found = tag("Hij vertrekt om zes uur 's avonds en is rond middernacht thuis.")
    assert found == {"zes uur 's avonds": ("TIME", "2025-09-29T18:00", None),
                     "middernacht": ("TIME", "2025-09-29T24:00", None)}
    assert tag("Het debat duurde drie uur.") == {"drie uur": ("DURATION", "PT3H", None)}


def test_vorige_nacht_is_last_night_but_de_vorige_nacht_follows_the_story():
    assert tag("De brand woedde vorige nacht.")["vorige nacht"] == ("TIME", "2025-09-28TNI", None)
    text = "Op 3 mei werd hij opgepakt. De vorige nacht had hij nog gefeest."
    assert tag(text)["vorige nacht"] == ("TIME", "2025-05-02TNI", None)


def test_a_capitalised_weekday_after_de_is_a_newspaper():
    assert "Zondag" not in tag("Dat zei hij tegen De Zondag.")


def test_deep_in_the_night_spans_the_part_of_day():
    assert tag("Midden in de nacht ging het alarm af.") == {"nacht": ("TIME", "2025-09-29TNI", None)}


def test_a_past_day_and_month_soon_after_a_date_of_an_earlier_year_stays_in_that_year():
    text = "Het bezwaar kwam op 10 juni 2022 binnen. Op 2 juli werd het afgewezen."
    assert tag(text)["2 juli"][1] == "2022-07-02"
    # months later than a season after the story's date: the publication's year as before
    text = "Het bezwaar kwam op 10 januari 2024 binnen. Op 2 september werd het afgewezen."
    assert tag(text)["2 september"][1] == "2025-09-02"


def test_every_day_of_a_list_sharing_one_month_is_a_date():
    found = tag("De kermis staat op 3, 4 en 5 oktober op het plein.")
    assert [found[t][1] for t in ("3", "4", "5 oktober")] == ["2025-10-03", "2025-10-04", "2025-10-05"]


def test_a_past_day_and_month_right_after_an_earlier_year_is_in_that_year():
    assert tag("Het beste jaar was 2011. Toen won hij op 12 mei.")["12 mei"][1] == "2011-05-12"
    # a later paragraph no longer speaks of that year
    assert tag("Het beste jaar was 2011.\nToen won hij op 12 mei.")["12 mei"][1] == "2025-05-12"


def test_coordinated_bare_plurals_and_plurals_after_binnen_are_vague_durations():
    found = tag("Het kan binnen weken of maanden gebeuren, na dagen van overleg.")
    assert found == {"weken": ("DURATION", "PXW", None), "maanden": ("DURATION", "PXM", None),
                     "dagen": ("DURATION", "PXD", None)}
    assert "dagen" not in tag("Op dagen met veel wind blijft de veerboot liggen.")


def test_a_deadline_takes_the_nearest_month_whatever_the_tense():
    # the past 'beloofde' would put February a year back
    assert tag("Hij beloofde een oplossing tegen februari.", DateValue("2025-11", "month"))["februari"][1] == "2026-02"
    text = "Het parlement verlengde de noodwet tot 15 januari."
    assert tag(text, DateValue("2025-12-10", "day"))["15 januari"][1] == "2026-01-15"
    # a weekday keeps its tense: the Monday after the coming Thursday
    found = tag("De staking zal van donderdag tot maandag duren.", DateValue("2025-09-30", "day"))
    assert found["maandag"][1] == "2025-10-06"


def test_a_timex_in_a_report_tail_takes_the_tense_of_the_report():
    found = tag("De ploeg zal verder spelen, zo meldden kranten maandagavond.", DateValue("2025-09-30", "day"))
    assert found["maandagavond"] == ("TIME", "2025-09-29TEV", None)


def test_die_dag_after_a_week_or_month_names_that_week_or_month():
    text = "Vorige week werd een mars verboden. Toch liepen die dag veel mensen mee."
    assert tag(text)["die dag"] == ("DATE", "2025-W39", None)
    assert tag(text, DateValue("2025-09", "month"))["die dag"] == ("DATE", "2025-09", None)


def test_afgelopen_nacht_is_the_night_into_the_publication_day_and_destijds_no_timex():
    assert tag("De brandweer rukte afgelopen nacht uit.") == {"afgelopen nacht": ("TIME", "2025-09-29TNI", None)}
    assert tag("Die daad gaf destijds veel ophef.") == {}


def test_a_full_stop_after_juli_ends_the_sentence():
    assert "30 juli" in tag("Het gebeurde op 30 juli. Daarna werd het stil.")


def test_within_one_unit_and_uninflected_day_adjectives_are_durations():
    assert tag("Er moet binnen de maand een akkoord liggen.") == {"maand": ("DURATION", "P1M", None)}
    assert tag("Ze kregen een zestigdaags uitstel.") == {"zestigdaags": ("DURATION", "P60D", None)}


def test_a_counted_span_of_hours_keeps_komende_or_jongste():
    assert tag("De noodtoestand geldt de komende 48 uur.") == {"komende 48 uur": ("DURATION", "PT48H", None)}
    assert tag("Wat gebeurde de jongste 24 uur?") == {"jongste 24 uur": ("DURATION", "PT24H", None)}


def test_a_clause_coordinated_after_the_timex_does_not_set_its_tense():
    found = tag("Zij denkt dat de koning komt eind mei, en het gesprek van gisteren was kort.",
                DateValue("2025-03", "month"))
    assert found["eind mei"] == ("DATE", "2025-05", "END")


@pytest.mark.parametrize("text, expression, value", [
    ("Een half jaar terug verloor de partij haar zetel.", "Een half jaar terug", "2025-03"),
    ("Een halve eeuw geleden ging de fabriek dicht.", "Een halve eeuw geleden", "1975"),
])
def test_half_a_unit_ago_is_a_date(text, expression, value):
    assert tag(text)[expression] == ("DATE", value, None)


def test_half_a_day_is_twelve_hours_and_a_fraction_of_a_minute_is_seconds():
    assert tag("De blokkade hield een halve dag aan.")["een halve dag"] == ("DURATION", "PT12H", None)
    assert tag("De stilte duurde 1,5 minuut.")["1,5 minuut"] == ("DURATION", "PT1M30S", None)


def test_a_headline_count_without_article_is_a_vague_duration():
    assert tag("Minister: paar weken rust")["paar weken"] == ("DURATION", "PXW", None)


def test_a_byline_stamp_with_a_two_digit_year():
    found = tag("Van onze verslaggever − 03/02/17, 08:15 − bron: ANP", DateValue("2017-02-03", "day"))
    assert found["03/02/17"] == ("DATE", "2017-02-03", None)
    assert found["08:15"] == ("TIME", "2017-02-03T08:15", None)
    assert tag("Het werd 3/1/24 na verlenging.") == {}


def test_the_coming_time_and_recent_are_vague_references():
    assert tag("Het bestuur wil de komende tijd nadenken.")["komende tijd"] == ("DATE", "FUTURE_REF", None)
    assert tag("Hij is recent verhuisd.")["recent"] == ("DATE", "PAST_REF", None)
    assert "recent" not in tag("Uit een recent onderzoek blijkt dat.")


def test_noon_and_a_short_while_later():
    found = tag("Zaterdag begon de mars. Rond het middaguur stopte hij en korte tijd later ging hij verder.")
    assert found["middaguur"] == ("TIME", "2025-09-27T12:00", None)
    assert found["korte tijd later"] == ("TIME", None, None)


def test_a_bare_part_of_the_day_after_in_de():
    assert tag("De minister belde in de ochtend met zijn ambtgenoot.")["ochtend"] == ("TIME", "2025-09-29TMO", None)
    assert tag("Zij sprak in de avond met de pers.", MONTH)["avond"] == ("TIME", None, None)
    # a day after it names the night itself: no bare part of the day
    assert "nacht" not in tag("De brand woedde in de nacht van zaterdag op zondag.")


def test_earlier_in_the_day_is_the_publication_day():
    assert tag("De premier had eerder op de dag al met de koning gesproken.")["dag"] == ("DATE", "2025-09-29", None)
    assert tag("Later op de dag volgde een verklaring.", MONTH)["dag"] == ("DATE", "2017-11", None)
    assert tag("Eerder op de dag viel het besluit.", None)["dag"] == ("DATE", None, None)


def test_small_hours_after_a_weekday_night_fall_on_the_next_day():
    found = tag("Zaterdagnacht om drie uur werd het alarm geslagen.")
    assert found["drie uur"] == ("TIME", "2025-09-28T03:00", None)
    assert tag("Zaterdagnacht om 23.00 uur begon het.")["23.00 uur"] == ("TIME", "2025-09-27T23:00", None)
    # 'vannacht' already names the night that ends on the publication day
    assert tag("Vannacht om drie uur sloeg de bliksem in.")["drie uur"] == ("TIME", "2025-09-29T03:00", None)


@pytest.mark.parametrize("text", [
    "De partijen praten verder, maar nu de begroting rond is, wordt het rustiger.",
    "Zij trekt zich terug, en nu haar opvolger bekend is, vertrekt ze snel.",
])
def test_now_that_after_a_coordinator_is_no_time(text):
    assert "nu" not in tag(text)


def test_now_after_a_coordinator_with_a_verb_next_is_time():
    assert tag("Eerst weigerde hij, maar nu is hij bereid.")["nu"] == ("DATE", "PRESENT_REF", None)


def test_this_weekday_and_a_month_of_last_year_keep_their_word():
    assert tag("Deze vrijdag beslist de regering.")["Deze vrijdag"] == ("DATE", "2025-10-03", None)
    assert tag("De aanslag vond plaats in mei afgelopen jaar.")["mei afgelopen jaar"] == ("DATE", "2024-05", None)


def test_plural_strike_and_working_days_are_durations():
    assert tag("Tijdens de twee stakingsdagen rijden er geen bussen.")["twee stakingsdagen"] == ("DURATION", "P2D", None)
    assert tag("Het antwoord volgt binnen tien werkdagen.")["tien werkdagen"] == ("DURATION", "P10D", None)
    assert tag("De bond houdt een actiedag in Brussel.") == {}


def test_a_sentence_opening_with_a_weekday_has_its_own_tense():
    # the perfect of the sentence before must not make 'Donderdag' past
    found = tag("De ministers hebben lang vergaderd. Donderdag volgt waarschijnlijk een besluit.")
    assert found["Donderdag"] == ("DATE", "2025-10-02", None)


def test_an_announced_date_lies_ahead_but_not_the_day_of_announcing():
    month = DateValue("2024-08", "month")
    assert tag("De vakbond heeft een staking voor 14 oktober aangekondigd.", month)["14 oktober"][1] == "2024-10-14"
    assert tag("In oktober kondigde de vakbond een staking aan.", month)["oktober"][1] == "2023-10"


def test_a_past_unit_with_its_article_is_a_span_of_one_unit():
    assert tag("Ze lag de afgelopen dag onder vuur.")["afgelopen dag"] == ("DURATION", "P1D", None)
    assert tag("Hij vertrok afgelopen week naar Brussel.")["afgelopen week"] == ("DATE", "2025-W39", None)


def test_an_hour_on_a_part_of_today_is_a_clock_time():
    assert tag("Ze landde rond 21.15 vanavond in Zaventem.")["21.15 vanavond"] == ("TIME", "2025-09-29T21:15", None)
    assert tag("Ze praatte een uur vanmiddag met de pers.")["een uur"] == ("DURATION", "PT1H", None)


def test_a_feast_holiday_under_a_month_date_stays_in_that_month():
    assert tag("Na de paasdagen wordt er verder gepraat.", DateValue("2021-04", "month"))["paasdagen"][1] == "2021-04"
