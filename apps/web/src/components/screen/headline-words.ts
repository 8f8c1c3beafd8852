// The engine writes news headlines with state ids ("USA: embargo / sanctions (PRK)"); the
// projector is read by a room that knows states by name, so it shows them in words
// ("United States: embargo or sanctions against North Korea"). Ids are replaced only where
// they are a whole word that names a state of this scenario.

const CODED_EVENT = /^([A-Z][A-Z0-9]{1,5}): (.+?)(?: \(([A-Z][A-Z0-9]{1,5})\))?$/;
const STATE_ID = /\b[A-Z][A-Z0-9]{1,5}\b/g;

/**
 * `headline` with every known state id written as its name, coded events as a sentence, and
 * a capital first letter (pact names may start lower case).
 */
export function headlineInWords(headline: string, names: ReadonlyMap<string, string>): string {
  const text = inWords(headline, names);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function inWords(headline: string, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const coded = CODED_EVENT.exec(headline);
  if (coded?.[1] && coded[2] && names.has(coded[1])) {
    const action = coded[2].replace(/ \/ /g, " or ");
    const target = coded[3] ? ` against ${name(coded[3])}` : "";
    return `${name(coded[1])}: ${action}${target}`;
  }
  return headline.replace(STATE_ID, (id) => name(id));
}
