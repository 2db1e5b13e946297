"""Loading the temporal words (data/lexicons/time.tsv, months.tsv) into one record."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .. import resources


class TimeLexiconError(ValueError):
    """A line of the time lexicon is malformed; the message names file and line."""


@dataclass(frozen=True)
class TimeLexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    dayparts: dict[str, str]
    reldays: dict[str, tuple[int, str | None]]
    numbers: dict[str, float]
    vague: frozenset[str]
    units: dict[str, tuple[str, bool]]  # word -> (TIMEX letter or '15M', is a time unit)
    seasons: dict[str, str]
    partmods: dict[str, str]
    approx: dict[str, str]
    ordinals: dict[str, int]
    decades: dict[str, int]
    future_words: frozenset[str]
    past_words: frozenset[str]
    perfect_auxiliaries: frozenset[str]  # 'is', 'zijn': past only with a participle after them
    not_year_words: frozenset[str]
    holidays: dict[str, str]  # name -> rule (calendar.holiday_date)
    holiday_periods: dict[str, str]  # 'paasvakantie' -> the rule of a day inside it
    english_months: dict[str, int]  # 'march' -> 3, for English dates on Dutch pages
    refs: dict[str, str]  # 'nu' -> PRESENT_REF
    ref_adjectives: frozenset[str]  # 'recent': also an adjective
    ref_attributive_after: frozenset[str]  # 'een recent rapport': then an adjective, no time
    ref_phrases: dict[str, str]  # 'toekomst' -> FUTURE_REF, after 'de'/'het'/'op'
    nu_conj_subject: frozenset[str]  # 'Nu die quota weg zijn': 'nu' is 'now that'
    nu_particle_before: frozenset[str]  # 'Stel nu dat': 'nu' is a particle
    nu_conj_coordinator: frozenset[str]  # 'maar nu het ...': 'nu' still opens its clause
    announce_words: frozenset[str]  # 'aangekondigd': the date announced lies ahead of the announcement


@cache
def load_time_lexicon(folder: Path | None = None) -> TimeLexicon:
    folder = folder or resources.data_path("lexicons")
    kinds: dict[str, dict[str, str]] = {}
    path = folder / "time.tsv"
    for number, columns in resources.tsv_rows(path):
        if len(columns) < 2:
            raise TimeLexiconError(f"{path}:{number}: expected 'kind<TAB>word[<TAB>value]'")
        kinds.setdefault(columns[0], {})[columns[1].strip()] = columns[2].strip() if len(columns) > 2 else ""
    try:
        months = {cols[0].strip(): int(cols[1]) for _, cols in resources.tsv_rows(folder / "months.tsv")}
        reldays = {}
        for word, value in kinds["relday"].items():
            offset, *part = value.split()
            reldays[word] = (int(offset), part[0] if part else None)
        units = {w: (v.split()[0], v.endswith(" T")) for w, v in kinds["unit"].items()}
        return TimeLexicon(
            months=months,
            weekdays={w: int(v) for w, v in kinds["weekday"].items()},
            dayparts=dict(kinds["daypart"]),
            reldays=reldays,
            numbers={w: float(v) if "." in v else int(v) for w, v in kinds["number"].items()},
            vague=frozenset(kinds["vague"]),
            units=units,
            seasons=dict(kinds["season"]),
            partmods=dict(kinds["partmod"]),
            approx=dict(kinds["approx"]),
            ordinals={w: int(v) for w, v in kinds["ordinal"].items()},
            decades={w: int(v) for w, v in kinds["decade"].items()},
            future_words=frozenset(kinds["future"]),
            past_words=frozenset(kinds["past"]),
            perfect_auxiliaries=frozenset(kinds["perfect_aux"]),
            not_year_words=frozenset(kinds["notyear"]),
            holidays=dict(kinds["holiday"]),
            holiday_periods=dict(kinds["holiday_period"]),
            english_months={w: int(v) for w, v in kinds["english_month"].items()},
            refs=dict(kinds["ref"]),
            ref_adjectives=frozenset(kinds["ref_adjective"]),
            ref_attributive_after=frozenset(kinds["ref_attributive_after"]),
            ref_phrases=dict(kinds["ref_phrase"]),
            nu_conj_subject=frozenset(kinds["nu_conj_subject"]),
            nu_particle_before=frozenset(kinds["nu_particle_before"]),
            nu_conj_coordinator=frozenset(kinds["nu_conj_coordinator"]),
            announce_words=frozenset(kinds["announce"]),
        )
    except (KeyError, ValueError) as error:
        raise TimeLexiconError(f"{path}: {error}") from error
