// Generated from Page/api.js by scripts/embed-page; a test keeps the two identical.
extension PageFiles {
    static let apiJS = PageFile(
        name: "api.js",
        text: #"""
            // Calls to the API of this server, and reading its answers: files, warnings and problems.
            const $ = (selector) => document.querySelector(selector);

            export function call(method, path, body) {
              // Diagnostics come back in Chinese, from the same catalog as `beian` under a zh locale.
              const headers = { "Accept-Language": "zh-CN" };
              const token = $("#token").value.trim();
              if (token) headers.Authorization = `Bearer ${token}`;
              if (body !== undefined) headers["Content-Type"] = "application/json";
              return fetch(path, { method, headers, body, credentials: "same-origin" });
            }

            export function warningsOf(response) {
              const header = response.headers.get("Beian-Warnings");
              if (!header) return [];
              try { return JSON.parse(decodeURIComponent(header)); } catch (error) { return []; }
            }

            export function fileNameOf(response, fallback) {
              const header = response.headers.get("Content-Disposition") || "";
              const match = /filename="([^"]+)"/.exec(header);
              return match ? match[1] : fallback;
            }

            export async function problemOf(response) {
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
            """#)
}
