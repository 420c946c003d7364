"use strict";
// The pupil's phone or tablet: join with a code and a nickname, then answer with big buttons.
// The token and an answer not yet confirmed are kept in localStorage, so a reload, a closed tab
// or a dropped Wi-Fi connection loses nothing: the page rejoins and sends the answer again.
(() => {
  const { t, el, add, medal, SHAPES } = Matte;
  const $ = (id) => document.getElementById(id);
  const ME = "matte.pupil";
  const PENDING = "matte.pending";
  let me = load(ME);
  let conn = null;
  let state = null;
  let sentOnThisSocket = false;
  let lateNumber = null;
  let closeTimer = null;

  function load(key) {
    try {
      return JSON.parse(localStorage.getItem(key));
    } catch {
      return null;
    }
  }

  function save(key, value) {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  }

  $("join-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = $("join-error");
    const button = event.target.querySelector("button");
    const code = $("code").value.replace(/\D/g, "");
    error.textContent = "";
    if (!/^[1-9][0-9]{5}$/.test(code)) {
      error.textContent = t("bad_code");
      return;
    }
    button.disabled = true;
    button.textContent = t("joining");
    try {
      const response = await fetch("/api/join", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ code, name: $("name").value }),
      });
      const data = await response.json();
      if (!response.ok) {
        error.textContent = t(data.error || "network");
        return;
      }
      me = { code: data.code, token: data.token, name: data.name };
      save(ME, me);
      save(PENDING, null);
      play();
    } catch {
      error.textContent = t("network");
    } finally {
      button.disabled = false;
      button.textContent = t("join_button");
    }
  });

  $("leave").addEventListener("click", () => {
    if (window.confirm(t("confirm_leave"))) leave("");
  });

  function play() {
    $("join").hidden = true;
    $("play").hidden = false;
    $("me-name").textContent = me.name;
    conn = Matte.live("/ws", {
      open(ws) {
        sentOnThisSocket = false;
        ws.send(JSON.stringify({ t: "hello", code: me.code, token: me.token }));
      },
      message: onMessage,
      status(online) {
        $("status").hidden = online;
        $("status").textContent = online ? "" : t("offline");
      },
    });
  }

  function leave(reason) {
    if (conn) conn.stop();
    conn = null;
    state = null;
    me = null;
    save(ME, null);
    save(PENDING, null);
    $("play").hidden = true;
    $("status").hidden = true;
    $("join").hidden = false;
    $("join-error").textContent = reason ? t(reason) : "";
  }

  function onMessage(msg) {
    if (msg.t === "gone") {
      leave(["rate", "removed"].includes(msg.reason) ? msg.reason : "ended");
    } else if (msg.t === "notice") {
      $("notice").textContent = msg.text;
    } else if (msg.t === "ack") {
      const pending = load(PENDING);
      if (pending && pending.ref === msg.ref) save(PENDING, null);
      if (msg.status === "late" && pending) lateNumber = pending.number;
      $("notice").textContent = "";
      render();
    } else if (msg.t === "state") {
      Matte.syncClock(msg.now);
      if (!state || screenOf(state) !== screenOf(msg)) $("notice").textContent = "";
      state = msg;
      sendPending();
      render();
    }
  }

  function screenOf(s) {
    return `${s.stage}:${s.question ? s.question.number : ""}`;
  }

  // An answer waits in localStorage until the server has it; it is dropped once the question is over.
  function sendPending() {
    const pending = load(PENDING);
    const q = state && state.question;
    if (!pending) return;
    if (!q || q.number !== pending.number) {
      if (state.stage !== "paused") save(PENDING, null);
      return;
    }
    if (q.mine !== null) {
      save(PENDING, null);
    } else if (q.ref && !sentOnThisSocket) {
      pending.ref = q.ref;
      save(PENDING, pending);
      sentOnThisSocket = conn.send({ t: "answer", ref: q.ref, choice: pending.choice });
    }
  }

  // Time is up on this phone: a tap no longer counts, and the pupil is told so at once.
  function timeUp(q) {
    return state.stage === "question" && q.ends_at && Matte.msUntil(q.ends_at) === 0;
  }

  function answer(choice) {
    const q = state && state.question;
    if (!q || !q.ref || q.mine !== null || load(PENDING)) return;
    if (timeUp(q)) {
      lateNumber = q.number;
      render();
      return;
    }
    save(PENDING, { ref: q.ref, number: q.number, choice });
    sentOnThisSocket = false;
    $("notice").textContent = "";
    sendPending();
    render();
  }

  function render() {
    const screen = $("screen");
    screen.replaceChildren();
    if (!state) return;
    const score = state.score;
    $("me-name").textContent = state.name || me.name;
    const parts = [t("score", { points: score.points })];
    if (score.team) parts.push(t("team", { team: score.team }));
    $("me-score").replaceChildren(...Matte.ruby(parts.join(" · ")));
    const views = { lobby: lobby, countdown: lobby, question: question, paused: question, results: results, podium: podium };
    views[state.stage](screen);
    Matte.tickTimers();
  }

  function lobby(screen) {
    screen.append(
      el("h1", { class: "hello", text: t("welcome", { name: state.name }) }),
      el("p", { class: "lead", text: t(state.stage === "countdown" ? "countdown" : "wait_start") }),
    );
  }

  function question(screen) {
    const q = state.question;
    const pending = load(PENDING);
    const chosen = q.mine !== null ? q.mine : pending && pending.number === q.number ? pending.choice : null;
    if (state.feedback && q.number > 1) screen.append(brief(state.feedback));
    screen.append(
      el(
        "div",
        { class: "q-head" },
        el("span", { class: "qnum", text: t("question_of", { number: q.number, total: q.total }) }),
        q.ends_at ? el("span", { class: "timer pill", "data-ends": q.ends_at, "data-format": "seconds_left" }) : null,
      ),
    );
    if (state.stage === "paused") screen.append(el("p", { class: "banner", text: t("paused") }));
    if (q.post) screen.append(el("blockquote", { class: "post", ruby: q.post }));
    screen.append(el("h2", { class: "question", ruby: q.question }));
    const open = state.stage === "question" && q.ref && chosen === null && !timeUp(q);
    clearTimeout(closeTimer);
    if (open && q.ends_at) closeTimer = setTimeout(render, Matte.msUntil(q.ends_at) + 50);
    screen.append(
      el(
        "div",
        { class: "answers" },
        q.options.map((text, i) =>
          el(
            "button",
            {
              type: "button",
              class: `answer c${i}${chosen === i ? " chosen" : ""}${chosen !== null && chosen !== i ? " faded" : ""}`,
              disabled: !open,
              onclick: () => answer(i),
            },
            el("span", { class: "shape", "aria-hidden": "true", text: SHAPES[i] }),
            el("span", { class: "label", ruby: text }),
          ),
        ),
      ),
    );
    if (chosen !== null) screen.append(el("p", { class: "lead", text: t(q.mine !== null ? "answered" : "sending") }));
    else if (lateNumber === q.number || timeUp(q)) screen.append(el("p", { class: "lead late", text: t("late") }));
  }

  function verdictOf(f) {
    if (f.correct) return t("right");
    if (f.answered) return t("wrong");
    return f.late || lateNumber === f.number ? t("late_verdict") : t("no_answer");
  }

  function brief(f) {
    const verdict = verdictOf(f);
    return el("p", { class: `brief ${f.correct ? "ok" : "ng"}`, text: `${t("brief_n", { number: f.number })} ${verdict}` });
  }

  function results(screen) {
    const f = state.feedback;
    const verdict = verdictOf(f);
    add(
      screen,
      el(
        "div",
        { class: `feedback ${f.correct ? "ok" : "ng"}` },
        el("p", { class: "verdict", text: verdict }),
        f.correct ? el("p", { class: "plus", ruby: t("points_plus", { points: f.points }) }) : null,
      ),
      el("p", { class: "answer-was", ruby: t("answer_was", { answer: f.answer }) }),
      f.mine && !f.correct ? el("p", { class: "mine", ruby: t("your_answer", { mine: f.mine }) }) : null,
      el("p", { class: "explain", ruby: f.explanation }),
      state.score.rank ? el("p", { class: "rank", ruby: t("rank", state.score) }) : null,
    );
  }

  function podium(screen) {
    const score = state.score;
    screen.append(el("h1", { class: "hello", text: t("final_heading") }));
    if (score.rank) screen.append(el("p", { class: "final-rank", ruby: t("final_rank", score) }));
    screen.append(el("p", { class: "lead", ruby: t("score", { points: score.points }) }));
    screen.append(el("h2", { text: t("top3") }));
    screen.append(
      el(
        "ol",
        { class: "top3" },
        (state.podium || []).map((s, i) =>
          el("li", {}, medal(i + 1), el("span", { text: s.label }), el("span", { class: "pts", ruby: t("points", { points: s.points }) })),
        ),
      ),
    );
  }

  const url = new URLSearchParams(location.search).get("c");
  if (me && (!url || url === me.code)) play();
})();
