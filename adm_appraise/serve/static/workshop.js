// The facilitator's page: polls the appraisal's state, previews changes, records them with a reason.
// Text from the files is only ever put in the page as text (textContent), never as markup.
"use strict";

const token = (() => {
  const given = location.hash.slice(1);
  if (given) {
    sessionStorage.setItem("adm-facilitator", given);
    history.replaceState(null, "", location.pathname);  // the token leaves the address bar and history
  }
  return sessionStorage.getItem("adm-facilitator") || "";
})();

let state = null;       // the view of the files as they are
let preview = null;     // the view with the pending changes, not recorded
let pending = new Map(); // cell -> {base, value}
let selected = null;    // "option/criterion" of the selected score
let etag = "";
let reportTag = "";
let wasInvalid = false;
let lastRecorded = "";

const $ = (id) => document.getElementById(id);

async function api(method, path, body, tag) {
  const headers = {"Authorization": "Bearer " + token};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (tag) headers["If-None-Match"] = tag;
  const response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  return response;
}

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

function fmt(x, digits = 1) {
  return x === null || x === undefined ? "—" : Number(x).toFixed(digits);
}

function status(text, bad) {
  $("status").textContent = text;
  $("status").className = bad ? "bad" : "";
}

function criterionName(id) {
  const c = state.criteria.find((x) => x.id === id);
  return c ? c.name : id;
}

function optionName(id) {
  const o = state.ranking.find((x) => x.id === id);
  return o ? o.name : id;
}

function current(cell) {
  return pending.has(cell) ? pending.get(cell).value : state.cells[cell];
}

function change(cell, value) {
  const base = state.cells[cell];
  const old = pending.get(cell);
  if (old === undefined && value === base) return;
  if (old !== undefined && value === old.base) pending.delete(cell);
  else pending.set(cell, {base: old ? old.base : base, value});
  renderPending();
  schedulePreview();
}

// --- drawing ----------------------------------------------------------------------------------

function renderView() {
  const view = preview || state;
  $("preview-mark").hidden = !preview;
  const ranking = $("ranking").tBodies[0];
  ranking.replaceChildren();
  for (const row of view.ranking) {
    const tr = el("tr", undefined, {"data-option": row.id});
    const first = (view.rank_acceptability[row.id] || {})["1"] || 0;
    tr.append(el("td", row.rank === null ? "—" : row.rank), el("td", row.name),
              el("td", fmt(row.score), {class: "num"}), el("td", row.shortlisted ? "yes" : ""),
              el("td", Math.round(first * 100) + "%", {class: "num"}));
    ranking.append(tr);
  }
  const switching = $("switching").tBodies[0];
  switching.replaceChildren();
  for (const s of view.switching_values) {
    const parts = [];
    if (s.lower) parts.push(`below ${fmt(100 * s.lower.weight)}% (to ${optionName(s.lower.new_leader)})`);
    if (s.upper) parts.push(`above ${fmt(100 * s.upper.weight)}% (to ${optionName(s.upper.new_leader)})`);
    const tr = el("tr");
    tr.append(el("td", criterionName(s.criterion)), el("td", fmt(100 * s.weight) + "%", {class: "num"}),
              el("td", parts.join("; ") || "never, within 0–100%"));
    switching.append(tr);
  }
}

function numberInput(cell, label) {
  const input = el("input", undefined, {type: "number", step: "any", "data-cell": cell, "aria-label": label});
  const value = current(cell);
  input.value = value === null || value === undefined ? "" : value;
  input.classList.toggle("changed", pending.has(cell));
  input.addEventListener("change", () => {
    const value = input.value === "" ? null : Number(input.value);
    change(cell, value);
    input.classList.toggle("changed", pending.has(cell));
  });
  return input;
}

function renderInputs() {
  const weights = $("weights").tBodies[0];
  weights.replaceChildren();
  for (const cell of state.editable.weights) {
    const id = cell.split("/")[1];
    const tr = el("tr");
    const td = el("td");
    td.append(numberInput(cell, "Weight of " + criterionName(id)));
    tr.append(el("th", "Weight of " + criterionName(id), {scope: "row"}), td);
    weights.append(tr);
  }
  for (const cell of state.editable.swings) {
    const [, group, item] = cell.split("/");
    const label = `Swing of ${item}` + (group === "-" ? "" : ` within ${group}`);
    const tr = el("tr");
    const td = el("td");
    td.append(numberInput(cell, label));
    tr.append(el("th", label, {scope: "row"}), td);
    weights.append(tr);
  }
  const table = $("scores");
  const head = el("tr");
  head.append(el("th", "Option"));
  for (const c of state.criteria) head.append(el("th", c.name + (c.unit ? ` (${c.unit})` : "")));
  table.tHead.replaceChildren(head);
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const row of state.ranking) {
    if (!(`score/${row.id}/${state.criteria[0].id}` in state.cells)) continue;
    const tr = el("tr");
    tr.append(el("th", row.name, {scope: "row"}));
    for (const c of state.criteria) {
      const key = `${row.id}/${c.id}`;
      const td = el("td", undefined, {"data-key": key});
      if (key === selected) td.classList.add("selected");
      const input = numberInput(`score/${key}`, `${row.name}: ${c.name}`);
      input.addEventListener("focus", () => select(key));
      td.append(input);
      tr.append(td);
    }
    body.append(tr);
  }
  renderPanel();
  renderEditor();
}

function renderPanel() {
  $("panel-box").hidden = !state.panel;
  if (!state.panel) return;
  const body = $("agreement").tBodies[0];
  body.replaceChildren();
  for (const a of state.panel.agreement) {
    const tr = el("tr");
    tr.append(el("td", a.criterion === null ? "All criteria" : criterionName(a.criterion)),
              el("td", a.alpha === null ? "—" : fmt(a.alpha, 2), {class: "num"}));
    body.append(tr);
  }
  const list = $("disagreements");
  list.replaceChildren();
  for (const d of state.panel.disagreements) {
    const li = el("li");
    const scores = Object.entries(d.scores).filter(([, x]) => x !== null).map(([a, x]) => `${a} ${x}`).join(", ");
    const button = el("button", `${optionName(d.option)}: ${criterionName(d.criterion)}`, {type: "button"});
    button.addEventListener("click", () => select(`${d.option}/${d.criterion}`, true));
    li.append(button, el("span", ` — ${scores}; agreed ${fmt(d.moderated, 1)}`));
    list.append(li);
  }
  if (!state.panel.disagreements.length) list.append(el("li", "None."));
}

function select(key, focus) {
  selected = key;
  for (const td of document.querySelectorAll("#scores td")) td.classList.toggle("selected", td.dataset.key === key);
  renderEditor();
  if (focus) document.querySelector(`#scores td[data-key="${key}"] input`)?.focus();
}

function renderEditor() {
  const editor = $("cell-editor");
  if (!selected || !(`score/${selected}` in state.cells)) { editor.hidden = true; return; }
  editor.hidden = false;
  const [option, criterion] = selected.split("/");
  $("cell-title").textContent = `${optionName(option)}: ${criterionName(criterion)}`;
  const scores = state.panel && state.panel.cells[selected];
  $("cell-panel").textContent = scores
    ? "Panel: " + Object.entries(scores).map(([a, x]) => `${a} ${x === null ? "—" : x}`).join(", ") : "";
  for (const kind of ["rationale", "moderation"]) {
    const box = $("cell-" + kind);
    const cell = `${kind}/${selected}`;
    box.dataset.cell = cell;
    box.value = current(cell) || "";
    box.classList.toggle("changed", pending.has(cell));
  }
}

for (const kind of ["rationale", "moderation"]) {
  document.addEventListener("DOMContentLoaded", () => {
    const box = $("cell-" + kind);
    box.addEventListener("change", () => {
      change(box.dataset.cell, box.value.trim() || null);
      box.classList.toggle("changed", pending.has(box.dataset.cell));
    });
  });
}

function renderPending() {
  const list = $("pending");
  list.replaceChildren();
  for (const [cell, p] of pending) {
    const li = el("li", `${cell}: ${p.base ?? "none"} → ${p.value ?? "none"}`);
    if (p.conflict) { li.classList.add("conflict"); li.append(el("span", ` (${p.conflict})`)); }
    list.append(li);
  }
  if (!pending.size) list.append(el("li", "None yet: change a weight, a swing or a score below."));
  if (!pending.size) preview = null;
}

// --- talking to the server --------------------------------------------------------------------

let previewTimer = null;
function schedulePreview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(runPreview, 150);
}

function changes() {
  return [...pending].map(([cell, p]) => ({cell, base: p.base, value: p.value}));
}

function showProblems(body) {
  const box = $("problems");
  box.replaceChildren();
  if (!body) return;
  box.append(el("p", body.error));
  if (body.problems && body.problems.length) {
    const ul = el("ul");
    for (const p of body.problems) ul.append(el("li", p));
    box.append(ul);
  }
}

async function runPreview() {
  if (!pending.size) { preview = null; renderView(); showProblems(null); return; }
  const response = await api("POST", "/api/preview", {changes: changes()});
  const body = await response.json();
  if (response.ok) { preview = body; showProblems(null); }
  else { preview = null; showProblems(body); }
  renderView();
}

async function record() {
  if (!pending.size) { status("Nothing to record."); return; }
  const response = await api("POST", "/api/record", {changes: changes(), reason: $("reason").value});
  const body = await response.json();
  if (response.ok) {
    lastRecorded = `Recorded: ${body.written.join(", ") || "no file changed"}` +
                   (body.committed ? ` (commit ${body.committed})` : "") + ". ";
    pending.clear();
    preview = null;
    $("reason").value = "";
    showProblems(null);
    etag = "";
    await poll();
    return;
  }
  if (response.status === 409 && body.conflicts) {
    for (const c of body.conflicts) {
      const p = pending.get(c.cell);
      if (p) { p.base = c.theirs; p.conflict = `someone recorded ${c.theirs ?? "none"}: yours kept, Record again to replace it`; }
    }
    renderPending();
  }
  showProblems(body);
  status("Not recorded: " + body.error, true);
}

async function poll() {
  try {
    const response = await api("GET", "/api/state", undefined, etag);
    if (response.status === 200) {
      etag = response.headers.get("ETag") || "";
      state = await response.json();
      $("title").textContent = state.title || "Workshop";
      if (!state.valid) {
        status("The files are invalid now: the page shows the last valid state once they are corrected.", true);
        showProblems({error: "validate finds:", problems: state.problems});
        wasInvalid = true;
        return;
      }
      if (wasInvalid) { showProblems(null); wasInvalid = false; }
      renderView();
      renderInputs();
      if (pending.size) schedulePreview();
      await loadReport();
      status(`${lastRecorded}Up to date (version ${state.version.slice(0, 8)}).`);
    } else if (response.status === 401) {
      status("This link's token is not valid: open the link the serve command printed.", true);
      return;
    }
  } catch (error) {
    status("The server cannot be reached; retrying…", true);
  }
}

async function loadReport() {
  const response = await api("GET", "/api/report", undefined, reportTag);
  if (response.status === 200) {
    reportTag = response.headers.get("ETag") || "";
    $("report").srcdoc = await response.text();
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("record").addEventListener("click", record);
  $("discard").addEventListener("click", () => {
    pending.clear(); preview = null; showProblems(null); renderPending(); renderView(); renderInputs();
  });
  poll();
  setInterval(poll, 1000);
});
