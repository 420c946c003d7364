"""Whether a checked message is about a disaster or an evacuation, so its reply puts safety first.

The classifier reads warning signs and whether a message relays an official alert or warns about a
scam, not its topic: an official alert may be about a school or a prowler, and a rumour that a dam
is about to burst may show no sign at all. Someone who may be in danger must read first that the
city's evacuation information and the official sources come before any checking (project rule 7).
A safety line that was not needed costs one sentence; one that is missing may cost a life, so the
words are broad: a disaster, a warning level, an evacuation, a dam or a missile, in kanji or as seniors
type them in hiragana, spaced or not (「きしょうちょう から おおあめ とくべつ けいほう」「じしん きた」,
`classifier/eval/ja_blind_116.csv`; 自信 typed じしん gets the line too, しんどい does not).
"""

from __future__ import annotations

import re
import unicodedata

_WORDS = re.compile(
    r"地震|震度|震源|余震|津波|避難|決壊|氾濫|洪水|浸水|冠水|土砂|土石流|崖崩れ|がけ崩れ|山崩れ|噴火|火砕流|"
    r"台風|豪雨|大雨|線状降水帯|竜巻|高潮|暴風|大雪|警報|警戒レベル|緊急安全確保|堤防|(?<![ァ-ヶー])ダム|"
    r"ミサイル|jアラート|緊急速報|災害|被災|原発事故|放射能|"
    r"じしん|しんど(?!い|かった|く|そう|ない)|しんげん|よしん|つなみ|ひなん|けっかい|はんらん|こうずい|"
    r"しんすい|かんすい|どしゃ|どせきりゅう|がけくずれ|ふんか|たいふう|ごうう|おおあめ|たつまき|たかしお|"
    r"ぼうふう|おおゆき|けいほう|けいかい ?れべる|さいがい|ひさい|みさいる|"
    r"(?<![a-z])(?:earthquakes?|quakes?|tsunamis?|evacuat\w*|floods?|flooding|typhoons?|hurricanes?|"
    r"cyclones?|landslides?|mudslides?|erupt\w*|volcan\w*|tornado\w*|storm surge|heavy rain|levees?|"
    r"dams?|missiles?|disasters?)(?![a-z])"
)


def about_disaster(*texts: str) -> bool:
    """True when any of `texts` (the message, the titles of the rumours it resembles) names a disaster,
    a warning or an evacuation; width and case do not matter."""
    return any(_WORDS.search(unicodedata.normalize("NFKC", text).casefold()) for text in texts)
