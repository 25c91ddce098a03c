"""Follow-up questions, answered for the situation the conversation is about.

After "someone shared a nude photo of me", the question "can it still be taken offline?" is about
Helpwanted, not about the Meldpunt Kinderporno. The situation is remembered in the slot
`situation` (set by `action_send_channels`), the age in the slot `age` (the entity of
components/age_extractor.py). This action answers a follow-up intent with:

- the words: `utter_follow_up_<follow-up>__<situation>` when the domain has it, else
  `utter_follow_up_<follow-up>` (domain/follow_ups.yml); for the age after a police question,
  what differs by age (under 13 the police contact the parents);
- the channels: a channel the message names ("kost stop it now geld?", "will the police tell my
  parents?") first, as the question is about it; then channels/topics.yml `follow_ups` for that
  situation, else the situation's own channels, without those not meant for the age (the
  Kindertelefoon is for 8 to 18). A channel shown as a card in the last turns is named, not drawn
  again (`shown_channels`).

A follow-up that needs a situation and comes before any, naming no channel, gets a short question
back with the main situations as buttons, never "I did not understand". A follow-up that belongs
to one situation only ("wat als ik niet betaal?": one's own images) makes that the situation, and
so does a channel named before any situation ("gemeld bij offlimits": reporting content). After a
crisis answer with no situation before it, the crisis is the situation ("kost dat geld?" after
"ik ben verkracht" is about CSG).
A question about cost gets what each channel costs, then the channels themselves.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.cards import (
    AANGIFTE,
    ASKS_WHAT_IT_CAN_DO,
    BLACKMAIL,
    CHILDLINE,
    DANGER_NOW_TOPIC,
    GROOMING,
    IMAGES_OF_ME,
    IMAGES_OF_THEM,
    OWN_IMAGES,
    PARENT,
    POLICE_STEPS,
    PRIVATE_PLACE,
    SOMEONE_ELSE,
    TAKE_DOWN_OR_REPORT,
    WITHOUT_CALLING,
    adult_reports_for_a_child,
    asked_about,
    assault_filmed_first,
    back_to_earlier_images,
    chat_first,
    child_images_of_someone_else_online,
    concern_in_view,
    conversation_language,
    home_help_without_parents,
    intent_of,
    last_channel_order,
    meeting_planned,
    meldpunt_for_public_images,
    named_first,
    note_urgency_about_images,
    own_images_told,
    plan_in_view,
    reachable_ids,
    read_in_session,
    reported_to_police,
    said_in_session,
    send_cards,
    situation_channels,
    situation_in_view,
    someone_else_help_first,
    under_13_about_an_adult_online,
    user_messages,
    victim_support_first,
    what_now,
    with_home_help,
    with_own_images_help,
)
from actions.named_channel import POLICE, compared_now, find_channels, named_before, tried_channels
from actions.timed import Timed
from bot.referral import ANONYMOUS_TIP, MELDPUNT, cost_lines, hours_lines, reachable_first
from bot.registry import get_catalog
from bot.registry.catalog import Snapshot

logger = logging.getLogger(__name__)

# Follow-ups that mean nothing without a situation: the bot asks what it is about.
NEEDS_SITUATION = frozenset({"give_age", "ask_cost", "ask_bring_someone", "still_online", "ask_hours"})
POLICE_SITUATIONS = POLICE_STEPS
# Situations about abuse material someone saw: when the conversation says the material is of adults,
# questions about reporting and removing it are answered as the situation for adults' material
# (the police, never the Meldpunt Kinderporno); questions about the young person (feelings, age,
# parents) keep the situation.
MATERIAL_SITUATIONS = frozenset({"saw_illegal_images", "report_illegal_content", "platform_not_removing"})
ABOUT_THE_MATERIAL = frozenset(
    {"ask_removal", "still_online", "hesitate_to_report", "after_report", "ask_report_anonymously"}
)
# A follow-up that only makes sense in one situation tells what the conversation is about now:
# "what if I don't pay?" after a talk about an adult online means one's own images are the issue.
IMPLIED_SITUATION = {"ask_if_not_pay": "own_images_shared"}
# A follow-up before any situation that names where it was reported ("ik heb het bij offlimits
# gemeld, hoe lang duurt dat?") is about what that channel is for.
SITUATION_OF_NAMED = {
    "offlimits": "report_illegal_content",
    "helpwanted": "own_images_shared",
    "politie": "report_to_police",
}
ADULTS_MATERIAL = "porn_industry_exploitation"
# Follow-ups about the situation itself (the age, parents, shame, cost, doubt, company): for a
# situation channels/topics.yml does not list, the situation's own channels answer them. The
# others (removal, still online, not paying) are about images and keep their own channels.
ABOUT_THE_SITUATION = frozenset(
    {
        "give_age",
        "ask_cost",
        "ask_bring_someone",
        "ask_parents",
        "feel_ashamed",
        "hesitate_to_report",
        "ask_hours",
    }
)
NEEDS_SITUATION_RESPONSE = "utter_follow_up_needs_situation"


def response_for(
    follow_up: str, situation: str | None, domain: dict[str, Any], age: float | None, step: str | None = None
) -> str:
    """The domain response with the words of the answer (`step`: the last step, such as the police)."""
    police = situation in POLICE_SITUATIONS or step in POLICE_SITUATIONS
    if follow_up == "give_age" and police and age is not None:
        return "utter_follow_up_police_under_13" if age < 13 else "utter_follow_up_police_minor"
    responses = domain.get("responses") or {}
    # After a step to the police, what the police do comes first ("my parents must not know").
    for about in (step if step in POLICE_SITUATIONS else None, situation):
        specific = f"utter_follow_up_{follow_up}__{about}"
        if about is not None and specific in responses:
            return specific
    return f"utter_follow_up_{follow_up}"


# Follow-ups answered in words only: "is this chat private?" names no channel, not even those on screen.
WORDS_ONLY = frozenset({"ask_privacy"})


def channel_ids(
    snapshot: Snapshot,
    follow_up: str,
    situation: str | None,
    named: list[str] | None = None,
    step: str | None = None,
    concern: str | None = None,
    about_report: bool = False,
) -> tuple[list[str], str | None]:
    """The channels of the answer (those `named` in the message first) and the 24/7 channel to add
    when one may be closed. After a step to the police ("ik wil aangifte doen"), a question about
    the situation itself ("mag mn zus mee?", "weten mn ouders het dan?") is about that step. In a
    talk for someone else, what is going on for them (`concern`) comes before who writes."""
    entry = snapshot.routing.follow_ups[follow_up]
    if follow_up in WORDS_ONLY:
        return [], None
    named = named or []
    underlying = None
    if step in POLICE_SITUATIONS and follow_up in ABOUT_THE_SITUATION:
        # The police first; what the talk was about stays in view after them.
        underlying = (
            situation if situation in snapshot.routing.topics and situation not in POLICE_SITUATIONS else None
        )
        situation, concern = step, None
    topic = snapshot.routing.topics.get(situation or "")
    listed = (entry.situations.get(concern) if concern else None) or entry.situations.get(situation or "")
    if about_report and situation in MATERIAL_SITUATIONS and follow_up in ABOUT_THE_SITUATION:
        listed = None
    always_open = topic.always_open if topic else None
    if listed:
        ids = listed
    elif (
        topic is not None
        and situation is not None
        and (follow_up in ABOUT_THE_SITUATION or not entry.channels)
    ):
        ids, always_open = situation_channels(snapshot, situation, concern)
    else:
        ids = entry.channels
    if underlying is not None:
        main = situation_channels(snapshot, underlying, None)[0][:1]
        ids = [*ids, *(i for i in main if i not in ids)]
    return named_first(named, ids), always_open


URGES = "worried_own_urges"
EMERGENCY = "alarmnummer"


def police_as_fear(named: list[str], situation: str | None) -> list[str]:
    """The channels a message names, without the police in a talk about one's own urges: there
    "straks melden ze me bij de politie" or "will they call the cops on me?" is a fear, not the
    police asked for (Stop it Now first)."""
    return [i for i in named if i != POLICE] if situation == URGES else named


# Reporting anonymously someone one knows ("ik weet wie het verkoopt", "he can never know it was
# me"): an anonymous tip about a person is Meld Misdaad Anoniem's, with the police beside it; a link
# to images stays Offlimits' (also anonymous).
ANONYMOUS = "ask_report_anonymously"
HESITATE = "hesitate_to_report"
PARENTS = "ask_parents"
# What the police will do: "komt de politie dan bij ons thuis?", "gaan ze mn ouders bellen?", "will
# the cops tell my parents", "moet ik dan naar het bureau?", "do they arrest him?".
POLICE_QUESTION = re.compile(
    r"\b(?:komt|komen|gaat|gaan|zal|zullen|belt|bellen|vertelt|vertellen|doet|doen|will|would|do|does|can|could)"
    r"\s+(?:\S+\s+){0,2}?(?:de\s+|the\s+)?(?:politie|police|cops|agent\w*)\b"
    r"|\b(?:politie|police|cops|agent\w*)\s+(?:\S+\s+){0,4}?(?:thuis|home|huis|langs|ouders|parents|arrest\w*|oppakken|"
    r"opgepakt|meenemen|bureau|station|verhoor\w*|interview\w*)\b",
    re.IGNORECASE,
)
KNOWN_PERSON_CHANNELS = ["meldmisdaadanoniem", "politie"]
KNOWS_WHO = re.compile(
    r"\b(?:ik\s+weet\s+wie|i\s+know\s+who|weet\s+(?:ook\s+)?wie\s+(?:het|dat|die|ze)|"
    # "I know the guy", "ik ken hem", "it's a boy from my street": the person is known.
    r"i\s+know\s+(?:the\s+guy|him|her|them|who\s+it\s+is)|ik\s+ken\s+(?:hem|haar|die\s+\w+|ze)|"
    r"(?:een\s+)?(?:jongen|man|gast|meisje|vrouw)\s+uit\s+(?:mijn|mn|m'n|onze)\s+(?:buurt|straat|klas|school|dorp)|"
    r"(?:a\s+)?(?:guy|boy|man|girl)\s+from\s+(?:my|our)\s+(?:street|class|school|neighbou?rhood|area|town)|"
    r"dat\s+ik\s+het\s+(?:was|ben|heb\s+(?:gemeld|verteld|gezegd)|gemeld\s+heb|verteld\s+heb)|"
    r"dat\s+ik\s+(?:hem|haar)\s+(?:heb\s+)?(?:verraden|gemeld|aangegeven)|"
    r"(?:it\s+was|that\s+it\s+was|it's|its)\s+me\b|that\s+i\s+(?:reported|told|snitched)|"
    r"(?:find|finds|found)\s+out\s+(?:it\s+was\s+me|that\s+i|i\s+)|snitch\w*|verraden|"
    r"dat\s+het\s+van\s+(?:mij|ons|me)\s+(?:komt|kwam)|(?:it\s+)?came\s+from\s+(?:me|us))",
    re.IGNORECASE,
)


# A message that asks for anonymity in other words ("niemand mag weten dat het van ons komt", "zonder
# mijn naam", "without anyone knowing it was me").
ANONYMITY = re.compile(
    r"\b(?:anoniem\w*|anonym\w*|zonder\s+(?:mijn|mn|m'n|onze|je)\s+naam|without\s+(?:my|our)\s+name|"
    r"niemand\s+(?:mag|mag\s+het|hoeft|mag\s+ooit)\s+weten|nobody\s+(?:can|may|must|should)\s+know|"
    r"no\s+one\s+(?:can|may|must|should)\s+know|without\s+anyone\s+knowing|"
    # "Do I need to give my name?", "moet ik mijn naam geven?", "weten ze dan wie ik ben?".
    r"(?:give|geven|noemen|zeggen|say|tell)\s+(?:\S+\s+)?(?:my|mijn|mn|m'n)\s+(?:real\s+|echte\s+)?(?:name|naam)|"
    r"(?:my|mijn|mn|m'n)\s+naam\s+(?:geven|noemen|zeggen|doorgeven)|weten\s+ze\s+(?:dan\s+)?wie\s+ik\s+ben|"
    r"(?:will|do)\s+they\s+know\s+(?:it\s+was\s+me|who\s+i\s+am))\b",
    re.IGNORECASE,
)


def anonymous_channels(
    tracker: Tracker, snapshot: Snapshot, situation: str | None, concern: str | None
) -> list[str]:
    """Where one reports without being known, in this situation: Meld Misdaad Anoniem first for a
    person the young person knows, else channels/topics.yml's anonymous follow-up."""
    if knows_who(tracker):
        return list(KNOWN_PERSON_CHANNELS)
    return channel_ids(snapshot, ANONYMOUS, situation, [], None, concern)[0]


def private_material(tracker: Tracker, snapshot: Snapshot, situation: str | None) -> bool:
    """Whether the talk is about material seen in a private message, a group or the cloud (no public link
    for Offlimits), with the anonymous tip (Meld Misdaad Anoniem) in the registry."""
    return (
        situation in MATERIAL_SITUATIONS
        and tracker.get_slot("place") == PRIVATE_PLACE
        and ANONYMOUS_TIP in snapshot.registry.channels
    )


def knows_who(tracker: Tracker) -> bool:
    """Whether the young person said, in this session, that they know who it is or fear being known
    as the one who told."""
    return said_in_session(tracker, KNOWS_WHO)


# Follow-ups about the young person that a step to the police changes: the age (under 13 the
# police contact the parents), parents knowing, who may come along, what it costs.
POLICE_STEP_FOLLOW_UPS = frozenset({"give_age", "ask_parents", "ask_bring_someone"})
# After images someone saw, a question about the age or the parents is about the young person
# (someone to talk to, channels/topics.yml), unless it asks about reporting ("kan ik dat melden als
# ik pas 12 ben?", "do my parents find out if i report it?"): then about the report.
ABOUT_REPORTING = re.compile(r"\b(?:meld\w*|gemeld|report\w*|aangifte|aangeven|tip)\b", re.IGNORECASE)


# "Kan ik het ook melden of moet zij dat zelf doen?", "mag ik dat zelf melden?", "can I report him
# too?", "can he report it himself?": asking whether one may report is no doubt about it. The
# answer still says it is a choice; the channels are those for reporting in this situation
# (channels/topics.yml, report_illegal_content).
MAY_I_REPORT = re.compile(
    r"\b(?:kan|mag|kun|can|may|could)\s+(?:ik|i|je|jij|you|hij|zij|ze|he|she|they|we)\s+(?:\S+\s+){0,3}?"
    r"(?:melden|aangeven|rapporteren|report\w*|flag\w*)\b",
    re.IGNORECASE,
)
# A doubt about calling or talking to someone ("moet ik daar echt voor bellen?", "is it worth
# calling someone?"), not about a report.
# Fourteenth session (a read miss of the fifteenth conversations, as a family): telling someone
# ("moet ik het echt aan iemand vertellen?", "do i have to tell anyone?") is talking, not reporting.
CALL_OR_TALK = re.compile(
    r"\b(?:bel\w*|call\w*|praten|talk\w*|chatten|iemand\s+spreken|hulp\s+(?:zoeken|vragen)|get\s+help|"
    r"vertel\w*|verteld|tell(?:ing)?\s+(?:anyone|someone|somebody|anybody|my|a|an|the|him|her|them)|"
    r"(?:aan|tegen)\s+iemand\s+(?:\S+\s+)?(?:zeggen|vertellen)|open\s+up)\b",
    re.IGNORECASE,
)
DOUBT = re.compile(
    r"\b(?:moet\s+ik|moet\s+dat|i\s+have\s+to|do\s+i\s+(?:need|have)|must\s+i|geen\s+(?:zin|gedoe)|gedoe|twijfel\w*|"
    r"bang|scared|afraid|trouble|problemen|liever\s+niet|wil\s+(?:het\s+)?niet|don'?t\s+want|echt\s+nodig|"
    r"really\s+(?:need|have)|zin\s+in|doubt\w*|unsure|not\s+sure)\b",
    re.IGNORECASE,
)
REPORT_STEP = "report_illegal_content"
# "Can he report it himself or do I have to?": who reports, not whether to (the doubt is about who).
OTHER_REPORTER = re.compile(r"^\S+\s+(?:hij|zij|ze|he|she|they)\b", re.IGNORECASE)


def reporting_channels(snapshot: Snapshot, situation: str | None, concern: str | None) -> list[str]:
    """Where a report goes in this situation (or for someone else's concern)."""
    report = snapshot.routing.topics.get(REPORT_STEP)
    if report is None:
        return []
    listed = (report.situations.get(concern) if concern else None) or report.situations.get(situation or "")
    return list(listed or report.channels)


def police_step_before(tracker: Tracker, snapshot: Snapshot) -> bool:
    """Whether a message of this session (this one too) is about going to the police: its intent
    (aangifte, melding), or its words ("ik wil aangifte doen want ...", "how do I report him?",
    "hij zegt dat ik het niet aan de politie mag vertellen")."""
    return any(
        intent_of(message) in POLICE_SITUATIONS
        or POLICE in find_channels(str(message.get("text") or ""), snapshot)
        for message in user_messages(tracker)
    )


# Follow-ups that may point back at a channel named just before ("kost dat geld?", "mag mn zus daar
# mee naartoe?"), and the words that point back.
REFERS_BACK = frozenset({"ask_cost", "ask_bring_someone", "ask_hours"})
REFERENCE = re.compile(
    r"\b(?:daar\w*|die|dat|ze|hun|hen|them|they|there|that|it|erheen|ernaartoe|naartoe|erbij|mee|with\s+me)\b",
    re.IGNORECASE,
)
# A follow-up about talking to someone ("ik wil er met iemand over praten maar kost dat geld?").
WANTS_TO_TALK = re.compile(
    r"\b(?:praten|te\s+praten|erover\s+praten|talk|talking|to\s+talk|iemand\s+spreken|someone\s+to\s+talk\s+to|"
    r"mijn\s+verhaal\s+kwijt|my\s+story|vent|"
    # "Kan ik nu iemand bellen?", "is there someone i can call": someone to call is someone to talk to.
    r"iemand\s+(?:\S+\s+){0,2}bellen|(?:call|ring)\s+(?:someone|somebody|anyone)|"
    r"(?:someone|somebody|anyone)\s+(?:i\s+can\s+|to\s+)call)\b",
    re.IGNORECASE,
)
TALK_TOPIC = "feel_bad_need_to_talk"


def talk_channels(snapshot: Snapshot, situation: str | None) -> list[str]:
    """The channels to talk to, for this situation when channels/topics.yml lists them."""
    if TALK_TOPIC not in snapshot.routing.topics:
        return []
    return situation_channels(snapshot, situation or "", TALK_TOPIC)[0]


# "Kan ik dat nummer ook 's nachts bellen?", "is iemand er nu?": a question about hours for now or
# the night puts the channels that can be reached day and night (or are open now) first.
NOW_OR_NIGHT = re.compile(
    r"\b(?:nu|now|rn|right\s+now|vannacht|tonight|'?s\s*nachts|snachts|nachts|at\s+night|night|midnight|"
    r"middernacht|\d{1,2}\s*(?:uur|am)|24/7|dag\s+en\s+nacht|weekend|zondag|sunday|zaterdag|saturday)\b",
    re.IGNORECASE,
)


# No news after a report to the police: "ik heb nog steeds niks gehoord", "nobody called me back",
# "er is niks mee gedaan", "ik wacht nog steeds".
NO_NEWS = re.compile(
    r"\b(?:niks|niets|nothing|geen\s+(?:reactie|antwoord|bericht|nieuws))\s+(?:meer\s+)?(?:\S+\s+){0,3}?"
    r"(?:gehoord|heard|terug|back|mee\s+gedaan|gehad|gekregen|received|got)\b"
    r"|\b(?:niks|niets)\s+(?:meer\s+)?(?:van\s+)?(?:\S+\s+){0,3}?gehoord\b"
    r"|\b(?:nobody|no\s+one|niemand)\s+(?:\S+\s+){0,2}?(?:called|belde|heeft\s+(?:me\s+)?(?:terug)?gebeld|got\s+back|"
    r"replied|reageerde)\b"
    r"|\b(?:haven'?t|have\s+not|not|never|nooit)\s+heard\s+(?:anything|back)\b|\bno\s+(?:news|answer|reply|response)\b"
    r"|\b(?:hoor|horen|hoorde|hear|heard)\s+(?:\S+\s+){0,2}?(?:niks|niets|nothing)\b"
    r"|\b(?:don'?t|didn'?t|dont|didnt|never|not)\s+(?:\S+\s+)?hear\s+(?:anything|back|from)\b"
    r"|\b(?:wacht|wachten|waiting|still\s+waiting)\s+(?:\S+\s+){0,2}?(?:nog\s+steeds|nog|still|al\s+\S+\s+weken)\b",
    re.IGNORECASE,
)
NO_NEWS_RESPONSE = "utter_follow_up_after_report__no_news"
NO_NEWS_FOLLOW_UPS = frozenset({"after_report", "still_online", "hesitate_to_report"})


# A child who calls or talks on their own, asked by a parent or a teacher.
ON_THEIR_OWN = re.compile(
    r"^(?=.*\b(?:hij|zij|ze|he|she|they|mijn\s+(?:zoon|dochter|kind)|my\s+(?:son|daughter|child|kid))\b)"
    r"(?=.*\b(?:bellen|bel|call|chatten|chat|praten|talk|contact|ergens|somewhere|someone|iemand|terecht|"
    r"heen|naartoe|reach\s+out|go\s+there)\b)"
    r".*\b(?:zelf|alleen|on\s+(?:his|her|their)\s+own|by\s+(?:himself|herself|themselves)|himself|herself|"
    r"zonder\s+(?:mij|ons|dat\s+ik)|without\s+(?:me|us))\b",
    re.IGNORECASE,
)

# Channels a child contacts on their own (free and anonymous or for children: channels/channels.yml).
SELF_CONTACT = frozenset(
    {"helpwanted", "veiligthuis", "kindertelefoon", "csg", "stopitnow", "zelfmoordpreventie"}
)


def on_their_own(snapshot: Snapshot, situation: str, concern: str | None, text: str) -> list[str]:
    """A parent or teacher: "kan hij op die leeftijd zelf ergens bellen?", "is there somewhere he can
    call on his own, without me?", "kan zij ergens zelf anoniem terecht zonder dat ik erbij ben?":
    where the child can talk, for what goes on for them. Asked about calling or going there, not about
    talking: the first channel for what goes on that a child contacts on their own comes first
    (Helpwanted for images of the child), then where the child can talk."""
    own = situation_channels(snapshot, situation, concern)[0] if concern is not None else []
    first = [] if WANTS_TO_TALK.search(text) else [i for i in own if i in SELF_CONTACT][:1]
    return named_first(first, talk_channels(snapshot, concern))


def no_news_after_police_report(tracker: Tracker, follow_up: str | None, text: str) -> bool:
    """Whether the message says no news came after a report to the police made in this session."""
    return (
        (follow_up is None or follow_up in NO_NEWS_FOLLOW_UPS)
        and bool(NO_NEWS.search(text))
        and reported_to_police(tracker)
    )


# Follow-ups about images online ("vorige week weer", read as "it is online again") in a talk with no
# images in it: a detail of what happened, thanked for (domain/situations.yml), with its help.
IMAGE_FOLLOW_UPS = frozenset({"still_online", "ask_removal"})
TALKS_WITHOUT_IMAGES = frozenset({"sexual_violence", "violence_at_home", "danger_now", "suicidal_thoughts"})
IMAGE_WORD = re.compile(
    r"\b(?:foto\w*|pic\w*|nude\w*|naakt\w*|filmpje\w*|film\w*|video\w*|vid|vids|clip\w*|photo\w*|picture\w*|"
    r"selfie\w*|beeld\w*|image\w*|online|internet|site\w*|link\w*|insta\w*|snap\w*|tiktok|account\w*|post\w*|"
    r"gedeeld|shared|rond|around|offline|opgenomen|recorded|gefilmd|filmed)\b",
    re.IGNORECASE,
)
# Thanks for a detail of what happened (also actions/context_fallback.py).
DETAIL_NOTED = "utter_detail_noted"
# Follow-ups about taking images of oneself off a public site, or reporting them there.
PUBLIC_IMAGE_STEPS = frozenset({"ask_removal", "still_online", "ask_report_anonymously", "after_report"})
NOT_PAYING = "ask_if_not_pay"
PRIVACY = "ask_privacy"
# Contacting a channel ("als ik daar contact mee opneem", "als ik ze bel", "if i call them"), not this chat.
CONTACTING_A_CHANNEL = re.compile(
    r"\b(?:als|wanneer|if|when)\s+(?:ik|i)\s+(?:\S+\s+){0,3}?(?:contact\s+(?:mee\s+)?opneem|contact|bel|call|chat|mail|"
    r"schrijf|write|ga|go)\b(?=.*\b(?:daar|die|hen|ze|them|they|hun|their|helpwanted|stop\s*it\s*now|offlimits|"
    r"kindertelefoon|politie|police|csg|113)\b)|\b(?:daar|die|hen|them)\s+(?:\S+\s+)?(?:contact|bel|call|bellen)\b",
    re.IGNORECASE,
)
AFTER_REPORT = "after_report"
COST = "ask_cost"
# What "wat als ik niet betaal?" is about: money, a demand, doing what the other wants ("en als ik hem
# niks betaal?", "what if i dont send more", "wat als ik het niet doe?", "hij wil 200 euro").
PAYING = re.compile(
    r"\b(?:betaal\w*|betalen|betaald|pay\w*|paid|geld|money|cash|euro\w*|bitcoin\w*|crypto|gift\s?cards?|"
    r"cadeaukaart\w*|tikkie|overmaken|overgemaakt|transfer|eis\w*|demand\w*|losgeld|ransom|"
    r"(?:niet|nie|not|don'?t|dont|never|nooit)\s+(?:\S+\s+){0,2}?(?:doe|doen|do|stuur|sturen|send|geef|geven|give)|"
    r"(?:doe|doen|do)\s+wat\s+(?:hij|ze|zij|he|she|they)|what\s+(?:he|she|they)\s+(?:says|wants)|"
    r"(?:meer|more|nog\s+een|another)\s+(?:\S+\s+)?(?:foto\w*|pic\w*|nude\w*|video\w*|filmpje\w*))\b"
    r"|€\s?\d|\b\d+\s*(?:euro|eur|€)",
    re.IGNORECASE,
)


def paying_a_channel(tracker: Tracker, snapshot: Snapshot, text: str) -> bool:
    """Whether "moet ik ze betalen?", "moet ik daarvoor betalen?" asks what a channel named now or
    just before costs: no blackmail was told in this session, and a channel is named or pointed to."""
    if said_in_session(tracker, BLACKMAIL):
        return False
    if find_channels(text, snapshot):
        return True
    return bool(REFERENCE.search(text)) and bool(named_before(tracker, snapshot, within=3))


# An official report ("aangifte", "a police report") named in a follow-up.
# How an aangifte is made, asked about: online, by phone, at home, by video, or not at a station ("kan dat
# gewoon online?", "moet ik daarvoor naar het bureau?", "can i do it by phone"). shared/reference/contacts.md:
# by phone (call-back 08:00-22:00), by 3D video, at home, at a station by appointment; online only for theft,
# vandalism and internet fraud (twentieth session, a read miss of the twenty-second conversations as a
# family).
WAYS_OF_AANGIFTE = re.compile(
    r"\b(?:online|internet|digitaal|via\s+(?:de\s+)?(?:site|website|app|computer|laptop)|telefonisch|by\s+phone|"
    r"over\s+the\s+phone|via\s+(?:de\s+)?telefoon|video\w*|thuis|at\s+home|from\s+home|"
    r"(?:naar|to)\s+(?:een\s+|het\s+|a\s+|the\s+)?(?:politie\s*)?(?:bureau|station)|politiebureau|police\s+station)\b",
    re.IGNORECASE,
)
AANGIFTE_WAYS_RESPONSE = "utter_aangifte_ways"
# A parent asking whether they may reach out for their child: "kan ik als moeder ook bellen?", "mag ik namens
# haar contact opnemen", "can i call them for my son".
PARENT_MAY_CALL = re.compile(
    r"^(?=.*\b(?:bellen|bel|contact|chatten|mailen|call|reach|chat|melden|report)\b)"
    r".*\b(?:kan|mag|moet|can|may|should)\s+(?:ik|i)\s+(?:\S+\s+){0,4}?(?:als\s+(?:moeder|vader|ouder|mama|papa|"
    r"oma|opa|voogd|pleegouder\w*)|namens\s+(?:haar|hem|mijn|mn)|for\s+(?:her|him|my\s+(?:son|daughter|kid|child))|"
    r"as\s+(?:a|her|his|the)\s+(?:mom|mum|mother|dad|father|parent))\b"
    r"|\b(?:kan|mag|can|may)\s+(?:ik|i)\s+(?:\S+\s+){0,2}?(?:ook\s+|also\s+|zelf\s+)?(?:bellen|call)\s+(?:voor|for)\s+"
    r"(?:haar|hem|her|him|mijn|my)\b",
    re.IGNORECASE,
)
PARENT_MAY_CALL_RESPONSE = "utter_parent_may_call"
# How many of the session's user messages (newest first, this one counted twice at most) an aangifte is read
# from.
AANGIFTE_WITHIN = 4


def aangifte_said_recently(tracker: Tracker) -> bool:
    """Whether an aangifte was spoken of in this message or the few before it."""
    return any(AANGIFTE.search(str(m.get("text") or "")) for m in user_messages(tracker)[:AANGIFTE_WITHIN])


HESITATE_PRIVATE_RESPONSE = "utter_follow_up_hesitate_to_report__private"
SHAME_FOLLOW_UP = "feel_ashamed"
SEXUAL_VIOLENCE_INTENT = "sexual_violence"
# Something sexual told (done, undressed, touched, on camera), or shame felt in the body ("ik voel me zo
# vies", "i feel disgusting"): shame after it goes to CSG first.
SEXUAL_ACT = re.compile(
    r"\b(?:vies|viezig|smerig|vuil|walg\w*|disgusting|dirty|gross|filthy|"
    r"seks\w*|sex\w*|naakt\w*|nude\w*|bloot|uitkleden|uitgekleed|undress\w*|aangeraakt|touched|betast\w*|"
    r"webcam|cam|camera|verkracht\w*|rape\w*|raped|misbruik\w*|abuse\w*|aangerand\w*|assault\w*|"
    r"(?:dingen|iets)\s+(?:gedaan|doen|laten\s+doen)|did\s+(?:things|stuff)|do\s+(?:things|stuff)|"
    r"(?:made|got|asked|wanted|told)\s+me\s+(?:to\s+)?do|video\s*call\w*|videobel\w*|facetime\w*|"
    r"(?:laten|liet)\s+(?:\S+\s+){0,2}(?:doen|zien|uittrekken))\b",
    re.IGNORECASE,
)
DECLINE = "decline_help"
CHAT_INSTEAD = "utter_chat_instead"
# "Wat past daarbij?", "welke kan dat?", "what fits?", "is there something": asks which help fits a
# wish, not a refusal of help.
WHAT_FITS = re.compile(
    r"\b(?:wat|welke|wie|what|which|who)\s+(?:\S+\s+)?(?:past|fits?|kan|kun|can|could|is\s+er|works?|werkt)\b"
    r"|\b(?:is|are)\s+there\s+(?:something|anything|anyone|one)\b|\bis\s+er\s+(?:iets|iemand|een)\b",
    re.IGNORECASE,
)
# "Kan ik ook mailen?", "can i text them instead?", "is er een mailadres?": a question about another way
# to reach the help, not a refusal of it.
ASKS_ANOTHER_WAY = re.compile(
    r"\b(?:kan|kun|mag|can|could|may)\s+(?:ik|je|i|you)\s+(?:\S+\s+){0,3}?"
    r"(?:chatten|chat|typen|type|appen|whatsappen|texten|text|sms(?:en)?|mailen|e-?mail(?:en)?|schrijven|write|"
    r"message)\b"
    r"|\b(?:is\s+er|heeft\s+\S+|have\s+they|do\s+they\s+have|is\s+there)\s+(?:ook\s+|also\s+)?"
    r"(?:een\s+|an?\s+)?(?:chat|mail|e-?mail|mailadres|email\s+address|app)\b",
    re.IGNORECASE,
)


# A report made at a channel other than the police ("ik heb de link bij offlimits gemeld", "i reported it
# to offlimits already", "heb helpwanted al een mail gestuurd", "het formulier van offlimits ingevuld"),
# and the follow-ups about what happens with it (how long, still online, what now).
REPORT_MADE = re.compile(
    r"\b(?:gemeld|gerapporteerd|reported|flagged|gemaild|ge-?maild|emailed|mailed|ingevuld|filled\s+in|filled\s+out|"
    r"(?:mail|bericht|formulier)\w*\s+(?:\S+\s+){0,2}?(?:gestuurd|verstuurd|ingevuld|sent)|"
    r"(?:sent|send)\s+(?:them\s+|an?\s+)?(?:e-?mail|mail|message|form)|contact\s+(?:mee\s+)?opgenomen|contacted|"
    r"(?:heb|had|ben)\s+(?:\S+\s+){0,3}?(?:gebeld|gechat|gemaild)|(?:called|chatted\s+with|messaged))\b",
    re.IGNORECASE,
)
ABOUT_A_REPORT_MADE = frozenset({"ask_removal", "still_online", "after_report"})


def reported_at(tracker: Tracker, snapshot: Snapshot) -> list[str]:
    """The channels (not the police: `reported_to_police`) an earlier message of this session says a
    report was made at, latest first."""
    found: list[str] = []
    for message in user_messages(tracker)[1:]:
        text = str(message.get("text") or "")
        if REPORT_MADE.search(text):
            found += [i for i in find_channels(text, snapshot) if i != POLICE and i not in found]
    return found


class ActionAnswerFollowUp(Timed, Action):
    """Answer a follow-up question for the remembered situation and age, naming cards shown before."""

    def name(self) -> str:
        """The action's name in the domain."""
        return "action_answer_follow_up"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Send the words for (follow-up, situation), then the channels not shown in the last turns."""
        follow_up = str((tracker.latest_message.get("intent") or {}).get("name"))
        snapshot = get_catalog().snapshot()
        if follow_up == NOT_PAYING and paying_a_channel(
            tracker, snapshot, str(tracker.latest_message.get("text") or "")
        ):
            # "De politie zei dat slachtofferhulp me zou bellen", then "moet ik ze betalen?": what
            # that help costs, not what happens if one does not pay a blackmailer.
            follow_up = COST
        situation = situation_in_view(tracker, snapshot.routing.topics)
        if (
            follow_up == NOT_PAYING
            and situation is not None
            and situation not in IMAGES_OF_THEM
            and not PAYING.search(str(tracker.latest_message.get("text") or ""))
            and not said_in_session(tracker, BLACKMAIL)
        ):
            # "Ik heb hem al geblokt maar ik voel me er ziek van" after abuse material in a dm, read as
            # "what if I don't pay?": no money or demand in it and no blackmail told, so a detail of the
            # situation, answered as one (no own images made up; nineteenth session, a read miss of the
            # twenty-first conversations as a family).
            from actions.context_fallback import ActionContextualFallback

            return await ActionContextualFallback(clock=self._clock).run(dispatcher, tracker, domain)
        events: list[EventType] = []
        if situation is not None and situation == back_to_earlier_images(tracker, snapshot.routing.topics):
            # "Maar even terug naar die foto, hoe krijg ik die weg?" after a detour: that talk again.
            events.append(SlotSet("situation", situation))
        if (
            follow_up == PRIVACY
            and situation is not None
            and CONTACTING_A_CHANNEL.search(str(tracker.latest_message.get("text") or ""))
        ):
            # "Blijft het anoniem als ik daar contact mee opneem?" after the answer for one's own
            # urges: whether the help stays anonymous, not whether this chat is stored.
            follow_up = ANONYMOUS
        if (
            situation is not None
            and tracker.get_slot("situation") is None
            and situation == asked_about(tracker, snapshot.routing.topics)
        ):
            # "Ik ben 12" right after the safety check asked about "mn broer slaat me": the answer
            # is about that, and it stays what the talk is about.
            events.append(SlotSet("situation", situation))
        implied = IMPLIED_SITUATION.get(follow_up)
        if implied in snapshot.routing.topics and situation not in IMAGES_OF_THEM:
            situation = implied
            events.append(SlotSet("situation", implied))
        if situation in MATERIAL_SITUATIONS and said_in_session(tracker, IMAGES_OF_ME):
            # "Er staat er ook een van mij tussen" after images seen: one's own images now.
            situation = OWN_IMAGES
            events.append(SlotSet("situation", OWN_IMAGES))
        adults = tracker.get_slot("material") == "adults"
        if (
            (situation in MATERIAL_SITUATIONS or situation is None)
            and adults
            and follow_up in ABOUT_THE_MATERIAL
        ):
            # "Kan je dat ergens melden zodat het eraf gaat?" about a video of adults, also when no
            # situation was recognised: the police, never the Meldpunt or Helpwanted.
            situation = ADULTS_MATERIAL
        age = tracker.get_slot("age")
        if follow_up not in snapshot.routing.follow_ups:
            dispatcher.utter_message(response="utter_what_i_can_do")
            return []
        text = str(tracker.latest_message.get("text") or "")
        # The channels this message asks about, read once; `named` may be replaced below (a channel
        # named before, the police dropped from a doubt), this stays what the message itself names.
        message_names = compared_now(tracker, snapshot, text, find_channels(text, snapshot))
        if POLICE in message_names and said_in_session(tracker, AANGIFTE):
            # After an aangifte was asked about, "kan offlimits me daarbij helpen of moet alles via de
            # politie?" puts the police first: an aangifte is made there, the other channel beside them
            # (nineteenth session, a read miss of the thirteenth conversations as a family).
            message_names = named_first([POLICE], message_names)
        named = message_names
        if not named and follow_up in REFERS_BACK and REFERENCE.search(text):
            # "Moet ik daar dan voor betalen?" after "ze vroegen of slachtofferhulp mijn gegevens
            # mocht krijgen": the channel named just before is what "daar" points to; beside the
            # police (often only the setting: "na mijn aangifte", "de politie vroeg"), the other one.
            before = named_before(tracker, snapshot, within=3)
            named = [i for i in before if i != POLICE][:1] or before[:1]
        # A channel named now, else in an earlier message ("helpwanted heeft me geholpen" before
        # "nu staat hij weer op een andere site"), tells what it is about when nothing else does.
        earlier = named or (named_before(tracker, snapshot) if situation is None else [])
        implied_by_name = SITUATION_OF_NAMED.get(earlier[0]) if earlier else None
        # "Wanneer is helpwanted bereikbaar?", "is the kindertelefoon free?" before anything was told:
        # about that channel only, no situation made up from its name (nineteenth session, a read miss
        # of the eighteenth conversations as a family).
        about_named_only = situation is None and bool(message_names) and follow_up in REFERS_BACK
        if situation is None and implied_by_name in snapshot.routing.topics and not about_named_only:
            situation = implied_by_name
            events.append(SlotSet("situation", implied_by_name))
        if situation is None and follow_up in NEEDS_SITUATION and not named:
            if not earlier:
                dispatcher.utter_message(response=NEEDS_SITUATION_RESPONSE)
                return []
            # "Ik wil csg bellen ..." then "mag mn vriendin naast me zitten?": about the channel
            # named before, though no situation was recognised.
            named = earlier

        step = tracker.get_slot("last_topic")
        extra: list[str] = []
        # "Ik wil er gewoon met iemand over praten, ik ben 19" after "ik heb het al gemeld bij de
        # politie": the report is made; who to talk to now is the question (Slachtofferhulp first).
        talk_after_report = (
            follow_up in ABOUT_THE_SITUATION
            and bool(WANTS_TO_TALK.search(text))
            and reported_to_police(tracker)
        )
        if (
            follow_up in POLICE_STEP_FOLLOW_UPS
            and step not in POLICE_SITUATIONS
            and situation != URGES
            and not talk_after_report
            and police_step_before(tracker, snapshot)
        ):
            # "Mag mn zus mee?" or "ik ben pas 12" after "ik wil aangifte doen" and more details:
            # about the police.
            step = "report_to_police"
        concern = concern_in_view(tracker, situation, snapshot.routing.topics)
        if (
            follow_up == PARENTS
            and step not in POLICE_SITUATIONS
            and situation not in SOMEONE_ELSE
            and situation != URGES
            and ABOUT_REPORTING.search(text)
            and reporting_channels(snapshot, situation, concern)[:1] == [POLICE]
        ):
            # "Als ik het meld, moeten mijn ouders het dan weten?" about an adult online: a question
            # about what the police do when one reports (under 13 they contact the parents).
            step = "report_to_police"
        if situation == URGES:
            named = police_as_fear(named, situation)
        elif not named and situation in SOMEONE_ELSE and ON_THEIR_OWN.search(text):
            # Also as a follow-up ("kan zij ergens zelf anoniem terecht zonder dat ik erbij ben?" read as
            # reporting anonymously: twenty-first session, a read miss of the eleventh conversations,
            # m007, as a family).
            named = on_their_own(snapshot, str(situation), concern, text)
        elif follow_up == ANONYMOUS and set(named) <= {POLICE} and knows_who(tracker):
            # "Ik weet wie het is, kan ik hem anoniem aangeven?": the anonymous tip first.
            named = list(KNOWN_PERSON_CHANNELS)
        elif follow_up == HESITATE and POLICE in named and POLICE_QUESTION.search(text):
            # "Als ik aangifte doe, komt de politie dan bij ons thuis?": a question about what the
            # police do, not a doubt about them; the police first.
            named = named_first([POLICE], named)
        elif follow_up == HESITATE and POLICE in named:
            # "Moet ik echt naar de politie? ik wil geen gedoe": reporting is a choice; the help for
            # the situation first, the police after it (also after "ik kan ook aangifte doen": the
            # doubt is about that step, so not its channels first).
            named = [i for i in named if i != POLICE]
            extra = [POLICE]
            if step in POLICE_SITUATIONS and situation is not None:
                step = None
        ids, always_open = channel_ids(
            snapshot,
            follow_up,
            situation,
            named,
            step,
            concern,
            about_report=bool(ABOUT_REPORTING.search(text)),
        )
        if about_named_only:
            ids = list(message_names)
        if step in POLICE_SITUATIONS and set(named) <= {POLICE}:
            # "Mag mn zus mee naar het bureau?" after "ik word gechanteerd met een filmpje van mij en
            # wil aangifte doen": the police, Helpwanted right after them.
            ids = with_own_images_help(tracker, snapshot, ids)
        may_report = MAY_I_REPORT.search(text)
        if follow_up == HESITATE and not named and situation in SOMEONE_ELSE:
            # For a friend or a pupil: "mag ik het ook melden?" (no doubt, or who reports) puts where
            # the report goes first; a doubt keeps the situation's help first.
            someone_else_reports = may_report is not None and bool(OTHER_REPORTER.search(may_report.group(0)))
            # An adult online who asks a child for photos (grooming) is reported to the police, also
            # when the helper doubts ("ze wil niet dat ik het vertel. moet ik het toch melden?").
            grooming_reported = concern == GROOMING and (
                may_report is not None or ABOUT_REPORTING.search(text)
            )
            if (may_report and (someone_else_reports or not DOUBT.search(text))) or grooming_reported:
                ids = named_first(reporting_channels(snapshot, situation, concern), ids)
        elif (
            follow_up == HESITATE
            and not named
            and situation not in SOMEONE_ELSE
            and situation != URGES
            and aangifte_said_recently(tracker)
        ):
            # "Moet dat echt? ik wil geen gedoe" right after "mijn moeder zegt dat ik aangifte moet doen": the
            # doubt is about the aangifte, so the police stay in the answer, after the situation's help
            # (twentieth session, a read miss of the twenty-third conversations as a family).
            extra = [POLICE]
        elif follow_up == HESITATE and not named and situation != URGES:
            # What the doubt is about comes first; the words say it is a choice and that talking
            # first is fine. "Moet ik dit echt melden?", "mag ik het ook melden?": where a report
            # goes in this situation (the police for an adult online), the situation's help after
            # it. "Moet ik daar echt voor bellen?": someone to talk to.
            if may_report or ABOUT_REPORTING.search(text):
                ids = named_first(reporting_channels(snapshot, situation, concern), ids)
            elif CALL_OR_TALK.search(text):
                ids = named_first(talk_channels(snapshot, situation), ids)
        if follow_up == PARENTS and not named and situation in SOMEONE_ELSE and concern == GROOMING:
            # "Moet ik het aan haar moeder vertellen of kan ik het zelf melden?" about a younger child
            # an adult asks for photos: telling an adult is good, and the report goes to the police
            # (channels/topics.yml); the help for the child after it.
            ids = named_first(reporting_channels(snapshot, situation, concern), ids)
        # The police after the situation's help (at most a topic's number of channels).
        ids = named_first(ids, extra)
        if follow_up == AFTER_REPORT and not named and reported_to_police(tracker):
            # "Ik heb aangifte gedaan, wat gebeurt er nu?": the report is made; Slachtofferhulp (free
            # support after a crime) first. Before a report, the police who take it (channels/topics.yml).
            ids = victim_support_first(tracker, snapshot, ids)
        talk_asked = tracker.get_slot("last_topic") == TALK_TOPIC
        if talk_after_report:
            ids = victim_support_first(
                tracker, snapshot, named_first(named, talk_channels(snapshot, situation))
            )
        elif follow_up in ABOUT_THE_SITUATION and not named and (WANTS_TO_TALK.search(text) or talk_asked):
            # "Ik wil er met iemand over praten maar kost bellen geld?", or "kost dat geld?" right
            # after asking for someone to talk to: about those one talks to (the talk channels for
            # this situation), not where one reports.
            ids = victim_support_first(
                tracker, snapshot, named_first(talk_channels(snapshot, situation), ids)
            )
        if (
            follow_up in (SHAME_FOLLOW_UP, TALK_TOPIC)
            and situation == GROOMING
            and not named
            and CHILDLINE in snapshot.registry.channels
            and not own_images_told(tracker)
            and not said_in_session(tracker, SEXUAL_ACT)
            and not read_in_session(tracker, {SEXUAL_VIOLENCE_INTENT})
        ):
            # "I feel so stupid, cant sleep. wie kan ik gewoon spreken?" after an adult online who flattered
            # and almost got an address, with no images sent and nothing sexual told: the Kindertelefoon
            # (anyone 8 to 18, about anything) first, CSG after it (channels/topics.yml puts CSG first for
            # shame after sexual things; twenty-third session, a read miss of the twenty-fifth
            # conversations, zb044, as a family).
            ids = named_first([CHILDLINE], ids)
        if follow_up == "ask_hours" and not named and NOW_OR_NIGHT.search(text):
            # "Wie kan ik nu nog bellen?": those that can be reached day and night (or now) first.
            ids = reachable_ids(snapshot, ids, self._clock())
        if situation != DANGER_NOW_TOPIC and EMERGENCY not in named:
            # A calm follow-up ("kost dat geld?", "ik ben 14") after sexual violence told never gets
            # the 112 card; after a danger-now answer 112 stays first (plan_in_view).
            ids = [i for i in ids if i != EMERGENCY]
        # "Kan ik ze ook appen? bellen durf ik niet": those one can chat with first.
        ids = chat_first(snapshot, ids, text)
        said = response_for(follow_up, situation, domain, age, step)
        tip_fits = private_material(tracker, snapshot, situation)
        if follow_up == HESITATE and said == f"utter_follow_up_{HESITATE}" and tip_fits:
            # "Moet ik dit echt melden? ik wil geen gedoe" about child images posted in a Telegram group:
            # no public link for Offlimits; the police, or an anonymous tip, which comes first when the
            # police are turned down (cards.police_last_when_refused; twenty-third session, a read miss
            # of the twenty-fifth conversations, zb054, as a family).
            said = HESITATE_PRIVATE_RESPONSE
            ids = [*(i for i in ids if i != ANONYMOUS_TIP), ANONYMOUS_TIP]
        if tip_fits and not named and ANONYMITY.search(text):
            # "Do I need to give my name if I report it?" about abuse images in a Discord server: no public
            # link for Offlimits, so the anonymous tip first, the police after it (twenty-third session, a
            # read miss of the twenty-sixth conversations, zc008, as a family).
            ids = named_first([ANONYMOUS_TIP], ids)
        if situation == PARENT and PARENT_MAY_CALL.search(text):
            # "Moet zij zelf contact opnemen of kan ik als moeder ook bellen?": no refusal of help; yes,
            # a parent may reach out too, the help for the child's situation (twentieth session, a read
            # miss of the twenty-second conversations as a family).
            said = PARENT_MAY_CALL_RESPONSE
            ids = situation_channels(snapshot, situation, concern)[0]
        if (
            POLICE in snapshot.registry.channels
            and WAYS_OF_AANGIFTE.search(text)
            and aangifte_said_recently(tracker)
            and not set(message_names) - {POLICE}
        ):
            # "Kan dat gewoon online?" after "ik wil aangifte doen maar niet naar een bureau": the ways to
            # make an aangifte, the police first.
            said = AANGIFTE_WAYS_RESPONSE
            ids = named_first([POLICE], ids)
        if no_news_after_police_report(tracker, follow_up, text):
            # "Ik heb nog steeds niks gehoord van de politie, en nu?": Slachtofferhulp first.
            said = NO_NEWS_RESPONSE
            ids = victim_support_first(tracker, snapshot, ids)
        if (
            follow_up in IMAGE_FOLLOW_UPS
            and situation in TALKS_WITHOUT_IMAGES
            and not said_in_session(tracker, IMAGE_WORD)
        ):
            # "Vorige week weer" after "mijn opa doet dingen bij me die ik niet wil" (read as "it is
            # online again"): no images were told of, so a detail of what happened: thanked for, with
            # the help for it (never Helpwanted or the Meldpunt).
            said = DETAIL_NOTED
            ids = situation_channels(snapshot, situation, concern)[0]
            if situation != DANGER_NOW_TOPIC:
                ids = [i for i in ids if i != EMERGENCY]
        if (
            follow_up == DECLINE
            and situation in snapshot.routing.topics
            and WITHOUT_CALLING.search(text)
            and (WHAT_FITS.search(text) or ASKS_ANOTHER_WAY.search(text) or TAKE_DOWN_OR_REPORT.search(text))
        ):
            # "Ik wil niet bellen en niet praten. alleen online. wat past daarbij": no refusal of
            # help, a wish to write; the situation's help, those one can chat with first. So too "ik wil
            # niet bellen echt niet. kan ik ook mailen?" (twenty-third session, a read miss of the
            # twenty-fifth conversations, zb001, as a family), and "can you just delete it for me? i dont
            # wanna call anyone" (a read miss of the twenty-sixth, zc046): those that remove images, by chat,
            # first.
            said = CHAT_INSTEAD
            ids = chat_first(snapshot, situation_channels(snapshot, str(situation), concern)[0], text)
        ids = with_home_help(tracker, situation, ids)
        ids = someone_else_help_first(tracker, snapshot, situation, text, ids)
        ids = home_help_without_parents(tracker, snapshot, situation, text, ids)
        if (
            POLICE in snapshot.registry.channels
            and set(message_names) <= {POLICE}
            and adult_reports_for_a_child(tracker, follow_up, situation, concern, text)
        ):
            # "Moet ik met haar naar de politie of maak ik het dan erger?" from a parent: the police
            # first (cards.adult_reports_for_a_child).
            ids = named_first([POLICE], ids)
        if AANGIFTE.search(text) and follow_up != HESITATE and POLICE in snapshot.registry.channels:
            # "Helpt offlimits ook met aangifte?": an official report is made at the police; the police
            # first, the channel named after them.
            ids = named_first([POLICE], ids)
        if (
            message_names
            and follow_up != HESITATE
            and situation != URGES
            and (ASKS_WHAT_IT_CAN_DO.search(text) or follow_up in REFERS_BACK)
        ):
            # "Kan de politie daar iets mee of telt het niet omdat het nep is?" after an AI nude, "what
            # happens if i call the politie": the channel asked about first. So too a question about
            # one named channel's hours, cost or company ("is het csg 's avonds laat bereikbaar?" from
            # a mother whose daughter an uncle touched: not Veilig Thuis first; nineteenth session, a
            # read miss of the twenty-first conversations as a family).
            ids = named_first(message_names, ids)
        if (
            follow_up == "give_age"
            and not named
            and CHILDLINE in snapshot.registry.channels
            and under_13_about_an_adult_online(tracker, situation, text, step, ABOUT_REPORTING)
        ):
            # "Im only 11 btw. who do i even tell", "als ik 11 ben mag ik dan zelf bellen?" about an adult
            # online: under 13 the police contact the parents, so the Kindertelefoon (anonymous, 8 to 18)
            # first, the police after it. After a step to the police ("wil aangifte doen", then "ik ben
            # pas 12") the age is about that report; a meeting planned puts the police first (below).
            ids = named_first([CHILDLINE], ids)
        if (situation == GROOMING or concern == GROOMING) and not message_names and meeting_planned(tracker):
            # "Hij wil morgen afspreken" with an adult online, then "mijn ouders weten het niet": the
            # police first in the answer (a meeting is where it gets dangerous). Also for "how do i report
            # this without her finding out it was me" (the anonymous tip would come first; twentieth
            # session, a read miss of the twenty-second conversations as a family).
            ids = named_first([POLICE], ids)
        if situation is not None and situation in snapshot.routing.topics and tried_channels(text, snapshot):
            # "Ik heb helpwanted gebeld maar niemand nam op": the situation's other help too (the
            # channel tried comes after them, cards.plan_in_view).
            ids = named_first(ids, situation_channels(snapshot, situation, concern)[0])
        if (
            follow_up in PUBLIC_IMAGE_STEPS
            or (follow_up == "give_age" and ids[:1] == ["helpwanted"])
            or (follow_up != HESITATE and TAKE_DOWN_OR_REPORT.search(text))
        ):
            # "Hoe krijg ik het van die site af?" about one's own video on a porn site: Helpwanted,
            # and the Meldpunt Kinderporno for the link; also when the age is told ("telt dat nog als
            # ik nu 20 ben?" about a video from when one was 15), and when another question asks for it ("hoe
            # krijgen we dat eraf? ze wil niet dat onze ouders het weten": twenty-first session, a read miss
            # of the twenty-third conversations, i055, as a family).
            ids = meldpunt_for_public_images(tracker, situation, ids)
        if (
            follow_up in PUBLIC_IMAGE_STEPS
            and not message_names
            and child_images_of_someone_else_online(tracker, situation)
        ):
            # "Kunnen jullie het weghalen?" about a video of one's sister of 11 on a site: child sexual abuse
            # material on the public internet, so the Meldpunt (its reports are handled within 24 hours)
            # first, Helpwanted beside it (twentieth session, a read miss of the twenty-second
            # conversations as a family).
            ids = named_first([MELDPUNT], ids)
        if follow_up in ABOUT_A_REPORT_MADE and not message_names:
            # "Ik heb de link al bij offlimits gemeld", then "hoe lang duurt het voor het weg is?": the
            # channel that has the report first (nineteenth session, a read miss of the twenty-first
            # conversations as a family).
            ids = named_first(reported_at(tracker, snapshot), ids)
        if what_now(text) and not named:
            # "And now?" read as a follow-up: the help of the answer just given, in its order.
            ids = last_channel_order(tracker) or ids
        ids = assault_filmed_first(tracker, situation, ids)
        route, before = plan_in_view(tracker, snapshot, follow_up, ids, self._clock(), always_open)
        dispatcher.utter_message(response=said)
        if follow_up == "ask_cost":
            # What each costs, then how to reach them ("welk nummer is dat en kost het geld?").
            lines = cost_lines(list(route.channels), conversation_language(tracker))
            dispatcher.utter_message(text="\n".join(lines))
        if follow_up == "ask_hours":
            # When each can be reached, per phone, chat and form, as the registry says it; for a
            # question about now or the night, those reachable then first.
            at = self._clock()
            channels = list(route.channels)
            if NOW_OR_NIGHT.search(text):
                channels = reachable_first(channels, at)
            dispatcher.utter_message(
                text="\n".join(hours_lines(channels, at, conversation_language(tracker)))
            )

        shown = send_cards(dispatcher, route, before, asked_for=ids, language=conversation_language(tracker))
        note_urgency_about_images(dispatcher, tracker)
        # Log only ids, never message text: conversations stay anonymous.
        logger.info("follow-up=%s situation=%s channels=%s", follow_up, situation, ",".join(route.ids))
        return [*events, SlotSet("shown_channels", shown)]
