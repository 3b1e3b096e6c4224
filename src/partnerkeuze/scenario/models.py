"""The scenario file, format version 1, as pydantic models.

Keys are Dutch in the file (the alias) and English in code (the field name);
both are accepted when reading, so the format also works outside the Netherlands.
Cross-references (a score for an unknown criterion, a label not in its scale...)
are checked in ``resolve.py`` and ``profiles.py``, where every problem can be located
and reported at once. The value types of ``weging:`` are in ``weightmodels.py``, the other field types (ids,
weights, numbers, scales) in ``fieldtypes.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationError,
    field_validator,
)
from pydantic_core import PydanticCustomError

from partnerkeuze.scenario.fieldtypes import (
    Identifier,
    Number,
    Scale,
    ScoreScalar,
    Text,
    Weight,
    finite_number,
    score_scalar,
)
from partnerkeuze.scenario.valuepoints import ValueFunctionField
from partnerkeuze.scenario.weightmodels import (
    Comparison,
    Judgement,
    Method,
    RankItem,
    RiTable,
    SwingRating,
    method_name,
)

FORMAT_VERSION = 1


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        validate_by_name=True,
        validate_by_alias=True,
        str_strip_whitespace=True,
        defer_build=True,
    )


class Estimate(_Model):
    """A three-point estimate of a score: lowest, most likely and highest."""

    low: ScoreScalar = Field(alias="laag", description="De laagst denkbare score (label of getal).")
    most_likely: ScoreScalar = Field(alias="waarschijnlijk", description="De meest waarschijnlijke score; de rangorde rekent hiermee.")
    high: ScoreScalar = Field(alias="hoog", description="De hoogst denkbare score (label of getal).")


_ESTIMATE_KEYS = {"laag", "waarschijnlijk", "hoog", "low", "most_likely", "high"}


def _score_value(value: Any) -> float | str | tuple[float | str, float | str] | Estimate:
    """A label or number; ``[laag, hoog]`` (a range); or ``{laag, waarschijnlijk, hoog}``."""
    if isinstance(value, list):
        if len(value) != 2:
            raise PydanticCustomError("range_length", "a range has two values: [low, high]")
        return (score_scalar(value[0]), score_scalar(value[1]))
    if isinstance(value, dict):
        try:
            return Estimate.model_validate(value)
        except ValidationError as exc:
            errors = exc.errors(include_url=False)
            # A misspelt key also makes the right one 'missing': name the misspelling.
            error = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
            part = str(error["loc"][0]) if error["loc"] else ""
            kind = {"missing": "estimate_missing", "extra_forbidden": "estimate_extra"}.get(error["type"], "estimate_value")
            raise PydanticCustomError(kind, "invalid estimate", {"part": part}) from None
    return score_scalar(value)


ScoreValue = Annotated[
    float | str | tuple[float | str, float | str] | Estimate,
    PlainValidator(_score_value, json_schema_input_type=float | str | list[float | str] | Estimate),
]


class Score(_Model):
    """A candidate's score on one criterion, with why and where from."""

    value: ScoreValue = Field(alias="waarde", description="De score: een label van de schaal (\"++\"), een getal, een bereik [laag, hoog] of een schatting {laag, waarschijnlijk, hoog}.")
    rationale: Text | None = Field(None, alias="onderbouwing", description="Waarom deze score: gaat mee naar elke uitvoer die de score toont.")
    source: Text | None = Field(None, alias="bron", description="Waar de score vandaan komt (document, datum).")
    confidential: bool = Field(False, alias="vertrouwelijk", description="true: de onderbouwing is vertrouwelijk en wordt gelakt in een export met --openbaar.")


def _wrap_scalar_score(value: Any) -> Any:
    """``ict: "++"`` is short for ``ict: {waarde: "++"}``; so are ``["+", "++"]`` and ``{laag, ...}``."""
    if isinstance(value, dict):
        if value and set(value) <= _ESTIMATE_KEYS:
            return {"waarde": value}
        return value
    if isinstance(value, list):
        if len(value) == 2 and all(isinstance(v, str | int | float) for v in value):
            return {"waarde": value}
        raise PydanticCustomError("score_is_list", "a score cannot be a list")
    if value is None:
        raise PydanticCustomError("score_empty", "a score is empty")
    return {"waarde": value}


# The JSON Schema (``partnerkeuze schema``) must accept the short form too: "++", 3, [3, 4].
ScoreField = Annotated[
    Score, BeforeValidator(_wrap_scalar_score, json_schema_input_type=Score | str | float | list[str | float])
]


class Criterion(_Model):
    """One criterion: what is judged, how heavily, and which way is better."""

    id: Identifier = Field(description="Unieke id: kleine letters, cijfers, - en _ (bijvoorbeeld ict). Scores verwijzen ernaar.")
    name: Text | None = Field(None, alias="naam", description="De naam zoals de uitvoer hem toont (anders de id).")
    description: Text | None = Field(None, alias="toelichting", description="Wat het criterium meet, in een of twee zinnen.")
    weight: Weight | None = Field(None, alias="gewicht", description="Relatief gewicht, 0 of meer; alle gewichten worden genormaliseerd tot ze samen 1 zijn.")
    direction: Literal["max", "min"] = Field("max", alias="richting", description="max: hoger is beter (standaard); min: lager is beter, zoals bij kosten.")
    scale: Identifier | None = Field(None, alias="schaal", description="Naam van een schaal: ingebouwd (oordeel: -- - 0 + ++; janee) of onder schalen gedefinieerd.")
    unit: Text | None = Field(None, alias="eenheid", description="Eenheid van getallen, bijvoorbeeld EUR (getoond als € 1.200.000) of km.")
    range: tuple[Number, Number] | None = Field(None, alias="bereik", description="[laag, hoog] voor de normalisatie; een score daarbuiten is een fout. Aanbevolen bij bedragen.")
    value_function: ValueFunctionField | None = Field(
        None, alias="waardefunctie",
        description="Wat een score waard is: punten [score, waarde] (waarde 0-100, scores oplopend, rechte lijnen "
                    "ertussen) of per label van de schaal een waarde. Legt richting en bereik vast.",
    )
    minimum: ScoreScalar | None = Field(
        None, alias="minimum",
        description="Harde eis: een kandidaat met een lagere score valt af (een getal of een label "
                    "van de schaal, bijvoorbeeld 'ja' bij schaal janee).",
    )
    maximum: ScoreScalar | None = Field(
        None, alias="maximum",
        description="Harde eis: een kandidaat met een hogere score valt af (een getal of een label).",
    )

    @field_validator("range")
    @classmethod
    def _low_below_high(cls, value: tuple[float, float] | None) -> tuple[float, float] | None:
        if value is not None and value[0] >= value[1]:
            raise PydanticCustomError(
                "range_order", "the low end must be below the high end", {"low": value[0], "high": value[1]}
            )
        return value

    @property
    def label(self) -> str:
        """The name to show: ``naam``, else the id."""
        return self.name or self.id


class Candidate(_Model):
    """A possible partner, organisational form, or doing it yourself."""

    id: Identifier = Field(description="Unieke id: kleine letters, cijfers, - en _ (bijvoorbeeld zelf_doen).")
    name: Text | None = Field(None, alias="naam", description="De naam zoals de uitvoer hem toont (anders de id).")
    description: Text | None = Field(None, alias="toelichting", description="Wat deze kandidaat inhoudt.")
    scores: dict[str, ScoreField] = Field(default_factory=dict, description="Per criterium-id de score: een label, een getal, of {waarde, onderbouwing, bron}.")
    confidential: bool = Field(False, alias="vertrouwelijk", description="true: de hele kandidaat is vertrouwelijk; in een export met --openbaar heet hij \"Kandidaat B\" en is alles gelakt.")
    status_quo: bool = Field(
        False, alias="status_quo",
        description="Dit is de huidige situatie of het zelf doen; de uitvoer toont elk verschil hiermee.",
    )
    scores_per_task: dict[str, dict[str, ScoreField]] = Field(
        default_factory=dict, alias="scores_per_taak",
        validation_alias=AliasChoices("scores_per_taak", "scores_per_task"),
        description="Alleen bij taken: per taak-id de scores die voor die taak afwijken; "
                    "een score onder 'scores' geldt voor elke taak tenzij hij hier wordt overschreven.",
    )

    @property
    def label(self) -> str:
        """The name to show: ``naam``, else the id."""
        return self.name or self.id


class Weighting(_Model):
    """Weights derived from judgements instead of given as points (``weging:``)."""

    method: Annotated[Method, BeforeValidator(method_name)] = Field(
        alias="methode",
        description="Hoe de gewichten worden afgeleid: rangorde, paarsgewijs (AHP) of swing.",
    )
    order: list[RankItem] | None = Field(
        None, alias="volgorde", max_length=1000,
        description="Bij rangorde: de criteria van belangrijkst naar minst belangrijk; "
                    "een lijst van ids op één plaats betekent even belangrijk.",
    )
    formula: Literal["roc", "rs", "rr"] = Field(
        "roc", alias="formule",
        description="Bij rangorde: roc (rank-order centroid, standaard), rs (rank sum) of rr (rank reciprocal).",
    )
    comparisons: list[Comparison] | None = Field(
        None, alias="vergelijkingen", max_length=10_000,
        description="Bij paarsgewijs: [a, b, x] betekent a is x keer zo belangrijk als b "
                    "(Saaty-schaal 1 tot 9, of 1/3 enzovoort).",
    )
    matrix: dict[str, list[Judgement]] | None = Field(
        None, alias="matrix",
        description="Bij paarsgewijs, in plaats van vergelijkingen: de volledige matrix, "
                    "per criterium een rij in dezelfde volgorde als de sleutels.",
    )
    ri_table: RiTable = Field(
        "saaty1980", alias="ri_tabel",
        description="Bij paarsgewijs: de tabel met random-indexwaarden voor de consistentieratio "
                    "(standaard saaty1980, de klassieke tabel).",
    )
    swing: dict[str, SwingRating] | None = Field(
        None, alias="swing",
        description="Bij swing: per criterium de waarde (0 tot 100) van de stap van slechtste naar "
                    "beste score; de belangrijkste stap krijgt 100.",
    )
    not_weighed: list[str] | None = Field(
        None, alias="weegt_niet", max_length=1000,
        description="Criteria die in deze weging bewust niet meetellen (gewicht 0), zodat ze niet in de "
                    "volgorde, de vergelijkingen of de swing hoeven.",
    )


class Profile(_Model):
    """One stakeholder's weights (college, raad, ondernemingsraad...)."""

    name: Text | None = Field(None, alias="naam", description="Naam om te tonen, anders de id.")
    description: Text | None = Field(None, alias="toelichting", description="Wie dit profiel is en waar de gewichten vandaan komen.")
    weights: dict[str, Weight] | None = Field(
        None, alias="gewichten", description="Gewichten in punten per criterium (zoals 'gewichten:' bovenaan).",
    )
    weighting: Weighting | None = Field(
        None, alias="weging", description="Of: gewichten afgeleid met rangorde, paarsgewijs of swing.",
    )

    @property
    def label(self) -> str | None:
        """The name to show, if any."""
        return self.name


class Layer(_Model):
    """A layer of tasks (bedrijfsvoering, uitvoering, beleid, strategie) with its own weights."""

    name: Text | None = Field(None, alias="naam", description="Naam om te tonen, anders de id.")
    description: Text | None = Field(None, alias="toelichting", description="Wat onder deze laag valt en wat hier leidend is.")
    weights: dict[str, Weight] | None = Field(
        None, alias="gewichten", description="Gewichten per criterium voor elke taak in deze laag (tenzij de taak eigen gewichten heeft).",
    )
    weighting: Weighting | None = Field(
        None, alias="weging", description="Of: gewichten afgeleid met rangorde, paarsgewijs of swing, voor elke taak in deze laag.",
    )
    profile: Identifier | None = Field(
        None, alias="profiel", validation_alias=AliasChoices("profiel", "profile"),
        description="Of: rangschik de taken in deze laag met de gewichten van dit profiel (onder profielen).",
    )


class Task(_Model):
    """One task (ICT, archief, belastingen...) for which a partner is chosen (``taken:``)."""

    id: Identifier = Field(description="Unieke id van de taak, bijvoorbeeld ict; scores_per_taak verwijst ernaar.")
    name: Text | None = Field(None, alias="naam", description="De naam zoals de uitvoer hem toont (anders de id).")
    description: Text | None = Field(None, alias="toelichting", description="Wat de taak inhoudt.")
    layer: Identifier = Field(
        alias="laag", validation_alias=AliasChoices("laag", "layer"),
        description="De laag van de taak: bedrijfsvoering, uitvoering, beleid, strategie of een laag onder lagen.",
    )
    weights: dict[str, Weight] | None = Field(
        None, alias="gewichten", description="Eigen gewichten voor deze taak; anders die van de laag, anders die van het bestand.",
    )
    weighting: Weighting | None = Field(
        None, alias="weging", description="Of: eigen gewichten afgeleid met rangorde, paarsgewijs of swing.",
    )
    profile: Identifier | None = Field(
        None, alias="profiel", validation_alias=AliasChoices("profiel", "profile"),
        description="Of: rangschik deze taak met de gewichten van dit profiel (onder profielen).",
    )
    candidates: list[Identifier] | None = Field(
        None, alias="kandidaten", validation_alias=AliasChoices("kandidaten", "candidates"),
        min_length=1, max_length=100_000,
        description="Wie deze taak aanbiedt (kandidaat-ids); zonder deze lijst doet elke kandidaat mee.",
    )

    @property
    def label(self) -> str:
        """The name to show: ``naam``, else the id."""
        return self.name or self.id


class Scenario(_Model):
    """A whole scenario file (``versie: 1``)."""

    version: Literal[1] = Field(alias="versie", description="Versie van het scenarioformaat; altijd 1.")
    title: Text = Field(alias="titel", min_length=1, description="Titel van de afweging, zoals hij boven tabellen en in het voorstel staat.")
    organisation: Text | None = Field(
        None,
        alias="organisatie",
        validation_alias=AliasChoices("organisatie", "organisation", "organization"),
        description="De gemeente of organisatie die besluit.",
    )
    date: dt.date | Text | None = Field(None, alias="datum", description="Datum van de afweging, bijvoorbeeld 2020-07-08.")
    description: Text | None = Field(None, alias="toelichting", description="Vrije tekst: aanleiding, bronnen, wat illustratief is.")
    scales: dict[Identifier, Scale] = Field(default_factory=dict, alias="schalen", description="Eigen schalen: naam -> {label: getal}.")
    criteria_set: Text | None = Field(None, alias="criteriaset", description="Neem de criteria over uit een set: een ingebouwde naam (haaksbergen, drie-k, vier-k, samenwerkingsvorm) of een pad.")
    weights: dict[str, Weight] = Field(default_factory=dict, alias="gewichten", description="Gewichten per criterium-id (korte vorm van gewicht bij elk criterium).")
    weighting: Weighting | None = Field(
        None, alias="weging",
        description="Gewichten afgeleid uit een rangorde, paarsgewijze vergelijkingen of swing, "
                    "in plaats van punten.",
    )
    profiles: dict[Identifier, Profile] = Field(
        default_factory=dict, alias="profielen",
        description="Gewichten per belanghebbende (bijvoorbeeld college, raad, ondernemingsraad).",
    )
    default_profile: Identifier | None = Field(
        None, alias="standaardprofiel",
        description="Het profiel waarmee gerangschikt wordt zonder --profiel, als het bestand zelf "
                    "geen gewichten heeft (anders het groepsprofiel).",
    )
    group: list[Identifier] | None = Field(None, alias="groep", min_length=1, max_length=1000, description=(
        "De profielen die het groepsprofiel (groep) middelt, elk even zwaar; standaard alle profielen."))
    criteria: list[Criterion] = Field(min_length=1, max_length=1000, description="De criteria waarop de kandidaten worden beoordeeld.")
    candidates: list[Candidate] = Field(alias="kandidaten", min_length=1, max_length=100_000, description="De kandidaten: gemeenten, samenwerkingsvormen of zelf doen.")
    layers: dict[Identifier, Layer] = Field(
        default_factory=dict, alias="lagen", validation_alias=AliasChoices("lagen", "layers"),
        description="Alleen bij taken: de lagen (bedrijfsvoering, uitvoering, beleid, strategie), "
                    "elk met eigen gewichten, weging of profiel.",
    )
    tasks: list[Task] = Field(
        default_factory=list, alias="taken", validation_alias=AliasChoices("taken", "tasks"), max_length=1000,
        description="De taken waarvoor per taak de beste partner wordt gezocht (partnerkeuze portfolio).",
    )
    coordination_cost: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] = Field(
        0.0, alias="coordinatiekosten_per_partner",
        validation_alias=AliasChoices("coordinatiekosten_per_partner", "coordination_cost_per_partner"),
        description="Alleen bij taken: de kosten van elke extra partner, in punten op 100 (zoals één taakscore); "
                    "portfoliowaarde = som van de taakscores - kosten x (aantal partners - 1).",
    )


class CriteriaSet(_Model):
    """A reusable set of criteria definitions (``criteria/<naam>.yaml``)."""

    version: Literal[1] = Field(alias="versie", description="Versie van het formaat; altijd 1.")
    name: Text = Field(alias="naam", description="Naam van de set.")
    description: Text | None = Field(None, alias="toelichting", description="Waar de set vandaan komt en wanneer hij past.")
    source: Text | None = Field(None, alias="bron", description="Bron van de set.")
    scales: dict[Identifier, Scale] = Field(default_factory=dict, alias="schalen", description="Eigen schalen: naam -> {label: getal}.")
    criteria: list[Criterion] = Field(min_length=1, description="De criteria van de set (zonder gewichten).")


MODELS: tuple[type[BaseModel], ...] = (
    Score, Estimate, Criterion, Candidate, Weighting, Profile, Layer, Task, Scenario, CriteriaSet,
)
