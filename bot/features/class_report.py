"""The instructor's report of a class quiz: a self-contained HTML page and a CSV of every answer.

The HTML has its styles and bar charts (inline SVG) inside it and loads nothing from the network,
so it opens from a USB stick in a school without internet. Pupils appear only as labels or the
nicknames they chose. Kanji with readings in the content show as ruby; questions this class found
too easy, too hard or misleading are marked for the instructor to review.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from bot.features.class_summary import Summary
from bot.features.item_stats import MIN_ANSWERS, MISLEADING_FLAG, TOO_EASY_FLAG, TOO_HARD_FLAG
from bot.storage.classroom import ClassAnswer, Player, Session
from bot.storage.timestamps import DEFAULT_TZ, local_minute
from bot.text_safety import csv_cell
from quizzes import Bank, Item
from quizzes.readings import ruby

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "report"
_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    undefined=StrictUndefined,
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def bars(rows: list[tuple[str, float]], width: int = 560) -> dict[str, Any]:
    """Geometry of a horizontal bar chart: one bar per (label, fraction 0-1)."""
    height = 26
    label_width = 200
    return {
        "width": width,
        "height": height * len(rows) + 10,
        "bars": [
            {
                "y": 5 + i * height,
                "label": label[:28],
                "w": round((width - label_width - 50) * max(0.0, min(1.0, value))),
                "x": label_width,
                "pct": round(100 * value),
            }
            for i, (label, value) in enumerate(rows)
        ],
    }


FLAG_LABELS = {
    "ja": {
        TOO_EASY_FLAG: "易しすぎ（正解90%超）",
        TOO_HARD_FLAG: "難しすぎ（正解30%未満）",
        MISLEADING_FLAG: "誤解を招く（得点の高い人ほど間違えた）",
    },
    "en": {
        TOO_EASY_FLAG: "too easy (over 90% right)",
        TOO_HARD_FLAG: "too hard (under 30% right)",
        MISLEADING_FLAG: "misleading (the stronger players got it wrong)",
    },
}


def question_text(item: Item, lang: str) -> Markup:
    """The question (or the post, for judge items), with ruby where the content gives readings."""
    return ruby(item.marked("question", lang) or item.marked("post", lang))


def report_html(bank: Bank, session: Session, summary: Summary, lang: str, tz: str = DEFAULT_TZ) -> str:

    techniques = sorted(
        ((bank.tags.label(t, lang), r / n, n) for t, (r, n) in summary.techniques.items() if n),
        key=lambda t: t[1],
    )
    hardest = []
    for q in summary.hardest:
        lesson = bank.lesson_for(q.item.techniques)
        hardest.append(
            {
                "number": q.number,
                "text": question_text(q.item, lang),
                "pct": round(100 * q.accuracy),
                "lesson": (lesson.title_ja if lang == "ja" else lesson.title_en) if lesson else "",
            }
        )
    right, total = summary.overall
    return _env.get_template("class.html.j2").render(
        lang=lang,
        session=session,
        created=f"{local_minute(session.created_at, tz)} ({tz})",
        summary=summary,
        overall=round(100 * right / total) if total else 0,
        questions=[
            {
                "number": q.number,
                "id": q.item.id,
                "text": question_text(q.item, lang),
                "answer": ruby(q.item.right_choice.marked(lang)),
                "answered": q.answered,
                "pct": round(100 * q.accuracy),
                "choices": [
                    (ruby(c.marked(lang)), n, c.id == q.item.answer)
                    for c, n in zip(q.item.choices, q.choice_counts, strict=True)
                ],
                "explanation": ruby(q.item.marked("explanation", lang)),
                "flags": [FLAG_LABELS[lang][f] for f in q.flags],
                "discrimination": q.discrimination,
                "few": q.answered < MIN_ANSWERS,
            }
            for q in summary.questions
        ],
        min_answers=MIN_ANSWERS,
        question_chart=bars([(f"Q{q.number}", q.accuracy) for q in summary.questions]),
        technique_chart=bars([(label, value) for label, value, _n in techniques]),
        techniques=techniques,
        trust=summary.trustworthy,
        mislead=summary.misleading,
        hardest=hardest,
    )


def report_csv(
    bank: Bank, session: Session, players: list[Player], answers: list[ClassAnswer], lang: str
) -> str:
    """One row per player and question answered: spreadsheet-friendly, no platform ids, and no cell a
    spreadsheet would run as a formula (nicknames and shared decks are other people's text)."""
    from bot.features.class_summary import label

    by_user = {p.user_id: p for p in players}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["session", "question", "item_id", "player", "team", "choice", "correct", "seconds", "points"]
    )
    for a in answers:
        item = bank.items[session.items[a.number - 1]]
        player = by_user[a.user_id]
        row = [
            session.id,
            a.number,
            item.id,
            label(player, lang),
            player.team or "",
            item.choices[a.choice].text(lang),
            int(a.correct),
            round(a.elapsed_ms / 1000, 1),
            a.points,
        ]
        writer.writerow([csv_cell(value) for value in row])
    return out.getvalue()
