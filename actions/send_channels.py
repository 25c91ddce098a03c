"""Routing actions: send the channels that fit the young person's situation, read live from the registry."""

from __future__ import annotations

import logging
import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.cards import (
    ASKS_WHAT_IT_CAN_DO,
    CHILDLINE,
    CONCERNS,
    GROOMING,
    HELPING_FRIEND,
    MELDPUNT,
    OWN_IMAGES,
    OWN_IMAGES_HELP,
    PARENT,
    POLICE_STEPS,
    PRIVATE_PLACE,
    REFUSES_POLICE,
    REPORT_WORDS,
    SOMEONE_ELSE,
    WITHOUT_CALLING,
    adult_reports_for_a_child,
    assault_filmed_first,
    chat_first,
    childline_without_parents,
    concern_in_view,
    home_help_first,
    home_help_without_parents,
    meeting_planned,
    meldpunt_for_public_images,
    named_first,
    note_urgency_about_images,
    police_refused,
    reachable_ids,
    reports_private_images,
    show_in_view,
    situation_channels,
    situation_in_view,
    under_13_about_an_adult_online,
    user_messages,
    victim_support_first,
    with_own_images_help,
)
from actions.context_fallback import SHOULD_I_ACT, ActionContextualFallback
from actions.follow_ups import (
    AANGIFTE,
    AANGIFTE_WAYS_RESPONSE,
    CHAT_INSTEAD,
    REPORT_STEP,
    TALK_TOPIC,
    URGES,
    WANTS_TO_TALK,
    WAYS_OF_AANGIFTE,
    private_material,
    reporting_channels,
    talk_channels,
)
from actions.named_channel import POLICE, compared_now, find_channels, named_before
from actions.timed import Timed
from bot.referral import ANONYMOUS_TIP
from bot.registry import get_catalog
from bot.registry.catalog import Snapshot

logger = logging.getLogger(__name__)

AFFIRM_INTENT = "affirm"
HELP_OVERVIEW = "ask_help_overview"
# Concerns that are not about images: a reporting step for them goes where the concern goes.
NOT_ABOUT_IMAGES = frozenset({"violence_at_home", "sexual_violence", "worried_own_urges", "grooming"})
# Reporting steps: a channel the message names ("bij de politie", "bij offlimits") comes first.
REPORT_STEPS = frozenset({"report_illegal_content", "report_to_police", "ask_melding_vs_aangifte"})
EVIDENCE = "ask_save_evidence"
# "Is er een site met een overzicht?", "welke hulp is er allemaal?": the overview itself, also in
# the middle of a situation (where "waar kan ik heen?" gets the situation's channels).
WHOLE_OVERVIEW = re.compile(
    r"\b(?:overzicht|overview|allemaal|alle\s+hulp|all\s+the\s+help|lijst|list|welke\s+hulp\s+(?:er\s+)?(?:is|zijn)|"
    r"what\s+help\s+(?:is\s+there|exists)|wat\s+voor\s+hulp\s+(?:er\s+)?(?:is|bestaat)|site\s+met|website\s+with)\b",
    re.IGNORECASE,
)
# Steps, feelings and questions about help: they do not replace what happened. After "my nude is
# going round", "I reported it to TikTok" or "I feel so bad" is still about the own images: the
# follow-ups that come next ("it is still online", "my parents must not know") are answered for
# that situation. The step itself is kept in `last_topic` (the police answer to "I'm 12" needs it).
# "Where can I go?" (ask_help_overview) in the middle of a situation is answered with its channels.
STEP_TOPICS = frozenset(
    {
        "report_illegal_content",
        "report_to_police",
        "ask_melding_vs_aangifte",
        "platform_not_removing",
        "ask_save_evidence",
        "ask_am_i_in_trouble",
        "feel_bad_need_to_talk",
        "ask_help_overview",
        "ask_slachtofferhulp",
        "ask_media_literacy",
        "platform_supervision",
    }
)


def topic_response(topic: str) -> str:
    """The domain response that introduces a topic."""
    return f"utter_topic_{topic}"


def introduction(topic: str, concern: str | None, domain: dict[str, Any]) -> str:
    """The introduction of a topic, for someone else's concern when the domain has one."""
    specific = f"{topic_response(topic)}__{concern}"
    return specific if concern and specific in (domain.get("responses") or {}) else topic_response(topic)


# Topics whose words depend on what happened: the rule leaves them to this action, which says
# `utter_topic_<topic>__<situation>` when the domain has it ("ben ik strafbaar?" after one's own
# forwarding of someone else's image is not "it is not your fault you were shown this").
WORDS_BY_SITUATION = frozenset({"ask_am_i_in_trouble"})
# Wanting to talk: the words say that images can stay with you only when the talk is about images seen
# (or nothing was told yet). In a talk about something else ("my stepdad hits my mom", "my photo goes
# round") the words are about talking; asked to write instead of call ("ik durf niet te bellen, is er
# iets zonder praten?", "can you call someone for me? i cant talk on the phone") the words say so, those
# one can chat with first (twenty-first session, read misses of the twenty-third conversations, i011 and
# i060, as a family). The rule leaves the words to this action.
TALK_IN_A_TALK = "utter_topic_feel_bad_need_to_talk__in_a_talk"


def talk_words(tracker: Tracker, snapshot: Snapshot, text: str) -> str:
    """The words before the channels for wanting to talk, for what the talk is about."""
    in_view = situation_in_view(tracker, snapshot.routing.topics)
    if in_view is not None and WITHOUT_CALLING.search(text):
        return CHAT_INSTEAD
    if in_view is not None and in_view not in SEEN_TOPICS and in_view != TALK_TOPIC:
        return TALK_IN_A_TALK
    return topic_response(TALK_TOPIC)


def offer_response(topic: str) -> str:
    """The domain response that offers a topic as a yes/no follow-up."""
    return f"utter_offer_{topic}"


# Words for a friend, a sibling or a classmate: a parent who names one now may be helping a friend.
PEER_WORDS = re.compile(
    r"\b(?:vriend\w*|friend\w*|bff|bestie|klasgeno\w*|classmate\w*|teamgeno\w*|teammate\w*|zus\w*|broer\w*|sister\w*|"
    r"brother\w*|nicht\w*|neef\w*|cousin\w*)\b",
    re.IGNORECASE,
)
# Calling, chatting or writing to a channel: "ik wil csg bellen", "can i chat with helpwanted".
CONTACT = re.compile(
    r"\b(?:bellen|bel|chatten|chat|call|calling|contact|contacten|mailen|appen|spreken|terecht|bereiken|reach)\b"
    # "Kan dat nu bij csg?", "can i do that with the kindertelefoon?": asking to go there.
    r"|\b(?:kan|kun|can|could|mag|may)\s+(?:dat|dit|ik|je|that|this|i)\s+(?:\S+\s+){0,2}?(?:bij|at|with|met)\b",
    re.IGNORECASE,
)
# Steps about reporting or removing what is online (for one's own images on a public site, the
# Meldpunt Kinderporno too).
PUBLIC_IMAGE_TOPICS = frozenset(
    {
        "report_illegal_content",
        "platform_not_removing",
        "ask_save_evidence",
        "own_images_shared",
        "helping_friend",
    }
)
# Talks about images of the young person or a friend: told now ("mn foto van toen ik 14 was staat op
# een website"), or before the step asked about now.
STEP_SITUATIONS = frozenset({"own_images_shared", "helping_friend"})
# Images seen (not of oneself): a wish to talk in the same message puts those one talks to first.
SEEN_TOPICS = frozenset({"saw_illegal_images", "porn_industry_exploitation"})
# Words for abuse material of children, said in a talk about one's own image: a new talk.
CHILD_MATERIAL_WORDS = re.compile(
    r"\b(?:kinderporno\w*|kindermisbruik\w*|child\s*porn\w*|cp|csam|child\s+abuse|kinderen|kids|children|"
    r"kind|child|baby\w*)\b",
    re.IGNORECASE,
)
ONLINE_REPORT_SITUATIONS = frozenset(
    {"saw_illegal_images", "report_illegal_content", "platform_not_removing", "own_images_shared"}
)
WITHOUT_POLICE_RESPONSE = "utter_report_without_police"
TIP_INSTEAD_RESPONSE = "utter_report_without_police__private"
# How many of this session's user messages (the one answered too) a time of night is read from.
TALK_NOW_WITHIN = 4
# A message that asks (a question, a request for help or for the numbers), not one that only tells.
ASKS = re.compile(
    r"\?|\b(?:waar|where|welke|welk|which|wie|who|hoe|how|wat\s+(?:moet|kan|kun)|what\s+(?:should|can|do)|"
    r"nummer\w*|numbers?|nog\s+(?:een\s+keer|eens)|again|opnieuw|help|hulp|please|pls|plz|graag)\b",
    re.IGNORECASE,
)
# Someone to talk to, asked for now or at night: who can be reached then comes first.
TALK_TOPICS = frozenset({"feel_bad_need_to_talk", "feel_ashamed"})
TALK_NOW = re.compile(
    r"\b(?:right\s+now|nu\s+meteen|nu\s+nog|nu\s+even|op\s+dit\s+moment|vannacht|tonight|'?s\s*nachts|snachts|"
    r"at\s+night|midden\s+in\s+de\s+nacht|middle\s+of\s+the\s+night|\d{1,2}\s*(?:am|uur\s+'?s\s*nachts)|"
    r"(?:het\s+is|its|it'?s|it\s+is)\s+(?:al\s+|like\s+|bijna\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:uur|am|pm)?|"
    # "Wie is er nu wakker?", "is anyone awake", "who's up right now": someone to talk to at night.
    r"(?:wie|iemand)\s+(?:is\s+)?(?:er\s+)?(?:nu\s+|nog\s+)*wakker|(?:is\s+)?(?:anyone|anybody|someone|who'?s|who\s+is)\s+"
    r"(?:still\s+)?(?:awake|up))\b",
    re.IGNORECASE,
)


def talk_now(tracker: Tracker) -> bool:
    """Whether the message answered or the few before it (`TALK_NOW_WITHIN`) ask for someone now or
    at night (`TALK_NOW`)."""
    return any(TALK_NOW.search(str(m.get("text") or "")) for m in user_messages(tracker)[:TALK_NOW_WITHIN])


def report_step_by_material(
    tracker: Tracker, snapshot: Snapshot, situation: str | None, concern: str | None, ids: list[str]
) -> list[str]:
    """Where a report goes, by what the images show (nineteenth session, read misses of the tenth and
    seventeenth conversations as families): one's own images made as an adult ("all taken when i was
    already an adult", slot `material` adults) go to the police first, Helpwanted beside them for
    removal; a site with children's images that are not of the young person or the child one helps
    ("a roblox account sent my little brother a link to a site with naked kids") goes to the Meldpunt
    first."""
    registry = snapshot.registry.channels
    material, place = tracker.get_slot("material"), tracker.get_slot("place")
    if situation == OWN_IMAGES and material == "adults" and POLICE in registry:
        return named_first([POLICE], ids)
    if (
        situation != OWN_IMAGES
        and concern != OWN_IMAGES
        and material == "children"
        and place == "public"
        and MELDPUNT in registry
    ):
        return named_first([MELDPUNT], ids)
    return ids


class ActionSendChannels(Timed, Action):
    """Send the channels of the situation (text and contact-card payload) from the live registry."""

    def name(self) -> str:
        """The action's name in the domain."""
        return "action_send_channels"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Route on the latest intent, or on the offered topic when the user said yes.

        For a situation the user named, the rule has already sent its introduction and sends the
        follow-up offer after this action. After a yes, no rule knows the topic, so this action
        sends the introduction and the next offer itself; for a message written for someone else
        it sends the introduction that fits what is going on.
        """
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        said_yes = intent == AFFIRM_INTENT
        topic = tracker.get_slot("offered_topic") if said_yes else intent
        snapshot = get_catalog().snapshot()
        text = str(tracker.latest_message.get("text") or "")
        if (
            said_yes
            and not isinstance(topic, str)
            and situation_in_view(tracker, snapshot.routing.topics) is not None
        ):
            # "Yesterday", "last week", "op insta" read as a yes with nothing offered, in a talk: a
            # detail of what happened, thanked for with the situation's help (as a detail not
            # understood is), not the list of topics (a read miss of the sixteenth conversations,
            # j056, as a family). A plain "ja", "ok" with nothing offered, in a talk, goes on with it:
            # the help just given and what one can ask next, not the list of topics as if the talk
            # began again (nineteenth session, a read miss of the twenty-first conversations as a family).
            return await ActionContextualFallback(self._clock).run(dispatcher, tracker, domain)
        if (
            topic == HELP_OVERVIEW
            and SHOULD_I_ACT.search(text)
            and situation_in_view(tracker, snapshot.routing.topics) is not None
        ):
            # "Should i even do something?? she'll hate me" after a friend's story, read as asking for
            # the overview: a doubt whether to act, answered in context as the contextual fallback does
            # (twenty-first session, a read miss of the twenty-first conversations, l022, as a family).
            return await ActionContextualFallback(self._clock).run(dispatcher, tracker, domain)
        if not isinstance(topic, str) or topic not in snapshot.routing.topics:
            # A yes with nothing offered, or an intent without channels: show the topics.
            dispatcher.utter_message(response="utter_what_i_can_do")
            return [SlotSet("offered_topic", None)]

        situation = tracker.get_slot("situation")
        if (
            topic == HELPING_FRIEND
            and situation == PARENT
            and (ASKS_WHAT_IT_CAN_DO.search(text) or REPORT_WORDS.search(text))
            and not PEER_WORDS.search(text)
        ):
            # "Moet ik met haar naar de politie?" from a mother who told about her daughter ("met haar"
            # read as helping a friend): a parent's question about a step, with a parent's words (a read
            # miss of the twentieth conversations, a007, as a family). Not a detail told ("er gaat een
            # naaktfoto van haar rond"): the talk for someone else goes on as the classifier read it
            # (two conversations of the eleventh set were lost when every such message was kept a parent's).
            topic = PARENT
        entry = snapshot.routing.topics[topic]
        # A step within what happened ("the platform does not remove it" after one's own images
        # were shared) has that situation's channels for it, when channels/topics.yml lists them.
        within = entry.situations.get(situation or "") if topic in STEP_TOPICS else None
        ids, always_open = list(within or entry.channels), entry.always_open
        concern = None
        told = concern_in_view(tracker, situation, snapshot.routing.topics)
        if topic in STEP_TOPICS and told is not None:
            # A step in a talk for someone else ("hoe meld ik dit?" after "haar stiefvader slaat
            # haar") is about what is going on for them: the step's channels for that concern, else
            # the concern's own channels when it is not about images (Veilig Thuis, not Offlimits).
            listed = entry.situations.get(told)
            if listed:
                ids = list(listed)
            elif told in NOT_ABOUT_IMAGES:
                ids, always_open = situation_channels(snapshot, str(situation), told)
        if topic in CONCERNS and situation in SOMEONE_ELSE:
            # Told next in a talk for someone else ("haar vader slaat haar" after "ik ben mentor"):
            # what is going on for that person, with the channels for a parent, teacher or friend.
            concern = topic
            ids, always_open = situation_channels(snapshot, situation, concern)
        elif topic in SOMEONE_ELSE:
            concern = concern_in_view(tracker, topic, snapshot.routing.topics)
            if concern is None and situation in CONCERNS and situation in snapshot.routing.topics:
                # "Mijn vader slaat mijn moeder", then "ik ben 12 en mijn broertje is 6" (read as a
                # talk for someone else): what was told is still what is going on.
                concern = str(situation)
            ids, always_open = situation_channels(snapshot, topic, concern)
        elif topic == HELP_OVERVIEW and not WHOLE_OVERVIEW.search(
            str(tracker.latest_message.get("text") or "")
        ):
            in_view = situation_in_view(tracker, snapshot.routing.topics)
            if in_view is not None and in_view not in STEP_TOPICS:
                ids, always_open = situation_channels(
                    snapshot, in_view, concern_in_view(tracker, in_view, snapshot.routing.topics)
                )
        if (
            topic == HELP_OVERVIEW
            and not said_yes
            and CHILDLINE in snapshot.registry.channels
            and under_13_about_an_adult_online(tracker, situation, text, tracker.get_slot("last_topic"))
            and not meeting_planned(tracker)
        ):
            # "Ik ben 11. wie moet ik het vertellen?" about an adult online: under 13 the police contact
            # the parents, so the Kindertelefoon (anonymous, 8 to 18) first, the police after it.
            ids = named_first([CHILDLINE], ids)
        # The channels this message names, read once (every use below is for a message, not a yes).
        message_names = (
            [] if said_yes else compared_now(tracker, snapshot, text, find_channels(text, snapshot))
        )
        if topic == REPORT_STEP and not said_yes and not message_names:
            ids = report_step_by_material(tracker, snapshot, situation, told, ids)
        if topic in REPORT_STEPS and not said_yes:
            # "Hoe kan hij dit bij de politie melden?": the channel asked about comes first.
            ids = named_first(message_names, ids)
        elif not said_yes and topic != URGES and (CONTACT.search(text) or ASKS_WHAT_IT_CAN_DO.search(text)):
            # "Ik wil csg bellen over wat er op kamp is gebeurd, but i'm scared to do it alone": the
            # channel the young person wants to call or chat with comes first.
            ids = named_first(message_names, ids)
        if (
            topic in TALK_TOPICS
            and not said_yes
            and situation == OWN_IMAGES
            and not message_names
            and OWN_IMAGES_HELP in snapshot.registry.channels
            # Not when Helpwanted already helped ("helpwanted heeft het meeste offline gekregen", then "ik
            # schaam me nog steeds"): someone else to talk to.
            and OWN_IMAGES_HELP not in named_before(tracker, snapshot)
        ):
            # "I haven't slept in 2 days" or "is er iets zonder praten?" after one's own picture went round:
            # Helpwanted (chat and phone, for exactly that) first, those to talk to after it (twentieth
            # session, read misses of the twenty-third conversations as a family).
            ids = named_first([OWN_IMAGES_HELP], ids)
        if topic in TALK_TOPICS and not said_yes:
            # "Nu wil ik toch met iemand praten" after "we hebben gister aangifte gedaan": support
            # after a crime reported, Slachtofferhulp, first.
            ids = victim_support_first(tracker, snapshot, ids)
            if talk_now(tracker):
                # "Its 3am, who can i even talk to right now", also said a few messages before ("het
                # is 2 uur snachts en ik kan niet slapen", then what happened, then "ik wil praten"):
                # those that can be reached day and night (or are open now) first; a channel whose
                # hours no source confirms after them.
                ids = reachable_ids(snapshot, ids, self._clock())
        if (
            topic == EVIDENCE
            and not said_yes
            and set(message_names) <= {POLICE}
            and reports_private_images(tracker, situation, text)
        ):
            # "Should we forward it to the police so they have proof?" about a child's photo in a dm:
            # never forward it (the words say so), and the police take the report.
            ids = named_first([POLICE], ids)
        if topic in REPORT_STEPS and situation != OWN_IMAGES and tracker.get_slot("place") == PRIVATE_PLACE:
            # "Hoe meld ik dit?" about a classmate's video in the class group chat, or a video sent
            # in a dm: no public link for a Meldpunt or Helpwanted to take down; the police take a
            # report of what goes round in private chats (shared/reference/contacts.md).
            ids = named_first([POLICE], ids)
        if (
            not said_yes
            and POLICE in snapshot.registry.channels
            and set(message_names) <= {POLICE}
            and adult_reports_for_a_child(tracker, topic, situation, told, text)
        ):
            ids = named_first([POLICE], ids)
        without_police = (
            topic in POLICE_STEPS
            and not said_yes
            and situation in ONLINE_REPORT_SITUATIONS
            and tracker.get_slot("place") != PRIVATE_PLACE
            and tracker.get_slot("material") != "adults"
            and REPORT_STEP in snapshot.routing.topics
            # Not "ik wil aangifte doen maar ik wil echt niet naar een bureau": the aangifte is wished, only
            # not at a station; the ways to make it (below), the police first.
            and police_refused(tracker)
        )
        aangifte_elsewhere = (
            not said_yes
            and POLICE in snapshot.registry.channels
            and bool(AANGIFTE.search(text))
            and bool(REFUSES_POLICE.search(text) or WAYS_OF_AANGIFTE.search(text))
        )
        # The same about material in a private message, a group or the cloud (no public link): the
        # anonymous tip first, the police last (cards.police_last_when_refused).
        tip_instead = (
            topic in POLICE_STEPS
            and not said_yes
            and private_material(tracker, snapshot, situation)
            and tracker.get_slot("material") != "adults"
            and police_refused(tracker)
        )
        if aangifte_elsewhere:
            ids = named_first([POLICE], ids)
        if tip_instead:
            ids = [ANONYMOUS_TIP, *(i for i in ids if i != ANONYMOUS_TIP)]
        if without_police:
            online = [i for i in reporting_channels(snapshot, str(situation), None) if i != POLICE]
            ids = [*online, *(i for i in ids if i not in online and i != POLICE), POLICE]
        elif topic in POLICE_STEPS and not said_yes:
            # "Ik word gechanteerd met een filmpje van mij en ik wil aangifte doen": the police, with
            # Helpwanted (removal, blackmail) right after them.
            ids = with_own_images_help(tracker, snapshot, ids)
        if topic in PUBLIC_IMAGE_TOPICS:
            # "Hoe meld ik dat?" about one's own video on a porn site: Helpwanted, and the Meldpunt
            # Kinderporno for the link (images of a minor on the public internet).
            ids = meldpunt_for_public_images(
                tracker, situation if situation in STEP_SITUATIONS else topic, ids
            )
        if topic in SEEN_TOPICS and not said_yes and WANTS_TO_TALK.search(text):
            # "Ik zag vanavond een filmpje van een verkrachting en ik wil met iemand praten": someone
            # to talk to first (at night, those reachable then first), then where a report goes.
            talk = talk_channels(snapshot, topic)
            if talk_now(tracker):
                talk = reachable_ids(snapshot, talk, self._clock())
            ids = named_first(talk, ids)
        ids = home_help_first(tracker, snapshot, topic if topic in SOMEONE_ELSE else situation, ids)
        if not said_yes and topic != URGES and not message_names:
            # "Waar kan ze terecht zonder dat haar ouders het horen?": the Kindertelefoon first.
            ids = childline_without_parents(tracker, snapshot, text, ids)
            # At home: Veilig Thuis first (children may call themselves).
            ids = home_help_without_parents(tracker, snapshot, situation, text, ids)
        # One's own images of an assault: the police and Slachtofferhulp first, Helpwanted after them.
        ids = assault_filmed_first(
            tracker, situation if topic in STEP_TOPICS or topic in SEEN_TOPICS else topic, ids
        )
        if not said_yes:
            # "Iets zonder bellen?", "ik durf niet te bellen": those one can chat with first.
            ids = chat_first(snapshot, ids, text)
        offer = entry.offer
        if said_yes or topic in SOMEONE_ELSE:
            # After a yes no rule knows the topic; for someone else the words fit the concern
            # ("haar vader slaat haar": Veilig Thuis, not advice about screenshots).
            dispatcher.utter_message(response=introduction(topic, concern, domain))
        elif topic == TALK_TOPIC:
            dispatcher.utter_message(response=talk_words(tracker, snapshot, text))
        elif topic in WORDS_BY_SITUATION:
            dispatcher.utter_message(response=introduction(topic, situation, domain))
        if without_police:
            dispatcher.utter_message(response=WITHOUT_POLICE_RESPONSE)
        elif tip_instead:
            dispatcher.utter_message(response=TIP_INSTEAD_RESPONSE)
        elif aangifte_elsewhere:
            dispatcher.utter_message(response=AANGIFTE_WAYS_RESPONSE)
        # The text for any channel, the help reply (lead and cards) for the widget, in one message.
        # After a crisis answer, its channel stays in view, first (named: it is on screen). Cards
        # shown in the last turns are named, not drawn again, unless the young person asks for the
        # same situation once more: asks ("waar kan ik heen?", "welk nummer was het?", "help"), not
        # adds a detail that reads as the same situation ("hij is 34 zegt hij. ik ben 13").
        asked_again = topic in (situation, tracker.get_slot("last_topic")) and bool(ASKS.search(text))
        route, shown = show_in_view(
            dispatcher,
            tracker,
            snapshot,
            topic,
            ids,
            self._clock(),
            always_open,
            redraw=asked_again,
        )
        note_urgency_about_images(dispatcher, tracker)
        if said_yes and offer is not None:
            dispatcher.utter_message(response=offer_response(offer))
        # Log only ids, never message text: conversations stay anonymous.
        logger.info("routed topic=%s channels=%s", topic, ",".join(route.ids))
        # The situation is remembered for follow-up questions; its cards count as shown. A step
        # or a feeling after what happened keeps what happened as the situation.
        keep = topic in STEP_TOPICS and situation in snapshot.routing.topics and situation not in STEP_TOPICS
        keep = keep or (topic in CONCERNS and situation in SOMEONE_ELSE)
        # "Iemand chanteert me met een foto" then "hij zegt dat ik het niet mag vertellen" (an adult
        # online): still about the young person's own images.
        keep = keep or (topic == GROOMING and situation == OWN_IMAGES)
        # "Het was alleen bedoeld voor onze groepsapp", "i saw it on his story" read as images seen, in a
        # talk about one's own image: still about that image, unless the message tells of images of
        # children (nineteenth session, a read miss of the eighteenth conversations as a family).
        keep = keep or (
            topic in SEEN_TOPICS
            and situation == OWN_IMAGES
            and tracker.latest_message.get("material") != "children"
            and not CHILD_MATERIAL_WORDS.search(text)
        )
        events: list[EventType] = [
            SlotSet("last_topic", topic),
            SlotSet("situation", situation if keep else topic),
            SlotSet("offered_topic", offer),
            SlotSet("shown_channels", shown),
        ]
        if concern is not None and concern != tracker.get_slot("concern"):
            events.append(SlotSet("concern", concern))
        return events
