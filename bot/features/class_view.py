"""What a class quiz shows: each question as a timed poll, the results after it, the words for a
class of young pupils, and the poll reference that ties a platform's poll to its question."""

from __future__ import annotations

from bot.core.context import Speaker
from bot.core.events import Button, ChatRef, ClosePoll, Outgoing, QuizPoll
from bot.core.payloads import encode
from bot.features.class_summary import Summary, summarise
from bot.features.defang import defang
from bot.storage import classroom
from bot.storage.classroom import Session
from quizzes import Bank, Item

ANSWER = "cqa"


KIDS_TEMPLATES = frozenset(
    {"class_started", "class_question", "class_results", "class_podium", "class_summary"}
)


def kids_class(bank: Bank, item_ids: list[str] | tuple[str, ...]) -> bool:
    """Every question is a 小学生 one (a class filtered to that level or to the kids' deck)."""
    return bool(item_ids) and all(bank.items[i].level == "小学生" for i in item_ids)


def words_for(bank: Bank, item_ids: list[str] | tuple[str, ...], name: str) -> str:
    """The template for a class: `<name>_kids` (kana, 点 and 位) for a class of 小学生 questions."""
    return f"{name}_kids" if name in KIDS_TEMPLATES and kids_class(bank, item_ids) else name


def ref(session: Session) -> str:
    return f"cq.{session.id}.{session.current}.{session.attempt}"


def close_poll(session: Session) -> ClosePoll:
    """Close the session's current question poll in its chat."""
    return ClosePoll(chat=ChatRef(session.platform, session.chat_id), ref=ref(session))


def parse_ref(value: str) -> tuple[int, int] | None:
    parts = value.split(".")
    if len(parts) != 4 or parts[0] != "cq" or not parts[1].isdigit() or not parts[2].isdigit():
        return None
    return int(parts[1]), int(parts[2])


def ask(ctx: Speaker, session: Session, seconds: int) -> QuizPoll:
    """The current question as a timed poll, with answer buttons for platforms without quiz polls."""
    item = ctx.services.bank.items[session.items[session.current - 1]]
    lang = ctx.lang
    question = item.field("question", lang) or ctx.t("quiz_judge_question", level=item.level)
    post = defang(item.field("post", lang))
    text = ctx.t(
        words_for(ctx.services.bank, session.items, "class_question"),
        number=session.current,
        total=len(session.items),
        post=post,
        question=question,
        seconds=seconds,
        ja_only=item.ja_only,
    )
    options = tuple(c.text(lang) for c in item.choices)
    buttons = tuple(
        (Button(option, encode(ANSWER, session.id, session.current, index)),)
        for index, option in enumerate(options)
    )
    native_question = f"{post}\n\n{question}" if post and len(post) + len(question) + 2 <= 300 else question
    return QuizPoll(
        chat=ChatRef(session.platform, session.chat_id),
        ref=ref(session),
        question=native_question,
        options=options,
        correct=item.answer_index,
        explanation=item.field("explanation", lang)[:200],
        open_seconds=seconds,
        text=text,
        buttons=buttons,
    )


def results(ctx: Speaker, session: Session) -> Outgoing:
    bank = ctx.services.bank
    summary = summarise(
        bank,
        session.items,
        session.current,
        classroom.players(ctx.db, session.id),
        classroom.answers(ctx.db, session.id),
        ctx.lang,
    )
    figures = summary.questions[session.current - 1]
    item = figures.item
    shares = [
        (choice.text(ctx.lang), count, round(100 * count / figures.answered) if figures.answered else 0)
        for choice, count in zip(item.choices, figures.choice_counts, strict=True)
    ]
    return ctx.say(
        words_for(bank, session.items, "class_results"),
        number=session.current,
        answer=item.right_choice.text(ctx.lang),
        explanation=item.field("explanation", ctx.lang),
        techniques=[bank.tags.label(t, ctx.lang) for t in item.techniques],
        shares=shares,
        answered=figures.answered,
        leaders=summary.podium,
    )


def percent_of(pair: tuple[int, int]) -> int | None:
    return round(100 * pair[0] / pair[1]) if pair[1] else None


def question_text(item: Item, lang: str) -> str:
    return item.field("question", lang) or item.field("post", lang)[:60]


def lesson_title(bank: Bank, item: Item, lang: str) -> str:
    lesson = bank.lesson_for(item.techniques)
    if lesson is None:
        return ""
    return lesson.title_ja if lang == "ja" else lesson.title_en


def final_messages(ctx: Speaker, session: Session, summary: Summary, asked: int) -> list[Outgoing]:
    """The podium and the class summary (the hardest questions with the lesson that teaches them)."""
    bank = ctx.services.bank
    messages: list[Outgoing] = []
    hardest = [
        (
            q.number,
            question_text(q.item, ctx.lang),
            round(100 * q.accuracy),
            lesson_title(bank, q.item, ctx.lang),
        )
        for q in summary.hardest
    ]
    right, total = summary.overall
    messages.append(
        ctx.say(
            words_for(bank, session.items, "class_podium"),
            podium=summary.podium,
            teams=sorted(summary.teams.items(), key=lambda t: -t[1]),
        )
    )
    messages.append(
        ctx.say(
            words_for(bank, session.items, "class_summary"),
            asked=asked,
            players=summary.players,
            overall=round(100 * right / total) if total else 0,
            questions=[(q.number, round(100 * q.accuracy), q.answered) for q in summary.questions],
            techniques=sorted(
                (
                    (bank.tags.label(t, ctx.lang), round(100 * r / n))
                    for t, (r, n) in summary.techniques.items()
                    if n
                ),
                key=lambda row: row[1],
            ),
            trust=percent_of(summary.trustworthy),
            mislead=percent_of(summary.misleading),
            hardest=hardest,
        )
    )
    return messages
