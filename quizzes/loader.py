"""Read decks, lessons and courses from TOML into typed content, checking every rule on the way.

All problems are collected, not just the first, and each names the file and line (and the item id
where there is one), so an instructor can fix a file in one pass. `load_bank` raises `BankError`
if there is any problem; the bot never starts on half-valid content.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizzes import readings
from quizzes.content_safety import unsafe_texts
from quizzes.model import (
    KINDS,
    LEVELS,
    VERDICTS,
    Bank,
    Card,
    Choice,
    Course,
    Day,
    Deck,
    Item,
    Lesson,
    Source,
    Tags,
)

ROOT = Path(__file__).resolve().parent
ID = re.compile(r"^[a-z0-9][a-z0-9-]{2,31}$")
CHOICE_ID = re.compile(r"^[a-z0-9]{1,3}$")
ASSIGNMENT = re.compile(r"""^\s*([A-Za-z0-9_-]+)\s*=\s*["']([^"'\\]*)["']""")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
LIMITS = {"explanation": 200, "post": 250, "question": 150, "choice": 80, "card": 400, "message": 400}
JUDGE_CHOICES = (
    Choice("t", "信頼できそう", "Looks trustworthy"),
    Choice("m", "誤解をまねく・あやしい", "Misleading or suspicious"),
)
KIDS_JUDGE_CHOICES = (
    Choice("t", "しんじて よさそう", "I can trust it"),
    Choice("m", "あやしい", "Suspicious"),
)
"""The same two answers (same ids, so stored answers keep their meaning) in words 小学生 know."""
KIDS = "小学生"
MARKED_FIELDS = ("post", "question", "explanation", "learn_more")
JUDGE_ANSWER = {"trustworthy": "t", "misleading": "m"}
ITEM_KEYS = {
    "id", "kind", "topic", "level", "techniques", "verdict", "post_ja", "post_en", "question_ja",
    "question_en", "explanation_ja", "explanation_en", "learn_more_ja", "learn_more_en", "answer",
    "choices", "source",
}  # fmt: skip
SOURCE_KEYS = {"by", "date", "url", "note_ja", "note_en"}
LESSON_DECK = "lessons"
"""The deck name of check questions written inside a lesson file, next to the cards they test."""


ID_RULE = ("3 to 32 characters: lowercase a-z, digits and '-', not starting with '-' (e.g. my-001)",
           "半角の小文字 a-z・数字・「-」で3〜32文字、先頭は「-」以外（例: my-001）")  # fmt: skip
LANGUAGE_SETS = (["ja", "en"], ["ja"])
"""A deck is in both languages, or Japanese only (`languages = ["ja"]`: learners using English see the
Japanese text with a note saying so)."""


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str
    where: str = ""
    ja: str = ""
    """The same message in Japanese, where there is one (item problems, which instructors see on import)."""

    def text(self, lang: str = "en") -> str:
        return self.ja if lang == "ja" and self.ja else self.message

    def __str__(self) -> str:
        where = f" {self.where}:" if self.where else ""
        return f"{self.path}:{self.line}:{where} {self.message}"


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """The closest known word to a misspelt one, or "" (so messages can suggest `health` for `helth`)."""
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return close[0] if close else ""


class BankError(Exception):
    """Content that cannot be used; `problems` lists every one found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(
            str(problems[0]) if len(problems) == 1 else f"{len(problems)} problems, first: {problems[0]}"
        )


class _File:
    """One content file being read: its text (for line numbers) and the problems found in it."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.name = _display(path)
        self.problems = problems
        self.text = ""
        self._lines: dict[tuple[str, str], int] | None = None

    def parse(self) -> dict[str, Any] | None:
        try:
            self.text = self.path.read_text(encoding="utf-8")
            return tomllib.loads(self.text)
        except UnicodeDecodeError:
            self.problem(1, "not UTF-8 text")
        except OSError as exc:
            self.problem(1, f"cannot read: {exc.strerror}")
        except tomllib.TOMLDecodeError as exc:
            found = re.search(r"line (\d+)", str(exc))
            self.problem(int(found.group(1)) if found else 1, f"TOML syntax: {exc}")
        return None

    def line_of(self, key: str, value: str) -> int:
        """The line where `key = "value"` is written; one pass over the file builds an index, so a deck
        of 100,000 items is located in linear time (a search per item made it quadratic)."""
        if self._lines is None:
            self._lines = {}
            for number, line in enumerate(self.text.splitlines(), start=1):
                found = ASSIGNMENT.match(line)
                if found:
                    self._lines.setdefault((found.group(1), found.group(2)), number)
        return self._lines.get((key, value), 1)

    def problem(self, line: int, message: str, where: str = "", ja: str = "") -> None:
        self.problems.append(Problem(self.name, line, message, where, ja))


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def load_tags(path: Path = ROOT / "tags.toml") -> Tags:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Tags(data["techniques"], data["skills"], data["topics"], data["levels"])


def content_files(root: Path = ROOT) -> list[Path]:
    return sorted([*root.glob("decks/*.toml"), *root.glob("lessons/*.toml"), *root.glob("course/*.toml")])


def load_with_extra_dir(content_dir: str | Path = "") -> Bank:
    """The shipped bank plus an instructor's own folder of deck/lesson files (MATTE_CONTENT_DIR)."""
    return load_bank(extra=sorted(Path(content_dir).glob("*.toml")) if content_dir else ())


def load_bank(root: Path = ROOT, extra: Iterable[Path] = ()) -> Bank:
    """Load the bank under `root` plus `extra` files (which replace shipped files of the same name)."""
    extra = [Path(p) for p in extra]
    replaced = {p.name for p in extra}
    files = [p for p in content_files(root) if p.name not in replaced or p.parent.name == "course"] + extra
    problems: list[Problem] = []
    reader = _Reader(load_tags(root / "tags.toml"), problems)
    for path in files:
        reader.read(path)
    reader.cross_check()
    if problems:
        raise BankError(problems)
    return Bank(reader.decks, reader.items, reader.lessons, reader.courses, reader.tags)


class _Reader:
    def __init__(self, tags: Tags, problems: list[Problem]) -> None:
        self.tags = tags
        self.problems = problems
        self.decks: dict[str, Deck] = {}
        self.items: dict[str, Item] = {}
        self.lessons: dict[str, Lesson] = {}
        self.courses: dict[str, Course] = {}
        self.references: list[tuple[_File, int, str, str]] = []

    def read(self, path: Path) -> None:
        f = _File(path, self.problems)
        data = f.parse()
        if data is None:
            return
        for item_id, where, message in unsafe_texts(data):
            f.problem(f.line_of("id", item_id) if item_id else 1, message, where)
        if "deck" in data:
            self._deck(f, data)
        elif "lesson" in data:
            self._lesson(f, data)
        elif "course" in data:
            self._course(f, data)
        else:
            f.problem(1, "no [deck], [lesson] or [course] table")

    def _texts(
        self,
        f: _File,
        line: int,
        where: str,
        table: dict[str, Any],
        names: Iterable[str],
        langs: tuple[str, ...] = ("ja", "en"),
    ) -> None:
        for name in names:
            for lang in langs:
                value = table.get(f"{name}_{lang}")
                if not isinstance(value, str) or not value.strip():
                    f.problem(line, f"{name}_{lang} is missing", where, f"{name}_{lang} が空です")

    def _deck(self, f: _File, data: dict[str, Any]) -> None:
        head = data["deck"]
        deck_id = str(head.get("id", ""))
        line = f.line_of("id", deck_id)
        if deck_id != f.path.stem:
            f.problem(line, f"deck id {deck_id!r} must equal the file name {f.path.stem!r}")
        languages = head.get("languages", LANGUAGE_SETS[0])
        if languages not in LANGUAGE_SETS:
            f.problem(line, 'languages must be ["ja", "en"] or ["ja"]', f"deck {deck_id}")
        ja_only = languages == ["ja"]
        if ja_only:
            head = {**head, **{f"{n}_en": head.get(f"{n}_ja", "") for n in ("title", "description")}}
        self._texts(f, line, f"deck {deck_id}", head, ("title", "description"))
        ids = []
        for raw in data.get("items", []):
            item = self._item(f, deck_id, raw, ja_only)
            if item is not None:
                ids.append(item.id)
        if not ids:
            f.problem(line, "deck has no valid items")
        self.decks[deck_id] = Deck(
            deck_id,
            head.get("title_ja", ""),
            head.get("title_en", ""),
            head.get("description_ja", ""),
            head.get("description_en", ""),
            tuple(ids),
            str(f.path),
        )

    def _item(self, f: _File, deck: str, raw: dict[str, Any], ja_only: bool = False) -> Item | None:
        item_id = str(raw.get("id", ""))
        line = f.line_of("id", item_id) if item_id else 1
        before = len(self.problems)
        where = item_id or "item"

        def bad(message: str, ja: str = "") -> None:
            f.problem(line, message, where, ja)

        if not ID.match(item_id):
            bad(f"id {item_id!r} must be {ID_RULE[0]}", f"id「{item_id}」は{ID_RULE[1]}にしてください")
        elif item_id in self.items:
            other = self.items[item_id].deck
            bad(
                f"duplicate id (also in deck {other!r})",
                f"id が重複しています（デッキ「{other}」でも使用中）",
            )
        for key in sorted(set(raw) - ITEM_KEYS):
            bad(f"unknown key {key!r}", f"知らない項目「{key}」があります")
        kind = raw.get("kind")
        if kind not in KINDS:
            bad(
                f"kind {kind!r} must be one of {', '.join(KINDS)}", f"kind は {'、'.join(KINDS)} のどれかです"
            )
        topic = raw.get("topic")
        if topic not in self.tags.topics:
            hint = did_you_mean(str(topic), self.tags.topics)
            bad(
                f"unknown topic {topic!r}" + (f" (did you mean {hint!r}?)" if hint else ""),
                f"topic「{topic}」はありません" + (f"（「{hint}」のまちがい？）" if hint else ""),
            )
        if raw.get("level") not in LEVELS:
            bad(
                f"level {raw.get('level')!r} must be one of {', '.join(LEVELS)}",
                f"level は {'、'.join(LEVELS)} のどれかです",
            )
        techniques = raw.get("techniques", [])
        known = self.tags.techniques.keys() | self.tags.skills.keys()
        if not isinstance(techniques, list):
            bad("techniques must be a list", "techniques はリストにしてください")
            techniques = []
        for tag in techniques:
            if tag not in known:
                hint = did_you_mean(str(tag), known)
                bad(
                    f"unknown tag {tag!r}" + (f" (did you mean {hint!r}?)" if hint else ""),
                    f"タグ「{tag}」はありません" + (f"（「{hint}」のまちがい？）" if hint else ""),
                )
        marked = self._readings(raw, bad)
        # A Japanese-only deck is checked on its Japanese texts alone: a message about an English copy
        # would ask the instructor for English the deck does not need.
        langs = ("ja",) if ja_only else ("ja", "en")
        self._texts(f, line, where, raw, ["explanation"], langs)
        for lang in ("ja", "en"):
            for name in ("explanation", "post", "question"):
                value = raw.get(f"{name}_{lang}", "")
                if isinstance(value, str) and len(value) > LIMITS[name]:
                    bad(
                        f"{name}_{lang} is {len(value)} characters (at most {LIMITS[name]})",
                        f"{name}_{lang} が {len(value)} 文字です（{LIMITS[name]} 文字まで）",
                    )
        choices, answer = self._choices(raw, kind, bad, langs)
        if ja_only:
            for name in ("post", "question", "explanation", "learn_more"):
                raw.setdefault(f"{name}_en", raw.get(f"{name}_ja", ""))
        source = self._source(raw.get("source"), bad)
        if len(self.problems) > before:
            return None
        item = Item(
            id=item_id,
            deck=deck,
            kind=str(kind),
            topic=raw["topic"],
            level=raw["level"],
            techniques=tuple(techniques),
            choices=choices,
            answer=answer,
            explanation_ja=raw["explanation_ja"],
            explanation_en=raw["explanation_en"],
            question_ja=raw.get("question_ja", ""),
            question_en=raw.get("question_en", ""),
            post_ja=raw.get("post_ja", ""),
            post_en=raw.get("post_en", ""),
            verdict=raw.get("verdict"),
            learn_more_ja=raw.get("learn_more_ja", ""),
            learn_more_en=raw.get("learn_more_en", ""),
            source=source,
            marked_ja=marked,
            ja_only=ja_only,
        )
        self.items[item_id] = item
        return item

    def _choices(
        self, raw: dict[str, Any], kind: Any, bad: Any, langs: tuple[str, ...] = ("ja", "en")
    ) -> tuple[tuple[Choice, ...], str]:
        """The item's choices and answer; `langs` are the languages its texts must have (a Japanese-only
        deck's choices get their Japanese as the English copy)."""
        if kind == "judge":
            verdict = raw.get("verdict")
            if verdict not in VERDICTS:
                bad(
                    f"judge item needs verdict = {' or '.join(repr(v) for v in VERDICTS)}",
                    f"judge の問題には verdict（{' か '.join(VERDICTS)}）が必要です",
                )
            if "choices" in raw or "answer" in raw:
                bad(
                    "judge items take no choices or answer (they follow from verdict)",
                    "judge の問題に選択肢と answer は書きません（verdict から決まります）",
                )
            posts = [f"post_{lang}" for lang in langs]
            if not all(raw.get(key) for key in posts):
                bad(
                    f"judge item needs {' and '.join(posts)}",
                    f"judge の問題には {' と '.join(posts)} が必要です",
                )
            judge = KIDS_JUDGE_CHOICES if raw.get("level") == KIDS else JUDGE_CHOICES
            return judge, JUDGE_ANSWER.get(str(verdict), "")
        if "verdict" in raw:
            bad("only judge items have a verdict", "verdict を書けるのは judge の問題だけです")
        questions = [f"question_{lang}" for lang in langs]
        if not all(raw.get(key) for key in questions):
            bad(f"needs {' and '.join(questions)}", f"{' と '.join(questions)} が必要です")
        raw_choices = raw.get("choices", [])
        if not isinstance(raw_choices, list) or not 2 <= len(raw_choices) <= 6:
            bad("needs 2 to 6 choices", "選択肢は2〜6個にしてください")
            return (), ""
        choices = []
        for c in raw_choices:
            cid = str(c.get("id", ""))
            if not CHOICE_ID.match(cid):
                bad(
                    f"choice id {cid!r} must be 1 to 3 lowercase letters or digits",
                    f"選択肢の id「{cid}」は半角の小文字か数字で1〜3文字にしてください",
                )
            marked = c.get("ja", "")
            for message in readings.problems(str(marked)):
                bad(f"choice {cid!r} ja: {message}")
            if isinstance(marked, str) and readings.has_marks(marked):
                c = {**c, "ja": readings.kana(marked)}
            else:
                marked = ""
            written = ("ja", "en") if c.get("en") else langs
            if langs == ("ja",) and not c.get("en"):
                c = {**c, "en": c.get("ja", "")}
            if readings.has_marks(str(c.get("en", ""))):
                bad(f"choice {cid!r} en has reading marks (only Japanese texts take them)")
            for lang in written:
                text = c.get(lang)
                if not isinstance(text, str) or not text.strip():
                    bad(f"choice {cid!r} has no {lang} text", f"選択肢 {cid} の {lang} が空です")
                elif len(text) > LIMITS["choice"]:
                    bad(
                        f"choice {cid!r} {lang} is {len(text)} characters (at most {LIMITS['choice']})",
                        f"選択肢 {cid} の {lang} が {len(text)} 文字です（{LIMITS['choice']} 文字まで）",
                    )
            choices.append(Choice(cid, c.get("ja", ""), c.get("en", ""), marked))
        ids = [c.id for c in choices]
        if len(set(ids)) != len(ids):
            bad("choice ids are not unique", "選択肢の id が重複しています")
        answer = raw.get("answer")
        if answer not in ids:
            bad(
                f"answer {answer!r} is not one of the choices ({', '.join(ids)})",
                f"answer「{answer}」が選択肢（{'、'.join(ids)}）にありません",
            )
        return tuple(choices), str(answer)

    def _readings(self, raw: dict[str, Any], bad: Any) -> tuple[tuple[str, str], ...]:
        """Check reading marks and leave kana in `raw`'s Japanese fields; return the marked texts."""
        marked = []
        for name in MARKED_FIELDS:
            if readings.has_marks(str(raw.get(f"{name}_en", ""))):
                bad(f"{name}_en has reading marks (only Japanese texts take them)")
            value = raw.get(f"{name}_ja")
            if not isinstance(value, str):
                continue
            for message in readings.problems(value):
                bad(f"{name}_ja: {message}")
            if readings.has_marks(value):
                marked.append((name, value))
                raw[f"{name}_ja"] = readings.kana(value)
        return tuple(marked)

    def _source(self, raw: Any, bad: Any) -> Source | None:
        if raw is None:
            return None
        if not isinstance(raw, dict):
            bad("source must be a table", "source の書き方がちがいます")
            return None
        for key in sorted(set(raw) - SOURCE_KEYS):
            bad(f"unknown source key {key!r}", f"source に知らない項目「{key}」があります")
        if not raw.get("by"):
            bad("source needs 'by' (who reported or debunked it)", "source_by（だれが伝えたか）が必要です")
        if not DATE.match(str(raw.get("date", ""))):
            bad(
                "source date must be YYYY, YYYY-MM or YYYY-MM-DD",
                "source_date は 2024、2024-05、2024-05-31 の形で書きます",
            )
        return Source(
            str(raw.get("by", "")),
            str(raw.get("date", "")),
            raw.get("url", ""),
            raw.get("note_ja", ""),
            raw.get("note_en", ""),
        )

    def _lesson(self, f: _File, data: dict[str, Any]) -> None:
        head = data["lesson"]
        lesson_id = str(head.get("id", ""))
        line = f.line_of("id", lesson_id)
        where = f"lesson {lesson_id}"
        if not ID.match(lesson_id):
            f.problem(line, f"id {lesson_id!r} must match {ID.pattern}", where)
        if lesson_id in self.lessons:
            f.problem(line, "duplicate lesson id", where)
        self._texts(f, line, where, head, ["title"])
        if not isinstance(head.get("order"), int):
            f.problem(line, "order must be a whole number", where)
        if head.get("level") not in LEVELS:
            f.problem(line, f"level {head.get('level')!r} must be one of {', '.join(LEVELS)}", where)
        known = self.tags.techniques.keys() | self.tags.skills.keys()
        for tag in head.get("techniques", []):
            if tag not in known:
                f.problem(line, f"unknown tag {tag!r}", where)
        checks = head.get("checks", [])
        if not 2 <= len(checks) <= 3:
            f.problem(line, "needs 2 or 3 check questions", where)
        for check in checks:
            self.references.append((f, line, where, str(check)))
        for raw in data.get("items", []):
            self._item(f, LESSON_DECK, raw)
        cards = data.get("cards", [])
        if not 3 <= len(cards) <= 6:
            f.problem(line, f"has {len(cards)} cards (needs 3 to 6)", where)
        for number, card in enumerate(cards, start=1):
            for lang in ("ja", "en"):
                text = card.get(lang, "")
                if not text:
                    f.problem(line, f"card {number} has no {lang} text", where)
                elif len(text) > LIMITS["card"]:
                    f.problem(line, f"card {number} {lang} is {len(text)} characters (at most 400)", where)
        self.lessons[lesson_id] = Lesson(
            lesson_id,
            head.get("order", 0),
            head.get("title_ja", ""),
            head.get("title_en", ""),
            head.get("level", ""),
            tuple(head.get("techniques", [])),
            tuple(str(c) for c in checks),
            tuple(Card(c.get("ja", ""), c.get("en", "")) for c in cards),
        )

    def _course(self, f: _File, data: dict[str, Any]) -> None:
        head = data["course"]
        course_id = str(head.get("id", ""))
        line = f.line_of("id", course_id)
        where = f"course {course_id}"
        self._texts(f, line, where, head, ["title"])
        days = []
        for raw in data.get("days", []):
            day_line = f.line_of("question", str(raw.get("question", "")))
            for lang in ("ja", "en"):
                text = raw.get(f"message_{lang}", "")
                if not text:
                    f.problem(day_line, f"day {raw.get('day')} has no message_{lang}", where)
                elif len(text) > LIMITS["message"]:
                    f.problem(
                        day_line, f"day {raw.get('day')} message_{lang} is {len(text)} characters", where
                    )
            self.references.append((f, day_line, where, str(raw.get("question", ""))))
            days.append(
                Day(
                    raw.get("day", 0),
                    raw.get("message_ja", ""),
                    raw.get("message_en", ""),
                    raw.get("question", ""),
                )
            )
        if len(days) < 7 or [d.day for d in days] != list(range(1, len(days) + 1)):
            f.problem(line, "needs at least 7 days numbered 1, 2, 3 ... in order", where)
        self.courses[course_id] = Course(
            course_id, head.get("title_ja", ""), head.get("title_en", ""), tuple(days)
        )

    def cross_check(self) -> None:
        for f, line, where, item_id in self.references:
            if item_id not in self.items:
                f.problem(line, f"refers to unknown item {item_id!r}", where)
        orders: dict[int, str] = {}
        for lesson in self.lessons.values():
            if lesson.order in orders:
                self.problems.append(
                    Problem(
                        "quizzes/lessons",
                        1,
                        f"lessons {orders[lesson.order]} and {lesson.id} share order {lesson.order}",
                    )
                )
            orders[lesson.order] = lesson.id
