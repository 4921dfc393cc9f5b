// The page of `beian serve`: a form and a JSON view of one filing record, kept in step, and the
// calls to /v1/validate and /v1/documents/{kind}. No framework and nothing from other hosts, so
// the page works wherever the server runs and the Content-Security-Policy can stay 'self'.
"use strict";

(function () {
  // The record is the one source of truth: the form and the JSON text are both views of it, so
  // fields the form has no input for (an id, a website's owner…) survive a round trip.
  let record = { websites: [{}] };

  const $ = (selector, root) => (root || document).querySelector(selector);
  const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));

  const form = $("#filing-form");
  const jsonText = $("#record-json");
  const websitesBox = $("#websites");
  const kindSelect = $("#kind");
  const formatSelect = $("#format");
  const provinceSelect = $("#province");
  const statusLine = $("#status");

  // ---- Field paths: "websites[1].domains" <-> ["websites", 1, "domains"] ----

  function parsePath(path) {
    const keys = [];
    path.replace(/([^.[\]]+)|\[(\d+)\]/g, (_, name, index) => {
      keys.push(index !== undefined ? Number(index) : name);
    });
    return keys;
  }

  function getAt(object, keys) {
    return keys.reduce((value, key) => (value == null ? undefined : value[key]), object);
  }

  // Sets a value, creating objects on the way; an empty value removes the key and any object it
  // leaves empty, so a field left blank never reaches the server as "" (nothing is stated in
  // the applicant's name that they did not enter).
  function setAt(object, keys, value) {
    const empty = value === "" || value == null || (Array.isArray(value) && value.length === 0);
    const parents = [];
    let node = object;
    for (let i = 0; i < keys.length - 1; i++) {
      if (node[keys[i]] == null || typeof node[keys[i]] !== "object") {
        if (empty) return;
        node[keys[i]] = typeof keys[i + 1] === "number" ? [] : {};
      }
      parents.push([node, keys[i]]);
      node = node[keys[i]];
    }
    const last = keys[keys.length - 1];
    if (empty) {
      delete node[last];
      for (let i = parents.length - 1; i >= 0; i--) {
        const [parent, key] = parents[i];
        const child = parent[key];
        // Website entries stay even when empty: the group on the page is still there.
        if (Array.isArray(parent) || Array.isArray(child) || Object.keys(child).length > 0) break;
        delete parent[key];
      }
    } else {
      node[last] = value;
    }
  }

  // ---- Reading and writing inputs ----

  // A list input (domains, websites to cancel) holds items separated by commas, spaces or 、.
  function splitList(text) {
    return text.split(/[\s,，、;；]+/).filter((item) => item.length > 0);
  }

  function inputValue(input) {
    const text = input.value.trim();
    if (!input.hasAttribute("data-list")) return text;
    const items = splitList(text);
    const path = input.getAttribute("data-path");
    // Domains written as objects ({name, expiresOn}) keep their other fields.
    const previous = getAt(record, parsePath(path));
    if (!Array.isArray(previous)) return items;
    return items.map((name) => previous.find((item) => item && typeof item === "object" && item.name === name) || name);
  }

  function showValue(input, value) {
    let text = "";
    if (Array.isArray(value)) {
      text = value.map((item) => (item && typeof item === "object" ? item.name || "" : String(item))).join(", ");
    } else if (value != null && typeof value !== "object") {
      text = String(value);
    }
    if (input.tagName === "SELECT" && text !== "" && !$$("option", input).some((option) => option.value === text)) {
      // A value the list does not name (a Chinese spelling, say) is kept as an extra option.
      const option = document.createElement("option");
      option.value = text;
      option.textContent = text;
      input.appendChild(option);
    }
    if (input.value !== text) input.value = text;
  }

  // Every field gets a list for its problems, right under its input.
  function addProblemLists(root) {
    $$(".field", root).forEach((field) => {
      if ($(":scope > .problems", field)) return;
      const list = document.createElement("ul");
      list.className = "problems";
      field.appendChild(list);
    });
  }

  // ---- Websites: one group per entry of record.websites ----

  function renderWebsites() {
    const websites = Array.isArray(record.websites) ? record.websites : [];
    websitesBox.textContent = "";
    websites.forEach((_, index) => {
      const group = $("#website-template").content.firstElementChild.cloneNode(true);
      group.setAttribute("data-path", `websites[${index}]`);
      $(".website-number", group).textContent = String(index + 1);
      $$("[data-path]", group).forEach((input) => {
        input.setAttribute("data-path", input.getAttribute("data-path").replace("#", String(index)));
        input.id = `website-${index}-${input.getAttribute("data-id")}`;
      });
      $$("label[data-for]", group).forEach((label) => {
        label.htmlFor = `website-${index}-${label.getAttribute("data-for")}`;
      });
      const remove = $(".remove-website", group);
      remove.setAttribute("aria-label", `删除网站 ${index + 1}`);
      remove.addEventListener("click", () => {
        record.websites.splice(index, 1);
        clearProblems();
        renderWebsites();
        fillForm();
        writeJSON();
      });
      addProblemLists(group);
      websitesBox.appendChild(group);
    });
  }

  $("#add-website").addEventListener("click", () => {
    if (!Array.isArray(record.websites)) record.websites = [];
    const website = {};
    // A new website's number starts with the subject's, which it always shares.
    const subjectNumber = getAt(record, ["subject", "filingNumber"]);
    if (typeof subjectNumber === "string" && /号$/.test(subjectNumber)) {
      website.filingNumber = `${subjectNumber}-${record.websites.length + 1}`;
    }
    record.websites.push(website);
    renderWebsites();
    fillForm();
    writeJSON();
    const inputs = $$("input", websitesBox);
    if (inputs.length > 0) inputs[inputs.length - 3].focus();
  });

  // ---- The two views ----

  function fillForm() {
    $$("[data-path]", form).forEach((input) => {
      if (input.tagName === "FIELDSET") return;
      showValue(input, getAt(record, parsePath(input.getAttribute("data-path"))));
    });
    const number = getAt(record, ["subject", "filingNumber"]);
    const abbreviation = typeof number === "string" ? number.charAt(0) : "";
    if ($$("option", provinceSelect).some((option) => option.value === abbreviation)) provinceSelect.value = abbreviation;
    updateVisibility();
  }

  // The record's own order, as the README and the examples write it, whatever order it was built in.
  const topOrder = ["id", "subject", "websites", "requests"];

  function writeJSON() {
    const ordered = {};
    topOrder.filter((key) => key in record).forEach((key) => { ordered[key] = record[key]; });
    Object.keys(record).filter((key) => !topOrder.includes(key)).forEach((key) => { ordered[key] = record[key]; });
    jsonText.value = JSON.stringify(ordered, null, 2);
  }

  form.addEventListener("input", (event) => {
    const input = event.target;
    const path = input.getAttribute("data-path");
    if (!path || input.tagName === "FIELDSET") return;
    setAt(record, parsePath(path), inputValue(input));
    writeJSON();
    if (path === "subject.nature") updateVisibility();
  });
  // Selects report changes as "change" in some browsers and "input" in others.
  form.addEventListener("change", (event) => {
    if (event.target.tagName === "SELECT" && event.target.getAttribute("data-path")) {
      event.target.dispatchEvent(new Event("input", { bubbles: true }));
    }
  });

  jsonText.addEventListener("input", () => {
    const problems = $(".problems", jsonText.parentElement);
    try {
      const parsed = JSON.parse(jsonText.value);
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
      record = parsed;
      problems.textContent = "";
      jsonText.removeAttribute("aria-invalid");
      renderWebsites();
      fillForm();
    } catch (error) {
      // The form keeps the last readable record; the server names line and column on 检查.
      showList(problems, [{ severity: "error", message: "这段内容还不是完整的 JSON 对象，表单暂未更新", hint: "检查括号、引号和逗号" }], false);
      jsonText.setAttribute("aria-invalid", "true");
    }
  });

  $("#record-file").addEventListener("change", (event) => {
    const file = event.target.files && event.target.files[0];
    if (!file) return;
    file.text().then((text) => {
      jsonText.value = text;
      jsonText.dispatchEvent(new Event("input"));
      setStatus(`已读入 ${file.name}`);
    });
  });

  // ---- Province: the filing numbers' leading abbreviation ----

  provinceSelect.addEventListener("change", () => {
    const abbreviation = provinceSelect.value;
    if (!abbreviation) return;
    const numbers = [["subject", "filingNumber"]];
    (record.websites || []).forEach((_, index) => numbers.push(["websites", index, "filingNumber"]));
    numbers.forEach((keys, position) => {
      const number = getAt(record, keys);
      if (typeof number === "string" && /^.ICP备/.test(number)) {
        setAt(record, keys, abbreviation + number.slice(1));
      } else if ((number == null || number === "") && position === 0) {
        setAt(record, keys, `${abbreviation}ICP备`);
      }
    });
    fillForm();
    writeJSON();
  });

  function loadProvinces() {
    call("GET", "/v1/provinces").then(async (response) => {
      if (!response.ok) return;
      const policies = await response.json();
      policies.forEach((policy) => {
        const province = policy.province || {};
        if (!province.abbreviation) return;
        const option = document.createElement("option");
        option.value = province.abbreviation;
        option.textContent = `${province.name}（${province.abbreviation}）`;
        provinceSelect.appendChild(option);
      });
      fillForm();
    }).catch(() => {});
  }

  // Unit-only fields hide for a person; request fields show for the documents that use them.
  function updateVisibility() {
    const person = getAt(record, ["subject", "nature"]) === "individual" || getAt(record, ["subject", "nature"]) === "个人";
    $$("[data-unit-only]").forEach((element) => { element.hidden = person; });
    const kind = kindSelect.value;
    $$("[data-kinds]").forEach((element) => {
      element.hidden = !element.getAttribute("data-kinds").split(" ").includes(kind);
    });
  }
  kindSelect.addEventListener("change", updateVisibility);

  // ---- Problems next to their fields ----

  const severityNames = { error: "错误", warning: "提醒", note: "说明" };

  function clearProblems() {
    $$(".problems").forEach((list) => { list.textContent = ""; });
    $$("[aria-invalid]").forEach((element) => element.removeAttribute("aria-invalid"));
    $("#summary").hidden = true;
    $("#summary-list").textContent = "";
  }

  function problemItem(diagnostic, withPath) {
    const item = document.createElement("li");
    item.className = `problem ${diagnostic.severity || "error"}`;
    item.setAttribute("data-code", diagnostic.code || "");
    if (diagnostic.path !== undefined) item.setAttribute("data-problem-path", diagnostic.path);
    const label = document.createElement("strong");
    label.textContent = `${severityNames[diagnostic.severity] || "问题"}：`;
    item.appendChild(label);
    if (withPath && diagnostic.path) {
      const path = document.createElement("code");
      path.textContent = diagnostic.path;
      item.appendChild(path);
      item.appendChild(document.createTextNode(" "));
    }
    item.appendChild(document.createTextNode(diagnostic.message || ""));
    if (diagnostic.hint) {
      const hint = document.createElement("span");
      hint.className = "hint";
      hint.textContent = `（${diagnostic.hint}）`;
      item.appendChild(hint);
    }
    return item;
  }

  function showList(list, diagnostics, withPath) {
    list.textContent = "";
    diagnostics.forEach((diagnostic) => list.appendChild(problemItem(diagnostic, withPath)));
  }

  function isShown(element) {
    return element.offsetParent !== null || element.getClientRects().length > 0;
  }

  // The visible input or group whose path is the diagnostic's, or the nearest enclosing one
  // ("websites[0].domains[2]" falls to the domains input, "subject.owner" to the owner group).
  function placeFor(diagnostic) {
    if (diagnostic.code === "json.syntax") return jsonText;
    let keys = parsePath(diagnostic.path || "");
    while (keys.length > 0) {
      const path = keys.reduce((text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${key}` : key), "");
      const element = $$("[data-path]", form).find((candidate) => candidate.getAttribute("data-path") === path);
      // The whole "websites" or "subject" group is too vague a place: those go to the top list.
      if (element && isShown(element) && !(element.tagName === "FIELDSET" && keys.length === 1 && path !== "requests")) return element;
      keys = keys.slice(0, -1);
    }
    return null;
  }

  function showProblems(diagnostics) {
    clearProblems();
    const unplaced = [];
    let first = null;
    diagnostics.forEach((diagnostic) => {
      const place = placeFor(diagnostic);
      if (!place) { unplaced.push(diagnostic); return; }
      const container = place.tagName === "FIELDSET" ? place : place.closest(".field");
      const list = $(":scope > .problems", container);
      // A group shows the path, since it does not name the field itself.
      list.appendChild(problemItem(diagnostic, place.tagName === "FIELDSET"));
      if (diagnostic.severity === "error" || !diagnostic.severity) {
        place.setAttribute("aria-invalid", "true");
        if (place.tagName !== "FIELDSET") {
          list.id = list.id || `problems-${Math.random().toString(36).slice(2)}`;
          place.setAttribute("aria-describedby", list.id);
        }
        if (!first) first = place;
      }
    });
    if (unplaced.length > 0) {
      showList($("#summary-list"), unplaced, true);
      const errors = unplaced.some((diagnostic) => diagnostic.severity === "error");
      $("#summary-title").textContent = errors ? "请先处理以下问题" : "请留意以下提醒";
      $("#summary").hidden = false;
    }
    if (first && first.focus && first.tagName !== "FIELDSET") first.focus({ preventScroll: true });
    const target = unplaced.length > 0 ? $("#summary") : first;
    if (target && target.scrollIntoView) target.scrollIntoView({ block: "center" });
  }

  // ---- Calling the server ----

  function call(method, path, body) {
    // Diagnostics come back in Chinese, from the same catalog as `beian` under a zh locale.
    const headers = { "Accept-Language": "zh-CN" };
    const token = $("#token").value.trim();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    return fetch(path, { method, headers, body, credentials: "same-origin" });
  }

  function setStatus(text, kind) {
    statusLine.textContent = text;
    statusLine.className = `status ${kind || ""}`;
  }

  function warningsOf(response) {
    const header = response.headers.get("Beian-Warnings");
    if (!header) return [];
    try { return JSON.parse(decodeURIComponent(header)); } catch (error) { return []; }
  }

  function fileNameOf(response, fallback) {
    const header = response.headers.get("Content-Disposition") || "";
    const match = /filename="([^"]+)"/.exec(header);
    return match ? match[1] : fallback;
  }

  async function problemOf(response) {
    let problem = {};
    try { problem = await response.json(); } catch (error) { problem = {}; }
    const diagnostics = Array.isArray(problem.diagnostics) ? problem.diagnostics : [];
    if (diagnostics.length === 0) {
      const message = response.status === 401 ? "服务器要求访问令牌" : problem.detail || `服务器拒绝了请求（${response.status}）`;
      const hint = response.status === 401 ? "在右侧“服务器访问令牌”中填写令牌后重试" : undefined;
      diagnostics.push({ severity: "error", path: "", message, hint });
    }
    return diagnostics;
  }

  function body() {
    return JSON.stringify(record);
  }

  async function check() {
    setStatus("正在检查…");
    try {
      const response = await call("POST", "/v1/validate", body());
      if (!response.ok) {
        showProblems(await problemOf(response));
        setStatus("记录有问题，请按提示修改", "error");
        return;
      }
      const result = await response.json();
      showProblems(result.diagnostics || []);
      setStatus(result.valid ? "检查通过，可以生成材料" : "记录有问题，请按提示修改", result.valid ? "ok" : "error");
    } catch (error) {
      setStatus("无法连接服务器，请稍后重试", "error");
    }
  }

  async function generate() {
    const kind = kindSelect.value;
    const format = formatSelect.value;
    setStatus("正在生成…");
    try {
      const response = await call("POST", `/v1/documents/${encodeURIComponent(kind)}?format=${encodeURIComponent(format)}`, body());
      if (!response.ok) {
        showProblems(await problemOf(response));
        setStatus("未能生成：记录有问题，请按提示修改", "error");
        return;
      }
      const warnings = warningsOf(response);
      const name = fileNameOf(response, `${kind}.${format}`);
      const blob = await response.blob();
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
      showProblems(warnings);
      const count = warnings.filter((warning) => warning.severity === "warning").length;
      setStatus(count > 0 ? `已下载 ${name}，有 ${count} 条提醒请留意` : `已下载 ${name}`, "ok");
      statusLine.setAttribute("data-file", name);
    } catch (error) {
      setStatus("无法连接服务器，请稍后重试", "error");
    }
  }

  $("#check").addEventListener("click", check);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    generate();
  });

  addProblemLists(document);
  renderWebsites();
  fillForm();
  writeJSON();
  loadProvinces();
})();
