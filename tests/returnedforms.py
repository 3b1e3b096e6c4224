"""Returned weighing forms for the tests (``weging-NAAM.yaml``, scenario/participants.py).

The header is what the form of ``partnerkeuze form`` writes; the bodies are judgements
on the criteria of scenarios/haaksbergen-2020.yaml.
"""

from __future__ import annotations

from pathlib import Path

PAIRS = """\
weging:
  methode: paarsgewijs
  vergelijkingen:
    - [vertrouwen, ict, 3]
    - [vertrouwen, kwetsbaarheid, 1/2]
    - [ict, kwetsbaarheid, 1/4]
  weegt_niet: [voorwaarden, bestaande_samenwerking, kosten_structureel, kosten_incidenteel]
"""
POINTS = ("gewichten: {vertrouwen: 10, ict: 5, voorwaarden: 5, bestaande_samenwerking: 10, kwetsbaarheid: 70, "
          "kosten_structureel: 0, kosten_incidenteel: 0}\n")


def write_form(path: Path, name: str, body: str, sha256: str) -> Path:
    """A returned form at ``path``: versie, the scenario's hash, the participant's name, then ``body``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'versie: 1\nscenario: "{sha256}"\ndeelnemer: "{name}"\n{body}', encoding="utf-8")
    return path
