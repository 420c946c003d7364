"""The `Scorer` the bot uses: calibrated score, warning-sign cues and matching checked rumours.

The score says how much a message resembles the suspicious training messages; it never decides truth.
`score_many` vectorises a whole batch at once, which is what makes `matte check --jsonl` fast. Only the
first `MAX_SCORED_CHARS` characters are checked (a chat message is far shorter; 200,000 characters took
10 s and 300 MB), and the result says when text was cut. A Japanese line under 60 characters with no
warning sign is held to a higher bar, the higher the shorter (`classifier.short_lines`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sklearn import config_context
from sklearn.pipeline import Pipeline

from classifier import cues
from classifier.evidence import EVIDENCE_CUE, MAX_QUOTE_CHARS, evidence
from classifier.model_io import load_model
from classifier.result import MAX_SCORED_CHARS, CheckResult, Cue, Span
from classifier.rumours import DEFAULT_THRESHOLD as DEFAULT_MATCH_THRESHOLD
from classifier.rumours import RumourIndex
from classifier.short_lines import WEAK_ALONE, held_to_short_bar

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "models" / "matte.skops"
STANCE_BAR = 0.8
"""At this score or over (and over the threshold), the model's reading stands against the stance rules'
"warning about a scam": the message is flagged all the same, its signs named as if the rules had not
quieted them. The rules read words that scams borrow (警視庁, 注意喚起, 詐欺): on the evaluation sets
`ja_blind_21` to `_31` (stop 30), 27 scams they took for a warning scored 0.8 or more (a caller from
警視庁 asking for savings to be moved), against 2 of 931 genuine warnings. An official alert relay is
never overruled: a fake alert's reply (follow the official instruction, confirm it on the official site
or app) is right either way, while a genuine alert flagged could be doubted. Nor is a correction of a
rumour (`cues.corrects_a_claim`): the model has seen the rumours it quotes, and on `ja_blind_21` to `_41`
(stop 33) every correction it was sure of was genuine (3 of 3). Nor, since stop 42, is a relative's advice
that asks for nothing (`cues.advises_like_family`, 「暗証番号は誰にも言っちゃダメよ」): over 111,873
training texts it was genuine every time it was sure of it (3 of 3), and on `ja_blind_96` it had flagged 3
of 43 family warnings so. Nor, since stop 43, is a retold scam that was turned down, told in the writer's
own words with the trick's asks left inside the quotation (`cues.retells_a_refusal`, 「…って電話。切って正解
でした」「…ってメール。開かずに消したって」): the model is sure of the scam it quotes; over the 111,873 texts
it read 32 genuine texts as warnings and no scam, and on stop 42's `ja_blind_100` to `_105` and stop 43's
`ja_blind_106` it unflagged 8 and 9 genuine warnings and no scam. Since stop 44 that takes in a rule not to
act about an outside contact in the "even if" shape (「…ハガキ来ても絶対払わんでよ」), unless the rule is
"don't answer" or the message asks to be spread (hoax chains say 「この番号から電話来ても出ないで」), and a
senior's own short rules (「還付金の電話は切る」「ATMには行かない」): over 161,814 training and evaluation
texts 220 genuine warnings more and no scam are exempted so, and on the fresh `ja_blind_112` to `_115` they
unflagged 3 genuine warnings and no scam."""

FLAGGED_ALONE = frozenset({"coaching", "official_asks"})
"""Signs that flag a message by themselves (its score is raised to the threshold): being told what to say
to the bank counter or the police is the mark of special fraud, whatever the model makes of the friendly
words around it (「銀行で聞かれたら、リフォーム代って言ってね」 scored 0.47, short of the bar a short
line needs). Chosen on the development sets (stop 33): among the 72,117 training and evaluation texts of
the time the sign fired on no genuine or ordinary one (`classifier.coaching` says how it keeps out
warnings that quote it), and on `ja_blind_40` it flagged 8 more of its 26 coaching callers; on the fresh
`ja_blind_42` then, coaching callers caught went 127 → 135 of 191 and false alarms 63 → 60.
`official_asks` (stop 36): a message in an alert's voice that tells its reader to pay, press a number or
say when they are home or where the cash is kept; no alert asks that, and over the 98,936 training and
evaluation texts of the time the sign fired on 11 suspicious ones and no genuine one. Stop 37 gave it an
app to install, valuables to hand over, a contribution and a passbook and seal to prepare (before, these
only kept a message from reading as an alert relay, and the reply named nothing but its wording): over the
112,265 training and evaluation texts, 10 more suspicious ones, no genuine one, and no feature changed."""


ALERT_MATCH_BAR = 0.75
"""A checked rumour is named for an official alert relay only at this similarity or over. A genuine
relay shares its words with the rumours about it (「南海トラフ地震臨時情報（巨大地震注意）が発表されました」
matched "a quake on 14 August?" at 0.57), and a reply that sets a hoax's check beside a real alert could
make it doubted. Over the evaluation sets at stop 34, 92 of 1,517 genuine relays were matched, all under
0.73; of 7 rumours read as relays and matched, one was over it (「気象庁が発表しない本当の震源は人工地震」,
0.77)."""


class Checker:
    """Implements `classifier.result.Scorer` with a fitted pipeline and a rumour index."""

    def __init__(
        self,
        model: Pipeline,
        rumours: RumourIndex | None = None,
        threshold: float = 0.5,
        match_threshold: float = DEFAULT_MATCH_THRESHOLD,
    ) -> None:
        self.model = model
        self.rumours = rumours if rumours is not None else RumourIndex([])
        self.threshold = threshold
        self.match_threshold = match_threshold

    @classmethod
    def load(
        cls,
        model_path: str | Path | None = None,
        rumours: RumourIndex | None = None,
        threshold: float | None = None,
    ) -> Checker:
        """A checker for a saved model (default: the shipped one), at its cross-validated threshold."""
        model, metadata = load_model(model_path or DEFAULT_MODEL_PATH)
        chosen = threshold if threshold is not None else float(metadata.get("threshold", 0.5))
        return cls(model, rumours, chosen)

    def score(self, text: str) -> CheckResult:
        """Check one message."""
        return self.score_many([text])[0]

    def score_many(self, texts: Sequence[str]) -> list[CheckResult]:
        """Check a batch of messages with one vectorisation and one matrix product.

        A text that occurs more than once (a chain message forwarded by many) is checked once.
        """
        if not texts:
            return []
        unique = list(dict.fromkeys(texts))
        if len(unique) < len(texts):
            results = dict(zip(unique, self._score_unique(unique), strict=True))
            return [results[text] for text in texts]
        return self._score_unique(unique)

    def _score_unique(self, texts: Sequence[str]) -> list[CheckResult]:
        capped = [text[:MAX_SCORED_CHARS] for text in texts]
        with config_context(assume_finite=True, skip_parameter_validation=True):
            scores = self.model.predict_proba(capped)[:, 1]
        matches = self.rumours.match_many(capped, self.match_threshold)
        results = []
        for text, original, score, found in zip(capped, texts, scores, matches, strict=True):
            reading = cues.read(text)
            raw = float(score)
            if (
                reading.scam_warning
                and not reading.official_alert
                and raw >= max(STANCE_BAR, self.threshold)
                and not cues.corrects_a_claim(reading.text)
                and not cues.advises_like_family(reading.text)
                and not cues.retells_a_refusal(reading.text)
            ):
                score, reading = raw, cues.read(text, stance=False)
            else:
                named = any(cue.name not in WEAK_ALONE for cue in reading.cues)
                signed = named or bool(reading.links or found)
                score = held_to_short_bar(raw, reading.text, signed, self.threshold)
                if any(cue.name in FLAGGED_ALONE for cue in reading.cues):
                    score = max(score, self.threshold)
            if reading.official_alert:
                found = tuple(match for match in found if match.similarity >= ALERT_MATCH_BAR)
            suspicious = score >= self.threshold and not (reading.official_alert or reading.scam_warning)
            signs = reading.cues
            if suspicious and not signs and not found:
                signs = self._wording(text)
            results.append(
                CheckResult(
                    score=score,
                    suspicious=suspicious,
                    cues=signs,
                    matches=found,
                    official_alert=reading.official_alert,
                    scam_warning=reading.scam_warning,
                    links=reading.links,
                    truncated=len(original) > MAX_SCORED_CHARS,
                )
            )
        return results

    def _wording(self, text: str) -> tuple[Cue, ...]:
        """The last-resort sign: the wording that raised the score (see `classifier.evidence`), or the
        whole opening of the message when the model cannot say (a flagged reply always names a sign)."""
        spans = evidence(self.model, text)
        if not spans:
            end = min(len(text), MAX_QUOTE_CHARS)
            spans = (Span(0, end, text[:end]),)
        return (Cue(EVIDENCE_CUE, spans),)
