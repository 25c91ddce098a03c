"""Who is in the images (children or adults) and where they were (private): found in any wording."""

from __future__ import annotations

import pytest

from components.material_text import (
    ADULTS,
    CHILDREN,
    PRIVATE,
    PUBLIC,
    find_material,
    find_place,
    find_sent_own,
)


@pytest.mark.parametrize(
    ("text", "material"),
    [
        # Children: words, slang, ages of the person in the images, English and Dutch.
        ("er zat een kindje in die video", CHILDREN),
        ("it was cp i think", CHILDREN),
        ("een filmpje van een meisje van misschien 11", CHILDREN),
        ("a 12 year old boy was in it", CHILDREN),
        ("ze leek echt maar 13", CHILDREN),
        ("little kids omg", CHILDREN),
        ("het was een minderjarige", CHILDREN),
        # A child wins over an adult: the man sent it, the child is in it.
        ("een man stuurde me een video met kinderen", CHILDREN),
        # Adults, also said as "no children" or as an age of 18 and over.
        ("het waren volwassenen", ADULTS),
        ("she was an adult i'm pretty sure", ADULTS),
        ("een vrouw werd geslagen in die porno", ADULTS),
        ("het waren geen kinderen hoor", ADULTS),
        ("not a kid, she looked like 25", ADULTS),
        ("een meisje van 19 die heel dronken was", ADULTS),
        ("hes 30 and she is like 20", ADULTS),
        ("de video was van een volwassene", ADULTS),
        ("there was an adult in the video", ADULTS),
        # An adult who helps is not in the images.
        ("ik ben 13, mag ik dat zelf melden of moet een volwassene dat doen", None),
        ("moet een volwassene het melden?", None),
        ("should i tell an adult?", None),
        ("can an adult come with me to the police", None),
        ("praat met een volwassene die je vertrouwt", None),
        # Neither.
        ("ik zag iets heel ergs", None),
        ("wat is het nummer van de kindertelefoon", None),
        ("15-jarige hier, wat moet ik doen", None),
        ("ik ben 12", None),
        ("het was gisteren om 10 uur", None),
        # Who a service is for is not who is in the images; a teacher pictured is an adult.
        ("is helpwanted ook voor volwassenen of alleen voor kids?", ADULTS),
        ("is that only for children?", None),
        ("er gaat een nepnaaktfoto van de juf rond", ADULTS),
    ],
)
def test_find_material_says_who_is_in_the_images(text: str, material: str | None) -> None:
    """Children or adults from words, slang and ages, a child winning; not the young person's own age."""
    assert find_material(text) == material


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("hij stuurde het in een dm", PRIVATE),
        ("someone dm'd me this video", PRIVATE),
        ("kreeg het via een privébericht op snap", PRIVATE),
        ("het staat op het dark web", PRIVATE),
        ("in een gedeelde map in de cloud", PRIVATE),
        # A link sent in a dm points to the public internet: Offlimits can take it.
        ("iemand stuurde me in een dm een link naar een site", PUBLIC),
        ("ik zag het op een website", PUBLIC),
        ("het was mega eng", None),
        # Sent to the young person, not posted (seventh session, second development conversations).
        ("een onbekende stuurde me op snap een filmpje", PRIVATE),
        ("some guy sent me a vid on whatsapp", PRIVATE),
        ("ik kreeg gisteren een filmpje doorgestuurd", PRIVATE),
        ("he sent me a link to some site", PUBLIC),
        ("ik heb hem zelf een foto gestuurd", None),
        # A group chat is no public website (tenth session): class, team and friends' groups.
        ("er gaat een filmpje rond in onze klassenapp", PRIVATE),
        ("in our class groupchat theres a nude of a girl", PRIVATE),
        ("iemand zette het in de groepsapp van voetbal", PRIVATE),
        ("it got posted in a snapchat group", PRIVATE),
        ("in de whatsappgroep van de klas", PRIVATE),
        ("een groepje jongens lachte erom", None),
        # A correction: not on a site after all, or now on a site too.
        ("o wacht het stond niet op een site, een gast stuurde het gewoon in mn dm", PRIVATE),
        ("it wasnt a link, he sent the video in the group chat", PRIVATE),
        ("nu staat het ook op een openbare website", PUBLIC),
        # Eleventh session: on someone else's device is not online; a porn or dating site is public.
        ("mijn buurman heeft kinderporno op zijn computer", PRIVATE),
        ("on his phone there are pics of little kids", PRIVATE),
        ("ze liet het zien op haar laptop", PRIVATE),
        ("ik zag op mn telefoon een filmpje", None),
        ("ik vond naaktfotos op de telefoon van mijn dochter", PRIVATE),
        ("i found nudes on my sons phone", PRIVATE),
        ("there were pics of kids on my little brother's tablet", PRIVATE),
        # A help service's own site is no place where the images are.
        ("moet ik dat bij die meldpunt kinderporno site melden?", None),
        ("ik heb het op de site van offlimits gemeld", None),
        ("mn naaktfoto staat op een pornosite", PUBLIC),
        ("iemand zette mn filmpje op een datingsite", PUBLIC),
        ("its on pornhub now", PUBLIC),
        ("a porn site has my video", PUBLIC),
        # Thirteenth session: a closed group, an invite-only server, an app channel, a game chat.
        ("het was in een besloten groep op insta", PRIVATE),
        ("its a private server with like 40 people", PRIVATE),
        ("ze delen het in een telegramkanaal", PRIVATE),
        ("iemand postte het in de minecraft server chat", PRIVATE),
        ("in de roblox chat stuurde iemand een link naar een website", PUBLIC),
        # A link to cloud storage is no public website.
        ("iemand deelde een dropbox link met mapjes vol fotos", PRIVATE),
        ("there was a mega link in the server", PRIVATE),
    ],
)
def test_find_place_says_when_it_was_private(text: str, place: str | None) -> None:
    """A direct message, a group chat, the cloud or the dark web; a link or a website is public."""
    assert find_place(text) == place


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("ik heb er 1 gestuurd 🙈", "yes"),
        ("hij vraagt steeds om fotos in mn ondergoed, ik heb er 2 gestuurd", "yes"),
        ("i sent him a pic before i knew how old he was", "yes"),
        ("ik stuurde hem een foto van mezelf", "yes"),
        ("ive already sent him 2", "yes"),
        ("ik heb hem een paar nudes gestuurd", "yes"),
        ("ik heb niks gestuurd", None),
        ("i never sent him anything", None),
        ("ik heb er geen gestuurd", None),
        ("ik heb de link naar offlimits gestuurd", None),
        ("mijn vriendin heeft een foto gestuurd", None),
        ("he sent me a pic", None),
        ("he wants me to send pics", None),
    ],
)
def test_find_sent_own_says_when_the_young_person_sent_images(text: str, sent: str | None) -> None:
    """Images the young person sent of themselves, in Dutch and English; not a link, not someone
    else's, not a refusal, not what he asks for."""
    assert find_sent_own(text) == sent


@pytest.mark.parametrize(
    ("text", "material"),
    [
        ("where do i report this, is dat dat meldpunt kinderporno?", None),
        ("ik heb het al bij het meldpunt kinderporno gemeld", None),
        ("is that the child abuse hotline?", None),
        ("een filmpje van een kind, moet dat naar het meldpunt kinderporno?", "children"),
        ("ze was volwassen, moet dat ook naar het meldpunt kinderporno?", "adults"),
    ],
)
def test_a_channels_name_says_nothing_about_who_is_in_the_images(text: str, material: str | None) -> None:
    """'Is dat dat meldpunt kinderporno?' about a video of a woman names a channel, not a child: the
    material stays what was said before (adults: the police)."""
    assert find_material(text) == material


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("hij heeft er twee gestuurd", "child"),
        ("ze had er al een paar opgestuurd voordat we het zagen", "child"),
        ("she already sent some pics to him", "child"),
        ("hij heeft er niks gestuurd gelukkig", None),
        ("ik heb er 2 gestuurd", "yes"),
    ],
)
def test_images_sent_by_the_child_are_told_apart_from_the_young_persons_own(
    text: str, sent: str | None
) -> None:
    """A parent's 'hij heeft er twee gestuurd' is the child's images (`child`), the young person's
    'ik heb er 2 gestuurd' their own (`yes`)."""
    assert find_sent_own(text) == sent


@pytest.mark.parametrize(
    ("text", "material"),
    [
        ("ik ben moeder van een meisje van 11, ze zag filmpjes met volwassenen", "adults"),
        ("father of a boy of 12 here, he saw a video of a woman being hurt", "adults"),
        ("ik ben vader van een jongen van 13 en hij zag iets met een kind", "children"),
    ],
)
def test_the_writers_own_child_is_not_who_is_in_the_images(text: str, material: str) -> None:
    """'Moeder van een meisje van 11' is the writer's daughter, not an 11-year-old in the images."""
    assert find_material(text) == material


@pytest.mark.parametrize(
    "text",
    [
        "er gaat een filmpje rond van een vechtpartij op school",
        "someone posted a video of a cat being hurt",
        "ik zag een filmpje van iemand die in elkaar werd getrapt",
        "een filmpje waarin een kind geslagen wordt",
        "a video of a guy getting stabbed, its going around",
    ],
)
def test_real_violence_filmed_that_is_not_sexual_is_violence(text: str) -> None:
    """A fight, someone beaten up or stabbed, an animal hurt: not for the Meldpunt Kinderporno."""
    assert find_material(text) == "violence"


@pytest.mark.parametrize(
    ("text", "material"),
    [
        ("gewelddadige porno met vrouwen die geslagen worden", "adults"),
        ("een filmpje waarin een kind naakt geslagen wordt", "children"),
        ("mn vader slaat me", None),
    ],
)
def test_violence_with_sex_in_it_is_no_only_violence(text: str, material: str | None) -> None:
    """Violent porn stays adults' material; abuse of a child with nudity stays children's."""
    assert find_material(text) == material


@pytest.mark.parametrize(
    "text",
    [
        "mijn dochter van 12 heeft iets naars gezien op haar telefoon",
        "im a parent, my son saw violent porn on his phone",
    ],
)
def test_seen_on_ones_own_phone_is_no_private_place(text: str) -> None:
    """What a child saw on their own phone is often a link: no place is said."""
    assert find_place(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "mn moeder vermoordt me als ze dit ziet",
        "ik word nu in elkaar geslagen door een groep bij het park",
        "ik ben erin getrapt, zo'n nep meisje op insta",
        "ik zag gisteren een vid van een vrouw die in elkaar werd geslagen en uitgekleed",
    ],
)
def test_idioms_danger_now_and_sexual_violence_are_no_violence_filmed(text: str) -> None:
    """Only violence on video without anything sexual is `violence`; idioms and danger now are not."""
    assert find_material(text) != "violence"


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "theres a video going round of a fight at our school, a kid getting kicked, everyone shares it",
            True,
        ),
        ("ze delen een video van een vechtpartij op snap, iedereen stuurt het door", True),
        ("er gaat een filmpje rond waarin een kat wordt geschopt", True),
        ("er gaat een filmpje rond van mij die in elkaar geslagen wordt", False),
        ("a video of me getting beaten up is going round", False),
        ("mn naaktfoto gaat rond op snap", False),
        ("er gaat een seksvideo rond van een meisje dat geslagen wordt", False),
    ],
)
def test_real_violence_filmed_that_does_not_show_the_writer_is_images_seen(text: str, seen: bool) -> None:
    """A fight or an animal hurt, filmed and going round, is images seen (not one's own images);
    violence that shows the writer, or anything sexual, is not."""
    from components.material_text import violence_seen

    assert violence_seen(text) is seen


def test_the_material_extractor_turns_own_images_into_images_seen_for_violence_filmed() -> None:
    import json

    from tests.helpers import run_in_rasa

    script = """
import json
from pathlib import Path
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from components.material_extractor import MaterialExtractor
x = MaterialExtractor.create(
    {}, LocalModelStorage(Path("/nonexistent")), Resource("m"), ExecutionContext(GraphSchema({}), "t")
)
out = []
for text in ["theres a video going round of a fight at our school, everyone is sharing it",
             "er gaat een filmpje van mij rond, ik sta er naakt op"]:
    m = Message(data={"text": text, "intent": {"name": "own_images_shared", "confidence": 0.9}})
    x.process([m])
    out.append(m.get("intent")["name"])
print(json.dumps(out))
"""
    out = json.loads(run_in_rasa(script).strip().splitlines()[-1])
    assert out == ["saw_illegal_images", "own_images_shared"]


@pytest.mark.parametrize(
    "text",
    [
        "zn naaktvideo staat op twitter",
        "someone posted it on reddit",
        "het staat op een subreddit",
        "op tumblr gezet",
    ],
)
def test_open_platforms_are_a_public_place(text: str) -> None:
    assert find_place(text) == PUBLIC


@pytest.mark.parametrize(
    ("text", "material"),
    [
        ("ik ben nu 18 maar er staat een foto van mij van toen ik 16 was op een forum", CHILDREN),
        ("its a pic from when i was 15, im 19 now", CHILDREN),
        ("its a video from when i was 19", ADULTS),
    ],
)
def test_images_of_the_writer_from_an_earlier_age_count_by_that_age(text: str, material: str) -> None:
    assert find_material(text) == material


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("iemand heeft kinderporno op een website gezet", True),
        ("someone posted cp on a discord server", True),
        ("er gaat child porn rond in onze groepsapp", True),
        ("iemand dreigt kinderporno van me te verspreiden", False),
        ("they made cp of me", False),
        ("er gaat een naaktfoto van mij rond, ik ben minderjarig", False),
    ],
)
def test_abuse_material_named_as_such_without_the_writer_is_images_seen(text: str, seen: bool) -> None:
    from components.material_text import csam_seen

    assert csam_seen(text) is seen


@pytest.mark.parametrize("text", ["mn vriend appte me een filmpje", "he texted me a video of it"])
def test_a_video_sent_by_app_or_text_is_private(text: str) -> None:
    assert find_place(text) == PRIVATE


@pytest.mark.parametrize(
    "text",
    [
        "ik ben docent en ik vond op een schoolcomputer foto's van kinderen",
        "i found pictures of kids on a school laptop",
    ],
)
def test_material_found_on_a_school_device_is_private(text: str) -> None:
    """Kept on a school's device, not on the public internet: the police take it, not the Meldpunt."""
    assert find_place(text) == PRIVATE


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("someone is selling videos of kids on telegram, i know the guy", True),
        ("iemand deelt filmpjes met kinderen erin in een groep", True),
        ("hij is 16 en er staat een filmpje van hem en zn ex op een pornosite", False),
        ("mijn naaktfoto van toen ik 14 was staat online", False),
    ],
)
def test_images_of_children_in_words_for_children_are_images_seen(text: str, seen: bool) -> None:
    """Words for children, not one known person's images (a friend of 16) and not the writer's."""
    from components.material_text import children_seen

    assert children_seen(text) is seen


def test_an_image_sent_at_a_younger_age_counts_by_that_age() -> None:
    assert (
        find_material("een naaktfoto die ik op mn 14e naar mn toenmalige vriendje heb gestuurd") == CHILDREN
    )


@pytest.mark.parametrize(
    "text", ["is dat te laat nu ik volwassen ben?", "can it still go now that i'm an adult"]
)
def test_the_writer_grown_up_now_is_no_adult_in_the_images(text: str) -> None:
    assert find_material(text) is None


# Sixteenth session: sent through a messaging app or a chat, to the writer or to someone else, and a
# site denied together with its link.
@pytest.mark.parametrize(
    "text",
    [
        "een man heeft mijn dochter via whatsapp fotos van kinderen gestuurd",
        "some guy sent my brother pics of little kids through snapchat",
        "hij stuurde haar een filmpje op telegram",
        "de video staat gewoon in de chat, het is geen link",
        "its not a link to a website, its only in the dm",
        "ze krijgt die berichten via de chat van een game",
    ],
)
def test_sent_through_an_app_is_a_private_place(text: str) -> None:
    """A one-to-one message or a chat is no public website: the police, not the Meldpunt."""
    assert find_place(text) == "private"
    assert find_place("ik zit de hele dag op whatsapp") is None
    assert find_place("in de chat stuurde hij een link naar een site") == "public"


@pytest.mark.parametrize(
    ("text", "material"),
    [
        ("can i still get help even though im not a kid anymore", None),
        ("ik ben geen kind meer, kan ik nog bij helpwanted?", None),
        ("i'm no longer a minor", None),
        ("ik ben niet meer minderjarig maar de foto is van toen ik 16 was", "children"),
        ("het was geen kind, een vrouw", "adults"),
        ("not a kid, she was an adult", "adults"),
    ],
)
def test_the_writer_no_longer_a_child_says_nothing_about_the_images(text: str, material: str | None) -> None:
    """ "Im not a kid anymore" is about the writer (a video from when they were 15 stays a child's)."""
    assert find_material(text) == material


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("een man van 25 heeft me overgehaald om fotos te sturen en nu zet hij ze online", "yes"),
        ("he made me send nudes", "yes"),
        ("ze hebben me gedwongen om een filmpje te maken", "yes"),
        ("he talked me into sending a pic", "yes"),
        ("hij heeft me gevraagd om fotos te sturen", None),
        ("he made me feel bad", None),
        ("he got me to do stuff on video call. i'm 14", None),
        ("hij wilde me overhalen maar ik heb niks gestuurd", None),
    ],
)
def test_images_one_was_talked_into_or_forced_to_send_are_ones_own(text: str, sent: str | None) -> None:
    assert find_sent_own(text) == sent
