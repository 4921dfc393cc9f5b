// Generated from Page/index.html by scripts/embed-page; a test keeps the two identical.
extension PageFiles {
    static let indexHTML = PageFile(
        name: "index.html",
        text: #"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>ICP备案材料生成</title>
            <link rel="icon" href="/page/icon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="/page/app.css">
            <script type="module" src="/page/app.js"></script>
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
                      <div class="field check">
                        <input id="online-attempted" type="checkbox" data-path="requests.onlineAttempted">
                        <label for="online-attempted">已尝试通过接入商在线注销，但未能完成</label>
                      </div>
                      <div class="field check">
                        <input id="shell" type="checkbox" data-path="requests.shell">
                        <label for="shell">网站已不在原接入商处接入（空壳备案）</label>
                      </div>
                      <div class="field check">
                        <input id="provider-unknown" type="checkbox" data-path="requests.providerUnknown">
                        <label for="provider-unknown">不清楚备案在哪家接入商</label>
                      </div>
                      <p class="help after-checks">以上三项只在属实时勾选：勾选后申请表会写明此情况。</p>
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
            """#)
}
