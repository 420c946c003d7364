"use strict";
// The projector: join code and QR code while pupils join, then the question with its timer and
// live answer count, the results with the explanation, and at the end the podium and summary.
// The server sends the whole screen's data on every change; this page only draws it.
(() => {
  const { t, el, add, medal, config, SHAPES } = Matte;
  const $ = (id) => document.getElementById(id);
  let shownStage = null;
  let state = null;

  // A class of 小学生 questions reads the projector in its own words: kids_<key> where there is one.
  const w = (key, values) => t(state && state.kids && `kids_${key}` in Matte.strings ? `kids_${key}` : key, values);

  Matte.live(`/teach/ws/${config.code}`, {
    message(msg) {
      if (msg.t !== "state") return;
      Matte.syncClock(msg.now);
      state = msg;
      render();
    },
    status(online) {
      $("status").hidden = online;
      $("status").textContent = online ? "" : t("offline_teach");
    },
  });

  async function act(action, body = {}) {
    try {
      const response = await fetch(`/teach/api/rooms/${config.code}/${action}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      return response.ok;
    } catch {
      return false;
    }
  }

  function control(action, label, style = "") {
    return el("button", {
      type: "button",
      id: `do-${action}`,
      class: `ctl ${style}`,
      text: t(label),
      onclick: async (event) => {
        if (action === "stop" && !window.confirm(t("confirm_stop"))) return;
        const button = event.currentTarget;
        button.disabled = true;
        if (!(await act(action))) button.disabled = false;
      },
    });
  }

  function render() {
    const s = state;
    $("joined").textContent = t("joined", { count: s.pupils.length });
    $("lobby").hidden = s.stage !== "lobby";
    // Pupils can be renamed or removed at every stage, not only in the lobby.
    $("pupils").replaceChildren(
      ...s.pupils.map((p) =>
        el("li", { class: "pupil" },
          el("button", {
            type: "button",
            class: `chip${p.online ? "" : " away"}`,
            title: t("rename"),
            text: p.name,
            onclick: () => act("rename", { pupil: p.id }),
          }),
          el("button", {
            type: "button",
            class: "chip-remove",
            title: t("remove"),
            "aria-label": `${t("remove")}: ${p.name}`,
            text: "×",
            onclick: () => window.confirm(t("confirm_remove", { name: p.name })) && act("remove", { pupil: p.id }),
          })),
      ),
    );
    // The roster is open in the lobby and folds away (one line) once the quiz runs; the instructor
    // may open it at any stage to rename or remove a pupil.
    if (s.stage !== shownStage) $("roster").open = s.stage === "lobby";
    shownStage = s.stage;
    $("roster-summary").textContent = t("roster", { count: s.pupils.length });
    $("lock").textContent = t(s.locked ? "unlock" : "lock");
    $("lock").onclick = () => act(s.locked ? "unlock" : "lock");
    const stage = $("stage");
    const controls = $("controls");
    stage.replaceChildren();
    controls.replaceChildren();
    if (s.stage === "lobby") {
      controls.append(control("start", "start", "go"));
    } else if (s.stage === "countdown") {
      stage.append(el("h1", { class: "huge", text: t("countdown") }));
      controls.append(control("stop", "stop", "quiet"));
    } else if (s.stage === "question" || s.stage === "paused") {
      question(stage, s);
      controls.append(
        s.stage === "question" ? control("pause", "pause") : control("resume", "resume", "go"),
        control("skip", "skip"),
        control("stop", "stop", "quiet"),
      );
    } else if (s.stage === "results") {
      results(stage, s.results);
      controls.append(control("next", s.results.last ? "show_podium" : "next", "go"));
      if (!s.results.last) controls.append(control("stop", "stop", "quiet"));
    } else if (s.stage === "podium") {
      final(stage, s.final);
      controls.append(el("a", { class: "ctl go", href: "/teach", text: t("new_quiz") }));
    }
    Matte.tickTimers();
  }

  function question(stage, s) {
    const q = s.question;
    const timer = q.ends_at
      ? el("span", { class: "timer pill", "data-ends": q.ends_at })
      : el("span", { class: "timer pill paused", text: String(q.remaining) });
    add(
      stage,
      el("div", { class: "q-head" }, el("span", { class: "qnum", text: w("question_heading", q) }), timer),
      s.stage === "paused" ? el("p", { class: "banner", text: t("paused") }) : null,
      q.post ? el("blockquote", { class: "post", ruby: q.post }) : null,
      el("h1", { class: "question", ruby: q.question }),
      el(
        "div",
        { class: "options" },
        q.options.map((text, i) =>
          el("div", { class: `opt c${i}` }, el("span", { class: "shape", "aria-hidden": "true", text: SHAPES[i] }), el("span", { ruby: text })),
        ),
      ),
      el("p", { class: "answers-in", ruby: w("answers_in", { count: q.answered, total: s.pupils.length }) }),
      s.auto && s.results ? previous(s.results) : null,
    );
  }

  // With automatic advance the next question follows at once, so the last answer stays in view.
  function previous(r) {
    return el(
      "div",
      { class: "previous" },
      el("strong", { ruby: `${t("question_n", r)} ${w("correct_answer")}: ${r.answer}` }),
      el("p", { ruby: r.explanation }),
    );
  }

  function results(stage, r) {
    stage.append(
      el("div", { class: "q-head" }, el("span", { class: "qnum", text: w("question_heading", r) }), el("h2", { class: "question small", ruby: r.question })),
      el("p", { class: "right-answer" }, el("span", { class: "tag", text: w("correct_answer") }), el("span", { ruby: r.answer })),
    );
    const bars = el("div", { class: "shares" }, el("h3", { ruby: w("how_answered", { count: r.answered }) }));
    r.shares.forEach((share, i) => {
      bars.append(
        el(
          "div",
          { class: `share${i === r.correct ? " right" : ""}` },
          el("span", { class: `shape c${i}`, "aria-hidden": "true", text: SHAPES[i] }),
          el("span", { class: "share-text", ruby: share.text }),
          el("span", { class: "bar" }, el("span", { class: `fill c${i}`, width: `${share.pct}%` })),
          el("span", { class: "share-n", ruby: `${w("people", { count: share.count })} (${share.pct}%)` }),
        ),
      );
    });
    const why = el(
      "div",
      { class: "why" },
      el("h3", { text: w("explanation") }),
      el("p", { ruby: r.explanation }),
      r.techniques.length ? el("p", { class: "techniques", text: `${w("technique")}: ${r.techniques.join(" / ")}` }) : null,
    );
    const board = el("div", { class: "leaders" }, el("h3", { text: w("leaders") }), ranking(r.leaders));
    if (r.teams.length) board.append(el("h3", { text: t("team_points") }), teams(r.teams));
    // The post stays in view while the class discusses it, beside the explanation.
    const post = r.post ? el("blockquote", { class: "post results-post", ruby: r.post }) : null;
    stage.append(el("div", { class: "results-grid" }, el("div", {}, bars, board), el("div", {}, post, why)));
  }

  function ranking(rows) {
    return el(
      "ol",
      { class: "ranking" },
      rows.map((row, i) =>
        el("li", {}, el("span", { class: "place", text: `${i + 1}` }), el("span", { class: "who", text: row.label }), el("span", { class: "pts", ruby: t("points", row) })),
      ),
    );
  }

  function teams(rows) {
    return el(
      "ol",
      { class: "ranking" },
      rows.map((row, i) =>
        el("li", {}, el("span", { class: "place", text: `${i + 1}` }), el("span", { class: "who", text: t("team", row) }), el("span", { class: "pts", ruby: t("points", row) })),
      ),
    );
  }

  function final(stage, f) {
    const order = [1, 0, 2].filter((i) => i < f.podium.length);
    stage.append(
      el(
        "div",
        { class: "podium" },
        order.map((i) =>
          el(
            "div",
            { class: `step place${i + 1}` },
            medal(i + 1),
            el("span", { class: "who", text: f.podium[i].label }),
            el("span", { class: "pts", ruby: t("points", f.podium[i]) }),
            el("span", { class: "block", text: String(i + 1) }),
          ),
        ),
      ),
    );
    if (f.teams.length) stage.append(el("div", { class: "card" }, el("h3", { text: t("team_points") }), teams(f.teams)));
    const figures = el(
      "div",
      { class: "figures" },
      figure(t("overall"), f.overall),
      figure(t("trust"), f.trust),
      figure(t("mislead"), f.mislead),
    );
    const perQuestion = el("div", { class: "card" }, el("h3", { text: t("per_question") }), meters(f.questions.map((q) => [t("question_n", q), q.pct])));
    const perTechnique = el("div", { class: "card" }, el("h3", { text: t("per_technique") }), meters(f.techniques.map((row) => [row.label, row.pct])));
    const hardest = el(
      "div",
      { class: "card" },
      el("h3", { text: t("hardest") }),
      el(
        "ol",
        { class: "hardest" },
        f.hardest.map((h) =>
          el("li", {}, el("strong", { text: `${t("question_n", h)} (${h.pct}%)` }), " ", el("span", { ruby: h.text }), h.lesson ? el("span", { class: "lesson", text: ` → ${t("lesson", { title: h.lesson })}` }) : null),
        ),
      ),
    );
    const downloads = el(
      "p",
      { class: "downloads" },
      el("span", { text: `${t("download")}: ` }),
      el("a", { id: "report-html", href: f.reports.html, download: "", text: t("report_html") }),
      el("a", { id: "report-csv", href: f.reports.csv, download: "", text: t("report_csv") }),
    );
    stage.append(el("section", { class: "summary" }, el("h2", { text: t("summary") }), figures, el("div", { class: "summary-grid" }, perQuestion, perTechnique), hardest, downloads));
  }

  function figure(label, pct) {
    return el("div", { class: "figure" }, el("span", { class: "pct", text: pct === null ? "–" : `${pct}%` }), el("span", { class: "label", text: label }));
  }

  function meters(rows) {
    return el(
      "div",
      { class: "meters" },
      rows.map(([label, pct]) =>
        el("div", { class: "meter" }, el("span", { class: "meter-label", text: label }), el("span", { class: "bar" }, el("span", { class: "fill", width: `${pct || 0}%` })), el("span", { class: "meter-n", text: pct === null ? "–" : `${pct}%` })),
      ),
    );
  }
})();
