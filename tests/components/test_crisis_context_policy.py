"""CrisisContextPolicy: within a situation, an unsure crisis is asked about in context, and a crisis
answer is followed by the situation's help.

Runs in the Rasa environment (.venv-rasa) as a script: the policy is asked about trackers built
from Rasa's own events and the project's domain.
"""

from __future__ import annotations

import json

from tests.helpers import run_in_rasa

SCRIPT = """
import json
from pathlib import Path
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from components.crisis_context_policy import CrisisContextPolicy

domain = Domain.load("domain")
config = CrisisContextPolicy.get_default_config()
policy = CrisisContextPolicy(config, LocalModelStorage(Path("/nonexistent")), Resource("p"),
                             ExecutionContext(GraphSchema({}), "test"))

def best(situation, reason, after=None, intent="suicidal_thoughts", text="...", spoke=True,
         guess=None, total=0.3, before=None):
    events = [ActionExecuted("action_listen")]
    if before:
        events += [ActionExecuted(before), BotUttered("..."), ActionExecuted("action_listen")]
    if situation:
        events.append(SlotSet("situation", situation))
    safety = {"reason": reason, "classifier": {"name": guess or "feel_ashamed", "confidence": 0.5}}
    scores = {"suicidal_thoughts": total, "danger_now": 0.0, "sexual_violence": 0.0}
    parse = {"intent": {"name": intent, "confidence": 1.0}, "safety": safety, "text": text,
             "crisis_scores": scores}
    events.append(UserUttered(text, parse["intent"], [], parse, input_channel="widget"))
    if after:
        events.append(ActionExecuted(after))
        if spoke:
            events.append(BotUttered("..."))
    tracker = DialogueStateTracker.from_events("t", events, domain.slots)
    probs = policy.predict_action_probabilities(tracker, domain).probabilities
    top = max(range(len(probs)), key=probs.__getitem__)
    return domain.action_names_or_texts[top] if probs[top] > 0 else None

print(json.dumps({
    "detector_in_situation": best("own_images_shared", "detector"),
    "then": best("own_images_shared", "detector", after="action_check_in_context"),
    "check_silent": best("own_images_shared", "detector", after="action_check_in_context", spoke=False),
    "concept_in_situation": best("own_images_shared", "concept"),
    "classifier_in_situation": best("own_images_shared", "classifier"),
    "both_agree_in_situation": best("own_images_shared", "detector", guess="suicidal_thoughts", total=0.7,
        text="ik zie het echt niet meer zitten, ik wil er niet meer zijn"),
    "both_agree_no_word_of_it": best("own_images_shared", "detector", guess="suicidal_thoughts", total=0.7,
        text="im 16. he gave me till tonight"),
    "both_agree_bruise_at_home": best("violence_at_home", "detector", guess="suicidal_thoughts", total=0.9,
        text="gisteren weer. heb een blauwe plek op mn arm"),
    "agree_but_detector_weak": best("own_images_shared", "classifier", guess="suicidal_thoughts", total=0.2),
    "unclear_in_situation": best("own_images_shared", "unsure with distress", intent="distress_unclear"),
    "unclear_first_message": best(None, "unsure with distress", intent="distress_unclear"),
    "detector_first_message": best(None, "detector"),
    "no_crisis": best("own_images_shared", "detector", intent="ask_removal"),
    "after_crisis_answer": best("own_images_shared", "concept", after="utter_crisis_suicide"),
    "after_crisis_answer_no_situation": best(None, "concept", after="utter_crisis_suicide"),
    "url_written_down_in_a_seen_talk": best("saw_illegal_images", "detector", guess="suicidal_thoughts",
        total=0.7, text="ik heb alleen de url opgeschreven, niet de fotos"),
    "wish_to_die_in_a_seen_talk": best("saw_illegal_images", "detector", guess="suicidal_thoughts", total=0.7,
        text="sinds ik dat zag wil ik niet meer leven"),
    "after_filmed_sexual_violence": best(None, "concept", intent="sexual_violence",
        after="utter_crisis_sexual_violence", text="they did stuff to me i didnt want and they filmed it"),
    "after_filmed_sexual_violence_dutch": best(None, "concept", intent="sexual_violence",
        after="utter_crisis_sexual_violence", text="hij heeft me verkracht en nam het op"),
    "after_sexual_violence_not_filmed": best(None, "concept", intent="sexual_violence",
        after="utter_crisis_sexual_violence", text="hij heeft me verkracht"),
    "after_crisis_button": best(
        "own_images_shared", None, after="utter_crisis_suicide", text="/suicidal_thoughts"
    ),
    "after_reminder": best("own_images_shared", "concept", after="action_remind_situation"),
    "images_panic_both_agree": best("own_images_shared", "detector", intent="danger_now",
        guess="danger_now", total=0.9, text="HELP he sends them to more people every hour!!"),
    "friend_images_urgency_word": best("helping_friend", "a word of urgency", intent="danger_now",
        guess="danger_now", total=0.9, text="dit is echt een noodgeval"),
    "images_body_danger_both_agree": best("own_images_shared", "detector", intent="danger_now",
        guess="danger_now", total=0.9, text="hij staat nu voor de deur"),
    "grooming_both_agree": best("grooming", "detector", intent="danger_now", guess="danger_now",
        total=0.9, text="HELP he sends them to more people every hour!!"),
    "urgency_word_other_situation": best("report_to_police", "a word of urgency", intent="danger_now"),
    "images_deadline_both_agree": best("own_images_shared", "detector", intent="danger_now",
        guess="danger_now", total=0.9, text="hij zegt dat hij het NU doet, binnen 10 min!!!"),
    "body_and_now_models_disagree": best("grooming", "detector", intent="danger_now", guess="grooming",
        total=0.6, text="hes outside the gate rn and says get in the car"),
    "body_without_now_models_disagree": best("grooming", "detector", intent="danger_now", guess="grooming",
        total=0.6, text="he knows which car i take to school"),
    "urgency_word_first_message": best(None, "a word of urgency", intent="danger_now"),
    "second_crisis_of_another_kind": best(None, "concept", after="utter_crisis_suicide",
        before="utter_crisis_sexual_violence"),
    "same_crisis_again": best(None, "concept", after="utter_crisis_suicide", before="utter_crisis_suicide"),
    "after_second_crisis_reminder": best(None, "concept", after="action_remind_situation",
        before="utter_crisis_sexual_violence"),
    "figurative_in_situation": best("own_images_shared", "concept that is often a figure of speech",
        guess="suicidal_thoughts", total=0.9, text="mn leven is voorbij"),
    "figurative_first_message": best(None, "concept that is often a figure of speech",
        guess="suicidal_thoughts", total=0.9, text="mn leven is voorbij"),
    "friend_held_now_both_agree": best("helping_friend", "detector", intent="danger_now", guess="danger_now",
        total=0.9, text="ze is nu bij hem en hij laat haar niet gaan, ze is bang"),
    "friend_held_now_english": best("helping_friend", "detector", intent="danger_now", guess="danger_now",
        total=0.9, text="she's at his place right now and he won't let her leave"),
    "friend_with_him_now_models_disagree": best("helping_friend", "detector", intent="danger_now",
        guess="helping_friend", total=0.6, text="she just texted me help and shes at his place now"),
    "friend_bij_hem_now_models_disagree": best("helping_friend", "detector", intent="danger_now",
        guess="helping_friend", total=0.6, text="ze appt me net help en ze is nu bij hem"),
    "abuse_by_stepfather": best(None, "concept", intent="sexual_violence",
        text="mn stiefvader komt snachts op mn kamer en raakt me aan"),
    "abuse_uncle_lives_with_us_english": best(None, "classifier", intent="sexual_violence",
        text="my uncle lives with us and last night he raped me"),
    "abuse_in_a_talk_about_images": best("own_images_shared", "concept", intent="sexual_violence",
        text="mijn broer heeft me misbruikt en gefilmd"),
    "rape_father_only_told": best(None, "concept", intent="sexual_violence",
        text="ik ben verkracht op een feest en ik durf het niet aan mn vader te vertellen"),
    "rape_dad_doesnt_know": best(None, "concept", intent="sexual_violence",
        text="my dad doesnt know i was raped"),
    "after_the_answer_at_home": best(None, "concept", intent="sexual_violence",
        text="mn stiefvader komt snachts op mn kamer", after="utter_crisis_sexual_violence_home"),
    "danger_home_stepfather_drunk": best(None, "concept", intent="danger_now",
        text="mn stiefvader is dronken en bonkt nu op mn deur"),
    "danger_home_dad_hitting_mom_english": best(None, "classifier", intent="danger_now",
        text="my dad is hitting my mom right now"),
    "danger_home_then_listen": best(None, "concept", intent="danger_now",
        text="mn vader slaat me", after="utter_crisis_danger_home"),
    "danger_not_home_stranger_outside": best(None, "concept", intent="danger_now",
        text="er staat een gast buiten op me te wachten"),
    "danger_not_home_father_told": best(None, "concept", intent="danger_now",
        text="ik sta op het dak, zeg tegen mn vader dat het me spijt"),
    "urges_want_to_stop": best("worried_own_urges", "detector", guess="suicidal_thoughts", total=0.8,
        text="i want to stop. is there anyone who wont tell anyone"),
    "urges_ermee_stoppen": best("worried_own_urges", "classifier", guess="suicidal_thoughts", total=0.8,
        text="ik wil er echt mee stoppen maar het lukt niet, ik haat mezelf erom"),
    "urges_cant_quit_typo": best("worried_own_urges", "detector", guess="suicidal_thoughts", total=0.8,
        text="hoe kom ik hier vanaf ik kan niet ophouden"),
    "urges_stop_living": best("worried_own_urges", "detector", guess="suicidal_thoughts", total=0.8,
        text="i want to stop living"),
    "urges_stoppen_met_alles": best("worried_own_urges", "detector", guess="suicidal_thoughts", total=0.8,
        text="ik wil gewoon stoppen met alles"),
    "urges_wish_to_die": best("worried_own_urges", "detector", guess="suicidal_thoughts", total=0.8,
        text="ik wil stoppen, ik wil dood"),
    "stop_in_own_images_talk": best("report_to_police", "detector", guess="suicidal_thoughts", total=0.8,
        text="i want to stop. is there anyone who wont tell anyone"),
    "unclear_after_sexual_violence_answer": best(None, "unsure with distress", intent="distress_unclear",
        before="utter_crisis_sexual_violence", text="im 16. i havent showered or anything idk what to do"),
    "learned_after_suicide_answer": best(None, "detector", before="utter_crisis_suicide",
        text="idk"),
    "check_after_crisis_then_listen": best(None, "unsure with distress", intent="distress_unclear",
        before="utter_crisis_sexual_violence", after="action_check_in_context"),
    "acting_after_sexual_violence": best(None, "detector", guess="suicidal_thoughts", total=0.9,
        text="ik wil er nu eindelijk wat mee doen", before="utter_crisis_sexual_violence"),
    "acting_after_sexual_violence_english": best(None, "detector", guess="suicidal_thoughts", total=0.9,
        text="i finally want to do something about it", before="utter_crisis_sexual_violence"),
    "acting_in_own_images": best("own_images_shared", "detector", guess="suicidal_thoughts", total=0.9,
        text="ik wil er echt iets aan doen"),
    "acting_wish_after_sexual_violence": best(None, "detector", guess="suicidal_thoughts", total=0.9,
        text="ik wil er niet meer zijn", before="utter_crisis_sexual_violence"),
    "acting_after_suicide_answer": best(None, "detector", guess="suicidal_thoughts", total=0.9,
        text="ik wil er nu eindelijk wat mee doen", before="utter_crisis_suicide"),
    "ping_in_situation": best("own_images_shared", None, intent="greet", text="hallo??"),
    "ping_in_situation_english": best("grooming", None, intent="greet", text="hello? are you there"),
    "ping_words_not_understood": best("grooming", None, intent="nlu_fallback", text="ben je er nog"),
    "ping_called_out_not_understood": best("grooming", None, intent="nlu_fallback", text="helloooo??"),
    "ping_after_crisis": best(None, None, intent="greet", text="hoi?", before="utter_crisis_suicide"),
    "ping_then_listen": best("own_images_shared", None, intent="greet", text="hallo??",
        after="action_still_here"),
    "ping_first_message": best(None, None, intent="greet", text="hallo??"),
    "plain_greeting_in_situation": best("own_images_shared", None, intent="greet", text="hoi"),
    "question_not_understood_in_situation": best("grooming", None, intent="nlu_fallback",
        text="wat bedoel je daarmee?"),
}))
"""


def test_within_a_situation_unsure_crisis_is_asked_in_context_and_a_crisis_answer_keeps_the_thread() -> None:
    """Within a talk about images: a crisis only the learned models see, or unclear distress, gets
    the check in context, then the bot listens (unless the action server stayed silent: the
    fallback answers then). A concept, both models agreeing, or a first message: no vote, the
    crisis rule answers; but thoughts of suicide with no word of dying, ending, hurting oneself or
    giving up ("im 16. he gave me till tonight") are asked about even when both models agree.
    After a crisis answer the situation's help is named, then the bot listens; not after a button
    of the check (its help is on screen) and not without a situation, unless a crisis answer of
    another kind came before ("ik ben verkracht", then "ik wil dood": CSG stays in view).
    Within a talk about one's own (or a friend's) images, danger now with no word of danger to the
    body is asked about even when both models agree (a friend held now, "hij laat haar niet gaan",
    is danger to the body: answered at once); a bare word of urgency is unsure anywhere within a
    situation, and answered at once in a first message."""
    out = json.loads(run_in_rasa(SCRIPT).strip().splitlines()[-1])
    # A friend who asks for help while with the man now: danger to the body, 112 at once. Sexual
    # violence by a man of the family or the household: the answer with Veilig Thuis beside CSG
    # (not for a father one does not dare to tell), then the bot listens.
    assert {
        k: out.pop(k)
        for k in list(out)
        if k.startswith(("friend_with", "friend_bij", "abuse", "rape", "after_the"))
    } == {
        "friend_with_him_now_models_disagree": None,
        "friend_bij_hem_now_models_disagree": None,
        "abuse_by_stepfather": "utter_crisis_sexual_violence_home",
        "abuse_uncle_lives_with_us_english": "utter_crisis_sexual_violence_home",
        "abuse_in_a_talk_about_images": "utter_crisis_sexual_violence_home",
        "rape_father_only_told": None,
        "rape_dad_doesnt_know": None,
        "after_the_answer_at_home": "action_listen",
    }
    # Thirteenth session: danger now from someone in the family or at home gets the answer with Veilig
    # Thuis beside 112; a father only named (a goodbye on a roof) or a stranger outside does not.
    assert {k: out.pop(k) for k in list(out) if k.startswith("danger_")} == {
        "danger_home_stepfather_drunk": "utter_crisis_danger_home",
        "danger_home_dad_hitting_mom_english": "utter_crisis_danger_home",
        "danger_home_then_listen": "action_listen",
        "danger_not_home_stranger_outside": None,
        "danger_not_home_father_told": None,
    }
    # In a talk about one's own urges, stopping is about the looking: asked, the urges' help first
    # (tests/actions); stopping with living or with everything, or a wish to die, is answered.
    # Outside that talk, "i want to stop" keeps its crisis reading when both models agree.
    assert {k: out.pop(k) for k in list(out) if k.startswith(("urges_", "stop_in"))} == {
        "urges_want_to_stop": "action_check_in_context",
        "urges_ermee_stoppen": "action_check_in_context",
        "urges_cant_quit_typo": "action_check_in_context",
        "urges_stop_living": None,
        "urges_stoppen_met_alles": None,
        "urges_wish_to_die": None,
        "stop_in_own_images_talk": None,
    }
    # After a crisis answer in this session (no situation slot: the fixed answer sets none), an
    # unsure message is asked about in context, with that crisis's help first; then the bot listens.
    assert {
        k: out.pop(k)
        for k in list(out)
        if k.startswith(("unclear_after_sexual", "learned_after_suicide", "check_after_crisis"))
    } == {
        "unclear_after_sexual_violence_answer": "action_check_in_context",
        "learned_after_suicide_answer": "action_check_in_context",
        "check_after_crisis_then_listen": "action_listen",
    }
    # Fourteenth session (a read miss of the fifteenth conversations, as a family): "hallo??" or "ben je
    # er nog?" in a talk or after a crisis answer: still here, with the help for what was told; a plain
    # greeting, a first message or a question not understood are left to the rules.
    assert {
        k: out.pop(k) for k in list(out) if k.startswith(("ping_", "plain_greeting", "question_not"))
    } == {
        "ping_in_situation": "action_still_here",
        "ping_in_situation_english": "action_still_here",
        "ping_words_not_understood": "action_still_here",
        "ping_called_out_not_understood": "action_still_here",
        "ping_after_crisis": "action_still_here",
        "ping_then_listen": "action_listen",
        "ping_first_message": None,
        "plain_greeting_in_situation": None,
        "question_not_understood_in_situation": None,
    }
    # "Ik wil er nu eindelijk wat mee doen" (acting on what happened) after CSG's answer or in a talk
    # about one's images: asked about, not 113 at once; a wish to be gone still gets the rule's answer,
    # and after 113's own answer nothing changes.
    assert {k: out.pop(k) for k in list(out) if k.startswith("acting_")} == {
        "acting_after_sexual_violence": "action_check_in_context",
        "acting_after_sexual_violence_english": "action_check_in_context",
        "acting_in_own_images": "action_check_in_context",
        "acting_wish_after_sexual_violence": None,
        "acting_after_suicide_answer": None,
    }
    assert out == {
        "detector_in_situation": "action_check_in_context",
        "then": "action_listen",
        "check_silent": None,
        "concept_in_situation": None,
        "classifier_in_situation": "action_check_in_context",
        "both_agree_in_situation": None,
        "both_agree_no_word_of_it": "action_check_in_context",
        "both_agree_bruise_at_home": "action_check_in_context",
        "agree_but_detector_weak": "action_check_in_context",
        "unclear_in_situation": "action_check_in_context",
        "unclear_first_message": None,
        "detector_first_message": None,
        "no_crisis": None,
        "after_crisis_answer": "action_remind_situation",
        "after_filmed_sexual_violence": "action_remind_situation",
        "url_written_down_in_a_seen_talk": "action_check_in_context",
        "wish_to_die_in_a_seen_talk": None,
        "after_filmed_sexual_violence_dutch": "action_remind_situation",
        "after_sexual_violence_not_filmed": None,
        "after_crisis_answer_no_situation": None,
        "after_crisis_button": None,
        "after_reminder": "action_listen",
        "images_panic_both_agree": "action_check_in_context",
        "friend_images_urgency_word": "action_check_in_context",
        "images_body_danger_both_agree": None,
        "grooming_both_agree": None,
        "urgency_word_other_situation": "action_check_in_context",
        "images_deadline_both_agree": "action_check_in_context",
        "body_and_now_models_disagree": None,
        "body_without_now_models_disagree": "action_check_in_context",
        "urgency_word_first_message": None,
        "second_crisis_of_another_kind": "action_remind_situation",
        "same_crisis_again": None,
        "after_second_crisis_reminder": "action_listen",
        "figurative_in_situation": "action_check_in_context",
        "figurative_first_message": None,
        "friend_held_now_both_agree": None,
        "friend_held_now_english": None,
    }


ALSO_SCRIPT = """
import json
from pathlib import Path
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from components.crisis_context_policy import CrisisContextPolicy
domain = Domain.load("domain")
policy = CrisisContextPolicy(CrisisContextPolicy.get_default_config(),
                             LocalModelStorage(Path("/nonexistent")),
                             Resource("p"), ExecutionContext(GraphSchema({}), "test"))
def best(before, text, intent="distress_unclear"):
    events = [ActionExecuted("action_listen")]
    for said in before:
        events += [UserUttered(said, {"name": "saw_illegal_images", "confidence": 0.9}, [], {}),
                   ActionExecuted("action_send_channels"), BotUttered("..."), ActionExecuted("action_listen")]
    events.append(SlotSet("situation", "saw_illegal_images"))
    parse = {"intent": {"name": intent, "confidence": 1.0}, "text": text}
    events.append(UserUttered(text, parse["intent"], [], parse))
    tracker = DialogueStateTracker.from_events("t", events, domain.slots)
    probs = policy.predict_action_probabilities(tracker, domain).probabilities
    top = max(range(len(probs)), key=probs.__getitem__)
    return domain.action_names_or_texts[top] if probs[top] > 0 else None
video = ["ik zag een filmpje van een verkrachting"]
print(json.dumps({
    "rape_video_then_me_too": best(video, "bij mij is dat ook gebeurd. vorige week"),
    "friend_then_happened_to_me": best(
        ["my friend got raped at a party"], "that happened to me too", intent="helping_friend"
    ),
    "own_images_then_me_too": best(["mn naaktfoto gaat rond"], "bij mij is dat ook gebeurd"),
    "rape_video_then_help_me_too": best(video, "kun je mij ook helpen?", intent="ask_help_overview"),
    "rape_video_then_suicidal": best(video, "ik wil ook dood", intent="suicidal_thoughts"),
}))
"""


def test_it_happened_to_me_too_after_sexual_violence_told_is_answered_as_a_disclosure() -> None:
    """ "Bij mij is dat ook gebeurd" after a rape seen in a video or told of a friend: the fixed
    sexual-violence answer (CSG first). After one's own images, a request for help, or a crisis of
    another kind in the message itself: not."""
    result = json.loads(run_in_rasa(ALSO_SCRIPT))
    assert result["rape_video_then_me_too"] == "utter_crisis_sexual_violence"
    assert result["friend_then_happened_to_me"] == "utter_crisis_sexual_violence"
    assert result["own_images_then_me_too"] != "utter_crisis_sexual_violence"
    assert result["rape_video_then_help_me_too"] != "utter_crisis_sexual_violence"
    assert result["rape_video_then_suicidal"] != "utter_crisis_sexual_violence"
