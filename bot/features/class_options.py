"""What an instructor may ask of a class quiz: `/quiz [deck|level|topic] [N] [Ns] [nospeed] [teams=N]
[countdown] [region=NAME]`, read into `Options` (the browser classroom builds `Options` from its form)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.text_safety import one_line

DEFAULT_QUESTIONS = 10


DEFAULT_SECONDS = 20


COUNTDOWN_SECONDS = 10


MIN_SECONDS, MAX_SECONDS = 5, 600


MAX_QUESTIONS = 50


@dataclass(frozen=True)
class Options:
    wanted: str = ""
    questions: int = DEFAULT_QUESTIONS
    seconds: int = DEFAULT_SECONDS
    speed_bonus: bool = True
    teams: int = 0
    countdown: bool = False
    region: str = ""

    def to_args(self) -> str:
        """The `/quiz` arguments that `parse_options` reads back as these options (the browser
        classroom starts its quiz with them, through the same command as every chat)."""
        words = [self.wanted, str(self.questions), f"{self.seconds}s"]
        words += [] if self.speed_bonus else ["nospeed"]
        words += [f"teams={self.teams}"] if self.teams else []
        words += ["countdown"] if self.countdown else []
        words += [f"region={self.region}"] if self.region else []
        if any(not word or word != "".join(word.split()) for word in words if word):
            raise ValueError(f"class-quiz options cannot hold spaces: {self}")
        return " ".join(word for word in words if word)


def parse_options(args: str) -> Options | str:
    """Options from `/quiz` arguments, or the offending word."""
    options = Options()
    wanted_seen = False
    for word in args.split():
        lower = word.lower()
        if re.fullmatch(r"\d+", word):
            options = replace(options, questions=int(word))
        elif m := re.fullmatch(r"(\d+)(s|sec|秒)", lower):
            options = replace(options, seconds=int(m.group(1)))
        elif lower in ("nospeed", "スピードなし"):
            options = replace(options, speed_bonus=False)
        elif m := re.fullmatch(r"(?:teams|チーム)=?(\d)", lower):
            options = replace(options, teams=int(m.group(1)))
        elif lower in ("countdown", "カウントダウン"):
            options = replace(options, countdown=True)
        elif m := re.fullmatch(r"(?:region|地域)=(.{1,20})", word):
            options = replace(options, region=one_line(m.group(1)))
        elif not wanted_seen:
            options, wanted_seen = replace(options, wanted=word), True
        else:
            return word
    if not 1 <= options.questions <= MAX_QUESTIONS:
        return str(options.questions)
    if not MIN_SECONDS <= options.seconds <= MAX_SECONDS:
        return f"{options.seconds}s"
    if options.teams == 1 or options.teams > 6:
        return f"teams={options.teams}"
    return options
