"""Throughput, latency and memory of `matte check --jsonl`, against a bare TF-IDF + logistic regression.

    .venv/bin/python bench/bench_check.py [--n 20000] [--model MODEL] [--batch-size 512] [--rounds 3]

Generates N realistic forwarded messages (Japanese and English, scams, chain messages and ordinary chat),
then reports messages/s for the batched JSON-lines path in this process and in a `python -m bot` (or,
without the bot CLI, an equivalent argparse wrapper) subprocess; the same for a bare baseline process (a
character 1-3-gram TF-IDF + LogisticRegression trained here on the shipped data, loaded and applied
the same way, scores only) and the ratio of the two, in wall-clock and in CPU seconds, over alternating
rounds so both see the same load on a shared machine; p50/p99 latency of checking one message at a time;
the peak RSS of the `matte check` process with its model loaded. It prints figures only; nothing here
asserts on time.
"""

from __future__ import annotations

import argparse
import io
import json
import pickle
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.commands.check_cmd import check_jsonl, load_rumours  # noqa: E402
from classifier.build_shipped import shipped_data_paths  # noqa: E402
from classifier.checker import Checker  # noqa: E402
from classifier.dataset import read_datasets  # noqa: E402

# The baseline process: load a pickled TF-IDF + LogisticRegression, read {"id","text"} lines, write scores.
BASELINE_SCRIPT = """
import json, pickle, sys
from itertools import islice
model = pickle.load(open(sys.argv[1], "rb"))
lines = iter(sys.stdin)
while batch := [json.loads(line) for line in islice(lines, 512)]:
    scores = model.predict_proba([item["text"] for item in batch])[:, 1]
    for item, score in zip(batch, scores):
        sys.stdout.write(json.dumps({"id": item["id"], "score": round(float(score), 4)}) + "\\n")
"""

TEMPLATES = (
    "【{brand}】お荷物をお届けにあがりましたが不在のため持ち帰りました。下記よりご確認ください {url}",
    "【重要】{brand}カードのご利用を一時停止しました。{hours}時間以内に本人確認をお願いします {url}",
    "【拡散希望】医師の友人によると、{food}を毎日食べるとウイルスが防げるらしいです！！みんなに教えてください",
    "{place}で地震のあと、動物園から{animal}が逃げたそうです。本当かどうかわからないけど回してください",
    "国税庁です。還付金{amount}万円の受け取り手続きが本日中に必要です。お電話は0{tel}まで",
    "月利{rate}%・元本保証の投資をご紹介します。必ず儲かるので今すぐLINE登録を",
    "明日の{event}は{hour}時に{place}駅の改札前に集合です。雨なら中止にします",
    "今日の夕飯は{food}でいい？帰りに牛乳を買ってきてね",
    "{place}市からのお知らせ：台風の接近に伴い、明日の{event}は延期します。詳細は市のホームページで",
    "おつかれさま。{event}の資料を共有フォルダに置いたので、時間があるときに見てください",
    "URGENT: your {brand} account will be suspended within {hours} hours. Verify your details at {url}",
    "Congratulations! You have won a £{amount}00 prize. Call 09061{tel} now to claim",
    "My doctor friend says {food} kills the virus. They don't want you to know. Share with everyone!!!",
    "Hi, are we still on for {event} at {hour}? I can bring {food}",
    "The {place} city office says the {event} is postponed because of the typhoon. Details on their website",
    "Running 10 minutes late, save me a seat at the {event}",
)
FILL = {
    "brand": ["ヤマト運輸", "佐川急便", "Amazon", "楽天", "イオン", "三井住友", "PayPay", "docomo"],
    "url": [
        "https://sagawa-ab.top/x",
        "http://amaz0n-jp.xyz/login",
        "bit.ly/3xYz",
        "https://www.jma.go.jp/",
        "https://rakuten-card.co.jp.secure-id.cn/",
        "https://www.amazon.co.jp/",
    ],
    "food": ["納豆", "にんにく", "カレー", "lemons", "garlic", "pizza"],
    "place": ["熊本", "横浜", "札幌", "Osaka", "Kobe"],
    "animal": ["ライオン", "トラ", "キリン"],
    "event": ["町内会の清掃", "保護者会", "練習", "meeting", "game"],
}


def messages(n: int, seed: int = 0) -> list[str]:
    """N messages from the templates with random fillings and numbers, so (almost) no two are equal."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        template = rng.choice(TEMPLATES)
        fill = {key: rng.choice(values) for key, values in FILL.items()}
        fill.update(
            hours=str(rng.randint(1, 72)),
            amount=str(rng.randint(1, 99)),
            rate=str(rng.randint(2, 40)),
            hour=str(rng.randint(6, 21)),
            tel=f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        )
        out.append(template.format(**fill) + rng.choice(("", "。", " 🙏", "!", f" ({rng.randint(1, 999)})")))
    return out


def jsonl_input(texts: list[str]) -> str:
    """The --jsonl input for these texts."""
    return "".join(
        json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n" for i, text in enumerate(texts)
    )


def subprocess_command(model: Path | None) -> list[str]:
    """The real `matte check --jsonl` command, or the same command modules under a bare argparse."""
    extra = ["--model", str(model)] if model else []
    if (ROOT / "bot" / "cli.py").exists():
        return [sys.executable, "-m", "bot", "check", "--jsonl", *extra]
    wrapper = (
        "import argparse,sys;from bot.commands import check_cmd;p=argparse.ArgumentParser(prog='matte');"
        "s=p.add_subparsers();check_cmd.register(s);a=p.parse_args();sys.exit(a.func(a))"
    )
    return [sys.executable, "-c", wrapper, "check", "--jsonl", *extra]


# Peak RSS is measured from a small parent: a child forked from this benchmark process (which has the
# model loaded itself) would start at this process's RSS and report that instead of matte's.
PEAK_RSS_SCRIPT = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def peak_rss_mb(model: Path | None, payload: str) -> float:
    """Peak resident memory (MB) of one `check --jsonl` process, its workers included, fed `payload`."""
    completed = subprocess.run(
        [sys.executable, "-c", PEAK_RSS_SCRIPT, *subprocess_command(model)],
        input=payload,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return float(completed.stdout)


def children_cpu_seconds() -> float:
    """User + system CPU time of every finished child process so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_command(model: Path | None, payload: str) -> tuple[float, int, int, float]:
    """(seconds, output lines, exit code, CPU seconds) of one `check --jsonl` subprocess fed `payload`."""
    started, cpu_started = time.perf_counter(), children_cpu_seconds()
    completed = subprocess.run(
        subprocess_command(model), input=payload, capture_output=True, text=True, cwd=ROOT, check=False
    )
    cpu = children_cpu_seconds() - cpu_started
    return time.perf_counter() - started, completed.stdout.count("\n"), completed.returncode, cpu


def baseline_model_file(folder: Path) -> Path:
    """A bare character 1-3-gram TF-IDF + LogisticRegression fitted on the shipped data, pickled."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    data = read_datasets(shipped_data_paths())
    model = make_pipeline(
        TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True),
        LogisticRegression(max_iter=1000),
    ).fit(data.texts, data.labels)
    path = folder / "baseline.pkl"
    path.write_bytes(pickle.dumps(model))
    return path


def run_baseline(model_file: Path, payload: str) -> tuple[float, int, float]:
    """(seconds, output lines, CPU seconds) of one baseline subprocess fed `payload`."""
    started, cpu_started = time.perf_counter(), children_cpu_seconds()
    completed = subprocess.run(
        [sys.executable, "-c", BASELINE_SCRIPT, str(model_file)],
        input=payload,
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - started, completed.stdout.count("\n"), children_cpu_seconds() - cpu_started


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) of values."""
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main(argv: list[str] | None = None) -> int:
    """Run the three measurements and print them."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=20000, help="messages to generate (default 20000)")
    parser.add_argument("--model", type=Path, help="model file (default: the shipped model)")
    parser.add_argument("--batch-size", type=int, default=512, help="jsonl batch size (default 512)")
    parser.add_argument("--latency-samples", type=int, default=500, help="single-message checks to time")
    parser.add_argument("--rounds", type=int, default=3, help="alternating matte/baseline rounds (default 3)")
    args = parser.parse_args(argv)

    texts = messages(args.n)
    payload = jsonl_input(texts)
    mean_length = statistics.mean(map(len, texts))
    print(f"{args.n} messages ({len(set(texts))} distinct), mean {mean_length:.0f} characters")

    started = time.perf_counter()
    checker = Checker.load(args.model, load_rumours([]))
    seconds = time.perf_counter() - started
    print(f"model and rumour index loaded in {seconds:.2f} s ({len(checker.rumours)} rumours)")
    checker.score_many(texts[:50])

    out = io.StringIO()
    started, cpu_started = time.perf_counter(), time.process_time()
    answered = check_jsonl(checker, io.StringIO(payload), out, args.batch_size)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    print(
        f"in-process --jsonl: {answered / seconds:,.0f} messages/s wall-clock, "
        f"{answered / cpu_seconds:,.0f} per CPU-second ({answered} in {seconds:.2f} s)"
    )

    startup = run_command(args.model, jsonl_input(texts[:1]))[0]
    peak_mb = peak_rss_mb(args.model, payload)
    ratios, cpu_ratios = [], []
    with tempfile.TemporaryDirectory() as folder:
        baseline_file = baseline_model_file(Path(folder))
        baseline_startup = run_baseline(baseline_file, jsonl_input(texts[:1]))[0]
        # Alternating the two processes round by round lets both see the same load on a shared machine.
        for round_number in range(1, args.rounds + 1):
            seconds, lines, code, cpu = run_command(args.model, payload)
            baseline_seconds, baseline_lines, baseline_cpu = run_baseline(baseline_file, payload)
            ratios.append(baseline_seconds / seconds)
            cpu_ratios.append(baseline_cpu / cpu)
            print(
                f"round {round_number}: matte check --jsonl {lines / seconds:,.0f} messages/s ({lines} lines "
                f"in {seconds:.2f} s, exit code {code}, {cpu:.2f} CPU-s); bare TF-IDF + LogisticRegression "
                f"{baseline_lines / baseline_seconds:,.0f} messages/s ({baseline_seconds:.2f} s, "
                f"{baseline_cpu:.2f} CPU-s); ratio {ratios[-1]:.2f}x"
            )
    print(
        f"start-up with one message: matte {startup:.2f} s, baseline {baseline_startup:.2f} s; "
        f"matte peak RSS {peak_mb:.0f} MB"
    )
    print(
        f"matte check --jsonl / baseline, median of {args.rounds} rounds: {statistics.median(ratios):.2f}x "
        f"wall-clock (range {min(ratios):.2f}-{max(ratios):.2f}); by CPU seconds (matte uses every core) "
        f"{statistics.median(cpu_ratios):.2f}x"
    )

    latencies = []
    for text in texts[: args.latency_samples]:
        started = time.perf_counter()
        checker.score(text)
        latencies.append((time.perf_counter() - started) * 1000)
    print(
        f"one message at a time ({len(latencies)} checks): p50 {percentile(latencies, 50):.2f} ms, "
        f"p99 {percentile(latencies, 99):.2f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
