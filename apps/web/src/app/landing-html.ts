/**
 * The landing page (/) as plain HTML: no client JavaScript, because issue 13's 120 KB
 * first-load budget is below the App Router's own runtime (~129 KB gzip). Same pattern as
 * /join (join/code-entry-html.ts): the student's code form is a GET form to /join, which
 * checks the code on the server; "Host a session" is a link to /host, the session setup.
 * The connection badge is rendered by the server: this page is served by the classroom
 * server's own process (apps/server/src/http/web-app.ts), so a page that arrived is a server
 * that answered; the live socket status is shown by the consoles that use the socket.
 */
import webPackage from "../../package.json" with { type: "json" };

// The design tokens of globals.css, the landing's rules and the primary button of
// components/ui, inlined (no CSS request).
const STYLE = `:root{--ink:#10243e;--ink-soft:#3d5170;--paper:#f6f4ef;--card:#fff;--line:#d9d4c7;--accent:#0b5cad;--ok:#1d7a46;--bad:#b3261e;--radius:10px;color-scheme:light}
*{box-sizing:border-box}html,body{margin:0;padding:0}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--paper);line-height:1.5;font-size:16px}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.muted{color:var(--ink-soft)}
.landing{max-width:960px;margin:0 auto;padding:56px 24px}
.eyebrow{text-transform:uppercase;letter-spacing:.12em;font-size:.8rem;color:var(--ink-soft);margin:0}
h1{font-size:clamp(2.4rem,5vw,3.6rem);margin:4px 0 12px;letter-spacing:-.02em;line-height:1.15}
.lede{font-size:1.15rem;max-width:44em;margin:0 0 20px}
.connection{display:inline-block;margin:0;padding:6px 12px;border-radius:999px;background:var(--card);border:1px solid var(--line);font-size:.95rem}
.connection-dot{display:inline-block;width:10px;height:10px;margin-right:8px;border-radius:50%;background:var(--ok)}
.paths{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin-top:36px}
.path{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:22px 24px;display:flex;flex-direction:column;align-items:flex-start;gap:10px;min-width:0}
.path h2{margin:0;font-size:1.25rem}.path p{margin:0}
form{width:100%;display:flex;flex-direction:column;gap:6px}
label{font-weight:600;font-size:.95rem}
.row{display:flex;gap:10px;flex-wrap:wrap}
input{font:inherit;font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:1.5rem;font-weight:700;letter-spacing:.25em;text-transform:uppercase;width:11ch;min-width:0;flex:0 1 auto;padding:6px 12px;border:1px solid #b9b3a4;border-radius:8px;color:var(--ink);background:#fff}
input::placeholder{color:#8a8475}
.button{display:inline-flex;align-items:center;justify-content:center;min-height:52px;padding:12px 24px;border-radius:8px;border:1px solid var(--accent);background:var(--accent);color:#fff;font:inherit;font-size:1.1rem;font-weight:600;line-height:1.2;cursor:pointer;text-decoration:none}
.button:hover{background:#094c8f;border-color:#094c8f}
.theory{margin-top:48px}.theory h2{font-size:1.4rem;margin:0 0 16px}
.sources{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px}
.sources li{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:16px;display:flex;flex-direction:column;gap:4px}
.sources span{color:var(--ink-soft);font-size:.95rem}
@media (max-width:720px){.paths{grid-template-columns:1fr}.landing{padding:32px 16px}}`;

const SOURCES: [string, string][] = [
  ["Aggregate power", "population, industry, economy"],
  ["Proximity", "power fades with distance, unless bases bring it close"],
  ["Offensive capability", "forces, posture and mobilisation"],
  ["Offensive intentions", "read from threats, demands, sanctions and attacks"],
];

/** The whole landing page (a constant document: nothing in it comes from the request). */
export function landingHtml(version: string = webPackage.version): string {
  const sources = SOURCES.map(([k, v]) => `<li><strong>${k}</strong><span>${v}</span></li>`).join(
    "",
  );
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#10243e"><link rel="icon" href="/icon.svg" type="image/svg+xml"><title>Threatscape</title>
<meta name="description" content="A live classroom simulation of alliance politics, scored against Stephen Walt's balance-of-threat theory.">
<style>${STYLE}</style></head>
<body><main class="landing">
<header><p class="eyebrow">Classroom simulation of alliance politics</p>
<h1>Threatscape</h1>
<p class="lede">Students run states, negotiate trade pacts and security alliances in timed rounds, and watch the world re-form on a live coalition map. The debrief sets what the class did beside what Stephen Walt&#39;s balance-of-threat theory, and balance-of-power theory as its foil, predicted.</p>
<p class="connection" data-status="connected" role="status"><span class="connection-dot" aria-hidden="true"></span>Connected to the classroom server<span class="muted"> · v${version.replace(/[^\w.+-]/g, "")}</span></p>
</header>
<div class="paths">
<section class="path" aria-labelledby="join-heading"><h2 id="join-heading">Student</h2>
<p class="muted">Enter the six-character code on the classroom screen. No account needed.</p>
<form method="get" action="/join" novalidate><label for="join-code">Session code</label>
<div class="row"><input id="join-code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="9" placeholder="ABC234">
<button class="button" type="submit">Join a session</button></div></form></section>
<section class="path" aria-labelledby="host-heading"><h2 id="host-heading">Instructor</h2>
<p class="muted">Pick a historical or modern scenario, set the round lengths, and get a join code, link and QR code for your class.</p>
<a class="button" href="/host">Host a session</a></section>
</div>
<section class="theory" aria-labelledby="theory-heading"><h2 id="theory-heading">States ally against threat, not power alone</h2>
<ul class="sources">${sources}</ul></section>
</main></body></html>`;
}
