"""The weightings of a scenario: its own weights and its profiles, checked and derived.

A scenario's weights come from points (``gewicht``/``gewichten``), from a ``weging:``
block (rank order, pairwise comparisons, swing) or from ``profielen:``, one weight set
per stakeholder, each in any of those forms. This module checks every form against
the criteria (located, all problems at once) and derives weight points from it with
``weighting.py``. The combined group profile is the mean of the profiles' weights.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import numpy as np

from partnerkeuze.core import weighting as w
from partnerkeuze.language.texts import t
from partnerkeuze.scenario.methodchecks import (
    Loc,
    check_pairwise,
    check_rank_order,
    check_swing,
)
from partnerkeuze.scenario.models import Profile, Scenario, Weighting
from partnerkeuze.scenario.resolved import FILE, GROUP, RESERVED, Kind, ResolvedWeighting

Add = Callable[..., None]


@dataclass
class _Spec:
    """One weighting as written: points (id -> weight) or a ``weging:`` block, and where."""

    id: str
    name: str
    description: str | None
    kind: Kind
    loc: Loc  # where the weights are written (for 'gewichten'/'weging' messages)
    points: dict[str, float] | None = None
    weighting: Weighting | None = None

    def mentions(self, cid: str) -> bool:
        """True when this weighting names ``cid`` (with any weight, 0 included)."""
        if self.points is not None:
            return cid in self.points
        spec = self.weighting
        assert spec is not None
        order = {c for item in spec.order or [] for c in ((item,) if isinstance(item, str) else item)}
        pairs = {c for a, b, _ in spec.comparisons or [] for c in (a, b)} | set(spec.matrix or {})
        return cid in order | pairs | set(spec.swing or {}) | set(spec.not_weighed or [])

    def maybe_positive(self, cid: str) -> bool:
        """False only when this weighting certainly gives ``cid`` no weight."""
        if self.points is not None:
            # In the file's own points a missing weight is an error, reported later;
            # in a profile it means the criterion does not count there.
            return self.points.get(cid) != 0 if self.kind == "file" else self.points.get(cid, 0) != 0
        spec = self.weighting
        assert spec is not None
        if spec.method == "rangorde":
            return any(cid == item or (isinstance(item, tuple) and cid in item) for item in spec.order or [])
        if spec.method == "swing":
            return (spec.swing or {}).get(cid, 0) != 0
        named = {c for a, b, _ in spec.comparisons or [] for c in (a, b)} | set(spec.matrix or {})
        return cid in named


class WeightingResolver:
    """Checks and derives every weighting of a scenario; problems go to ``add``."""

    def __init__(self, scenario: Scenario, add: Add, line_of: Callable[[Loc], int]) -> None:
        """``add(loc, key, at_key=False, **values)`` records a located issue."""
        self.scenario = scenario
        self.add = add
        self.line_of = line_of
        self.ids = [c.id for c in scenario.criteria]
        self.specs: list[_Spec] = []
        self.knockouts: set[str] = set()

    # --- phase 1: what is written ------------------------------------------------------
    def read(self) -> None:
        """Collect the file's own weights and the profiles, checking what needs no criteria."""
        s = self.scenario
        own = s.weights or any(c.weight is not None for c in s.criteria)
        if s.weighting is not None:
            if own:
                self.add(("weging",), "weights.both_points_and_weging", at_key=True)
            self.specs.append(_Spec(FILE, t("weights.file_name"), None, "file", ("weging",), weighting=s.weighting))
        elif own or not s.profiles:
            self.specs.append(_Spec(FILE, t("weights.file_name"), None, "file", ("gewichten",), points=self._file_points()))
        for name, profile in s.profiles.items():
            self._profile(name, profile)
        if s.default_profile is not None:
            if self.specs and self.specs[0].kind == "file":
                self.add(("standaardprofiel",), "weights.default_with_own", at_key=True)
            elif s.default_profile not in s.profiles and s.default_profile not in (GROUP, "group"):
                self.add(("standaardprofiel",), "weights.unknown_profile", name=s.default_profile,
                         known=", ".join(s.profiles) or "-")
        for i, member in enumerate(s.group or ()):
            if not s.profiles:
                self.add(("groep", i), "weights.group_without_profiles", name=member)
            elif member not in s.profiles:
                self.add(("groep", i), "weights.unknown_profile", name=member, known=", ".join(s.profiles))
            elif member in (s.group or ())[:i]:
                self.add(("groep", i), "weights.group_twice", name=member)

    def _file_points(self) -> dict[str, float]:
        """Points from 'gewicht' and 'gewichten' (the format's first way to weigh)."""
        s = self.scenario
        for cid in s.weights:
            if cid not in self.ids:
                self.add(("gewichten", cid), "check.weight_unknown_criterion", at_key=True,
                         criterion=cid, hint=hint(cid, self.ids))
        points: dict[str, float] = {}
        for j, criterion in enumerate(s.criteria):
            if criterion.weight is not None and criterion.id in s.weights:
                self.add(("criteria", j, "gewicht"), "check.weight_twice", criterion=criterion.id)
            weight = s.weights.get(criterion.id, criterion.weight)
            if weight is None:
                self.add(("criteria", j), "check.no_weight", criterion=criterion.id)
            else:
                points[criterion.id] = weight
        return points

    def _profile(self, name: str, profile: Profile) -> None:
        loc: Loc = ("profielen", name)
        if name in RESERVED:
            self.add(loc, "weights.reserved_profile", at_key=True, name=name)
        if (profile.weights is None) == (profile.weighting is None):
            self.add(loc, "weights.profile_needs_one", at_key=True, name=name)
            return
        if profile.weights is not None:
            for cid in profile.weights:
                if cid not in self.ids:
                    self.add((*loc, "gewichten", cid), "weights.unknown_criterion", at_key=True,
                             criterion=cid, hint=hint(cid, self.ids))
            spec = _Spec(name, profile.name or name, profile.description, "profile", (*loc, "gewichten"),
                         points=dict(profile.weights))
        else:
            spec = _Spec(name, profile.name or name, profile.description, "profile", (*loc, "weging"),
                         weighting=profile.weighting)
        self.specs.append(spec)

    def hint(self, cid: str) -> str:
        """' (bedoelt u 'x'?)' when ``cid`` is close to a criterion id."""
        return hint(cid, self.ids)

    def maybe_weighted(self, cid: str) -> bool:
        """True unless every weighting certainly gives ``cid`` no weight."""
        return any(spec.maybe_positive(cid) for spec in self.specs)

    # --- phase 2: against the criteria that are weighed ------------------------------------
    def derive(self, kept: Sequence[str], knockouts: Collection[str] = ()) -> list[ResolvedWeighting]:
        """Every weighting on the criteria in ``kept``, plus the group profile.

        ``knockouts``: criteria with a hard requirement. A weighting may leave them out
        (a profile or a ``weging``; the file's own points still need a 'gewicht: 0'):
        they then only act as the requirement, with weight 0.
        """
        self.knockouts = set(knockouts)
        found = []
        for spec in self.specs:
            result = self._derive(spec, list(kept))
            if result is not None:
                found.append(result)
        profiles = {r.id: r for r in found if r.kind == "profile"}
        members = self.scenario.group  # 'groep:' names the profiles it averages; else every profile
        chosen = [profiles[m] for m in dict.fromkeys(members or profiles) if m in profiles]
        if len(profiles) == len(self.scenario.profiles) and chosen and (members is not None or len(chosen) >= 2):
            found.append(group_weighting(chosen))
        return found

    def _derive(self, spec: _Spec, kept: list[str]) -> ResolvedWeighting | None:
        if spec.points is not None:
            return self._points(spec, kept)
        weighting = spec.weighting
        assert weighting is not None
        self._misplaced(spec, weighting)
        base = {"id": spec.id, "name": spec.name, "description": spec.description, "kind": spec.kind,
                "method": weighting.method, "criteria": tuple(kept)}
        zero = self._not_weighed(spec, weighting)
        if zero is None:
            return None
        zero |= {cid for cid in self.knockouts if not spec.mentions(cid)}
        counted = [cid for cid in kept if cid not in zero]
        if not counted:
            self.add((*spec.loc, "weegt_niet"), "weights.nothing_weighed", at_key=True)
            return None
        if weighting.method == "rangorde":
            places = check_rank_order(self, spec.loc, weighting, counted, zero)
            if places is None:
                return None
            shares = _spread(kept, counted, w.rank_order_weights(places, weighting.formula))
            spread_places = _spread(kept, counted, places)
            return ResolvedWeighting(points=_percent(shares), formula=weighting.formula,
                                     places=tuple(int(p) for p in spread_places), **base)  # type: ignore[arg-type]
        if weighting.method == "swing":
            ratings = check_swing(self, spec.loc, weighting, counted, zero)
            if ratings is None:
                return None
            return ResolvedWeighting(points=_spread(kept, counted, ratings), **base)  # type: ignore[arg-type]
        result = check_pairwise(self, spec.loc, weighting, counted, zero)
        if result is None:
            return None
        return ResolvedWeighting(points=_percent(_spread(kept, counted, result.weights)), pairwise=result,
                                 **base)  # type: ignore[arg-type]

    def _not_weighed(self, spec: _Spec, weighting: Weighting) -> set[str] | None:
        """The ids under 'weegt_niet' (None after reporting an unknown one)."""
        ok = True
        for k, cid in enumerate(weighting.not_weighed or []):
            if cid not in self.ids:
                self.add((*spec.loc, "weegt_niet", k), "weights.unknown_criterion", criterion=cid, hint=self.hint(cid))
                ok = False
        return set(weighting.not_weighed or []) if ok else None

    def _points(self, spec: _Spec, kept: list[str]) -> ResolvedWeighting | None:
        points = spec.points or {}
        if spec.kind == "file":
            if not all(cid in points for cid in kept):
                return None  # 'no weight' is reported per criterion
            if points and kept and all(points[cid] == 0 for cid in kept):
                self.add(("gewichten",) if self.scenario.weights else ("criteria",), "check.all_weights_zero")
                return None
        else:
            points = {**dict.fromkeys(self.knockouts, 0.0), **points}
            missing = [cid for cid in kept if cid not in points]
            if missing:
                self.add(spec.loc, "weights.profile_missing", at_key=True, name=spec.id, criteria=", ".join(missing))
                return None
            if kept and all(points[cid] == 0 for cid in kept):
                self.add(spec.loc, "weights.profile_all_zero", at_key=True, name=spec.id)
                return None
        return ResolvedWeighting(spec.id, spec.name, spec.description, spec.kind, "punten", tuple(kept),
                                 tuple(float(points[cid]) for cid in kept))

    def _misplaced(self, spec: _Spec, weighting: Weighting) -> None:
        """Keys that belong to another method (e.g. 'swing' under methode: rangorde)."""
        belongs = {"rangorde": {"order", "formula"}, "paarsgewijs": {"comparisons", "matrix", "ri_table"},
                   "swing": {"swing"}}
        for name in weighting.model_fields_set - {"method", "not_weighed"} - belongs[weighting.method]:
            alias = Weighting.model_fields[name].alias or name
            self.add((*spec.loc, alias), "weights.key_not_for_method", at_key=True, key=alias,
                     method=weighting.method)

def group_weighting(members: Sequence[ResolvedWeighting]) -> ResolvedWeighting:
    """The group profile: the mean of the members' normalised weights (``weighting.group_weights``).

    The participants of a weighing session (returned forms, all of kind ``participant``)
    make a group of their own, named so ('groep (deelnemers)'); any other members are profiles.
    """
    group = w.group_weights([np.array(m.shares) for m in members])
    of_participants = all(m.kind == "participant" for m in members)
    return ResolvedWeighting(
        GROUP, t("participants.group_name" if of_participants else "weights.group_name"), None, "group", "groep",
        members[0].criteria, tuple(float(x) * 100 for x in group), members=tuple(m.id for m in members),
        group_of="participants" if of_participants else "profiles",
    )


def _spread(kept: Sequence[str], counted: Sequence[str], values: Sequence[float] | w.FloatArray) -> tuple[float, ...]:
    """Values for ``counted`` placed among ``kept``; the criteria not weighed get 0."""
    by_id = dict(zip(counted, values, strict=True))
    return tuple(float(by_id.get(cid, 0.0)) for cid in kept)


def _percent(shares: Sequence[float]) -> tuple[float, ...]:
    return tuple(float(x) * 100 for x in shares)


def hint(name: str, known: Sequence[str]) -> str:
    """' (bedoelt u 'x'?)' for a near match, else ''."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return t("schema.did_you_mean", suggestion=close[0]) if close else ""


def default_weighting(scenario: Scenario, found: Sequence[ResolvedWeighting]) -> ResolvedWeighting | None:
    """The weighting used without --profiel: the file's own, the default profile, the group, the only one."""
    by_id = {r.id: r for r in found}
    if FILE in by_id:
        return by_id[FILE]
    if scenario.default_profile is not None:
        return by_id.get(GROUP if scenario.default_profile == "group" else scenario.default_profile)
    if GROUP in by_id:
        return by_id[GROUP]
    return found[0] if found else None
