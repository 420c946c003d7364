"""Every file is checked before a decoder touches it: size, format by content, pixel count."""

import io
import time

import pytest
from PIL import Image

from images.limits import MAX_BYTES, ImageProblem, Problem, open_checked, sniff
from tests.picture_files import BAD_PICTURES, PICTURES


def encoded(kind: str, size: tuple[int, int] = (40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, kind)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "GIF", "BMP", "WEBP"])
def test_each_readable_format_opens_by_its_content(kind: str) -> None:
    data = encoded(kind)
    assert sniff(data) == kind
    assert open_checked(data).size == (40, 30)


@pytest.mark.parametrize(
    ("name", "problem"),
    BAD_PICTURES,
)
def test_each_bad_file_gets_its_own_problem(name: str, problem: Problem) -> None:
    with pytest.raises(ImageProblem) as raised:
        open_checked((PICTURES / name).read_bytes())
    assert raised.value.problem is problem


def test_the_bomb_is_refused_from_its_header_without_decoding() -> None:
    data = (PICTURES / "bomb_20000x20000.png").read_bytes()
    assert len(data) < 100_000
    started = time.process_time()
    with pytest.raises(ImageProblem):
        open_checked(data)
    # Decoding 400 million pixels takes seconds; reading a header takes microseconds.
    assert time.process_time() - started < 0.5


def test_the_name_does_not_matter_only_the_bytes() -> None:
    assert sniff((PICTURES / "renamed_pdf.png").read_bytes()) == "PDF"
    assert sniff(encoded("PNG")[:8] + b"garbage") == "PNG"
    with pytest.raises(ImageProblem) as raised:
        open_checked(encoded("PNG")[:8] + b"garbage")
    assert raised.value.problem is Problem.UNREADABLE


def test_files_over_the_byte_limit_are_not_opened() -> None:
    with pytest.raises(ImageProblem) as raised:
        open_checked(b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_BYTES)
    assert raised.value.problem is Problem.TOO_LARGE


def test_a_long_thin_picture_is_refused_by_its_side() -> None:
    buffer = io.BytesIO()
    Image.new("1", (25_000, 1)).save(buffer, "PNG")
    with pytest.raises(ImageProblem) as raised:
        open_checked(buffer.getvalue())
    assert raised.value.problem is Problem.TOO_MANY_PIXELS
