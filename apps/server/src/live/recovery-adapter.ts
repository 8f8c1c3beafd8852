// Socket.IO's connection-state recovery keeps every broadcast packet for the recovery window
// (two minutes) so that a reconnecting client gets what it missed. A view delta or an
// instructor dashboard is superseded by the next one, and there are dozens per game action
// (one per audience): kept, they were most of the server's heap at classroom pace (issue 10).
// This adapter keeps everything else (chat, notices) for replay; a recovered connection
// instead gets its audience's current snapshot and dashboard (socket-handlers.ts).
import { ServerEvent } from "@threatscape/protocol";
import { Adapter, SessionAwareAdapter } from "socket.io-adapter";

/** Events that only ever carry the latest state: never replayed, re-sent whole on recovery. */
export const NOT_REPLAYED: ReadonlySet<string> = new Set([
  ServerEvent.delta,
  ServerEvent.dashboard,
]);

type BroadcastArgs = Parameters<Adapter["broadcast"]>;

export class RecoveryAdapter extends SessionAwareAdapter {
  override broadcast(packet: BroadcastArgs[0], opts: BroadcastArgs[1]): void {
    const event = (packet as { data?: unknown[] }).data?.[0];
    // The plain adapter's broadcast delivers without keeping the packet for replay.
    if (typeof event === "string" && NOT_REPLAYED.has(event))
      return Adapter.prototype.broadcast.call(this, packet, opts);
    return super.broadcast(packet, opts);
  }
}
