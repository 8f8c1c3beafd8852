// GET /join/<code>: the join page as plain HTML with one small inline script, see
// join-session-html.ts. The session preview is looked up by the classroom server, which
// serves this app, and handed over in a request header it sets (clients' values are dropped).
import { SeatDesk, SessionPreviewResult } from "@threatscape/protocol";
import { joinSessionOutcome } from "./join-session-html";

/** The server's preview of this session, or null when there is none or it does not parse. */
function previewOf(request: Request): SessionPreviewResult | null {
  const header = request.headers.get(SeatDesk.previewHeader);
  if (!header) return null;
  try {
    const parsed = SessionPreviewResult.safeParse(JSON.parse(decodeURIComponent(header)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function GET(
  request: Request,
  { params }: { params: Promise<{ code: string }> },
): Promise<Response> {
  const { code } = await params;
  let raw = code;
  try {
    raw = decodeURIComponent(code);
  } catch {
    // A malformed escape: the code check below says what is wrong with it.
  }
  const outcome = joinSessionOutcome(raw, previewOf(request));
  return new Response(outcome.html, {
    status: outcome.status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
