// The page of `beian serve`: a form and a JSON view of one filing record, kept in step, and the
// calls to /v1/validate and /v1/documents/{kind}. No framework and nothing from other hosts, so
// the page works wherever the server runs and the Content-Security-Policy can stay 'self'.
import { call, fileNameOf, problemOf, warningsOf } from "/page/api.js";
import { addProblemLists, clearProblems, showList, showProblems } from "/page/problems.js";
import { getAt, parsePath, recordText, setAt, splitList } from "/page/record.js";

// The record is the one source of truth: the form and the JSON text are both views of it, so
// fields the form has no input for (an id, a website's owner…) survive a round trip.
let record = { websites: [{}] };
// While the JSON text does not parse, it is what is sent: the server then names the line and
// column of the mistake, rather than the page quietly sending the last record that parsed.
let jsonBroken = false;

const $ = (selector, root) => (root || document).querySelector(selector);
const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));

const form = $("#filing-form");
const jsonText = $("#record-json");
const websitesBox = $("#websites");
const kindSelect = $("#kind");
const formatSelect = $("#format");
const provinceSelect = $("#province");
const statusLine = $("#status");

// ---- Reading and writing inputs ----

function inputValue(input) {
  // A box states a fact only when ticked; unticked, the fact is left out, never sent as false.
  if (input.type === "checkbox") return input.checked ? true : "";
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
  if (input.type === "checkbox") {
    input.checked = value === true;
    return;
  }
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

// ---- Websites: one group per entry of record.websites ----

function renderWebsites() {
  const websites = Array.isArray(record.websites) ? record.websites : [];
  websitesBox.textContent = "";
  websites.forEach((_, index) => {
    const group = $("#website-template").content.firstElementChild.cloneNode(true);
    group.setAttribute("data-path", `websites[${index}]`);
    $(".website-number", group).textContent = String(index + 1);
    // A website's number starts with the subject's; its own suffix is only suggested, since
    // numbers are not always in order (a placeholder is never sent).
    const subjectNumber = getAt(record, ["subject", "filingNumber"]);
    if (typeof subjectNumber === "string" && /号$/.test(subjectNumber)) {
      $("[data-id='filing-number']", group).placeholder = `例：${subjectNumber}-${index + 1}`;
    }
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
  record.websites.push({});
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

function writeJSON() {
  jsonText.value = recordText(record);
  jsonBroken = false;
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
    jsonBroken = false;
    problems.textContent = "";
    jsonText.removeAttribute("aria-invalid");
    renderWebsites();
    fillForm();
  } catch (error) {
    // The form keeps the last readable record; the server names line and column on 检查.
    showList(problems, [{ severity: "error", message: "这段内容还不是完整的 JSON 对象，表单暂未更新", hint: "检查括号、引号和逗号" }], false);
    jsonText.setAttribute("aria-invalid", "true");
    jsonBroken = true;
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

// ---- Calling the server ----

function setStatus(text, kind) {
  statusLine.textContent = text;
  statusLine.className = `status ${kind || ""}`;
}

function body() {
  return jsonBroken ? jsonText.value : JSON.stringify(record);
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
