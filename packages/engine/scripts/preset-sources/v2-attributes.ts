/**
 * Engine v2 attributes of the preset states, kept apart from the presets author's tables:
 * the nuclear deterrent (0 none, 0.5 a small or unproven arsenal, 1 a secure second-strike
 * force) and the scope flags of states whose alignment balance-of-threat theory does not
 * claim to explain. scripts/build-presets.ts merges them into the states and adds the sources.
 */
type Scope = { kind: "revisionist" | "internal-threat"; note: string; sourceId: string };
export type V2Attributes = {
  nuclear: Record<string, number>;
  nuclearSourceId?: string;
  scope: Record<string, Scope>;
};

export const V2_SOURCES = {
  nuclear: {
    id: "norris-kristensen-2010",
    citation:
      "Norris, Robert S. and Hans M. Kristensen (2010), 'Global nuclear weapons inventories, 1945-2010', Bulletin of the Atomic Scientists 66(4): 77-83; and the Nuclear Notebook and SIPRI Yearbook world nuclear forces chapters for 2017 and 2025 (Kristensen, Korda et al.).",
  },
  schweller: {
    id: "schweller-1994",
    citation:
      "Schweller, Randall L. (1994), 'Bandwagoning for Profit: Bringing the Revisionist State Back In', International Security 19(1): 72-107.",
  },
  david: {
    id: "david-1991",
    citation:
      "David, Steven R. (1991), 'Explaining Third World Alignment', World Politics 43(2): 233-256 (omnibalancing).",
  },
} as const;

const revisionist = (note: string): Scope => ({
  kind: "revisionist",
  note,
  sourceId: "schweller-1994",
});
const internal = (note: string): Scope => ({
  kind: "internal-threat",
  note,
  sourceId: "david-1991",
});

export const V2_ATTRIBUTES: Record<string, V2Attributes> = {
  "europe-1914": {
    nuclear: {},
    scope: {
      ITA: revisionist(
        "Irredentist claims on Trentino, Trieste and Dalmatia; joined the side that promised them (Treaty of London, 1915).",
      ),
      BUL: revisionist(
        "Revanche for Macedonia lost in 1913; joined the side that promised it (1915).",
      ),
      ROM: revisionist(
        "Irredentist claim on Transylvania; joined the side that promised it (Treaty of Bucharest, 1916).",
      ),
    },
  },
  "europe-1939": {
    nuclear: {},
    scope: {
      GMY: revisionist(
        "Schweller's 'wolf': an unlimited revisionist that seeks to overturn the order, not to survive in it.",
      ),
      ITA: revisionist(
        "A 'jackal': Mediterranean and African claims pursued in Germany's wake (June 1940).",
      ),
      JPN: revisionist("Expansion in China and the 'New Order in East Asia'."),
      HUN: revisionist(
        "Revisionist against Trianon: land taken from Czechoslovakia, Romania and Yugoslavia with German support.",
      ),
      RUS: revisionist(
        "The Nazi-Soviet pact's secret protocol: eastern Poland, the Baltic states and Bessarabia (Schweller reads it as jackal bandwagoning).",
      ),
    },
  },
  "cold-war-1985": {
    nuclearSourceId: "norris-kristensen-2010",
    nuclear: { USA: 1, RUS: 1, UKG: 1, FRN: 1, CHN: 0.5, ISR: 0.5 },
    scope: {
      IRN: internal(
        "A revolutionary regime fighting armed opposition at home (the MEK, Kurdish insurgents) while at war with Iraq.",
      ),
      IRQ: internal(
        "A minority Ba'athist regime facing Kurdish and Shia insurgencies during the war with Iran.",
      ),
      SYR: internal(
        "An Alawite minority regime three years after crushing the Muslim Brotherhood rising at Hama (1982).",
      ),
    },
  },
  "east-asia-2017": {
    nuclearSourceId: "norris-kristensen-2010",
    nuclear: { USA: 1, RUS: 1, CHN: 1, IND: 0.5, PRK: 0.5 },
    scope: {
      RUS: revisionist("Annexed Crimea in 2014 and fights in eastern Ukraine."),
      PRK: internal(
        "A regime whose alignment serves its own survival against outside and inside challenges.",
      ),
    },
  },
  "predatory-hegemon-2026": {
    nuclearSourceId: "norris-kristensen-2010",
    nuclear: { USA: 1, RUS: 1, CHN: 1, GBR: 1, FRA: 1, IND: 1, ISR: 0.5 },
    scope: {
      RUS: revisionist("At war to annex Ukrainian territory."),
      USA: revisionist(
        "The scenario's hypothesis: annexation claims on Canada and Greenland and tribute demands.",
      ),
      IRN: internal("A regime facing mass protest at home (2022) while at war with Israel."),
    },
  },
};
