import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.payloads import MAX_BYTES, Payload, PayloadError, decode, encode

parts = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCXYZ0123456789_.-", max_size=12)


@settings(max_examples=1000, deadline=None)
@given(st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True), st.lists(parts, max_size=4))
def test_round_trip_or_refusal(action: str, args: list[str]) -> None:
    try:
        payload = encode(action, *args)
    except PayloadError:
        assert len(":".join([action, *args])) > MAX_BYTES
        return
    assert len(payload.encode()) <= MAX_BYTES
    assert decode(payload) == Payload(action, tuple(args))


def test_too_long_is_refused() -> None:
    with pytest.raises(PayloadError):
        encode("quiz", "x" * 70)


@pytest.mark.parametrize(
    "bad", ["", "Quiz:1", "quiz:a b", "クイズ:1", "quiz:" + "a" * 80, "q:<script>", ":x"]
)
def test_malformed_payloads_are_rejected(bad: str) -> None:
    with pytest.raises(PayloadError):
        decode(bad)


def test_arguments_with_separator_are_refused() -> None:
    with pytest.raises(PayloadError):
        encode("quiz", "a:b")
