// Generated from Page/app.css by scripts/embed-page; a test keeps the two identical.
extension PageFiles {
    static let appCSS = PageFile(
        name: "app.css",
        text: #"""
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

            /* Inputs scrolled to or focused stay clear of the sticky button bar at the bottom. */
            html { scroll-padding-bottom: 5.5rem; }

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
            .field.check { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 0 0.5rem; align-items: start; margin-bottom: 0.4rem; }
            .field.check input { width: 1.25rem; height: 1.25rem; min-height: 0; margin: 0.15rem 0 0; }
            .field.check label { margin: 0; }
            .field.check .problems { grid-column: 1 / -1; }

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
            .help.after-checks { margin-bottom: 0.75rem; }

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
            """#)
}
