// GET /join: the code entry page as plain HTML (no client JavaScript), see code-entry-html.ts.
import { codeEntryOutcome } from "./code-entry-html";

export function GET(request: Request): Response {
  const outcome = codeEntryOutcome(new URL(request.url).searchParams.get("code"));
  if ("redirect" in outcome)
    return new Response(null, { status: 303, headers: { Location: outcome.redirect } });
  return new Response(outcome.html, {
    status: outcome.status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
