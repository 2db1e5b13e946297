"""Write data/lexicons/actor_patterns.jsonl: spaCy entity_ruler patterns from the actor knowledge base.

The patterns put every known name in front of the statistical tagger, which then labels
only what the knowledge base does not know. Run after changing data/actors:
    python data/actors/build/make_patterns.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ACTORS = Path(__file__).resolve().parents[1]
OUT = ACTORS.parent / "lexicons" / "actor_patterns.jsonl"
# Surface forms that are aliases in the knowledge base but usually mean something else.
EXCLUDE = {"Europa", "Amerika", "Holland", "Unie", "Kamer", "Raad", "Hof", "Congres", "Senaat", "Huis",
           "Oranje", "Dam", "Kuip", "Standard", "Inter", "ArenA"}


def _forms(record: dict) -> list[str]:
    names = [*record["names"].get("nl", []), *record["names"].get("en", [])]
    aliases = [a for a in record.get("aliases", []) if a[:1].isupper()]
    forms = [f for f in dict.fromkeys(names + aliases) if f not in EXCLUDE and len(f) > 1 and any(c.isupper() for c in f)]
    if record["type"] == "person":
        # the genitive of a surname: 'Trumps adviseurs', 'Poetins oorlog'
        forms += [f + "s" for f in forms if " " not in f and len(f) >= 4 and f[-1] not in "sxz" and f[-1].islower()]
    return forms


def build() -> list[str]:
    lines = set()
    for path in sorted(ACTORS.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            record = json.loads(line)
            for form in _forms(record):
                lines.add(json.dumps({"label": record["label"], "pattern": form, "id": record["id"]},
                                     ensure_ascii=False, sort_keys=True))
    return sorted(lines)


if __name__ == "__main__":
    content = "\n".join(build()) + "\n"
    if "--check" in sys.argv:
        sys.exit(0 if OUT.read_text("utf-8") == content else 1)
    OUT.write_text(content, "utf-8")
    print(f"wrote {OUT} ({content.count(chr(10))} patterns)")
