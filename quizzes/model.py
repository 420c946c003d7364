"""Typed content: what the loader produces and features read. Every piece has a stable id."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("judge", "technique", "action", "knowledge")
VERDICTS = ("trustworthy", "misleading")
LEVELS = ("小学生", "中学生", "高校生", "一般", "シニア", "保護者・教職員")


@dataclass(frozen=True)
class Choice:
    id: str
    ja: str
    en: str
    ja_marked: str = ""
    """The Japanese text with its reading marks `{漢字|かんじ}`, if it has any (`ja` holds the kana)."""

    def text(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en

    def marked(self, lang: str) -> str:
        """The text with reading marks, for pages that show ruby (`quizzes.readings.ruby`)."""
        return (self.ja_marked or self.ja) if lang == "ja" else self.en


@dataclass(frozen=True)
class Source:
    by: str
    date: str
    url: str = ""
    note_ja: str = ""
    note_en: str = ""


@dataclass(frozen=True)
class Item:
    id: str
    deck: str
    kind: str
    topic: str
    level: str
    techniques: tuple[str, ...]
    choices: tuple[Choice, ...]
    answer: str
    explanation_ja: str
    explanation_en: str
    question_ja: str = ""
    question_en: str = ""
    post_ja: str = ""
    post_en: str = ""
    verdict: str | None = None
    learn_more_ja: str = ""
    learn_more_en: str = ""
    source: Source | None = None
    marked_ja: tuple[tuple[str, str], ...] = ()
    """(field name, Japanese text with reading marks) for fields that have marks; the fields hold kana."""
    ja_only: bool = False
    """From a Japanese-only deck: the English fields hold the Japanese text, shown with a note."""

    def field(self, name: str, lang: str) -> str:
        """`item.field("explanation", "en")` -> the English explanation (kana where the text has readings)."""
        return str(getattr(self, f"{name}_{lang}"))

    def marked(self, name: str, lang: str) -> str:
        """Like `field`, but with reading marks `{漢字|かんじ}` kept, for pages that show ruby."""
        if lang == "ja":
            return dict(self.marked_ja).get(name) or self.field(name, lang)
        return self.field(name, lang)

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)

    @property
    def right_choice(self) -> Choice:
        """The correct choice (validation guarantees there is one)."""
        return self.choices[self.answer_index]

    @property
    def answer_index(self) -> int:
        return [c.id for c in self.choices].index(self.answer)


@dataclass(frozen=True)
class Deck:
    id: str
    title_ja: str
    title_en: str
    description_ja: str
    description_en: str
    item_ids: tuple[str, ...]
    path: str


@dataclass(frozen=True)
class Card:
    ja: str
    en: str


@dataclass(frozen=True)
class Lesson:
    id: str
    order: int
    title_ja: str
    title_en: str
    level: str
    techniques: tuple[str, ...]
    checks: tuple[str, ...]
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class Day:
    day: int
    message_ja: str
    message_en: str
    question: str


@dataclass(frozen=True)
class Course:
    id: str
    title_ja: str
    title_en: str
    days: tuple[Day, ...]


@dataclass(frozen=True)
class Tags:
    """The vocabulary of tags.toml: id -> {"ja": ..., "en": ...}."""

    techniques: dict[str, dict[str, str]]
    skills: dict[str, dict[str, str]]
    topics: dict[str, dict[str, str]]
    levels: dict[str, dict[str, str]]

    def label(self, tag: str, lang: str) -> str:
        for table in (self.techniques, self.skills, self.topics, self.levels):
            if tag in table:
                return table[tag][lang]
        return tag


@dataclass(frozen=True)
class Bank:
    decks: dict[str, Deck]
    items: dict[str, Item]
    lessons: dict[str, Lesson]
    courses: dict[str, Course]
    tags: Tags

    def lessons_in_order(self) -> list[Lesson]:
        return sorted(self.lessons.values(), key=lambda lesson: (lesson.order, lesson.id))

    def lesson_for(self, techniques: tuple[str, ...]) -> Lesson | None:
        """The first lesson (in menu order) that teaches one of these techniques."""
        return next((ls for ls in self.lessons_in_order() if set(ls.techniques) & set(techniques)), None)
