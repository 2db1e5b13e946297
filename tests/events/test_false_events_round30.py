"""False events of session 18 (evprec29, docs/events.md §35): senses and uses of trigger words that name no
event of their type, on sentences of our own."""

from __future__ import annotations

from written import events_of, types_on


def test_preventing_a_state_of_affairs_is_no_rejection(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Minister Hugo de Jonge wil voorkomen dat de gemeenten boetes moeten "
                       "betalen.", "2021-03-02")
    assert "REJECT" not in types_on(events, "voorkomen")


def test_preventing_a_plan_stays_a_rejection(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De VVD wil de sluiting van de kazerne voorkomen.", "2021-03-02")
    assert "REJECT" in types_on(events, "voorkomen")


def test_denying_a_fact_is_no_rejection(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Minister Karin Smit ontkent dat zij de brief heeft gelezen.",
                       "2021-03-02")
    assert "REJECT" not in types_on(events, "ontkent")


def test_taking_responsibility_is_no_concession(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Minister Karin Smit neemt de volle verantwoordelijkheid voor de "
                       "fouten van haar ministerie.", "2021-03-02")
    assert types_on(events, "verantwoordelijkheid") == []


def test_released_after_questioning_is_no_accusation(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De politie arresteerde dinsdag een activist in Utrecht. De man werd "
                       "na verhoor vrijgelaten.", "2021-03-02")
    assert types_on(events, "verhoor") == []


def test_vervolgt_after_a_quote_goes_on_saying(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, '"Wij blijven in gesprek met de provincies", vervolgt minister Karin '
                       "Smit.", "2021-03-02")
    assert types_on(events, "vervolgt") == []


def test_vervolgen_with_an_object_is_a_prosecution(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Het Openbaar Ministerie vervolgt Geert Wilders voor "
                       "groepsbelediging.", "2021-03-02")
    assert "ACCUSE" in types_on(events, "vervolgt")


def test_leaving_a_country_is_no_withdrawal(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Turkse minister moest van de Nederlandse regering het land "
                       "verlaten.", "2021-03-02")
    assert "SANCTION" not in types_on(events, "verlaten")


def test_leaving_an_organisation_stays_a_withdrawal(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Het Verenigd Koninkrijk zal de Europese Unie in maart verlaten.",
                       "2021-03-02")
    assert "SANCTION" in types_on(events, "verlaten")


def test_a_trade_war_is_a_state(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Europese Commissie vreest een handelsoorlog met de Verenigde "
                       "Staten.", "2021-03-02")
    assert types_on(events, "handelsoorlog") == []
