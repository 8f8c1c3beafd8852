/**
 * The join page (/join/<code>) as plain HTML: the session, the seat picker and the seat-PIN
 * form rendered on the server, plus one small inline script (join-script.ts) that posts to
 * the classroom server's seat desk (protocol SeatDesk) and keeps the rejoin token where
 * /play reads it. No React: the App Router's runtime alone (~129 KB gzip) is over issue 13's
 * 120 KB first-load budget. Same pattern as /join (../code-entry-html.ts) and / (landing).
 * The session preview is looked up by the classroom server (apps/server http/seat-desk.ts)
 * and arrives in a request header; every name in it is escaped here.
 */
import type { SessionPreview, SessionPreviewResult } from "@threatscape/protocol";
import { codeProblem, normaliseCode } from "../join-code";
import { studentKey } from "~/lib/seat-storage";
import { joinScript } from "./join-script";

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const STATUS: Record<SessionPreview["status"], { label: string; tone: "ok" | "warn" | "" }> = {
  lobby: { label: "Open: waiting to start", tone: "ok" },
  running: { label: "In progress", tone: "warn" },
  paused: { label: "Paused", tone: "warn" },
  finished: { label: "Finished", tone: "" },
};

/** Why the lookup failed, in words a student can act on (by the server's refusal code). */
const LOOKUP_MESSAGES: Record<string, { message: string; status: number }> = {
  NOT_FOUND: {
    message: "No session has this code. Check the code on the screen and try again.",
    status: 404,
  },
  RATE_LIMITED: {
    message: "Too many attempts from this network. Wait a minute, then reload the page.",
    status: 429,
  },
};
const UNREACHABLE = {
  code: "UNAVAILABLE",
  message: "The classroom server could not look this session up. Reload the page in a moment.",
  status: 503,
};

// The design tokens of globals.css and the join card (was join.module.css), inlined.
const STYLE = `:root{--ink:#10243e;--ink-soft:#3d5170;--paper:#f6f4ef;--card:#fff;--line:#d9d4c7;--accent:#0b5cad;--ok:#1d7a46;--warn:#a15c00;--bad:#b3261e;--radius:10px;--mono:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;color-scheme:light}
*{box-sizing:border-box}html,body{margin:0;padding:0}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--paper);line-height:1.5;font-size:16px}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
main{min-height:100vh;display:grid;grid-template-columns:minmax(0,1fr);place-items:start center;padding:48px 20px}
.card{width:min(680px,100%);background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:28px 32px 32px;box-shadow:0 1px 2px rgb(16 36 62/6%),0 8px 24px rgb(16 36 62/6%)}
.narrow{width:min(440px,100%)}
.brand{display:flex;align-items:center;gap:10px;margin:0 0 20px;color:var(--ink-soft);font-size:.9rem;text-decoration:none;font-weight:600;letter-spacing:.04em}
.brand::before{content:"";width:14px;height:14px;border-radius:4px;background:var(--accent)}
h1{margin:0;font-size:1.7rem;letter-spacing:-.01em;line-height:1.2;overflow-wrap:anywhere}
h2{margin:0;font-size:1rem}
.subtitle{margin:6px 0 0;color:var(--ink-soft);overflow-wrap:anywhere}
.meta{display:flex;flex-wrap:wrap;gap:8px;margin:14px 0 0;padding:0;list-style:none}
.pill{display:inline-flex;align-items:center;padding:3px 10px;border-radius:999px;border:1px solid var(--line);background:var(--paper);font-size:.85rem;font-weight:600}
.pill[data-tone=ok]{color:var(--ok);border-color:#a5cab4;background:#f1f7f3}
.pill[data-tone=warn]{color:var(--warn);border-color:#d9be99;background:#fbf6f0}
form{display:flex;flex-direction:column;gap:22px;margin-top:24px}
.field{display:flex;flex-direction:column;gap:6px}
label,legend{font-weight:600}
.hint{color:var(--ink-soft);font-size:.9rem;margin:0}
input[type=text]{min-width:0;width:100%;font:inherit;font-size:1.05rem;padding:10px 12px;border:1px solid #b9b2a1;border-radius:8px;background:#fff;color:var(--ink)}
input[aria-invalid=true]{border-color:var(--bad)}
#seat-pin{font-family:var(--mono);letter-spacing:.12em;text-transform:uppercase}
fieldset{border:0;padding:0;margin:0;min-width:0}legend{padding:0;margin-bottom:6px}
.states{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(190px,100%),1fr));gap:8px;margin-top:8px}
.option{display:flex;align-items:center;gap:10px;padding:10px 12px;border:1px solid var(--line);border-radius:8px;cursor:pointer;background:#fff;min-width:0;font-weight:400}
.option:hover{border-color:var(--accent)}
.option:has(input:checked){border-color:var(--accent);background:#f1f6fb;box-shadow:inset 0 0 0 1px var(--accent)}
.option:has(input:focus-visible){outline:3px solid var(--accent);outline-offset:2px}
.option input{accent-color:var(--accent);width:16px;height:16px;margin:0;flex:none}
.option-text{display:flex;flex-direction:column;line-height:1.25;min-width:0;overflow-wrap:anywhere}
.option-name{font-weight:600}.option-meta{font-size:.82rem;color:var(--ink-soft)}
.assign{grid-column:1/-1}
.code{font-family:var(--mono);font-size:.8rem;color:var(--ink-soft);border:1px solid var(--line);border-radius:4px;padding:0 4px;margin-left:auto}
.actions{display:flex;align-items:center;gap:14px;flex-wrap:wrap}
button{font:inherit;font-weight:600;font-size:1.05rem;padding:11px 22px;min-height:44px;border-radius:8px;border:1px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer}
button:hover:not(:disabled){background:#094c8f}
button:disabled{opacity:.55;cursor:not-allowed}
.error{margin:0;padding:10px 14px;border-radius:8px;border:1px solid #e1a8a4;background:#fcf3f2;color:var(--bad);font-weight:500;overflow-wrap:anywhere}
.error:empty{display:none}.spaced{margin-top:16px}
.error-code{font-family:var(--mono);font-size:.85rem}
.notice{margin:20px 0 0;padding:14px 16px;border-radius:8px;background:var(--paper);border:1px solid var(--line)}
.reclaim{border-top:1px solid var(--line);padding-top:22px;margin-top:28px}
a{color:var(--accent);font-weight:600}
@media (max-width:480px){main{padding:16px 10px}.card{padding:20px 16px 24px}}`;

function page(title: string, body: string, script = ""): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#10243e"><title>${escapeHtml(title)} · Threatscape</title><style>${STYLE}</style></head>
<body><main>${body}</main>${script ? `<script>${script}</script>` : ""}</body></html>`;
}

const brand = `<a class="brand" href="/">THREATSCAPE</a>`;

/** A card that says why this code cannot be joined (code + message), with a way back. */
function refusal(heading: string, message: string, code: string, again: string): string {
  return page(
    heading,
    `<section class="card narrow" aria-labelledby="join-heading">${brand}
<h1 id="join-heading">${escapeHtml(heading)}</h1>
<p class="error spaced" role="alert">${escapeHtml(message)} <span class="error-code">(${escapeHtml(code)})</span></p>
<p class="notice"><a href="/join">${again}</a></p></section>`,
  );
}

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/** The seat picker (lobby only: once the game has started the join code seats nobody). */
function statePicker(session: SessionPreview): string {
  if (session.status !== "lobby")
    return `<p class="hint">The game has started: you join as an observer, and the instructor gives you a state.</p>`;
  const options = session.states
    .filter((s) => s.playable)
    .map(
      (
        s,
      ) => `<label class="option"><input type="radio" name="state" value="${escapeHtml(s.stateId)}">
<span class="option-text"><span class="option-name">${escapeHtml(s.name)}</span><span class="option-meta">${s.students === 0 ? "nobody yet" : plural(s.students, "student")}</span></span>
<span class="code" aria-hidden="true">${escapeHtml(s.stateId)}</span></label>`,
    )
    .join("\n");
  return `<fieldset><legend>Your state</legend>
<p class="hint">Pick the state you want to run. Several students can share one state as a team; you can change until the game starts.</p>
<div class="states">${options}
<label class="option assign"><input type="radio" name="state" value="" checked>
<span class="option-text"><span class="option-name">Let the instructor assign me</span><span class="option-meta">You will get a state before the game starts.</span></span></label>
</div></fieldset>`;
}

const NO_SCRIPT = `<noscript><p class="notice">The game runs in your browser: turn JavaScript on to join.</p></noscript>`;

function sessionPage(session: SessionPreview): string {
  const status = STATUS[session.status];
  const students = session.states.reduce((a, s) => a + s.students, 0);
  const code = escapeHtml(session.joinCode);
  const header = `${brand}
<h1 id="join-heading">${escapeHtml(session.title)}</h1>
<p class="subtitle">${escapeHtml(session.scenarioName)} · ${session.scenarioYear}</p>
<ul class="meta" aria-label="Session details"><li class="pill"${status.tone ? ` data-tone="${status.tone}"` : ""}>${status.label}</li>
<li class="pill">Code ${code}</li><li class="pill">${plural(students, "student")} seated</li></ul>`;
  if (session.status === "finished")
    return page(
      session.title,
      `<section class="card" aria-labelledby="join-heading">${header}
<p class="notice" role="status">This session has ended, so no one can join it any more. Ask your instructor for the code of the current session.</p></section>`,
    );
  return page(
    session.title,
    `<section class="card" aria-labelledby="join-heading" data-code="${code}" data-seat-key="${escapeHtml(studentKey(session.joinCode))}">${header}
${NO_SCRIPT}
<form id="join-form" method="post" novalidate>
<div class="field"><label for="display-name">Your name</label>
<input type="text" id="display-name" name="displayName" maxlength="40" autocomplete="nickname" required aria-describedby="display-name-hint">
<p class="hint" id="display-name-hint">Shown to your classmates and the instructor.</p></div>
${statePicker(session)}
<p class="error" id="join-error" role="alert"></p>
<div class="actions"><button type="submit">Join session</button></div>
</form>
<form id="reclaim-form" class="reclaim" method="post" novalidate aria-labelledby="reclaim-heading">
<h2 id="reclaim-heading">Already have a seat on another device?</h2>
<div class="field"><label for="seat-pin">Seat PIN</label>
<input type="text" id="seat-pin" name="seatPin" maxlength="14" autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby="seat-pin-hint">
<p class="hint" id="seat-pin-hint">Shown at the top of your seat (or ask your instructor). Your seat moves to this browser.</p></div>
<p class="error" id="reclaim-error" role="alert"></p>
<div class="actions"><button type="submit">Move my seat here</button></div>
</form></section>`,
    joinScript,
  );
}

/**
 * The response to GET /join/<rawCode>: `preview` is what the classroom server looked up for
 * this code (null when it did not: a malformed code, or the page served without the server).
 */
export function joinSessionOutcome(
  rawCode: string,
  preview: SessionPreviewResult | null,
): { html: string; status: number } {
  const code = normaliseCode(rawCode.slice(0, 40));
  const problem = codeProblem(code);
  if (problem)
    return {
      html: refusal(
        "That code does not look right",
        problem,
        "BAD_REQUEST",
        "Enter the code again",
      ),
      status: 400,
    };
  if (preview?.ok) return { html: sessionPage(preview.data), status: 200 };
  const known = preview ? LOOKUP_MESSAGES[preview.error.code] : undefined;
  const failure = known
    ? { code: preview!.error.code, ...known }
    : preview
      ? { ...UNREACHABLE, code: preview.error.code }
      : UNREACHABLE;
  return {
    html: refusal(`Cannot join ${code}`, failure.message, failure.code, "Enter a different code"),
    status: failure.status,
  };
}
