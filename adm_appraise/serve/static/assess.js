// An assessor's scoring form: their own scores, saved to panel/<assessor>.yaml.
"use strict";

const token = (() => {
  const given = location.hash.slice(1);
  if (given) {
    sessionStorage.setItem("adm-assessor", given);
    history.replaceState(null, "", location.pathname);
  }
  return sessionStorage.getItem("adm-assessor") || "";
})();

let form = null;
const $ = (id) => document.getElementById(id);

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

async function api(method, path, body) {
  const headers = {"Authorization": "Bearer " + token};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
}

function status(text, bad) {
  $("status").textContent = text;
  $("status").className = bad ? "bad" : "";
}

function showProblems(body) {
  const box = $("problems");
  box.replaceChildren();
  if (!body) return;
  box.append(el("p", body.error));
  const list = el("ul");
  for (const p of body.problems || []) list.append(el("li", p));
  for (const c of body.conflicts || []) list.append(el("li", `${c.cell}: now ${c.theirs ?? "none"}, yours ${c.yours}`));
  box.append(list);
}

async function load() {
  const response = await api("GET", "/api/form");
  if (!response.ok) { status((await response.json()).error, true); return; }
  form = await response.json();
  $("title").textContent = `Scoring form: ${form.title}`;
  $("who").textContent = `Assessor: ${form.assessor.name}` + (form.assessor.new ? " (no scores saved yet: score every cell)" : "");
  const [low, high] = form.scale;
  const head = el("tr");
  head.append(el("th", "Option"));
  for (const c of form.criteria) head.append(el("th", c.name));
  $("form").tHead.replaceChildren(head);
  const body = $("form").tBodies[0];
  body.replaceChildren();
  for (const o of form.options) {
    const tr = el("tr");
    tr.append(el("th", o.name, {scope: "row"}));
    for (const c of form.criteria) {
      const cell = `panel/${form.assessor.id}/${o.id}/${c.id}`;
      const td = el("td");
      if (o.conflict) { td.textContent = "conflict declared"; tr.append(td); continue; }
      const input = el("input", undefined, {type: "number", min: low, max: high, step: "any", "data-cell": cell,
                                            "aria-label": `${o.name}: ${c.name}`});
      const value = form.scores[cell];
      input.value = value === null ? "" : value;
      input.addEventListener("change", () => input.classList.toggle("changed", input.value !== String(value ?? "")));
      td.append(input);
      tr.append(td);
    }
    body.append(tr);
  }
  const descriptors = $("descriptors");
  descriptors.replaceChildren();
  for (const c of form.criteria) {
    descriptors.append(el("h3", c.name));
    if (c.description) descriptors.append(el("p", c.description));
    const list = el("dl");
    for (const [level, text] of Object.entries(c.levels)) list.append(el("dt", level), el("dd", text));
    descriptors.append(list);
  }
  status("Loaded.");
}

async function save() {
  const changes = [];
  for (const input of document.querySelectorAll("#form input")) {
    const base = form.scores[input.dataset.cell];
    if (input.value === "") continue;
    const value = Number(input.value);
    if (value !== base) changes.push({cell: input.dataset.cell, base, value});
  }
  if (!changes.length) { status("Nothing changed."); return; }
  const response = await api("POST", "/api/form/save", {changes});
  const body = await response.json();
  if (response.ok) {
    showProblems(null);
    await load();
    status(`Saved ${changes.length} score${changes.length === 1 ? "" : "s"}.`);
    return;
  }
  if (response.status === 409 && body.conflicts) {
    for (const c of body.conflicts) form.scores[c.cell] = c.theirs;  // save again to replace them
  }
  showProblems(body);
  status("Not saved: " + body.error, true);
}

document.addEventListener("DOMContentLoaded", () => {
  $("save").addEventListener("click", save);
  load();
});
