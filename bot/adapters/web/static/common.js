"use strict";
// Shared by the pupil and projector pages. Text goes into the page only through textContent,
// never as HTML, so a nickname or a quoted post can never become markup. Reading marks
// {漢字|かんじ} in quiz texts and strings become <ruby> elements, built node by node. The socket reconnects
// by itself after a dropped connection; the server's clock is used for timers.
const Matte = (() => {
  const read = (id) => {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : {};
  };
  const strings = read("strings");
  const config = read("config");
  let offset = 0;

  function t(key, values = {}) {
    const text = strings[key] || key;
    return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  }

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = String(value);
      else if (key === "ruby") node.append(...ruby(value));
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (key === "width") node.style.width = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    add(node, ...children);
    return node;
  }

  // Like node.append, but skips null and false, so optional parts can be written inline.
  function add(parent, ...children) {
    parent.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  }

  const MARK = /\{([^{}|]+)\|([^{}|]+)\}/g;

  // Text and <ruby>漢字<rt>かんじ</rt></ruby> nodes for a text with reading marks.
  function ruby(value) {
    const text = String(value);
    const nodes = [];
    let end = 0;
    for (const m of text.matchAll(MARK)) {
      if (m.index > end) nodes.push(document.createTextNode(text.slice(end, m.index)));
      const node = document.createElement("ruby");
      node.append(m[1], el("rt", { text: m[2] }));
      nodes.push(node);
      end = m.index + m[0].length;
    }
    if (end < text.length) nodes.push(document.createTextNode(text.slice(end)));
    return nodes;
  }

  function medal(place) {
    return el("span", { class: `medal m${place}`, "aria-hidden": "true", text: String(place) });
  }

  function syncClock(serverNow) {
    offset = serverNow - Date.now();
  }

  function secondsUntil(ms) {
    return Math.max(0, Math.ceil((ms - (Date.now() + offset)) / 1000));
  }

  function msUntil(ms) {
    return Math.max(0, ms - (Date.now() + offset));
  }

  function tickTimers() {
    for (const node of document.querySelectorAll("[data-ends]")) {
      const left = secondsUntil(Number(node.dataset.ends));
      node.textContent = node.dataset.format ? t(node.dataset.format, { seconds: left }) : String(left);
      node.classList.toggle("hurry", left <= 5);
    }
  }
  setInterval(tickTimers, 200);

  function live(path, handlers) {
    let ws = null;
    let delay = 400;
    let stopped = false;
    function open() {
      const scheme = location.protocol === "https:" ? "wss:" : "ws:";
      ws = new WebSocket(`${scheme}//${location.host}${path}`);
      ws.onopen = () => {
        delay = 400;
        handlers.status(true);
        if (handlers.open) handlers.open(ws);
      };
      ws.onmessage = (event) => {
        let data;
        try {
          data = JSON.parse(event.data);
        } catch {
          return;
        }
        handlers.message(data);
        tickTimers();
      };
      ws.onclose = () => {
        if (stopped) return; // left on purpose (quiz over, removed): nothing to reconnect
        handlers.status(false);
        setTimeout(open, delay);
        delay = Math.min(delay * 2, 4000);
      };
    }
    open();
    return {
      send(data) {
        if (!ws || ws.readyState !== WebSocket.OPEN) return false;
        ws.send(JSON.stringify(data));
        return true;
      },
      stop() {
        stopped = true;
        if (ws) ws.close();
      },
    };
  }

  const SHAPES = ["▲", "◆", "●", "■", "★", "✚"];
  return { strings, config, t, el, add, ruby, medal, syncClock, msUntil, live, tickTimers, SHAPES };
})();
