// The briefing app's page. Every text it shows comes from the commands (in the user's
// language) and is set with textContent, never as markup; pages are SVG drawn by typst in the
// app and shown as images, so nothing in them runs. The page names no file: opening and
// saving ask the user through the app's own dialogs.
"use strict";

const { invoke } = window.__TAURI__.core;
const { listen } = window.__TAURI__.event;

const SECTIONS = ["cover", "headlines", "charts", "maps", "alerts", "notes"];
const RENDER_DELAY_MS = 120;

const state = {
  text: {},
  lang: "en",
  source: null,
  choices: null,
  pages: [],
  pageUrls: [],
  renderSeq: 0,
  renderTimer: null,
  presenting: false,
  presentWhenReady: false,
  slide: 0,
  ageTimer: null,
};

const $ = (id) => document.getElementById(id);
const t = (key) => state.text[key] ?? key;
const fill = (template, values) =>
  template.replace(/\{ *\$(\w+) *\}/g, (_, name) => String(values[name] ?? ""));

function applyText() {
  document.documentElement.lang = state.lang;
  for (const element of document.querySelectorAll("[data-text]")) {
    element.textContent = t(element.dataset.text);
  }
  for (const element of document.querySelectorAll("[data-label]")) {
    element.setAttribute("aria-label", t(element.dataset.label));
  }
  for (const button of document.querySelectorAll(".langs button")) {
    button.classList.toggle("on", button.dataset.lang === state.lang);
  }
  $("preview").setAttribute("aria-label", t("briefing.preview"));
}

function setStatus(message, isError) {
  const status = $("status");
  status.textContent = message ?? "";
  status.classList.toggle("error", Boolean(isError));
}

function showError(error) {
  setStatus(error && error.message ? error.message : String(error), true);
}

function showSource(source) {
  state.source = source;
  $("source-empty").hidden = Boolean(source);
  $("source-info").hidden = !source;
  $("compose").hidden = !source;
  if (!source) return;
  $("source-name").textContent = source.name;
  $("source-info").classList.toggle("warning", source.warning);
  const lines = $("source-lines");
  lines.replaceChildren(
    ...source.lines.map((line) => {
      const item = document.createElement("li");
      item.textContent = line;
      return item;
    }),
  );
  $("source-notice").textContent = source.notice;
  buildKpiList(source);
}

function buildSections() {
  const box = $("sections");
  box.querySelectorAll("label").forEach((label) => label.remove());
  for (const section of SECTIONS) {
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.type = "checkbox";
    input.value = section;
    input.checked = state.choices ? state.choices.sections.includes(section) : true;
    input.addEventListener("change", () => {
      state.choices.sections = SECTIONS.filter((name) =>
        box.querySelector(`input[value="${name}"]`).checked,
      );
      scheduleRender();
    });
    const span = document.createElement("span");
    span.textContent = t(`briefing.section.${section}`);
    label.append(input, span);
    box.append(label);
  }
}

function buildKpiList(source) {
  const list = $("kpi-list");
  const chosen = new Set(state.choices ? state.choices.kpis : []);
  const nodes = [];
  let domain = null;
  for (const kpi of source.kpis) {
    if (kpi.domain !== domain) {
      domain = kpi.domain;
      const heading = document.createElement("div");
      heading.className = "domain";
      heading.textContent = domain;
      nodes.push(heading);
    }
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.type = "checkbox";
    input.value = kpi.id;
    input.checked = chosen.has(kpi.id);
    input.addEventListener("change", () => {
      if (input.checked) {
        if (!state.choices.kpis.includes(kpi.id)) state.choices.kpis.push(kpi.id);
      } else {
        state.choices.kpis = state.choices.kpis.filter((id) => id !== kpi.id);
      }
      scheduleRender();
    });
    const name = document.createElement("span");
    name.textContent = `${kpi.id} · ${kpi.name}`;
    label.append(input, name);
    nodes.push(label);
  }
  list.replaceChildren(...nodes);
}

function showChoices() {
  const choices = state.choices;
  $("doc-title").value = choices.title;
  $("doc-lang").value = choices.lang;
  $("period").value = choices.period;
  $("notes").value = choices.notes;
  buildSections();
  if (state.source) buildKpiList(state.source);
}

function sourceOpened(source) {
  if (!source) return;
  if (source.consent) {
    askConsent(source.consent);
    return;
  }
  const keep = state.choices;
  showSource(source);
  state.choices = keep
    ? { ...keep, kpis: keep.kpis.filter((id) => source.kpis.some((kpi) => kpi.id === id)) }
    : { ...source.defaults };
  showChoices();
  setStatus("");
  renderNow();
}

function askConsent(consent) {
  $("consent-heading").textContent = consent.heading;
  $("consent-lines").replaceChildren(
    ...consent.lines.map((line) => {
      const item = document.createElement("li");
      item.textContent = line;
      return item;
    }),
  );
  $("consent-advice").textContent = consent.advice;
  $("consent-open").textContent = consent.openLabel;
  $("consent-cancel").textContent = consent.cancelLabel;
  $("consent").hidden = false;
  $("consent-cancel").focus();
}

async function answerConsent(yes) {
  $("consent").hidden = true;
  try {
    if (yes) {
      sourceOpened(await invoke("accept_source"));
    } else {
      await invoke("decline_source");
    }
  } catch (error) {
    showError(error);
  }
}

function scheduleRender() {
  clearTimeout(state.renderTimer);
  state.renderTimer = setTimeout(renderNow, RENDER_DELAY_MS);
}

async function renderNow() {
  if (!state.source || !state.choices) return;
  const seq = ++state.renderSeq;
  $("preview").classList.add("busy");
  setStatus(t("briefing.rendering"));
  try {
    const preview = await invoke("render", { seq, choices: state.choices });
    if (preview.stale || preview.seq !== state.renderSeq) return;
    showPages(preview.pages);
    setStatus(preview.summary);
    if (state.presentWhenReady && preview.pages.length > 0) {
      state.presentWhenReady = false;
      present(true);
    }
  } catch (error) {
    if (seq === state.renderSeq) showError(error);
  } finally {
    if (seq === state.renderSeq) $("preview").classList.remove("busy");
  }
}

function showPages(pages) {
  state.pageUrls.forEach((url) => URL.revokeObjectURL(url));
  state.pages = pages;
  state.pageUrls = pages.map((svg) => URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" })));
  const figures = state.pageUrls.map((url, index) => {
    const figure = document.createElement("figure");
    const image = document.createElement("img");
    image.src = url;
    image.alt = fill(t("briefing.page_of"), { page: index + 1, pages: pages.length });
    const caption = document.createElement("figcaption");
    caption.textContent = image.alt;
    figure.append(image, caption);
    return figure;
  });
  $("pages").replaceChildren(...figures);
  $("preview-empty").hidden = pages.length > 0;
  $("save-pdf").disabled = pages.length === 0;
  $("present").disabled = pages.length === 0;
  if (state.presenting) showSlide(Math.min(state.slide, pages.length - 1));
}

async function savePdf() {
  try {
    const saved = await invoke("save_pdf");
    if (saved) setStatus(saved.message);
  } catch (error) {
    showError(error);
  }
}

async function present(on) {
  if (on && state.pageUrls.length === 0) return;
  try {
    await invoke("set_presenting", { on });
  } catch (error) {
    showError(error);
  }
  state.presenting = on;
  $("presenter").hidden = !on;
  // The composing page underneath would show its scroll bars through the presenter.
  $("app").hidden = on;
  clearInterval(state.ageTimer);
  if (on) {
    showSlide(0);
    updateAge();
    state.ageTimer = setInterval(updateAge, 30_000);
  }
}

function showSlide(index) {
  const count = state.pageUrls.length;
  state.slide = Math.max(0, Math.min(index, count - 1));
  $("slide").src = state.pageUrls[state.slide];
  $("present-page").textContent = fill(t("briefing.page_of"), { page: state.slide + 1, pages: count });
  $("slide").alt = $("present-page").textContent;
}

async function updateAge() {
  try {
    $("present-age").textContent = await invoke("data_age");
  } catch (error) {
    $("present-age").textContent = error.message ?? String(error);
  }
}

function onKey(event) {
  if (!$("consent").hidden) {
    if (event.key === "Escape") answerConsent(false);
    return;
  }
  if (!state.presenting) return;
  const moves = {
    ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": 1,
    ArrowLeft: -1, ArrowUp: -1, PageUp: -1,
  };
  if (event.key in moves) {
    showSlide(state.slide + moves[event.key]);
  } else if (event.key === "Home") {
    showSlide(0);
  } else if (event.key === "End") {
    showSlide(state.pageUrls.length - 1);
  } else if (event.key === "Escape") {
    present(false);
  } else {
    return;
  }
  event.preventDefault();
}

async function setLanguage(lang) {
  try {
    const answer = await invoke("set_language", { lang });
    state.text = answer.page.text;
    state.lang = answer.page.lang;
    applyText();
    buildSections();
    if (answer.source) showSource(answer.source);
    if (state.presenting) showSlide(state.slide);
  } catch (error) {
    showError(error);
  }
}

function wire() {
  for (const button of document.querySelectorAll(".langs button")) {
    button.addEventListener("click", () => setLanguage(button.dataset.lang));
  }
  $("open-pack").addEventListener("click", async () => {
    try {
      sourceOpened(await invoke("choose_source"));
    } catch (error) {
      showError(error);
    }
  });
  $("use-cache").addEventListener("click", async () => {
    try {
      sourceOpened(await invoke("open_cache"));
    } catch (error) {
      showError(error);
    }
  });
  const onInput = (id, field) =>
    $(id).addEventListener("input", () => {
      state.choices[field] = $(id).value;
      scheduleRender();
    });
  onInput("doc-title", "title");
  onInput("notes", "notes");
  onInput("doc-lang", "lang");
  onInput("period", "period");
  $("kpis-all").addEventListener("click", () => {
    state.choices.kpis = state.source.kpis.map((kpi) => kpi.id);
    buildKpiList(state.source);
    scheduleRender();
  });
  $("kpis-none").addEventListener("click", () => {
    state.choices.kpis = [];
    buildKpiList(state.source);
    scheduleRender();
  });
  $("save-pdf").addEventListener("click", savePdf);
  $("present").addEventListener("click", () => present(true));
  $("slide").addEventListener("click", () => showSlide(state.slide + 1));
  $("consent-open").addEventListener("click", () => answerConsent(true));
  $("consent-cancel").addEventListener("click", () => answerConsent(false));
  document.addEventListener("keydown", onKey);
  listen("source-opened", (event) => {
    if (event.payload.error) showError(event.payload.error);
    else sourceOpened(event.payload.source);
  });
}

async function start() {
  wire();
  try {
    const startup = await invoke("startup");
    state.text = startup.page.text;
    state.lang = startup.page.lang;
    applyText();
    buildSections();
    state.presentWhenReady = startup.present;
    if (startup.source) sourceOpened(startup.source);
    if (startup.error) showError(startup.error);
  } catch (error) {
    showError(error);
  }
}

start();
