import type { PrismaDb } from "../database.ts";

export interface AnnotationRecord {
  id: string;
  gameId: string;
  participantId: string | null;
  stateId: string | null;
  round: number | null;
  eventSeq: number | null;
  author: string;
  criterion: string | null;
  note: string;
  grade: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewAnnotation = Omit<AnnotationRecord, "createdAt" | "updatedAt">;

export function createAnnotationRepository(prisma: PrismaDb) {
  return {
    async create(annotation: NewAnnotation): Promise<AnnotationRecord> {
      return prisma.annotation.create({ data: annotation });
    },

    async listForGame(gameId: string): Promise<AnnotationRecord[]> {
      return prisma.annotation.findMany({ where: { gameId }, orderBy: { createdAt: "asc" } });
    },

    async update(
      id: string,
      changes: Partial<Pick<AnnotationRecord, "note" | "grade" | "criterion">>,
    ): Promise<AnnotationRecord> {
      return prisma.annotation.update({ where: { id }, data: changes });
    },

    async remove(id: string): Promise<void> {
      await prisma.annotation.delete({ where: { id } });
    },
  };
}
