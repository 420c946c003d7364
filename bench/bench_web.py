"""Browser classroom under a class's load: 40 pupils answering over WebSockets within one second.

    .venv/bin/python bench/bench_web.py [--pupils 40] [--rounds 3]

Starts `matte run --adapter web` in its own process (a fresh SQLite file, the real scheduler), then
joins N pupils and an instructor's projector over HTTP and WebSockets from this process. Each round
opens a question and the pupils answer: first all at the same instant (burst), then spread over one
second (as a class does). It prints how long until every answer is counted (each pupil has the
server's acknowledgement, which comes only once the answer is stored) and until the projector shows
N of N. Figures only; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from aiohttp import ClientSession, ClientWebSocketResponse, CookieJar

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "bench-password"
WARM_UP_SECONDS = 4.0


def start_server(db: Path) -> tuple[subprocess.Popen[str], str]:
    """`matte run --adapter web` on a free port; returns the process and its base URL."""
    env = {**os.environ, "MATTE_DB": str(db), "MATTE_WEB_PASSWORD": PASSWORD}
    server = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--adapter", "web", "--port", "0"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    for line in server.stdout:
        if "http://" in line:
            return server, line[line.index("http://") :].split()[0]
    raise RuntimeError("the server did not print its address")


async def receive(ws: ClientWebSocketResponse, wanted, timeout: float = 30.0) -> dict:
    async with asyncio.timeout(timeout):
        while True:
            message = await ws.receive_json()
            if wanted(message):
                return message


def question_number(number: int):
    return lambda m: m.get("t") == "state" and (m.get("question") or {}).get("number") == number


async def join(session: ClientSession, base: str, code: str, i: int) -> ClientWebSocketResponse:
    async with session.post(f"{base}api/join", json={"code": code, "name": f"p{i}"}) as response:
        token = (await response.json())["token"]
    ws = await session.ws_connect(f"{base}ws")
    await ws.send_json({"t": "hello", "code": code, "token": token})
    return ws


async def one_round(
    number: int, pupils: list[ClientWebSocketResponse], teach: ClientWebSocketResponse, spread: float
) -> tuple[float, float]:
    """(seconds until all answers are acknowledged, until the projector shows them all), from the
    moment the last answer was sent."""
    states = await asyncio.gather(*(receive(ws, question_number(number)) for ws in pupils))
    ref = states[0]["question"]["ref"]
    choices = len(states[0]["question"]["options"])
    projector = asyncio.create_task(
        receive(teach, lambda m: question_number(number)(m) and m["question"]["answered"] == len(pupils))
    )
    delays = sorted(random.uniform(0, spread) for _ in pupils)
    start = time.perf_counter()

    async def answer(ws: ClientWebSocketResponse, delay: float) -> float:
        await asyncio.sleep(delay)
        await ws.send_json({"t": "answer", "ref": ref, "choice": random.randrange(choices)})
        await receive(ws, lambda m: m.get("t") == "ack")
        return time.perf_counter()

    acked = await asyncio.gather(*(answer(ws, d) for ws, d in zip(pupils, delays, strict=True)))
    await projector
    shown = time.perf_counter()
    last_sent = start + delays[-1]
    return max(acked) - last_sent, shown - last_sent


async def bench(base: str, pupils_n: int, rounds: int) -> None:
    async with ClientSession(cookie_jar=CookieJar(unsafe=True)) as session:
        await session.post(f"{base}teach/login", data={"password": PASSWORD})
        form = {"questions": str(2 * rounds), "seconds": "60", "teams": "0", "speed_bonus": "on"}
        async with session.post(f"{base}teach/rooms", data=form, allow_redirects=False) as response:
            code = response.headers["Location"].rsplit("/", 1)[1]
        teach = await session.ws_connect(f"{base}teach/ws/{code}")
        pupils = [await join(session, base, code, i) for i in range(pupils_n)]
        await session.post(f"{base}teach/api/rooms/{code}/start", json={})
        results: dict[str, list[tuple[float, float]]] = {"burst": [], "spread over 1 s": []}
        number = 0
        for kind, spread in (("burst", 0.0), ("spread over 1 s", 1.0)):
            for _ in range(rounds):
                number += 1
                results[kind].append(await one_round(number, pupils, teach, spread))
                await session.post(f"{base}teach/api/rooms/{code}/skip", json={})
                await session.post(f"{base}teach/api/rooms/{code}/next", json={})
        for ws in [teach, *pupils]:
            await ws.close()
    print(f"bench_web: {pupils_n} pupils over WebSockets, `matte run --adapter web` in its own process")
    for kind, figures in results.items():
        counted = [c for c, _ in figures]
        shown = [s for _, s in figures]
        print(
            f"  {kind:>16}: all {pupils_n} answers counted {statistics.median(counted) * 1000:6.1f} ms "
            f"(max {max(counted) * 1000:.1f}), projector shows {pupils_n}/{pupils_n} "
            f"{statistics.median(shown) * 1000:6.1f} ms (max {max(shown) * 1000:.1f}) "
            f"after the last answer, median of {len(figures)} rounds"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pupils", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        server, base = start_server(Path(folder) / "matte.db")
        try:
            time.sleep(WARM_UP_SECONDS)  # the app loads the classifier in a thread at start-up
            asyncio.run(bench(base, args.pupils, args.rounds))
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
