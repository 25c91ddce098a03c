"""Who is in the images, and where they were: what decides where a report goes.

Offlimits' Meldpunt Kinderporno is for child sexual abuse material on the public internet.
Violent or non-consensual sexual material of adults goes to the police (with CSG for support),
and so does material in one-to-one chats, in cloud storage or on the dark web
(shared/reference/contacts.md). A young person says this in passing, often in a later turn ("ze
was volwassen denk ik", "hij stuurde het in een dm"), so the bot finds it in every message:

- `material`: `children` when the message speaks of a child ("een meisje van 10", "kids", "cp"),
  `adults` when it speaks of adults and of no child ("een vrouw", "she was 19", "het waren
  volwassenen, geen kinderen"). A child wins over an adult in one message: child protection comes
  first, and "a man sent me a video of a child" is about the child.
- `place`: `private` for a direct message, cloud storage or the dark web, unless the message
  speaks of a link or a website (a link sent in a dm points to the public internet).

Plain Python, so that it is tested without Rasa; `components.material_extractor` runs it in the
NLU pipeline, and the slots keep the latest value for the rest of the conversation.
"""

from __future__ import annotations

import re

MATERIAL = "material"
PLACE = "place"
CHILDREN = "children"
ADULTS = "adults"
PRIVATE = "private"
ADULT_AGE = 18

_PERSON = (
    r"(?:meisje|meid|jongen|jongetje|kind|kindje|vrouw|man|girl|boy|kid|child|woman|guy|persoon|person|"
    r"iemand|someone|zusje|broertje|sister|brother)"
)
# "maar", "like", "misschien echt": hedges between the person and the number.
_HEDGE = (
    r"(?:(?:maar|pas|like|about|ongeveer|max|zo'?n|misschien|maybe|echt|really|rond|around|toch|wel|"
    r"zeker|wss|prob|probably|minstens|at least|al)\s+)*"
)
_PERSON_AGE = [
    # Images of the writer from an age before: "een foto van toen ik 16 was", "a pic from when i was 15",
    # "at age 14", "die ik op mn 14e stuurde".
    re.compile(
        r"\b(?:toen\s+ik|when\s+i\s+was|when\s+i\s+was\s+like|at\s+age|op\s+(?:mijn|mn|m'n))\s+(\d{1,2})(?:e|de|ste)?\b"
        r"(?!\s*(?:min|uur|:))"
    ),
    # "een meisje van 10", "a girl of 19", "een jongen van misschien 12 jaar"
    re.compile(rf"\b{_PERSON}\s+(?:van|of)\s+{_HEDGE}(\d{{1,2}})\b"),
    # "a 12 year old girl", "een 10-jarig meisje" (not "15-jarige hier": the young person's own age)
    re.compile(rf"\b(\d{{1,2}})\s*-?\s*(?:jarige?|jaar oude?|year[- ]old|yo|y/o)\s+{_PERSON}\b"),
    # "ze was 19", "she was like 20", "hij is 12", "shes 17", "she looked 12"
    re.compile(
        rf"\b(?:ze|zij|hij|she|he|shes|she's|hes|he's)\s+(?:was|is|leek|looked|looks|lijkt)?\s*{_HEDGE}"
        r"(\d{1,2})\b"
        r"(?!\s*(?:min|uur|euro|keer|x\b|%|:))"
    ),
    # "mn nicht is 22", "my cousin is 22", "mijn zusje is pas 11", "my sister's 17" (twentieth session, a
    # read miss of the twenty-second conversations as a family: a niece's video read without her age).
    re.compile(
        r"\b(?:mijn|mn|m'n|my|haar|zijn|zn|his|her|onze|our)\s+(?:kleine\s+|little\s+|grote\s+|big\s+|older\s+|"
        r"younger\s+|oudere\s+|jongere\s+)?(?:nicht\w*|neef\w*|zus\w*|broer\w*|vriendin\w*|vriend|dochter|zoon|"
        r"klasgenoot|klasgenote|tante|oom|cousin|niece|nephew|sister|brother|friend|girlfriend|boyfriend|daughter|son|"
        rf"classmate|aunt|uncle)(?:\s+is|\s+was|'s)\s+{_HEDGE}(\d{{1,2}})\b"
        r"(?!\s*(?:min|uur|euro|keer|x\b|%|:|jaar\s+(?:geleden|ago)|years?\s+ago))"
    ),
]
_CHILD_WORDS = (
    r"(?:kind|kinderen|kindje|kindjes|kinder(?!telefoon)\w*|kid|kids|kiddie\w*|child|children|childs|baby|baby's|"
    r"babies|peuter\w*|kleuter\w*|minderjarig\w*|underage|minor|minors|cp|csam|pedo\w*|"
    r"klein(?:e)? (?:meisje|jongen|jongetje|kind)\w*|little (?:girl|boy|kid)s?|young (?:girl|boy)s?|"
    r"basisschool\w*|schoolmeisje\w*|jong meisje|jonge meisjes|jonge kinderen)"
)
_ADULT_WORDS = (
    r"(?:volwassen\w*|adult|adults|grown ?ups?|grown|vrouw|vrouwen|woman|women|pornoactri\w*|"
    r"pornster\w*|porn ?stars?|meerderjarig\w*|over 18|ouder dan 18|18\+)"
)
# "geen kinderen", "not a kid", "niet minderjarig": a child word that says there is none.
_NEGATED_CHILD = re.compile(
    rf"\b(?:geen|niet|not|no|nie)\s+(?:een\s+|a\s+|echt\s+|really\s+)?{_CHILD_WORDS}\b"
)
_CHILD = re.compile(rf"\b{_CHILD_WORDS}\b")
# Who a help service is for, not who is in the images: "is helpwanted ook voor volwassenen of alleen voor
# kids?", "only for children?" (a read miss of the ninth conversations after the thirteenth session's change).
_FOR_CHILDREN = re.compile(
    r"\b(?:alleen\s+|only\s+|ook\s+|also\s+)?(?:voor|for)\s+(?:kids|kinderen|children|jongeren|kinderen\s+en\s+jongeren|"
    r"young\s+people|minors)\b"
)
_ADULT = re.compile(rf"\b{_ADULT_WORDS}\b")
# An adult who helps, not who is in the images: "moet een volwassene dat doen?", "vertel het aan een
# volwassene die je vertrouwt", "tell a trusted adult", "can an adult come with me".
# The writer grown up now, not an adult in the images: "nu ik volwassen ben", "now that i'm an adult".
_WRITER_ADULT = re.compile(
    r"\b(?:nu\s+)?ik\s+(?:nu\s+)?(?:ben\s+)?(?:nu\s+)?volwassen(?:\s+ben)?\b|\bi\s+am\s+(?:an\s+)?adult\s+now\b|"
    r"\bnow\s+that\s+(?:i\s+am|i'?m|im)\s+(?:an\s+)?adult\b|\bi'?m\s+(?:an\s+)?adult\s+now\b"
)
# The writer no longer a child, not who is in the images: "even though im not a kid anymore", "ik ben
# geen kind meer", "i'm no longer a minor", "ik ben niet meer minderjarig" (a read miss of the eighteenth
# conversations: a video from when the writer was 15 read as adults' material).
_WRITER_NOT_CHILD = re.compile(
    r"\b(?:i'?m|im|i\s+am|ik\s+ben|ben\s+ik)\s+(?:nu\s+|now\s+|toch\s+|dus\s+)?(?:not|no\s+longer|niet|geen)\s+"
    r"(?:meer\s+|more\s+)?(?:a\s+|an\s+|een\s+)?(?:kid|kids|child|minor|kind|kindje|minderjarig\w*|underage)"
    r"(?:\s+(?:anymore|any\s+more|meer))?\b"
)
_HELPER_ADULT = re.compile(
    r"\b(?:een|an?|the|de|my|mn|mijn)\s+(?:trusted\s+|vertrouwde\s+)?(?:volwassene|adult|grown\s?-?up)"
    r"(?=\s+(?:die\s+(?:je|jij|ik)\s+vertrouw\w*|you\s+trust|i\s+trust|moet|mag|kan|doen|dat\s+doen|het\s+doen|"
    r"meenemen|mee\b|vertellen|helpen|has\s+to|must|should|needs?\s+to|can|do\s+it|come|with\s+me|help\w*))"
    r"|\b(?:moet|mag|kan|must|should|has|can)\s+(?:er\s+)?(?:een|an?)\s+(?:volwassene|adult|grown\s?-?up)\b"
    r"|\b(?:tell|told|ask|asked|talk\s+to|need|needs|praat\s+met|praten\s+met|vertel\s+(?:het\s+)?(?:aan|tegen)|"
    r"aan|tegen|bij)\s+(?:a|an|een)\s+(?:trusted\s+|vertrouwde\s+)?(?:volwassene|adult|grown\s?-?up)\b"
)
# Someone else's device: "op zijn laptop", "on his phone", "op de telefoon van mijn dochter", "on my son's
# phone", "op de tablet van mn broertje".
_DEVICE_WORD = (
    r"(?:laptop|computer|pc|telefoon|phone|mobiel|gsm|tablet|ipad|usb\w*|harde\s+schijf|hard\s*drive)"
)
_DEVICE = (
    # A school's or a club's device: "op een schoolcomputer", "on a school laptop", "computer van school".
    r"(?:\b(?:op|on|in)\s+(?:een|de|a|the|onze|our)\s+(?:school|club|werk|work|bibliotheek|library)\s?"
    rf"{_DEVICE_WORD}|{_DEVICE_WORD}\s+(?:van|of|at|op)\s+(?:de\s+|the\s+)?(?:school|club|werk|work)\b"
    rf"|(?:op|on|in)\s+(?:zijn|zn|z'n|haar|his|her|hun|their)\s+(?:eigen\s+|own\s+)?{_DEVICE_WORD}"
    rf"|{_DEVICE_WORD}\s+van\s+(?:mijn|mn|m'n|onze|ons|de|een|die|zijn|zn|haar)\s+(?:\S+\s+)?"
    r"(?:zoon|dochter|kind|broer\w*|zus\w*|neef|nicht\w*|buurman|buurvrouw|oom|vader|stiefvader|leerling|vriend\w*)"
    r"|(?:my|mijn|mn|our)\s+(?:little\s+|younger\s+|older\s+)?(?:son|daughter|kid|child|brother|sister|neighbou?r|uncle|"
    rf"dad|stepdad|student|pupil|friend)'?s\s+{_DEVICE_WORD})"
)
_PRIVATE = re.compile(
    r"\b(?:dm|dms|dm'?d|dm'?t|dmde|dmt|pm|pb|privé\w*|prive\w*|priv|inbox|"
    r"direct message\w*|directe? bericht\w*|one on one|1 ?op ?1|airdrop\w*|appte|appten|geappt|whatsappte|"
    r"whatsapped|texted\s+me|snapte|gesnapt\s+naar\s+me|"
    r"dark ?web|darknet|deep ?web|cloud|icloud|google ?drive|onedrive|dropbox|"
    # A group chat is no public website: "in de klassenapp", "in our class groupchat", "snapgroep".
    r"group ?chats?|groupchats?|groeps?chats?|groeps?apps?|klass?en?apps?|klass?en?groep\w*|klasgroep\w*|"
    r"klass?en?chats?|class ?(?:group ?)?chats?|class ?group|whatsapp ?groep\w*|whatsapp ?group\w*|"
    r"snap(?:chat)? ?groep\w*|snap(?:chat)? ?group\w*|insta ?groep\w*|discord ?(?:dm|groep\w*|group\w*))\b"
    # A closed group, an invite-only server or an app channel (thirteenth session, kinds of the
    # fourteenth brief in my own words): "een besloten discord server", "a private server", "in een
    # telegram groep", "a game chat".
    r"|\b(?:besloten|closed|invite[- ]only|private|priv[eé])\s+(?:\S+\s+)?"
    r"(?:server\w*|groep\w*|group\w*|chat\w*|kana(?:al|len)|channel\w*)\b|\b(?:discord|telegram|signal|roblox|minecraft|fortnite|game|gaming)\s?"
    r"(?:server\w*|groep\w*|group\w*|kana(?:al|len)|channel\w*|chat\w*)\b"
    # Kept on someone else's device, not online: "mijn buurman heeft kinderporno op zijn computer",
    # "ik vond naaktfotos op de telefoon van mijn dochter", "he showed me pics on his phone". Not
    # what someone saw on their own phone ("my son saw violent porn on his phone": often a link).
    rf"|\b(?:heeft|hebben|had|has|have|vond|vonden|gevonden|found|find|liet|lieten|laat|showed|shows|show|"
    rf"bewaart|bewaard|keeps|kept|stored|staan|stonden|staat|stond|zitten|zaten|there\s+(?:are|were|is|was))\b"
    rf"(?:\s+(?!(?:gezien|gekeken|seen|watched|saw|zag|keek)\b)\S+){{0,8}}?\s+{_DEVICE}\b"
    rf"|\b{_DEVICE}\s+(?:\S+\s+){{0,3}}?(?:staan|stonden|staat|stond|zitten|zaten|there\s+(?:are|were|is|was)|"
    r"has|had|heeft|had\s+hij|heeft\s+hij)\b"
    # Sent to me, not posted: "iemand stuurde me op snap een filmpje", "someone sent me a video",
    # "ik kreeg het toegestuurd", "heeft me een filmpje gestuurd".
    r"|\b(?:stuurde|stuurt|stuurden|sent|sends|send|forwarded|doorgestuurd|gestuurd)\s+(?:het\s+|it\s+)?"
    r"(?:me|mij|naar\s+(?:me|mij))\b"
    r"|\b(?:heeft|hebben|has|have)\s+(?:me|mij)\s+(?:\S+\s+){0,3}(?:gestuurd|doorgestuurd|sent|forwarded)\b"
    r"|\b(?:kreeg|kregen|gekregen|got|received)\s+(?:\S+\s+){0,3}(?:toegestuurd|gestuurd|doorgestuurd|sent|forwarded)\b"
    # Sixteenth session (read misses of the eleventh and fourteenth conversations, as a family): sent
    # through a messaging app or a chat, to the writer or to someone else ("iemand heeft hem via whatsapp
    # foto's gestuurd", "sent her a video on snap", "the video itself is just in the chat", "in de chat van
    # een game").
    r"|\b(?:via|through|over|per|op|on|in)\s+(?:de\s+|the\s+|een\s+|a\s+)?(?:whatsapp|wa|app|signal|telegram|"
    r"messenger|imessage|sms|snap(?:chat)?|insta(?:gram)?\s+dm|tiktok\s+dm)\b(?=.{0,80}\b(?:gestuurd|stuurt|stuurde|"
    r"stuurden|sturen|verstuurd|doorgestuurd|sent|sends|send|sending|forwarded|gekregen|kreeg|got|received)\b)"
    r"|\b(?:gestuurd|stuurt|stuurde|stuurden|verstuurd|doorgestuurd|sent|sends|forwarded|gekregen|kreeg|got|received)\b"
    r".{0,60}\b(?:via|through|over|per|op|on|in)\s+(?:de\s+|the\s+)?(?:whatsapp|wa|signal|telegram|messenger|imessage|"
    r"sms|snap(?:chat)?)\b"
    r"|\b(?:stuurde|stuurt|stuurden|sent|sends|forwarded)\s+(?:hem|haar|him|her|them|mijn\s+\w+|my\s+\w+)\b"
    r"|\b(?:heeft|hebben|has|have)\s+(?:hem|haar|him|her)\s+(?:\S+\s+){0,5}(?:gestuurd|doorgestuurd|sent|forwarded)\b"
    r"|\b(?:just|gewoon|alleen|only)\s+in\s+(?:the|de)\s+(?:chat|dm|app)\b|\bin\s+(?:the|de)\s+chat\s+(?:itself|zelf)\b"
    r"|\b(?:in|via)\s+de\s+chat\s+van\s+(?:een|de|het|a|the)\s+(?:game|spel)\b|\bin\s+(?:a|the)\s+game\s+chat\b"
)
_PUBLIC = re.compile(
    r"\b(?:link\w*|url|site\w*|website\w*|webpagina|forum\w*|http\w*|www|openbaar\w*|public\w*|twitter|reddit|"
    r"subreddit|tumblr|4chan|imgur)\b"
    # "op een pornosite", "datingsite", "a porn site", "pornhub", "xhamster".
    r"|\b(?:porno?|seks|sex|xxx|dating|nieuws|foto|video|rate|rating|tube)\s?sites?\b|\b(?:pornhub|xhamster|xvideos)\b"
)
# "Het stond niet op een site", "it wasn't a link", "geen openbare website": no public place.
_NOT_PUBLIC = re.compile(
    r"\b(?:niet|nie|not|geen|no|never|nooit|nergens|wasn'?t|isn'?t)\s+(?:\S+\s+){0,2}?"
    r"(?:link\w*|url|site\w*|website\w*|webpagina|forum\w*|openbaar\w*|public\w*)\b"
    # "not a link to a site", "geen link naar een website": the place named after it is denied too.
    r"(?:\s+(?:to|naar|op|on|of|van|from)\s+(?:a\s+|an\s+|the\s+|een\s+|de\s+)?(?:\S+\s+)?(?:site|website|forum|webpagina)\w*\b)?"
)
PUBLIC = "public"


# The writer's own child or pupil, not someone in the images: "ik ben moeder van een meisje van 11",
# "father of a boy of 12", "mentor van een leerling van 14".
_WRITERS_CHILD = re.compile(
    r"\b(?:moeder|vader|ouder|ouders|mama|papa|mentor|juf|meester|docent|leraar|lerares|coach|trainer|mother|father|"
    r"parent|parents|mom|mum|dad|teacher)\s+(?:van|of)\s+(?:een|a|an|mijn|my)\s+\S+\s+(?:van|of)\s+\d{1,2}\b"
)


def _ages(text: str) -> list[int]:
    text = _WRITERS_CHILD.sub(" ", text)
    return [int(m.group(1)) for pattern in _PERSON_AGE for m in pattern.finditer(text)]


# A channel's name is no word about who is in the images: "is dat dat meldpunt kinderporno?" about a
# video of a woman is still about adults.
_CHANNEL_NAMES = re.compile(
    r"\b(?:meldpunt\s+(?:voor\s+)?kinder\w*|expertisebureau\s+online\s+kinder\w*|eokm|"
    r"kinder\w*\s*(?:meldpunt|hotline)|child\s+(?:abuse\s+)?(?:porn\w*\s+)?hotline|stop\s+it\s+now)\b"
)


# Real violence filmed that is not sexual: a fight at school, someone beaten up or stabbed, an animal
# hurt. The Meldpunt Kinderporno is not for it; the police are (bot/referral.py `material_route`).
VIOLENCE = "violence"
_VIOLENCE_WORDS = re.compile(
    r"\b(?:vechtpartij\w*|gevecht\w*|knokpartij\w*|fights?|fighting|in\s+elkaar\s+(?:geslagen|getrapt|gemept)|"
    r"(?:beaten|beat|beating)\s+(?:\S+\s+)?up|mishandel\w*|steekpartij\w*|neergestoken|stabbed|stabbing|"
    r"schietpartij\w*|shooting|doodgeschoten|onthoofd\w*|behead\w*|dierenmishandeling|animal\s+(?:cruelty|abuse)|"
    r"(?:wordt|werd|worden|werden|being|getting)\s+(?:\S+\s+)?(?:geslagen|gemept|getrapt|geschopt|beaten|slapped|"
    r"punched|kicked)|(?:geslagen|gemept|getrapt|geschopt)\s+(?:wordt|werd|worden|werden))\b"
    r"|\b(?:kat|katje|poes|cat|kitten|hond|hondje|dog|puppy|dier|dieren|animal|animals|konijn|rabbit)\b.{0,40}"
    r"\b(?:pijn|hurt|hurting|gedood|killed|mishandeld|abused|tortured|gemarteld|martel\w*|torture\w*|geslagen|"
    r"getrapt|kicked|beaten|verbrand|burned)\b"
)
# Only filmed violence counts: a word for a video or images in the same message.
_MEDIA = re.compile(
    r"\b(?:filmpje\w*|film\w*|video\w*|vid|vids|clip\w*|beelden|livestream\w*|stream|gefilmd|filmed|posted|"
    r"gepost|tiktok|insta\w*|snap\w*|twitter|discord|youtube|reel\w*|story|verhaal)\b"
)
# Words that make it sexual (then it is abuse material or adults' porn, not "only violence").
_SEXUAL_WORDS = re.compile(
    r"\b(?:porn\w*|seks\w*|sex\w*|naakt\w*|nude\w*|naked|verkracht\w*|rape\w*|raping|misbruik\w*|"
    r"kinderporno|cp|csam|blote|bloot|topless|intiem\w*|intimate|ontkleed|undress\w*|onlyfans|uitgekleed|"
    r"uitkleden|uitkleedde|stripped|aangerand|aanranding|assault\w*|betast|groped|molest\w*)\b"
)


# The writer in the images: "een filmpje van mij", "a video of me getting beaten", "ik sta erop".
_OF_ME = re.compile(
    r"\b(?:van\s+(?:mij|me|mezelf|mijzelf)|of\s+(?:me|myself)|toen\s+ik|when\s+i\s+was|"
    r"(?:mijn|mn|m'n|my)\s+(?:\S+\s+)?\w*(?:foto|video|filmpje|nude|pic|photo|selfie)\w*|"
    r"ik\s+(?:sta|ben|kom)\s+(?:\S+\s+)?(?:erop|erin|in|op)\b|i'?m\s+(?:in|on)\s+(?:it|the)|i\s+am\s+(?:in|on)\s+(?:it|the)|"
    r"(?:me|mij)\s+(?:\S+\s+)?(?:in\s+elkaar|geslagen|geschopt|getrapt|beaten|kicked|punched|gefilmd|filmed))\b"
)


# Words that name child sexual abuse material itself: "kinderporno", "cp", "child porn", "csam".
_CSAM = re.compile(
    r"\b(?:kinderporno\w*|kindermisbruik\w*|child\s*porn\w*|child\s+(?:sexual\s+)?abuse\s+(?:material|images|videos?)|"
    r"cp|csam|misbruik\s+van\s+(?:een\s+)?kind\w*|(?:kind|kinderen|kids?|children)\s+(?:die|being|who\s+are)\s+"
    r"(?:worden\s+)?(?:misbruikt|abused|raped|verkracht))\b"
)


def csam_seen(text: str) -> bool:
    """Whether a message names abuse material of children that does not show the writer: "iemand
    heeft kinderporno op een website gezet" is images seen, not one's own images."""
    lowered = text.lower()
    return bool(_CSAM.search(lowered)) and not _OF_ME.search(lowered)


# Images of one person the writer knows ("een filmpje van hem en zn ex", "pics of her"): a friend's own
# images, not images of children seen.
_OF_SOMEONE = re.compile(r"\b(?:van|of)\s+(?:hem|haar|him|her|them)\b")


def children_seen(text: str) -> bool:
    """Whether a message tells of images of children, in words for children, that show neither the
    writer nor one person they know: "someone is selling videos of kids on telegram" is images seen."""
    lowered = text.lower()
    return (
        bool(_CHILD.search(_NEGATED_CHILD.sub(" ", lowered)))
        and not _OF_ME.search(lowered)
        and not _OF_SOMEONE.search(lowered)
        and not _SENT_OWN.search(lowered)
    )


def violence_seen(text: str) -> bool:
    """Whether a message tells of real violence filmed (not sexual) that does not show the writer:
    images seen, however the classifier read "it goes round, everyone shares it"."""
    return find_material(text) == VIOLENCE and not _OF_ME.search(text.lower())


# An image of a teacher or a coach ("een nepnaaktfoto van onze lerares", "a fake nude of our teacher"):
# an adult in the images (thirteenth session, kinds of the fifteenth brief in my own words).
_ADULT_PICTURED = re.compile(
    r"\b(?:foto\w*|video\w*|filmpje\w*|nude\w*|naakt\w*|nepnaakt\w*|pics?|pictures?|deepfake\w*|fake\s+nudes?)\s+"
    r"(?:\S+\s+){0,2}?(?:van|of)\s+(?:onze|de|mijn|mn|m'n|een|our|my|the|a)\s+(?:lerares|leraar|juf|meester|docent\w*|"
    r"teacher|mentor|trainer|trainster|coach)\b"
    r"|\b(?:teacher|coach|mentor)'?s\s+(?:nudes?|pics?|photos?|video)\b"
)


def find_material(text: str) -> str | None:
    """`children`, `adults`, `violence` (real violence that is not sexual), or None when the message
    says neither."""
    lowered = _WRITER_NOT_CHILD.sub(" ", _CHANNEL_NAMES.sub(" ", text.lower()))
    if _VIOLENCE_WORDS.search(lowered) and _MEDIA.search(lowered) and not _SEXUAL_WORDS.search(lowered):
        return VIOLENCE
    ages = _ages(lowered)
    without_negations = _FOR_CHILDREN.sub(" ", _NEGATED_CHILD.sub(" ", lowered))
    if _CHILD.search(without_negations) or any(age < ADULT_AGE for age in ages):
        return CHILDREN
    without_helpers = _WRITER_ADULT.sub(" ", _HELPER_ADULT.sub(" ", lowered))
    if _ADULT_PICTURED.search(lowered):
        return ADULTS
    if (
        _ADULT.search(without_helpers)
        or _NEGATED_CHILD.search(lowered)
        or any(age >= ADULT_AGE for age in ages)
    ):
        return ADULTS
    return None


# A help service's own site is no place where the images are: "moet ik dat bij die meldpunt kinderporno
# site melden?", "op de site van offlimits".
_SERVICE_SITE = re.compile(
    r"\b(?:meldpunt\w*(?:\s+kinder\w*)?|offlimits|off\s+limits|helpwanted|help\s+wanted|politie|police|csg|"
    r"kindertelefoon|slachtofferhulp|113|mediawijsheid)\s+(?:\S+\s+)?(?:site|website|link|url)\b"
    r"|\b(?:site|website|link|url)\s+van\s+(?:de\s+|het\s+)?(?:meldpunt\w*|offlimits|helpwanted|politie|csg|"
    r"kindertelefoon|slachtofferhulp|113)\b"
)


# Cloud storage, also when a link to it was shared (a read miss of the fourteenth conversations, as a
# family): "een google drive link", "a mega link", "dropbox map", "wetransfer".
_CLOUD = re.compile(
    r"\b(?:google\s?drive|drive\s+link|dropbox|onedrive|one\s+drive|icloud|mega(?:\.nz|\s+link|\s+folder|\s+map)|"
    r"wetransfer|we\s+transfer|cloud)\b"
)


# A threat to put images on a site is not images on a site (nineteenth session, a read miss of the
# twenty-first conversations as a family): "mn ex dreigt mijn nudes op een site te zetten", "he threatens
# to put my pics on pornhub", "ze zet het op een website als ik niet betaal", "if i dont pay he will
# upload it to a porn site". A sentence with such a threat names no public place, unless it says the
# images are there now ("hij dreigde ermee en nu staat het echt op een pornosite").
_THREAT_TO_POST = re.compile(
    r"\b(?:dreig\w*|gedreigd|threat\w*|als\s+(?:ik|je|jij)\s+(?:\S+\s+){0,4}?(?:niet|nie|geen)\b|"
    r"if\s+(?:i|you)\s+(?:don'?t|dont|do\s+not|won'?t|wont|refuse)|unless|tenzij|or\s+else|anders\s+(?:zet|post|gooit|"
    r"deelt|stuurt|upload\w*))"
)
_THERE_NOW = re.compile(
    r"\b(?:staat|staan|stond|stonden|is\s+(?:nu\s+|al\s+|echt\s+)*(?:op|on)|are\s+(?:now\s+|already\s+)*on|"
    r"gepost|geplaatst|geupload|geüpload|posted|uploaded|gezet|put\s+(?:it|them)\s+(?:on|up))\b"
)


def _without_threats(lowered: str) -> str:
    """The message without the sentences that only threaten to post images (`_THREAT_TO_POST`)."""
    sentences = re.split(r"(?<=[.!?\n])", lowered)
    return " ".join(
        " " if _THREAT_TO_POST.search(part) and not _THERE_NOW.search(part) else part for part in sentences
    )


def find_place(text: str) -> str | None:
    """`private` for a direct message, a group chat, the cloud or the dark web (not a link);
    `public` for a link or a website (also a link sent in a dm); None when the message says
    neither. The slot keeps the latest, so "o wacht, het stond niet op een site, hij stuurde het in
    mn dm" and "nu staat het ook op een site" correct what was said before."""
    lowered = _SERVICE_SITE.sub(" ", text.lower())
    if _CLOUD.search(lowered):
        # "Een google drive link met mapjes": a link to cloud storage is no public website (the police).
        return PRIVATE
    public = _PUBLIC.search(_NOT_PUBLIC.sub(" ", _without_threats(lowered)))
    if _PRIVATE.search(lowered) and not public:
        return PRIVATE
    if public:
        return PUBLIC
    return None


# Whether the young person sent images of themselves ("ik heb er 2 gestuurd", "i sent him one",
# "ik stuurde hem een foto in mn ondergoed"): within a talk about an adult online (grooming), images
# of them are out, and Helpwanted (images of yourself, sextortion, removal) comes first.
SENT_OWN = "sent_own_images"
YES = "yes"
_IMAGE_WORD = (
    r"(?:foto\w*|fotootje\w*|pic\w*|picture\w*|nude\w*|naakt\w*|filmpje\w*|video\w*|vid|vids|selfie\w*|"
    r"beeld\w*|snap\w*)"
)
_SEND = (
    r"(?:gestuurd|verstuurd|opgestuurd|doorgestuurd|gestuurt|sent|send|stuurde|stuurden|gegeven|laten\s+zien)"
)
_NOT = r"(?:niet|nie|nooit|never|not|didn'?t|did\s+not|niks|niets|nothing|geen|no)"
# Sending or making the images (not "he got me to do stuff on video call": no images made or sent).
_MAKE_OR_SEND = r"(?:send|sending|sturen|opsturen|maken|make|making|take|taking|nemen|filmen|film)"
_SENT_OWN = re.compile(
    # "ik heb er 2 gestuurd", "heb er al een paar gestuurd": "er" is the photos asked for.
    rf"\b(?:ik\s+)?(?:heb|had)\s+(?:(?!{_NOT}\b)\S+\s+){{0,2}}er\s+(?:(?!{_NOT}\b)\S+\s+){{0,3}}{_SEND}\b"
    # "ik stuurde hem een foto", "i sent him a pic", "i've sent some nudes": I as the sender, an image.
    rf"|\b(?:ik|i|ive|i've)\s+(?:(?!{_NOT}\b)\S+\s+){{0,4}}{_SEND}\s+(?:(?!{_NOT}\b)\S+\s+){{0,4}}{_IMAGE_WORD}\b"
    rf"|\b(?:ik|i)\s+(?:(?!{_NOT}\b)\S+\s+){{0,2}}(?:heb|have|had)\s+(?:(?!{_NOT}\b)\S+\s+){{0,3}}{_IMAGE_WORD}"
    rf"\s+(?:(?!{_NOT}\b)\S+\s+){{0,4}}{_SEND}\b"
    # "i sent him one", "i already sent 2"
    r"|\b(?:i|ive|i've)\s+(?:already\s+|just\s+)?sent\s+(?:him\s+|her\s+|them\s+)?(?:one|1|two|2|three|3|some|a\s+few)\b"
    # Talked into it or forced: "hij heeft me overgehaald om fotos te sturen", "he made me send nudes",
    # "ze hebben me gedwongen om een filmpje te maken" (a read miss of the thirteenth conversations).
    r"|\b(?:(?:heeft|had|hebben|has|have)\s+(?:me|mij)\s+(?:\S+\s+){0,2}?(?:overgehaald|overgepraat|gedwongen|"
    r"zover\s+gekregen|gepusht)|talked\s+me\s+into|convinced\s+me\s+to|got\s+me\s+to|made\s+me|pressured\s+me\s+into|"
    r"forced\s+me\s+to|pushed\s+me\s+(?:into|to))\s+(?:\S+\s+){0,3}?"
    rf"(?:{_MAKE_OR_SEND}\s+(?:\S+\s+){{0,3}}?{_IMAGE_WORD}\b|{_IMAGE_WORD}\s+(?:\S+\s+){{0,2}}?(?:te\s+)?{_MAKE_OR_SEND}\b)"
)
# Told by a parent about their child (or about a friend): "hij heeft er twee gestuurd", "she
# already sent some pics". Only a talk for someone else reads this as the child's images
# (actions/cards.py concern_in_view); in the young person's own talk "he sent two" is the adult.
CHILD_SENT = "child"
_SENT_BY_THEM = re.compile(
    rf"\b(?:hij|zij|ze|he|she)\s+(?:heeft|had|has)\s+(?:(?!{_NOT}\b)\S+\s+){{0,2}}er\s+(?:(?!{_NOT}\b)\S+\s+){{0,3}}{_SEND}\b"
    r"|\b(?:he|she)\s+(?:already\s+|just\s+)?sent\s+(?:him\s+|her\s+|them\s+)?(?:one|1|two|2|three|3|some|a\s+few|pics|photos|nudes)\b"
)
_LINK = re.compile(r"\b(?:link\w*|url|linkje)\b")


def find_sent_own(text: str) -> str | None:
    """`yes` when the message says the young person sent images of themselves, `child` when it says
    he or she did (a parent's or a friend's talk), else None."""
    lowered = text.lower()
    if _LINK.search(lowered):
        return None
    if _SENT_BY_THEM.search(lowered):
        # Before the young person's own: "ze had er al een paar opgestuurd" has no "ik".
        return CHILD_SENT
    if _SENT_OWN.search(lowered):
        return YES
    return None
