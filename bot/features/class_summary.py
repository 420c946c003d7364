"""Scores and figures of a class quiz, as pure functions of the stored answers.

The end-of-session message, the instructor report and `matte stats` all read these numbers, so
they always agree. Accuracy per question counts the players who answered it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from bot.features.item_stats import ItemStats, Response, item_stats
from bot.storage.classroom import ClassAnswer, Player
from bot.text_safety import one_line
from quizzes import Bank, Item

BASE_POINTS = 1000
STREAK_STEP = 100
STREAK_CAP = 5


def points_for(correct: bool, elapsed_ms: int, seconds: int, speed_bonus: bool, streak: int) -> int:
    """Kahoot-style: 1000 for a right answer (500-1000 with the speed bonus), plus 100 per streak step."""
    if not correct:
        return 0
    base = BASE_POINTS
    if speed_bonus:
        fraction = min(max(elapsed_ms / (seconds * 1000), 0.0), 1.0)
        base = round(BASE_POINTS * (1 - fraction / 2))
    return base + STREAK_STEP * min(streak, STREAK_CAP)


def streak_before(answers: list[ClassAnswer], user_id: str, number: int) -> int:
    """How many questions right in a row this player had just before question `number`."""
    by_number = {a.number: a for a in answers if a.user_id == user_id}
    streak = 0
    for previous in range(number - 1, 0, -1):
        answer = by_number.get(previous)
        if answer is None or not answer.correct:
            break
        streak += 1
    return streak


@dataclass(frozen=True)
class QuestionFigures:
    number: int
    item: Item
    answered: int
    correct: int
    choice_counts: tuple[int, ...]
    discrimination: float | None = None
    """How well this question told this class's strong players from weak ones (see item_stats)."""

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0

    @property
    def flags(self) -> tuple[str, ...]:
        """too-easy, too-hard or misleading, judged on this class alone (none with too few answers)."""
        return ItemStats(self.item.id, self.answered, self.correct, self.discrimination).flags


@dataclass(frozen=True)
class Standing:
    label: str
    number: int
    team: int
    points: int
    correct: int


@dataclass(frozen=True)
class Summary:
    questions: tuple[QuestionFigures, ...]
    techniques: dict[str, tuple[int, int]]
    trustworthy: tuple[int, int]
    misleading: tuple[int, int]
    standings: tuple[Standing, ...]
    teams: dict[int, int]
    players: int

    @property
    def hardest(self) -> list[QuestionFigures]:
        """The three questions the class found hardest (lowest accuracy among those answered)."""
        answered = [q for q in self.questions if q.answered]
        return sorted(answered, key=lambda q: (q.accuracy, q.number))[:3]

    @property
    def podium(self) -> tuple[Standing, ...]:
        return self.standings[:3]

    @property
    def overall(self) -> tuple[int, int]:
        return sum(q.correct for q in self.questions), sum(q.answered for q in self.questions)


def label(player: Player, lang: str) -> str:
    """Nicknames only for players who opted in; everyone else is a numbered, anonymous label. Shown on
    leaderboards and in reports, so never with control or text-direction characters."""
    nickname = one_line(player.nickname)
    if nickname:
        return nickname
    return f"参加者 {player.number}" if lang == "ja" else f"Player {player.number}"


def summarise(
    bank: Bank,
    items: tuple[str, ...],
    asked: int,
    players: list[Player],
    answers: list[ClassAnswer],
    lang: str,
) -> Summary:
    """Figures over the first `asked` questions of a session."""
    by_number: dict[int, list[ClassAnswer]] = defaultdict(list)
    for answer in answers:
        by_number[answer.number].append(answer)
    questions = []
    techniques: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    verdicts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    asked_answers = [a for a in answers if a.number <= asked]
    per_number = item_stats(Response(0, a.user_id, str(a.number), a.correct) for a in asked_answers)
    for number in range(1, asked + 1):
        item = bank.items[items[number - 1]]
        given = by_number.get(number, [])
        counts = Counter(a.choice for a in given)
        right = sum(a.correct for a in given)
        found = per_number.get(str(number))
        questions.append(
            QuestionFigures(
                number,
                item,
                len(given),
                right,
                tuple(counts.get(i, 0) for i in range(len(item.choices))),
                found.discrimination if found else None,
            )
        )
        for tag in item.techniques:
            techniques[tag][0] += right
            techniques[tag][1] += len(given)
        if item.verdict:
            verdicts[item.verdict][0] += right
            verdicts[item.verdict][1] += len(given)
    totals: Counter[str] = Counter()
    rights: Counter[str] = Counter()
    for answer in answers:
        if answer.number <= asked:
            totals[answer.user_id] += answer.points
            rights[answer.user_id] += answer.correct
    standings = sorted(
        (Standing(label(p, lang), p.number, p.team, totals[p.user_id], rights[p.user_id]) for p in players),
        key=lambda s: (-s.points, s.number),
    )
    teams: Counter[int] = Counter()
    for standing in standings:
        if standing.team:
            teams[standing.team] += standing.points
    return Summary(
        tuple(questions),
        {tag: (r, t) for tag, (r, t) in techniques.items()},
        tuple(verdicts["trustworthy"]),  # type: ignore[arg-type]  # a pair of counts, built as a list
        tuple(verdicts["misleading"]),  # type: ignore[arg-type]  # a pair of counts, built as a list
        tuple(standings),
        dict(teams),
        len(players),
    )
