"""Tables of message ids for the codes the journal stores (docs/translating.md).

A code (a phase, a status, a quadrant …) is shown through its table here, never by building
an id from pieces: every id is a literal that Babel extracts and the catalogue checks see.
"""


from __future__ import annotations

from collections.abc import Callable

from veerkracht.i18n import N_, tn

PHASE: dict[str, str] = {
    "vertragen": N_("cycle.phase_vertragen"),
    "verdiepen": N_("cycle.phase_verdiepen"),
    "versnellen": N_("cycle.phase_versnellen"),
}

PHASE_EXPLAIN: dict[str, str] = {
    "vertragen": N_("cycle.explain_vertragen"),
    "verdiepen": N_("cycle.explain_verdiepen"),
    "versnellen": N_("cycle.explain_versnellen"),
}

PHASE_NAME: dict[str, str] = {
    "vertragen": N_("cycle.name_vertragen"),
    "verdiepen": N_("cycle.name_verdiepen"),
    "versnellen": N_("cycle.name_versnellen"),
    "value": N_("cycle.name_value"),
}

REVIEW_STEP: dict[str, str] = {
    "look_back": N_("review.step_look_back"),
    "items": N_("review.step_items"),
    "stop": N_("review.step_stop"),
    "values": N_("review.step_values"),
    "people": N_("review.step_people"),
    "energy": N_("review.step_energy"),
    "intentions": N_("review.step_intentions"),
    "close": N_("review.step_close"),
}

QUADRANT_EXPLAIN: dict[str, str] = {
    "do": N_("review.qx_do"),
    "schedule": N_("review.qx_schedule"),
    "delegate": N_("review.qx_delegate"),
    "drop": N_("review.qx_drop"),
}

QUADRANT: dict[str, str] = {
    "do": N_("review.q_do"),
    "schedule": N_("review.q_schedule"),
    "delegate": N_("review.q_delegate"),
    "drop": N_("review.q_drop"),
}

REVIEW_QUESTION: dict[str, str] = {
    "urgent": N_("review.prompt_urgent"),
    "important": N_("review.prompt_important"),
}

REVIEW_QUESTION_DEFAULT: dict[str, str] = {
    "urgent": N_("review.prompt_urgent_default"),
    "important": N_("review.prompt_important_default"),
}

REVIEW_ADD_QUESTION: dict[str, str] = {
    "urgent": N_("review.prompt_add_urgent"),
    "important": N_("review.prompt_add_important"),
}

REVIEW_WHAT: dict[str, str] = {
    "urgent": N_("review.what_urgent"),
    "important": N_("review.what_important"),
}

REVIEW_HOW: dict[str, str] = {
    "urgent": N_("review.how_urgent"),
    "important": N_("review.how_important"),
}

EXPORT_COLUMN: dict[str, str] = {
    "week": N_("export.col_week"),
    "days": N_("export.col_days"),
    "mean": N_("export.col_mean"),
    "low": N_("export.col_low"),
    "high": N_("export.col_high"),
    "tag": N_("export.col_tag"),
    "days_with": N_("export.col_days_with"),
    "mean_with": N_("export.col_mean_with"),
    "days_without": N_("export.col_days_without"),
    "mean_without": N_("export.col_mean_without"),
    "difference": N_("export.col_difference"),
    "action": N_("export.col_action"),
    "due": N_("export.col_due"),
    "status": N_("export.col_status"),
    "outcome": N_("export.col_outcome"),
    "value": N_("export.col_value"),
    "checks": N_("export.col_checks"),
    "latest": N_("export.col_latest"),
}

EXPORT_CYCLE_STATUS: dict[str, str] = {
    "draft": N_("export.status_draft"),
    "complete": N_("export.status_complete"),
}

EXPORT_ACTION_STATUS: dict[str, str] = {
    "open": N_("export.action_open"),
    "done": N_("export.action_done"),
    "dropped": N_("export.action_dropped"),
}

EXPORT_OUTCOME: dict[str, str] = {
    "done": N_("export.outcome_done"),
    "partly": N_("export.outcome_partly"),
    "not": N_("export.outcome_not"),
    "none": N_("export.outcome_none"),
}

BALANCE: dict[int, str] = {
    -2: N_("cycle.balance_0"),
    -1: N_("cycle.balance_1"),
    0: N_("cycle.balance_2"),
    1: N_("cycle.balance_3"),
    2: N_("cycle.balance_4"),
}

CYCLE_COLUMN: dict[str, str] = {
    "col_id": N_("cycle.col_id"),
    "col_started": N_("cycle.col_started"),
    "col_status": N_("cycle.col_status"),
    "col_answers": N_("cycle.col_answers"),
    "col_commitments": N_("cycle.col_commitments"),
    "col_value": N_("cycle.col_value"),
    "col_scope": N_("cycle.col_scope"),
    "col_why": N_("cycle.col_why"),
    "col_action": N_("cycle.col_action"),
    "col_due": N_("cycle.col_due"),
    "col_origin": N_("cycle.col_origin"),
    "col_day": N_("cycle.col_day"),
    "col_who": N_("cycle.col_who"),
    "col_kind": N_("cycle.col_kind"),
    "col_care_challenge": N_("cycle.col_care_challenge"),
    "col_note": N_("cycle.col_note"),
}

CYCLE_STATUS: dict[str, str] = {
    "draft": N_("cycle.status_draft"),
    "complete": N_("cycle.status_complete"),
}

REPORT_COLUMN: dict[str, str] = {
    "col_week": N_("report.col_week"),
    "col_mean": N_("report.col_mean"),
    "col_range": N_("report.col_range"),
    "col_days": N_("report.col_days"),
    "col_tag": N_("report.col_tag"),
    "col_with": N_("report.col_with"),
    "col_without": N_("report.col_without"),
    "col_difference": N_("report.col_difference"),
    "col_value": N_("report.col_value"),
    "col_alignment": N_("report.col_alignment"),
    "col_checks": N_("report.col_checks"),
    "col_trend": N_("report.col_trend"),
}

PILLAR: dict[str, str] = {
    "values": N_("report.pillar_values"),
    "connect": N_("report.pillar_connect"),
    "stamina": N_("report.pillar_stamina"),
}

REPORT_QUADRANT: dict[str, str] = {
    "do": N_("report.quadrant_do"),
    "schedule": N_("report.quadrant_schedule"),
    "delegate": N_("report.quadrant_delegate"),
    "drop": N_("report.quadrant_drop"),
}

SIGNAL: dict[str, str] = {
    "low_week": N_("report.signal_low_week"),
    "two_low_weeks": N_("report.signal_two_low_weeks"),
    "sharp_dip": N_("report.signal_sharp_dip"),
    "quiet_connection": N_("report.signal_quiet_connection"),
    "urgent_treadmill": N_("report.signal_urgent_treadmill"),
}

STOP_KIND: dict[str, str] = {
    "stop": N_("review.stop_stop"),
    "pause": N_("review.stop_pause"),
    "shrink": N_("review.stop_shrink"),
    "sprint": N_("review.stop_sprint"),
    "list": N_("review.stop_list"),
}

REVIEW_COLUMN: dict[str, str] = {
    "col_urgent": N_("review.col_urgent"),
    "col_not_urgent": N_("review.col_not_urgent"),
    "col_week": N_("review.col_week"),
    "col_items": N_("review.col_items"),
    "col_status": N_("review.col_status"),
    "col_headline": N_("review.col_headline"),
}

ACTION_STATUS: dict[str, str] = {
    "open": N_("cycle.action_open"),
    "done": N_("cycle.action_done"),
    "dropped": N_("cycle.action_dropped"),
}

ACTION_NOW: dict[str, str] = {
    "done": N_("cycle.action_now_done"),
    "dropped": N_("cycle.action_now_dropped"),
}

ACTION_ALREADY: dict[str, str] = {
    "done": N_("cycle.action_already_done"),
    "dropped": N_("cycle.action_already_dropped"),
}

ORIGIN: dict[str, str] = {
    "manual": N_("cycle.origin_manual"),
    "cycle": N_("cycle.origin_cycle"),
    "review": N_("cycle.origin_review"),
}

SCOPE: dict[str, str] = {
    "personal": N_("cycle.scope_personal"),
    "organisation": N_("cycle.scope_organisation"),
}

VALUE_SAID: dict[str, str] = {
    "added": N_("cycle.value_added"),
    "restored": N_("cycle.value_restored"),
    "exists": N_("cycle.value_exists"),
}

TABLE: dict[str, str] = {
    "entries": N_("export.table_entries"),
    "values": N_("export.table_values"),
    "cycles": N_("export.table_cycles"),
    "cycle_answers": N_("export.table_cycle_answers"),
    "reviews": N_("export.table_reviews"),
    "review_items": N_("export.table_review_items"),
    "value_checks": N_("export.table_value_checks"),
    "actions": N_("export.table_actions"),
    "connections": N_("export.table_connections"),
    "briefs": N_("export.table_briefs"),
    "settings": N_("export.table_settings"),
}

CONTACT_MARK: dict[str, str] = {
    "care": N_("cycle.connect_care"),
    "challenge": N_("cycle.connect_challenge"),
}

CONTACT_KIND: dict[str, str] = {
    "checkin": N_("cycle.kind_checkin"),
    "one-on-one": N_("cycle.kind_one-on-one"),
    "peer": N_("cycle.kind_peer"),
    "team": N_("cycle.kind_team"),
}

PASSPHRASE_SOURCE: dict[str, str] = {
    "keyring": N_("core.doctor_source_keyring"),
    "environment": N_("core.doctor_source_environment"),
    "prompt": N_("core.doctor_source_prompt"),
    "none": N_("core.doctor_source_none"),
}

STATUS_NEVER: dict[str, str] = {
    "cycle": N_("report.status_cycle_never"),
    "review": N_("report.status_review_never"),
}

STATUS_TODAY: dict[str, str] = {
    "cycle": N_("report.status_cycle_today"),
    "review": N_("report.status_review_today"),
}

STATUS_YESTERDAY: dict[str, str] = {
    "cycle": N_("report.status_cycle_yesterday"),
    "review": N_("report.status_review_yesterday"),
}

# counted ("3 days ago"): ngettext needs the id as a literal inside tn()
STATUS_AGO: dict[str, Callable[[int], str]] = {
    "cycle": lambda days: tn("report.status_cycle", days),
    "review": lambda days: tn("report.status_review", days),
}


CYCLE_PILLAR: dict[str, str] = {
    "values": N_("cycle.pillar_values"),
    "connect": N_("cycle.pillar_connect"),
    "stamina": N_("cycle.pillar_stamina"),
}

EXPORT_PHASE: dict[str, str] = {
    "vertragen": N_("export.phase_vertragen"),
    "verdiepen": N_("export.phase_verdiepen"),
    "versnellen": N_("export.phase_versnellen"),
}

EXPORT_PILLAR: dict[str, str] = {
    "values": N_("export.pillar_values"),
    "connect": N_("export.pillar_connect"),
    "stamina": N_("export.pillar_stamina"),
}

EXPORT_STOP_KIND: dict[str, str] = {
    "stop": N_("export.stop_stop"),
    "pause": N_("export.stop_pause"),
    "shrink": N_("export.stop_shrink"),
    "sprint": N_("export.stop_sprint"),
}

EXPORT_CONTACT_KIND: dict[str, str] = {
    "checkin": N_("export.kind_checkin"),
    "one-on-one": N_("export.kind_one-on-one"),
    "peer": N_("export.kind_peer"),
    "team": N_("export.kind_team"),
}

# how last week"s intention went, said in the review"s look back
OUTCOME_SAID: dict[str, str] = {
    "done": N_("review.out_done"),
    "partly": N_("review.out_partly"),
    "not": N_("review.out_not"),
}

# search: where a match was found, "kind.field" as the search index stores it
SEARCH_PLACE: dict[str, str] = {
    "entry.reflection": N_("core.search_entry_reflection"),
    "entry.win": N_("core.search_entry_win"),
    "cycle_answer.text": N_("core.search_cycle_answer"),
    "review.headline": N_("core.search_review_headline"),
    "review.reflection": N_("core.search_review_reflection"),
    "review.coach_question": N_("core.search_review_coach"),
    "review_item.title": N_("core.search_item_title"),
    "review_item.note": N_("core.search_item_note"),
}

# A field of a value that enters, in the user's words, for "field: rule" ("energie: moet …").
# "Model.field" where a name means something of its own there, else "field"; a model's name
# alone for a rule about the whole record.
FIELD: dict[str, str] = {
    "day": N_("core.field_day"),
    "energy": N_("core.field_energy"),
    "reflection": N_("core.field_reflection"),
    "win": N_("core.field_win"),
    "tags": N_("core.field_tags"),
    "private": N_("core.field_private"),
    "EntryIn": N_("core.field_entry"),
    "name": N_("core.field_value"),
    "scope": N_("core.field_scope"),
    "why": N_("core.field_why"),
    "AnswerIn.text": N_("core.field_answer"),
    "score": N_("core.field_score"),
    "alignment": N_("core.field_alignment"),
    "balance": N_("core.field_balance"),
    "note": N_("core.field_note"),
    "ActionIn.text": N_("core.field_action"),
    "due": N_("core.field_due"),
    "who": N_("core.field_who"),
    "kind": N_("core.field_kind"),
    "title": N_("core.field_item"),
    "decision": N_("core.field_decision"),
    "delegate_to": N_("core.field_delegate_to"),
    "TimeSplitIn": N_("core.field_time_split"),
    "do": N_("review.q_do"),
    "schedule": N_("review.q_schedule"),
    "delegate": N_("review.q_delegate"),
    "drop": N_("review.q_drop"),
    "lang": N_("core.field_lang"),
    "file": N_("core.field_file"),
}

# A setting's name in a sentence ("Privé staat nu op ja.").
SETTING: dict[str, str] = {
    "lang": N_("core.config_name_lang"),
    "private": N_("core.config_name_private"),
}

# How many rows a table holds, counted in words ("80 notities, 1 cyclus").
TABLE_COUNT: dict[str, Callable[[int], str]] = {
    "entries": lambda n: tn("core.count_entries", n),
    "values": lambda n: tn("export.count_values", n),
    "cycles": lambda n: tn("export.count_cycles", n),
    "cycle_answers": lambda n: tn("export.count_cycle_answers", n),
    "reviews": lambda n: tn("export.count_reviews", n),
    "review_items": lambda n: tn("export.count_review_items", n),
    "value_checks": lambda n: tn("export.count_value_checks", n),
    "actions": lambda n: tn("export.count_actions", n),
    "connections": lambda n: tn("core.count_moments", n),
    "briefs": lambda n: tn("export.count_briefs", n),
    "settings": lambda n: tn("export.count_settings", n),
}


# A failure of pydantic's own (a wrong type, a missing field) in the user's words, by its type.
PROBLEM: dict[str, str] = {
    "missing": N_("core.problem_missing"),
    "string_type": N_("core.problem_text"),
    "string_unicode": N_("core.problem_text"),
    "int_type": N_("core.problem_whole"),
    "int_parsing": N_("core.problem_whole"),
    "int_from_float": N_("core.problem_whole"),
    "float_type": N_("core.problem_number"),
    "float_parsing": N_("core.problem_number"),
    "bool_type": N_("core.problem_bool"),
    "bool_parsing": N_("core.problem_bool"),
    "list_type": N_("core.problem_list"),
    "dict_type": N_("core.problem_record"),
    "model_type": N_("core.problem_record"),
    "model_attributes_type": N_("core.problem_record"),
    "extra_forbidden": N_("core.problem_extra"),
    "literal_error": N_("core.problem_choice"),
    "enum": N_("core.problem_choice"),
    "string_too_long": N_("core.problem_too_long"),
    "too_long": N_("core.problem_too_long"),
    "greater_than": N_("core.problem_too_small"),
    "greater_than_equal": N_("core.problem_too_small"),
    "less_than": N_("core.problem_too_large"),
    "less_than_equal": N_("core.problem_too_large"),
}
