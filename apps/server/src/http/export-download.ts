// GET /export/<gameId>/<table>.<csv|json> and /export/<gameId>/workbook.xlsx (the grading
// workbook, a sheet per table): the same content as tRPC review.export, authorised by either
//  - `Authorization: Bearer <instructor or staff secret>` (scripts, tests), rate-limited like
//    every other door, or
//  - `?token=` from review.exportLink: a signed link that expires after a minute, so a browser
//    can download natively without the secret ever appearing in a URL, a history or a log.
// A secret in the query string (`?key=`, the old form) is refused: URLs end up in logs.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { GameRegistry } from "../live/game-registry.ts";
import { checkExportToken, ExportToken } from "../review/export-links.ts";
import { ExportFormat, ExportTable } from "../review/exports.ts";
import { ReviewService } from "../review/review-service.ts";
import type { Database } from "@threatscape/db";
import type { AccessLimits } from "../limits/rate-limits.ts";
import { authorise } from "../sessions/access.ts";

const Credential = z.union([
  z.object({ kind: z.literal("token"), token: ExportToken }),
  z.object({ kind: z.literal("secret"), secret: z.string().min(16).max(200) }),
]);
const File = z.union([
  z.object({ table: ExportTable, format: ExportFormat }),
  z.object({ table: z.literal("workbook"), format: z.literal("xlsx") }),
]);
const ExportRequest = z.object({
  gameId: z.string().min(1).max(64),
  file: File,
  credential: Credential,
});

export const exportPath = /^\/export\/([^/]+)\/([a-z]+)\.([a-z]+)$/;

function credentialOf(req: IncomingMessage, url: URL): unknown {
  const token = url.searchParams.get("token");
  if (token !== null) return { kind: "token", token };
  const header = req.headers.authorization;
  const bearer = typeof header === "string" ? /^Bearer (.+)$/.exec(header)?.[1] : undefined;
  return bearer === undefined ? undefined : { kind: "secret", secret: bearer };
}

export async function handleExportDownload(
  req: IncomingMessage,
  res: ServerResponse,
  deps: {
    registry: GameRegistry;
    db: Database;
    limits: AccessLimits;
    address: string;
    now?: () => number;
  },
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const send = (status: number, code: string, message: string) => {
    res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify({ error: { code, message } }));
  };
  if (url.searchParams.has("key"))
    return send(
      400,
      "SECRET_IN_URL",
      "secrets are not taken in export URLs: send an Authorization header or use a signed link",
    );
  const offered = credentialOf(req, url);
  if (offered === undefined)
    return send(
      401,
      "UNAUTHORISED",
      "send Authorization: Bearer <instructor or staff secret>, or use a download link from the debrief",
    );
  const match = exportPath.exec(url.pathname);
  const parsed = ExportRequest.safeParse({
    gameId: match?.[1],
    file: { table: match?.[2], format: match?.[3] },
    credential: offered,
  });
  if (!parsed.success) {
    return send(
      400,
      "BAD_REQUEST",
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    );
  }
  const { gameId, file: request, credential } = parsed.data;
  let room;
  if (credential.kind === "token") {
    const record = await deps.registry.record(gameId);
    const check = record
      ? checkExportToken(
          record,
          gameId,
          `${request.table}.${request.format}`,
          credential.token,
          (deps.now ?? Date.now)(),
        )
      : ({ ok: false, code: "LINK_INVALID" } as const);
    if (!check.ok)
      return send(
        401,
        check.code,
        check.code === "LINK_EXPIRED"
          ? "this download link has expired: ask for the file again from the debrief"
          : "this download link is not valid",
      );
    room = await deps.registry.view(gameId);
    if (!room) return send(401, "LINK_INVALID", "this download link is not valid");
  } else {
    const found = await authorise(
      deps.registry,
      deps.limits,
      deps.address,
      gameId,
      credential.secret,
      true,
      "view",
    );
    if (found === "limited")
      return send(429, "RATE_LIMITED", "too many wrong secrets: wait a minute and try again");
    if (!found) return send(401, "UNAUTHORISED", "wrong session or secret");
    room = found;
  }
  const review = new ReviewService(deps.db, room);
  const file =
    request.table === "workbook"
      ? await review.workbook()
      : await review.export(request.table, request.format);
  res.writeHead(200, {
    "content-type": file.contentType,
    "content-disposition": `attachment; filename="${file.filename}"`,
    "cache-control": "no-store",
  });
  res.end(file.content);
}
