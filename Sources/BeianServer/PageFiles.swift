// Generated from Page/ by scripts/embed-page; a test keeps the two identical.
enum PageFiles {
    static let html = #"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>ICP备案材料生成</title>
        <link rel="stylesheet" href="/page/app.css">
        <script src="/page/app.js" defer></script>
        </head>
        <body>
        <header class="masthead">
          <h1>ICP备案材料生成</h1>
          <p>填写备案信息（或粘贴、上传备案记录 JSON），选择要生成的材料和格式，点“生成并下载”。
            本页不预填任何内容，材料里只会出现您填写的信息；数据只发送给本服务器。</p>
        </header>

        <main>
          <section id="summary" class="summary" aria-live="polite" hidden>
            <h2 id="summary-title">请先处理以下问题</h2>
            <ul id="summary-list"></ul>
          </section>
          <p id="status" class="status" role="status" aria-live="polite"></p>

          <div class="layout">
            <form id="filing-form" novalidate autocomplete="off">
              <fieldset class="group" data-path="subject">
                <legend>备案主体</legend>
                <ul class="problems" aria-live="polite"></ul>
                <div class="row">
                  <div class="field">
                    <label for="subject-nature">主体性质</label>
                    <select id="subject-nature" data-path="subject.nature">
                      <option value="">请选择</option>
                      <option value="enterprise">企业（单位）</option>
                      <option value="government">政府机关（单位）</option>
                      <option value="institution">事业单位</option>
                      <option value="social-organization">社会团体</option>
                      <option value="other">其他单位</option>
                      <option value="individual">个人</option>
                    </select>
                  </div>
                  <div class="field">
                    <label for="subject-name">主办单位名称或个人姓名</label>
                    <input id="subject-name" data-path="subject.name" placeholder="例：武汉某某科技有限公司">
                  </div>
                </div>
                <div class="row">
                  <div class="field">
                    <label for="certificate-type">证件类型</label>
                    <select id="certificate-type" data-path="subject.certificate.type">
                      <option value="">请选择</option>
                      <optgroup label="单位证件">
                        <option value="unified-social-credit-code">统一社会信用代码</option>
                        <option value="organization-code">组织机构代码</option>
                        <option value="business-license-registration">工商营业执照注册号</option>
                        <option value="institution-legal-person-certificate">事业单位法人证书</option>
                        <option value="social-organization-certificate">社会团体法人登记证书</option>
                        <option value="private-non-enterprise-certificate">民办非企业单位登记证书</option>
                        <option value="military-unit-code">军队单位代号</option>
                      </optgroup>
                      <optgroup label="个人证件">
                        <option value="resident-id">居民身份证</option>
                        <option value="passport">护照</option>
                        <option value="hk-macao-pass">港澳居民来往内地通行证</option>
                        <option value="taiwan-pass">台湾居民来往大陆通行证</option>
                        <option value="foreign-permanent-residence">外国人永久居留身份证</option>
                        <option value="hk-macao-residence-permit">港澳居民居住证</option>
                        <option value="taiwan-residence-permit">台湾居民居住证</option>
                      </optgroup>
                      <option value="other">其他证件</option>
                    </select>
                  </div>
                  <div class="field">
                    <label for="certificate-number">证件号码</label>
                    <input id="certificate-number" data-path="subject.certificate.number" inputmode="latin" spellcheck="false">
                  </div>
                </div>
                <div class="row">
                  <div class="field">
                    <label for="province">省份</label>
                    <select id="province" data-province>
                      <option value="">请选择</option>
                    </select>
                    <p class="help">选择省份会填好备案号开头的简称，如“鄂ICP备”。</p>
                  </div>
                  <div class="field">
                    <label for="subject-filing-number">主体备案号</label>
                    <input id="subject-filing-number" data-path="subject.filingNumber" placeholder="例：鄂ICP备2019012345号" spellcheck="false">
                  </div>
                </div>
                <div class="field">
                  <label for="subject-address">通信地址</label>
                  <input id="subject-address" data-path="subject.address">
                </div>
                <fieldset class="group inner" data-path="subject.legalRepresentative" data-unit-only>
                  <legend>法定代表人（单位填写）</legend>
                  <ul class="problems" aria-live="polite"></ul>
                  <div class="row">
                    <div class="field">
                      <label for="representative-name">姓名</label>
                      <input id="representative-name" data-path="subject.legalRepresentative.name">
                    </div>
                    <div class="field">
                      <label for="representative-id">身份证号码</label>
                      <input id="representative-id" data-path="subject.legalRepresentative.idNumber" spellcheck="false">
                    </div>
                  </div>
                </fieldset>
                <fieldset class="group inner" data-path="subject.owner">
                  <legend>主体负责人</legend>
                  <ul class="problems" aria-live="polite"></ul>
                  <div class="row">
                    <div class="field">
                      <label for="owner-name">姓名</label>
                      <input id="owner-name" data-path="subject.owner.name">
                    </div>
                    <div class="field">
                      <label for="owner-mobile">手机号码</label>
                      <input id="owner-mobile" data-path="subject.owner.mobile" type="tel" inputmode="tel">
                    </div>
                  </div>
                  <div class="field">
                    <label for="owner-email">电子邮箱</label>
                    <input id="owner-email" data-path="subject.owner.email" type="email" inputmode="email" spellcheck="false">
                  </div>
                </fieldset>
              </fieldset>

              <fieldset class="group" data-path="websites">
                <legend>网站</legend>
                <ul class="problems" aria-live="polite"></ul>
                <div id="websites"></div>
                <button type="button" id="add-website" class="secondary">添加网站</button>
              </fieldset>

              <fieldset class="group" data-path="requests">
                <legend>材料信息</legend>
                <ul class="problems" aria-live="polite"></ul>
                <div class="row">
                  <div class="field">
                    <label for="kind">要生成的材料</label>
                    <select id="kind">
                      <option value="deregistration-form">ICP备案注销申请表</option>
                      <option value="submission-sheet">注销材料报送单</option>
                      <option value="shandong-mail">山东邮寄注销材料包</option>
                      <option value="authorization-letter">授权委托书</option>
                    </select>
                  </div>
                  <div class="field">
                    <label for="format">文件格式</label>
                    <select id="format">
                      <option value="docx">Word（DOCX）</option>
                      <option value="pdf">PDF</option>
                      <option value="html">网页（HTML）</option>
                      <option value="text">纯文本（TXT）</option>
                    </select>
                  </div>
                </div>
                <div data-kinds="deregistration-form submission-sheet shandong-mail">
                  <div class="field">
                    <label for="reason">注销原因</label>
                    <input id="reason" data-path="requests.reason" placeholder="例：网站不再运营">
                  </div>
                  <div class="field">
                    <label for="cancel-websites">只注销这些网站（网站备案号，多个用逗号隔开）</label>
                    <input id="cancel-websites" data-path="requests.websites" data-list spellcheck="false">
                    <p class="help">留空表示注销整个主体及其全部网站。</p>
                  </div>
                </div>
                <div data-kinds="authorization-letter">
                  <div class="field">
                    <label for="scope">委托事项</label>
                    <select id="scope" data-path="requests.scope">
                      <option value="">请选择</option>
                      <option value="deregistration">办理备案注销</option>
                      <option value="change">办理备案变更</option>
                      <option value="transfer">办理备案转移</option>
                    </select>
                  </div>
                  <div class="row">
                    <div class="field">
                      <label for="agent-name">受托人姓名</label>
                      <input id="agent-name" data-path="requests.agentName">
                    </div>
                    <div class="field">
                      <label for="agent-id">受托人身份证号码</label>
                      <input id="agent-id" data-path="requests.agentId" spellcheck="false">
                    </div>
                  </div>
                  <div class="field">
                    <label for="agent-mobile">受托人手机号码</label>
                    <input id="agent-mobile" data-path="requests.agentMobile" type="tel" inputmode="tel">
                  </div>
                  <div class="row">
                    <div class="field">
                      <label for="valid-from">委托期限自</label>
                      <input id="valid-from" data-path="requests.validFrom" type="date">
                    </div>
                    <div class="field">
                      <label for="valid-until">委托期限至</label>
                      <input id="valid-until" data-path="requests.validUntil" type="date">
                    </div>
                  </div>
                </div>
                <div class="field">
                  <label for="date">落款日期（留空为今天）</label>
                  <input id="date" data-path="requests.date" type="date">
                </div>
              </fieldset>

              <div class="actions">
                <button type="button" id="check">检查</button>
                <button type="submit" id="generate" class="primary">生成并下载</button>
              </div>
            </form>

            <section class="json-panel" aria-labelledby="json-title">
              <h2 id="json-title">备案记录 JSON</h2>
              <p class="help">与左侧表单同步：改表单会更新这里，粘贴或上传记录会填好表单。格式与命令行 <code>beian</code> 读取的一致。</p>
              <div class="field">
                <label for="record-json">记录内容</label>
                <textarea id="record-json" rows="18" spellcheck="false" data-path="$json"></textarea>
                <ul class="problems" aria-live="polite"></ul>
              </div>
              <div class="field">
                <label for="record-file">上传 JSON 文件</label>
                <input id="record-file" type="file" accept=".json,application/json">
              </div>
              <details class="token">
                <summary>服务器访问令牌（服务器要求时填写）</summary>
                <div class="field">
                  <label for="token">令牌</label>
                  <input id="token" type="password" autocomplete="off">
                </div>
              </details>
            </section>
          </div>

          <template id="website-template">
            <fieldset class="group website" data-path="websites[#]">
              <legend>网站 <span class="website-number"></span></legend>
              <ul class="problems" aria-live="polite"></ul>
              <div class="row">
                <div class="field">
                  <label data-for="name">网站名称</label>
                  <input data-path="websites[#].name" data-id="name">
                </div>
                <div class="field">
                  <label data-for="filing-number">网站备案号</label>
                  <input data-path="websites[#].filingNumber" data-id="filing-number" placeholder="例：鄂ICP备2019012345号-1" spellcheck="false">
                </div>
              </div>
              <div class="field">
                <label data-for="domains">域名（多个用逗号或空格隔开）</label>
                <input data-path="websites[#].domains" data-id="domains" data-list spellcheck="false" inputmode="url" placeholder="例：example.cn">
              </div>
              <button type="button" class="secondary remove-website">删除此网站</button>
            </fieldset>
          </template>
        </main>
        </body>
        </html>
        """#
    static let script = #"""
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
        """#
    static let style = #"""
        /* The page of `beian serve`. System fonts only: nothing is loaded from other hosts. */
        :root {
          --ink: #1f2328;
          --muted: #59636e;
          --line: #d0d7de;
          --accent: #b3261e;
          --accent-ink: #ffffff;
          --error: #b3261e;
          --error-bg: #fdecea;
          --warning: #7a4b00;
          --warning-bg: #fff4d6;
          --ok: #1a7f37;
          font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif;
          color: var(--ink);
          background: #f6f8fa;
          line-height: 1.5;
        }

        * { box-sizing: border-box; }

        body { margin: 0; }

        .masthead {
          background: #ffffff;
          border-bottom: 3px solid var(--accent);
          padding: 1rem clamp(0.75rem, 3vw, 2rem);
        }
        .masthead h1 { margin: 0 0 0.25rem; font-size: 1.4rem; }
        .masthead p { margin: 0; color: var(--muted); max-width: 60rem; }

        main { padding: 1rem clamp(0.75rem, 3vw, 2rem) 3rem; max-width: 84rem; margin: 0 auto; }

        .layout {
          display: grid;
          grid-template-columns: minmax(0, 1fr);
          gap: 1.25rem;
        }
        @media (min-width: 64rem) {
          .layout { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; }
          .json-panel { position: sticky; top: 1rem; }
        }

        .group {
          background: #ffffff;
          border: 1px solid var(--line);
          border-radius: 6px;
          margin: 0 0 1rem;
          padding: 0.75rem 1rem 0.5rem;
          min-width: 0;
        }
        .group.inner, .group.website { background: #fbfcfd; margin: 0.5rem 0 0.75rem; }
        @media (max-width: 30rem) {
          /* Nested groups would squeeze the inputs on a phone: they keep their border, not the inset. */
          .group { padding: 0.5rem 0.6rem 0.25rem; }
          .group.inner, .group.website { padding: 0.4rem 0.5rem 0.25rem; margin-left: -0.1rem; margin-right: -0.1rem; }
        }
        .group legend { font-weight: 600; padding: 0 0.35rem; }

        .row { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 1rem; }
        @media (min-width: 40rem) {
          .row { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
        }

        .field { margin: 0 0 0.75rem; min-width: 0; }
        .field label { display: block; font-size: 0.95rem; margin-bottom: 0.2rem; }

        input, select, textarea {
          width: 100%;
          font: inherit;
          color: inherit;
          padding: 0.45rem 0.55rem;
          border: 1px solid #8c959f;
          border-radius: 4px;
          background: #ffffff;
          min-height: 2.5rem;
        }
        input[type="file"] { padding: 0.3rem; border-style: dashed; }
        textarea {
          font-family: ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace;
          font-size: 0.85rem;
          line-height: 1.4;
          resize: vertical;
        }
        input:focus, select:focus, textarea:focus, button:focus-visible {
          outline: 3px solid #0969da;
          outline-offset: 1px;
        }
        [aria-invalid="true"]:not(fieldset) { border-color: var(--error); background: var(--error-bg); }
        fieldset[aria-invalid="true"] { border-color: var(--error); }

        .help { margin: 0.2rem 0 0; font-size: 0.85rem; color: var(--muted); }

        .json-panel {
          background: #ffffff;
          border: 1px solid var(--line);
          border-radius: 6px;
          padding: 0.75rem 1rem;
        }
        .json-panel h2 { font-size: 1.1rem; margin: 0 0 0.25rem; }
        .token summary { cursor: pointer; color: var(--muted); margin-bottom: 0.5rem; }

        button {
          font: inherit;
          min-height: 2.5rem;
          padding: 0.4rem 1.1rem;
          border-radius: 4px;
          border: 1px solid #8c959f;
          background: #ffffff;
          color: var(--ink);
          cursor: pointer;
        }
        button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-ink); font-weight: 600; }
        button.secondary { font-size: 0.9rem; margin-bottom: 0.5rem; }

        .actions {
          display: flex;
          flex-wrap: wrap;
          gap: 0.75rem;
          position: sticky;
          bottom: 0;
          background: #f6f8fa;
          padding: 0.75rem 0;
          border-top: 1px solid var(--line);
        }
        .actions button { flex: 1 1 10rem; }

        .problems { list-style: none; margin: 0; padding: 0; }
        .problems:empty { display: none; }
        .problem {
          margin: 0.3rem 0 0;
          padding: 0.35rem 0.55rem;
          border-left: 4px solid var(--error);
          background: var(--error-bg);
          color: var(--error);
          font-size: 0.9rem;
          overflow-wrap: anywhere;
        }
        .problem.warning { border-color: #d4a72c; background: var(--warning-bg); color: var(--warning); }
        .problem.note { border-color: var(--line); background: #f6f8fa; color: var(--muted); }
        .problem .hint { color: var(--ink); }
        .problem code { font-size: 0.85rem; margin-right: 0.25rem; }
        fieldset > .problems { margin-bottom: 0.5rem; }

        .summary {
          background: #ffffff;
          border: 2px solid var(--error);
          border-radius: 6px;
          padding: 0.5rem 1rem 0.75rem;
          margin-bottom: 1rem;
        }
        .summary h2 { font-size: 1.05rem; margin: 0.25rem 0; color: var(--error); }
        .summary ul { list-style: none; margin: 0; padding: 0; }

        .status { min-height: 1.5rem; margin: 0 0 0.75rem; font-weight: 600; }
        .status.error { color: var(--error); }
        .status.ok { color: var(--ok); }

        [hidden] { display: none !important; }

        @media print {
          .actions, .json-panel, .masthead p, #add-website, .remove-website { display: none; }
        }
        """#
}
