"""What every adapter's translation must produce, checked the same way for each platform's fuzz test."""

from __future__ import annotations

import dataclasses
import re

from bot.core.events import (
    ButtonPress,
    ChatKind,
    Command,
    ForwardedMessage,
    ImageMessage,
    Origin,
    OriginKind,
    PollAnswer,
    Source,
    TextMessage,
)


def assert_valid_event(
    result: object,
    *,
    platform: str,
    kinds: tuple[type, ...],
    budget: int,
    ids: re.Pattern[str],
    chat_ids: re.Pattern[str],
) -> None:
    """A valid core event: one of `kinds`, frozen, typed as the core expects, no text over `budget`."""
    assert type(result) in kinds, result
    assert dataclasses.is_dataclass(result) and type(result).__dataclass_params__.frozen  # type: ignore[attr-defined]
    source = result.source  # type: ignore[attr-defined]
    assert type(source) is Source and source.platform == platform
    for ident in (source.user_id, result.update_id):  # type: ignore[attr-defined]
        assert isinstance(ident, str) and ids.fullmatch(ident), ident
    assert isinstance(source.chat_id, str) and chat_ids.fullmatch(source.chat_id), source.chat_id
    assert isinstance(source.chat_kind, ChatKind)
    assert isinstance(source.display_name, str) and len(source.display_name) <= budget
    assert source.language_code is None or isinstance(source.language_code, str)
    assert isinstance(source.is_admin, bool) and isinstance(result.addressed, bool)  # type: ignore[attr-defined]
    match result:
        case TextMessage(text=text) | ForwardedMessage(text=text):
            assert isinstance(text, str) and len(text) <= budget
        case Command(name=name, args=args, reply_to_text=reply):
            assert isinstance(name, str) and isinstance(args, str) and len(args) <= budget
            assert reply is None or (isinstance(reply, str) and len(reply) <= budget)
        case ButtonPress(payload=payload, message_id=message_id):
            assert isinstance(payload, str) and len(payload) <= budget
            assert message_id is None or ids.fullmatch(message_id)
        case PollAnswer(poll_id=poll_id, option_ids=options):
            assert isinstance(poll_id, str) and isinstance(options, tuple)
            assert all(type(option) is int for option in options)
    if isinstance(result, ImageMessage):
        # Translation names the file; only the runner downloads it.
        assert isinstance(result.ref, str) and result.image == b""
        assert result.size is None or (type(result.size) is int and result.size >= 0)
        assert result.fetch_problem in ("", "too_large")
        assert isinstance(result.caption, str) and len(result.caption) <= budget
    if isinstance(result, ForwardedMessage | ImageMessage):
        assert type(result.origin) is Origin and isinstance(result.origin.kind, OriginKind)
        assert isinstance(result.origin.name, str) and len(result.origin.name) <= budget
