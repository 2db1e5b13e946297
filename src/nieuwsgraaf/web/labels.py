"""Dutch words the pages show for the codes the records carry (labels, edge types, modalities)."""

from __future__ import annotations

from ..records import EVENT_TYPES, GRAPH_CO_MENTION, GRAPH_QUOTED_ABOUT

ENTITY_LABELS = {"PER": "persoon", "ORG": "organisatie", "LOC": "plaats", "MISC": "overig"}

# PLOVER types (docs/events.md) in a word a Dutch reader knows.
EVENT_NAMES = {
    "AGREE": "akkoord", "CONSULT": "overleg", "SUPPORT": "steun", "CONCEDE": "toegeven",
    "COOPERATE": "samenwerking", "AID": "hulp", "RETREAT": "terugtrekking", "REQUEST": "verzoek",
    "ACCUSE": "beschuldiging", "REJECT": "afwijzing", "THREATEN": "dreiging", "PROTEST": "protest",
    "SANCTION": "sanctie", "MOBILIZE": "mobilisatie", "COERCE": "dwang", "ASSAULT": "geweld",
}
assert set(EVENT_NAMES) == set(EVENT_TYPES), "every PLOVER type needs a Dutch name"

EDGE_NAMES = {GRAPH_CO_MENTION: "samen genoemd", GRAPH_QUOTED_ABOUT: "uitspraak over",
              **{kind: f"{kind} ({name})" for kind, name in EVENT_NAMES.items()}}

MODALITIES = {"asserted": "gebeurd", "future": "gepland", "hypothetical": "hypothetisch",
              "possible": "mogelijk", "reported": "volgens bron", "denied": "ontkend"}
QUOTE_KINDS = {"direct": "direct citaat", "indirect": "indirect citaat"}
DATE_BASES = {"explicit": "datum in de zin", "relative": "tijdsaanduiding in de zin",
              "narrative": "eerdere datum in de tekst", "publication": "publicatiedatum"}
TIMEX_TYPES = {"DATE": "datum", "TIME": "tijd", "DURATION": "duur", "SET": "herhaling"}
TIMEX_MODS = {"START": "begin", "MID": "midden", "END": "eind", "APPROX": "ongeveer"}


def named(table: dict[str, str], code: str | None) -> str:
    """The Dutch word for `code`, or the code itself when the table has none."""
    if code is None:
        return ""
    return table.get(code, code)

ERROR_TITLES = {400: "Ongeldige vraag", 404: "Niet gevonden", 405: "Niet toegestaan", 422: "Ongeldige vraag",
                503: "Database niet beschikbaar"}
