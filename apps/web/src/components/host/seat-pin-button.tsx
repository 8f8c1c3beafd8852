"use client";
// The instructor's copy of a student's seat PIN: a student whose laptop died opens the join
// link on another device and types it there ("Move my seat here"); the record moves, so the
// class list keeps one row for them.
import { useState } from "react";
import { Button } from "~/components/ui";
import type { CommandRunner } from "./use-command-runner";

export function SeatPinButton({
  participant,
  runner,
}: {
  participant: { id: string; displayName: string };
  runner: CommandRunner;
}) {
  const [pin, setPin] = useState<string | null>(null);
  if (pin)
    return (
      <span aria-label={`Seat PIN of ${participant.displayName}`}>
        PIN <strong>{pin}</strong>
      </span>
    );
  return (
    <Button
      size="small"
      variant="ghost"
      aria-label={`Show the seat PIN of ${participant.displayName}`}
      title="The PIN that moves this student's seat to another device"
      onClick={() =>
        void runner.ask({ command: "seat-pin", participantId: participant.id }).then((ack) => {
          const data = ack.ok ? (ack.data as { seatPin?: string } | null) : null;
          if (data?.seatPin) setPin(data.seatPin);
          else runner.report("Seat PIN", ack.ok ? "no PIN for this student" : ack.error.message);
        })
      }
    >
      PIN
    </Button>
  );
}
