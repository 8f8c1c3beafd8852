"use client";
import { Button } from "~/components/ui";
import { treatyDisplayName, type Proposal, type TreatyKind } from "@threatscape/engine";
import { type FormEvent } from "react";
import { AckError } from "../ack-error";
import formStyles from "../form.module.css";
import panelStyles from "../panel.module.css";
import { useStudent } from "../student-context";
import { useAck } from "../use-ack";
import { useRoundNote } from "../use-round-note";
import { BasingRights } from "./basing-rights";
import { KIND_HELP, type Draft } from "./draft";

export function TreatyBuilder({
  draft,
  setDraft,
  amending,
  onDone,
}: {
  draft: Draft;
  setDraft: (d: Draft | ((d: Draft) => Draft)) => void;
  amending: Proposal | null;
  onDone: () => void;
}) {
  const { act, me, name, others, scenario, canAct, view } = useStudent();
  const { run, pending, error, clear } = useAck();
  const [sent, setSent] = useRoundNote(view.round);
  const allMembers = [me, ...draft.members];
  const targets = scenario.states.filter((s) => s.id !== me);
  // a refusal is about the terms as sent: editing them clears it
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    clear();
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const toggle = (key: "members" | "against", id: string, on: boolean) => {
    clear();
    setDraft((d) => ({
      ...d,
      [key]: on ? [...d[key], id] : d[key].filter((x) => x !== id),
      // A state cannot be both a member and the adversary; dropping a member drops its bases.
      ...(key === "members" && on ? { against: d.against.filter((x) => x !== id) } : {}),
      ...(key === "members" && !on
        ? { basing: d.basing.filter((b) => b.owner !== id && b.host !== id) }
        : {}),
    }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    const duration = draft.duration.trim() ? Number(draft.duration) : null;
    const terms = {
      kind: draft.kind,
      ...(draft.name.trim() ? { name: draft.name.trim() } : {}),
      members: allMembers,
      directedAgainst: draft.against,
      ...(draft.kind === "trade" ? { tariffCut: draft.tariffCut / 100 } : {}),
      basing: draft.basing,
      duration,
      secret: draft.secret,
    };
    const ack = await run(() =>
      act(
        amending
          ? { type: "amend-treaty", proposalId: amending.id, terms }
          : { type: "propose-treaty", terms },
      ),
    );
    if (ack.ok) {
      setSent(
        amending
          ? "Amendment sent: the other members must accept the new version."
          : "Proposal sent to the other members.",
      );
      onDone();
    }
  };

  return (
    <form className={formStyles.form} onSubmit={submit} aria-labelledby="builder-heading">
      <div className={formStyles.fieldRow}>
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="treaty-kind">
            Treaty type
          </label>
          <select
            id="treaty-kind"
            className={formStyles.select}
            value={draft.kind}
            onChange={(e) => set("kind", e.target.value as TreatyKind)}
          >
            <option value="defence">Defence pact</option>
            <option value="trade">Trade pact</option>
            <option value="consultation">Consultation pact</option>
            <option value="non-aggression">Non-aggression pact</option>
          </select>
        </div>
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="treaty-name">
            Treaty name
          </label>
          <input
            id="treaty-name"
            className={formStyles.input}
            value={draft.name}
            maxLength={120}
            placeholder={treatyDisplayName({ kind: draft.kind, members: allMembers })}
            onChange={(e) => set("name", e.target.value)}
          />
        </div>
      </div>
      <p className={`${panelStyles.small} ${panelStyles.muted} ${panelStyles.flush}`}>
        {KIND_HELP[draft.kind]}
      </p>

      <fieldset className={formStyles.checks}>
        <legend>Members</legend>
        <div className={formStyles.checkGrid}>
          <label className={formStyles.check}>
            <input type="checkbox" checked disabled />
            {name(me)} (you)
          </label>
          {others.map((s) => (
            <label key={s.id} className={formStyles.check}>
              <input
                type="checkbox"
                checked={draft.members.includes(s.id)}
                onChange={(e) => toggle("members", s.id, e.target.checked)}
              />
              {s.name}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className={formStyles.checks}>
        <legend>Directed against</legend>
        <div className={formStyles.checkGrid}>
          {targets.map((s) => (
            <label key={s.id} className={formStyles.check}>
              <input
                type="checkbox"
                checked={draft.against.includes(s.id)}
                disabled={draft.members.includes(s.id)}
                onChange={(e) => toggle("against", s.id, e.target.checked)}
              />
              {s.name}
            </label>
          ))}
        </div>
      </fieldset>

      <div className={formStyles.fieldRow}>
        {draft.kind === "trade" ? (
          <div className={formStyles.field}>
            <label className={formStyles.label} htmlFor="treaty-tariff">
              Tariff cut: {draft.tariffCut}%
            </label>
            <input
              id="treaty-tariff"
              type="range"
              className={formStyles.range}
              min={0}
              max={100}
              step={5}
              value={draft.tariffCut}
              onChange={(e) => set("tariffCut", Number(e.target.value))}
            />
          </div>
        ) : null}
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="treaty-duration">
            Duration (rounds)
          </label>
          <input
            id="treaty-duration"
            className={formStyles.input}
            type="number"
            min={1}
            max={200}
            placeholder="Indefinite"
            value={draft.duration}
            onChange={(e) => set("duration", e.target.value)}
          />
        </div>
      </div>

      <label className={formStyles.check}>
        <input
          type="checkbox"
          checked={draft.secret}
          onChange={(e) => set("secret", e.target.checked)}
        />
        Secret treaty (only members know it exists)
      </label>

      {draft.members.length ? (
        <BasingRights
          members={allMembers}
          basing={draft.basing}
          onChange={(basing) => set("basing", basing)}
        />
      ) : null}

      <AckError error={error} />
      {sent ? (
        <p className={panelStyles.success} role="status">
          {sent}
        </p>
      ) : null}
      <div className={panelStyles.buttonRow}>
        <Button
          type="submit"
          variant="primary"
          disabled={pending || !canAct || draft.members.length === 0}
        >
          {amending ? "Send amendment" : "Propose treaty"}
        </Button>
        {amending ? <Button onClick={onDone}>Cancel amendment</Button> : null}
        {draft.members.length === 0 ? (
          <span className={`${panelStyles.small} ${panelStyles.muted}`}>
            Pick at least one other member.
          </span>
        ) : null}
      </div>
    </form>
  );
}
