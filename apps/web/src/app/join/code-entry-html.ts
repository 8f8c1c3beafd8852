/**
 * The code entry page (/join) as plain HTML: a GET form that works without JavaScript, so
 * the page ships no script at all (the App Router's React runtime alone is ~129 KB gzip, over
 * the 120 KB budget of issue 13). The route handler checks the code on the server and
 * redirects to /join/<code>; a bad code comes back here with the reason.
 */
import { codeProblem, normaliseCode } from "./join-code";

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** Where GET /join?code=<raw> goes: a redirect to the session, or the form with an error. */
export function codeEntryOutcome(
  raw: string | null,
): { redirect: string } | { html: string; status: number } {
  if (raw === null) return { html: codeEntryHtml("", null), status: 200 };
  const code = normaliseCode(raw.slice(0, 32));
  const problem = codeProblem(code);
  if (!problem) return { redirect: `/join/${code}` };
  return { html: codeEntryHtml(code, problem), status: 400 };
}

// The design tokens of globals.css and the join card, inlined (no CSS request).
const STYLE = `:root{--ink:#10243e;--ink-soft:#3d5170;--paper:#f6f4ef;--card:#fff;--line:#d9d4c7;--accent:#0b5cad;--bad:#b3261e;--radius:10px;color-scheme:light}
*{box-sizing:border-box}html,body{margin:0;padding:0}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--paper);line-height:1.5;font-size:16px}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
main{min-height:100vh;display:grid;grid-template-columns:minmax(0,1fr);place-items:start center;padding:48px 20px}
.card{width:min(440px,100%);background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:28px 32px 32px;box-shadow:0 1px 2px rgb(16 36 62/6%),0 8px 24px rgb(16 36 62/6%)}
.brand{display:flex;align-items:center;gap:10px;margin:0 0 20px;color:var(--ink-soft);font-size:.9rem;text-decoration:none;font-weight:600;letter-spacing:.04em}
.brand::before{content:"";width:14px;height:14px;border-radius:4px;background:var(--accent)}
h1{margin:0;font-size:1.7rem;letter-spacing:-.01em;line-height:1.2}
.subtitle{margin:6px 0 0;color:var(--ink-soft)}
form{display:flex;flex-direction:column;gap:22px;margin-top:24px}
.field{display:flex;flex-direction:column;gap:6px}label{font-weight:600}
input{min-width:0;width:100%;font:inherit;font-size:1.8rem;letter-spacing:.35em;text-transform:uppercase;text-align:center;font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;padding:12px;border:1px solid #b9b2a1;border-radius:8px;background:#fff;color:var(--ink)}
input[aria-invalid=true]{border-color:var(--bad)}
.error{margin:0;color:var(--bad);font-weight:600}
button{font:inherit;font-weight:700;font-size:1.05rem;padding:12px 20px;border-radius:8px;border:1px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer;min-height:44px}
button:hover{background:#094c8f}
@media (max-width:480px){main{padding:16px 10px}.card{padding:20px 16px 24px}}`;

/** The whole page; `code` is echoed (escaped) after an error. */
export function codeEntryHtml(code: string, error: string | null): string {
  const invalid = error ? ` aria-invalid="true" aria-describedby="join-error"` : "";
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#10243e"><title>Join a session · Threatscape</title><style>${STYLE}</style></head>
<body><main><section class="card" aria-labelledby="join-heading">
<a class="brand" href="/">THREATSCAPE</a>
<h1 id="join-heading">Join a session</h1>
<p class="subtitle">Type the code your instructor shows on the screen.</p>
<form method="get" action="/join" novalidate>
<div class="field"><label for="join-code">Join code</label>
<input id="join-code" name="code" value="${escape(code)}" maxlength="9" autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="K7QM2P" autofocus${invalid}></div>
${error ? `<p id="join-error" class="error" role="alert">${escape(error)}</p>\n` : ""}<div><button type="submit">Continue</button></div>
</form></section></main></body></html>`;
}
