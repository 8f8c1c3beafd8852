import type { PrismaDb } from "../database.ts";

export interface StateSnapshot {
  gameId: string;
  /** The last event seq folded into `state`. */
  seq: number;
  state: unknown;
}

export function createSnapshotRepository(prisma: PrismaDb) {
  return {
    async save(snapshot: StateSnapshot): Promise<void> {
      await prisma.snapshot.upsert({
        where: { gameId_seq: { gameId: snapshot.gameId, seq: snapshot.seq } },
        create: {
          gameId: snapshot.gameId,
          seq: snapshot.seq,
          stateJson: JSON.stringify(snapshot.state),
        },
        update: { stateJson: JSON.stringify(snapshot.state) },
      });
    },

    async latest(gameId: string): Promise<StateSnapshot | null> {
      const row = await prisma.snapshot.findFirst({ where: { gameId }, orderBy: { seq: "desc" } });
      return row ? { gameId, seq: row.seq, state: JSON.parse(row.stateJson) as unknown } : null;
    },
  };
}
