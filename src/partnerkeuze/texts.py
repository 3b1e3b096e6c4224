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
    "yaml.too_many_values": (
        "te veel waarden voor een scenario (meer dan {limit}); een echt scenario heeft er veel minder",
        "too many values for a scenario (more than {limit}); a real scenario has far fewer",
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
    "cache.warning": ("let op", "note"),
    "cache.not_owned": (
        "de scenariocache {path} is niet van u; het scenario is zonder cache gelezen (kies een eigen map met PARTNERKEUZE_CACHE)",
        "the scenario cache {path} is not yours; the scenario was read without the cache (choose a folder of your own with PARTNERKEUZE_CACHE)",
    ),
    "cache.writable_by_others": (
        "de scenariocache {path} is ook voor anderen schrijfbaar; het scenario is zonder cache gelezen (chmod go-w, of kies een eigen map met PARTNERKEUZE_CACHE)",
        "the scenario cache {path} can be written by others; the scenario was read without the cache (chmod go-w, or choose a folder of your own with PARTNERKEUZE_CACHE)",
    ),
    "cache.not_a_folder": (
        "de scenariocache {path} is geen map; het scenario is zonder cache gelezen",
        "the scenario cache {path} is not a folder; the scenario was read without the cache",
    ),
    "cache.not_a_file": (
        "{path} in de scenariocache is geen gewoon bestand; het scenario is zonder cache gelezen",
        "{path} in the scenario cache is not a regular file; the scenario was read without the cache",
    ),
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
        "Bij {samples} trekkingen van de gewichten {how}{scores}, seed {seed}, staat {name} in {share} van de trekkingen eerste{others}.",
        "Over {samples} draws of the weights {how}{scores}, seed {seed}, {name} comes first in {share} of the draws{others}.",
    ),
    "robust.and_scores": (" en van de onzekere scores", " and of the uncertain scores"),
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
        "{samples} trekkingen van de gewichten ({sampling}){scores}, seed {seed}.",
        "{samples} draws of the weights ({sampling}){scores}, seed {seed}.",
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
        "kandidaat_id;kandidaat;criterium_id;criterium;gewicht_procent;score;waarde;genormaliseerd;bijdrage_punten;totaal_punten;rang;voorkeur;onderbouwing;bron;verschil_status_quo_punten;uitgesloten",
        "candidate_id;candidate;criterion_id;criterion;weight_percent;score;value;normalised;contribution_points;total_points;rank;preferred;rationale;source;versus_status_quo_points;excluded",
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
    # --- decision modelling: weging, profielen, harde eisen, status quo, onzekere scores --
    # (weightmodels.py, profiles.py, methodchecks.py, scorevalues.py, render/decision*.py)
    "schema.less_than_equal": ("'{key}' moet {le} of kleiner zijn (gekregen: {input})", "'{key}' must be {le} or less (got: {input})"),
    "schema.judgement_type": (
        "'{key}': verwacht een positief getal of een breuk zoals 1/3 (gekregen: {input})",
        "'{key}': expected a positive number or a fraction such as 1/3 (got: {input})",
    ),
    "schema.rank_item_type": (
        "elke plaats in 'volgorde' is een criterium-id, of een lijst van ids die even belangrijk zijn (gekregen: {input})",
        "each place in 'volgorde' is a criterion id, or a list of ids that are equally important (got: {input})",
    ),
    "schema.comparison_shape": (
        "een vergelijking is een lijst [criterium, criterium, getal], bijvoorbeeld [ict, kosten, 3] (gekregen: {input})",
        "a comparison is a list [criterion, criterion, number], e.g. [ict, kosten, 3] (got: {input})",
    ),
    "schema.comparison_range": (
        "vergelijking van {a} met {b}: {value} ligt buiten de schaal van Saaty (1/9 tot 9)",
        "comparison of {a} with {b}: {value} lies outside Saaty's scale (1/9 to 9)",
    ),
    "schema.range_length": (
        "score voor '{key}' als bereik heeft twee waarden, [laag, hoog] (gekregen: {input})",
        "score for '{key}' as a range has two values, [low, high] (got: {input})",
    ),
    "schema.estimate_missing": (
        "de schatting voor '{key}' mist '{part}'; geef laag, waarschijnlijk en hoog",
        "the estimate for '{key}' lacks '{part}'; give laag, waarschijnlijk and hoog",
    ),
    "schema.estimate_extra": (
        "onbekende sleutel '{part}' in de schatting voor '{key}'; gebruik laag, waarschijnlijk en hoog",
        "unknown key '{part}' in the estimate for '{key}'; use laag, waarschijnlijk and hoog",
    ),
    "schema.estimate_value": (
        "'{part}' in de schatting voor '{key}' moet een getal of een schaallabel zijn",
        "'{part}' in the estimate for '{key}' must be a number or a scale label",
    ),
    "weights.file_name": ("bestand", "file"),
    "weights.group_name": ("groep", "group"),
    "weights.both_points_and_weging": (
        "'weging' en punten ('gewicht' of 'gewichten') staan er allebei: kies één manier om te wegen",
        "both 'weging' and points ('gewicht' or 'gewichten') are given: choose one way to weigh",
    ),
    "weights.default_with_own": (
        "'standaardprofiel' kan alleen als het bestand zelf geen gewichten heeft; zonder --profiel gelden de gewichten uit het bestand",
        "'standaardprofiel' only works when the file has no weights of its own; without --profiel the file's weights apply",
    ),
    "weights.unknown_profile": ("onbekend profiel '{name}'; de profielen zijn: {known}", "unknown profile '{name}'; the profiles are: {known}"),
    "weights.reserved_profile": (
        "'{name}' is een gereserveerde naam (groep, group, bestand, file); kies een andere naam voor dit profiel",
        "'{name}' is a reserved name (groep, group, bestand, file); choose another name for this profile",
    ),
    "weights.profile_needs_one": (
        "profiel '{name}' heeft 'gewichten' of 'weging' nodig (één van beide)",
        "profile '{name}' needs 'gewichten' or 'weging' (one of them)",
    ),
    "weights.unknown_criterion": ("onbekend criterium '{criterion}'{hint}", "unknown criterion '{criterion}'{hint}"),
    "weights.profile_missing": (
        "profiel '{name}' mist een gewicht voor: {criteria}",
        "profile '{name}' lacks a weight for: {criteria}",
    ),
    "weights.profile_all_zero": (
        "profiel '{name}': alle gewichten zijn 0; geef minstens één criterium een gewicht",
        "profile '{name}': all weights are 0; give at least one criterion a weight",
    ),
    "weights.key_not_for_method": ("'{key}' hoort niet bij methode {method}", "'{key}' does not belong to method {method}"),
    "weights.method_needs": ("methode {method} vraagt '{key}'", "method {method} needs '{key}'"),
    "weights.listed_and_zero": (
        "'{criterion}' staat onder 'weegt_niet' en telt hier toch mee; kies één van beide",
        "'{criterion}' is under 'weegt_niet' but counts here as well; choose one",
    ),
    "weights.nothing_weighed": (
        "elk criterium staat onder 'weegt_niet'; er moet minstens één meetellen",
        "every criterion is under 'weegt_niet'; at least one must count",
    ),
    "weights.order_twice": (
        "'{criterion}' staat al eerder in de volgorde (regel {line})",
        "'{criterion}' is already in the order (line {line})",
    ),
    "weights.order_missing": (
        "de volgorde mist: {criteria}; zet elk criterium op een plaats, of onder 'weegt_niet' als het hier niet meetelt",
        "the order lacks: {criteria}; give every criterion a place, or put it under 'weegt_niet' if it does not count here",
    ),
    "weights.swing_missing": (
        "swing mist: {criteria}; geef elk criterium een waarde van 0 tot 100",
        "swing lacks: {criteria}; give every criterion a value from 0 to 100",
    ),
    "weights.swing_top": (
        "de belangrijkste swing krijgt 100 (de hoogste is nu {highest}); de andere zijn een deel daarvan",
        "the most valuable swing gets 100 (the highest is now {highest}); the others are a part of it",
    ),
    "weights.pairwise_needs_one": (
        "methode paarsgewijs vraagt 'vergelijkingen' of 'matrix' (één van beide)",
        "method paarsgewijs needs 'vergelijkingen' or 'matrix' (one of them)",
    ),
    "weights.pairwise_missing": (
        "niet vergeleken: {criteria}; vergelijk elk criterium met minstens één ander, of zet het onder 'weegt_niet'",
        "not compared: {criteria}; compare every criterion with at least one other, or put it under 'weegt_niet'",
    ),
    "weights.pairwise_disconnected": (
        "de vergelijkingen vallen uiteen in losse groepen ({groups}); vergelijk minstens één criterium uit de ene groep met een uit de andere",
        "the comparisons fall apart into separate groups ({groups}); compare at least one criterion of one group with one of another",
    ),
    "weights.pairwise_self": ("'{criterion}' wordt met zichzelf vergeleken", "'{criterion}' is compared with itself"),
    "weights.pairwise_twice": (
        "{a} en {b} zijn al vergeleken (regel {line}); geef elk paar één keer, de omgekeerde waarde volgt vanzelf",
        "{a} and {b} are already compared (line {line}); give each pair once, the reciprocal follows",
    ),
    "weights.matrix_row_length": (
        "de rij van '{criterion}' heeft {count} waarden; de matrix heeft {n} criteria, dus {n} waarden per rij",
        "the row of '{criterion}' has {count} values; the matrix has {n} criteria, so {n} values per row",
    ),
    "weights.matrix_diagonal": (
        "op de diagonaal ({criterion} tegen zichzelf) hoort 1 (gekregen: {value})",
        "the diagonal ({criterion} against itself) must be 1 (got: {value})",
    ),
    "weights.matrix_range": (
        "{a} tegen {b}: {value} ligt buiten de schaal van Saaty (1/9 tot 9)",
        "{a} against {b}: {value} lies outside Saaty's scale (1/9 to 9)",
    ),
    "weights.matrix_not_reciprocal": (
        "de matrix is niet reciprook: {a} tegen {b} is {given}, dus {b} tegen {a} moet {expected} zijn (gekregen: {value})",
        "the matrix is not reciprocal: {a} against {b} is {given}, so {b} against {a} must be {expected} (got: {value})",
    ),
    "weights.no_profiles": (
        "--profiel {name}: dit scenario heeft geen profielen ('profielen:' in het bestand)",
        "--profiel {name}: this scenario has no profiles ('profielen:' in the file)",
    ),
    "weights.unknown_profile_cli": ("--profiel {name}: onbekend profiel; kies uit {known}", "--profiel {name}: unknown profile; choose from {known}"),
    "scores.range_order": (
        "score voor '{criterion}' als bereik [{low}, {high}]: zet de laagste waarde eerst",
        "score for '{criterion}' as a range [{low}, {high}]: put the lowest value first",
    ),
    "scores.estimate_low_high": (
        "schatting voor '{criterion}': laag ({low}) ligt boven hoog ({high})",
        "estimate for '{criterion}': laag ({low}) is above hoog ({high})",
    ),
    "scores.estimate_mode": (
        "schatting voor '{criterion}': waarschijnlijk ({mode}) moet tussen laag ({low}) en hoog ({high}) liggen",
        "estimate for '{criterion}': waarschijnlijk ({mode}) must lie between laag ({low}) and hoog ({high})",
    ),
    "scores.requirement_label_without_scale": (
        "eis '{label}' voor '{criterion}' is tekst, maar het criterium heeft geen schaal; geef een getal",
        "requirement '{label}' for '{criterion}' is text, but the criterion has no scale; give a number",
    ),
    "scores.requirement_order": (
        "'{criterion}': het minimum ({minimum}) ligt boven het maximum ({maximum})",
        "'{criterion}': the minimum ({minimum}) is above the maximum ({maximum})",
    ),
    "scores.status_quo_twice": (
        "'{candidate}' is als status quo gemarkeerd, maar '{other}' is dat al (regel {line}); er is één status quo",
        "'{candidate}' is marked as the status quo, but '{other}' already is (line {line}); there is one status quo",
    ),
    "excluded.title": ("Niet gerangschikt, want een harde eis wordt niet gehaald", "Not ranked, because a hard requirement is not met"),
    "excluded.item": ("{name}: {reasons}", "{name}: {reasons}"),
    "excluded.reason_minimum": ("{criterion}: {score} (minimaal {bound} vereist)", "{criterion}: {score} (at least {bound} required)"),
    "excluded.reason_maximum": ("{criterion}: {score} (hoogstens {bound} toegestaan)", "{criterion}: {score} (at most {bound} allowed)"),
    "excluded.all": (
        "geen enkele kandidaat voldoet aan de harde eisen, dus er valt niets te rangschikken: {items}",
        "no candidate meets the hard requirements, so there is nothing to rank: {items}",
    ),
    "excluded.analysed_only": (
        "De analyse gaat alleen over de kandidaten die aan de harde eisen voldoen; niet meegenomen: {names}.",
        "The analysis covers only the candidates that meet the hard requirements; left out: {names}.",
    ),
    "statusquo.row": ("Verschil met status quo", "Difference with status quo"),
    "statusquo.self": ("status quo", "status quo"),
    "statusquo.beaten": (
        "Beter dan de status quo ({status_quo}, {score}): {items}.",
        "Better than the status quo ({status_quo}, {score}): {items}.",
    ),
    "statusquo.item": ("{name} ({diff} punten)", "{name} ({diff} points)"),
    "statusquo.none": (
        "Geen enkele kandidaat scoort beter dan de status quo ({status_quo}, {score}): de status quo blijft de beste keuze.",
        "No candidate scores better than the status quo ({status_quo}, {score}): the status quo remains the best choice.",
    ),
    "weights.title": ("Gewichten: {title}", "Weights: {title}"),
    "weights.col_weighting": ("Gewichten", "Weights"),
    "weights.method_punten": ("punten", "points"),
    "weights.method_rangorde": ("rangorde", "rank order"),
    "weights.method_paarsgewijs": ("paarsgewijs (AHP)", "pairwise (AHP)"),
    "weights.method_swing": ("swing", "swing"),
    "weights.method_groep": ("gemiddelde", "mean"),
    "weights.file_label": ("de gewichten uit het bestand", "the file's own weights"),
    "weights.group_label": ("het groepsprofiel", "the group profile"),
    "weights.how_punten": (
        "{name}: punten, genormaliseerd tot samen 100%.",
        "{name}: points, normalised to add up to 100%.",
    ),
    "weights.how_rangorde": ("{name}: rangorde, {formula}; volgorde {order}.", "{name}: rank order, {formula}; order {order}."),
    "weights.zero_list": ("weegt niet: {criteria}", "not weighed: {criteria}"),
    "weights.formula_roc": ("rank-order centroid (Barron & Barrett 1996)", "rank-order centroid (Barron & Barrett 1996)"),
    "weights.formula_rs": ("rank sum (Stillwell, Seaver & Edwards 1981)", "rank sum (Stillwell, Seaver & Edwards 1981)"),
    "weights.formula_rr": ("rank reciprocal (Stillwell, Seaver & Edwards 1981)", "rank reciprocal (Stillwell, Seaver & Edwards 1981)"),
    "weights.how_paarsgewijs": (
        "{name}: paarsgewijze vergelijkingen op de schaal van Saaty (AHP), gewichten uit de hoofdeigenvector; "
        "λmax {lmax}, CI {ci}, RI {ri} (tabel {table}), CR {cr}.",
        "{name}: pairwise comparisons on Saaty's scale (AHP), weights from the principal eigenvector; "
        "λmax {lmax}, CI {ci}, RI {ri} (table {table}), CR {cr}.",
    ),
    "weights.cr_none": (
        "{name}: paarsgewijze vergelijkingen (AHP), hoofdeigenvector; λmax {lmax}, CI {ci}; geen CR: de RI-tabellen gaan tot 10 criteria.",
        "{name}: pairwise comparisons (AHP), principal eigenvector; λmax {lmax}, CI {ci}; no CR: the RI tables go up to 10 criteria.",
    ),
    "weights.incomplete": (
        "{missing} van de {total} paren zijn niet vergeleken; die zijn aangevuld volgens Harker (1987).",
        "{missing} of the {total} pairs are not compared; they are completed with Harker's method (1987).",
    ),
    "weights.cr_ok": ("Consistent genoeg: CR is hoogstens 0,10.", "Consistent enough: CR is at most 0.10."),
    "weights.cr_high": (
        "Let op: CR {cr} is hoger dan 0,10; de oordelen spreken elkaar tegen. Herzie eerst: {items}.",
        "Note: CR {cr} is above 0.10; the judgements contradict each other. Revisit first: {items}.",
    ),
    "weights.cr_item": (
        "{a} tegen {b} (gegeven {given}, de gewichten wijzen op ongeveer {implied})",
        "{a} against {b} (given {given}, the weights point to about {implied})",
    ),
    "weights.how_swing": (
        "{name}: swing; per criterium de waarde van de stap van slechtste naar beste score (de belangrijkste 100), gedeeld door de som: {items}.",
        "{name}: swing; per criterion the value of the step from worst to best score (the most valuable 100), divided by the sum: {items}.",
    ),
    "weights.swing_item": ("{criterion} {low} → {high}: {rating}", "{criterion} {low} → {high}: {rating}"),
    "weights.how_groep": (
        "{name}: het gemiddelde van de genormaliseerde gewichten van {members}, elk profiel even zwaar "
        "(aggregatie van individuele prioriteiten, Forman & Peniwati 1998).",
        "{name}: the mean of the normalised weights of {members}, each profile counting equally "
        "(aggregation of individual priorities, Forman & Peniwati 1998).",
    ),
    "weights.active": (
        "Zonder --profiel rekent partnerkeuze met: {name}. --weight gebruikt de punten van die kolom "
        "(bij een afgeleide weging de procenten, bij swing de swingwaarden).",
        "Without --profiel partnerkeuze uses: {name}. --weight uses that column's points "
        "(percentages for a derived weighting, the swing values for swing).",
    ),
    "weights.profile_label": ("profiel {name}", "profile {name}"),
    "profiles.title": ("Profielen: {title}", "Profiles: {title}"),
    "profiles.none": (
        "Dit scenario heeft geen profielen. Zet gewichten per belanghebbende onder 'profielen:' (zie README).",
        "This scenario has no profiles. Put weights per stakeholder under 'profielen:' (see README).",
    ),
    "profiles.weights_title": ("Gewichten per profiel", "Weights per profile"),
    "profiles.ranks_title": ("Rangorde per profiel (rang en punten)", "Ranking per profile (rank and points)"),
    "profiles.same_winner": ("Alle profielen zetten {winner} op de eerste plaats.", "Every profile puts {winner} first."),
    "profiles.split_winner": ("De profielen verschillen over de eerste plaats: {items}.", "The profiles differ on first place: {items}."),
    "profiles.winner_item": ("{profile} kiest {winner}", "{profile} chooses {winner}"),
    "profiles.same_ranking": ("De volledige rangorde is onder elk profiel gelijk.", "The complete ranking is the same under every profile."),
    "profiles.pair": (
        "{a} of {b}: {for_a} {a}, {for_b} {b}.",
        "{a} or {b}: {for_a} {a}, {for_b} {b}.",
    ),
    "profiles.prefer": ("{profiles} {verb}", "{profiles} {verb}"),
    "profiles.prefers_one": ("verkiest", "prefers"),
    "profiles.prefers_many": ("verkiezen", "prefer"),
    "profiles.disagree": ("Waar de profielen het oneens zijn:", "Where the profiles disagree:"),
    "rank.weighting_note": ("Gewichten: {name} ({method}).", "Weights: {name} ({method})."),
    "rank.weighting_note_file": ("Gewichten afgeleid met {method}.", "Weights derived by {method}."),
    "rank.profiles_hint": (
        "Profielen in dit bestand: {names}. Rangschik met --profiel NAAM; vergelijk ze met 'partnerkeuze profiles'.",
        "Profiles in this file: {names}. Rank with --profiel NAME; compare them with 'partnerkeuze profiles'.",
    ),
    "rank.cr_warning": (
        "Let op: de paarsgewijze vergelijkingen zijn inconsistent (CR {cr}, hoger dan 0,10); zie 'partnerkeuze weights'.",
        "Note: the pairwise comparisons are inconsistent (CR {cr}, above 0.10); see 'partnerkeuze weights'.",
    ),
    "rank.uncertain_note": (
        "Onzekere scores (een bereik of een schatting) tellen met de meest waarschijnlijke waarde, bij een bereik het midden; "
        "'partnerkeuze sensitivity' trekt ze ook.",
        "Uncertain scores (a range or an estimate) count with their most likely value, the middle of a range; "
        "'partnerkeuze sensitivity' also draws them.",
    ),
    "robust.scores_sampled": (
        "Ook {count} onzekere scores zijn getrokken: uniform binnen een bereik, Beta-PERT bij een schatting (laag, waarschijnlijk, hoog); "
        "de kans op de eerste plaats weerspiegelt zo de onzekerheid in gewichten én scores. De exacte intervallen en drempels "
        "rekenen met de meest waarschijnlijke waarden.",
        "{count} uncertain scores were drawn too: uniform within a range, Beta-PERT for an estimate (low, most likely, high); "
        "the chance of first place thus reflects uncertainty in both weights and scores. The exact intervals and thresholds "
        "use the most likely values.",
    ),
    "robust.score_one_sampled": (
        "Ook 1 onzekere score is getrokken: uniform binnen een bereik, Beta-PERT bij een schatting (laag, waarschijnlijk, hoog); "
        "de kans op de eerste plaats weerspiegelt zo de onzekerheid in gewichten én scores. De exacte intervallen en drempels "
        "rekenen met de meest waarschijnlijke waarden.",
        "1 uncertain score was drawn too: uniform within a range, Beta-PERT for an estimate (low, most likely, high); "
        "the chance of first place thus reflects uncertainty in both weights and scores. The exact intervals and thresholds "
        "use the most likely values.",
    ),
    "memo.excluded": ("Niet gerangschikt (harde eisen)", "Not ranked (hard requirements)"),
    "memo.uncertain_note": (
        "Onzekere scores (een bereik of een schatting) tellen in de tabel met de meest waarschijnlijke waarde, bij een bereik het midden.",
        "Uncertain scores (a range or an estimate) count in the table with their most likely value, the middle of a range.",
    ),
    "score.range": ("{low} tot {high}", "{low} to {high}"),
    "score.estimate": ("{mode} ({low} tot {high})", "{mode} ({low} to {high})"),
    # --- other methods: --methode and the cross-check (methods.py) ------------------------
    "cli.method_unknown": (
        "--methode '{text}': kies wsm (gewogen som, standaard), topsis of wpm (gewogen product)",
        "--methode '{text}': choose wsm (weighted sum, the default), topsis or wpm (weighted product)",
    ),
    "method.topsis": ("TOPSIS", "TOPSIS"),
    "method.wpm": ("het gewogen product", "the weighted product"),
    "method.short_topsis": ("TOPSIS", "TOPSIS"),
    "method.short_wpm": ("gewogen product", "weighted product"),
    "rank.title_method": ("Rangorde volgens {method}: {title}", "Ranking by {method}: {title}"),
    "rank.row_total_method": ("Score {method} (0–100)", "Score {method} (0–100)"),
    "rank.legend_topsis": (
        "Per criterium de score zoals ingevuld. TOPSIS (Hwang & Yoon): de score is de relatieve nabijheid tot een denkbeeldige kandidaat met op elk criterium de beste score (100) en ver van een met overal de slechtste (0), na vectornormalisatie van de ingevulde getallen. Het memo en de gevoeligheid gebruiken de gewogen som.",
        "Per criterion the score as entered. TOPSIS (Hwang & Yoon): the score is the relative closeness to an imaginary candidate with the best score on every criterion (100) and away from one with the worst everywhere (0), after vector normalisation of the numbers entered. The memo and the sensitivity use the weighted sum.",
    ),
    "rank.legend_wpm": (
        "Per criterium de score zoals ingevuld. Gewogen product: de score is het product over de criteria van (score / beste score) tot de macht gewicht, bij 'lager is beter' (beste score / score); 100 = overal de beste. Het memo en de gevoeligheid gebruiken de gewogen som.",
        "Per criterion the score as entered. Weighted product: the score is the product over the criteria of (score / best score) to the power of the weight, for 'lower is better' (best score / score); 100 = the best everywhere. The memo and the sensitivity use the weighted sum.",
    ),
    "rank.wpm_shifted": (
        "Verschoven voor het gewogen product, omdat er een waarde van 0 of lager in staat: {criteria}. Hun bereik [laag, hoog] telt als [b, 2b] met b = hoog − laag.",
        "Shifted for the weighted product, because they hold a value of 0 or less: {criteria}. Their range [low, high] counts as [b, 2b] with b = high − low.",
    ),
    "robust.methods_same": ("onder {methods} staat {winner} ook eerste", "under {methods}, {winner} also ranks first"),
    "robust.methods_same_tie": ("onder {methods} staan {winner} ook gedeeld eerste", "under {methods}, {winner} also share first place"),
    "robust.methods_other": (
        "onder {methods} staat {other} eerste (gewogen som: {winner})",
        "under {methods}, {other} ranks first (weighted sum: {winner})",
    ),
    "robust.methods_other_tie": (
        "onder {methods} staan {other} gedeeld eerste (gewogen som: {winner})",
        "under {methods}, {other} share first place (weighted sum: {winner})",
    ),
    # --- init: a new scenario (scaffold.py) -------------------------------------------------
    "init.default_title": ("Keuze van een samenwerkingspartner", "Choice of a cooperation partner"),
    "init.default_candidate": ("Kandidaat {letter}", "Candidate {letter}"),
    "init.status_quo_name": ("Zelf doen", "Do it ourselves"),
    "init.status_quo_description": (
        "De huidige situatie: de gemeente blijft de taak zelf uitvoeren.",
        "The present situation: the municipality keeps doing the task itself.",
    ),
    "init.placeholder": ("nog invullen", "to be filled in"),
    "init.prompt_title": ("Titel van de afweging", "Title of the assessment"),
    "init.prompt_organisation": ("Organisatie (mag leeg blijven)", "Organisation (may stay empty)"),
    "init.prompt_set": ("Criteriaset ({known})", "Criteria set ({known})"),
    "init.prompt_candidates": (
        "Kandidaten, gescheiden door komma's ('{status_quo}' komt er vanzelf bij)",
        "Candidates, separated by commas ('{status_quo}' is added by itself)",
    ),
    "init.written": (
        "Geschreven: {path} ({candidates} kandidaten, criteriaset {set}). Vul de scores en de onderbouwing in en controleer met: partnerkeuze validate {path}",
        "Written: {path} ({candidates} candidates, criteria set {set}). Fill in the scores and rationale, then check with: partnerkeuze validate {path}",
    ),
    "init.c_intro": (
        "Een nieuw scenario voor partnerkeuze, gemaakt met 'partnerkeuze init'.\n"
        "Regels die met # beginnen zijn toelichting; partnerkeuze slaat ze over.\n"
        "\n"
        "Wat nu:\n"
        "  1. Vul per kandidaat de scores in, en bij elke score de onderbouwing (waarom\n"
        "     deze score?) en zo mogelijk de bron. Overal waar '{placeholder}' staat, moet\n"
        "     nog iets gebeuren.\n"
        "  2. Kies de gewichten: hoe zwaar telt elk criterium?\n"
        "  3. Controleer het bestand:      partnerkeuze validate {file}\n"
        "     Bekijk de rangorde:          partnerkeuze rank {file}\n"
        "     Hoe zeker is de uitkomst?    partnerkeuze sensitivity {file}\n"
        "     Maak de tabel voor het memo: partnerkeuze export {file} -o afweging.docx",
        "A new scenario for partnerkeuze, made with 'partnerkeuze init'.\n"
        "Lines that start with # are explanations; partnerkeuze skips them.\n"
        "\n"
        "What next:\n"
        "  1. Fill in each candidate's scores, and with each score the rationale (why\n"
        "     this score?) and if possible the source. Wherever '{placeholder}' stands,\n"
        "     something is still to be done.\n"
        "  2. Choose the weights: how heavily does each criterion count?\n"
        "  3. Check the file:              partnerkeuze validate {file}\n"
        "     See the ranking:             partnerkeuze rank {file}\n"
        "     How sure is the outcome?     partnerkeuze sensitivity {file}\n"
        "     Make the table for the memo: partnerkeuze export {file} -o assessment.docx",
    ),
    "init.c_version": ("Versie van het bestandsformaat; laat dit op 1 staan.", "Version of the file format; leave it at 1."),
    "init.c_title": (
        "Waar gaat de keuze over? De titel staat boven elke tabel en in het memo.",
        "What is the choice about? The title heads every table and the memo.",
    ),
    "init.c_organisation": ("Wie besluit (optioneel).", "Who decides (optional)."),
    "init.c_organisation_example": ("Naam van de gemeente", "Name of the municipality"),
    "init.c_optional": (
        "Optioneel: de datum van de afweging en een toelichting voor het memo (de aanleiding,\n"
        "welke taak het betreft, wie de scores gaf). Haal de # weg om ze te gebruiken.",
        "Optional: the date of the assessment and an explanation for the memo (the reason,\n"
        "which task it concerns, who gave the scores). Remove the # to use them.",
    ),
    "init.c_description_example": (
        "Waarom deze keuze nu, en hoe de scores tot stand kwamen.",
        "Why this choice now, and how the scores were arrived at.",
    ),
    "init.c_set": (
        "De criteria komen uit de criteriaset '{set}' ({name}):",
        "The criteria come from the criteria set '{set}' ({name}):",
    ),
    "init.c_set_item": ("  {id}: {name} ({direction}{how})", "  {id}: {name} ({direction}{how})"),
    "init.c_set_scale": (", schaal {scale}", ", scale {scale}"),
    "init.c_set_unit": (", een getal in {unit}", ", a number in {unit}"),
    "init.c_set_number": (", een getal", ", a number"),
    "init.c_set_more": (
        "De volledige definitie van elk criterium: partnerkeuze criteria {set}",
        "The full definition of each criterion: partnerkeuze criteria {set}",
    ),
    "init.c_scale": (
        "Schaal '{scale}': {labels}. Hoger getal = beter bij 'hoger is beter'.",
        "Scale '{scale}': {labels}. Higher number = better for 'higher is better'.",
    ),
    "init.c_quote": (
        "Zet labels altijd tussen aanhalingstekens: een kale - is in YAML het begin van een lijst.",
        "Always quote labels: a bare - starts a list in YAML.",
    ),
    "init.c_ranges": (
        "Getallen (zoals bedragen) hebben een bereik [laag, hoog] nodig: alle scores moeten\n"
        "erbinnen liggen, en het bepaalt hoe zwaar een verschil telt (het ene eind van het\n"
        "bereik krijgt 0 punten, het andere alle punten van het criterium). Pas het bereik aan\n"
        "aan de bedragen van uw kandidaten, en houd het gelijk voor alle kandidaten.",
        "Numbers (such as amounts) need a range [low, high]: every score must lie within it,\n"
        "and it sets how much a difference counts (one end of the range gets 0 points, the\n"
        "other all the criterion's points). Fit the range to your candidates' amounts, and\n"
        "keep it the same for all candidates.",
    ),
    "init.c_weights": (
        "Gewichten: hoe zwaar telt elk criterium? Alleen de verhouding telt: 10, 10, 10 is\n"
        "hetzelfde als 1, 1, 1. Nu tellen alle criteria even zwaar; een gewicht 0 telt niet mee.",
        "Weights: how heavily does each criterion count? Only the ratio matters: 10, 10, 10 is\n"
        "the same as 1, 1, 1. For now all criteria count equally; a weight of 0 does not count.",
    ),
    "init.c_candidates": (
        "De kandidaten. Elke kandidaat heeft een id (kleine letters, cijfers, - en _), een naam\n"
        "en per criterium een score: 'waarde' is het label of het getal, 'onderbouwing' zegt\n"
        "waarom, en 'bron' (optioneel) waar het vandaan komt. Onderbouwing en bron komen in het\n"
        "memo bij de score. Getallen zonder punten of euroteken: 1200000, niet € 1.200.000.",
        "The candidates. Each candidate has an id (lowercase letters, digits, - and _), a name\n"
        "and a score per criterion: 'waarde' is the label or number, 'onderbouwing' says why,\n"
        "and 'bron' (optional) where it comes from. Rationale and source go with the score into\n"
        "the memo. Numbers without separators or currency signs: 1200000, not € 1,200,000.",
    ),
    "init.c_status_quo": (
        "'{name}' is de huidige situatie. Laat deze kandidaat staan: zo ziet het college wat\n"
        "elke partner oplevert ten opzichte van niets veranderen.",
        "'{name}' is the present situation. Keep this candidate: it shows the council what each\n"
        "partner adds compared with changing nothing.",
    ),
    "init.c_status_quo_key": (
        "de huidige situatie: de uitvoer toont het verschil van elke kandidaat hiermee",
        "the present situation: the output shows each candidate's difference from it",
    ),
    "init.c_number_placeholder": (
        "{placeholder}: een getal binnen het bereik",
        "{placeholder}: a number within the range",
    ),
    # --- compare: two versions of a scenario (versions.py, comparing.py) --------------------
    "compare.usage": (
        "geef twee scenariobestanden (OUD.yaml NIEUW.yaml), of één bestand met --since REVISIE",
        "give two scenario files (OLD.yaml NEW.yaml), or one file with --since REVISION",
    ),
    "compare.bad_revision": (
        "--since '{revision}': geef een git-revisie, bijvoorbeeld HEAD~1, een commit-hash of een tag",
        "--since '{revision}': give a git revision, e.g. HEAD~1, a commit hash or a tag",
    ),
    "compare.no_git": (
        "git is niet gevonden; installeer git, of vergelijk twee bestanden (partnerkeuze compare OUD.yaml NIEUW.yaml)",
        "git was not found; install git, or compare two files (partnerkeuze compare OLD.yaml NEW.yaml)",
    ),
    "compare.not_git": (
        "{path} staat niet in een git-repository; vergelijk twee bestanden (partnerkeuze compare OUD.yaml NIEUW.yaml)",
        "{path} is not in a git repository; compare two files (partnerkeuze compare OLD.yaml NEW.yaml)",
    ),
    "compare.unknown_revision": (
        "revisie '{revision}' bestaat niet in de git-repository van {path}",
        "revision '{revision}' does not exist in the git repository of {path}",
    ),
    "compare.absent": (
        "dit bestand bestond niet in revisie {revision} (of stond toen onder een andere naam)",
        "this file did not exist at revision {revision} (or had another name then)",
    ),
    "compare.title": ("Vergelijking: {old} → {new}", "Comparison: {old} → {new}"),
    "compare.nothing": ("Geen verschillen in titel, kandidaten, criteria, gewichten of scores.", "No differences in title, candidates, criteria, weights or scores."),
    "compare.title_changed": ("Titel: {old} → {new}", "Title: {old} → {new}"),
    "compare.candidates": ("Kandidaten", "Candidates"),
    "compare.criteria": ("Criteria", "Criteria"),
    "compare.added": ("toegevoegd: {items}", "added: {items}"),
    "compare.removed": ("verwijderd: {items}", "removed: {items}"),
    "compare.renamed": ("hernoemd: {items}", "renamed: {items}"),
    "compare.excluded": ("uitgesloten door een harde eis: {items}", "set aside by a hard requirement: {items}"),
    "compare.readmitted": ("voldoet weer aan de harde eisen: {items}", "meets the hard requirements again: {items}"),
    "compare.status_quo": ("Status quo: {old} → {new}", "Status quo: {old} → {new}"),
    "compare.arrow": ("{old} → {new}", "{old} → {new}"),
    "compare.field": ("{criterion}, {field}: {old} → {new}", "{criterion}, {field}: {old} → {new}"),
    "compare.field_direction": ("richting", "direction"),
    "compare.field_scale": ("schaal", "scale"),
    "compare.field_unit": ("eenheid", "unit"),
    "compare.field_range": ("bereik", "range"),
    "compare.none": ("geen", "none"),
    "compare.absent_value": ("–", "–"),
    "compare.weights_title": ("Gewichten", "Weights"),
    "compare.col_old": ("Oud", "Old"),
    "compare.col_new": ("Nieuw", "New"),
    "compare.col_change": ("Verschil\n(procentpunt)", "Change\n(percentage points)"),
    "compare.scores_title": ("Scores", "Scores"),
    "compare.col_rationale": ("Onderbouwing (oud → nieuw)", "Rationale (old → new)"),
    "compare.rationale_same": ("ongewijzigd: {text}", "unchanged: {text}"),
    "compare.source": ("bron: {source}", "source: {source}"),
    "compare.effect_title": ("Effect op de uitkomst", "Effect on the outcome"),
    "compare.col_rank_old": ("Rang\noud", "Rank\nold"),
    "compare.col_rank_new": ("Rang\nnieuw", "Rank\nnew"),
    "compare.col_total_old": ("Totaal oud\n(0–100)", "Total old\n(0–100)"),
    "compare.col_total_new": ("Totaal nieuw\n(0–100)", "Total new\n(0–100)"),
    "compare.winner_same": ("{winner} staat in beide versies eerste.", "{winner} ranks first in both versions."),
    "compare.winner_same_tie": ("{winner} staan in beide versies gedeeld eerste.", "{winner} share first place in both versions."),
    "compare.winner_changed": (
        "Het advies verandert: nu staat {new} eerste, eerst {old}.",
        "The advice changes: {new} now ranks first, before {old} did.",
    ),
    "compare.ranks_same": ("De rangorde is gelijk gebleven.", "The ranking is unchanged."),
    "compare.robust_same": (
        "De zinnen over de robuustheid (partnerkeuze sensitivity) zijn gelijk gebleven.",
        "The sentences on robustness (partnerkeuze sensitivity) are unchanged.",
    ),
    "compare.robust_changed": (
        "De zinnen over de robuustheid (partnerkeuze sensitivity) veranderen:",
        "The sentences on robustness (partnerkeuze sensitivity) change:",
    ),
    "compare.sentence_removed": ("vervalt: {sentence}", "dropped: {sentence}"),
    "compare.sentence_added": ("nieuw: {sentence}", "new: {sentence}"),
}

# --- tasks and the portfolio (tasks.py, portfolio.py, render/portfolio_view.py) ----------
MESSAGES.update({
    "tasks.without_tasks": (
        "'{key}' hoort bij taken, maar dit bestand heeft geen 'taken:'",
        "'{key}' belongs with tasks, but this file has no 'taken:' (tasks)",
    ),
    "tasks.duplicate": ("taak '{id}' staat er twee keer in (ook op regel {line})", "task '{id}' appears twice (also on line {line})"),
    "tasks.unknown_layer": (
        "taak '{task}' hoort bij onbekende laag '{layer}' (bekend: {known}; voeg hem toe onder lagen)",
        "task '{task}' belongs to unknown layer '{layer}' (known: {known}; add it under lagen)",
    ),
    "tasks.two_weightings": (
        "kies één manier van wegen: '{first}' of '{second}', niet allebei",
        "choose one way of weighing: '{first}' or '{second}', not both",
    ),
    "tasks.unknown_candidate": (
        "taak '{task}' noemt onbekende kandidaat '{candidate}' (bekend: {known})",
        "task '{task}' names unknown candidate '{candidate}' (known: {known})",
    ),
    "tasks.unknown_task": (
        "kandidaat '{candidate}' heeft scores voor onbekende taak '{task}' (bekend: {known})",
        "candidate '{candidate}' has scores for unknown task '{task}' (known: {known})",
    ),
    "tasks.not_offered": (
        "kandidaat '{candidate}' heeft scores voor taak '{task}', maar staat niet bij de kandidaten van die taak",
        "candidate '{candidate}' has scores for task '{task}', but is not among that task's candidates",
    ),
    "tasks.in_tasks": ("taak {tasks}: {message}", "task {tasks}: {message}"),
    "tasks.option_without_tasks": (
        "--taak {task}: dit bestand heeft geen taken",
        "--taak {task}: this file has no tasks",
    ),
    "tasks.option_unknown": ("onbekende taak '{task}' (bekend: {known})", "unknown task '{task}' (known: {known})"),
    "tasks.first_task_note": (
        "Let op: dit bestand heeft {count} taken; dit is de rangorde voor de eerste taak, '{task}'. "
        "Kies een taak met --taak ID ({known}) of zie het geheel met: partnerkeuze portfolio {path}",
        "Note: this file has {count} tasks; this is the ranking for the first task, '{task}'. "
        "Choose a task with --taak ID ({known}) or see the whole with: partnerkeuze portfolio {path}",
    ),
    "portfolio.no_tasks": (
        "{path} heeft geen taken ('taken:'); gebruik partnerkeuze rank",
        "{path} has no tasks ('taken:'); use partnerkeuze rank",
    ),
    "portfolio.title": ("Portfolio: de beste partner per taak", "Portfolio: the best partner per task"),
    "portfolio.col_task": ("Taak", "Task"),
    "portfolio.col_layer": ("Laag", "Layer"),
    "portfolio.col_best": ("Beste partner", "Best partner"),
    "portfolio.col_score": ("Score", "Score"),
    "portfolio.col_runner_up": ("Tweede", "Runner-up"),
    "portfolio.col_margin": ("Voorsprong", "Margin"),
    "portfolio.col_robust": ("Robuustheid", "Robustness"),
    "portfolio.col_advice": ("Advies", "Advice"),
    "portfolio.col_first_share": ("Vaakst eerst", "First place"),
    "portfolio.fragile": ("kwetsbaar", "fragile"),
    "portfolio.robust": ("robuust", "robust"),
    "portfolio.fragile_sentence": (
        "{task}: de keuze voor {winner} is kwetsbaar. {sentence}",
        "{task}: the choice of {winner} is fragile. {sentence}",
    ),
    "portfolio.tie_sentence": (
        "{task}: {names} staan gelijk; kies op iets anders dan deze criteria.",
        "{task}: {names} are tied; choose on something other than these criteria.",
    ),
    "portfolio.no_fragile": (
        "Bij geen enkele taak verandert de beste partner binnen {bound} procentpunt van één gewicht.",
        "For no task does the best partner change within {bound} percentage points of one weight.",
    ),
    "portfolio.assignment": ("{partner}: {tasks}", "{partner}: {tasks}"),
    "portfolio.best_summary": (
        "De beste partner per taak levert {count} partners op, samen {total} punten "
        "(som van de taakscores; {tasks} taken van elk hoogstens 100).",
        "The best partner per task makes {count} partners, together {total} points "
        "(sum of the task scores; {tasks} tasks of at most 100 each).",
    ),
    "portfolio.single_summary": (
        "Alles bij één partner: het best is {partner}, met {total} punten ({difference} punten minder).",
        "Everything with one partner: the best is {partner}, with {total} points ({difference} points fewer).",
    ),
    "portfolio.single_same": (
        "Alles bij één partner: {partner} is al bij elke taak de beste.",
        "Everything with one partner: {partner} is already the best for every task.",
    ),
    "portfolio.no_single": (
        "Geen enkele kandidaat biedt alle taken aan, dus alles bij één partner is geen optie.",
        "No candidate offers every task, so everything with one partner is not an option.",
    ),
    "portfolio.cost_none": (
        "Er zijn geen coördinatiekosten opgegeven (coordinatiekosten_per_partner); het advies is de beste partner per taak.",
        "No coordination cost is given (coordinatiekosten_per_partner); the advice is the best partner per task.",
    ),
    "portfolio.cost_rule": (
        "Elke extra partner kost {cost} punten aan coördinatie: portfoliowaarde = som van de taakscores "
        "- {cost} x (aantal partners - 1).",
        "Every extra partner costs {cost} points of coordination: portfolio value = sum of the task scores "
        "- {cost} x (number of partners - 1).",
    ),
    "portfolio.advice_best": (
        "Advies: de beste partner per taak ({count} partners), portfoliowaarde {value}.",
        "Advice: the best partner per task ({count} partners), portfolio value {value}.",
    ),
    "portfolio.advice_other": (
        "Advies: met de coördinatiekosten meegerekend is {count} partners beter (portfoliowaarde {value} "
        "tegen {best} voor de beste partner per taak). Anders dan de beste per taak: {changes}.",
        "Advice: counting the coordination cost, {count} partners is better (portfolio value {value} "
        "against {best} for the best partner per task). Different from the best per task: {changes}.",
    ),
    "portfolio.change": ("{task} naar {advised} in plaats van {winner}", "{task} to {advised} instead of {winner}"),
    "portfolio.heading_assignment": ("Wie neemt welke taken", "Who takes which tasks"),
    "portfolio.heading_comparison": ("Vergelijking met één partner", "Comparison with one partner"),
    "portfolio.heading_fragility": ("Welke keuze is kwetsbaar", "Which choice is fragile"),
    "portfolio.heading_tasks": ("Per taak", "Per task"),
    "portfolio.profile_note": (
        "Elke taak is gewogen met profiel '{profile}'.",
        "Every task is weighed with profile '{profile}'.",
    ),
    "portfolio.weights_note": (
        "Gewichten voor elke taak vervangen (--weight): {weights}.",
        "Weights replaced for every task (--weight): {weights}.",
    ),
    "portfolio.sampling": (
        "Vaakst eerst: aandeel eerste plaatsen van de beste partner bij {samples} steekproeven van de gewichten (seed {seed}).",
        "First place: share of first places of the best partner in {samples} samples of the weights (seed {seed}).",
    ),
    # --- the portfolio in Word, HTML, Excel and CSV ----------------------------------------
    "portfolio.csv_task": ("taak", "task"),
    "portfolio.xlsx_sheet": ("Portfolio", "Portfolio"),
    "portfolio.export_format": (
        "een portfolio (bestand met taken) kan nu alleen naar Markdown (.md); kies -o NAAM.md, "
        "of exporteer één taak met partnerkeuze rank --taak ID",
        "a portfolio (a file with tasks) can only be exported to Markdown (.md) for now; use -o NAME.md, "
        "or look at one task with partnerkeuze rank --taak ID",
    ),
})

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
        "Het scenario kan ook: harde eisen (bij een criterium 'minimum: ja': wie die niet haalt, staat apart "
        "met de reden), een status quo ('status_quo: true': elk verschil daarmee in punten), onzekere scores "
        "('[\"+\", \"++\"]' of '{laag: 0, waarschijnlijk: 5, hoog: 8}': de tabel rekent met de meest "
        "waarschijnlijke waarde) en profielen ('--profiel raad').\n\n"
        "Voorbeeld: partnerkeuze rank scenarios/haaksbergen-2020.yaml --weight ict=40",
        "Rank the candidates by weighted sum and show each criterion's contribution.\n\n"
        "The scenario may also hold: hard requirements ('minimum: ja' on a criterion: who fails it is listed "
        "apart, with the reason), a status quo ('status_quo: true': every difference with it in points), "
        "uncertain scores ('[\"+\", \"++\"]' or '{laag: 0, waarschijnlijk: 5, hoog: 8}': the table uses the "
        "most likely value) and profiles ('--profiel raad').\n\n"
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
        "Aantal trekkingen van de gewichten (en van onzekere scores: uniform binnen een bereik, Beta-PERT bij een schatting) voor de Monte Carlo (0 = uit).",
        "Number of draws of the weights (and of uncertain scores: uniform within a range, Beta-PERT for an estimate) for the Monte Carlo (0 = off).",
    ),
    "seed": (
        "Startwaarde van de toevalsgenerator; dezelfde seed geeft dezelfde uitkomst.",
        "Seed of the random generator; the same seed gives the same outcome.",
    ),
    "sampling": (
        "Hoe de gewichten getrokken worden: 'rond' de gekozen gewichten (standaard) of 'uniform' over alle mogelijke gewichten (SMAA-2).",
        "How weights are drawn: 'rond' (around the chosen weights, default) or 'uniform' over all possible weights (SMAA-2).",
    ),
    "schema": (
        "Druk het JSON Schema van het scenarioformaat af, voor editors met een YAML-taalserver.\n\n"
        "Met de regel '# yaml-language-server: $schema=scenario.schema.json' in een scenario "
        "controleert en vult de editor het bestand aan terwijl u typt (met --lang en: Engelse sleutels).\n\n"
        "Voorbeeld: partnerkeuze schema > scenario.schema.json",
        "Print the JSON Schema of the scenario format, for editors with a YAML language server.\n\n"
        "With the line '# yaml-language-server: $schema=scenario.schema.json' in a scenario "
        "the editor checks and completes the file as you type (with --lang en: English keys).\n\n"
        "Example: partnerkeuze schema --lang en > scenario.schema.json",
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
    # --- decision modelling: weights, profiles, --profiel ------------------------------------
    "weights": (
        "Toon de gewichten en hoe ze zijn verkregen: punten, een rangorde (ROC, rank sum, rank reciprocal), "
        "paarsgewijze vergelijkingen (AHP, met consistentieratio) of swing, per profiel en voor de groep.\n\n"
        "Voorbeeld: partnerkeuze weights scenarios/haaksbergen-2020.yaml",
        "Show the weights and how they were obtained: points, a rank order (ROC, rank sum, rank reciprocal), "
        "pairwise comparisons (AHP, with consistency ratio) or swing, per profile and for the group.\n\n"
        "Example: partnerkeuze weights scenarios/haaksbergen-2020.yaml",
    ),
    "profiles": (
        "Zet de rangorde onder elk profiel (college, raad, ondernemingsraad...) naast elkaar, met het groepsprofiel "
        "(het gemiddelde van de profielen), en zeg waar ze het oneens zijn.\n\n"
        "Voorbeeld: partnerkeuze profiles scenarios/haaksbergen-2020.yaml",
        "Put the ranking under every profile (college, raad, ondernemingsraad...) side by side, with the group "
        "profile (the mean of the profiles), and say where they disagree.\n\n"
        "Example: partnerkeuze profiles scenarios/haaksbergen-2020.yaml",
    ),
    "profiel": (
        "Weeg met dit profiel uit 'profielen:' in het bestand, of 'groep' voor het gemiddelde van de profielen "
        "(zonder deze optie: de eigen gewichten van het bestand, anders 'standaardprofiel', anders de groep).",
        "Weigh with this profile from 'profielen:' in the file, or 'groep' for the mean of the profiles "
        "(without this option: the file's own weights, else 'standaardprofiel', else the group).",
    ),
    # --- init, compare, --methode ---------------------------------------------------------
    "init": (
        "Begin een nieuw scenario: een geldig, becommentarieerd YAML-bestand met de criteria van een set, "
        "de kandidaten en 'Zelf doen', dat meteen rangschikt. Op een terminal vraagt het wat u niet als optie gaf.\n\n"
        "Voorbeeld: partnerkeuze init nieuw.yaml --criteriaset drie-k --kandidaat Hengelo --kandidaat Enschede",
        "Start a new scenario: a valid, commented YAML file with the criteria of a set, the candidates and "
        "'Do it ourselves', that ranks at once. On a terminal it asks for what you did not give as an option.\n\n"
        "Example: partnerkeuze init new.yaml --criteriaset drie-k --kandidaat Hengelo --kandidaat Enschede",
    ),
    "init_output": ("Het nieuwe scenariobestand.", "The new scenario file."),
    "init_set": (
        "Criteriaset: een ingebouwde naam (partnerkeuze criteria) of een pad; standaard drie-k.",
        "Criteria set: a built-in name (partnerkeuze criteria) or a path; default drie-k.",
    ),
    "init_candidate": ("Naam van een kandidaat (herhaalbaar); 'Zelf doen' komt er altijd bij.", "Name of a candidate (repeatable); 'Do it ourselves' is always added."),
    "init_title": ("Titel van de afweging.", "Title of the assessment."),
    "init_organisation": ("Wie besluit, bijvoorbeeld de gemeente.", "Who decides, e.g. the municipality."),
    "init_force": ("Vervang een bestaand bestand.", "Replace an existing file."),
    "compare": (
        "Vergelijk twee versies van een scenario: wat veranderde er (gewichten, scores met onderbouwing, "
        "kandidaten, criteria) en wat deed dat met de rangorde en het advies?\n\n"
        "Voorbeeld: partnerkeuze compare oud.yaml nieuw.yaml, of partnerkeuze compare scenario.yaml --since HEAD~1",
        "Compare two versions of a scenario: what changed (weights, scores with rationale, candidates, "
        "criteria) and what did that do to the ranking and the advice?\n\n"
        "Example: partnerkeuze compare old.yaml new.yaml, or partnerkeuze compare scenario.yaml --since HEAD~1",
    ),
    "compare_files": ("OUD.yaml NIEUW.yaml, of met --since alleen NIEUW.yaml.", "OLD.yaml NEW.yaml, or with --since only NEW.yaml."),
    "since": (
        "Vergelijk met dit bestand zoals het in git-revisie REVISIE was (bijvoorbeeld HEAD~1 of een tag).",
        "Compare with this file as it was at git revision REVISION (e.g. HEAD~1 or a tag).",
    ),
    "methode": (
        "Rekenmethode: wsm (gewogen som, standaard; het model van het memo), topsis of wpm (gewogen product), als controle.",
        "Aggregation method: wsm (weighted sum, the default; the memo's model), topsis or wpm (weighted product), as a cross-check.",
    ),
}


HELP.update({
    "portfolio": (
        "De beste partner per taak (bestand met taken:): per taak de rangorde, de beste partner en hoe kwetsbaar "
        "die keuze is; dan wie welke taken krijgt, hoeveel partners dat zijn en hoe het zich verhoudt tot alles "
        "bij één partner. --weight en --profiel gelden voor elke taak.\n\nVoorbeeld: partnerkeuze portfolio scenarios/ommen-diensten.yaml --weight nabijheid=40",
        "The best partner per task (a file with taken:): per task the ranking, the best partner and how fragile "
        "that choice is; then who takes which tasks, how many partners that makes, and how it compares with "
        "everything at one partner. --weight and --profile apply to every task.\n\nExample: partnerkeuze portfolio scenarios/ommen-diensten.yaml --weight nabijheid=40",
    ),
    "taak": (
        "Bij een bestand met taken: rangschik deze taak (zonder --taak: de eerste taak).",
        "For a file with tasks: rank this task (without --taak: the first task).",
    ),
    "portfolio_samples": (
        "Aantal steekproeven per taak voor het aandeel eerste plaatsen (0: niet steekproeven, standaard).",
        "Number of samples per task for the share of first places (0: no sampling, the default).",
    ),
})

# --- typer's and click's own words, in Dutch (cli/dutch.py) ------------------------
# Keyed by the English that typer 0.28 writes; its vendored click has no gettext, so
# these are its finished messages. "{name}" stands for any text; {message} is itself
# translated, {type} through CLICK_TYPE_NAMES. The first template that matches the
# whole message wins: a longer template comes before a shorter one it contains.
CLICK_MESSAGES: dict[str, str] = {
    "No such command {name}. Did you mean {suggestions}?": "Onbekende opdracht {name}. Bedoelt u {suggestions}?",
    "{message}. Did you mean {suggestions}?": "{message}. Bedoelt u {suggestions}?",
    "No such command {name}.": "Onbekende opdracht {name}.",
    "Missing command.": "Opdracht ontbreekt.",
    "No such option: {option} (Possible options: {options})": "Onbekende optie: {option} (bedoelt u: {options})",
    "No such option: {option}": "Onbekende optie: {option}",
    "Missing argument {name}. {message}": "Argument {name} ontbreekt. {message}",
    "Missing argument {name}.": "Argument {name} ontbreekt.",
    "Missing option {name}. {message}": "Optie {name} ontbreekt. {message}",
    "Missing option {name}.": "Optie {name} ontbreekt.",
    "Missing parameter {name}.": "Parameter {name} ontbreekt.",
    "Invalid value for {name}: {message}": "Ongeldige waarde voor {name}: {message}",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Got unexpected extra argument(s) ({arguments})": "Te veel argumenten ({arguments})",
    "Option {name} does not take a value.": "Optie {name} heeft geen waarde.",
    "Option {name} requires an argument.": "Optie {name} heeft een waarde nodig.",
    "Option {name} requires {count} arguments.": "Optie {name} heeft {count} waarden nodig.",
    "Argument {name} takes {count} values.": "Argument {name} heeft {count} waarden nodig.",
    "Takes {count} values but {given} given.": "Vraagt {count} waarden, maar kreeg er {given}.",
    "{count} values are required, but {given} given.": "Er zijn {count} waarden nodig, maar kreeg er {given}.",
    "Value must be an iterable.": "De waarde moet een reeks zijn.",
    "{value} is not in the range {range}.": "{value} ligt niet in het bereik {range}.",
    "{value} is not a valid boolean. Recognized values: {states}": "{value} is geen ja of nee. Toegestaan: {states}",
    "{value} is not one of {choices}.": "{value} is geen van {choices}.",
    "Choose from:\n\t{choices}": "Kies uit:\n\t{choices}",
    "{value} does not match the formats {formats}.": "{value} past niet bij de formaten {formats}.",
    "{value} is not a valid {type}.": "{value} is geen {type}.",
    "Could not open file {name}: {message}": "Bestand {name} kan niet worden geopend: {message}",
}
CLICK_TYPE_NAMES: dict[str, str] = {
    "int": "geheel getal", "int range": "geheel getal", "float": "getal", "float range": "getal",
    "uuid": "geldige UUID", "datetime": "geldige datum en tijd", "boolean": "ja of nee", "str": "tekst",
}
# typer.rich_utils's constants for labels and panel titles, by name.
CLICK_LABELS: dict[str, str] = {
    "DEPRECATED_STRING": "(verouderd) ",
    "DEFAULT_STRING": "[standaard: {}]",
    "ENVVAR_STRING": "[omgevingsvariabele: {}]",
    "REQUIRED_LONG_STRING": "[verplicht]",
    "ARGUMENTS_PANEL_TITLE": "Argumenten",
    "OPTIONS_PANEL_TITLE": "Opties",
    "COMMANDS_PANEL_TITLE": "Opdrachten",
    "ERRORS_PANEL_TITLE": "Fout",
    "ABORTED_TEXT": "Afgebroken.",
    "RICH_HELP": "Probeer [blue]'{command_path} {help_option}'[/] voor hulp.",
}
CLICK_USAGE_PREFIX = "Gebruik: "
CLICK_OPTIONS_METAVAR = "[OPTIES]"
CLICK_COMMAND_METAVAR = "OPDRACHT [ARGUMENTEN]..."
# The help of the options typer adds itself, by their English help.
CLICK_OPTION_HELP: dict[str, str] = {
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Install completion for the current shell.": "Installeer het aanvullen van opdrachten voor deze shell.",
    "Show completion for the current shell, to copy it or customize the installation.":
        "Toon het aanvullen van opdrachten voor deze shell, om het over te nemen of de installatie aan te passen.",
}


def help_text(key: str, language: str) -> str:
    """A ``--help`` text in the given language."""
    dutch, english = HELP[key]
    return english if language == "en" else dutch
