"""Every user-facing string, in Dutch and English, plus the glossary.

Why one file: the advisers who use this tool read Dutch; keeping every sentence
here makes the wording reviewable in one place and lets codespell skip it.
Code asks for a text by key: ``t("file.missing")``; the language is chosen once
per run (``language.set_language``).
"""

from __future__ import annotations

from typing import Any

from partnerkeuze.language import current_language

# key: (Dutch, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # --- reading files -------------------------------------------------------------
    "file.missing": ("bestand niet gevonden", "file not found"),
    "file.is_dir": ("dit is een map, geen bestand", "this is a folder, not a file"),
    "file.no_permission": ("geen leesrechten op dit bestand", "no permission to read this file"),
    "file.unreadable": ("bestand kan niet worden gelezen ({reason})", "file cannot be read ({reason})"),
    "file.too_large": (
        "bestand is te groot voor een scenario ({size} bytes; de grens is {limit})",
        "file is too large for a scenario ({size} bytes; the limit is {limit})",
    ),
    "file.not_text": (
        "dit is geen tekstbestand (het bevat nul-bytes); geef een YAML-bestand op",
        "this is not a text file (it contains NUL bytes); give a YAML file",
    ),
    "file.not_utf8": (
        "dit bestand is geen UTF-8-tekst; sla het op als UTF-8 (in Kladblok: Opslaan als, codering UTF-8)",
        "this file is not UTF-8 text; save it as UTF-8",
    ),
    "file.empty": ("bestand is leeg; begin met 'versie: 1'", "file is empty; start with 'versie: 1'"),
    # --- YAML ------------------------------------------------------------------------
    "yaml.syntax": (
        "ongeldige YAML: {problem} (let op inspringing met spaties, geen tabs, en zet labels als \"-\" tussen aanhalingstekens)",
        "invalid YAML: {problem} (check indentation with spaces, no tabs, and quote labels such as \"-\")",
    ),
    "yaml.too_deep": (
        "te diep genest voor een scenario (meer dan {limit} niveaus)",
        "nested too deeply for a scenario (more than {limit} levels)",
    ),
    "yaml.too_many_nodes": (
        "te veel waarden na het uitvouwen van aliassen (meer dan {limit}); is dit een alias-bom?",
        "too many values after expanding aliases (more than {limit}); is this an alias bomb?",
    ),
    "yaml.bad_tag": (
        "YAML-tag {tag} is niet toegestaan; een scenario bevat alleen tekst, getallen, lijsten en mappings",
        "YAML tag {tag} is not allowed; a scenario holds only text, numbers, lists and mappings",
    ),
    "yaml.bad_scalar": ("waarde '{text}' kan niet worden gelezen", "value '{text}' cannot be read"),
    "yaml.complex_key": ("een sleutel moet een eenvoudige tekst zijn", "a key must be plain text"),
    "yaml.duplicate_key": (
        "sleutel '{key}' staat hier twee keer; haal er een weg",
        "key '{key}' appears twice here; remove one",
    ),
    "yaml.bad_merge": ("'<<' moet naar een mapping verwijzen", "'<<' must refer to a mapping"),
    "yaml.unknown_node": ("onbekend YAML-element", "unknown YAML element"),
    "yaml.top_not_mapping": (
        "een scenario is een mapping met sleutels als 'versie', 'titel', 'criteria' en 'kandidaten'",
        "a scenario is a mapping with keys such as 'versie', 'titel', 'criteria' and 'kandidaten'",
    ),
    # --- version ---------------------------------------------------------------------
    "version.missing": (
        "'versie' ontbreekt; zet 'versie: 1' bovenaan het bestand",
        "'versie' is missing; put 'versie: 1' at the top of the file",
    ),
    "version.not_number": (
        "'versie' moet het getal 1 zijn, zonder aanhalingstekens",
        "'versie' must be the number 1, without quotes",
    ),
    "version.unsupported": (
        "versie {version} wordt niet ondersteund; deze partnerkeuze kent alleen versie 1",
        "version {version} is not supported; this partnerkeuze knows only version 1",
    ),
    # --- schema (by pydantic error type) ---------------------------------------------
    "schema.missing": ("'{key}' ontbreekt", "'{key}' is missing"),
    "schema.extra_forbidden": ("onbekende sleutel '{key}'{hint}", "unknown key '{key}'{hint}"),
    "schema.did_you_mean": (" (bedoelt u '{suggestion}'?)", " (did you mean '{suggestion}'?)"),
    "schema.number_type": (
        "'{key}' moet een getal zijn (gekregen: {input}); schrijf getallen zonder punten, spaties of euroteken, bijvoorbeeld 1200000",
        "'{key}' must be a number (got: {input}); write numbers without separators or currency signs, e.g. 1200000",
    ),
    "schema.finite_number": ("'{key}' moet een eindig getal zijn (gekregen: {input})", "'{key}' must be a finite number (got: {input})"),
    "schema.greater_than_equal": ("'{key}' moet {ge} of groter zijn (gekregen: {input})", "'{key}' must be {ge} or more (got: {input})"),
    "schema.string_type": ("'{key}' moet tekst zijn (gekregen: {input})", "'{key}' must be text (got: {input})"),
    "schema.string_too_short": ("'{key}' mag niet leeg zijn", "'{key}' must not be empty"),
    "schema.string_too_long": ("'{key}' is te lang (hoogstens {max_length} tekens)", "'{key}' is too long (at most {max_length} characters)"),
    "schema.string_pattern_mismatch": (
        "{input} is geen geldige id: gebruik kleine letters, cijfers, - en _ (bijvoorbeeld 'ict' of 'zelf_doen')",
        "{input} is not a valid id: use lowercase letters, digits, - and _ (e.g. 'ict' or 'do_it_yourself')",
    ),
    "schema.literal_error": ("'{key}' moet {expected} zijn (gekregen: {input})", "'{key}' must be {expected} (got: {input})"),
    "schema.list_type": ("'{key}' moet een lijst zijn (regels die beginnen met '- ')", "'{key}' must be a list (lines starting with '- ')"),
    "schema.too_short": ("'{key}' moet minstens {min_length} element(en) hebben", "'{key}' needs at least {min_length} item(s)"),
    "schema.too_long": ("'{key}' heeft te veel elementen (hoogstens {max_length})", "'{key}' has too many items (at most {max_length})"),
    "schema.dict_type": ("'{key}' moet een mapping zijn (sleutel: waarde)", "'{key}' must be a mapping (key: value)"),
    "schema.model_type": ("'{key}' moet een mapping zijn (sleutel: waarde)", "'{key}' must be a mapping (key: value)"),
    "schema.tuple_type": ("'{key}' moet een lijst van twee getallen zijn, bijvoorbeeld [0, 100]", "'{key}' must be a list of two numbers, e.g. [0, 100]"),
    "schema.bool_type": ("'{key}' moet ja/nee zijn (true of false)", "'{key}' must be true or false"),
    "schema.bool_parsing": ("'{key}' moet ja/nee zijn (true of false)", "'{key}' must be true or false"),
    "schema.date_type": ("'{key}' moet een datum zijn, bijvoorbeeld 2020-07-08", "'{key}' must be a date, e.g. 2020-07-08"),
    "schema.score_type": (
        "score voor '{key}' moet een getal of een schaallabel zijn (gekregen: {input})",
        "score for '{key}' must be a number or a scale label (got: {input})",
    ),
    "schema.score_is_list": (
        "score voor '{key}' is een lijst; zet labels als \"-\" of \"--\" tussen aanhalingstekens",
        "score for '{key}' is a list; quote labels such as \"-\" or \"--\"",
    ),
    "schema.score_empty": ("score voor '{key}' is leeg", "score for '{key}' is empty"),
    "schema.range_order": (
        "bereik [{low}, {high}]: de ondergrens moet onder de bovengrens liggen",
        "range [{low}, {high}]: the low end must be below the high end",
    ),
    "schema.other": ("'{key}': {message}", "'{key}': {message}"),
    # --- cross-references (checks.py) ---------------------------------------------
    "check.duplicate_criterion": ("criterium-id '{id}' komt vaker voor (ook op regel {line})", "criterion id '{id}' appears more than once (also on line {line})"),
    "check.duplicate_candidate": ("kandidaat-id '{id}' komt vaker voor (ook op regel {line})", "candidate id '{id}' appears more than once (also on line {line})"),
    "check.unknown_scale": (
        "schaal '{scale}' bestaat niet; kies uit: {known}",
        "scale '{scale}' does not exist; choose from: {known}",
    ),
    "check.empty_scale": ("schaal '{scale}' heeft geen labels", "scale '{scale}' has no labels"),
    "check.unknown_criterion_in_score": (
        "kandidaat '{candidate}' heeft een score voor onbekend criterium '{criterion}'{hint}",
        "candidate '{candidate}' has a score for unknown criterion '{criterion}'{hint}",
    ),
    "check.missing_score": (
        "kandidaat '{candidate}' heeft geen score voor criterium '{criterion}'",
        "candidate '{candidate}' has no score for criterion '{criterion}'",
    ),
    "check.unknown_label": (
        "'{label}' staat niet in schaal '{scale}' van criterium '{criterion}'; kies uit: {labels}",
        "'{label}' is not in scale '{scale}' of criterion '{criterion}'; choose from: {labels}",
    ),
    "check.text_without_scale": (
        "score '{label}' voor criterium '{criterion}' is geen getal en dit criterium heeft geen schaal; schrijf een getal (zonder punten of euroteken){hint}",
        "score '{label}' for criterion '{criterion}' is not a number and this criterion has no scale; write a number{hint}",
    ),
    "check.hint_add_scale": (", of voeg 'schaal: oordeel' toe aan het criterium", ", or add 'schaal: oordeel' to the criterion"),
    "check.out_of_range": (
        "score {value} voor criterium '{criterion}' ligt buiten het bereik [{low}, {high}]",
        "score {value} for criterion '{criterion}' lies outside the range [{low}, {high}]",
    ),
    "check.out_of_scale": (
        "score {value} voor criterium '{criterion}' ligt buiten schaal '{scale}' ({low} tot {high})",
        "score {value} for criterion '{criterion}' lies outside scale '{scale}' ({low} to {high})",
    ),
    "check.no_weight": (
        "criterium '{criterion}' heeft geen gewicht; geef 'gewicht:' of zet het onder 'gewichten:'",
        "criterion '{criterion}' has no weight; give 'gewicht:' or list it under 'gewichten:'",
    ),
    "check.weight_twice": (
        "criterium '{criterion}' krijgt zowel een 'gewicht' als een waarde onder 'gewichten'; kies er één",
        "criterion '{criterion}' has both a 'gewicht' and an entry under 'gewichten'; keep one",
    ),
    "check.weight_unknown_criterion": (
        "'gewichten' noemt onbekend criterium '{criterion}'{hint}",
        "'gewichten' names unknown criterion '{criterion}'{hint}",
    ),
    "check.all_weights_zero": (
        "alle gewichten zijn 0; geef minstens één criterium een gewicht groter dan 0",
        "all weights are 0; give at least one criterion a weight above 0",
    ),
    "check.unknown_set": (
        "criteriaset '{name}' bestaat niet; ingebouwd zijn: {known} (of geef een pad naar een .yaml-bestand)",
        "criteria set '{name}' does not exist; built in are: {known} (or give a path to a .yaml file)",
    ),
    "check.set_override_unknown": (
        "criterium '{criterion}' staat niet in criteriaset '{name}' en mist daarom velden: {fields}",
        "criterion '{criterion}' is not in criteria set '{name}' and so lacks fields: {fields}",
    ),
    # --- command line ----------------------------------------------------------------
    "cli.weight_syntax": (
        "--weight '{text}': schrijf ID=WAARDE, bijvoorbeeld --weight ict=40",
        "--weight '{text}': write ID=VALUE, e.g. --weight ict=40",
    ),
    "cli.weight_unknown": (
        "--weight: onbekend criterium '{criterion}'; bekend zijn: {known}",
        "--weight: unknown criterion '{criterion}'; known are: {known}",
    ),
    "cli.weight_value": (
        "--weight {criterion}={text}: het gewicht moet een getal van 0 of groter zijn",
        "--weight {criterion}={text}: the weight must be a number of 0 or more",
    ),
    "cli.weight_twice": ("--weight: criterium '{criterion}' staat er twee keer", "--weight: criterion '{criterion}' is given twice"),
    "cli.weight_dropped": (
        "--weight: criterium '{criterion}' heeft geen scores in het scenario en kan niet worden meegewogen",
        "--weight: criterion '{criterion}' has no scores in the scenario and cannot be weighed",
    ),
    "cli.error_prefix": ("fout", "error"),
    "cli.sampling_unknown": (
        "--sampling '{text}': kies 'rond' (rond de gekozen gewichten) of 'uniform' (alle gewichten even waarschijnlijk)",
        "--sampling '{text}': choose 'rond' (around the chosen weights) or 'uniform' (all weights equally likely)",
    ),
    "cli.sampling_progress": ("Gewichten trekken", "Drawing weights"),
    "cli.samples_negative": ("--samples moet 0 of groter zijn", "--samples must be 0 or more"),
    "cli.valid": (
        "{path} is geldig: {candidates} kandidaten, {criteria} criteria.",
        "{path} is valid: {candidates} candidates, {criteria} criteria.",
    ),
    "cli.problems": ("{count} probleem/problemen gevonden in {path}.", "{count} problem(s) found in {path}."),
    "cli.unknown_set": (
        "criteriaset '{name}' bestaat niet; ingebouwd zijn: {known}",
        "criteria set '{name}' does not exist; built in are: {known}",
    ),
    # --- ranking output ----------------------------------------------------------------
    "rank.col_rank": ("#", "#"),
    "rank.col_candidate": ("Kandidaat", "Candidate"),
    "rank.col_total": ("Totaal\n(0–100)", "Total\n(0–100)"),
    "rank.col_rank_file": ("Rang\nbestand", "Rank\nfile"),
    "rank.col_rank_now": ("Rang\nnu", "Rank\nnow"),
    "rank.col_criterion": ("Criterium", "Criterion"),
    "rank.col_weight": ("Gewicht", "Weight"),
    "rank.row_total": ("Totaal (0–100)", "Total (0–100)"),
    "rank.row_rank_file": ("Rang met gewichten uit bestand", "Rank with the file's weights"),
    "rank.row_rank_now": ("Rang met deze gewichten", "Rank with these weights"),
    "rank.weights_caption": ("Gewichten: {weights}", "Weights: {weights}"),
    "rank.overridden": ("aangepast", "adjusted"),
    "rank.dropped": (
        "Niet meegewogen (gewicht 0, geen scores): {criteria}",
        "Not weighed (weight 0, no scores): {criteria}",
    ),
    "rank.legend": (
        "Per criterium: de score zoals ingevuld → de gewogen bijdrage aan het totaal (punten van 100). ★ = voorkeursalternatief.",
        "Per criterion: the score as entered → its weighted contribution to the total (points out of 100). ★ = preferred alternative.",
    ),
    "rank.conclusion_single": (
        "{winner} is de enige kandidaat ({score} punten).",
        "{winner} is the only candidate ({score} points).",
    ),
    "rank.conclusion": (
        "{winner} staat eerste met {score} van de 100 punten, {margin} punten vóór {runner_up} ({runner_score}).",
        "{winner} ranks first with {score} of 100 points, {margin} points ahead of {runner_up} ({runner_score}).",
    ),
    "rank.conclusion_tie": (
        "{winners} staan gedeeld eerste met elk {score} van de 100 punten.",
        "{winners} share first place with {score} of 100 points each.",
    ),
    "rank.flip": (
        "Met deze gewichten verandert de rangorde: {changes}.",
        "With these weights the ranking changes: {changes}.",
    ),
    "rank.flip_item": ("{name} van {before} naar {after}", "{name} from {before} to {after}"),
    "rank.no_flip": (
        "Met deze gewichten blijft de rangorde gelijk aan die van het bestand.",
        "With these weights the ranking stays as in the file.",
    ),
    # --- sensitivity (render/robustness.py, render/terminal.py) -------------------------
    "robust.stay": ("blijft", "stays"),
    "robust.stay_plural": ("blijven", "stay"),
    "robust.weight_between": (
        "{winner} {stays} eerste zolang het gewicht van {criterion} tussen {low} en {high} ligt (nu {now}); daaronder wordt {below} eerste, daarboven {above}.",
        "{winner} {stays} first as long as the weight of {criterion} lies between {low} and {high} (now {now}); below that {below} comes first, above it {above}.",
    ),
    "robust.weight_at_least": (
        "{winner} {stays} eerste zolang het gewicht van {criterion} minstens {low} is (nu {now}); daaronder wordt {below} eerste.",
        "{winner} {stays} first as long as the weight of {criterion} is at least {low} (now {now}); below that {below} comes first.",
    ),
    "robust.weight_at_most": (
        "{winner} {stays} eerste zolang het gewicht van {criterion} hoogstens {high} is (nu {now}); daarboven wordt {above} eerste.",
        "{winner} {stays} first as long as the weight of {criterion} is at most {high} (now {now}); above that {above} comes first.",
    ),
    "robust.weight_any": (
        "{winner} {stays} eerste bij elk gewicht van {criterion} (nu {now}).",
        "{winner} {stays} first at any weight of {criterion} (now {now}).",
    ),
    "robust.title": ("Gevoeligheid: {title}", "Sensitivity: {title}"),
    "robust.weights_title": (
        "Gewichten: hoe ver mag één gewicht bewegen? (meest kwetsbare eerst)",
        "Weights: how far may one weight move? (most fragile first)",
    ),
    "robust.col_now": ("Nu", "Now"),
    "robust.col_winner_interval": ("Winnaar blijft\neerste", "Winner stays\nfirst"),
    "robust.col_takeover": ("Daarbuiten eerste", "First outside it"),
    "robust.col_ranking_interval": ("Hele rangorde\ngelijk", "Whole ranking\nunchanged"),
    "robust.col_undefined": ("niet gedefinieerd", "undefined"),
    "robust.below": ("lager: {name}", "lower: {name}"),
    "robust.above": ("hoger: {name}", "higher: {name}"),
    "robust.weights_legend": (
        "Eén gewicht tegelijk van 0 tot 100%, de andere gewichten naar verhouding. Groen: de winnaar blijft eerste (gelijkspel telt als eerste blijven); ● het gewicht nu.",
        "One weight at a time from 0 to 100%, the other weights in proportion. Green: the winner stays first (a tie counts as staying); ● the weight now.",
    ),
    "robust.scores_title": (
        "Scores: welke score verandert de eerste plaats? (de rest gelijk)",
        "Scores: which score changes first place? (the rest unchanged)",
    ),
    "robust.scores_legend": (
        "Winnaar: nu ▸ hoe ver de score mag zakken en nog eerste is; 'altijd' = geen score kost de eerste plaats. Anderen: nu ▸ de score die nodig is om (gedeeld) eerste te worden; — = geen score binnen het bereik is genoeg; · = gewicht 0.",
        "Winner: now ▸ how far the score may fall while staying first; 'always' = no score costs first place. Others: now ▸ the score needed to come (jointly) first; — = no score within the range suffices; · = weight 0.",
    ),
    "robust.cell_safe": ("altijd", "always"),
    "robust.mc_title": ("Monte Carlo: hoe vaak staat elke kandidaat op elke plaats?", "Monte Carlo: how often does each candidate take each place?"),
    "robust.col_rank_n": ("{n}e", "#{n}"),
    "robust.central": (
        "Centrale gewichten voor {name} (gemiddelde gewichten waarbij {name} eerste staat): {weights}",
        "Central weights for {name} (average weights at which {name} comes first): {weights}",
    ),
    "robust.in_words": ("In woorden, voor het voorstel", "In words, for the memo"),
    "robust.weight_any_of": (
        "{winner} {stays} eerste bij elk gewicht van {criteria} (telkens één gewicht, de andere naar verhouding).",
        "{winner} {stays} first at any weight of {criteria} (one weight at a time, the others in proportion).",
    ),
    "robust.weight_undefined": (
        "{criterion} heeft al het gewicht; hoe gevoelig de uitkomst voor dit gewicht is, is dan niet gedefinieerd.",
        "{criterion} carries all the weight; how sensitive the outcome is to this weight is then undefined.",
    ),
    "robust.cond_weight_below": ("het gewicht van {criterion} onder {bound} zakt", "the weight of {criterion} drops below {bound}"),
    "robust.cond_weight_above": ("het gewicht van {criterion} boven {bound} komt", "the weight of {criterion} rises above {bound}"),
    "robust.cond_score_label": ("de score op {criterion} van {now} naar {needed} gaat", "its score on {criterion} goes from {now} to {needed}"),
    "robust.cond_score_max": (
        "de score op {criterion} van {now} naar {needed} of meer gaat",
        "its score on {criterion} goes from {now} to {needed} or more",
    ),
    "robust.cond_score_min": (
        "de score op {criterion} van {now} naar {needed} of minder gaat",
        "its score on {criterion} goes from {now} to {needed} or less",
    ),
    "robust.challenger": (
        "{name} wordt alleen eerste als {conditions}{more} (telkens één wijziging, de rest gelijk).",
        "{name} only comes first if {conditions}{more} (one change at a time, the rest unchanged).",
    ),
    "robust.challenger_never": (
        "{name} wordt met één wijziging van een gewicht of een score niet eerste.",
        "{name} cannot come first by changing a single weight or score.",
    ),
    "robust.more": (" (en nog {count} mogelijkheden, zie de tabel)", " (and {count} more, see the table)"),
    "robust.more_one": (" (en nog 1 mogelijkheid, zie de tabel)", " (and 1 more, see the table)"),
    "robust.winner_score_max": (
        "De score van {winner} op {criterion} mag dalen tot {limit} (nu {now}) zonder dat {winner} de eerste plaats verliest.",
        "{winner}'s score on {criterion} may fall to {limit} (now {now}) without {winner} losing first place.",
    ),
    "robust.winner_score_min": (
        "De score van {winner} op {criterion} mag stijgen tot {limit} (nu {now}; lager is beter) zonder dat {winner} de eerste plaats verliest.",
        "{winner}'s score on {criterion} may rise to {limit} (now {now}; lower is better) without {winner} losing first place.",
    ),
    "robust.winner_score_none": (
        "Wordt de score van {winner} op {criterion} slechter dan {now}, dan verliest {winner} de eerste plaats.",
        "If {winner}'s score on {criterion} gets worse than {now}, {winner} loses first place.",
    ),
    "robust.winner_score_safe": (
        "Geen enkele score van {winner} op {criteria} kan {winner} alleen de eerste plaats kosten.",
        "No score of {winner} on {criteria} can on its own cost {winner} first place.",
    ),
    "robust.acceptability": (
        "Bij {samples} trekkingen van de gewichten {how}, seed {seed}, staat {name} in {share} van de trekkingen eerste{others}.",
        "Over {samples} draws of the weights {how}, seed {seed}, {name} comes first in {share} of the draws{others}.",
    ),
    "robust.share_more": ("{name} in {share}", "{name} in {share}"),
    "robust.sampling_around": (
        "rond de gekozen gewichten, Dirichlet met concentratie {concentration}",
        "around the chosen weights, Dirichlet with concentration {concentration}",
    ),
    "robust.sampling_uniform": (
        "gelijkmatig over alle mogelijke gewichtsverdelingen (SMAA-2)",
        "uniformly over all possible weight distributions (SMAA-2)",
    ),
    "rank.title": ("Rangorde: {title}", "Ranking: {title}"),
    # --- memo export ---------------------------------------------------------------------
    "memo.section_table": ("Alternatieven en afweging", "Alternatives and assessment"),
    "memo.organisation": ("Organisatie", "Organisation"),
    "memo.date": ("Datum", "Date"),
    "memo.description": ("Toelichting", "Background"),
    "memo.col_criterion": ("Criterium", "Criterion"),
    "memo.col_weight": ("Gewicht", "Weight"),
    "memo.row_total": ("Gewogen totaalscore (0–100)", "Weighted total score (0–100)"),
    "memo.row_rank": ("Rangorde", "Rank"),
    "memo.preferred": ("voorkeursalternatief", "preferred alternative"),
    "memo.legend": (
        "★ = voorkeursalternatief. Scores zoals beoordeeld; de cijfers verwijzen naar de onderbouwing in de noten. De totaalscore is de gewogen som van de scores, herschaald naar 0–1 per criterium, in punten van 100.",
        "★ = preferred alternative. Scores as assessed; the numbers refer to the rationale in the notes. The total is the weighted sum of the scores, each rescaled to 0–1 per criterion, in points out of 100.",
    ),
    "memo.notes": ("Onderbouwing van de scores", "Rationale for the scores"),
    "memo.source": ("Bron: {source}", "Source: {source}"),
    "memo.contributions": (
        "Gewogen bijdrage per criterium (punten van 100)",
        "Weighted contribution per criterion (points out of 100)",
    ),
    "memo.conclusion": ("Uitkomst", "Outcome"),
    "memo.redacted_marker": ("[gelakt: vertrouwelijk]", "[redacted: confidential]"),
    "memo.pseudonym": ("Kandidaat {letter}", "Candidate {letter}"),
    "memo.notice_openbaar": (
        "Openbare versie (Woo). Vertrouwelijke onderbouwingen zijn gelakt en vervangen door '{marker}'; de naam van een vertrouwelijke kandidaat is vervangen door 'Kandidaat' en een letter. De scores zelf staan er volledig in.",
        "Public version (Woo). Confidential rationale is redacted and replaced by '{marker}'; the name of a confidential candidate is replaced by 'Candidate' and a letter. The scores themselves are complete.",
    ),
    "memo.notice_openbaar_nothing": (
        "Openbare versie (Woo). Het scenario bevat geen vertrouwelijke onderdelen; er is niets gelakt.",
        "Public version (Woo). The scenario contains nothing confidential; nothing is redacted.",
    ),
    "memo.notice_internal": (
        "Interne versie: bevat vertrouwelijke informatie ({items}). Niet openbaar maken; maak voor publicatie een openbare versie met --openbaar.",
        "Internal version: contains confidential information ({items}). Do not publish; make a public version with --openbaar.",
    ),
    "memo.confidential_candidates": ("vertrouwelijke kandidaat: {names}", "confidential candidate: {names}"),
    "memo.confidential_notes": ("{count} vertrouwelijke onderbouwing(en)", "{count} confidential rationale(s)"),
    "memo.confidential_tag": ("[vertrouwelijk] ", "[confidential] "),
    "memo.notice_overridden": (
        "Let op: deze gewichten wijken af van het scenariobestand: {changes}.",
        "Note: these weights differ from the scenario file: {changes}.",
    ),
    "memo.override_item": ("{criterion} {before} → {after}", "{criterion} {before} → {after}"),
    "memo.sensitivity": ("Gevoeligheid", "Sensitivity"),
    "memo.intervals": ("Gewichtsintervallen", "Weight intervals"),
    "memo.intervals_intro": (
        "Per criterium: tussen welke gewichten de winnaar eerste blijft en de hele rangorde gelijk blijft, als de andere gewichten naar verhouding meebewegen.",
        "Per criterion: between which weights the winner stays first and the whole ranking stays the same, when the other weights move in proportion.",
    ),
    "memo.col_winner_interval": ("Winnaar blijft eerste", "Winner stays first"),
    "memo.col_ranking_interval": ("Rangorde blijft gelijk", "Ranking unchanged"),
    "memo.col_takeover_low": ("Neemt over bij lager gewicht", "Takes over below"),
    "memo.col_takeover_high": ("Neemt over bij hoger gewicht", "Takes over above"),
    "memo.interval": ("{low} – {high}", "{low} – {high}"),
    "memo.none": ("–", "–"),
    "memo.first_shares": ("Kans op de eerste plaats", "Chance of ranking first"),
    "memo.col_candidate": ("Kandidaat", "Candidate"),
    "memo.col_share": ("Aandeel eerste plaats", "Share ranked first"),
    "memo.sampling": (
        "{samples} trekkingen van de gewichten ({sampling}), seed {seed}.",
        "{samples} draws of the weights ({sampling}), seed {seed}.",
    ),
    "memo.reproducibility": ("Reproduceerbaarheid", "Reproducibility"),
    "memo.repro_line": (
        "partnerkeuze {version}; scenariobestand SHA-256 {sha256}; seed {seed}; geëxporteerd op {date}.",
        "partnerkeuze {version}; scenario file SHA-256 {sha256}; seed {seed}; exported on {date}.",
    ),
    "memo.no_seed": ("geen (geen steekproef)", "none (no sampling)"),
    "memo.chart_contributions": ("Gewogen bijdrage per criterium", "Weighted contribution per criterion"),
    "memo.chart_points": ("Punten van 100", "Points out of 100"),
    "memo.chart_intervals": ("Gewichtsintervallen: winnaar blijft eerste", "Weight intervals: winner stays first"),
    "memo.chart_weight": ("Gewicht", "Weight"),
    "memo.chart_current": ("huidig gewicht", "current weight"),
    "memo.yes": ("ja", "yes"),
    "memo.no": ("nee", "no"),
    "memo.csv_header": (
        "kandidaat_id;kandidaat;criterium_id;criterium;gewicht_procent;score;waarde;genormaliseerd;bijdrage_punten;totaal_punten;rang;voorkeur;onderbouwing;bron",
        "candidate_id;candidate;criterion_id;criterion;weight_percent;score;value;normalised;contribution_points;total_points;rank;preferred;rationale;source",
    ),
    "memo.xlsx_sheet_table": ("Afweging", "Assessment"),
    "memo.xlsx_sheet_data": ("Gegevens", "Data"),
    "memo.xlsx_sheet_notes": ("Onderbouwing", "Rationale"),
    "memo.xlsx_sheet_sensitivity": ("Gevoeligheid", "Sensitivity"),
    "memo.xlsx_points": ("Gewicht (punten)", "Weight (points)"),
    "memo.xlsx_share": ("Gewicht (%)", "Weight (%)"),
    "memo.xlsx_scores": ("Scores zoals beoordeeld", "Scores as assessed"),
    "memo.xlsx_values": ("Waarde na herschaling (0–1)", "Value after rescaling (0–1)"),
    "memo.xlsx_hint": (
        "Wijzig een gewicht in de kolom 'Gewicht (punten)': de percentages, totaalscores en rangorde rekenen mee, met hetzelfde model als partnerkeuze.",
        "Change a weight in the 'Weight (points)' column: the percentages, totals and ranks recompute with the same model as partnerkeuze.",
    ),
    "memo.xlsx_direction": ("Richting", "Direction"),
    "memo.xlsx_low": ("Ondergrens", "Low end"),
    "memo.xlsx_high": ("Bovengrens", "High end"),
    "memo.xlsx_data_hint": (
        "De scores als getal (schaallabels via hun schaalwaarde) en het bereik van de herschaling. Richting: max = hoger is beter, min = lager is beter.",
        "The scores as numbers (scale labels by their scale value) and the rescaling range. Direction: max = higher is better, min = lower is better.",
    ),
    "memo.col_note": ("Noot", "Note"),
    "memo.col_score": ("Score", "Score"),
    "memo.col_rationale": ("Onderbouwing", "Rationale"),
    "memo.col_source": ("Bron", "Source"),
    "memo.html_controls": ("Gewichten aanpassen", "Adjust the weights"),
    "memo.html_controls_hint": (
        "Verschuif een gewicht; de andere gewichten bewegen naar verhouding mee, zodat ze samen 100% blijven. De totaalscores en de rangorde worden in deze pagina opnieuw berekend met hetzelfde model.",
        "Move a weight; the other weights move in proportion, so that they keep adding up to 100%. The totals and the ranking are recomputed in this page with the same model.",
    ),
    "memo.html_reset": ("Terug naar de gewichten van het memo", "Back to the memo's weights"),
    "memo.html_flip": ("De rangorde verandert: {changes}.", "The ranking changes: {changes}."),
    "memo.html_no_flip": (
        "Met deze gewichten blijft de rangorde gelijk aan die in het memo.",
        "With these weights the ranking stays as in the memo.",
    ),
    "memo.html_noscript": (
        "De schuifregelaars werken alleen met JavaScript; de tabel hierboven is volledig.",
        "The sliders need JavaScript; the table above is complete.",
    ),
    # --- export ---------------------------------------------------------------------------
    "export.unknown_format": (
        "kan het formaat niet afleiden uit '{name}'; gebruik --format met een van: {known}",
        "cannot tell the format from '{name}'; use --format with one of: {known}",
    ),
    "export.no_output": (
        "geef een uitvoerbestand (--output) of een formaat (--format)",
        "give an output file (--output) or a format (--format)",
    ),
    "export.exists": (
        "{path} bestaat al; gebruik --force om het te vervangen",
        "{path} already exists; use --force to replace it",
    ),
    "export.is_protected": (
        "{path} is een invoerbestand van deze export (het scenario of het sjabloon); kies een ander uitvoerbestand",
        "{path} is an input of this export (the scenario or the template); choose another output file",
    ),
    "export.is_dir": ("{path} is een map; geef een bestandsnaam", "{path} is a folder; give a file name"),
    "export.no_dir": ("map {path} bestaat niet", "folder {path} does not exist"),
    "export.write_failed": ("{path} kan niet worden geschreven ({reason})", "{path} cannot be written ({reason})"),
    "export.bad_date": (
        "--datum '{text}': schrijf een datum als 2024-03-15",
        "--datum '{text}': write a date such as 2024-03-15",
    ),
    "export.template_only_docx": ("--template werkt alleen voor Word (docx)", "--template only works for Word (docx)"),
    "export.bad_template": (
        "--template {path}: geen bruikbaar Word-bestand (.docx) ({reason})",
        "--template {path}: not a usable Word file (.docx) ({reason})",
    ),
    "export.written": ("Geschreven: {path}", "Written: {path}"),
    "common.and": ("en", "and"),
    "common.or": ("of", "or"),
    # --- criteria sets -------------------------------------------------------------------
    "sets.title": ("Criteriasets", "Criteria sets"),
    "sets.col_name": ("Set", "Set"),
    "sets.col_title": ("Naam", "Name"),
    "sets.col_criteria": ("Criteria", "Criteria"),
    "sets.usage": (
        "Gebruik in een scenario: 'criteriaset: {name}' plus 'gewichten:'. Details: partnerkeuze criteria {name}",
        "Use in a scenario: 'criteriaset: {name}' plus 'gewichten:'. Details: partnerkeuze criteria {name}",
    ),
    "sets.col_id": ("id", "id"),
    "sets.col_direction": ("Richting", "Direction"),
    "sets.col_scale": ("Schaal / eenheid", "Scale / unit"),
    "sets.col_definition": ("Definitie", "Definition"),
    "direction.max": ("hoger is beter", "higher is better"),
    "direction.min": ("lager is beter", "lower is better"),
}

# Terms as the memo uses them, with the code's English name beside them.
GLOSSARY: dict[str, str] = {
    "kandidaat": "candidate (alternative)",
    "criterium": "criterion",
    "gewicht": "weight",
    "richting": "direction (max = benefit, min = cost)",
    "schaal": "scale (label -> number)",
    "bereik": "range used for normalisation",
    "onderbouwing": "rationale",
    "bron": "source",
    "rangorde": "ranking",
    "voorkeursalternatief": "preferred alternative",
    "zelf doen": "do it yourself (status quo)",
}


def t(key: str, /, **values: Any) -> str:
    """The text for ``key`` in the current language, with placeholders filled in."""
    dutch, english = MESSAGES[key]
    template = english if current_language() == "en" else dutch
    return template.format(**values) if values else template


def join_names(names: list[str]) -> str:
    """'a', 'a en b', 'a, b en c' (or 'and' in English)."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {t('common.and')} {names[-1]}"

# Help texts of the command line (``--help``), in the same two languages.
HELP: dict[str, tuple[str, str]] = {
    "app": (
        "Kies een samenwerkingspartner: een expliciete, reproduceerbare en verdedigbare afweging.\n\n"
        "Voorbeeld: partnerkeuze rank scenarios/haaksbergen-2020.yaml",
        "Choose a cooperation partner: an explicit, reproducible and defensible trade-off.\n\n"
        "Example: partnerkeuze rank scenarios/haaksbergen-2020.yaml",
    ),
    "version": ("Toon de versie en stop.", "Show the version and exit."),
    "lang": ("Taal van de uitvoer: nl of en (ook via PARTNERKEUZE_LANG).", "Output language: nl or en (also via PARTNERKEUZE_LANG)."),
    "file": ("Het scenariobestand (YAML).", "The scenario file (YAML)."),
    "rank": (
        "Rangschik de kandidaten met de gewogen som en toon per criterium de bijdrage.\n\n"
        "Voorbeeld: partnerkeuze rank scenarios/haaksbergen-2020.yaml --weight ict=40",
        "Rank the candidates by weighted sum and show each criterion's contribution.\n\n"
        "Example: partnerkeuze rank scenarios/haaksbergen-2020.yaml --weight ict=40",
    ),
    "weight": (
        "Vervang voor deze keer het gewicht van een criterium: ID=WAARDE, in dezelfde eenheid als in het bestand (herhaalbaar).",
        "Replace a criterion's weight for this run: ID=VALUE, in the same units as the file (repeatable).",
    ),
    "json": ("Geef het resultaat als JSON op stdout, voor programma's.", "Print the result as JSON on stdout, for programs."),
    "validate": (
        "Controleer scenariobestanden; elk probleem als BESTAND:REGEL:KOLOM: melding.\n\n"
        "Voorbeeld: partnerkeuze validate scenarios/*.yaml",
        "Check scenario files; each problem as FILE:LINE:COLUMN: message.\n\n"
        "Example: partnerkeuze validate scenarios/*.yaml",
    ),
    "files": ("Een of meer scenariobestanden.", "One or more scenario files."),
    "criteria": (
        "Toon de ingebouwde criteriasets, of één set met de definitie van elk criterium.\n\n"
        "Voorbeeld: partnerkeuze criteria haaksbergen",
        "List the built-in criteria sets, or show one with each criterion's definition.\n\n"
        "Example: partnerkeuze criteria haaksbergen",
    ),
    "sensitivity": (
        "Hoe zeker is de uitkomst? Exacte gewichtsintervallen, scoredrempels en Monte Carlo, in gewone zinnen.\n\n"
        "Voorbeeld: partnerkeuze sensitivity scenarios/haaksbergen-2020.yaml --samples 20000 --seed 7",
        "How sure is the outcome? Exact weight intervals, score thresholds and Monte Carlo, in plain sentences.\n\n"
        "Example: partnerkeuze sensitivity scenarios/haaksbergen-2020.yaml --samples 20000 --seed 7",
    ),
    "samples": (
        "Aantal trekkingen van de gewichten voor de Monte Carlo (0 = uit).",
        "Number of weight draws for the Monte Carlo (0 = off).",
    ),
    "seed": (
        "Startwaarde van de toevalsgenerator; dezelfde seed geeft dezelfde uitkomst.",
        "Seed of the random generator; the same seed gives the same outcome.",
    ),
    "sampling": (
        "Hoe de gewichten getrokken worden: 'rond' de gekozen gewichten (standaard) of 'uniform' over alle mogelijke gewichten (SMAA-2).",
        "How weights are drawn: 'rond' (around the chosen weights, default) or 'uniform' over all possible weights (SMAA-2).",
    ),
    "set_name": ("Naam van een set (of pad naar een set-bestand).", "Name of a set (or path to a set file)."),
    "export": (
        "Exporteer de afweging voor een college- of raadsvoorstel: Word, Excel, HTML, Markdown of CSV.\n\n"
        "Het formaat volgt uit de extensie van --output, of uit --format. Voorbeeld: "
        "partnerkeuze export scenarios/haaksbergen-2020.yaml -o afweging.docx",
        "Export the assessment for a council memo: Word, Excel, HTML, Markdown or CSV.\n\n"
        "The format follows from the extension of --output, or from --format. Example: "
        "partnerkeuze export scenarios/haaksbergen-2020.yaml -o assessment.docx",
    ),
    "format": ("Uitvoerformaat: docx, xlsx, html, md of csv (anders de extensie van --output).", "Output format: docx, xlsx, html, md or csv (else the extension of --output)."),
    "output": ("Het uitvoerbestand (standaard: naam van het scenario met de extensie van het formaat).", "The output file (default: the scenario's name with the format's extension)."),
    "force": ("Vervang een bestaand uitvoerbestand.", "Replace an existing output file."),
    "openbaar": (
        "Openbare versie voor publicatie onder de Woo: vertrouwelijke onderbouwingen en kandidaatnamen worden gelakt.",
        "Public version for publication under the Woo: confidential rationale and candidate names are redacted.",
    ),
    "template": ("Word-sjabloon (.docx) van de gemeente; de export neemt de stijlen over.", "The municipality's Word template (.docx); the export takes its styles."),
    "datum": ("Datum van de export (JJJJ-MM-DD; standaard vandaag).", "Date of the export (YYYY-MM-DD; default today)."),
}


def help_text(key: str, language: str) -> str:
    """A ``--help`` text in the given language."""
    dutch, english = HELP[key]
    return english if language == "en" else dutch
