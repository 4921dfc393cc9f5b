// Generated from Page/problems.js by scripts/embed-page; a test keeps the two identical.
extension PageFiles {
    static let problemsJS = PageFile(
        name: "problems.js",
        text: #"""
            // Diagnostics shown next to the inputs their field paths name, the rest in a list at the top.
            import { parsePath, pathText } from "/page/record.js";

            const $ = (selector, root) => (root || document).querySelector(selector);
            const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));

            // Every field gets a list for its problems, right under its input.
            export function addProblemLists(root) {
              $$(".field", root).forEach((field) => {
                if ($(":scope > .problems", field)) return;
                const list = document.createElement("ul");
                list.className = "problems";
                field.appendChild(list);
              });
            }

            const severityNames = { error: "错误", warning: "提醒", note: "说明" };

            export function clearProblems() {
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

            export function showList(list, diagnostics, withPath) {
              list.textContent = "";
              diagnostics.forEach((diagnostic) => list.appendChild(problemItem(diagnostic, withPath)));
            }

            function isShown(element) {
              return element.offsetParent !== null || element.getClientRects().length > 0;
            }

            // The visible input or group whose path is the diagnostic's; else the first input inside that
            // path ("subject.certificate", missing, goes to the certificate type); else the nearest
            // enclosing one ("websites[0].domains[2]" falls to the domains input).
            function placeFor(diagnostic) {
              if (diagnostic.code === "json.syntax") return $("#record-json");
              const candidates = $$("#filing-form [data-path]").filter(isShown);
              // The whole "websites" or "subject" group is too vague a place: those go to the top list.
              const tooVague = (keys) => keys.length === 1 && keys[0] !== "requests";
              let keys = parsePath(diagnostic.path || "");
              if (keys.length > 1) {
                const path = pathText(keys);
                const inside = candidates.find((element) => {
                  const own = element.getAttribute("data-path");
                  return own === path || own.startsWith(`${path}.`) || own.startsWith(`${path}[`);
                });
                if (inside) return inside;
              }
              while (keys.length > 0 && !tooVague(keys)) {
                const path = pathText(keys);
                const element = candidates.find((candidate) => candidate.getAttribute("data-path") === path);
                if (element) return element;
                keys = keys.slice(0, -1);
              }
              return null;
            }

            export function showProblems(diagnostics) {
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
            """#)
}
