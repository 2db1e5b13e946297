"""Events named by a construction rather than a trigger word, and the actor rules around them,
on sentences of our own (events/constructions.py, events/arguments.py, entities/event_actors.py)."""

from __future__ import annotations

from written import event_on, events_of

from nieuwsgraaf.events.constructions import find_constructions


def article_events(tmp_path, pipeline, body: str, published: str = "2024-05-14") -> list[dict]:
    return events_of(tmp_path, pipeline, body, published)


def test_calling_something_irresponsible_is_an_accusation(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Geert Wilders noemde het voorstel van Mark Rutte onverantwoord.")
    accuse = event_on(events, "noemde")
    assert accuse["type"] == "ACCUSE" and accuse["mode"] == "disapprove"
    assert accuse["source"] == "per:geert-wilders"


def test_calling_someone_a_friend_is_support(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Emmanuel Macron noemt Olaf Scholz een goede vriend van Frankrijk.")
    assert event_on(events, "noemt")["type"] == "SUPPORT"


def test_a_reported_must_is_a_demand_by_the_speaker(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Volgens Mark Rutte moet Rusland zijn troepen uit Oekraïne terugtrekken.")
    demand = event_on(events, "moet")
    assert demand["type"] == "REQUEST"
    assert (demand["source"], demand["target"]) == ("per:mark-rutte", "gov:ru")


def test_must_in_the_narrative_is_no_demand(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "De trein moet om acht uur vertrekken uit Utrecht.")
    assert not [e for e in events if e["trigger"]["text"] == "moet"]


def test_not_wanting_is_a_refusal_that_is_not_negated(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Olaf Scholz wil geen sancties tegen China.")
    refusal = event_on(events, "wil")
    assert refusal["type"] == "REJECT" and not refusal["negated"]
    assert refusal["source"] == "per:olaf-scholz"


def test_a_bare_plural_of_people_is_an_actor(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Leerkrachten staken woensdag tegen de besparingen van de regering.")
    strike = event_on(events, "staken")
    assert strike["type"] == "PROTEST" and strike["source"].startswith("local:other:")



def test_a_relative_pronoun_acts_as_its_noun(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Het was Joe Biden die Xi Jinping vorige week belde over Taiwan.")
    call = event_on(events, "belde")
    assert call["type"] == "CONSULT" and call["source"] == "per:joe-biden"


def test_a_particle_before_a_te_infinitive_makes_the_separable_verb(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Viktor Orbán dreigt de Europese Unie op te zeggen.")
    assert any(e["trigger"]["text"] in ("dreigt", "zeggen") for e in events)


def test_a_word_that_only_contains_a_trigger_is_none(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Mark Rutte sprak op een persconferentie over migratie naar Europa.")
    assert not [e for e in events if e["trigger"]["text"] in ("persconferentie", "migratie")]


def test_a_refusal_on_the_infinitive_wanting_governs(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Viktor Orbán wil Olaf Scholz niet meer ontmoeten.")
    refusal = event_on(events, "wil")
    assert refusal["type"] == "REJECT" and not refusal["negated"]
    assert refusal["source"] == "per:viktor-orban"


def test_not_only_is_no_refusal(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Emmanuel Macron wil niet alleen praten met Rusland maar ook handelen.")
    assert not [e for e in events if e["trigger"]["text"] == "wil" and e["type"] == "REJECT"]


def test_refusing_to_comment_is_no_refusal(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Over de begroting wil Mark Rutte niets zeggen, en Olaf Scholz wil niet zeggen of hij komt.")
    assert not [e for e in events if e["type"] == "REJECT"]


def test_wanting_that_another_acts_is_a_demand_on_them(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Geert Wilders wil dat Mark Rutte onmiddellijk vertrekt.")
    demand = event_on(events, "wil")
    assert demand["type"] == "REQUEST" and demand["mode"] == "change"
    assert (demand["source"], demand["target"]) == ("per:geert-wilders", "per:mark-rutte")


def test_not_wanting_that_another_acts_is_a_refusal(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Geert Wilders wil niet dat Mark Rutte de campagne leidt.")
    refusal = event_on(events, "wil")
    assert refusal["type"] == "REJECT" and not refusal["negated"]


def test_finding_an_act_unacceptable_is_an_accusation(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Mark Rutte vindt het besluit van Viktor Orbán onaanvaardbaar.")
    accuse = event_on(events, "onaanvaardbaar")
    assert accuse["type"] == "ACCUSE" and accuse["mode"] == "disapprove"
    assert accuse["source"] == "per:mark-rutte"


def test_a_danger_that_may_come_is_no_accusation(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Mark Rutte vindt het gevaarlijk als iemand aan het akkoord morrelt.")
    assert not [e for e in events if e["trigger"]["text"] == "gevaarlijk"]


def test_a_passive_must_without_a_doer_asks_nobody(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Volgens Mark Rutte moet het verdrag nog worden goedgekeurd.")
    assert not [e for e in events if e["trigger"]["text"] == "moet"]


def test_must_in_a_relative_clause_asks_nobody(pipeline):
    doc = pipeline.nlp("Xi Jinping zegt dat Taiwan een provincie is die moet terugkeren.")
    assert not [c for c in find_constructions(doc[:]) if c.hit.token.text == "moet"]


def test_a_violation_reported_by_someone_is_their_charge_against_the_violator(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Volgens PVV-leider Geert Wilders schendt Frankrijk de afspraken over visserij.")
    charge = event_on(events, "schendt")
    assert (charge["type"], charge["mode"]) == ("ACCUSE", "allege")
    assert charge["target"] == "gov:fr" and charge["source"] == "per:geert-wilders"


def test_a_violation_in_the_narrative_is_no_charge(tmp_path, pipeline):
    events = article_events(tmp_path, pipeline, "Frankrijk schendt de afspraken over visserij in de Noordzee.")
    assert not [e for e in events if e["trigger"]["text"] == "schendt"]
