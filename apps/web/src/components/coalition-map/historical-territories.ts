/**
 * Historical states drawn with modern polygons. world-atlas has only today's countries
 * (Natural Earth admin-0, ISO 3166 numeric ids), so each historical state (Correlates of
 * War abbreviation, valid for a span of years) is drawn as the modern countries that best
 * approximate its metropolitan territory. Limits, on purpose:
 *  - whole modern countries only: a border that cut through one (Galicia, Alsace-Lorraine,
 *    Transylvania, East Prussia, the interwar Polish east) goes with the country's holder
 *    of most of it, or is left out;
 *  - colonies and protectorates are not drawn (the game models the metropole);
 *  - a state with no entry falls back to its scenario `isoNumeric`, and a state with
 *    neither (or whose countries another state already holds) is a capital marker.
 * Keys are world-atlas feature ids; a few features have no ISO code and are keyed
 * `name:<Natural Earth name>` (Kosovo).
 */

export type Territory = {
  id: string;
  from: number;
  to: number;
  /** What the polygons stand for, shown in the map's tooltip. */
  label: string;
  features: string[];
  note?: string;
};

const KOSOVO = "name:Kosovo";
const SOVIET_CORE = ["643", "112", "804", "268", "051", "031", "398", "860", "795", "762", "417"];
const BALTICS = ["233", "428", "440"];
const YUGOSLAV = ["688", "191", "070", "705", "807", "499", KOSOVO];

export const HISTORICAL_TERRITORIES: readonly Territory[] = [
  {
    id: "GMY",
    from: 1871,
    to: 1937,
    label: "Germany",
    features: ["276"],
    note: "Imperial/Weimar lands now in Poland, France and Russia cannot be split off modern countries; shown as Germany only",
  },
  {
    id: "GMY",
    from: 1938,
    to: 1945,
    label: "Germany with Austria",
    features: ["276", "040"],
    note: "Anschluss (March 1938); the Sudetenland cannot be split off Czechia",
  },
  {
    id: "GFR",
    from: 1949,
    to: 1990,
    label: "West Germany",
    features: ["276"],
    note: "world-atlas has one Germany: it goes to West Germany, East Germany is a capital marker",
  },
  {
    id: "GDR",
    from: 1949,
    to: 1990,
    label: "East Germany",
    features: [],
    note: "Drawn as a capital marker (no separate polygon in world-atlas)",
  },
  {
    id: "UKG",
    from: 1801,
    to: 1921,
    label: "United Kingdom with Ireland",
    features: ["826", "372"],
  },
  { id: "UKG", from: 1922, to: 9999, label: "United Kingdom", features: ["826"] },
  { id: "FRN", from: 1815, to: 9999, label: "France", features: ["250"] },
  {
    id: "ITA",
    from: 1861,
    to: 9999,
    label: "Italy",
    features: ["380"],
    note: "Albania (occupied April 1939) and the colonies are not drawn",
  },
  { id: "BEL", from: 1830, to: 9999, label: "Belgium", features: ["056"] },
  { id: "SPN", from: 1815, to: 9999, label: "Spain", features: ["724"] },
  {
    id: "POL",
    from: 1918,
    to: 9999,
    label: "Poland",
    features: ["616"],
    note: "Interwar eastern lands now in Belarus, Ukraine and Lithuania cannot be split off",
  },
  { id: "HUN", from: 1918, to: 9999, label: "Hungary", features: ["348"] },
  {
    id: "CZE",
    from: 1918,
    to: 1992,
    label: "Czechoslovakia",
    features: ["203", "703"],
    note: "Carpathian Ruthenia (now Ukraine) is not drawn",
  },
  {
    id: "AUH",
    from: 1867,
    to: 1918,
    label: "Austria-Hungary",
    features: ["040", "348", "203", "703", "705", "191", "070"],
    note: "Galicia, Bukovina and Transylvania lie inside Poland, Ukraine and Romania and are not drawn",
  },
  {
    id: "RUS",
    from: 1721,
    to: 1917,
    label: "Russian Empire",
    features: [...SOVIET_CORE, ...BALTICS, "246", "616", "498"],
    note: "Finland, Congress Poland (most of today's Poland), the Baltic provinces, Bessarabia and the Caucasus and Central Asian governorates",
  },
  {
    id: "RUS",
    from: 1922,
    to: 1939,
    label: "Soviet Union (1939 borders)",
    features: SOVIET_CORE,
    note: "Before the 1939-40 annexations of eastern Poland, the Baltic states and Bessarabia",
  },
  {
    id: "RUS",
    from: 1940,
    to: 1991,
    label: "Soviet Union",
    features: [...SOVIET_CORE, ...BALTICS, "498"],
    note: "The fifteen successor states",
  },
  { id: "RUS", from: 1992, to: 9999, label: "Russia", features: ["643"] },
  {
    id: "TUR",
    from: 1299,
    to: 1922,
    label: "Ottoman Empire",
    features: ["792", "760", "368", "422", "376", "275", "400"],
    note: "After the Balkan Wars: Anatolia, Thrace, Syria, Lebanon, Palestine, Transjordan and Mesopotamia; the Hejaz and Yemen (parts of modern states) are not drawn",
  },
  { id: "TUR", from: 1923, to: 9999, label: "Turkey", features: ["792"] },
  { id: "BUL", from: 1878, to: 9999, label: "Bulgaria", features: ["100"] },
  { id: "ROM", from: 1878, to: 1917, label: "Romania", features: ["642"] },
  {
    id: "ROM",
    from: 1918,
    to: 1940,
    label: "Greater Romania",
    features: ["642", "498"],
    note: "Bessarabia (Moldova); northern Bukovina (now Ukraine) is not drawn",
  },
  { id: "ROM", from: 1941, to: 9999, label: "Romania", features: ["642"] },
  { id: "YUG", from: 1878, to: 1912, label: "Serbia", features: ["688"] },
  {
    id: "YUG",
    from: 1913,
    to: 1917,
    label: "Serbia (after the Balkan Wars)",
    features: ["688", KOSOVO, "807"],
    note: "Kosovo and Vardar Macedonia, won in 1912-13",
  },
  {
    id: "YUG",
    from: 1918,
    to: 1991,
    label: "Yugoslavia",
    features: YUGOSLAV,
    note: "The successor states",
  },
  { id: "YUG", from: 1992, to: 9999, label: "Serbia", features: ["688"] },
  { id: "USA", from: 1776, to: 9999, label: "United States", features: ["840"] },
  {
    id: "JPN",
    from: 1910,
    to: 1945,
    label: "Japan with Korea and Taiwan",
    features: ["392", "410", "408", "158"],
    note: "Korea (annexed 1910) and Taiwan (1895); Manchukuo and the mandates are not drawn",
  },
  { id: "JPN", from: 1946, to: 9999, label: "Japan", features: ["392"] },
  { id: "CHN", from: 1949, to: 9999, label: "China", features: ["156"] },
  { id: "IND", from: 1947, to: 9999, label: "India", features: ["356"] },
  { id: "ROK", from: 1948, to: 9999, label: "South Korea", features: ["410"] },
  { id: "PRK", from: 1948, to: 9999, label: "North Korea", features: ["408"] },
  { id: "IRN", from: 1925, to: 9999, label: "Iran", features: ["364"] },
  { id: "IRQ", from: 1932, to: 9999, label: "Iraq", features: ["368"] },
  { id: "EGY", from: 1922, to: 9999, label: "Egypt", features: ["818"] },
  { id: "SAU", from: 1932, to: 9999, label: "Saudi Arabia", features: ["682"] },
  { id: "SYR", from: 1946, to: 9999, label: "Syria", features: ["760"] },
  {
    id: "ISR",
    from: 1948,
    to: 9999,
    label: "Israel",
    features: ["376"],
    note: "Territories occupied in 1967 are not drawn as Israel",
  },
];

export function historicalTerritory(stateId: string, year: number): Territory | undefined {
  return HISTORICAL_TERRITORIES.find((t) => t.id === stateId && t.from <= year && year <= t.to);
}

/** World-atlas feature keys for a state: the historical table for historical scenarios, otherwise its ISO numeric. */
export function featuresFor(
  state: { id: string; isoNumeric?: string },
  era: "historical" | "modern" | undefined,
  year: number | undefined,
): { features: string[]; label?: string } {
  if (era === "historical" && year !== undefined) {
    const t = historicalTerritory(state.id, year);
    if (t) return { features: t.features, label: t.label };
  }
  return { features: state.isoNumeric ? [state.isoNumeric] : [] };
}

/**
 * Assign features to states; a feature claimed by two states goes to the first in
 * scenario order (the other becomes a marker for it), so a polygon never has two colours.
 */
export function assignFeatures(
  states: readonly { id: string; isoNumeric?: string }[],
  era: "historical" | "modern" | undefined,
  year: number | undefined,
): { owner: Map<string, string>; byState: Map<string, string[]>; labels: Map<string, string> } {
  const owner = new Map<string, string>();
  const byState = new Map<string, string[]>();
  const labels = new Map<string, string>();
  for (const s of states) {
    const { features, label } = featuresFor(s, era, year);
    const mine = features.filter((f) => !owner.has(f));
    for (const f of mine) owner.set(f, s.id);
    byState.set(s.id, mine);
    if (label) labels.set(s.id, label);
  }
  return { owner, byState, labels };
}
