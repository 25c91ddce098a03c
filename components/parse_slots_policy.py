"""A policy that keeps what the NLU found about a message in slots, without the action server.

Some components write a finding into the parse result instead of an entity: `LanguageDetector`
the language (`language`: `nl` or `en`, absent when the message is short or ambiguous),
`MaterialExtractor` who is in the images (`material`: `children` or `adults`) and where they were
(`place`: `private` or `public`) and whether the young person sent images of themselves (`sent_own_images`),
`ConcernClassifier` what a message for someone else is about
(`concern`). Right after each user message this policy returns a `SlotSet` event for each
finding that differs from its slot, with no vote for any action: Rasa applies the events of
every policy's prediction before the next action runs, so the very next answer (a crisis answer
too) takes its English or Dutch variant through the responses' conditions, and the next action
routes adults' material to the police.

Why not entities with `from_entity` slot mappings: Rasa's end-to-end conversation tests compare
every predicted entity with the story, so such an entity on many messages would fail every story
that does not spell it out. And not a custom slot-mapping action: that would call the action
server before every answer, also before a crisis answer, which must not wait for it.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from components.concern_text import CONCERN, CONCERN_INTENTS, CONCERN_MARGIN
from components.language_detector import LANGUAGE, LANGUAGE_FIRM
from components.material_text import (
    ADULTS,
    CHILD_SENT,
    CHILDREN,
    MATERIAL,
    PLACE,
    PRIVATE,
    PUBLIC,
    SENT_OWN,
    VIOLENCE,
    YES,
)
from components.untrained_policy import UntrainedPolicy


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False)
class ParseSlotsPolicy(UntrainedPolicy):
    """Sets slots from the latest parse result (what the NLU found); never picks an action."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The lowest priority (it never votes, it only sets slots) and each slot's allowed values."""
        return {
            "priority": 0,
            "slots": {
                LANGUAGE: ["nl", "en"],
                MATERIAL: [CHILDREN, ADULTS, VIOLENCE],
                # `public` too: "nu staat het ook op een site" corrects a private place told before.
                PLACE: [PRIVATE, PUBLIC],
                SENT_OWN: [YES, CHILD_SENT],
                CONCERN: list(CONCERN_INTENTS),
            },
            # A concern already told is replaced by another only when the concern classifier leads
            # its runner-up by this much: "hij schaamt zich en slaapt slecht" after "hij zag iets
            # met kinderen" adds how he feels, not what goes on. On the held-out messages for
            # someone else (tests/nlu/someone_else.yml), a lead of 0.3 or more was right on 0.961
            # of them (0.888 on all) and kept 85%.
            "replace_concern_margin": 0.3,
        }

    def configure(self, config: dict[str, Any]) -> None:
        """The policy's settings."""
        self.slots: dict[str, list[str]] = dict(config["slots"])
        self.replace_concern_margin = float(config["replace_concern_margin"])

    def _keeps_concern(self, tracker: DialogueStateTracker, parsed: dict[str, Any]) -> bool:
        """Whether a concern told before stays, the new reading being too unsure to replace it."""
        before = tracker.get_slot(CONCERN)
        margin = parsed.get(CONCERN_MARGIN)
        return (
            before in self.slots[CONCERN]
            and isinstance(margin, int | float)
            and margin < self.replace_concern_margin
        )

    @staticmethod
    def _keeps_language(tracker: DialogueStateTracker, parsed: dict[str, Any]) -> bool:
        """Whether the conversation keeps its language, the new reading resting on lingua alone while
        an earlier message told the language by its words ("im 13. we live in utrecht" after English)."""
        if parsed.get(LANGUAGE_FIRM, True):
            return False
        users = [e for e in tracker.events if isinstance(e, UserUttered)]
        return any((e.parse_data or {}).get(LANGUAGE_FIRM) for e in users[:-1])

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        """No action probabilities; a SlotSet per finding right after a user message."""
        probabilities = self._default_predictions(domain)
        events = []
        if tracker.latest_action_name == ACTION_LISTEN_NAME and tracker.latest_message:
            parsed = tracker.latest_message.parse_data or {}
            known = {slot.name for slot in domain.slots}
            for slot, allowed in self.slots.items():
                found = parsed.get(slot)
                if slot in known and found in allowed and tracker.get_slot(slot) != found:
                    if slot == CONCERN and self._keeps_concern(tracker, parsed):
                        continue
                    if slot == LANGUAGE and self._keeps_language(tracker, parsed):
                        continue
                    events.append(SlotSet(slot, found))
        return self._prediction(probabilities, events=events)
