"""A crisis in the middle of a conversation about something else: ask first, and keep the thread.

The safety layer decides per message (components/safety_decision.py). A crisis found by a concept
(an act under way, a disclosure in plain words) is answered at once, from any point in a
conversation, and so is a crisis in a first message or outside a remembered situation. Within a
situation (`situation` slot) this policy adds two things:

- **Ask first when unsure.** Short follow-ups in the middle of a talk about images ("ik heb de
  link nog", "dat was op zaterdag") are unlike the learned models' training data: they
  can push the detector over its threshold on their own, or make the classifier guess a crisis
  the detector only weakly confirms. When both agree (the classifier's own first guess is that
  crisis and the detector is over its threshold), the crisis answer comes at once, as for a
  concept. A crisis answer there would also put its channel first for
  the rest of the conversation (actions/cards.py). So a crisis only the learned models see, and an
  unclear message with a sign of distress (`distress_unclear`), get the safety check in context
  (`action_check_in_context`): the question with buttons that lead to the crisis answers, 112 and
  113 in its text, and the situation's help with 113 on screen. When unsure, ask, never goodbye.
- **Keep the thread after a crisis answer.** After the fixed crisis answer (which needs no action
  server), `action_remind_situation` names the help for the situation told before.

After either action the bot listens. When the action server is down, those actions send nothing
and `ActionServerFallbackPolicy` answers with the essential numbers instead (this policy does not
vote then).
"""

from __future__ import annotations

import re
from typing import Any

from rasa.core.policies.policy import PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from components.crisis_concepts import CRISIS_INTENTS, DANGER_NOW, SUICIDAL_THOUGHTS
from components.crisis_detector import CRISIS_SCORES
from components.safety_decision import (
    DANGER_NOW_WORDS,
    FIGURATIVE_REASON,
    SAFETY,
    URGENCY_WORD_REASON,
    SafetyRules,
    physical_danger,
)
from components.safety_text import any_word, normalize
from components.untrained_policy import UntrainedPolicy, action_stayed_silent

# "Ben je er nog?", "is er iemand?", "are you there?", "hello?? answer": whether the bot is still there.
STILL_THERE = re.compile(
    r"\b(?:ben\s+(?:je|jij)\s+(?:er\s+)?(?:nog|daar)|(?:is\s+)?(?:er\s+)?iemand\s+(?:daar|hier|thuis)|"
    r"(?:are|r)\s+(?:you|u)\s+(?:still\s+)?there|(?:any|some)(?:one|body)\s+(?:there|here)|still\s+there|"
    r"nog\s+daar|reageer|respond|antwoord|answer\s+me)\b"
)
# "Hallo??", "hellooo?", "yo?": a greeting word with a question mark and nothing else.
CALLED_OUT = re.compile(r"^\W*(?:hallo+|hello+|helo+|hoi+|hey+|hee+|hi+|yo+|ey+)\W*\?[\s?!.]*$")
GREET = "greet"
NLU_FALLBACK_INTENT = "nlu_fallback"
# Words of dying, ending, hurting oneself or giving up: without any of them, a learned reading of
# thoughts of suicide in the middle of a talk about something else is asked about, not answered.
WORDS_OF_SUICIDE_OR_HARM = re.compile(
    r"\b(?:dood\w*|die|died|dying|dead|death|leven|life|live|living|alive|zelfmoord\w*|suicid\w*|zelfdoding|einde|eind|"
    r"end|ending|verdwijn\w*|disappear\w*|snij\w*|sneed|gesneden|cut\w*|kras\w*|"
    r"scratch\w*|brand\w*|burn\w*|pijn|hurt\w*|harm\w*|bloed\w*|blood|bleed\w*|mes\w*|knife|blade\w*|pil\w*|"
    r"slik\w*|ophang\w*|hang\w*|spring\w*|jump\w*|brug|bridge|dak|roof|spoor|trein|train|afscheid|goodbye|"
    r"bye|doei|vaarwel|laatste|last|nooit\s+meer|never\s+again|niet\s+meer|anymore|no\s+more|uitweg|way\s+out|"
    r"hopeless|hopeloos|zinloos|pointless|geen\s+zin|no\s+point|nut|klaar\s+mee|done\s+with|opgeven|give\s+up|"
    r"beter\s+af|better\s+off|niemand|nobody|no\s+one|last\s+voor|burden|mezelf|myself|stop\w*|wakker|wake|"
    r"slapen\s+en|forever|altijd|kms|unalive\w*|sewerslide|leef|leeft|exist\w*|bestaan|toekomst|"
    r"future|plan|plannen|relaps\w*|terugval|clean|wond\w*|wound\w*|litteken\w*|scars?|verband|bandage\w*|"
    r"pleister\w*|puntenslijper|sharpener|razor|begrafenis|funeral|rust|rest|brief|briefje|letters?|note|"
    r"accounts?|verwijderd|deleted|weggegeven|gave\s+away|doen|do\s+it|zm|zs|sh|gekrast|gecut|zin|"
    r"door\s+(?:te\s+)?gaan|pijnloos|painless|datum|afscheids\w*|gone|geboren|born|flat|overleven|survive|ongeluk|"
    r"accident|klaargelegd|problem|happier|gelukkiger|opgelucht|schuld|fault|stom|stupid|sla|slaan|bonk\w*|bijt|"
    r"bite|stomp\w*|knokkels|nagels|haren|scheermes\w*|zelfbeschadig\w*|streak|stap|eruit|deserve|verdien\w*|"
    r"hoe\s+lang|how\s+long|waarom|why|reden|reason|vergeet|forget|rustig|lines|zwemmen|gedaan|geschreven|"
    r"wrote|written|weg)\b"
)
# Talks where a learned reading of thoughts of suicide without such words is mostly a misread: one's
# own images and blackmail (a deadline, an age), an adult online, violence at home (a bruise), and
# images seen or reported ("ik heb alleen de url opgeschreven, niet de fotos": twenty-first session, a
# read miss of the fourth conversations, q052, as a family).
ASK_WITHOUT_WORDS = frozenset(
    {
        "own_images_shared",
        "helping_friend",
        "platform_not_removing",
        "ask_if_not_pay",
        "grooming",
        "violence_at_home",
        "saw_illegal_images",
        "report_illegal_content",
        "porn_industry_exploitation",
        "shared_others_images",
    }
)
# A talk about one's own urges (looking at images of children): "i want to stop", "ik wil ermee
# stoppen", "hoe kom ik hiervan af", "ik kan niet ophouden" is about the looking, not about living.
# Left out before looking for words of suicide there, unless it is stopping with everything or with
# living ("ik wil stoppen met alles", "i want to stop living"): twenty-second session, a read miss of the
# twenty-fourth conversations (za007), as a family.
URGES_SITUATION = "worried_own_urges"
STOPPING_THE_URGES = re.compile(
    r"\b(?:stop\w*|quit\w*|ophouden|ophoud\w*|afkomen|af\s+(?:te\s+)?komen|kappen|kap|mee\s+ophouden|"
    r"get\s+rid\s+of|break\s+(?:the\s+)?habit|afleren|verslaaf\w*|addict\w*|mezelf|myself|haat|hate)\b"
    r"(?!\s+(?:met\s+)?(?:alles|leven|everything|living|life|existing|bestaan|ademen|breathing|ermee\s+voorgoed))"
)
# "Ik wil er nu eindelijk wat mee doen", "i want to do something about it": acting on what happened (a
# report, help), not "doing it"; left out before looking for words of suicide (fourteenth session, a read
# miss of the thirteenth conversations, as a family).
ACTING_ON_IT = re.compile(
    r"\b(?:er\s+)?(?:iets|wat|niks|niets|meer|something|anything|nothing)\s+(?:(?:mee|aan|tegen)\s+(?:\S+\s+)?doen|"
    r"(?:about|against)\s+(?:it|this|that|him|her|them))\b|\b(?:do|doing|did)\s+something\b"
)
# The fixed crisis answers (domain/crisis.yml).
CRISIS_RESPONSES = (
    "utter_crisis_danger",
    "utter_crisis_danger_home",
    "utter_crisis_suicide",
    "utter_crisis_sexual_violence",
    "utter_crisis_sexual_violence_home",
)
# After these fixed answers (sexual violence, danger now) with no situation told before, a learned
# reading of thoughts of suicide without such words is asked about too.
NOT_SUICIDE_ANSWERS = frozenset(CRISIS_RESPONSES) - {"utter_crisis_suicide"}
SEXUAL_VIOLENCE_ANSWER = "utter_crisis_sexual_violence"
# The same answer with Veilig Thuis beside CSG, for abuse at home or by family (domain/crisis.yml).
SEXUAL_VIOLENCE_AT_HOME_ANSWER = "utter_crisis_sexual_violence_home"
SEXUAL_VIOLENCE = "sexual_violence"
# Sexual violence told with images made of it ("and they filmed it", "hij heeft foto's gemaakt", "ze
# namen het op"): after CSG's fixed answer, `action_remind_situation` adds Helpwanted (images of
# oneself taken offline) also without a situation told before (twenty-first session, a read miss of
# the twenty-second conversations, o051, as a family). actions/crisis_context.py has the same words
# (tests/actions/test_twentyfirst_families.py checks that the two agree).
FILMED = re.compile(
    r"\b(?:gefilmd|filmde[n]?|filmen|film(?:t|de)\s+(?:het|dat|alles|mij|me)|opgenomen|(?:nam|namen|neemt)\s+"
    r"(?:het|dat|alles|mij|me)\s+(?:\S+\s+)?op|foto'?s\s+(?:van\s+(?:mij|me)\s+)?(?:gemaakt|genomen)|"
    r"(?:filmed|recorded|filming|recording)|(?:took|taking|made|making)\s+(?:pics|pictures|photos|a\s+video|videos|a\s+vid)|"
    r"screenrec\w*)\b"
)
# Sexual violence by someone in the family or the household: "mijn stiefvader komt 's nachts op mn
# kamer", "mn broer misbruikt me", "my moms boyfriend walks in when im showering", "mn oom woont bij
# ons sinds de zomer". Not a parent one tells ("ik durf het niet aan mn vader te vertellen"): a man
# of the family counts when an act or coming near follows, or "door"/"by" comes before.
_WHOSE = r"(?:mijn|mn|m'n|me|my|onze|our|haar|her|zijn|zn|his)"
_MAN_OF_THE_FAMILY = (
    r"(?:stief\w*|step\w*|oom|ome|uncle|opa|grandpa|grandfather|vader|pa|papa|dad|daddy|father|broer\w*|"
    r"brother|bro|neef|cousin)"
)
_ACT_OR_NEAR = (
    r"(?:doet|deed|komt|kwam|kruipt|kroop|raakt|raakte|aangeraakt|betast\w*|misbruik\w*|verkracht\w*|aanrand\w*|"
    r"dwingt|dwong|pakt|pakte|zit|zat|touch\w*|rap\w*|abus\w*|molest\w*|comes|came|gets|got|walks|walked|"
    r"forces?|forced|makes|made|does|did|sneaks?|snuck|heeft\s+me|has\s+been)"
)
# "Mijn vader weet niet dat ik verkracht ben", "my dad doesnt know i was raped": a parent told or not.
_KNOWS = (
    r"(?:weet|wist|knows?|knew|doesnt|doesn't|didnt|didn't|gelooft|geloofde|believes?|believed|vertel\w*|tell\w*|"
    r"told|zeg\w*|says?|said|mag|must|can)"
)
AT_HOME_ABUSER = re.compile(
    rf"\b{_WHOSE}\s+{_MAN_OF_THE_FAMILY}\b(?:\s+(?!{_KNOWS}\b)\S+){{0,6}}?\s+{_ACT_OR_NEAR}\b"
    rf"|\b(?:door|by)\s+{_WHOSE}\s+{_MAN_OF_THE_FAMILY}\b"
    r"|\b(?:vriend|boyfriend|partner|man|vent|nieuwe\s+vriend)\s+van\s+(?:mijn|mn|m'n|me|haar|zijn)\s+"
    r"(?:moeder|ma|mama|mam|vader|pa)\b"
    r"|\b(?:mom'?s|moms|mum'?s|mums|mother'?s|dad'?s|dads)\s+(?:new\s+)?(?:boyfriend|girlfriend|partner|husband|bf)\b"
    r"|\b(?:woont|woonde|slaapt|logeert)\s+(?:\S+\s+){0,3}?bij\s+ons\b|\bbij\s+ons\s+(?:\S+\s+)?(?:woont|woonde|slaapt|"
    r"sliep|logeert|logeerde)\b|\blives?\s+with\s+us\b|"
    r"\bbij\s+ons\s+in\s+huis\b|\bin\s+our\s+house\b"
)
# How many of the session's user messages (the latest included) are read for it.
AT_HOME_WITHIN = 4
# The danger-now answer with Veilig Thuis beside 112, for danger from someone at home or in the
# family (domain/crisis.yml): "mn stiefvader is dronken en bonkt op mn deur", "my dad is hitting my mom
# right now" (thirteenth session, a read miss of the fourteenth conversations, as a family).
DANGER_AT_HOME_ANSWER = "utter_crisis_danger_home"
_FAMILY = (
    r"(?:stief\w*|step\w*|vader|pa|papa|dad|daddy|father|moeder|ma|mama|mam|mom|mum|mother|ouders|parents|broer\w*|"
    r"brother|zus\w*|sister|oom|uncle|opa|grandpa|oma|grandma)"
)
_VIOLENT_NOW = (
    r"(?:slaat|sloeg|slaan|geslagen|schopt|schoppen|duwt|duwde|geduwd|schreeuwt|schreeuwen|gilt|dronken|bezopen|drunk|"
    r"bedreigt|dreigt|threaten\w*|hits?|hitting|beats?|beating|kicks?|kicking|push\w*|yell\w*|scream\w*|bonkt|bonken|"
    r"banging|mes|knife|vermoord\w*|kill\w*|pakken|gooit|throws?|throwing|smijt|wurgt|chok\w*|mishandelt|abus\w*)"
)
DANGER_AT_HOME = re.compile(
    rf"\b{_WHOSE}\s+(?:\S+\s+)?{_FAMILY}\b(?:\s+\S+){{0,8}}?\s+{_VIOLENT_NOW}\b"
    rf"|\b{_VIOLENT_NOW}\b(?:\s+\S+){{0,6}}?\s+{_WHOSE}\s+(?:\S+\s+)?{_FAMILY}\b"
    r"|\b(?:vriend|boyfriend|partner|man|vent|nieuwe\s+vriend)\s+van\s+(?:mijn|mn|m'n|me)\s+(?:moeder|ma|mama|mam|vader|pa)\b"
    r"|\b(?:mom'?s|moms|mum'?s|mums|mother'?s|dad'?s|dads)\s+(?:new\s+)?(?:boyfriend|girlfriend|partner|husband|bf)\b"
    rf"|\b(?:thuis|at\s+home|in\s+huis|bij\s+ons\s+thuis)\b(?:\s+\S+){{0,8}}?\s+{_VIOLENT_NOW}\b"
)
# "Bij mij is dat ook gebeurd", "that happened to me too", "ik heb dat ook meegemaakt", "mij ook":
# what was told before (a rape seen in a video, a friend who was assaulted) happened to the young
# person too.
ALSO_TO_ME = re.compile(
    r"\b(?:bij\s+mij|mij|me|mijzelf|mezelf)\s+(?:\S+\s+){0,3}?(?:ook|too|also)\b"
    r"(?!\s+(?:helpen|help|vertellen|tell|zeggen|sturen|send|bellen|call|uitleggen|explain|geven|give|laten|let))"
    r"|\b(?:ook|also)\s+(?:\S+\s+){0,2}?(?:bij\s+mij|mij|me|to\s+me)\b"
    r"|\b(?:happened|done)\s+to\s+me\s+(?:too|as\s+well)\b|\b(?:same|zelfde)\s+(?:thing\s+)?(?:happened|overkwam|gebeurde)\b"
    r"|\bik\s+(?:heb|ben)\s+(?:dat|het|dit)\s+ook\s+(?:meegemaakt|gehad|overkomen)\b|\b(?:i\s+)?(?:was|got)\s+too\b"
)
# Words of sexual violence in what was told before.
SEXUAL_VIOLENCE_WORDS = re.compile(
    r"\b(?:verkracht\w*|aangerand|aanranding|misbruik\w*|betast|raped?|raping|assault\w*|molest\w*|abused?|abusing|"
    r"groped|seksueel\s+geweld|sexual\s+violence|sa'?d)\b"
)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False)
class CrisisContextPolicy(UntrainedPolicy):
    """Within a situation: the check in context for an unsure crisis, the situation after a crisis answer."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Above RulePolicy (6), like the action-server fallback (7): the two never act on one turn."""
        return {
            "priority": 7,
            "check_action": "action_check_in_context",
            "remind_action": "action_remind_situation",
            "still_here_action": "action_still_here",
            "crisis_responses": list(CRISIS_RESPONSES),
            "unclear_intent": "distress_unclear",
            "situation_slot": "situation",
            "uncertain_reasons": ["detector", "classifier", URGENCY_WORD_REASON],
            "agree_threshold": SafetyRules().detect_threshold,
            # Talks about one's own images (or a friend's): panic about the images ("HELP this is
            # an emergency, he sends them to more people every hour") is no danger now to the body.
            "image_situations": ["own_images_shared", "helping_friend", "platform_not_removing"],
        }

    def configure(self, config: dict[str, Any]) -> None:
        """The policy's settings."""
        self.check_action: str = config["check_action"]
        self.remind_action: str = config["remind_action"]
        self.still_here_action: str = config["still_here_action"]
        self.crisis_responses = frozenset(config["crisis_responses"])
        self.unclear_intent: str = config["unclear_intent"]
        self.situation_slot: str = config["situation_slot"]
        self.uncertain_reasons = frozenset(config["uncertain_reasons"])
        self.agree_threshold = float(config["agree_threshold"])
        self.image_situations = frozenset(config["image_situations"])

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        """The check or the reminder within a situation; listen after either once it has spoken.
        Without a situation, the reminder after a crisis answer of another kind than one before it
        (rape told, then a wish to die: CSG's help stays in view)."""
        probabilities = self._default_predictions(domain)
        if tracker.latest_message is None:
            return self._prediction(probabilities)
        latest = tracker.latest_action_name
        in_situation = bool(tracker.get_slot(self.situation_slot))
        # A crisis answered earlier in this session is what the talk is about, also without the slot
        # (a fixed answer sets none): "idk" or "ik heb nog niet gedoucht, wat moet ik doen" after
        # CSG's answer is asked about in context, with that help first (actions/cards.py,
        # situation_in_view), not with the plain check's 112 and 113 only.
        after_crisis = not in_situation and self._crisis_given(tracker)
        spoke = (
            (self.check_action, self.remind_action, self.still_here_action)
            if in_situation or after_crisis
            else (self.remind_action,)
        )
        predicted = None
        if latest == ACTION_LISTEN_NAME and self._also_happened_to_me(tracker):
            # "Bij mij is dat ook gebeurd. vorige week" after "ik zag een filmpje van een
            # verkrachting": sexual violence disclosed, CSG first (a fixed answer).
            predicted = SEXUAL_VIOLENCE_AT_HOME_ANSWER if self._at_home(tracker) else SEXUAL_VIOLENCE_ANSWER
        elif (
            latest == ACTION_LISTEN_NAME
            and self._intent(tracker) == SEXUAL_VIOLENCE
            and not (in_situation and self._unsure(tracker))
            and self._at_home(tracker)
        ):
            # "Vannacht weer. hij heeft me verkracht" after "mn oom woont bij ons en doet dingen":
            # CSG first, and Veilig Thuis beside it (abuse at home), in one fixed answer.
            predicted = SEXUAL_VIOLENCE_AT_HOME_ANSWER
        elif (
            latest == ACTION_LISTEN_NAME
            and self._intent(tracker) == DANGER_NOW
            and not (in_situation and self._unsure(tracker))
            and self._danger_at_home(tracker)
        ):
            # "Nu bonkt hij op mn deur" after "mn stiefvader is weer dronken": 112 first, and Veilig
            # Thuis beside it (danger at home), in one fixed answer.
            predicted = DANGER_AT_HOME_ANSWER
        elif (in_situation or after_crisis) and latest == ACTION_LISTEN_NAME and self._unsure(tracker):
            predicted = self.check_action
        elif (in_situation or after_crisis) and latest == ACTION_LISTEN_NAME and self._ping(tracker):
            # "Hallo??", "ben je er nog?" in the middle of a talk: still here, with the help for what
            # was told (not a new greeting with the main topics).
            predicted = self.still_here_action
        elif (
            latest in self.crisis_responses
            and not self._button(tracker)
            and (in_situation or self._other_crisis_before(tracker))
        ):
            # A button of the check in context led here: the situation's help is on screen already.
            predicted = self.remind_action
        elif (
            latest in (SEXUAL_VIOLENCE_ANSWER, SEXUAL_VIOLENCE_AT_HOME_ANSWER)
            and not self._button(tracker)
            and FILMED.search(str(tracker.latest_message.text or "").lower())
        ):
            # Sexual violence that was filmed: after CSG's answer, Helpwanted for the images.
            predicted = self.remind_action
        elif latest in (SEXUAL_VIOLENCE_AT_HOME_ANSWER, DANGER_AT_HOME_ANSWER):
            # No rule knows this answer (this policy chose it): listen after it, as after the others.
            predicted = ACTION_LISTEN_NAME
        elif latest in spoke and not action_stayed_silent(tracker):
            # When it stayed silent (the action server is down), ActionServerFallbackPolicy answers.
            predicted = ACTION_LISTEN_NAME
        if predicted is not None:
            probabilities[domain.index_for_action(predicted)] = 1.0
        return self._prediction(probabilities)

    @staticmethod
    def _also_happened_to_me(tracker: DialogueStateTracker) -> bool:
        """Whether the latest message says that what an earlier message of this session told of
        sexual violence (to someone else, or in images) happened to the young person too. A
        crisis found in the message itself is answered as it is."""
        message = tracker.latest_message
        if message is None or not ALSO_TO_ME.search(normalize(str(message.text or ""))):
            return False
        if (message.intent or {}).get("name") in (DANGER_NOW, SUICIDAL_THOUGHTS):
            return False
        said = _user_texts(tracker, 4)
        return any(SEXUAL_VIOLENCE_WORDS.search(normalize(text)) for text in said[1:])

    @staticmethod
    def _ping(tracker: DialogueStateTracker) -> bool:
        """Whether the latest message only asks whether the bot is still there: a greeting with a
        question mark ("hallo??", "hey?"), or words of that kind not otherwise understood."""
        message = tracker.latest_message
        if message is None:
            return False
        intent = (message.intent or {}).get("name")
        text = normalize(str(message.text or ""))
        if intent == GREET:
            return "?" in str(message.text or "") or bool(STILL_THERE.search(text))
        return intent == NLU_FALLBACK_INTENT and bool(STILL_THERE.search(text) or CALLED_OUT.match(text))

    @staticmethod
    def _intent(tracker: DialogueStateTracker) -> str | None:
        message = tracker.latest_message
        return (message.intent or {}).get("name") if message else None

    @staticmethod
    def _at_home(tracker: DialogueStateTracker) -> bool:
        """Whether the latest message or the few before it say the abuser is family or lives in."""
        return any(AT_HOME_ABUSER.search(normalize(text)) for text in _user_texts(tracker, AT_HOME_WITHIN))

    @staticmethod
    def _danger_at_home(tracker: DialogueStateTracker) -> bool:
        """Whether the latest message or the few before it say the danger comes from family or home."""
        return any(DANGER_AT_HOME.search(normalize(text)) for text in _user_texts(tracker, AT_HOME_WITHIN))

    def _crisis_answers(self, tracker: DialogueStateTracker) -> list[str]:
        """The fixed crisis answers this session gave, newest first."""
        given: list[str] = []
        for event in reversed(tracker.events):
            if isinstance(event, SessionStarted):
                break
            if isinstance(event, ActionExecuted) and event.action_name in self.crisis_responses:
                given.append(str(event.action_name))
        return given

    def _after_other_crisis(self, tracker: DialogueStateTracker) -> bool:
        """Whether the newest fixed crisis answer of this session was not 113's (sexual violence, danger)."""
        answers = self._crisis_answers(tracker)
        return bool(answers) and answers[0] in NOT_SUICIDE_ANSWERS

    def _crisis_given(self, tracker: DialogueStateTracker) -> bool:
        """Whether this session gave a fixed crisis answer."""
        return bool(self._crisis_answers(tracker))

    def _other_crisis_before(self, tracker: DialogueStateTracker) -> bool:
        """Whether this session gave a crisis answer of another kind before the latest one."""
        given = self._crisis_answers(tracker)
        return any(name != given[0] for name in given[1:])

    @staticmethod
    def _button(tracker: DialogueStateTracker) -> bool:
        """Whether the latest message was a button's payload ("/suicidal_thoughts")."""
        text = tracker.latest_message.text if tracker.latest_message else None
        return bool(text) and str(text).startswith("/")

    def _unsure(self, tracker: DialogueStateTracker) -> bool:
        """Unclear distress, or a crisis set by the learned models or a bare word of urgency (not a
        concept) unless both models agree: the classifier's own first guess is that crisis and the
        detector is over its threshold. Within a talk about one's own images, danger now without a
        word of danger to the body is always unsure; danger now with a word of danger to the body
        and a word of now never is."""
        message = tracker.latest_message
        intent = (message.intent or {}).get("name") if message else None
        if intent == self.unclear_intent:
            return True
        if message is None or intent not in CRISIS_INTENTS:
            return False
        parsed = message.parse_data or {}
        safety = parsed.get(SAFETY)
        if isinstance(safety, dict) and safety.get("reason") == FIGURATIVE_REASON:
            # "Mijn leven is voorbij" in a talk about one's images: asked about, 113 on screen.
            return True
        if not isinstance(safety, dict) or safety.get("reason") not in self.uncertain_reasons:
            return False
        text = normalize(str(message.text or ""))
        physical = physical_danger(text)
        if intent == DANGER_NOW and physical and any_word(text, DANGER_NOW_WORDS):
            # A word of danger to the body and a word of now ("hes outside the gate rn, get in the
            # car"): 112 first at once, also when the models do not agree.
            return False
        if (
            intent == DANGER_NOW
            and tracker.get_slot(self.situation_slot) in self.image_situations
            and not physical
        ):
            # Within a talk about one's own images, the learned models or a word of urgency alone
            # get the check in context (the question, 112 in its text, the situation's help), even
            # when both models agree: nothing in the message says the body is in danger.
            return True
        situation = tracker.get_slot(self.situation_slot)
        if situation == URGES_SITUATION:
            text = STOPPING_THE_URGES.sub(" ", text)
        if (
            intent == SUICIDAL_THOUGHTS
            and (
                situation in ASK_WITHOUT_WORDS
                or situation == URGES_SITUATION
                or (not situation and self._after_other_crisis(tracker))
            )
            and not WORDS_OF_SUICIDE_OR_HARM.search(ACTING_ON_IT.sub(" ", text))
        ):
            # "Im 16. he gave me till tonight", "gisteren weer. heb een blauwe plek op mn arm" in a talk
            # about blackmail or a father who hits, or "ik wil er nu eindelijk wat mee doen" after CSG's
            # answer: no word of dying, ending, hurting oneself or giving up, only the learned models'
            # reading. Asked in context (113 on screen), even when both models agree.
            return True
        guess = safety.get("classifier")
        guessed = guess.get("name") if isinstance(guess, dict) else None
        scores = parsed.get(CRISIS_SCORES)
        values = scores.values() if isinstance(scores, dict) else []
        total = sum(float(v) for v in values if isinstance(v, int | float))
        return not (guessed == intent and total >= self.agree_threshold)


def _user_texts(tracker: DialogueStateTracker, most: int) -> list[str]:
    """The texts of this session's last `most` user messages, newest (the latest) first."""
    said: list[str] = []
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted) or len(said) >= most:
            break
        if isinstance(event, UserUttered) and event.text:
            said.append(str(event.text))
    return said
