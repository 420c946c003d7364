"""The Japanese evaluation sets, and the earlier writers' sets now trained on, keep their promised shape.

Each blind set measures the classifier on messages written apart from its training data, so a broken
row (wrong label for its category, a duplicate, a missing category) would silently skew every
figure `matte classifier eval` reports. Earlier sets became training data, one `writer` per set: the
five development sets (`classifier/data/ja_writers.csv`), and in stop 30 the blind sets `ja_blind_6` to
`_20` and the probes `ja_plain_probe` to `_17` (`ja_blind_retired.csv`, `ja_probes_retired.csv`); a
wrong label there would teach the model the wrong thing.
"""

import csv
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "classifier" / "eval"
DATA_DIR = ROOT / "classifier" / "data"


@dataclass(frozen=True)
class EvalSet:
    file: str  # a set in EVAL_DIR, or a writer's name in `source`
    label_of: dict[str, str]  # category -> label (1: check before acting or sharing; 0: genuine)
    minimum: dict[str, int]
    least_rows: int
    shortest: int = 8  # characters
    source: str = ""  # the training file in DATA_DIR holding the set's rows, by `writer`; "": EVAL_DIR


def labelled(suspicious: str, ordinary: str) -> dict[str, str]:
    """A writer's categories, space-separated: those of messages to check first (label 1), then the
    genuine ones (label 0)."""
    return {**dict.fromkeys(suspicious.split(), "1"), **dict.fromkeys(ordinary.split(), "0")}


DEV_LABELS = labelled(
    suspicious=(
        "chain health disaster smishing investment impersonation emotional ai_media hearsay coverup "
        "fake_expert calm_scam"
    ),
    ordinary="official_alert school police_warning quoted_scam recall lost_pet ordinary plain calm_genuine",
)
BLIND_LABELS = labelled(
    suspicious=(
        "fake_official smishing health_rumour disaster_rumour chain_and_outrage investment_romance "
        "unsourced_media_hearsay calm_scam"
    ),
    ordinary=(
        "official_alert police_bank_warning school_notice relayed_warning genuine_urgent plain everyday_chat"
    ),
)
LATER_LABELS = labelled(
    suspicious=(
        "fake_official smishing health_rumour disaster_rumour chain_outrage money_trap unsourced_claim "
        "calm_scam"
    ),
    ordinary="official_alert scam_warning_official family_warning school_community plain everyday_chat",
)


SEVENTH_LABELS = labelled(
    suspicious=(
        "smishing_impersonation calm_polite_scam investment_romance health_rumour disaster_rumour "
        "chain_outrage hearsay_unsourced"
    ),
    ordinary=(
        "family_warning official_alert official_scam_notice school_community recall_lostpet_service "
        "everyday_chat plain"
    ),
)
EIGHTH_LABELS = labelled(
    suspicious=(
        "sms_phishing fake_official invest_romance health_rumor disaster_rumor chain_outrage impersonation"
    ),
    ordinary="family_warning official_alert scam_warning community_notice everyday_chat plain",
)


NINTH_LABELS = labelled(
    suspicious=(
        "sms_phishing impersonation refund_official investment_romance health_rumor disaster_rumor "
        "chain_outrage calm_polite_scam"
    ),
    ordinary="plain family_warning everyday_chat official_scam_warning official_alert school_community",
)


TENTH_LABELS = labelled(
    suspicious=(
        "smishing_phishing impersonation_call investment_romance health_rumor disaster_rumor "
        "chain_outrage_share calm_polite_scam hearsay_media_hides"
    ),
    ordinary=(
        "family_scam_warning plain everyday_chat official_disaster_alert official_scam_advisory "
        "school_community_notice recall_lostfound_service"
    ),
)


ELEVENTH_LABELS = labelled(
    suspicious=(
        "smishing_sms calm_polite_scam investment_romance_sidejob impersonation chain_rumour outrage_hearsay"
    ),
    ordinary=(
        "disaster_alert official_scam_warning family_scam_warning school_community_notice "
        "recall_pet_shop_notice everyday_chat plain"
    ),
)
TWELFTH_LABELS = labelled(
    suspicious=(
        "smishing impersonation invest_romance health_rumor disaster_rumor chain_outrage "
        "relative_forward_rumor"
    ),
    ordinary=(
        "official_alert official_scam_warning family_warning school_community recall_notice_lostpet "
        "everyday_chat plain"
    ),
)


THIRTEENTH_LABELS = labelled(
    suspicious=(
        "sms_phishing impersonation_call family_takeover money_trap health_rumor disaster_rumor "
        "chain_outrage polite_scam"
    ),
    ordinary=(
        "official_alert scam_advisory family_warning school_community recall_notice everyday_chat plain"
    ),
)
FOURTEENTH_LABELS = labelled(
    suspicious="keigo_scam sms_phish money_trap impostor rumour_chain spread_outrage",
    ordinary=(
        "official_alert scam_advisory family_warning company_notice school_community everyday_chat plain"
    ),
)


FIFTEENTH_LABELS = labelled(
    suspicious=(
        "senior_told_me pasted_smish chain_rumour impersonation_calm invest_romance_job outrage_unsourced"
    ),
    ordinary=(
        "family_friend_warning everyday_family_chat plain official_alert relay_official_alert "
        "official_scam_warning school_community_notice"
    ),
)


SIXTEENTH_LABELS = labelled(
    suspicious=(
        "smishing impersonation invest_romance health_rumor disaster_rumor chain_outrage polite_scam "
        "sales_trap"
    ),
    ordinary=(
        "official_alert official_scam_warning family_warning school_community notices everyday_chat plain"
    ),
)


SEVENTEENTH_LABELS = labelled(
    suspicious=(
        "senior_tells_suspicious senior_pastes_scam smishing_phishing investment_romance chain_outrage "
        "health_rumour disaster_rumour"
    ),
    ordinary=(
        "family_warning everyday_chat plain senior_tells_genuine official_alert school_community "
        "official_scam_warning"
    ),
)
EIGHTEENTH_LABELS = labelled(
    suspicious=(
        "smishing_impersonation_sms phone_impersonation_money investment_romance door_phone_sales_traps "
        "health_rumour disaster_rumour chain_outrage_hearsay calm_polite_scam"
    ),
    ordinary=(
        "official_alert official_scam_warning family_friend_warning school_community_notice "
        "recall_lost_pet everyday_chat plain"
    ),
)


NINETEENTH_LABELS = labelled(
    suspicious=(
        "smishing_link investment_romance health_rumor disaster_rumor chain_message outrage_unsourced "
        "polite_scam senior_asks_suspicious"
    ),
    ordinary=(
        "official_alert official_scam_warning family_scam_warning school_community recall_lostpet "
        "everyday_chat plain senior_asks_ordinary"
    ),
)

TWENTIETH_LABELS = labelled(
    suspicious=(
        "senior_asks_suspicious doorstep_phone_sales phishing_sms_mail unsourced_rumor investment_romance "
        "chain_outrage impersonation_calls"
    ),
    ordinary=(
        "family_scam_warning everyday_chat plain official_alert school_community_notice official_scam_notice "
        "senior_asks_genuine"
    ),
)

TWENTY_FIRST_LABELS = labelled(
    suspicious=(
        "senior_tells_suspicious_call senior_tells_visitor_or_letter senior_forwards_sms_app_mail "
        "senior_tells_online_acquaintance raw_smishing_phishing_text calm_polite_lure rumour_chain_hearsay"
    ),
    ordinary=(
        "senior_tells_ordinary_call_visit family_friend_scam_warning official_disaster_alert_relay "
        "official_scam_advisory school_community_recall_notice everyday_chat plain"
    ),
)

TWENTY_SECOND_LABELS = labelled(
    suspicious=(
        "senior_pasted_doubt callers_visitors_letters smishing chain_rumour calm_polite_scam "
        "investment_romance outrage_spread"
    ),
    ordinary=(
        "family_friend_warning official_alert official_scam_advisory community_school_notice "
        "senior_reports_genuine everyday_chat plain"
    ),
)
TWENTY_THIRD_LABELS = labelled(
    suspicious=(
        "senior_asks_suspicious invest_romance chain_outrage impersonation smishing health_rumour "
        "disaster_rumour"
    ),
    ordinary=(
        "family_warning official_alert everyday_chat plain scam_warning_official senior_asks_genuine "
        "school_community recall_lost"
    ),
)
TWENTY_FOURTH_LABELS = labelled(
    suspicious=(
        "smishing_link keigo_scam invest_romance impersonation health_disaster_rumor chain_outrage "
        "hearsay_unsourced"
    ),
    ordinary=(
        "official_alert official_scam_warning family_scam_warning school_community keigo_notice_genuine "
        "everyday_chat plain"
    ),
)
TWENTY_FIFTH_LABELS = labelled(
    suspicious=(
        "keigo_polite_scam senior_asks_helper smishing_short investment_romance health_rumour "
        "chain_disaster_rumour outrage_spread"
    ),
    ordinary=(
        "keigo_notice_genuine family_scam_warning senior_asks_helper_genuine plain everyday_chat "
        "official_disaster_alert official_scam_warning school_community_notice"
    ),
)


def blind_set(file: str, label_of: dict[str, str], family: str = "family_warning") -> EvalSet:
    """The seventh writer and later ones chose their own categories, with the brief's minimums."""
    return EvalSet(
        file,
        label_of,
        {
            **dict.fromkeys(label_of, 40),
            **{
                name: least
                for name, least in ((family, 90), ("plain", 60), ("everyday_chat", 60))
                if name in label_of
            },
        },
        750,
    )


def later_set(file: str) -> EvalSet:
    """The fourth writer's and later sets: the same categories and minimums."""
    return EvalSet(
        file,
        LATER_LABELS,
        {**dict.fromkeys(LATER_LABELS, 40), "family_warning": 90, "plain": 70, "everyday_chat": 65},
        700,
    )


def as_training(spec: EvalSet, source: str = "ja_writers.csv") -> EvalSet:
    """A set now trained on, in `source`: its rows near a blind set's messages were dropped
    (`classifier.leakage`), so it keeps, since stop 44, a tenth of its categories' minimums, and since
    stop 45 0.45 of its rows (half in stop 44, three twentieths since stop 40, a fifth and 0.55 in stop 39,
    a quarter and three fifths before: each fresh set takes a few more, short stock phrases first;
    `ja_blind_71` keeps 2 of its 20 short one-liners after stop 44's rounds, `ja_blind_27` 4 short polite
    lines of its 25 and `ja_plain_probe_49`, trained on since stop 37, 199 of its 400 after stop 45's; the
    plain-sentence probes took most from `ja_dev_2`'s `plain` rows: 26 of the 60 are left after stop 32,
    whose minimum is lowered to match)."""
    return replace(
        spec,
        file=spec.file.removesuffix(".csv"),
        minimum={category: int(least * 0.1) for category, least in spec.minimum.items()},
        least_rows=int(spec.least_rows * 0.45),
        source=source,
    )


def retired(source: str, *specs: EvalSet) -> list[EvalSet]:
    """Evaluation sets trained on since stop 30, each a `writer` of `source`."""
    return [as_training(spec, source) for spec in specs]


WRITER_SETS = [
    later_set("ja_dev_5"),
    later_set("ja_dev_4"),
    EvalSet(
        "ja_dev_3",
        LATER_LABELS,
        {**dict.fromkeys(LATER_LABELS, 35), "family_warning": 70, "plain": 80, "everyday_chat": 70},
        700,
    ),
    EvalSet(
        "ja_dev",
        DEV_LABELS,
        {**dict.fromkeys(DEV_LABELS, 25), "calm_scam": 30, "ordinary": 60, "plain": 40},
        520,
    ),
    EvalSet(
        "ja_dev_2",
        BLIND_LABELS,
        {**dict.fromkeys(BLIND_LABELS, 30), "police_bank_warning": 45, "relayed_warning": 45, "plain": 56},
        640,
    ),
]
PROBE_1_CATEGORIES = (
    "polite",
    "plain_form",
    "family_request",
    "question",
    "quoted_or_hearsay",
    "long_compound",
    "dialect_keigo",
)
PROBE_2_CATEGORIES = (
    "diary_plain",
    "polite_daily",
    "keigo_letter",
    "shop_club_notice",
    "casual_chat",
    "family_request",
    "dialect",
    "hearsay_quote",
)


def probe(file: str, categories: tuple[str, ...], least: int) -> EvalSet:
    """A set of ordinary sentences only (label 0), some of them a few characters long."""
    return EvalSet(file, dict.fromkeys(categories, "0"), dict.fromkeys(categories, least), 400, shortest=4)


PROBE_3_CATEGORIES = (
    "plain_form_diary",
    "polite_desu_masu",
    "keigo_business_letter",
    "long_narrative",
    "questions",
    "family_requests",
    "casual_chat_onomatopoeia_emoji",
    "regional_dialect",
    "hearsay_quotation",
    "notices_shop_club_school",
)
PROBE_4_CATEGORIES = (
    "keigo_letter",
    "family_requests",
    "long_multiclause",
    "plain_form_grammar",
    "casual_chat_emoji",
    "notices",
    "polite_daily",
    "questions",
    "dialect",
    "hearsay_quotation",
)
PROBE_5_CATEGORIES = (
    "plain_diary_narrative",
    "polite_daily",
    "keigo_letters",
    "questions",
    "family_requests",
    "casual_chat",
    "regional_dialect",
    "everyday_hearsay",
    "notices",
    "onomatopoeia_emoji",
)
PROBE_6_CATEGORIES = (
    "elderly_hiragana_chat",
    "regional_dialect",
    "letter_keigo",
    "plain_diary",
    "polite_daily",
    "family_requests",
    "hearsay_quotation",
    "community_notices",
    "teen_chat_emoji_onomatopoeia",
    "questions",
)
PROBE_7_CATEGORIES = (
    "plain_forms",
    "polite_honorific",
    "keigo_letter",
    "long_narrative",
    "questions_requests",
    "casual_teen_emoji",
    "senior_typed",
    "dialect",
    "hearsay_quote",
    "notices",
)
# The eight categories the eighth to tenth probe writers chose alike.
SHARED_PROBE_CATEGORIES = (
    "plain_diary",
    "polite_daily",
    "keigo_letter",
    "long_narrative",
    "questions",
    "family_requests",
    "casual_chat_emoji",
    "dialect",
)
PROBE_8_CATEGORIES = (*SHARED_PROBE_CATEGORIES, "hearsay_quote", "notices")
PROBE_9_CATEGORIES = (*SHARED_PROBE_CATEGORIES, "hearsay_notices", "senior_family_reports")
PROBE_10_CATEGORIES = (*SHARED_PROBE_CATEGORIES, "hearsay_quotation", "notices")
PROBE_11_CATEGORIES = (
    "plain_diary",
    "polite_daily",
    "keigo_letter",
    "long_narrative",
    "questions_requests",
    "casual_chat_emoji",
    "dialect",
    "hearsay",
    "notices",
    "grammar_forms",
)
PROBE_12_CATEGORIES = (
    "plain_diary_onomatopoeia",
    "polite_desu_masu",
    "keigo_business_letter",
    "long_narrative_grammar",
    "questions",
    "family_requests",
    "casual_chat_teen_elderly_emoji",
    "regional_dialect",
    "everyday_hearsay_quotation",
    "notices_shop_club_school",
)
PROBE_13_CATEGORIES = (
    "plain_form_diary",
    "polite_desu_masu",
    "business_letter_keigo",
    "long_narrative",
    "questions",
    "family_requests",
    "casual_chat_teen_elderly_emoji",
    "regional_dialect",
    "hearsay_quotation",
    "notices_shop_club_school",
)
PROBE_14_CATEGORIES = (
    "plain_form_and_grammar",
    "polite_desu_masu",
    "business_letter_keigo",
    "long_multi_clause_narrative",
    "questions",
    "family_requests_instructions",
    "casual_chat_teen_elderly_emoji",
    "regional_dialect",
    "everyday_hearsay_quotation",
    "neighbourhood_shop_school_notices",
)
PROBE_15_CATEGORIES = (
    "plain_diary_da_dearu",
    "polite_desu_masu_daily",
    "keigo_business_letter",
    "long_multiclause_narrative",
    "questions_all_registers",
    "family_requests_instructions",
    "casual_chat_teen_elderly_emoji",
    "regional_dialect",
    "everyday_hearsay_quotation",
    "notices_and_grammar_forms",
)
PROBE_16_CATEGORIES = (
    "plain_da_diary",
    "desu_masu_daily",
    "keigo_letter_business",
    "long_multiclause_narrative",
    "questions_all_registers",
    "family_requests_instructions",
    "casual_chat_teen_elderly_emoji",
    "regional_dialect",
    "harmless_hearsay_quotation",
    "notices_shop_club_school_town",
)
PROBE_17_CATEGORIES = (
    "plain_diary",
    "polite_daily",
    "business_keigo",
    "long_narrative",
    "questions",
    "family_requests",
    "casual_chat",
    "dialect",
    "hearsay_quote",
    "notices",
)
PROBE_18_CATEGORIES = (
    "polite_desu_masu_daily",
    "business_keigo_workplace",
    "polite_letters_neighbours_seasonal",
    "plain_form_diary_narrative",
    "questions_requests_family",
    "casual_chat_teens_elderly_emoji",
    "regional_dialect",
    "hearsay_quotation",
    "notices_shop_club_school",
    "conditional_passive_causative_honorific",
)
PROBE_19_CATEGORIES = (
    "line_family_group",
    "polite_daily",
    "letter_keigo",
    "community_notice",
    "hospital_care",
    "dialect",
    "hearsay",
    "family_requests_questions",
    "diary_plain",
    "grammar_forms",
)
PROBE_21_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question",
    "request",
    "conditional",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect_emoji_elderly",
)
TWENTY_SEVENTH_LABELS = labelled(
    suspicious=(
        "senior_retells_call_sus senior_retells_visitor_sus senior_forwards_sms_letter_sus "
        "senior_passes_rumour_sus smishing_delivery family_new_number impersonation_bank_city_tax "
        "keigo_polite_scam investment_romance_trap health_rumour disaster_rumour chain_outrage_spread "
        "media_hides_claim"
    ),
    ordinary=(
        "senior_retells_call_ok senior_asks_genuine_notice_ok senior_shares_harmless_hearsay_ok "
        "short_everyday_casual short_polite_keigo_ok business_keigo_notice_ok relative_warns_quoting_scam "
        "official_scam_warning official_disaster_alert relative_passes_alert school_community_notice "
        "everyday_chat_longer senior_everyday_chat_ok"
    ),
)
# The twenty-seventh writer was asked for at least 25 rows per category (29-36 written).
BLIND_27 = EvalSet("ja_blind_27.csv", TWENTY_SEVENTH_LABELS, dict.fromkeys(TWENTY_SEVENTH_LABELS, 25), 850)
PROBE_20_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu_polite",
    "keigo_sonkei_kenjo_teichou",
    "question_request",
    "conditional_negation",
    "passive_causative",
    "hearsay_harmless",
    "dialect",
    "emoji_family",
    "elderly_typing",
)
TWENTY_SIXTH_LABELS = labelled(
    suspicious=(
        "family_forwards_scam_as_true family_forwards_rumour_as_true hearsay_rumour_unsourced "
        "smishing_delivery smishing_bank_card impersonation_official family_impersonation_new_number "
        "keigo_scam_calm investment_trap romance_trap health_rumour disaster_rumour outrage_spread "
        "chain_message fake_billing_prize senior_asks_helper_sus"
    ),
    ordinary=(
        "family_warns_scam_casual family_warns_scam_dialect_short family_warns_rumour "
        "friend_neighbour_warns_scam harmless_hearsay polite_short_lines everyday_chat "
        "official_disaster_alert relative_passes_official_alert official_scam_warning "
        "keigo_business_notice school_community_notice senior_asks_helper_ok"
    ),
)
# The twenty-sixth writer split every kind of message into smaller categories (20-31 rows) and ran short of
# time at 733 rows (see its .md).
BLIND_26 = EvalSet("ja_blind_26.csv", TWENTY_SIXTH_LABELS, dict.fromkeys(TWENTY_SIXTH_LABELS, 20), 700)
BLIND_25 = blind_set("ja_blind_25.csv", TWENTY_FIFTH_LABELS, "family_scam_warning")
# The writer's senior_asks_helper category held both labels; its 26 genuine rows were split off by name.
BLIND_25 = replace(BLIND_25, minimum={**BLIND_25.minimum, "senior_asks_helper_genuine": 20})
PROBE_22_CATEGORIES = (
    "casual_line",
    "kansai_dialect",
    "regional_dialects",
    "teen_emoji",
    "elderly_typing",
    "polite_desu_masu",
    "keigo",
    "family_requests",
    "harmless_hearsay",
    "grammar_mix",
)
PROBE_23_CATEGORIES = (
    "polite_desu_masu",
    "keigo_telephone_reception",
    "keigo_letters_workplace_mail",
    "shop_clinic_notices",
    "questions_all_registers",
    "requests_all_registers",
    "hearsay_harmless",
    "plain_da_dearu_negation",
    "conditionals_passives_causatives",
    "dialect_emoji_elderly_typing",
)
TWENTY_EIGHTH_LABELS = labelled(
    suspicious=(
        "relative_forwards_scam_as_true relative_spreads_health_rumour relative_spreads_disaster_rumour "
        "chain_message outrage_spread_post media_hides_it unsourced_hearsay_fact smishing_delivery "
        "bank_impersonation gov_refund_impersonation police_impersonation utility_telecom_impersonation "
        "family_new_number investment_trap romance_trap keigo_polite_scam prize_subscription_scam "
        "senior_asks_helper_sus scam_short_lines"
    ),
    ordinary=(
        "family_warns_scam_quote friend_neighbour_warns_scam family_warns_rumour official_disaster_alert "
        "family_relays_official_alert official_scam_warning school_community_notice business_notice_ok "
        "everyday_chat_short harmless_hearsay senior_asks_helper_ok family_chat_plain "
        "family_long_scam_explainer friend_short_warning"
    ),
)
TWENTY_NINTH_LABELS = labelled(
    suspicious=(
        "senior_asks_helper_sus_text senior_asks_helper_sus_visit_call_letter keigo_scam_bank_card "
        "keigo_scam_public_office keigo_scam_delivery_telecom_utility police_impersonation "
        "family_impersonation_new_number investment_romance_trap health_rumour disaster_rumour_unsourced "
        "chain_outrage_spread media_hides_hearsay keigo_scam_prize_survey_other "
        "short_smish_and_rumour_lines senior_short_asks_sus"
    ),
    ordinary=(
        "senior_asks_helper_ok senior_asks_helper_ok_call_visit genuine_keigo_business "
        "city_notice_genuine official_disaster_alert family_passes_alert official_scam_warning "
        "family_warns_scam school_community_notice everyday_chat dialect_chat elderly_typing_chat "
        "harmless_hearsay health_money_ordinary sharing_official_info_ok"
    ),
)
# The twenty-eighth and twenty-ninth writers were asked for at least 20 rows per category (20-57 written).
BLIND_28 = EvalSet("ja_blind_28.csv", TWENTY_EIGHTH_LABELS, dict.fromkeys(TWENTY_EIGHTH_LABELS, 20), 850)
BLIND_29 = EvalSet("ja_blind_29.csv", TWENTY_NINTH_LABELS, dict.fromkeys(TWENTY_NINTH_LABELS, 20), 800)
PROBE_24_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu_polite",
    "keigo_letters",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay_harmless",
    "negation",
    "dialect_emoji_elderly_typing",
)
PROBE_25_CATEGORIES = (
    "office_phone_keigo",
    "office_mail_keigo",
    "baito_chat",
    "school_teacher_notes",
    "pta_parents",
    "sports_club",
    "hobby_circle",
    "student_line_emoji",
    "hearsay_harmless",
    "short_replies_dialect_elderly",
)
THIRTIETH_LABELS = labelled(
    suspicious=(
        "bank_card_smishing_sus delivery_smishing_sus gov_refund_pension_scam_sus "
        "police_official_impersonation_sus family_impersonation_sus investment_romance_sus "
        "visitor_call_letter_scam_sus health_rumour_sus disaster_rumour_sus chain_outrage_sus "
        "unsourced_claim_sus relative_passes_scam_as_true_sus fake_official_notice_sus "
        "senior_asks_about_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok "
        "relative_warns_scam_ok friend_warns_rumour_ok school_community_notice_ok business_notice_ok "
        "everyday_chat_ok harmless_hearsay_ok senior_asks_about_genuine_ok plain_statement_ok "
        "health_family_chat_ok genuine_service_sms_ok"
    ),
)
THIRTY_FIRST_LABELS = labelled(
    suspicious=(
        "delivery_smish_sus carrier_smish_sus bank_card_smish_sus family_new_number_sus "
        "investment_group_sus govt_refund_smish_sus utility_smish_sus ai_video_photo_rumour_sus "
        "disaster_rumour_sus health_rumour_chain_sus romance_sns_sus police_impersonation_sus "
        "outrage_spread_sus senior_asks_helper_sus"
    ),
    ordinary=(
        "delivery_notice_ok appointment_notice_ok family_chat_ok city_notice_ok school_notice_ok "
        "official_alert_relay_ok relative_scam_warning_ok official_scam_warning_ok business_keigo_ok "
        "senior_asks_helper_ok harmless_hearsay_ok community_notice_ok official_disaster_alert_ok"
    ),
)
# The thirtieth and thirty-first writers were asked for at least 20 rows per category (24-46 written).
BLIND_30 = EvalSet("ja_blind_30.csv", THIRTIETH_LABELS, dict.fromkeys(THIRTIETH_LABELS, 20), 850)
BLIND_31 = EvalSet("ja_blind_31.csv", THIRTY_FIRST_LABELS, dict.fromkeys(THIRTY_FIRST_LABELS, 20), 750)
PROBE_26_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question",
    "request",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_27_CATEGORIES = (
    "reception_keigo",
    "shop_station_teinei",
    "phone_business",
    "family_errands_plain",
    "questions_requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay_harmless",
    "short_replies",
    "dialect_emoji_elderly",
)
THIRTY_SECOND_LABELS = labelled(
    suspicious=(
        "fake_police_fraud_warning_call fake_city_office_refund fake_quake_tsunami_alert "
        "fake_scam_protection_registration bank_impersonation_smish delivery_smish family_new_number "
        "investment_trap romance_trap health_rumour unsourced_rumour_photo chain_message "
        "outrage_media_hides fake_utility_tax_pension fake_consumer_center_recovery "
        "senior_asks_helper_sus"
    ),
    ordinary=(
        "official_disaster_alert family_relays_alert police_scam_warning bank_scam_warning "
        "consumer_agency_warning family_warns_scam school_community_notice lost_pet_missing_report "
        "keigo_business_notice everyday_chat harmless_hearsay senior_asks_helper_ok "
        "relative_warns_fake_alert_or_officer genuine_city_office_notice"
    ),
)
THIRTY_THIRD_LABELS = labelled(
    suspicious=(
        "bank_phishing_sus delivery_smish_sus gov_refund_sus police_impersonation_sus utility_telecom_sus "
        "family_new_number_sus keigo_polite_scam_sus investment_trap_sus romance_trap_sus "
        "health_rumour_sus disaster_rumour_sus chain_message_sus outrage_spread_sus unsourced_hearsay_sus "
        "prize_subsidy_sus senior_asks_helper_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok relative_forwards_alert_ok official_scam_warning_ok "
        "family_scam_warning_ok school_community_notice_ok business_notice_ok everyday_chat_ok "
        "short_everyday_ok harmless_hearsay_ok senior_asks_helper_ok family_chat_long_ok "
        "official_notice_long_ok"
    ),
)
# The thirty-second and thirty-third writers were asked for at least 20 rows per category (22-38 written).
BLIND_32 = EvalSet("ja_blind_32.csv", THIRTY_SECOND_LABELS, dict.fromkeys(THIRTY_SECOND_LABELS, 20), 800)
BLIND_33 = EvalSet("ja_blind_33.csv", THIRTY_THIRD_LABELS, dict.fromkeys(THIRTY_THIRD_LABELS, 20), 850)
PROBE_28_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question_request",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "casual_emoji",
    "elderly_typing",
)
PROBE_29_CATEGORIES = (
    "reception_desk_keigo",
    "phone_call_keigo",
    "shop_counter_service",
    "polite_letters",
    "short_polite_replies",
    "family_chat_plain",
    "questions_and_requests",
    "conditionals_passives_causatives",
    "hearsay_and_negation",
    "dialect_emoji_elderly",
)
THIRTY_FOURTH_LABELS = labelled(
    suspicious=(
        "sms_delivery_sus sms_bank_card_sus mail_account_sus line_family_newnumber_sus "
        "line_takeover_friend_sus call_impersonation_sus visitor_door_sus letter_postcard_sus "
        "invest_romance_sus rumor_health_disaster_sus chain_outrage_sus senior_asks_helper_sus "
        "sms_official_imperson_sus long_keigo_scam_sus long_rumor_chain_sus long_senior_consult_sus "
        "long_call_visit_report_sus short_sus_snippets long_line_sms_thread_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok family_warns_scam_ok "
        "school_community_ok business_notice_ok everyday_chat_ok harmless_hearsay_ok senior_asks_helper_ok "
        "genuine_call_visit_ok genuine_letter_mail_ok genuine_sms_line_official_ok long_official_notice_ok "
        "long_family_community_ok long_senior_consult_ok long_business_keigo_ok long_everyday_family_ok "
        "long_alert_relay_ok short_reply_ok long_genuine_thread_ok"
    ),
)
THIRTY_FIFTH_LABELS = labelled(
    suspicious=(
        "school_fee_scam_sus utility_bill_scam_sus medical_pension_refund_scam_sus "
        "family_money_secret_scam_sus authority_secrecy_trap_sus investment_pitch_sus romance_money_sus "
        "money_rumour_chain_sus senior_asks_scam_sus short_payment_smish_sus calm_keigo_scam_sus"
    ),
    ordinary=(
        "school_club_fee_ok bills_medical_ok family_repay_split_ok surprise_secret_ok family_warns_scam_ok "
        "official_scam_warning_ok senior_asks_genuine_ok everyday_money_chat_ok community_notice_ok "
        "business_keigo_ok elderly_casual_ok"
    ),
)
PROBE_30_CATEGORIES = (
    "plain_da_dearu",
    "casual_line",
    "dialect",
    "polite_desu_masu",
    "honorific_keigo",
    "elderly_typing",
    "question_request",
    "conditional",
    "passive_causative",
    "hearsay_negation",
)
PROBE_31_CATEGORIES = (
    "hospital_clinic_staff",
    "bank_post_counter",
    "hotel_station_staff",
    "care_worker",
    "city_office_staff",
    "tradespeople_phone",
    "polite_customers",
    "neighbour_replies_thanks",
    "polite_grammar_mix",
    "elderly_typing_dialect_emoji",
)
THIRTY_SIXTH_LABELS = labelled(
    suspicious=(
        "delivery_smish bank_impersonation gov_refund_impersonation police_impersonation family_new_number "
        "investment_romance health_rumour_chain disaster_rumour_chain relative_forwards_scam_as_true "
        "relative_forwards_rumour_as_true outrage_spread_post senior_asks_helper_sus "
        "utility_telecom_impersonation"
    ),
    ordinary=(
        "family_warns_quoting_scam friend_neighbour_warns_dialect relative_debunks_rumour "
        "official_scam_warning official_disaster_alert relative_relays_alert school_community_notice "
        "business_keigo_notice everyday_chat harmless_hearsay senior_asks_helper_ok short_warning_chat"
    ),
)
THIRTY_SEVENTH_LABELS = labelled(
    suspicious=(
        "senior_retells_call_sus senior_retells_visit_sus keigo_call_visit_scam counter_coaching_sus "
        "senior_asks_about_scam_msg rumour_chain_hearsay family_impersonation_casual_scam "
        "long_retelling_call_visit_sus long_keigo_scam long_senior_asks_about_scam short_scam_snippets "
        "multiline_scam_sms"
    ),
    ordinary=(
        "senior_retells_call_ok senior_retells_visit_ok genuine_call_visit_notice_keigo "
        "genuine_service_message_keigo counter_story_ok family_warns_scam official_scam_warning "
        "everyday_chat long_retelling_call_visit_ok community_urgent_and_alerts_ok long_genuine_notice_keigo "
        "senior_asks_about_genuine_notice multiline_genuine_notice_ok short_everyday_ok"
    ),
)
PROBE_32_CATEGORIES = (
    "plain_da_dearu",
    "polite_desu_masu",
    "keigo_honorific_humble",
    "questions",
    "requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay_harmless",
    "regional_dialect",
    "emoji_elderly_typing",
)
PROBE_33_CATEGORIES = (
    "counter_keigo",
    "clinic_shop_keigo",
    "phone_keigo",
    "trades_delivery",
    "line_polite_emoji",
    "family_casual",
    "family_dialect",
    "questions_requests_conditionals",
    "hearsay_negation",
    "elderly_typing",
)
THIRTY_EIGHTH_LABELS = labelled(
    suspicious=(
        "family_passes_on_as_true_long relative_passes_scam_as_true neighbour_spreads_rumour_as_true "
        "scam_sms_short senior_asks_about_sus chain_message_forward media_hides_it rumour_passon_short "
        "smishing_impersonation family_new_number investment_romance_trap outrage_spread_request "
        "rumour_dialect_short keigo_scam_polite fraud_recovery_scam"
    ),
    ordinary=(
        "family_warns_quoting_long family_warns_scam_quoting harmless_hearsay everyday_chat "
        "neighbour_corrects_rumour_quoting everyday_chat_short friend_warns_short harmless_hearsay_short "
        "official_alert_relayed community_notice business_notice_ok friend_warns_short_dialect "
        "official_scam_warning senior_asks_genuine_ok neighbour_warning_to_share"
    ),
)
THIRTY_NINTH_LABELS = labelled(
    suspicious=(
        "delivery_smishing_sus bank_impersonation_sus family_new_number_sus refund_kanpu_call_sus "
        "police_impersonation_sus utility_telecom_sus investment_trap_sus romance_trap_sus health_rumour_sus "
        "disaster_rumour_sus chain_message_sus outrage_spread_sus visitor_letter_sus senior_asks_helper_sus "
        "account_hijack_sus prize_subsidy_sus unsourced_photo_video_sus job_side_income_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok family_scam_warning_ok "
        "school_notice_ok community_notice_ok business_notice_ok everyday_family_chat_ok friend_chat_ok "
        "harmless_hearsay_ok senior_asks_helper_ok medical_clinic_ok city_hall_notice_ok shop_delivery_ok "
        "social_post_ok hobby_group_ok plain_sentences_ok genuine_visitor_call_ok"
    ),
)
PROBE_34_CATEGORIES = (
    "plain_da_dearu",
    "casual_emoji",
    "desu_masu",
    "keigo",
    "questions_requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "elderly_typing",
)
PROBE_35_CATEGORIES = (
    "counter_keigo_bank_post_cityoffice",
    "clinic_pharmacy",
    "shop_restaurant_service",
    "phone_callcentre",
    "trades_delivery",
    "care_work",
    "line_friends",
    "line_family",
    "dialect_neighbours",
    "elderly_typing_and_plain",
)
PROBE_36_CATEGORIES = (
    "counter_keigo_bank_post_city",
    "clinic_pharmacy_polite",
    "care_worker_home_helper",
    "call_centre_phone_keigo",
    "tradespeople_delivery_polite",
    "senior_retelling_hearsay",
    "line_neighbour_polite_replies",
    "line_family_elderly_typing",
    "plain_da_dearu_passive_causative",
    "dialect_polite_service",
)
PROBE_37_CATEGORIES = (
    "plain_da_dearu",
    "polite_desu_masu",
    "keigo_sonkei_kenjo_teichou",
    "questions_requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay_harmless",
    "regional_dialect",
    "casual_emoji",
    "elderly_typing",
)
PROBE_38_CATEGORIES = (
    "counter_keigo_bank_post_city",
    "clinic_pharmacy_care",
    "phone_call_centre",
    "trades_delivery_shop",
    "senior_retelling_hearsay",
    "line_polite_neighbours_family",
    "line_casual_friends_emoji",
    "dialect_line",
    "elderly_typing",
    "plain_narrative_grammar_mix",
)
PROBE_39_CATEGORIES = (
    "plain_da_dearu",
    "polite_desu_masu",
    "keigo_honorific_humble",
    "questions_requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay_harmless",
    "regional_dialect",
    "casual_emoji",
    "elderly_typing",
)
FIFTY_SECOND_LABELS = labelled(
    suspicious=(
        "delivery_smish_sus bank_card_phish_sus carrier_phish_sus office_impersonation_sus "
        "office_name_elsewhere_sus rumour_link_sus fake_disaster_alert_sus family_new_number_sus "
        "invest_romance_sus chain_outrage_sus long_keigo_scam_sus short_smish_sus senior_asks_sus "
        "long_rumour_chain_sus long_phish_mail_sus call_retell_sus short_rumour_sus"
    ),
    ordinary=(
        "official_alert_link_ok city_school_notice_ok company_notice_ok family_share_link_ok "
        "scam_warning_share_ok chat_phone_ok long_official_notice_ok family_news_long_ok "
        "short_chat_ok short_genuine_sms_ok senior_asks_genuine_ok harmless_hearsay_ok "
        "family_warns_long_ok long_company_email_ok short_link_share_ok long_community_notice_ok "
        "genuine_link_notice_ok urgent_genuine_long_ok"
    ),
)
FIFTY_THIRD_LABELS = labelled(
    suspicious=(
        "delivery_smishing_sus bank_impersonation_sus refund_call_visit_sus family_new_number_sus "
        "police_official_impersonation_sus investment_romance_sus health_rumour_sus "
        "disaster_rumour_sus chain_outrage_sus senior_asks_helper_sus visitor_letter_sus "
        "sns_hearsay_sus counter_talk_sus account_lure_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok "
        "family_scam_warning_ok school_community_notice_ok business_notice_ok everyday_chat_ok "
        "senior_asks_helper_ok harmless_hearsay_ok counter_conversation_ok official_letter_notice_ok "
        "delivery_notice_ok senior_writes_ok"
    ),
)
FORTY_EIGHTH_LABELS = labelled(
    suspicious=(
        "fake_official_alert_sus quake_prediction_rumour_sus disaster_rumour_sus media_hides_sus "
        "disaster_donation_scam_sus repair_visitor_sus city_impersonation_sus utility_impersonation_sus "
        "delivery_smishing_sus bank_impersonation_sus police_impersonation_sus family_newnumber_sus "
        "chain_message_sus investment_romance_sus health_rumour_sus senior_asks_helper_sus "
        "relayed_hearsay_sus nankai_hoard_rumour_sus"
    ),
    ordinary=(
        "jma_warning_official quake_tsunami_official nankai_official jalert_official evac_order_city "
        "family_relays_alert neighbour_relay_ok infra_notice_ok police_fire_warn_ok school_notice_ok "
        "hospital_notice_ok consumer_centre_ok family_warns_scam_ok lost_pet_person_ok everyday_chat_ok "
        "senior_asks_helper_ok business_notice_ok"
    ),
)
FORTY_NINTH_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smishing_sus family_new_number_sus public_office_refund_sus "
        "police_impersonation_sus utility_telecom_sus investment_trap_sus romance_trap_sus health_rumour_sus "
        "disaster_rumour_sus chain_message_sus outrage_spread_sus media_hides_sus senior_asks_helper_sus "
        "visitor_letter_sus prize_support_scam_sus shopping_account_sus counter_retell_sus"
    ),
    ordinary=(
        "neighbour_talk_ok official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok "
        "senior_chat_ok counter_talk_ok social_post_ok "
        "health_info_ok family_scam_warning_ok school_notice_ok "
        "community_notice_ok business_keigo_ok delivery_genuine_ok everyday_chat_ok harmless_hearsay_ok "
        "senior_asks_helper_ok"
    ),
)
FIFTIETH_LABELS = labelled(
    suspicious=(
        "fake_disaster_alert_sus quake_prediction_rumor_sus nankai_misinfo_sus panic_hoarding_post_sus "
        "disaster_donation_scam_sus repair_scam_after_disaster_sus utility_transport_impersonation_sus "
        "disaster_rumor_chain_sus relative_relays_rumor_sus senior_asks_disaster_sus"
    ),
    ordinary=(
        "senior_asks_genuine_ok official_quake_tsunami_info_ok nankai_official_info_ok evacuation_order_ok "
        "lifeline_transport_notice_ok relative_relays_alert_ok school_community_disaster_ok "
        "official_scam_warning_ok family_warns_disaster_scam_ok everyday_disaster_chat_ok "
        "volcano_weather_warning_ok"
    ),
)
FIFTY_FIRST_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus gov_refund_sus police_impersonation_sus delivery_smishing_sus "
        "family_new_number_sus utility_telecom_sus investment_romance_sus "
        "health_rumor_sus disaster_rumor_sus "
        "chain_outrage_sus neighborhood_hearsay_sus senior_asks_helper_sus visitor_call_sus letter_mail_sus "
        "counter_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relay_alert_ok scam_warning_official_ok family_scam_warning_ok "
        "school_community_notice_ok business_notice_ok everyday_chat_ok neighborhood_hearsay_ok "
        "senior_asks_helper_ok counter_conversation_ok sns_post_ok letter_ok phone_call_ok"
    ),
)
PROBE_40_CATEGORIES = (
    "counter_keigo",
    "clinic_pharmacy_care",
    "phone_callcentre",
    "trades_delivery",
    "hotel_shop_restaurant",
    "senior_retelling",
    "hearsay_harmless",
    "formal_written_dearu",
    "notices_signs",
    "casual_mixed_emoji_typing",
)
PROBE_41_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu_polite",
    "keigo_sonkei_kenjo_teichogo",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay_harmless_news",
    "dialect_regional",
    "elderly_typing_emoji_casual",
)
PROBE_42_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_service",
    "questions_requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_43_CATEGORIES = (
    "plain_da_jotai",
    "polite_desu_masu",
    "keigo_honorific_humble",
    "casual_family_friends",
    "regional_dialects",
    "elderly_typing",
    "formal_written",
    "questions_to_family_helper",
    "requests_conditionals_passives_causatives",
    "hearsay_negation_emoji",
)
PROBE_44_CATEGORIES = (
    "counter_keigo_bank_post_city",
    "phone_keigo_calls",
    "clinic_pharmacy_care_polite",
    "trades_delivery_hotel_shop",
    "senior_retelling_hearsay",
    "news_city_announcements_hearsay",
    "formal_written_dearu_notices_minutes",
    "questions_requests_conditionals",
    "passive_causative_negation",
    "dialect_emoji_elderly_typing",
)
PROBE_48_CATEGORIES = (
    "counter_keigo",
    "phone_keigo",
    "shop_hotel_delivery_desu_masu",
    "formal_notice_report",
    "senior_retelling_plain",
    "hearsay_harmless",
    "questions_requests",
    "conditional_passive_causative",
    "negation_dialect",
    "emoji_elderly_typing",
)
PROBE_59_CATEGORIES = (
    "plain_dearu_formal",
    "casual_plain",
    "polite_desumasu",
    "keigo_honorific_humble",
    "questions_requests",
    "conditional_negation",
    "passive_causative",
    "hearsay_harmless",
    "regional_dialect",
    "emoji_elderly_typing",
)
PROBE_58_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question_request",
    "conditional",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_57_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditional_negation",
    "passive_causative",
    "hearsay_harmless",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_56_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu_polite",
    "keigo",
    "questions",
    "requests",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_55_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question_request",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_casual",
    "elderly_typing",
)
PROBE_54_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_53_CATEGORIES = (
    "plain_da_dearu",
    "polite_desu_masu",
    "keigo_honorific_humble",
    "questions",
    "requests_favours",
    "conditionals_negation",
    "passive_causative",
    "hearsay_harmless_news",
    "regional_dialect",
    "emoji_elderly_typing",
)
PROBE_52_CATEGORIES = (
    "notice_formal_written",
    "school_letter_desumasu",
    "keigo_letters_utility_clinic",
    "minutes_record_style",
    "plain_retelling_recipient",
    "service_speech_phone_counter",
    "questions_requests_daily",
    "conditional_passive_causative",
    "hearsay_negation",
    "dialect_emoji_elderly_typing",
)
PROBE_51_CATEGORIES = (
    "plain_da_dearu",
    "polite_desu_masu",
    "keigo_honorific_humble",
    "questions",
    "requests_urgent_harmless",
    "conditional_passive_causative",
    "hearsay",
    "negation",
    "regional_dialect",
    "emoji_elderly_typing",
)
PROBE_50_CATEGORIES = (
    "phone_transfer_keigo",
    "callback_polite",
    "confirmation_counter",
    "documents_reminder",
    "senior_retelling_plain",
    "hearsay_sourced",
    "dialect",
    "questions_requests",
    "conditional_passive_causative_neg",
    "emoji_elderly_typing",
)
PROBE_49_CATEGORIES = (
    "plain_da_dearu",
    "polite_desumasu",
    "keigo",
    "questions_requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "casual_emoji",
    "elderly_typing",
)
PROBE_46_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_service_phone",
    "questions",
    "requests",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_47_CATEGORIES = (
    "plain_da_dearu",
    "polite_desu_masu",
    "keigo_honorific_humble",
    "questions",
    "requests",
    "conditional_passive_causative",
    "hearsay_negation",
    "regional_dialect",
    "casual_emoji",
    "elderly_typing",
)
PROBE_45_CATEGORIES = (
    "plain_formal",
    "casual_emoji",
    "desu_masu",
    "keigo",
    "questions_requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "elderly_typing",
)
FIFTY_EIGHTH_LABELS = labelled(
    suspicious=(
        "fake_relief_fee_sus fake_official_link_sus fake_utility_sus fake_insurer_sus "
        "fake_police_cash_sus fake_alert_subscription_sus disaster_rumour_official_sus "
        "relayed_rumour_chain_sus fake_callback_button_sus fake_donation_sus repair_contractor_sus "
        "fake_bank_disaster_sus senior_asks_sus keigo_official_scam_long_sus formatted_fake_notice_sus "
        "long_rumour_post_sus neighbour_relays_scam_sus fake_home_visit_long_sus "
        "disaster_scam_story_long_sus"
    ),
    ordinary=(
        "jma_weather_alert_ok evacuation_order_ok jalert_tsunami_ok relative_relays_alert_ok "
        "shelter_info_ok police_crime_prevention_ok utility_update_ok relief_support_info_ok "
        "insurer_notice_ok family_warns_scam_ok senior_asks_genuine_ok community_notice_ok "
        "everyday_chat_ok municipal_bulletin_long_ok consumer_warning_long_ok "
        "neighbour_relays_official_ok genuine_keigo_business_long_ok family_relays_long_ok"
    ),
)
SIXTY_NINTH_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smishing_sus family_new_number_sus tax_pension_refund_sus "
        "police_impersonation_sus utility_impersonation_sus investment_trap_sus romance_trap_sus "
        "health_rumour_sus disaster_rumour_sus chain_message_sus outrage_spread_sus "
        "visitor_letter_scam_sus senior_asks_helper_sus oneliner_sus long_sus_mixed"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok family_warns_scam_ok "
        "school_community_notice_ok business_notice_ok everyday_chat_ok harmless_hearsay_ok "
        "senior_asks_helper_ok oneliner_ok counter_neighbour_talk_ok social_post_ok "
        "genuine_calls_visitors_ok long_ok_mixed"
    ),
)
SIXTY_EIGHTH_LABELS = labelled(
    suspicious=(
        "fake_alert_link_sus fake_delivery_link_sus fake_bank_account_sus fake_city_notice_sus "
        "fake_app_install_sus official_tone_rumour_sus senior_asks_link_sus relayed_fake_alert_sus"
    ),
    ordinary=(
        "official_alert_ok relayed_alert_ok city_notice_ok school_notice_ok police_scam_warning_ok "
        "family_warns_scam_ok business_notice_ok senior_asks_notice_ok everyday_chat_ok"
    ),
)
SIXTY_SEVENTH_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smishing_sus family_new_number_sus "
        "refund_official_impersonation_sus police_lawyer_impersonation_sus visitor_letter_sus "
        "invest_romance_sus health_rumor_sus disaster_rumor_sus chain_outrage_sus senior_family_asks_sus "
        "long_phishing_mail_sus long_senior_story_sus long_rumor_post_sus short_smishing_sus "
        "short_hearsay_spread_sus long_keigo_romance_invest_sus long_sns_giveaway_support_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok family_warns_scam_ok "
        "community_school_notice_ok business_notice_ok everyday_chat_ok senior_asks_genuine_ok "
        "health_money_genuine_ok counter_neighbour_ok long_family_warning_ok long_official_notice_ok "
        "long_everyday_ok short_notice_ok short_chat_ok long_senior_genuine_ok "
        "long_family_health_disaster_ok"
    ),
)
SIXTY_SIXTH_LABELS = labelled(
    suspicious=(
        "fake_alert_link fake_relief_money quake_prediction_rumor insider_hidden_claim donation_scam "
        "repair_scam fake_utility_disaster chain_disaster_rumor senior_asks_sus disaster_family_sus "
        "disaster_smishing_short"
    ),
    ordinary=(
        "jma_alert_official evac_order_city quake_tsunami_volcano_official family_relays_alert "
        "lifeline_notice_ok relief_insurance_ok scam_warning_official family_warns_scam "
        "senior_asks_genuine everyday_disaster_chat community_notice_ok plain_short_ok"
    ),
)
SIXTY_FIFTH_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smishing_sus family_new_number_sus refund_tax_pension_sus "
        "police_official_impersonation_sus utility_visitor_sus investment_trap_sus romance_trap_sus "
        "health_rumour_sus disaster_rumour_sus chain_outrage_sus senior_asks_helper_sus one_line_sus "
        "long_senior_retells_sus long_phish_mail_sus long_sns_rumour_sus long_invest_romance_chat_sus "
        "long_fake_letter_visit_sus short_rumour_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok "
        "family_scam_warning_ok school_community_notice_ok business_notice_ok everyday_chat_ok "
        "harmless_hearsay_ok senior_asks_helper_ok counter_neighbour_ok one_line_ok long_letter_mail_ok "
        "senior_long_ok short_notice_ok long_official_notice_ok long_family_warning_ok "
        "long_community_post_ok long_everyday_chat_ok long_senior_asks_ok"
    ),
)
SIXTY_FOURTH_LABELS = labelled(
    suspicious=(
        "caller_scripts_what_to_say_sus steer_past_staff_sus keep_call_on_sus refuse_check_sus "
        "keep_from_family_sus staff_impostor_sus long_steering_script_sus senior_asks_sus "
        "family_new_number_money_sus bank_run_rumour_sus refund_atm_sus romance_invest_sus "
        "smishing_money_sus impostor_after_check_sus"
    ),
    ordinary=(
        "bank_teller_check_ok post_konbini_staff_check_ok police_officer_check_ok "
        "family_helps_transfer_ok senior_retells_staff_ok official_scam_warning_ok family_warns_scam_ok "
        "genuine_bank_notice_ok long_staff_family_story_ok senior_asks_genuine_ok disaster_alert_ok "
        "everyday_money_chat_ok community_notice_ok"
    ),
)
SIXTY_THIRD_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smish_sus family_new_number_sus govt_refund_call_sus "
        "police_impersonation_sus utility_impersonation_sus investment_trap_sus romance_trap_sus "
        "health_rumour_sus disaster_rumour_sus chain_message_sus outrage_spread_sus media_hides_sus "
        "visitor_letter_scam_sus senior_asks_helper_sus sns_account_hijack_sus tech_support_prize_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok "
        "family_scam_warning_ok school_community_notice_ok business_notice_ok everyday_chat_ok "
        "harmless_hearsay_ok senior_asks_helper_ok health_info_ok money_ok counter_neighbour_ok "
        "social_post_ok genuine_call_visitor_ok"
    ),
)
SIXTY_SECOND_LABELS = labelled(
    suspicious=(
        "city_refund_scam_sus fake_disaster_alert_sus utility_scam_sus inspection_visit_scam_sus "
        "insurer_scam_sus delivery_smishing_sus police_impersonation_sus bank_tax_pension_sus "
        "official_tone_rumour_sus fake_donation_sus chain_message_sus new_number_family_sus "
        "senior_asks_scam_sus shop_impersonation_sus post_disaster_repair_sus"
    ),
    ordinary=(
        "jma_alert_ok evacuation_order_ok tsunami_jalert_ok relative_relays_alert_ok "
        "city_office_notice_ok utility_notice_ok insurer_delivery_notice_ok official_scam_warning_ok "
        "family_warns_scam_ok senior_asks_genuine_ok community_notice_ok shop_notice_ok "
        "post_disaster_support_ok everyday_chat_ok police_fire_notice_ok bank_notice_ok "
        "relative_relays_notice_ok"
    ),
)
SIXTY_FIRST_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smishing_sus family_new_number_sus refund_call_sus "
        "police_impersonation_sus official_impersonation_sus investment_trap_sus romance_trap_sus "
        "health_rumour_sus disaster_rumour_sus chain_message_sus outrage_spread_sus media_hides_sus "
        "visitor_door_sus letter_postal_sus senior_asks_helper_sus oneliner_sus hearsay_as_fact_sus "
        "long_keigo_scam_sus long_senior_retell_sus long_rumour_post_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok "
        "family_scam_warning_ok school_community_notice_ok business_keigo_notice_ok everyday_chat_ok "
        "harmless_hearsay_ok senior_asks_helper_ok oneliner_ok counter_neighbour_talk_ok "
        "letter_postal_ok visitor_call_ok sns_post_ok long_official_notice_ok long_family_message_ok "
        "long_community_post_ok"
    ),
)
SIXTIETH_LABELS = labelled(
    suspicious=(
        "atm_phone_coaching_sus bank_clerk_script_sus gift_card_purchase_sus card_handover_visitor_sus "
        "family_money_emergency_sus city_refund_call_sus pension_bank_sms_sus police_impersonation_sus "
        "delivery_utility_smish_sus investment_romance_sus rumour_chain_sus senior_asks_about_sus "
        "konbini_payment_coaching_sus"
    ),
    ordinary=(
        "bank_clerk_check_ok relative_helps_transfer_ok shop_clerk_giftcard_warning_ok "
        "city_refund_genuine_ok pension_office_letter_ok family_warns_scam_ok official_scam_warning_ok "
        "senior_asks_genuine_ok everyday_money_chat_ok official_disaster_alert_ok "
        "community_school_notice_ok genuine_business_notice_ok senior_errand_story_ok "
        "harmless_hearsay_ok"
    ),
)
FIFTY_NINTH_LABELS = labelled(
    suspicious=(
        "delivery_smish_sus bank_impersonation_sus gov_refund_pension_sus family_new_number_sus "
        "police_official_call_sus utility_telecom_sus investment_trap_sus romance_trap_sus "
        "health_rumour_sus disaster_rumour_sus chain_message_sus outrage_spread_sus media_hides_sus "
        "visitor_letter_scam_sus senior_asks_sus account_prize_sus unsourced_photo_video_sus"
    ),
    ordinary=(
        "official_alert_ok family_relay_alert_ok official_scam_warning_ok family_warns_scam_ok "
        "school_notice_ok community_notice_ok business_notice_ok delivery_genuine_ok everyday_chat_ok "
        "harmless_hearsay_ok senior_asks_ok counter_conversation_ok clinic_health_ok "
        "family_call_retell_ok sns_post_ordinary_ok"
    ),
)
FIFTY_SIXTH_LABELS = labelled(
    suspicious=(
        "health_radiation_rumor_sus police_named_scam_sus quake_figure_rumor_sus "
        "death_infection_cover_sus outage_water_rumor_sus recall_price_rumor_sus "
        "election_count_rumor_sus senior_forwards_figures_sus data_deleted_chain_sus "
        "disaster_figure_scam_sus senior_asks_rumor_sus unsourced_oneliner_sus long_chain_forward_sus "
        "media_hides_outrage_sus real_figure_elsewhere_sus senior_retells_long_sus "
        "fear_figures_sales_sus officials_silent_chain_sus impersonated_update_scam_sus "
        "price_stat_distrust_long_sus"
    ),
    ordinary=(
        "quake_estimate_revised_ok count_update_explained_ok outage_water_update_ok "
        "relative_points_official_ok news_correction_ok doubting_rumor_ok official_alert_ok "
        "recall_price_notice_ok election_count_ok family_scam_warning_ok official_scam_notice_ok "
        "everyday_chat_figures_ok senior_asks_genuine_ok long_official_explanation_ok "
        "community_notice_ok family_explains_figures_ok business_keigo_notice_ok genuine_long_chat_ok "
        "relative_cites_official_long_ok share_official_info_ok official_figure_faq_ok"
    ),
)
FIFTY_SEVENTH_LABELS = labelled(
    suspicious=(
        "delivery_smishing_sus bank_impersonation_sus family_new_number_sus gov_refund_pension_sus "
        "police_impersonation_sus utility_telecom_sus investment_trap_sus romance_trap_sus "
        "health_rumor_sus disaster_rumor_sus chain_message_sus outrage_media_hides_sus visitor_door_sus "
        "letter_mail_scam_sus senior_asks_helper_sus account_takeover_sus fake_shop_subsidy_sus "
        "long_keigo_phish_sus long_rumor_forward_sus long_senior_retell_sus long_invest_romance_sus "
        "long_calm_call_script_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok "
        "family_scam_warning_ok school_notice_ok community_notice_ok business_notice_ok "
        "everyday_chat_ok harmless_hearsay_ok senior_asks_helper_ok health_info_ok "
        "counter_conversation_ok senior_own_words_ok genuine_calls_visitors_ok social_media_post_ok "
        "gov_genuine_notice_ok long_official_notice_ok long_family_warning_ok long_senior_letter_ok "
        "long_school_community_ok long_business_daily_ok long_official_links_ok"
    ),
)
FIFTY_FOURTH_LABELS = labelled(
    suspicious=(
        "coverup_quake_chain_sus media_hides_outrage_sus fake_insider_leak_sus hospital_rumor_sus "
        "company_hiding_rumor_sus fake_official_announce_smish_sus senior_asks_coverup_sus "
        "fake_correction_notice_sus delayed_announce_rumor_sus insider_investment_sus "
        "impersonation_scam_sus health_remedy_chain_sus long_coverup_chain_sus "
        "unsourced_photo_video_sus short_coverup_oneliner_sus long_senior_forward_sus "
        "long_keigo_scam_sus"
    ),
    ordinary=(
        "office_publish_schedule_ok relative_wait_for_notice_ok news_correction_ok official_denial_ok "
        "relative_warns_fake_coverup_ok jma_alert_relay_ok scam_warning_official_ok "
        "family_scam_warning_ok community_notice_ok business_keigo_notice_ok doctor_hospital_ok "
        "everyday_chat_ok senior_asks_genuine_ok short_announce_chat_ok long_senior_letter_ok "
        "long_official_explainer_ok genuine_share_request_ok"
    ),
)
FIFTY_FIFTH_LABELS = labelled(
    suspicious=(
        "bank_card_smish_sus delivery_smish_sus family_new_number_sus official_impersonation_sus "
        "police_impersonation_sus utility_telecom_impersonation_sus investment_trap_sus "
        "romance_trap_sus visitor_scam_sus health_rumor_sus disaster_rumor_sus chain_message_sus "
        "outrage_spread_sus media_hides_sus letter_postcard_scam_sus senior_asks_about_sus "
        "counter_conversation_sus sns_account_giveaway_sus fake_shop_job_sus"
    ),
    ordinary=(
        "official_alert_ok family_relays_alert_ok official_scam_warning_ok family_scam_warning_ok "
        "school_notice_ok community_notice_ok business_notice_ok genuine_routine_notice_ok "
        "everyday_chat_ok family_chat_ok senior_asks_genuine_ok harmless_hearsay_ok "
        "counter_conversation_ok visitor_genuine_ok letter_genuine_ok family_helps_senior_ok "
        "senior_writes_ok sns_post_ok"
    ),
)
FORTY_SIXTH_LABELS = labelled(
    suspicious=(
        "health_rumour_passed_on_sus disaster_rumour_passed_on_sus money_rumour_passed_on_sus "
        "crime_rumour_passed_on_sus outrage_spread_request_sus fake_image_video_sus media_hides_it_sus "
        "chain_message_sus senior_asks_about_rumour_sus smishing_delivery_sus "
        "impersonation_bank_official_sus family_new_number_sus investment_romance_sus"
    ),
    ordinary=(
        "rumour_correction_relative_ok official_denial_notice_ok news_factcheck_ok image_video_check_ok "
        "official_disaster_alert_ok relative_passes_alert_ok official_scam_warning_ok "
        "relative_warns_about_scam_ok school_community_notice_ok business_notice_ok everyday_chat_ok "
        "senior_asks_genuine_ok"
    ),
)
FORTY_SEVENTH_LABELS = labelled(
    suspicious=(
        "delivery_smish_sus bank_card_phish_sus govt_refund_impersonation_sus family_new_number_sus "
        "police_impersonation_call_sus investment_romance_sus health_rumour_sus disaster_rumour_sus "
        "chain_outrage_spread_sus visitor_letter_scam_sus senior_asks_sus utility_telecom_sus "
        "neighbourhood_hearsay_sus sns_job_account_sus counter_scam_situation_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_forwards_alert_ok official_scam_warning_ok family_warns_scam_ok "
        "school_community_notice_ok business_notice_ok everyday_chat_ok harmless_hearsay_ok "
        "senior_asks_genuine_ok counter_conversation_ok sns_post_ok letters_visitors_ok "
        "genuine_service_notice_ok neighbourhood_chat_ok workplace_message_ok dialect_family_chat_ok"
    ),
)
FORTY_FOURTH_LABELS = labelled(
    suspicious=(
        "coach_around_staff_sus atm_refund_sus fake_police_call_sus family_impersonation_sus "
        "visitor_scam_sus giftcard_shop_sus keigo_bank_call_sus smishing_delivery_sus senior_asks_scam_sus "
        "long_phone_script_sus"
    ),
    ordinary=(
        "bank_staff_check_ok post_office_counter_ok atm_corner_ok police_advice_ok family_helping_ok "
        "senior_tells_ok business_call_ok city_office_counter_ok shop_counter_ok family_warns_quote_ok "
        "senior_asks_genuine_ok"
    ),
)
FORTY_FIFTH_LABELS = labelled(
    suspicious=(
        "line_family_new_number_sus sms_delivery_sus mail_bank_phishing_sus call_refund_tax_pension_sus "
        "visitor_fake_inspector_sus letter_fake_bill_sus sns_investment_romance_sus sns_rumour_health_sus "
        "sns_disaster_rumour_sus ai_image_fake_post_sus chain_message_sus outrage_spread_sus "
        "police_impersonation_sus utility_telecom_sus senior_asks_helper_sus counter_neighbour_hearsay_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_forward_alert_ok official_scam_warning_ok family_scam_warning_ok "
        "school_community_notice_ok business_notice_ok everyday_chat_ok harmless_hearsay_ok "
        "senior_asks_helper_ok rumour_correction_ok ai_image_correction_ok counter_conversation_ok "
        "visitor_letter_genuine_ok delivery_genuine_ok sns_post_ordinary_ok lost_pet_community_spread_ok"
    ),
)
FORTY_SECOND_LABELS = labelled(
    suspicious=(
        "caller_coaching_what_to_say_sus keep_secret_from_family_sus far_branch_or_store_atm_sus "
        "keep_phone_connected_sus refuse_bank_police_check_sus senior_retells_coached_call_sus "
        "line_sms_smishing_sus ai_image_video_passed_as_true_sus rumour_passed_as_true_sus "
        "short_scam_lines_sus "
        "long_coaching_scenario_sus long_rumour_ai_passed_sus long_investment_romance_steer_sus "
        "senior_asks_about_sus short_rumour_ai_sus long_senior_retell_sus "
        "long_smishing_impersonation_sus long_far_atm_phone_sus"
    ),
    ordinary=(
        "bank_post_staff_check_ok police_check_advice_ok family_errand_ask_or_go_along_ok "
        "senior_tells_what_bank_asked_ok ai_image_video_correction_ok rumour_correction_ok "
        "family_warns_quoting_scam_ok official_scam_warning_ok short_everyday_ok long_genuine_notice_ok "
        "disaster_alert_ok long_senior_report_genuine_ok long_correction_ok senior_asks_genuine_ok "
        "short_check_lines_ok long_family_go_along_ok long_family_warning_ok long_staff_police_advice_ok"
    ),
)
FORTY_THIRD_LABELS = labelled(
    suspicious=(
        "delivery_smishing_sus bank_card_impersonation_sus official_refund_call_sus family_new_number_sus "
        "police_prosecutor_impersonation_sus investment_romance_sus health_rumour_chain_sus "
        "disaster_rumour_sus outrage_spread_post_sus visitor_door_scam_sus letter_postcard_scam_sus "
        "senior_asks_helper_sus "
        "utility_telecom_sus prize_sidejob_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok family_warns_scam_ok "
        "school_community_notice_ok genuine_business_notice_ok everyday_chat_ok senior_asks_helper_ok "
        "neighbourhood_counter_talk_ok lost_pet_person_ok sns_ordinary_post_ok genuine_delivery_visitor_ok"
    ),
)
FORTIETH_LABELS = labelled(
    suspicious=(
        "health_rumour_passed_sus disaster_rumour_passed_sus money_rumour_passed_sus "
        "crime_outrage_rumour_sus ai_image_video_passed_sus chain_media_hides_sus "
        "neighbour_hearsay_as_fact_sus caller_coaches_at_bank_sus romance_trap_first_stage_sus "
        "investment_trap_first_stage_sus friendly_impersonation_sus polite_keigo_scam_sus "
        "smishing_delivery_sus senior_asks_about_sus"
    ),
    ordinary=(
        "relative_corrects_rumour_ok official_news_corrects_rumour_ok ai_fake_correction_ok "
        "neighbour_corrects_rumour_ok official_disaster_alert_ok family_passes_alert_ok "
        "family_warns_scam_quoting_ok official_scam_warning_ok genuine_bank_notice_ok "
        "genuine_friendly_chat_ok community_notice_ok harmless_hearsay_ok senior_asks_genuine_ok "
        "business_keigo_ok"
    ),
)
FORTY_FIRST_LABELS = labelled(
    suspicious=(
        "sms_delivery_smish_sus sms_bank_carrier_smish_sus mail_phish_keigo_sus line_family_newnumber_sus "
        "call_impersonation_retold_sus visitor_scam_retold_sus letter_scam_sus sns_investment_romance_sus "
        "chain_health_rumor_sus disaster_rumor_sus outrage_spread_sus senior_asks_helper_sus "
        "counter_conversation_sus line_takeover_chain_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_forwards_alert_ok official_scam_warning_ok family_warns_scam_ok "
        "school_community_notice_ok business_notice_ok everyday_line_chat_ok senior_own_words_chat_ok "
        "harmless_hearsay_ok senior_asks_helper_ok counter_conversation_ok call_visitor_genuine_ok "
        "letter_genuine_ok sns_post_ok"
    ),
)
# The sixty-eighth and sixty-ninth writers were asked for at least 20 rows per category (20-78 written;
# 645 and 795 rows: the sixty-eighth stopped short of the 750 asked for).
BLIND_68 = EvalSet("ja_blind_68.csv", SIXTY_EIGHTH_LABELS, dict.fromkeys(SIXTY_EIGHTH_LABELS, 20), 640)
BLIND_69 = EvalSet("ja_blind_69.csv", SIXTY_NINTH_LABELS, dict.fromkeys(SIXTY_NINTH_LABELS, 20), 790)
# The sixty-sixth and sixty-seventh writers were asked for at least 20 rows per category (20-37 written;
# 764 and 776 rows).
BLIND_66 = EvalSet("ja_blind_66.csv", SIXTY_SIXTH_LABELS, dict.fromkeys(SIXTY_SIXTH_LABELS, 20), 760)
BLIND_67 = EvalSet("ja_blind_67.csv", SIXTY_SEVENTH_LABELS, dict.fromkeys(SIXTY_SEVENTH_LABELS, 20), 770)
# The sixty-fourth and sixty-fifth writers were asked for at least 20 rows per category (20-48 written;
# 852 and 805 rows).
BLIND_64 = EvalSet("ja_blind_64.csv", SIXTY_FOURTH_LABELS, dict.fromkeys(SIXTY_FOURTH_LABELS, 20), 850)
BLIND_65 = EvalSet("ja_blind_65.csv", SIXTY_FIFTH_LABELS, dict.fromkeys(SIXTY_FIFTH_LABELS, 20), 800)
# The sixty-second and sixty-third writers were asked for at least 20 rows per category (22-39 written;
# 899 and 898 rows).
BLIND_62 = EvalSet("ja_blind_62.csv", SIXTY_SECOND_LABELS, dict.fromkeys(SIXTY_SECOND_LABELS, 20), 890)
BLIND_63 = EvalSet("ja_blind_63.csv", SIXTY_THIRD_LABELS, dict.fromkeys(SIXTY_THIRD_LABELS, 20), 890)
# The sixtieth and sixty-first writers were asked for at least 20 rows per category (20-38 written;
# 900 and 885 rows).
BLIND_60 = EvalSet("ja_blind_60.csv", SIXTIETH_LABELS, dict.fromkeys(SIXTIETH_LABELS, 20), 900)
BLIND_61 = EvalSet("ja_blind_61.csv", SIXTY_FIRST_LABELS, dict.fromkeys(SIXTY_FIRST_LABELS, 20), 880)
# The fifty-eighth and fifty-ninth writers were asked for at least 20 rows per category (20-33 written;
# 895 and 900 rows).
BLIND_58 = EvalSet("ja_blind_58.csv", FIFTY_EIGHTH_LABELS, dict.fromkeys(FIFTY_EIGHTH_LABELS, 20), 890)
BLIND_59 = EvalSet("ja_blind_59.csv", FIFTY_NINTH_LABELS, dict.fromkeys(FIFTY_NINTH_LABELS, 20), 900)
# The fifty-sixth and fifty-seventh writers were asked for at least 20 rows per category (20-26 written;
# 895 and 905 rows).
BLIND_56 = EvalSet("ja_blind_56.csv", FIFTY_SIXTH_LABELS, dict.fromkeys(FIFTY_SIXTH_LABELS, 20), 890)
BLIND_57 = EvalSet("ja_blind_57.csv", FIFTY_SEVENTH_LABELS, dict.fromkeys(FIFTY_SEVENTH_LABELS, 20), 900)
# The fifty-fourth and fifty-fifth writers were asked for at least 20 rows per category (20-32 written;
# 779 and 855 rows).
BLIND_54 = EvalSet("ja_blind_54.csv", FIFTY_FOURTH_LABELS, dict.fromkeys(FIFTY_FOURTH_LABELS, 20), 770)
BLIND_55 = EvalSet("ja_blind_55.csv", FIFTY_FIFTH_LABELS, dict.fromkeys(FIFTY_FIFTH_LABELS, 20), 850)
# The fifty-second and fifty-third writers were asked for at least 20 rows per category (20-35 written;
# 809 and 927 rows).
BLIND_52 = EvalSet("ja_blind_52.csv", FIFTY_SECOND_LABELS, dict.fromkeys(FIFTY_SECOND_LABELS, 20), 800)
BLIND_53 = EvalSet("ja_blind_53.csv", FIFTY_THIRD_LABELS, dict.fromkeys(FIFTY_THIRD_LABELS, 20), 920)
# The forty-eighth to fifty-first writers were asked for at least 20 rows per category (22-51 written;
# 842-896 rows of the 750-900 asked for).
BLIND_48 = EvalSet("ja_blind_48.csv", FORTY_EIGHTH_LABELS, dict.fromkeys(FORTY_EIGHTH_LABELS, 20), 890)
BLIND_49 = EvalSet("ja_blind_49.csv", FORTY_NINTH_LABELS, dict.fromkeys(FORTY_NINTH_LABELS, 20), 860)
BLIND_50 = EvalSet("ja_blind_50.csv", FIFTIETH_LABELS, dict.fromkeys(FIFTIETH_LABELS, 20), 880)
BLIND_51 = EvalSet("ja_blind_51.csv", FIFTY_FIRST_LABELS, dict.fromkeys(FIFTY_FIRST_LABELS, 20), 840)
# The forty-sixth and forty-seventh writers were asked for at least 20 rows per category (20-30 written;
# 557 and 773 rows of the 750-900 asked for).
BLIND_46 = EvalSet("ja_blind_46.csv", FORTY_SIXTH_LABELS, dict.fromkeys(FORTY_SIXTH_LABELS, 20), 550)
BLIND_47 = EvalSet("ja_blind_47.csv", FORTY_SEVENTH_LABELS, dict.fromkeys(FORTY_SEVENTH_LABELS, 20), 770)
# The forty-fourth and forty-fifth writers were asked for at least 20 rows per category (22-38 written;
# 649 and 756 rows of the 750-900 asked for).
BLIND_44 = EvalSet("ja_blind_44.csv", FORTY_FOURTH_LABELS, dict.fromkeys(FORTY_FOURTH_LABELS, 20), 640)
BLIND_45 = EvalSet("ja_blind_45.csv", FORTY_FIFTH_LABELS, dict.fromkeys(FORTY_FIFTH_LABELS, 20), 750)
# The forty-second and forty-third writers were asked for at least 20 rows per category (20-48 written).
BLIND_42 = EvalSet("ja_blind_42.csv", FORTY_SECOND_LABELS, dict.fromkeys(FORTY_SECOND_LABELS, 20), 850)
BLIND_43 = EvalSet("ja_blind_43.csv", FORTY_THIRD_LABELS, dict.fromkeys(FORTY_THIRD_LABELS, 20), 850)
# The fortieth and forty-first writers were asked for at least 20 rows per category (26-36 written; the
# fortieth wrote 729 rows of the 750 asked for).
BLIND_40 = EvalSet("ja_blind_40.csv", FORTIETH_LABELS, dict.fromkeys(FORTIETH_LABELS, 20), 700)
BLIND_41 = EvalSet("ja_blind_41.csv", FORTY_FIRST_LABELS, dict.fromkeys(FORTY_FIRST_LABELS, 20), 850)
# The thirty-eighth and thirty-ninth writers were asked for at least 20 rows per category (20-87 written).
BLIND_38 = EvalSet("ja_blind_38.csv", THIRTY_EIGHTH_LABELS, dict.fromkeys(THIRTY_EIGHTH_LABELS, 20), 850)
BLIND_39 = EvalSet("ja_blind_39.csv", THIRTY_NINTH_LABELS, dict.fromkeys(THIRTY_NINTH_LABELS, 20), 750)
# The thirty-sixth and thirty-seventh writers were asked for at least 20 rows per category (20-50 written).
BLIND_36 = EvalSet("ja_blind_36.csv", THIRTY_SIXTH_LABELS, dict.fromkeys(THIRTY_SIXTH_LABELS, 20), 800)
BLIND_37 = EvalSet("ja_blind_37.csv", THIRTY_SEVENTH_LABELS, dict.fromkeys(THIRTY_SEVENTH_LABELS, 20), 800)
# The thirty-fourth and thirty-fifth writers were asked for at least 20 rows per category (20-49 written).
BLIND_34 = EvalSet("ja_blind_34.csv", THIRTY_FOURTH_LABELS, dict.fromkeys(THIRTY_FOURTH_LABELS, 20), 800)
BLIND_35 = EvalSet("ja_blind_35.csv", THIRTY_FIFTH_LABELS, dict.fromkeys(THIRTY_FIFTH_LABELS, 20), 750)
SEVENTIETH_LABELS = labelled(
    suspicious=(
        "chain_health_rumour chain_disaster_rumour chain_money_rumour chain_app_phone_rumour "
        "outrage_spread_post smishing_delivery smishing_bank_card smishing_utility_carrier "
        "family_newnumber_opener scam_call_retold_by_senior official_impersonation "
        "investment_romance_trap senior_asks_about_sus"
    ),
    ordinary=(
        "family_chat_ok alert_relay_ok scam_warning_family_ok official_scam_warning_ok "
        "counter_delivery_talk_ok neighbour_news_ok community_notice_ok business_notice_ok "
        "replies_short_ok senior_asks_ok harmless_hearsay_ok dialect_senior_chat_ok"
    ),
)
SEVENTY_FIRST_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smishing_sus gov_refund_pension_sus police_impersonation_sus "
        "family_new_number_sus utility_telecom_sus investment_romance_sus health_rumour_sus "
        "disaster_rumour_sus chain_outrage_sus visitor_call_sus senior_asks_helper_sus short_oneline_sus "
        "letter_post_sus sns_post_sus neighbour_counter_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_forwards_alert_ok official_scam_warning_ok "
        "family_warns_scam_ok school_community_notice_ok business_notice_ok letter_post_ok "
        "everyday_chat_ok harmless_hearsay_ok senior_asks_helper_ok short_oneline_ok "
        "counter_neighbour_ok sns_post_ok health_info_ok"
    ),
)
# The seventieth and seventy-first writers were asked for at least 20 rows per category (22-45 written;
# 897 and 900 rows).
BLIND_70 = EvalSet("ja_blind_70.csv", SEVENTIETH_LABELS, dict.fromkeys(SEVENTIETH_LABELS, 20), 890)
BLIND_71 = EvalSet("ja_blind_71.csv", SEVENTY_FIRST_LABELS, dict.fromkeys(SEVENTY_FIRST_LABELS, 20), 900)
PROBE_60_CATEGORIES = (
    "greetings_thanks",
    "small_requests",
    "questions",
    "replies_negation",
    "shop_counter",
    "phone_calls",
    "dialect",
    "elderly_typing",
    "hearsay_conditional",
    "passive_causative_longer",
)
PROBE_61_CATEGORIES = (
    "plain_da_dearu_formal",
    "desu_masu_polite",
    "keigo_honorific_humble",
    "questions",
    "requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay_harmless",
    "dialect",
    "casual_emoji_elderly_typing",
)
PROBE_62_CATEGORIES = (
    "keigo_counter",
    "phone_transfer",
    "shop_restaurant_desumasu",
    "plain_da_dearu",
    "questions_confirm",
    "requests_conditionals",
    "passive_causative",
    "hearsay_negation",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_63_CATEGORIES = (
    "plain_da_dearu",
    "casual_young",
    "dialect_kansai",
    "dialect_tohoku",
    "dialect_kyushu",
    "dialect_okinawa",
    "polite_desu_masu",
    "keigo_honorific_humble",
    "elderly_typing",
    "formal_writing",
)
SEVENTY_SECOND_LABELS = labelled(
    suspicious=(
        "long_scam_story_sus long_keigo_scam_sus long_rumour_post_sus sms_delivery_smish "
        "sms_bank_card_smish family_new_number_line call_scam_retold tax_pension_refund_scam "
        "utility_telecom_scam visitor_scam letter_postcard_scam investment_sns_trap romance_trap "
        "email_phishing_sus health_rumour_sus disaster_rumour_sus chain_message_sus outrage_share_sus "
        "media_hides_sus senior_asks_sus short_oneline_sus neighbourhood_rumour_sus social_post_sus "
        "short_forward_rumour_sus"
    ),
    ordinary=(
        "long_senior_story_ok long_keigo_notice_ok long_family_forward_ok official_disaster_alert_ok "
        "family_forward_alert_ok official_scam_warning_ok family_scam_warning_ok "
        "school_community_notice_ok lost_pet_share_ok business_notice_ok delivery_genuine_ok "
        "everyday_chat_ok senior_asks_ok short_oneline_ok health_info_ok money_ordinary_ok "
        "harmless_hearsay_ok counter_conversation_ok social_post_ok calls_visitors_ok"
    ),
)
SEVENTY_THIRD_LABELS = labelled(
    suspicious=(
        "fake_alert_link_sus impostor_police_sus impostor_city_refund_sus bank_card_phishing_sus "
        "utility_impostor_sus delivery_smishing_sus family_new_number_sus disaster_rumour_sus "
        "health_rumour_sus chain_outrage_sus investment_romance_sus senior_asks_about_scam_sus "
        "impostor_recall_notice_sus"
    ),
    ordinary=(
        "jma_weather_alert_ok quake_tsunami_official_ok evacuation_order_ok family_relays_alert_ok "
        "police_official_warning_ok bank_consumer_warning_ok family_warns_quoting_scam_ok "
        "rumour_correction_ok school_community_notice_ok utility_recall_notice_ok "
        "senior_asks_about_genuine_ok everyday_chat_ok business_keigo_ok"
    ),
)
# The seventy-second and seventy-third writers were asked for at least 20 rows per category (20-40 written;
# 898 and 899 rows).
BLIND_72 = EvalSet("ja_blind_72.csv", SEVENTY_SECOND_LABELS, dict.fromkeys(SEVENTY_SECOND_LABELS, 20), 890)
BLIND_73 = EvalSet("ja_blind_73.csv", SEVENTY_THIRD_LABELS, dict.fromkeys(SEVENTY_THIRD_LABELS, 20), 890)
PROBE_64_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions_requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "casual_emoji",
    "elderly_typing",
)
PROBE_65_CATEGORIES = (
    "bank_counter_keigo",
    "post_office_desu_masu",
    "shop_counter_requests",
    "clinic_reception_questions",
    "care_facility_conditionals",
    "city_office_passive_causative",
    "utility_hearsay",
    "phone_transfer_negation",
    "dialect_casual",
    "elderly_typing_emoji",
)
PROBE_66_CATEGORIES = (
    "thanks_apologies",
    "greetings_replies",
    "small_requests",
    "questions",
    "come_hurry_calls",
    "shop_counter_phone",
    "dialect",
    "elderly_typing",
    "hearsay_cond_pass_caus",
    "longer_plain_neg_emoji",
)
PROBE_67_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay_negation",
    "dialect",
    "emoji_elderly_typing",
)
SEVENTY_FOURTH_LABELS = labelled(
    suspicious=(
        "fake_alert_app_permission_sus fake_visitor_valuables_sus fake_fee_contribution_sus "
        "fake_register_objection_link_sus coverup_rumour_sus relayed_fake_alert_sus senior_asks_fake_sus "
        "long_keigo_fake_notice_sus short_fake_sms_sus fake_insurance_repair_visit_sus "
        "long_relayed_fake_sus long_senior_fake_belief_sus short_fake_call_visit_sus "
        "long_fake_alert_sms_sus long_fake_visit_call_sus long_coverup_post_sus short_rumour_chain_sus"
    ),
    ordinary=(
        "official_weather_alert_ok official_quake_tsunami_jalert_ok evac_shelter_city_notice_ok "
        "family_relays_alert_ok senior_own_words_ok scam_warning_family_official_ok "
        "long_official_notice_ok community_notice_spread_ok everyday_weather_chat_ok "
        "long_family_relay_ok senior_asks_genuine_ok short_alert_relay_ok long_scam_warning_quote_ok "
        "long_senior_diary_ok short_chat_ok official_link_notice_ok"
    ),
)
SEVENTY_FIFTH_LABELS = labelled(
    suspicious=(
        "bank_smish_sus delivery_smish_sus family_new_number_sus official_impersonation_sus "
        "investment_romance_sus health_rumour_sus disaster_rumour_sus chain_outrage_sus oneliner_sus "
        "short_sms_account_sus senior_asks_sus visitor_letter_sus hearsay_asfact_sus long_keigo_scam_sus "
        "senior_story_sus sns_post_rumour_sus short_rumour_sus long_trap_story_sus long_rumour_relay_sus "
        "short_call_visit_sus long_chain_letter_sus"
    ),
    ordinary=(
        "oneliner_ok everyday_chat_ok official_disaster_alert_ok family_forwards_alert_ok "
        "disaster_safety_chat_ok official_scam_warning_ok family_warns_scam_ok "
        "school_community_notice_ok business_notice_ok official_health_ok senior_asks_genuine_ok "
        "letter_visitor_ok neighbourhood_counter_ok family_long_ok sns_post_ok harmless_hearsay_ok "
        "counter_short_ok long_notice_ok long_disaster_relay_ok short_notice_ok senior_own_words_ok"
    ),
)
# The seventy-fourth and seventy-fifth writers were asked for at least 20 rows per category (20-40 written;
# 861 and 894 rows).
BLIND_74 = EvalSet("ja_blind_74.csv", SEVENTY_FOURTH_LABELS, dict.fromkeys(SEVENTY_FOURTH_LABELS, 20), 860)
BLIND_75 = EvalSet("ja_blind_75.csv", SEVENTY_FIFTH_LABELS, dict.fromkeys(SEVENTY_FIFTH_LABELS, 20), 890)
PROBE_68_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_69_CATEGORIES = (
    "plain_da_dearu",
    "polite_desu_masu",
    "keigo_honorific_humble",
    "question_request",
    "conditional",
    "passive_causative",
    "hearsay_harmless",
    "negation",
    "regional_dialect",
    "emoji_elderly_typing",
)
SEVENTY_SIXTH_LABELS = labelled(
    suspicious=(
        "delivery_smish_sus bank_smish_sus gov_refund_sus police_impersonation_sus family_newnumber_sus "
        "investment_sus romance_sus health_rumor_sus disaster_rumor_sus chain_outrage_sus "
        "senior_asks_sus visitor_call_sus long_keigo_scam_sus senior_retells_sus long_rumor_post_sus "
        "short_sus sns_post_sus long_health_money_sus neighbour_talk_sus dialect_long_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok official_scam_warning_ok family_warns_ok community_notice_ok "
        "business_notice_ok everyday_chat_ok senior_asks_ok health_info_ok money_genuine_ok "
        "harmless_hearsay_ok counter_talk_ok long_official_notice_ok senior_retells_ok family_long_ok "
        "short_ok share_request_ok long_genuine_letter_ok neighbour_talk_ok dialect_long_ok"
    ),
)
SEVENTY_SEVENTH_LABELS = labelled(
    suspicious=(
        "fake_city_refund_fee_sus fake_police_bank_card_sus fake_visitor_utility_fire_sus "
        "fake_alert_app_link_sus hidden_rumour_chain_sus fake_personal_info_survey_sus "
        "family_impostor_new_number_sus senior_asks_sus long_impostor_official_sus "
        "long_senior_forwarded_sus short_impostor_sus long_smishing_fee_link_sus "
        "long_call_visit_script_sus long_mixed_impostor_context_sus short_senior_typing_sus "
        "long_senior_asks_at_length_sus long_dialect_impostor_sus short_keigo_impostor_sus"
    ),
    ordinary=(
        "official_alert_ok alert_relayed_by_family_ok official_scam_warning_ok family_warns_scam_ok "
        "official_fee_benefit_visit_ok school_clinic_community_ok senior_asks_genuine_ok "
        "everyday_chat_ok long_official_and_relay_ok long_family_warning_story_ok "
        "short_official_relay_ok long_senior_writes_genuine_ok long_genuine_business_keigo_ok "
        "long_mixed_genuine_context_ok short_senior_typing_ok long_neighbour_relay_genuine_ok "
        "long_dialect_genuine_ok short_keigo_notice_ok"
    ),
)
# The seventy-sixth and seventy-seventh writers were asked for at least 20 rows per category (20-38 written;
# 813 and 805 rows).
BLIND_76 = EvalSet("ja_blind_76.csv", SEVENTY_SIXTH_LABELS, dict.fromkeys(SEVENTY_SIXTH_LABELS, 20), 810)
BLIND_77 = EvalSet("ja_blind_77.csv", SEVENTY_SEVENTH_LABELS, dict.fromkeys(SEVENTY_SEVENTH_LABELS, 20), 800)
PROBE_70_CATEGORIES = (
    "plain_casual",
    "formal_dearu",
    "polite_desumasu",
    "keigo",
    "questions_requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly",
)
PROBE_71_CATEGORIES = (
    "thanks_apologies",
    "greetings_seasonal",
    "requests_questions",
    "replies",
    "urgent_harmless",
    "shop_counter_phone",
    "dialect",
    "elderly_typing",
    "hearsay_grammar_mix",
    "plain_narrative_long",
)
PROBE_72_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_staff",
    "questions",
    "requests",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_73_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay_news",
    "dialect",
    "emoji_elderly_typing",
)
SEVENTY_EIGHTH_LABELS = labelled(
    suspicious=(
        "delivery_sms_sus bank_card_phish_sus family_new_number_sus official_impersonation_sus "
        "visitor_door_sus invest_romance_sus health_rumor_sus disaster_rumor_sus chain_outrage_sus "
        "senior_asks_helper_sus letter_mail_sus sns_post_sus long_scam_notice_sus long_rumor_forward_sus "
        "long_senior_story_sus long_call_retold_sus"
    ),
    ordinary=(
        "disaster_alert_ok family_forwards_alert_ok official_scam_warning_ok family_scam_warning_ok "
        "school_community_ok business_notice_ok everyday_chat_ok health_info_ok senior_asks_helper_ok "
        "counter_neighbour_ok money_bank_ok delivery_phone_ok sns_post_ok letter_postcard_ok "
        "long_family_letter_ok long_official_info_ok long_neighbour_talk_ok long_senior_genuine_ok"
    ),
)
SEVENTY_NINTH_LABELS = labelled(
    suspicious=(
        "chain_health_rumour_sus chain_disaster_rumour_sus chain_money_rumour_sus "
        "chain_phone_app_rumour_sus smishing_delivery_sus smishing_bank_card_sus "
        "smishing_gov_utility_sus fake_official_alert_sus scam_caller_retold_sus scam_visitor_retold_sus "
        "family_impersonation_sus invest_romance_trap_sus outrage_unsourced_sus senior_asks_about_sus "
        "phishing_mail_keigo_long_sus long_senior_retell_sus long_chain_message_sus "
        "senior_dialect_rumour_sus long_scam_message_sus long_rumour_retell_sus"
    ),
    ordinary=(
        "family_chat_ok real_alert_relay_ok official_scam_warning_ok family_warns_scam_ok "
        "counter_delivery_talk_ok neighbour_news_ok short_replies_ok kind_secret_surprise_ok "
        "harmless_hearsay_ok community_school_notice_ok business_notice_keigo_ok senior_asks_genuine_ok "
        "long_family_message_ok long_relay_warning_ok senior_dialect_chat_ok long_notice_letter_ok "
        "spread_request_genuine_ok long_everyday_talk_ok long_genuine_mail_ok"
    ),
)
# The seventy-eighth and seventy-ninth writers were asked for at least 20 rows per category (20-30 written;
# 852 and 861 rows).
BLIND_78 = EvalSet("ja_blind_78.csv", SEVENTY_EIGHTH_LABELS, dict.fromkeys(SEVENTY_EIGHTH_LABELS, 20), 850)
BLIND_79 = EvalSet("ja_blind_79.csv", SEVENTY_NINTH_LABELS, dict.fromkeys(SEVENTY_NINTH_LABELS, 20), 860)
PROBE_74_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question",
    "request",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "elderly_typing_emoji",
)
PROBE_75_CATEGORIES = (
    "thanks_apology",
    "greetings_reconnect",
    "requests_questions",
    "replies",
    "hurry_schedule",
    "hearsay_news",
    "shop_counter_phone",
    "dialect",
    "elderly_typing",
    "long_grammar_mix",
)
EIGHTIETH_LABELS = labelled(
    suspicious=(
        "rumor_chain_sus smishing_sus scam_call_retold_sus family_impersonation_sus invest_romance_sus "
        "senior_asks_sus official_impersonation_sus chain_outrage_sus visitor_retold_dialect_sus"
    ),
    ordinary=(
        "family_chat_ok long_silence_greeting_ok hurried_call_ok neighbourhood_hearsay_ok "
        "counter_delivery_ok scam_warning_ok senior_asks_ok official_alert_relay_ok replies_secrets_ok "
        "wrong_number_genuine_ok"
    ),
)
EIGHTY_FIRST_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smish_sus family_new_number_sus refund_pension_call_sus "
        "police_impersonation_sus utility_visitor_sus investment_trap_sus romance_trap_sus "
        "health_rumour_sus disaster_rumour_sus chain_message_sus outrage_spread_sus hearsay_as_fact_sus "
        "letter_postcard_sus senior_asks_helper_sus short_oneliner_sus counter_conversation_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok "
        "family_scam_warning_ok school_notice_ok community_notice_ok business_keigo_ok "
        "genuine_delivery_ok everyday_chat_ok harmless_hearsay_ok senior_asks_helper_ok "
        "short_oneliner_ok counter_conversation_ok senior_own_words_ok social_post_ok "
        "genuine_call_visit_ok genuine_letter_ok"
    ),
)
# The eightieth and eighty-first writers were asked for at least 20 rows per category (22-51 written;
# 720 and 876 rows).
BLIND_80 = EvalSet("ja_blind_80.csv", EIGHTIETH_LABELS, dict.fromkeys(EIGHTIETH_LABELS, 20), 720)
BLIND_81 = EvalSet("ja_blind_81.csv", EIGHTY_FIRST_LABELS, dict.fromkeys(EIGHTY_FIRST_LABELS, 20), 870)
PROBE_76_CATEGORIES = (
    "thanks_apology",
    "greeting_reconnect",
    "request_question",
    "reply_aizuchi",
    "hurry_conditional",
    "shop_counter_phone",
    "hearsay_passive_causative",
    "dialect",
    "elderly_typing",
    "plain_da_negation_long",
)
PROBE_77_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu_polite",
    "keigo_honorific_humble",
    "questions_requests",
    "conditional_passive_causative",
    "hearsay_harmless_news",
    "negation",
    "regional_dialect",
    "casual_emoji",
    "elderly_typing",
)
PROBE_78_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect_emoji_elderly",
)
PROBE_79_CATEGORIES = (
    "plain_da_dearu",
    "polite_desu_masu",
    "keigo_formal_letters",
    "questions",
    "requests_small_favours",
    "conditionals_negation",
    "passive_causative",
    "hearsay_harmless",
    "regional_dialects",
    "emoji_elderly_typing",
)
EIGHTY_SECOND_LABELS = labelled(
    suspicious=(
        "senior_retells_caller_sus family_impersonation_opener smishing_snippet rumour_chain_sus "
        "senior_asks_helper_sus official_keigo_scam_long investment_romance_sus visitor_sus "
        "outrage_spread_sus prize_refund_sus"
    ),
    ordinary=(
        "family_chat_ok alert_relay_ok scam_warning_ok booked_visit_delivery_ok counter_talk_ok "
        "neighbour_news_ok greeting_long_silence_ok kind_secret_hurry_ok senior_asks_helper_ok "
        "community_notice_ok business_keigo_notice_ok harmless_hearsay_ok"
    ),
)
EIGHTY_THIRD_LABELS = labelled(
    suspicious=(
        "bank_sms_impersonation_sus delivery_smish_sus family_new_number_sus official_refund_call_sus "
        "police_impersonation_sus investment_romance_sus health_rumour_sus disaster_rumour_sus "
        "chain_outrage_sus visitor_letter_sus utility_telecom_sus senior_asks_about_sus "
        "short_oneliner_sus long_keigo_mail_sus long_senior_retell_sus long_forwarded_rumour_sus "
        "long_call_visitor_script_sus long_social_post_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok police_bank_warning_ok family_warns_scam_ok "
        "school_community_notice_ok business_notice_ok everyday_chat_ok senior_asks_genuine_ok "
        "short_oneliner_ok health_genuine_ok counter_conversation_ok money_genuine_ok "
        "harmless_hearsay_ok long_official_warning_ok long_family_retell_ok long_notice_ok "
        "long_senior_genuine_ok long_social_post_ok"
    ),
)
# The eighty-second and eighty-third writers were asked for at least 20 rows per category (20-54 written;
# 757 and 776 rows).
BLIND_82 = EvalSet("ja_blind_82.csv", EIGHTY_SECOND_LABELS, dict.fromkeys(EIGHTY_SECOND_LABELS, 20), 750)
BLIND_83 = EvalSet("ja_blind_83.csv", EIGHTY_THIRD_LABELS, dict.fromkeys(EIGHTY_THIRD_LABELS, 20), 770)
PROBE_80_CATEGORIES = (
    "thanks_apologies",
    "greetings_reunion",
    "requests_questions",
    "replies_reactions",
    "shop_counter_phone",
    "dialect",
    "elderly_typing",
    "keigo_formal",
    "grammar_mix",
    "casual_emoji_hurry",
)
PROBE_81_CATEGORIES = (
    "plain_casual_written",
    "polite_desu_masu",
    "keigo_honorific_humble",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "dialect",
    "elderly_typing_emoji",
)
PROBE_82_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_83_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_formal",
    "questions",
    "requests_favours",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
EIGHTY_FOURTH_LABELS = labelled(
    suspicious=(
        "fake_city_sms_sus fake_disaster_alert_sus fake_agency_sms_sus fake_school_notice_sus "
        "fake_caller_visitor_sus rumour_chain_sus senior_asks_sus relative_forwards_fake_sus "
        "fake_bank_delivery_sus family_impostor_sus fake_long_official_sus keigo_scam_long_sus "
        "rumour_long_sus short_smish_sus app_install_fake_sus short_caller_sus senior_long_sus "
        "fake_visitor_long_sus short_rumour_sus"
    ),
    ordinary=(
        "city_alert_issued_ok agency_notice_ok school_notice_ok relative_relays_alert_ok "
        "family_warns_scam_ok senior_asks_genuine_ok everyday_chat_ok community_notice_ok "
        "business_keigo_ok neighbour_hearsay_ok official_long_notice_ok family_long_warn_ok "
        "short_official_ok official_link_ok short_chat_ok senior_long_ok relayed_long_ok"
    ),
)
EIGHTY_FIFTH_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smishing_sus family_new_number_sus official_impersonation_sus "
        "investment_romance_sus health_rumour_sus disaster_rumour_sus chain_message_sus "
        "outrage_spread_sus visitor_letter_sus long_keigo_scam_sus group_chat_hearsay_sus "
        "senior_asks_sus short_oneline_sus retold_call_visit_sus long_social_post_sus sns_dm_short_sus "
        "senior_long_story_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_forwards_alert_ok official_scam_warning_ok "
        "family_warns_scam_ok community_notice_ok school_club_notice_ok business_notice_ok "
        "health_money_notice_ok everyday_chat_ok short_oneline_ok counter_conversation_ok senior_asks_ok "
        "long_letter_ok long_social_post_ok club_group_chat_ok long_official_notice_ok "
        "harmless_hearsay_ok senior_long_story_ok"
    ),
)
# The eighty-fourth and eighty-fifth writers were asked for at least 20 rows per category (20-35 written;
# 810 and 839 rows).
BLIND_84 = EvalSet("ja_blind_84.csv", EIGHTY_FOURTH_LABELS, dict.fromkeys(EIGHTY_FOURTH_LABELS, 20), 810)
BLIND_85 = EvalSet("ja_blind_85.csv", EIGHTY_FIFTH_LABELS, dict.fromkeys(EIGHTY_FIFTH_LABELS, 20), 830)
PROBE_84_CATEGORIES = (
    "thanks_apologies",
    "greetings_seasonal",
    "requests_questions",
    "replies",
    "harmless_hurry",
    "shop_counter_phone",
    "dialect",
    "elderly_typing",
    "hearsay_grammar",
    "emoji_casual_long",
)
PROBE_85_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "elderly_typing_emoji",
)
PROBE_86_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_counter",
    "questions",
    "requests",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect_casual",
    "elderly_typing_emoji",
)
PROBE_87_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_notice_letter",
    "questions",
    "requests_favours",
    "conditionals",
    "passive_causative",
    "hearsay_harmless",
    "regional_dialect",
    "emoji_elderly_typing",
)
EIGHTY_SIXTH_LABELS = labelled(
    suspicious=(
        "delivery_smish_sus bank_card_smish_sus carrier_smish_sus tax_pension_city_smish_sus "
        "fake_alert_link_sus relative_forwards_scam_link_sus senior_asks_link_sus "
        "invest_romance_link_sus rumour_chain_sus long_keigo_smish_sus long_chain_senior_sus "
        "short_impersonation_sus short_link_smish_sus long_forward_link_sus calm_keigo_phone_sus "
        "fake_shop_sns_ad_sus senior_own_words_link_sus"
    ),
    ordinary=(
        "official_site_link_ok news_weather_link_ok shop_booking_confirm_ok school_community_link_ok "
        "relative_warns_quotes_link_ok police_bank_warning_ok senior_asks_genuine_ok disaster_alert_ok "
        "everyday_chat_ok long_genuine_notice_ok long_family_chat_ok genuine_url_ok store_app_notice_ok "
        "long_relative_quotes_link_ok urgent_exclaim_ok long_official_link_ok senior_own_words_ok"
    ),
)
EIGHTY_SEVENTH_LABELS = labelled(
    suspicious=(
        "smish_delivery_sus bank_card_sus gov_refund_sus family_newnumber_sus invest_romance_sus "
        "health_rumor_sus disaster_rumor_sus chain_outrage_sus senior_asks_sus short_sus"
    ),
    ordinary=(
        "official_disaster_ok family_relay_ok scam_warning_ok community_ok business_ok everyday_ok "
        "senior_asks_ok short_ok health_ok money_ok"
    ),
)
# The eighty-sixth and eighty-seventh writers were asked for at least 20 rows per category (20-45 written;
# 710 and 757 rows).
BLIND_86 = EvalSet("ja_blind_86.csv", EIGHTY_SIXTH_LABELS, dict.fromkeys(EIGHTY_SIXTH_LABELS, 20), 710)
BLIND_87 = EvalSet("ja_blind_87.csv", EIGHTY_SEVENTH_LABELS, dict.fromkeys(EIGHTY_SEVENTH_LABELS, 20), 750)
PROBE_88_CATEGORIES = (
    "thanks_apology",
    "greetings",
    "requests_questions",
    "replies",
    "harmless_hurry_conditional",
    "shop_counter_phone",
    "dialect",
    "elderly_typing",
    "hearsay_passive_causative",
    "plain_negation_longer",
)
PROBE_89_CATEGORIES = (
    "plain_written",
    "desu_masu",
    "keigo",
    "questions_requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "casual_emoji",
    "elderly_typing",
)
PROBE_90_CATEGORIES = (
    "counter_keigo",
    "phone_transfer",
    "confirm_questions",
    "requests_conditionals",
    "plain_da_dearu",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect",
    "elderly_typing_emoji",
)
PROBE_91_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_notices_letters",
    "questions",
    "requests_favours",
    "conditional_passive_causative",
    "hearsay",
    "dialect",
    "emoji_excitement_hurry",
    "elderly_typing_greetings",
)
EIGHTY_EIGHTH_LABELS = labelled(
    suspicious=(
        "senior_retells_caller_sus multi_caller_script_sus family_impersonation_sus smishing_snippet_sus "
        "visitor_sus rumour_short_sus investment_romance_sus senior_asks_helper_sus "
        "scam_opener_short_sus long_retell_sus chain_post_sus long_fake_notice_sus "
        "forwarded_multiline_sus fake_support_call_sus fake_prize_refund_sus dialect_hearsay_caller_sus"
    ),
    ordinary=(
        "phone_staff_transfer_ok counter_talk_ok family_chat_ok alert_relay_ok booked_visit_ok "
        "neighbour_news_ok long_silence_greeting_ok kind_secret_ok harmless_hurry_ok club_circular_ok "
        "family_warns_scam_ok official_warning_ok senior_asks_helper_ok long_genuine_notice_ok "
        "family_long_message_ok long_relay_notice_ok genuine_account_talk_ok genuine_link_share_ok "
        "short_genuine_lines_ok"
    ),
)
EIGHTY_NINTH_LABELS = labelled(
    suspicious=(
        "bank_police_call_sus delivery_smishing_sus family_new_number_sus refund_pension_tax_sus "
        "invest_romance_sus health_rumour_sus disaster_rumour_sus chain_outrage_sus visitor_letter_sus "
        "senior_asks_helper_sus short_oneline_sus long_scam_mail_sus long_rumour_post_sus "
        "long_senior_retells_sus long_invest_romance_chat_sus sns_post_sus"
    ),
    ordinary=(
        "official_alert_ok family_relays_alert_ok police_bank_warning_ok family_scam_warning_ok "
        "community_school_notice_ok business_notice_ok everyday_chat_ok senior_asks_helper_ok "
        "short_oneline_ok health_genuine_ok counter_neighbour_ok long_official_notice_ok "
        "long_family_own_words_ok long_counter_talk_ok long_money_health_genuine_ok sns_post_ok"
    ),
)
# The eighty-eighth and eighty-ninth writers were asked for at least 20 rows per category (20-31 written;
# 730 and 686 rows).
BLIND_88 = EvalSet("ja_blind_88.csv", EIGHTY_EIGHTH_LABELS, dict.fromkeys(EIGHTY_EIGHTH_LABELS, 20), 730)
BLIND_89 = EvalSet("ja_blind_89.csv", EIGHTY_NINTH_LABELS, dict.fromkeys(EIGHTY_NINTH_LABELS, 20), 680)
PROBE_92_CATEGORIES = (
    "thanks_apologies",
    "greetings_seasonal",
    "requests_hurry",
    "questions_replies",
    "shop_counter_phone",
    "keigo_formal",
    "dialect",
    "elderly_typing",
    "emoji_casual",
    "plain_grammar_mix",
)
PROBE_93_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question_request",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_casual",
    "elderly_typing",
)
PROBE_94_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_sonkei_kenjo_teicho",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "dialect_casual_negation",
    "emoji_elderly_typing",
)
PROBE_95_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_formal",
    "questions",
    "requests_favours",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly",
)
NINETIETH_LABELS = labelled(
    suspicious=(
        "fake_police_call_sus fake_bank_association_sus fake_city_refund_sus fake_relative_call_sus "
        "senior_asks_sus long_keigo_scam_sus short_scam_call_sms_sus chain_hoax_warning_sus "
        "fake_utility_door_sus romance_investment_sus long_scam_script_sus short_visitor_scam_sus "
        "short_hiragana_scam_sus long_polite_visitor_scam_sus long_senior_asks_sus "
        "fake_new_staff_intro_sus fake_care_clinic_call_sus long_fake_relative_sus"
    ),
    ordinary=(
        "genuine_bank_post_counter_ok genuine_clinic_care_call_ok genuine_city_utility_visit_ok "
        "new_staff_intro_ok family_warns_ok official_warning_ok long_genuine_notice_ok "
        "short_genuine_call_ok community_notice_ok senior_asks_ok retold_genuine_visit_ok "
        "long_family_explains_ok short_counter_shop_ok short_dialect_chat_ok "
        "long_genuine_call_transcript_ok long_senior_asks_ok genuine_shop_delivery_ok "
        "genuine_hold_transfer_ok long_official_notice_warning_ok"
    ),
)
NINETY_FIRST_LABELS = labelled(
    suspicious=(
        "family_newnumber_sus group_chain_sus group_impersonation_sus bank_sms_sus delivery_sms_sus "
        "gov_money_sus health_rumour_sus disaster_rumour_sus invest_romance_sus visitor_letter_sus "
        "sns_outrage_sus senior_asks_sus long_keigo_scam_sus long_group_plea_sus long_rumour_post_sus "
        "long_invest_romance_sus long_senior_asks_sus long_sms_mail_sus short_dm_sus"
    ),
    ordinary=(
        "family_newcontact_ok group_passround_ok long_silence_ok family_scam_warning_ok "
        "official_alert_ok official_scam_warning_ok community_notice_ok business_notice_ok "
        "health_money_ok everyday_chat_ok senior_asks_ok counter_neighbour_ok long_official_notice_ok "
        "long_family_group_ok long_warning_quote_ok long_business_keigo_ok long_senior_asks_ok "
        "long_counter_neighbour_ok short_group_ok"
    ),
)
# The ninetieth and ninety-first writers were asked for at least 20 rows per category (20-24 written;
# 755 and 760 rows).
BLIND_90 = EvalSet("ja_blind_90.csv", NINETIETH_LABELS, dict.fromkeys(NINETIETH_LABELS, 20), 750)
BLIND_91 = EvalSet("ja_blind_91.csv", NINETY_FIRST_LABELS, dict.fromkeys(NINETY_FIRST_LABELS, 20), 760)
PROBE_96_CATEGORIES = (
    "thanks_apology",
    "greetings",
    "requests_questions",
    "replies",
    "harmless_hurry",
    "shop_counter_phone",
    "dialect",
    "elderly_typing",
    "emoji_casual",
    "grammar_longer",
)
PROBE_97_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question",
    "request",
    "conditional",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect_emoji_elderly",
)
PROBE_98_CATEGORIES = (
    "bank_post_counter_keigo",
    "shop_pharmacy_desu_masu",
    "clinic_care_counter",
    "city_office_utility",
    "phone_transfer_hold_menu",
    "callback_home_visit",
    "hearsay_retold",
    "dialect_casual",
    "elderly_typing_emoji",
    "plain_grammar_mix",
)
PROBE_99_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu_greeting_intro",
    "keigo_notice_letter",
    "questions",
    "requests_favours",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
NINETY_SECOND_LABELS = labelled(
    suspicious=(
        "new_number_impersonation_sus caller_retold_sus smishing_sus health_rumour_sus rumour_chain_sus "
        "invest_romance_sus keigo_impersonation_long_sus senior_asks_sus caller_retold_long_sus "
        "chain_outrage_long_sus romance_invest_long_sus smishing_mail_long_sus new_number_long_sus "
        "health_rumour_long_sus senior_asks_long_sus visitor_sales_long_sus rumour_disaster_long_sus "
        "short_lines_sus"
    ),
    ordinary=(
        "new_number_genuine_ok family_chat_ok club_chat_ok counter_staff_ok greeting_after_silence_ok "
        "alert_relay_ok scam_warning_ok hearsay_harmless_ok favour_ok community_notice_ok "
        "business_notice_ok family_scam_warning_long_ok family_long_chat_ok official_alert_long_ok "
        "new_number_genuine_long_ok senior_asks_ok hearsay_long_ok staff_phone_long_ok "
        "club_greeting_long_ok relay_official_notice_long_ok"
    ),
)
NINETY_THIRD_LABELS = labelled(
    suspicious=(
        "smish_delivery_sus bank_impersonation_sus gov_refund_sus family_newnumber_sus "
        "invest_romance_sus health_rumour_sus disaster_rumour_sus chain_outrage_sus "
        "call_visit_letter_sus senior_asks_sus oneline_sus long_keigo_scam_sus long_sns_post_sus "
        "long_senior_retells_sus calm_quiet_sus long_forwarded_group_sus long_health_money_trap_sus "
        "callback_sms_mail_sus short_casual_sus long_neighbour_talk_sus"
    ),
    ordinary=(
        "official_disaster_ok police_bank_warning_ok family_warns_ok community_notice_ok "
        "business_notice_ok everyday_chat_ok harmless_hearsay_ok senior_asks_ok health_money_ok "
        "oneline_ok long_official_warning_ok long_family_senior_ok long_counter_neighbour_ok "
        "urgent_genuine_ok long_keigo_notice_ok long_relay_genuine_ok social_post_genuine_ok "
        "short_casual_ok long_everyday_plans_ok"
    ),
)
# The ninety-second and ninety-third writers were asked for at least 20 rows per category (20-30 written;
# 825 and 780 rows).
BLIND_92 = EvalSet("ja_blind_92.csv", NINETY_SECOND_LABELS, dict.fromkeys(NINETY_SECOND_LABELS, 20), 820)
BLIND_93 = EvalSet("ja_blind_93.csv", NINETY_THIRD_LABELS, dict.fromkeys(NINETY_THIRD_LABELS, 20), 780)
PROBE_100_CATEGORIES = (
    "thanks_apologies",
    "greetings_seasonal",
    "requests_questions",
    "replies",
    "shop_counter_phone",
    "keigo_formal",
    "dialect",
    "elderly_typing",
    "emoji_casual_hurry",
    "grammar_mix_long",
)
PROBE_101_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question",
    "request",
    "conditional",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect_emoji_elderly",
)
PROBE_102_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu_counter",
    "keigo_phone",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "dialect",
    "casual_emoji_elderly",
)
PROBE_103_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu_polite",
    "keigo_letters_notices",
    "questions",
    "requests_favours",
    "conditionals_negation",
    "passive_causative",
    "hearsay_harmless",
    "regional_dialect",
    "emoji_elderly_typing",
)
NINETY_FOURTH_LABELS = labelled(
    suspicious=(
        "roof_drain_doortodoor_sus fake_city_refund_call_sus senior_asks_about_sus "
        "fake_family_or_official_call_sus fake_utility_inspector_sus fake_delivery_sms_sus "
        "oshigai_buyup_sus fake_bank_police_card_sus"
    ),
    ordinary=(
        "senior_asks_genuine_ok meter_reader_ok official_scam_warning_ok bank_staff_ok "
        "city_office_staff_ok scheduled_inspection_ok family_warns_scam_ok delivery_driver_ok "
        "care_worker_ok"
    ),
)
NINETY_FIFTH_LABELS = labelled(
    suspicious=(
        "pension_stop_scam_sus tax_refund_scam_sus medical_refund_scam_sus insurance_scam_sus "
        "bank_account_freeze_sus fake_postcard_letter_sus delivery_smish_sus family_new_number_sus "
        "police_impersonation_sus utility_impersonation_sus investment_romance_sus health_rumour_sus "
        "disaster_rumour_sus chain_outrage_sus senior_asks_helper_sus visitor_call_sus"
    ),
    ordinary=(
        "pension_office_ok tax_notice_ok medical_insurance_ok family_talk_admin_ok "
        "official_scam_warning_ok family_scam_warning_ok disaster_alert_ok community_school_notice_ok "
        "business_notice_ok everyday_chat_ok senior_asks_helper_ok harmless_hearsay_ok"
    ),
)
# The ninety-fourth and ninety-fifth writers were asked for at least 20 rows per category (25-48 written;
# 798 and 886 rows).
BLIND_94 = EvalSet("ja_blind_94.csv", NINETY_FOURTH_LABELS, dict.fromkeys(NINETY_FOURTH_LABELS, 20), 790)
BLIND_95 = EvalSet("ja_blind_95.csv", NINETY_FIFTH_LABELS, dict.fromkeys(NINETY_FIFTH_LABELS, 20), 880)
PROBE_104_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question",
    "request",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "hiragana_elderly_emoji",
)
PROBE_105_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect_emoji_elderly",
)
PROBE_106_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_quoted",
    "questions",
    "requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_107_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
NINETY_SIXTH_LABELS = labelled(
    suspicious=(
        "fake_pension_stop_sms fake_medical_refund_call fake_tax_refund fake_benefit_kyufukin "
        "fake_visit_bank_card senior_retells_sus senior_asks_about_sus pension_investment_romance "
        "money_rumour_chain fake_insurance_refund calm_keigo_sus_long"
    ),
    ordinary=(
        "genuine_pension_notice genuine_tax_notice genuine_benefit_medical official_scam_warning "
        "family_warns_scam family_money_talk senior_asks_genuine senior_retells_genuine "
        "everyday_chat_money genuine_insurance_notice urgent_genuine_notice_ok"
    ),
)
NINETY_SEVENTH_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smishing_sus gov_refund_pension_sus police_impersonation_sus "
        "utilities_carrier_sus family_new_number_sus investment_trap_sus romance_trap_sus "
        "health_rumour_sus disaster_rumour_sus chain_message_sus outrage_spread_sus media_hides_sus "
        "prize_subscription_sus senior_asks_helper_sus visitor_call_sus keigo_business_scam_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok "
        "family_scam_warning_ok school_notice_ok community_notice_ok business_notice_ok everyday_chat_ok "
        "harmless_hearsay_ok senior_asks_helper_ok family_logistics_ok health_chat_ok hobby_club_ok "
        "city_notice_ok delivery_genuine_ok plain_statement_ok dialect_chat_ok neighbor_friend_chat_ok"
    ),
)
# The ninety-sixth and ninety-seventh writers were asked for at least 20 rows per category (20-56 written;
# 892 and 840 rows).
BLIND_96 = EvalSet("ja_blind_96.csv", NINETY_SIXTH_LABELS, dict.fromkeys(NINETY_SIXTH_LABELS, 20), 890)
BLIND_97 = EvalSet("ja_blind_97.csv", NINETY_SEVENTH_LABELS, dict.fromkeys(NINETY_SEVENTH_LABELS, 20), 840)
PROBE_108_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question_request",
    "conditional",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect",
    "elderly_hiragana_emoji",
)
PROBE_109_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay_harmless",
    "negation",
    "dialect_emoji_elderly_typing",
)
PROBE_110_CATEGORIES = (
    "keigo_counter_said",
    "desu_masu_retold",
    "plain_da_dearu",
    "questions",
    "requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay_harmless",
    "dialect_casual",
    "emoji_elderly_typing",
)
PROBE_111_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_notices_letters",
    "questions",
    "requests_favours_reassurance",
    "conditionals_negation",
    "passive_causative",
    "hearsay_harmless",
    "regional_dialect",
    "emoji_elderly_typing_groupchat",
)
NINETY_EIGHTH_LABELS = labelled(
    suspicious=(
        "unknown_opener_sus new_number_family_sus old_acquaintance_sus wrong_number_chat_sus "
        "senior_retells_caller_sus senior_retells_visitor_sus smishing_delivery_sus "
        "smishing_bank_card_sus official_impersonation_sus rumour_passed_on_sus chain_spread_sus "
        "invest_romance_sus senior_asks_helper_sus keigo_long_scam_sus long_scam_story_sus "
        "long_smishing_mail_sus long_rumour_chain_sus multi_line_scam_sus long_senior_retell_sus "
        "long_contact_lure_sus"
    ),
    ordinary=(
        "family_whereabouts_ok asks_good_time_ok small_favour_ok reassurance_ok long_silence_greeting_ok "
        "staff_phone_counter_ok senior_retells_caller_ok alert_relay_ok official_scam_warning_ok "
        "family_scam_warning_ok community_notice_ok business_notice_ok senior_asks_helper_ok "
        "wrong_number_ok harmless_hearsay_ok long_family_message_ok long_notice_relay_ok "
        "long_warning_quote_ok multi_line_family_ok long_senior_retell_ok long_keigo_notice_ok"
    ),
)
NINETY_NINTH_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smishing_sus refund_tax_pension_sus police_impersonation_sus "
        "utility_impersonation_sus family_new_number_sus investment_trap_sus romance_trap_sus "
        "health_rumour_sus disaster_rumour_sus chain_message_sus outrage_spread_sus media_hides_sus "
        "senior_asks_helper_sus keigo_polite_scam_sus phone_visitor_scam_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok relative_forwards_alert_ok official_scam_warning_ok "
        "family_scam_warning_ok school_notice_ok community_notice_ok business_keigo_notice_ok "
        "everyday_chat_ok harmless_hearsay_ok senior_asks_helper_ok genuine_delivery_ok health_advice_ok "
        "family_money_ok sourced_news_share_ok plain_statement_ok"
    ),
)
# The ninety-eighth and ninety-ninth writers were asked for at least 20 rows per category (20-35 written;
# 847 and 892 rows).
BLIND_98 = EvalSet("ja_blind_98.csv", NINETY_EIGHTH_LABELS, dict.fromkeys(NINETY_EIGHTH_LABELS, 20), 840)
BLIND_99 = EvalSet("ja_blind_99.csv", NINETY_NINTH_LABELS, dict.fromkeys(NINETY_NINTH_LABELS, 20), 890)
PROBE_112_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions_requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_113_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect_emoji_elderly",
)
PROBE_114_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question",
    "request",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect_casual",
    "emoji_elderly_typing",
)
PROBE_115_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_letters_notices",
    "questions",
    "requests_borrow_lend",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect_regional",
    "emoji_elderly_typing",
)
PROBE_116_CATEGORIES = (
    "plain_da_dearu",
    "polite_desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_117_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
HUNDREDTH_LABELS = labelled(
    suspicious=(
        "fake_police_bank_protect_sus smishing_code_sus recovery_of_losses_sus family_impersonation_sus "
        "investment_romance_sus chain_rumour_sus long_scam_message_sus senior_asks_sus short_scam_sus "
        "long_borrowed_warning_sus hearsay_warning_chain_sus fake_official_notice_sus "
        "long_investment_romance_sus long_scam_call_script_sus dialect_hiragana_scam_sus "
        "polite_keigo_scam_sus"
    ),
    ordinary=(
        "family_scam_advice_ok family_quotes_scam_ok official_scam_warning_ok everyday_chat_ok "
        "community_notice_ok long_family_warning_ok senior_asks_ok short_warning_ok disaster_alert_ok "
        "long_official_warning_ok friend_neighbour_warning_ok sourced_share_ok long_quote_warning_ok "
        "long_neighbour_report_ok dialect_hiragana_warning_ok business_notice_ok"
    ),
)
HUNDRED_FIRST_LABELS = labelled(
    suspicious=(
        "bank_smishing delivery_smishing gov_refund_pension_scam family_new_number "
        "police_impersonation_keigo investment_romance health_rumour disaster_rumour_chain "
        "outrage_spread_media_hides senior_asks_about_scam_sus"
    ),
    ordinary=(
        "official_disaster_alert family_relays_alert official_scam_warning family_warns_scam_quote "
        "school_community_notice business_notice_ok everyday_chat_family elderly_typing_chat "
        "harmless_hearsay senior_asks_genuine_ok"
    ),
)
# The hundredth and hundred-and-first writers were asked for at least 20 rows per category (20-40 written;
# 752 and 760 rows).
BLIND_100 = EvalSet("ja_blind_100.csv", HUNDREDTH_LABELS, dict.fromkeys(HUNDREDTH_LABELS, 20), 750)
BLIND_101 = EvalSet("ja_blind_101.csv", HUNDRED_FIRST_LABELS, dict.fromkeys(HUNDRED_FIRST_LABELS, 20), 760)
PROBE_118_CATEGORIES = (
    "keigo_phone_staff",
    "counter_desu_masu",
    "letters_greetings_formal",
    "arranging_visits_questions",
    "requests_repeat_wait",
    "conditional_passive_causative",
    "hearsay_retold",
    "plain_da_negation",
    "dialect_casual",
    "emoji_elderly_typing",
)
PROBE_119_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question",
    "request",
    "conditional",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect_emoji_elderly",
)
PROBE_120_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions_requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_121_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions_requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect",
    "emoji_elderly_typing",
)
HUNDRED_SECOND_LABELS = labelled(
    suspicious=(
        "unknown_opener_sus old_acquaintance_sus wrong_number_friendly_sus new_number_family_sus "
        "door_buyer_retold_sus keigo_phone_staff_sus senior_retells_long_sus chat_drift_long_sus "
        "long_keigo_notice_sus rumour_chain_long_sus sms_short_sus fake_visit_call_long_sus "
        "romance_invest_long_sus senior_forwards_ask_sus fake_family_long_sus hearsay_outrage_long_sus "
        "dialect_hiragana_typo_sus door_counter_fake_staff_sus multiline_long_sus"
    ),
    ordinary=(
        "family_asks_now_ok neighbour_offers_help_ok reassure_apology_ok saying_where_ok "
        "real_counter_staff_ok real_phone_staff_ok family_warns_quoting_ok senior_asks_genuine_ok "
        "long_everyday_chat_ok official_long_notice_ok community_urgent_ok genuine_new_number_ok "
        "genuine_old_friend_ok genuine_wrong_number_ok genuine_visitor_retold_ok long_real_business_ok "
        "long_family_support_ok dialect_hiragana_typo_ok real_staff_short_ok multiline_long_ok"
    ),
)
HUNDRED_THIRD_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smishing_sus family_new_number_sus refund_pension_tax_sus "
        "police_official_impersonation_sus investment_romance_sus health_rumour_sus disaster_rumour_sus "
        "chain_outrage_sus senior_asks_helper_sus utility_visitor_sus keigo_phishing_sus short_smish_sus "
        "scam_long_sus rumour_long_sus short_chat_rumour_sus senior_asks_long_sus "
        "short_impersonation_sus long_sus_mixed"
    ),
    ordinary=(
        "official_alert_ok family_relays_alert_ok official_scam_warning_ok family_warns_scam_ok "
        "everyday_chat_ok harmless_hearsay_ok senior_asks_helper_ok short_official_ok school_notice_ok "
        "community_notice_ok business_keigo_ok family_long_ok family_warns_long_ok official_long_ok "
        "short_family_ok senior_asks_long_ok short_reply_ok long_ok_mixed_notice"
    ),
)
# The writers of ja_blind_102 and _103 were asked for at least 20 rows per category (20-30 written;
# 804 and 793 rows).
BLIND_102 = EvalSet("ja_blind_102.csv", HUNDRED_SECOND_LABELS, dict.fromkeys(HUNDRED_SECOND_LABELS, 20), 800)
BLIND_103 = EvalSet("ja_blind_103.csv", HUNDRED_THIRD_LABELS, dict.fromkeys(HUNDRED_THIRD_LABELS, 20), 790)
PROBE_122_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question",
    "request",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_123_CATEGORIES = (
    "reception_keigo",
    "shop_counter_polite",
    "clinic_pharmacy_polite",
    "phone_office_keigo",
    "family_retelling_hearsay",
    "plain_da_dearu",
    "questions_and_requests",
    "conditional_passive_causative",
    "dialect_speech",
    "casual_emoji_elderly_typing",
)
PROBE_124_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question",
    "request",
    "conditional",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect_emoji_elderly",
)
PROBE_125_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions_requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_126_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_notice_letter",
    "questions_requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_127_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question",
    "request",
    "conditional",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect_emoji_elderly",
)
HUNDRED_FOURTH_LABELS = labelled(
    suspicious=(
        "fake_fraud_prevention_caller_sus code_smish_sus unverified_warning_chain_sus "
        "impersonation_notice_sus family_new_number_sus investment_romance_sus "
        "senior_asks_about_scam_sus"
    ),
    ordinary=(
        "family_rules_warning_ok relative_retells_scam_ok official_bank_police_notice_ok "
        "community_club_warning_ok everyday_chat_ok official_alert_relay_ok"
    ),
)
HUNDRED_FIFTH_LABELS = labelled(
    suspicious=(
        "delivery_smishing bank_card_phishing government_tax_pension_imperson family_new_number_imperson "
        "investment_romance_trap health_disaster_rumour_chain short_scam_sms senior_asks_helper_sus "
        "outrage_spread_long keigo_scam_long police_impersonation_long short_rumour_spread "
        "chain_letter_long visitor_utility_scam_long"
    ),
    ordinary=(
        "official_disaster_alert relative_forwards_alert official_scam_warning family_warns_about_scam "
        "everyday_chat_short harmless_hearsay_short keigo_business_notice_long school_community_notice "
        "lost_pet_person_spread_ok senior_asks_helper_ok family_logistics_short family_long_chat "
        "official_newsletter_long community_long_ok"
    ),
)
# The writers of ja_blind_104 and _105 were asked for at least 20 rows per category (20-57 written;
# 671 and 606 rows).
BLIND_104 = EvalSet("ja_blind_104.csv", HUNDRED_FOURTH_LABELS, dict.fromkeys(HUNDRED_FOURTH_LABELS, 20), 670)
BLIND_105 = EvalSet("ja_blind_105.csv", HUNDRED_FIFTH_LABELS, dict.fromkeys(HUNDRED_FIFTH_LABELS, 20), 600)
PROBE_128_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions_requests",
    "conditionals",
    "passive_causative",
    "hearsay_harmless",
    "negation",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_129_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_counter_phone",
    "question",
    "request_favour",
    "conditional_advice",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect_emoji_elderly",
)
PROBE_130_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_notices_letters",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_131_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
HUNDRED_SIXTH_LABELS = labelled(
    suspicious=(
        "smishing_short_sus family_new_number_sus fake_police_bank_protect_sus recovery_scam_sus "
        "unverified_chain_warning_sus health_disaster_rumour_sus invest_romance_sus "
        "refund_official_impersonation_sus senior_asks_sus popup_screen_sus letter_visitor_sus "
        "line_takeover_sus warning_mimic_or_spread_long_sus smish_borrows_warning_sus "
        "long_scam_script_sus"
    ),
    ordinary=(
        "family_short_warning_ok family_long_warning_ok friend_club_colleague_warning_ok "
        "dialect_warning_ok official_scam_warning_ok disaster_alert_ok community_notice_ok "
        "business_notice_ok everyday_chat_ok senior_asks_genuine_ok neighbour_long_retelling_ok "
        "relative_retells_scam_ok relative_retells_scam_long_ok"
    ),
)
HUNDRED_SEVENTH_LABELS = labelled(
    suspicious=(
        "account_phishing_sus delivery_smishing_sus city_refund_sus pension_tax_sus health_rumour_sus "
        "disaster_rumour_sus chain_message_sus outrage_spread_sus media_hides_sus senior_asks_helper_sus "
        "visitor_call_sus unsourced_photo_video_sus police_impersonation_sus utility_telecom_sus "
        "family_new_number_sus investment_trap_sus romance_trap_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok "
        "family_scam_warning_ok school_notice_ok community_notice_ok business_keigo_notice_ok "
        "family_chat_ok friends_chat_ok harmless_hearsay_ok senior_asks_helper_ok shop_service_notice_ok "
        "plain_sentences_ok health_notice_sourced_ok genuine_visitor_call_ok seasonal_greeting_ok"
    ),
)
# The writers of ja_blind_106 and _107 were asked for at least 20 rows per category (20-128 written;
# 889 and 859 rows).
BLIND_106 = EvalSet("ja_blind_106.csv", HUNDRED_SIXTH_LABELS, dict.fromkeys(HUNDRED_SIXTH_LABELS, 20), 880)
BLIND_107 = EvalSet(
    "ja_blind_107.csv", HUNDRED_SEVENTH_LABELS, dict.fromkeys(HUNDRED_SEVENTH_LABELS, 20), 850
)
PROBE_132_CATEGORIES = (
    "thanks_casual",
    "thanks_keigo_letters",
    "compliments_humble",
    "greetings_cards",
    "announcing_own_visit_delivery",
    "reassurance",
    "offers",
    "retold_hearsay",
    "dialect",
    "elderly_typing_emoji",
)
PROBE_133_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question_request",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "elderly_hiragana",
    "emoji_casual",
)
PROBE_134_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo_notices_letters",
    "questions",
    "requests_family_advice",
    "conditional_negation",
    "passive_causative",
    "hearsay_retelling",
    "regional_dialect",
    "emoji_elderly_typing",
)
PROBE_135_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question_request",
    "conditional",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_136_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu_polite",
    "keigo_honorific_humble",
    "questions",
    "requests_instructions",
    "passive_causative",
    "hearsay_retold",
    "negation_reassurance",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_137_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_typing",
)
PROBE_138_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect_emoji_typing",
)
PROBE_139_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions_requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect",
    "emoji_elderly_typing",
)
HUNDRED_TWELFTH_LABELS = labelled(
    suspicious=(
        "fake_grandchild_hurry secret_from_family_bank hiragana_chain_message "
        "hoax_dont_answer_number bank_pin_phishing_sms delivery_smishing "
        "city_pension_impersonation door_visit_sales_sus senior_asks_about_scam_sus "
        "health_rumour_dialect investment_romance media_hides_outrage_spread short_scam_sus "
        "long_keigo_scam_sus long_retold_sus long_chain_rumour_sus long_grandchild_script_sus"
    ),
    ordinary=(
        "senior_rules_reminders_ok retold_call_handled_ok family_warns_quoting_scam_ok "
        "official_scam_warning_ok dialect_warning_ok disaster_alert_relay_ok community_notice_ok "
        "everyday_chat_elderly_ok business_keigo_genuine_ok senior_asks_genuine_ok short_rules_ok "
        "short_chat_ok short_official_ok harmless_hearsay_ok genuine_family_contact_ok "
        "long_family_report_ok long_official_notice_ok"
    ),
)
HUNDRED_THIRTEENTH_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smishing_sus gov_refund_pension_sus "
        "police_impersonation_sus utility_telecom_sus family_new_number_sus investment_romance_sus "
        "health_rumour_sus disaster_rumour_sus chain_outrage_sus senior_asks_helper_sus "
        "call_visitor_letter_sus keigo_long_scam_sus long_rumour_post_sus short_smishing_sus "
        "forwarded_scam_query_sus long_phishing_mail_sus long_pitch_sus long_call_transcript_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok "
        "family_scam_warning_ok school_community_notice_ok business_notice_ok everyday_chat_ok "
        "harmless_hearsay_ok senior_asks_helper_ok long_official_notice_ok long_family_message_ok "
        "dialect_elderly_chat_ok genuine_service_sms_ok lost_found_spread_ok "
        "long_business_keigo_ok long_senior_asks_ok short_everyday_reply_ok "
        "long_community_notice_ok long_relay_warning_ok long_everyday_chat_ok"
    ),
)
PROBE_140_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditional_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji_elderly_hiragana",
)
PROBE_141_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions_requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect",
    "emoji_elderly",
)
HUNDRED_FOURTEENTH_LABELS = labelled(
    suspicious=(
        "scam_script_rules_sus new_number_sus hoax_rule_chain_sus fake_official_memo_sus "
        "senior_asks_sus long_scam_message_sus short_scam_line_sus rumour_long_sus "
        "romance_investment_sus long_hoax_memo_sus long_scam_call_rules_sus short_hoax_rule_sus "
        "long_senior_asks_sus long_new_number_story_sus short_fake_official_sus outrage_share_sus "
        "long_keigo_scam_sus"
    ),
    ordinary=(
        "senior_own_rule_ok family_reminder_ok retold_call_handled_ok official_scam_warning_ok "
        "everyday_chat_ok long_retold_family_ok official_alert_ok short_note_ok "
        "community_notice_ok senior_asks_ok long_keigo_notice_ok long_family_warning_ok "
        "short_retold_ok long_chat_ok long_house_rules_ok short_family_reminder_ok "
        "harmless_hearsay_ok long_official_warning_ok"
    ),
)
HUNDRED_FIFTEENTH_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smishing_sus family_new_number_sus tax_pension_refund_sus "
        "police_impersonation_sus utility_telecom_sus investment_romance_sus "
        "health_disaster_rumour_sus chain_outrage_share_sus senior_asks_helper_sus "
        "keigo_long_scam_sus long_rumour_post_sus senior_long_story_sus phishing_email_long_sus "
        "job_sidework_sus fake_billing_sus romance_invest_long_sus friend_account_hijack_sus"
    ),
    ordinary=(
        "family_warns_scam_ok official_scam_warning_ok official_disaster_alert_ok "
        "school_community_notice_ok business_notice_ok everyday_chat_ok senior_asks_helper_ok "
        "family_long_letter_ok harmless_hearsay_ok long_official_notice_ok "
        "family_forwards_scam_text_ok senior_long_asks_ok genuine_keigo_long_ok friends_plans_ok "
        "dialect_elderly_chat_ok long_community_share_ok shop_customer_msg_ok"
    ),
)
PROBE_142_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditional_permission",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect_emoji",
)
PROBE_143_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect_emoji_elderly",
)
HUNDRED_SIXTEENTH_LABELS = labelled(
    suspicious=(
        "fake_family_typed_sus senior_retyped_official_sus senior_forwarded_chain_rumour_sus "
        "senior_asks_about_scam_sus delivery_shopping_smish_retyped_sus "
        "romance_investment_typed_sus long_scam_typed_by_senior_sus dialect_hoax_and_hearsay_sus "
        "long_chain_outrage_forward_sus retyped_scam_mixed_kanji_sus visitor_and_call_retold_sus "
        "short_typed_scam_snippet_sus"
    ),
    ordinary=(
        "senior_warns_family_about_scam_ok senior_retells_call_and_action_ok "
        "senior_family_everyday_chat_ok neighbour_community_notice_ok "
        "official_alert_retyped_by_family_ok official_scam_warning_retyped_ok "
        "senior_asks_helper_ok keigo_business_notice_ok long_family_letter_and_news_ok "
        "long_scam_warning_quoting_text_ok long_dialect_neighbour_talk_ok short_typed_everyday_ok"
    ),
)
HUNDRED_SEVENTEENTH_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smishing tax_pension_refund_scam family_new_number "
        "police_impersonation utility_telecom_scam investment_romance_sus health_rumour_sus "
        "disaster_rumour_sus chain_outrage_spread_sus senior_asks_sus visitor_letter_scam"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok "
        "family_warns_scam_ok school_community_notice_ok business_notice_ok everyday_chat_ok "
        "harmless_hearsay_ok senior_asks_ok lost_pet_person_spread_ok local_gov_notice_ok "
        "dialect_elderly_chat_ok"
    ),
)
PROBE_144_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions_requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay_harmless",
    "dialect",
    "emoji_casual",
    "elderly_hiragana",
)
PROBE_145_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question_request",
    "conditional",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect",
    "emoji_elderly_typing",
)
HUNDRED_EIGHTEENTH_LABELS = labelled(
    suspicious=(
        "retold_call_pending_sus retold_call_acted_sus retold_visit_sus retold_letter_sus "
        "retold_sms_mail_sus retold_long_sus hiragana_senior_sus dialect_retold_sus "
        "relative_retells_unsure_sus short_asks_next_sus short_acted_sus long_pending_asks_sus "
        "long_visit_letter_sus retold_rumor_sus"
    ),
    ordinary=(
        "retold_call_hungup_ok retold_checked_confirmed_ok retold_deleted_blocked_ok "
        "retold_visit_refused_ok retold_long_ok hiragana_senior_ok dialect_retold_ok "
        "genuine_contact_ok relative_warns_family_ok long_verified_genuine_ok short_report_ok "
        "long_relative_quote_ok retold_official_alert_ok"
    ),
)
HUNDRED_NINETEENTH_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sus delivery_smishing_sus govt_refund_sus police_impersonation_sus "
        "family_new_number_sus utility_telecom_sus investment_trap_sus romance_trap_sus "
        "health_rumour_sus disaster_rumour_sus chain_message_sus outrage_spread_sus "
        "media_hides_sus billing_prize_sus visitor_call_sus senior_asks_sus long_keigo_scam_sus "
        "long_rumour_post_sus long_senior_asks_sus long_invest_romance_sus "
        "long_notice_impostor_sus"
    ),
    ordinary=(
        "official_disaster_alert_ok family_relays_alert_ok official_scam_warning_ok "
        "family_scam_warning_ok school_notice_ok community_notice_ok business_notice_ok "
        "everyday_chat_ok harmless_hearsay_ok senior_asks_ok family_plans_ok dialect_casual_ok "
        "long_family_scam_quote_ok long_official_notice_ok long_family_letter_ok "
        "long_business_keigo_ok long_community_school_ok long_senior_asks_ok long_alert_relay_ok"
    ),
)
PROBE_146_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "dialect",
    "elderly_typing_emoji",
)
PROBE_147_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions_requests",
    "conditionals_negation",
    "passive_causative",
    "hearsay",
    "dialect",
    "emoji",
    "elderly_typing",
)
HUNDRED_TWENTIETH_LABELS = labelled(
    suspicious=(
        "declined_for_now_sus acted_after_all_sus still_talking_sus asks_what_next_sus "
        "bank_police_impersonation_sus delivery_refund_smishing_sus family_new_number_sus "
        "investment_romance_sus rumour_chain_sus"
    ),
    ordinary=(
        "decline_visitor_ok decline_call_ok block_message_ok relative_decline_report_ok "
        "official_warning_ok family_warns_ok disaster_alert_ok community_notice_ok "
        "everyday_chat_ok"
    ),
)
HUNDRED_TWENTY_FIRST_LABELS = labelled(
    suspicious=(
        "delivery_smishing_sus bank_card_impersonation_sus gov_refund_impersonation_sus "
        "family_new_number_sus investment_romance_sus rumour_chain_sus senior_asks_helper_sus "
        "visitor_call_sus"
    ),
    ordinary=(
        "official_alert_ok official_scam_warning_ok family_scam_warning_ok "
        "community_school_notice_ok business_notice_ok everyday_chat_ok senior_asks_helper_ok "
        "harmless_hearsay_ok"
    ),
)
PROBE_148_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "questions",
    "requests",
    "conditionals",
    "passive_causative",
    "hearsay",
    "dialect_emoji",
    "elderly_hiragana",
)
PROBE_149_CATEGORIES = (
    "plain_da_dearu",
    "desu_masu",
    "keigo",
    "question_request",
    "conditional",
    "passive_causative",
    "hearsay",
    "negation",
    "dialect",
    "emoji_elderly_typing",
)
HUNDRED_TWENTY_SECOND_LABELS = labelled(
    suspicious=(
        "hoax_alert_hiragana_sus disaster_rumour_dialect_sus fake_official_link_sus "
        "fake_official_fee_sus chain_prediction_sus family_new_number_disaster_sus "
        "long_hoax_fake_sus short_sus senior_relays_fake_notice_sus fake_utility_hiragana_sus "
        "rumour_photo_video_sus long_dialect_hoax_sus calm_keigo_disaster_scam_sus "
        "fake_evacuation_request_sus"
    ),
    ordinary=(
        "alert_relay_hiragana_ok alert_relay_dialect_ok official_alert_retyped_ok "
        "lifeline_school_road_ok family_warns_fake_alert_ok senior_asks_genuine_notice_ok "
        "long_relay_notice_ok short_alert_chat_ok community_urgent_share_ok "
        "everyday_disaster_chat_ok official_scam_warning_ok long_dialect_relay_ok "
        "retyped_notice_kana_ok relay_with_source_ok"
    ),
)
HUNDRED_TWENTY_THIRD_LABELS = labelled(
    suspicious=(
        "delivery_smishing_sus bank_card_phish_sus gov_refund_impersonation_sus "
        "family_new_number_sus investment_romance_sus rumour_chain_sus senior_asks_helper_sus "
        "long_keigo_scam_sus long_rumour_outrage_sus short_scam_sus long_senior_asks_sus "
        "visitor_letter_call_sus health_product_sus account_takeover_sus "
        "long_investment_romance_sus short_lure_sus dialect_elderly_sus long_forwarded_rumour_sus "
        "disaster_scam_sus"
    ),
    ordinary=(
        "official_alert_ok scam_warning_ok community_school_ok business_notice_ok everyday_chat_ok "
        "senior_asks_helper_ok long_official_notice_ok long_family_chat_ok short_genuine_ok "
        "harmless_hearsay_ok long_senior_asks_ok genuine_visit_letter_ok health_info_ok "
        "tech_help_ok long_business_keigo_ok short_notice_ok dialect_elderly_ok "
        "long_family_warns_ok disaster_support_ok genuine_link_notice_ok"
    ),
)
HUNDRED_EIGHTH_LABELS = labelled(
    suspicious=(
        "smish_ignore_if_not_you_bait fake_bank_fraud_team victims_group_recovery_pitch "
        "chain_warning_spread received_scam_asks_whether_to_pay smish_delivery smish_official_utility "
        "family_new_number investment_romance health_rumour disaster_rumour fake_police_prosecutor "
        "fake_support_popup visit_letter_scam short_scam_snippet senior_asks_helper_sus "
        "long_keigo_scam_mail long_chain_rumour long_asks_whether_to_pay short_scam_snippet_2"
    ),
    ordinary=(
        "retell_scam_did_gen retell_scam_did_long retell_scam_short official_scam_warning "
        "family_warns_relative official_disaster_alert school_community_notice genuine_business_notice "
        "everyday_chat senior_asks_helper_ok long_retell_with_advice short_ok_chat_and_retell "
        "relative_quotes_scam_text_warns"
    ),
)
HUNDRED_NINTH_LABELS = labelled(
    suspicious=(
        "multiline_mail_scam_sus short_rumour_sus long_senior_asks_sus bank_impersonation_sus "
        "gov_tax_pension_sus delivery_smishing_sus family_impersonation_sus "
        "police_official_impersonation_sus investment_romance_sus health_rumour_sus disaster_rumour_sus "
        "chain_outrage_sus senior_asks_helper_sus utility_telecom_visitor_sus account_takeover_prize_sus "
        "keigo_long_scam_sus long_rumour_forward_sus long_scam_chat_sus short_smish_sus"
    ),
    ordinary=(
        "multiline_notice_ok short_notice_ok long_genuine_letter_ok official_disaster_alert_ok "
        "family_relays_alert_ok official_scam_warning_ok family_warns_scam_ok school_community_notice_ok "
        "business_keigo_notice_ok everyday_chat_ok harmless_hearsay_ok senior_asks_helper_ok "
        "long_family_news_ok family_quotes_scam_long_ok community_long_notice_ok short_chat_ok "
        "genuine_service_long_ok official_warning_long_ok"
    ),
)
HUNDRED_TENTH_LABELS = labelled(
    suspicious=(
        "isolation_coaching_scam secrecy_coaching_scam long_relative_voice_scam impersonation_smishing "
        "short_scam_sms chain_rumour relative_voice_scam long_keigo_isolation_scam long_chain_rumour "
        "fake_warning_with_link senior_asks_sus investment_romance"
    ),
    ordinary=(
        "everyday_chat family_quotes_scam long_official_notice community_notice club_neighbour_warns "
        "official_alert_relay senior_asks_ok family_warns_even_if official_scam_warnings "
        "short_rules_reminders long_family_warning hiragana_elderly_warns short_ok_replies "
        "long_club_newsletter dialect_warns"
    ),
)
HUNDRED_ELEVENTH_LABELS = labelled(
    suspicious=(
        "bank_impersonation_sms gov_tax_pension_impersonation police_impersonation "
        "utility_telecom_impersonation delivery_smish family_new_number keigo_business_scam investment_trap "
        "romance_trap health_rumour disaster_rumour chain_message outrage_spread media_hides "
        "senior_asks_helper_sus"
    ),
    ordinary=(
        "official_disaster_alert family_relays_alert official_scam_warning family_warns_scam "
        "school_community_notice keigo_business_ok everyday_chat elderly_and_dialect_chat harmless_hearsay "
        "senior_asks_helper_ok genuine_service_notice"
    ),
)
# The writers of ja_blind_108 and _109 were asked for at least 20 rows per category (20-125 written;
# 910 and 787 rows).
BLIND_108 = EvalSet("ja_blind_108.csv", HUNDRED_EIGHTH_LABELS, dict.fromkeys(HUNDRED_EIGHTH_LABELS, 20), 910)
BLIND_109 = EvalSet("ja_blind_109.csv", HUNDRED_NINTH_LABELS, dict.fromkeys(HUNDRED_NINTH_LABELS, 20), 780)
# The writers of ja_blind_122 and _123 were asked for at least 20 rows per category (604 and 799 rows).
BLIND_122 = EvalSet(
    "ja_blind_122.csv", HUNDRED_TWENTY_SECOND_LABELS, dict.fromkeys(HUNDRED_TWENTY_SECOND_LABELS, 20), 600
)
BLIND_123 = EvalSet(
    "ja_blind_123.csv", HUNDRED_TWENTY_THIRD_LABELS, dict.fromkeys(HUNDRED_TWENTY_THIRD_LABELS, 20), 790
)
# The writers of ja_blind_120 and _121 were asked for at least 20 rows per category (853 and 846 rows).
BLIND_120 = EvalSet(
    "ja_blind_120.csv", HUNDRED_TWENTIETH_LABELS, dict.fromkeys(HUNDRED_TWENTIETH_LABELS, 20), 850
)
BLIND_121 = EvalSet(
    "ja_blind_121.csv", HUNDRED_TWENTY_FIRST_LABELS, dict.fromkeys(HUNDRED_TWENTY_FIRST_LABELS, 20), 840
)
# The writers of ja_blind_118 and _119 were asked for at least 20 rows per category (825 and 875 rows).
BLIND_118 = EvalSet(
    "ja_blind_118.csv", HUNDRED_EIGHTEENTH_LABELS, dict.fromkeys(HUNDRED_EIGHTEENTH_LABELS, 20), 820
)
BLIND_119 = EvalSet(
    "ja_blind_119.csv", HUNDRED_NINETEENTH_LABELS, dict.fromkeys(HUNDRED_NINETEENTH_LABELS, 20), 870
)
# The writers of ja_blind_116 and _117 were asked for at least 20 rows per category (801 and 866 rows).
BLIND_116 = EvalSet(
    "ja_blind_116.csv", HUNDRED_SIXTEENTH_LABELS, dict.fromkeys(HUNDRED_SIXTEENTH_LABELS, 20), 800
)
BLIND_117 = EvalSet(
    "ja_blind_117.csv", HUNDRED_SEVENTEENTH_LABELS, dict.fromkeys(HUNDRED_SEVENTEENTH_LABELS, 20), 860
)
# The writers of ja_blind_114 and _115 were asked for at least 20 rows per category (741 and 771 rows).
BLIND_114 = EvalSet(
    "ja_blind_114.csv", HUNDRED_FOURTEENTH_LABELS, dict.fromkeys(HUNDRED_FOURTEENTH_LABELS, 20), 740
)
BLIND_115 = EvalSet(
    "ja_blind_115.csv", HUNDRED_FIFTEENTH_LABELS, dict.fromkeys(HUNDRED_FIFTEENTH_LABELS, 20), 770
)
# The writers of ja_blind_112 and _113 were asked for at least 20 rows per category (882 and 880 rows).
BLIND_112 = EvalSet(
    "ja_blind_112.csv", HUNDRED_TWELFTH_LABELS, dict.fromkeys(HUNDRED_TWELFTH_LABELS, 20), 880
)
BLIND_113 = EvalSet(
    "ja_blind_113.csv", HUNDRED_THIRTEENTH_LABELS, dict.fromkeys(HUNDRED_THIRTEENTH_LABELS, 20), 880
)
# The writers of ja_blind_110 and _111 were asked for at least 20 rows per category (20-45 written;
# 774 and 894 rows).
BLIND_110 = EvalSet("ja_blind_110.csv", HUNDRED_TENTH_LABELS, dict.fromkeys(HUNDRED_TENTH_LABELS, 20), 770)
BLIND_111 = EvalSet(
    "ja_blind_111.csv", HUNDRED_ELEVENTH_LABELS, dict.fromkeys(HUNDRED_ELEVENTH_LABELS, 20), 890
)
PROBES = [
    probe("ja_plain_probe_149.csv", PROBE_149_CATEGORIES, 40),
    probe("ja_plain_probe_148.csv", PROBE_148_CATEGORIES, 40),
    probe("ja_plain_probe_147.csv", PROBE_147_CATEGORIES, 40),
    probe("ja_plain_probe_146.csv", PROBE_146_CATEGORIES, 40),
    probe("ja_plain_probe_145.csv", PROBE_145_CATEGORIES, 40),
    probe("ja_plain_probe_144.csv", PROBE_144_CATEGORIES, 40),
    probe("ja_plain_probe_143.csv", PROBE_143_CATEGORIES, 40),
    probe("ja_plain_probe_142.csv", PROBE_142_CATEGORIES, 40),
    probe("ja_plain_probe_141.csv", PROBE_141_CATEGORIES, 40),
    probe("ja_plain_probe_140.csv", PROBE_140_CATEGORIES, 40),
    probe("ja_plain_probe_139.csv", PROBE_139_CATEGORIES, 40),
    probe("ja_plain_probe_138.csv", PROBE_138_CATEGORIES, 40),
    probe("ja_plain_probe_137.csv", PROBE_137_CATEGORIES, 40),
    probe("ja_plain_probe_136.csv", PROBE_136_CATEGORIES, 40),
    probe("ja_plain_probe_135.csv", PROBE_135_CATEGORIES, 40),
    probe("ja_plain_probe_134.csv", PROBE_134_CATEGORIES, 40),
    probe("ja_plain_probe_133.csv", PROBE_133_CATEGORIES, 40),
    probe("ja_plain_probe_132.csv", PROBE_132_CATEGORIES, 40),
    probe("ja_plain_probe_131.csv", PROBE_131_CATEGORIES, 40),
    probe("ja_plain_probe_130.csv", PROBE_130_CATEGORIES, 40),
    probe("ja_plain_probe_129.csv", PROBE_129_CATEGORIES, 40),
    probe("ja_plain_probe_128.csv", PROBE_128_CATEGORIES, 40),
    probe("ja_plain_probe_127.csv", PROBE_127_CATEGORIES, 40),
    probe("ja_plain_probe_126.csv", PROBE_126_CATEGORIES, 40),
    probe("ja_plain_probe_125.csv", PROBE_125_CATEGORIES, 40),
    probe("ja_plain_probe_124.csv", PROBE_124_CATEGORIES, 40),
    probe("ja_plain_probe_123.csv", PROBE_123_CATEGORIES, 40),
    probe("ja_plain_probe_122.csv", PROBE_122_CATEGORIES, 40),
    probe("ja_plain_probe_121.csv", PROBE_121_CATEGORIES, 40),
    probe("ja_plain_probe_120.csv", PROBE_120_CATEGORIES, 40),
    probe("ja_plain_probe_119.csv", PROBE_119_CATEGORIES, 40),
    probe("ja_plain_probe_118.csv", PROBE_118_CATEGORIES, 40),
    probe("ja_plain_probe_117.csv", PROBE_117_CATEGORIES, 40),
    probe("ja_plain_probe_116.csv", PROBE_116_CATEGORIES, 40),
    probe("ja_plain_probe_115.csv", PROBE_115_CATEGORIES, 40),
    probe("ja_plain_probe_114.csv", PROBE_114_CATEGORIES, 40),
    probe("ja_plain_probe_113.csv", PROBE_113_CATEGORIES, 40),
    probe("ja_plain_probe_112.csv", PROBE_112_CATEGORIES, 40),
    probe("ja_plain_probe_111.csv", PROBE_111_CATEGORIES, 40),
    probe("ja_plain_probe_110.csv", PROBE_110_CATEGORIES, 40),
    probe("ja_plain_probe_109.csv", PROBE_109_CATEGORIES, 40),
    probe("ja_plain_probe_108.csv", PROBE_108_CATEGORIES, 40),
    probe("ja_plain_probe_107.csv", PROBE_107_CATEGORIES, 40),
    probe("ja_plain_probe_106.csv", PROBE_106_CATEGORIES, 40),
    probe("ja_plain_probe_105.csv", PROBE_105_CATEGORIES, 40),
    probe("ja_plain_probe_104.csv", PROBE_104_CATEGORIES, 40),
    probe("ja_plain_probe_103.csv", PROBE_103_CATEGORIES, 40),
    probe("ja_plain_probe_102.csv", PROBE_102_CATEGORIES, 40),
    probe("ja_plain_probe_101.csv", PROBE_101_CATEGORIES, 40),
    probe("ja_plain_probe_100.csv", PROBE_100_CATEGORIES, 40),
    probe("ja_plain_probe_99.csv", PROBE_99_CATEGORIES, 40),
    probe("ja_plain_probe_98.csv", PROBE_98_CATEGORIES, 40),
    probe("ja_plain_probe_97.csv", PROBE_97_CATEGORIES, 40),
    probe("ja_plain_probe_96.csv", PROBE_96_CATEGORIES, 40),
    probe("ja_plain_probe_95.csv", PROBE_95_CATEGORIES, 40),
    probe("ja_plain_probe_94.csv", PROBE_94_CATEGORIES, 40),
    probe("ja_plain_probe_93.csv", PROBE_93_CATEGORIES, 40),
    probe("ja_plain_probe_92.csv", PROBE_92_CATEGORIES, 40),
]
SETS = [
    *PROBES,
    BLIND_123,
    BLIND_122,
    BLIND_121,
    BLIND_120,
    BLIND_119,
    BLIND_118,
    BLIND_117,
    BLIND_116,
    BLIND_115,
    BLIND_114,
    BLIND_113,
    BLIND_112,
    BLIND_111,
    BLIND_110,
    BLIND_109,
    BLIND_108,
    BLIND_107,
    BLIND_106,
    BLIND_105,
    BLIND_104,
    BLIND_103,
    BLIND_102,
    BLIND_101,
    BLIND_100,
    BLIND_99,
    BLIND_98,
    BLIND_97,
    BLIND_96,
    BLIND_95,
    BLIND_94,
    BLIND_93,
    BLIND_92,
    BLIND_91,
    BLIND_90,
    BLIND_89,
    BLIND_88,
    *map(as_training, WRITER_SETS),
    *retired(
        "ja_probes_retired.csv",
        probe("ja_plain_probe.csv", PROBE_1_CATEGORIES, 45),
        probe("ja_plain_probe_2.csv", PROBE_2_CATEGORIES, 50),
        probe("ja_plain_probe_3.csv", PROBE_3_CATEGORIES, 35),
        probe("ja_plain_probe_4.csv", PROBE_4_CATEGORIES, 35),
        probe("ja_plain_probe_5.csv", PROBE_5_CATEGORIES, 35),
        probe("ja_plain_probe_6.csv", PROBE_6_CATEGORIES, 35),
        probe("ja_plain_probe_7.csv", PROBE_7_CATEGORIES, 35),
        probe("ja_plain_probe_8.csv", PROBE_8_CATEGORIES, 35),
        probe("ja_plain_probe_9.csv", PROBE_9_CATEGORIES, 35),
        probe("ja_plain_probe_10.csv", PROBE_10_CATEGORIES, 35),
        probe("ja_plain_probe_11.csv", PROBE_11_CATEGORIES, 35),
        probe("ja_plain_probe_12.csv", PROBE_12_CATEGORIES, 35),
        probe("ja_plain_probe_13.csv", PROBE_13_CATEGORIES, 35),
        probe("ja_plain_probe_14.csv", PROBE_14_CATEGORIES, 35),
        probe("ja_plain_probe_15.csv", PROBE_15_CATEGORIES, 35),
        probe("ja_plain_probe_16.csv", PROBE_16_CATEGORIES, 35),
        probe("ja_plain_probe_17.csv", PROBE_17_CATEGORIES, 35),
        probe("ja_plain_probe_18.csv", PROBE_18_CATEGORIES, 35),
        probe("ja_plain_probe_19.csv", PROBE_19_CATEGORIES, 35),
        probe("ja_plain_probe_20.csv", PROBE_20_CATEGORIES, 35),
        probe("ja_plain_probe_21.csv", PROBE_21_CATEGORIES, 35),
        probe("ja_plain_probe_22.csv", PROBE_22_CATEGORIES, 40),
        probe("ja_plain_probe_23.csv", PROBE_23_CATEGORIES, 40),
        probe("ja_plain_probe_24.csv", PROBE_24_CATEGORIES, 40),
        probe("ja_plain_probe_25.csv", PROBE_25_CATEGORIES, 40),
        probe("ja_plain_probe_26.csv", PROBE_26_CATEGORIES, 40),
        probe("ja_plain_probe_27.csv", PROBE_27_CATEGORIES, 40),
        probe("ja_plain_probe_28.csv", PROBE_28_CATEGORIES, 40),
        probe("ja_plain_probe_29.csv", PROBE_29_CATEGORIES, 40),
        probe("ja_plain_probe_30.csv", PROBE_30_CATEGORIES, 40),
        probe("ja_plain_probe_31.csv", PROBE_31_CATEGORIES, 40),
        probe("ja_plain_probe_32.csv", PROBE_32_CATEGORIES, 40),
        probe("ja_plain_probe_33.csv", PROBE_33_CATEGORIES, 40),
        probe("ja_plain_probe_34.csv", PROBE_34_CATEGORIES, 40),
        probe("ja_plain_probe_35.csv", PROBE_35_CATEGORIES, 40),
        probe("ja_plain_probe_36.csv", PROBE_36_CATEGORIES, 40),
        probe("ja_plain_probe_37.csv", PROBE_37_CATEGORIES, 40),
        probe("ja_plain_probe_38.csv", PROBE_38_CATEGORIES, 40),
        probe("ja_plain_probe_39.csv", PROBE_39_CATEGORIES, 40),
        probe("ja_plain_probe_40.csv", PROBE_40_CATEGORIES, 40),
        probe("ja_plain_probe_41.csv", PROBE_41_CATEGORIES, 40),
        probe("ja_plain_probe_42.csv", PROBE_42_CATEGORIES, 40),
        probe("ja_plain_probe_43.csv", PROBE_43_CATEGORIES, 40),
        probe("ja_plain_probe_44.csv", PROBE_44_CATEGORIES, 40),
        probe("ja_plain_probe_45.csv", PROBE_45_CATEGORIES, 40),
        probe("ja_plain_probe_46.csv", PROBE_46_CATEGORIES, 40),
        probe("ja_plain_probe_47.csv", PROBE_47_CATEGORIES, 40),
        probe("ja_plain_probe_48.csv", PROBE_48_CATEGORIES, 40),
        probe("ja_plain_probe_49.csv", PROBE_49_CATEGORIES, 40),
        probe("ja_plain_probe_50.csv", PROBE_50_CATEGORIES, 40),
        probe("ja_plain_probe_51.csv", PROBE_51_CATEGORIES, 40),
        probe("ja_plain_probe_52.csv", PROBE_52_CATEGORIES, 40),
        probe("ja_plain_probe_53.csv", PROBE_53_CATEGORIES, 40),
        probe("ja_plain_probe_54.csv", PROBE_54_CATEGORIES, 40),
        probe("ja_plain_probe_55.csv", PROBE_55_CATEGORIES, 40),
        probe("ja_plain_probe_56.csv", PROBE_56_CATEGORIES, 40),
        probe("ja_plain_probe_57.csv", PROBE_57_CATEGORIES, 40),
        probe("ja_plain_probe_58.csv", PROBE_58_CATEGORIES, 40),
        probe("ja_plain_probe_59.csv", PROBE_59_CATEGORIES, 40),
        probe("ja_plain_probe_60.csv", PROBE_60_CATEGORIES, 40),
        probe("ja_plain_probe_61.csv", PROBE_61_CATEGORIES, 40),
        probe("ja_plain_probe_62.csv", PROBE_62_CATEGORIES, 40),
        probe("ja_plain_probe_63.csv", PROBE_63_CATEGORIES, 40),
        probe("ja_plain_probe_64.csv", PROBE_64_CATEGORIES, 40),
        probe("ja_plain_probe_65.csv", PROBE_65_CATEGORIES, 40),
        probe("ja_plain_probe_66.csv", PROBE_66_CATEGORIES, 40),
        probe("ja_plain_probe_67.csv", PROBE_67_CATEGORIES, 40),
        probe("ja_plain_probe_68.csv", PROBE_68_CATEGORIES, 40),
        probe("ja_plain_probe_69.csv", PROBE_69_CATEGORIES, 40),
        probe("ja_plain_probe_70.csv", PROBE_70_CATEGORIES, 40),
        probe("ja_plain_probe_71.csv", PROBE_71_CATEGORIES, 40),
        probe("ja_plain_probe_72.csv", PROBE_72_CATEGORIES, 40),
        probe("ja_plain_probe_73.csv", PROBE_73_CATEGORIES, 40),
        probe("ja_plain_probe_74.csv", PROBE_74_CATEGORIES, 40),
        probe("ja_plain_probe_75.csv", PROBE_75_CATEGORIES, 40),
        probe("ja_plain_probe_76.csv", PROBE_76_CATEGORIES, 40),
        probe("ja_plain_probe_77.csv", PROBE_77_CATEGORIES, 40),
        probe("ja_plain_probe_78.csv", PROBE_78_CATEGORIES, 40),
        probe("ja_plain_probe_79.csv", PROBE_79_CATEGORIES, 40),
        probe("ja_plain_probe_80.csv", PROBE_80_CATEGORIES, 40),
        probe("ja_plain_probe_81.csv", PROBE_81_CATEGORIES, 40),
        probe("ja_plain_probe_82.csv", PROBE_82_CATEGORIES, 40),
        probe("ja_plain_probe_83.csv", PROBE_83_CATEGORIES, 40),
        probe("ja_plain_probe_84.csv", PROBE_84_CATEGORIES, 40),
        probe("ja_plain_probe_85.csv", PROBE_85_CATEGORIES, 40),
        probe("ja_plain_probe_86.csv", PROBE_86_CATEGORIES, 40),
        probe("ja_plain_probe_87.csv", PROBE_87_CATEGORIES, 40),
        probe("ja_plain_probe_88.csv", PROBE_88_CATEGORIES, 40),
        probe("ja_plain_probe_89.csv", PROBE_89_CATEGORIES, 40),
        probe("ja_plain_probe_90.csv", PROBE_90_CATEGORIES, 40),
        probe("ja_plain_probe_91.csv", PROBE_91_CATEGORIES, 40),
    ),
    *retired(
        "ja_blind_retired.csv",
        BLIND_87,
        BLIND_86,
        BLIND_85,
        BLIND_84,
        BLIND_83,
        BLIND_82,
        BLIND_81,
        BLIND_80,
        BLIND_79,
        BLIND_78,
        BLIND_77,
        BLIND_76,
        BLIND_75,
        BLIND_74,
        BLIND_73,
        BLIND_72,
        BLIND_71,
        BLIND_70,
        BLIND_69,
        BLIND_68,
        BLIND_67,
        BLIND_66,
        BLIND_65,
        BLIND_64,
        BLIND_63,
        BLIND_62,
        BLIND_61,
        BLIND_60,
        BLIND_59,
        BLIND_58,
        BLIND_57,
        BLIND_56,
        BLIND_55,
        BLIND_54,
        BLIND_53,
        BLIND_52,
        BLIND_51,
        BLIND_50,
        BLIND_49,
        BLIND_48,
        BLIND_47,
        BLIND_46,
        BLIND_45,
        BLIND_44,
        BLIND_43,
        BLIND_42,
        BLIND_41,
        BLIND_40,
        BLIND_39,
        BLIND_38,
        BLIND_37,
        BLIND_36,
        BLIND_35,
        BLIND_34,
        BLIND_33,
        BLIND_32,
        BLIND_31,
        BLIND_30,
        BLIND_29,
        BLIND_28,
        BLIND_27,
        BLIND_26,
        BLIND_25,
        blind_set("ja_blind_24.csv", TWENTY_FOURTH_LABELS, "family_scam_warning"),
        blind_set("ja_blind_23.csv", TWENTY_THIRD_LABELS),
        blind_set("ja_blind_22.csv", TWENTY_SECOND_LABELS, "family_friend_warning"),
        blind_set("ja_blind_21.csv", TWENTY_FIRST_LABELS, "family_friend_scam_warning"),
        blind_set("ja_blind_20.csv", TWENTIETH_LABELS, "family_scam_warning"),
        blind_set("ja_blind_19.csv", NINETEENTH_LABELS, "family_scam_warning"),
        blind_set("ja_blind_18.csv", EIGHTEENTH_LABELS, "family_friend_warning"),
        blind_set("ja_blind_17.csv", SEVENTEENTH_LABELS),
        blind_set("ja_blind_16.csv", SIXTEENTH_LABELS),
        blind_set("ja_blind_15.csv", FIFTEENTH_LABELS, "family_friend_warning"),
        blind_set("ja_blind_13.csv", THIRTEENTH_LABELS),
        blind_set("ja_blind_14.csv", FOURTEENTH_LABELS),
        blind_set("ja_blind_11.csv", ELEVENTH_LABELS, "family_scam_warning"),
        blind_set("ja_blind_12.csv", TWELFTH_LABELS),
        EvalSet(
            "ja_blind_10.csv",
            TENTH_LABELS,
            {**dict.fromkeys(TENTH_LABELS, 35), "family_scam_warning": 70, "plain": 50, "everyday_chat": 50},
            600,
        ),
        blind_set("ja_blind_9.csv", NINTH_LABELS),
        blind_set("ja_blind_7.csv", SEVENTH_LABELS),
        blind_set("ja_blind_8.csv", EIGHTH_LABELS),
        later_set("ja_blind_6.csv"),
    ),
]


def load(spec: EvalSet) -> tuple[list[str], list[dict[str, str]]]:
    """The set's columns (without `writer`) and rows."""
    if not spec.source:
        with (EVAL_DIR / spec.file).open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            return list(reader.fieldnames or []), list(reader)
    with (DATA_DIR / spec.source).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [row for row in reader if row.pop("writer") == spec.file]
        return [name for name in reader.fieldnames or [] if name != "writer"], rows


@pytest.fixture(params=SETS, ids=lambda spec: spec.file)
def spec(request: pytest.FixtureRequest) -> EvalSet:
    return request.param


def test_columns_are_text_label_category(spec: EvalSet) -> None:
    columns, _rows = load(spec)
    assert columns == ["text", "label", "category"]


def test_labels_are_zero_or_one(spec: EvalSet) -> None:
    _columns, rows = load(spec)
    assert {row["label"] for row in rows} <= {"0", "1"}


def test_every_category_is_known_and_has_its_minimum(spec: EvalSet) -> None:
    _columns, rows = load(spec)
    counts = Counter(row["category"] for row in rows)
    assert set(counts) == set(spec.label_of)
    short = {cat: counts[cat] for cat, least in spec.minimum.items() if counts[cat] < least}
    assert short == {}
    assert len(rows) >= spec.least_rows


def test_each_category_has_its_label(spec: EvalSet) -> None:
    _columns, rows = load(spec)
    wrong = [row["text"][:30] for row in rows if spec.label_of.get(row["category"]) != row["label"]]
    assert wrong == []


def test_no_text_appears_twice(spec: EvalSet) -> None:
    _columns, rows = load(spec)
    repeated = [text for text, n in Counter(row["text"] for row in rows).items() if n > 1]
    assert repeated == []


def test_texts_are_short_enough_and_not_empty(spec: EvalSet) -> None:
    _columns, rows = load(spec)
    assert [row["text"][:30] for row in rows if not spec.shortest <= len(row["text"]) <= 400] == []
