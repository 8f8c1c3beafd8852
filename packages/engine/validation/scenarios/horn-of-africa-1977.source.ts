/**
 * Source table of validation/scenarios/horn-of-africa-1977.json
 * (`tsx validation/scenarios/horn-of-africa-1977.source.ts`, then `prettier --write` on the JSON).
 * Over 300 lines because it is a data table (Prettier puts one field a line), like
 * scripts/preset-sources/*.ts; the code it shares with the other tables is source-table.ts.
 * A third held-out scenario in the documented format (docs/scenario-format.md), written for the
 * validation and never used to fit the model; its alignment file was committed before it.
 * Figures are 1976 values (the year before the start) rounded from the sources below from memory
 * of the published tables, and are marked `unverified` (no network here). Ethiopia, Somalia,
 * South Yemen, Djibouti and Cuba have no reliable WDI GDP for 1976: their GDP and milex are
 * order-of-magnitude guesses. Somalia's population is the contemporary estimate (about 3.6 m);
 * the revised WDI series is far higher (about 6 m). The USSR's GDP is a CIA-style estimate at
 * market rates and its milex a Western dollar estimate.
 * Decisions the data cannot make alone:
 * - States: North Yemen is left out (no military role in the war in the histories used); Iran
 *   and Israel are left out although both sent some arms (Iran to Somalia, Israel to Ethiopia
 *   until Dayan's admission of Feb 1978), as neither shaped the camps (Patman 1990; Lefebvre 1991).
 *   Djibouti, independent four days before the start, is in: a neutral the railway war touched.
 * - France is a COW major power in 1977 with a garrison in Djibouti: kept as a non-playable
 *   great power (like the US in Europe 1914) so the base and the June 1977 protocol exist.
 * - Soviet-Somali Treaty of Friendship and Cooperation (11 Jul 1974): in force at the start,
 *   coded consultation like the Soviet-Vietnamese treaty of 1978; its denunciation (13 Nov 1977)
 *   is a held crisis. The Soviet-Ethiopian declaration of 6 May 1977 is not a treaty (no COW or
 *   ATOP entry known here): a history event only.
 * - US-Ethiopian agreements of 1953 (mutual defence assistance; Kagnew): ended when Ethiopia
 *   closed Kagnew and expelled the US military mission (23 Apr 1977); not coded as in force.
 * - Arab League Joint Defence and Economic Cooperation Treaty (1950): coded for its members here
 *   (Egypt, Saudi Arabia, Sudan, South Yemen, Somalia) as COW/ATOP record accession, unverified;
 *   it makes South Yemen a formal ally of Somalia, as the text did.
 * - Kenya-Ethiopia defence treaty (1964): aimed at Somalia's irredentism, but the text as
 *   recalled here names no state, so `directedAgainst` is empty (unverified).
 * Over 300 lines because it is a data table (Prettier puts one field a line), like the other two.
 */
import { restOfWorld, statesFromRows, writeScenario } from "./source-table";
import type { StateRow } from "./source-table";

const S = ["wdi-1976", "sipri-1978", "iiss-1977"];
// id, name, pop (m), urban share, GDP (US$ bn 1976), milex (US$ bn 1976), active forces (k), posture, projection, growth
const rows: StateRow[] = [
  [
    "ETH",
    "Ethiopia",
    33,
    0.11,
    3,
    0.1,
    54,
    0.3,
    0.1,
    -0.01,
    ["Addis Ababa", 9.03, 38.74],
    [530, "231"],
    {
      scope: {
        kind: "internal-threat",
        note: "The Derg faced the Eritrean fronts, the EPRP's urban insurgency (the Red Terror of 1977) and the EDU; Mengistu's turn to Moscow armed the regime against its internal challengers first (David 1991, whose case it is).",
        sourceId: "david-1991",
      },
    },
  ],
  [
    "SOM",
    "Somalia",
    3.6,
    0.26,
    0.5,
    0.04,
    32,
    0.8,
    0.1,
    0.02,
    ["Mogadishu", 2.0469, 45.3182],
    [520, "706"],
    {
      scope: {
        kind: "revisionist",
        note: "Pursuing a Greater Somalia (the Ogaden, Kenya's North-Eastern Province, Djibouti) by arming the WSLF and preparing the invasion of 13 July 1977 (Tareke 2000; Patman 1990).",
        sourceId: "schweller-1994",
      },
    },
  ],
  [
    "KEN",
    "Kenya",
    14,
    0.14,
    3.5,
    0.1,
    10,
    0.1,
    0.05,
    0.05,
    ["Nairobi", -1.2921, 36.8219],
    [501, "404"],
  ],
  [
    "SDN",
    "Sudan",
    16.5,
    0.18,
    5.5,
    0.2,
    52,
    0.3,
    0.1,
    0.04,
    ["Khartoum", 15.5007, 32.5599],
    [625, "729"],
  ],
  [
    "EGY",
    "Egypt",
    38,
    0.44,
    13,
    2.5,
    345,
    0.5,
    0.3,
    0.08,
    ["Cairo", 30.0444, 31.2357],
    [651, "818"],
  ],
  [
    "SAU",
    "Saudi Arabia",
    7.6,
    0.55,
    55,
    9,
    62,
    0.2,
    0.15,
    0.08,
    ["Riyadh", 24.7136, 46.6753],
    [670, "682"],
  ],
  [
    "YMD",
    "South Yemen",
    1.8,
    0.35,
    0.5,
    0.06,
    21,
    0.4,
    0.1,
    0.03,
    ["Aden", 12.7855, 45.0187],
    [680, "887"],
  ],
  [
    "DJI",
    "Djibouti",
    0.22,
    0.7,
    0.15,
    0.005,
    1,
    0.1,
    0.02,
    0,
    ["Djibouti", 11.5721, 43.1456],
    [522, "262"],
  ],
  [
    "RUS",
    "Soviet Union",
    258,
    0.62,
    900,
    120,
    3675,
    0.6,
    0.85,
    0.025,
    ["Moscow", 55.7558, 37.6173],
    [365, "643"],
    { greatPower: true, nuclear: 1 },
  ],
  [
    "USA",
    "United States",
    220,
    0.74,
    1880,
    91,
    2090,
    0.6,
    1,
    0.03,
    ["Washington", 38.9072, -77.0369],
    [2, "840"],
    { greatPower: true, nuclear: 1 },
  ],
  [
    "CUB",
    "Cuba",
    9.5,
    0.64,
    13,
    0.8,
    189,
    0.6,
    0.4,
    0.04,
    ["Havana", 23.1136, -82.3666],
    [40, "192"],
  ],
  [
    "FRN",
    "France",
    53,
    0.73,
    350,
    13,
    502,
    0.5,
    0.5,
    0.03,
    ["Paris", 48.8566, 2.3522],
    [220, "250"],
    { greatPower: true, nuclear: 1, playable: false },
  ],
];
const world = { pop: 4150, urbanPop: 1570, gdp: 6500, milex: 400, milper: 25000 };

const states = statesFromRows(rows, S);

const land = [
  ["ETH", "SOM"],
  ["ETH", "KEN"],
  ["ETH", "SDN"],
  ["ETH", "DJI"],
  ["SOM", "KEN"],
  ["SOM", "DJI"],
  ["KEN", "SDN"],
  ["SDN", "EGY"],
  ["SAU", "YMD"],
].map(([a, b]) => ({ a: a!, b: b!, code: 1 as const }));
// water gaps: COW v3.2 codes from memory of the data set and of the map, unverified
const water = [
  { a: "ETH", b: "YMD", code: 3 as const, note: "Bab el-Mandeb: Eritrea's coast to Perim" },
  { a: "DJI", b: "YMD", code: 3 as const, note: "Bab el-Mandeb: Ras Siyan to Perim" },
  { a: "SOM", b: "YMD", code: 4 as const, note: "Cape Guardafui to Abd al-Kuri (Socotra group)" },
  { a: "ETH", b: "SAU", code: 4 as const, note: "Dahlak islands to the Farasan islands" },
  { a: "EGY", b: "SAU", code: 2 as const, note: "Strait of Tiran" },
  { a: "SDN", b: "SAU", code: 5 as const, note: "across the Red Sea, Port Sudan to Jeddah" },
  { a: "CUB", b: "USA", code: 4 as const, note: "Florida Strait, about 90 miles" },
  { a: "USA", b: "RUS", code: 2 as const, note: "Bering Strait" },
].map((w) => ({ ...w, unverified: true }));
// exports, US$ bn 1976, rounded from memory of IMF Direction of Trade Statistics; all unverified
const trade = [
  ["SAU", "USA", 5.5],
  ["USA", "SAU", 2.8],
  ["SAU", "FRN", 4],
  ["FRN", "SAU", 1],
  ["USA", "EGY", 0.8],
  ["EGY", "USA", 0.1],
  ["EGY", "RUS", 0.5],
  ["RUS", "EGY", 0.4],
  ["USA", "RUS", 2.3],
  ["RUS", "USA", 0.2],
  ["RUS", "CUB", 2.5],
  ["CUB", "RUS", 2.8],
  ["FRN", "USA", 3],
  ["USA", "FRN", 4.5],
  ["FRN", "EGY", 0.4],
  ["EGY", "FRN", 0.1],
  ["SOM", "SAU", 0.06],
  ["SAU", "SOM", 0.02],
  ["ETH", "USA", 0.08],
  ["USA", "ETH", 0.05],
  ["ETH", "SAU", 0.03],
  ["ETH", "DJI", 0.02],
  ["DJI", "ETH", 0.01],
  ["FRN", "DJI", 0.08],
  ["KEN", "USA", 0.05],
  ["USA", "KEN", 0.1],
  ["SDN", "EGY", 0.05],
  ["EGY", "SDN", 0.05],
  ["SDN", "SAU", 0.04],
  ["SAU", "SDN", 0.03],
  ["RUS", "SOM", 0.03],
  ["SOM", "RUS", 0.01],
  ["RUS", "YMD", 0.03],
  ["SAU", "EGY", 0.1],
  ["EGY", "SAU", 0.15],
].map(([from, to, value]) => ({
  from: from as string,
  to: to as string,
  value: value as number,
  unverified: true,
}));
// from's hostility towards to (the schema's convention: the actor's intentions, not the target's fear)
const hostility = [
  [
    "SOM",
    "ETH",
    0.85,
    "Greater Somalia: WSLF guerrillas armed and led by Somali officers in the Ogaden since 1976, the army massed for the invasion",
  ],
  [
    "ETH",
    "SOM",
    0.5,
    "Mengistu's warnings to Mogadishu and the call to arms against the 'expansionist' Somali regime",
  ],
  ["SOM", "KEN", 0.35, "The claim to the North-Eastern Province (the shifta war of 1963-67)"],
  ["KEN", "SOM", 0.35, "Fear of Somali irredentism; the defence treaty with Ethiopia"],
  [
    "SOM",
    "DJI",
    0.15,
    "Djibouti is a point of the Somali star; Siad pledged to respect its independence",
  ],
  [
    "SDN",
    "ETH",
    0.45,
    "Sudanese arms and sanctuary for the Eritrean fronts and the EDU; ambassadors recalled in 1977",
  ],
  ["ETH", "SDN", 0.4, "Mengistu accused Khartoum of aggression in Eritrea and on the border"],
  [
    "SAU",
    "ETH",
    0.4,
    "Saudi money for the Eritrean fronts; hostility to a Marxist regime on the Red Sea",
  ],
  ["ETH", "SAU", 0.3, "The Derg blamed the 'Arab reactionaries' for the Eritrean war"],
  [
    "SAU",
    "YMD",
    0.3,
    "Border clashes (1969-73) and Aden's aid to the Dhofar rebels; relations only since 1976",
  ],
  ["YMD", "SAU", 0.3, "The Marxist regime's hostility to the Saudi monarchy"],
  ["EGY", "RUS", 0.45, "Sadat expelled Soviet advisers (1972) and abrogated the treaty (Mar 1976)"],
  ["RUS", "EGY", 0.3, "Moscow's anger at the abrogation and at Egypt's debt moratorium"],
  ["SDN", "RUS", 0.4, "Nimeiri expelled the Soviet military advisers (May 1977)"],
  [
    "SAU",
    "RUS",
    0.5,
    "No relations; the kingdom's campaign against the Soviet presence on the Red Sea",
  ],
  ["USA", "RUS", 0.35, "Detente under strain (Angola 1975-76); SALT II under negotiation"],
  ["RUS", "USA", 0.35, "Cold War rivalry; Carter's human-rights campaign"],
  ["USA", "CUB", 0.35, "Cuban troops in Angola; interests sections only from Sep 1977"],
  ["CUB", "USA", 0.5, "The embargo; Castro's 'internationalist' commitment against 'imperialism'"],
  ["USA", "ETH", 0.3, "Aid cut over human rights (Feb 1977); personnel expelled (Apr 1977)"],
  [
    "ETH",
    "USA",
    0.45,
    "Kagnew and the US military mission closed, US personnel expelled (Apr 1977)",
  ],
  ["EGY", "ETH", 0.25, "Sadat's hostility to the Derg's Soviet turn; the Nile waters"],
].map(([from, to, value, note]) => ({ from, to, value, note }));
const affinity = [
  ["RUS", "CUB", 0.95],
  ["RUS", "YMD", 0.9],
  ["CUB", "YMD", 0.9],
  ["RUS", "ETH", 0.75],
  ["RUS", "SOM", 0.8],
  ["CUB", "ETH", 0.75],
  ["CUB", "SOM", 0.75],
  ["YMD", "ETH", 0.75],
  ["YMD", "SOM", 0.75],
  ["ETH", "SOM", 0.35],
  ["ETH", "KEN", 0.7],
  ["SOM", "KEN", 0.4],
  ["USA", "KEN", 0.7],
  ["USA", "EGY", 0.6],
  ["USA", "SAU", 0.65],
  ["USA", "SDN", 0.55],
  ["USA", "FRN", 0.8],
  ["EGY", "SAU", 0.8],
  ["EGY", "SDN", 0.85],
  ["SAU", "SDN", 0.75],
  ["SAU", "SOM", 0.6],
  ["EGY", "SOM", 0.6],
  ["SDN", "SOM", 0.6],
  ["USA", "RUS", 0.25],
  ["USA", "CUB", 0.15],
  ["USA", "ETH", 0.3],
  ["USA", "SOM", 0.3],
  ["USA", "YMD", 0.15],
  ["SAU", "YMD", 0.4],
  ["SAU", "RUS", 0.2],
  ["EGY", "RUS", 0.4],
  ["FRN", "DJI", 0.85],
  ["DJI", "SOM", 0.6],
  ["DJI", "ETH", 0.5],
  ["DJI", "SAU", 0.6],
  ["DJI", "EGY", 0.6],
].map(([a, b, value]) => ({ a, b, value }));

const scenario = {
  formatVersion: 1,
  id: "horn-of-africa-1977",
  name: "Horn of Africa 1977",
  year: 1977,
  startDate: "1977-07-01",
  era: "modern",
  summary:
    "The Horn of Africa on 1 July 1977: Somalia, allied to the Soviet Union since 1974, arms the WSLF guerrillas in Ethiopia's Ogaden and masses its army on the border, while revolutionary Ethiopia has expelled the Americans and is buying Soviet arms. Eleven states are played: Ethiopia, Somalia, Kenya, Djibouti (independent since 27 June), Sudan, Egypt, Saudi Arabia, South Yemen, the Soviet Union, the United States and Cuba; France keeps a garrison in Djibouti. Does the region balance against the proximate, aggressive threat (Walt), and which of its two clients does Moscow keep? Written for the engine's validation, not used to fit the model; figures are rounded and marked unverified.",
  sources: [
    {
      id: "wdi-1976",
      citation:
        "World Bank, World Development Indicators and World Development Report 1978: GDP (current US$), population and urban share, 1976 (USSR: CIA estimate at market rates; Ethiopia, Somalia, South Yemen, Djibouti, Cuba: rough estimates).",
    },
    {
      id: "sipri-1978",
      citation:
        "SIPRI Yearbook 1978, world military expenditure tables (1976, current US$; USSR a Western estimate).",
    },
    {
      id: "iiss-1977",
      citation: "IISS, The Military Balance 1977-1978 (active armed forces, thousands).",
    },
    {
      id: "cow-contiguity-v3.2",
      citation: "Stinnett et al. (2002), COW Direct Contiguity Data v3.2.",
    },
    {
      id: "cow-alliances-v4.1",
      citation:
        "Gibler, Douglas M. (2009), International Military Alliances, 1648-2008, CQ Press (COW Formal Alliances v4.1).",
    },
    {
      id: "atop-v5",
      citation:
        "Leeds, Brett Ashley et al. (2002), 'Alliance Treaty Obligations and Provisions, 1815-1944', International Interactions 28: 237-260; ATOP data v5.",
    },
    {
      id: "tareke-2000",
      citation:
        "Tareke, Gebru (2000), 'The Ethiopia-Somalia War of 1977 Revisited', International Journal of African Historical Studies 33(3): 635-667.",
    },
    {
      id: "patman-1990",
      citation:
        "Patman, Robert G. (1990), The Soviet Union in the Horn of Africa: The Diplomacy of Intervention and Disengagement, Cambridge University Press.",
    },
    {
      id: "westad-2005",
      citation:
        "Westad, Odd Arne (2005), The Global Cold War: Third World Interventions and the Making of Our Times, Cambridge University Press, ch. 7.",
    },
    {
      id: "lefebvre-1991",
      citation:
        "Lefebvre, Jeffrey A. (1991), Arms for the Horn: U.S. Security Policy in Ethiopia and Somalia, 1953-1991, University of Pittsburgh Press.",
    },
    {
      id: "ottaway-1982",
      citation:
        "Ottaway, Marina (1982), Soviet and American Influence in the Horn of Africa, Praeger.",
    },
    {
      id: "halliday-molyneux-1981",
      citation: "Halliday, Fred and Maxine Molyneux (1981), The Ethiopian Revolution, Verso.",
    },
    {
      id: "norris-kristensen-2010",
      citation:
        "Norris, Robert S. and Hans M. Kristensen (2010), 'Global nuclear weapons inventories, 1945-2010', Bulletin of the Atomic Scientists 66(4).",
    },
    {
      id: "schweller-1994",
      citation:
        "Schweller, Randall L. (1994), 'Bandwagoning for Profit', International Security 19(1): 72-107.",
    },
    {
      id: "david-1991",
      citation:
        "David, Steven R. (1991), 'Explaining Third World Alignment', World Politics 43(2): 233-256.",
    },
  ],
  states,
  restOfWorld: restOfWorld(world, states),
  contiguity: [...land, ...water],
  bases: [
    {
      owner: "RUS",
      host: "SOM",
      note: "Berbera: naval facility, missile-handling site, airfield and communications station (lost 13 Nov 1977)",
    },
    {
      owner: "FRN",
      host: "DJI",
      note: "About 4,000 French troops kept under the protocol of 27 June 1977 (unverified)",
    },
  ],
  trade,
  hostility,
  affinity,
  treaties: [
    {
      id: "soviet-somali",
      kind: "consultation",
      name: "Soviet-Somali Treaty of Friendship and Cooperation",
      members: ["RUS", "SOM"],
      directedAgainst: [],
      signed: 1974,
      sourceId: "atop-v5",
      unverified: true,
      note: "11 Jul 1974; consultation and military cooperation, coded consultation like the Soviet-Vietnamese treaty of 1978. Denounced by Somalia on 13 Nov 1977 (a held crisis).",
    },
    {
      id: "kenya-ethiopia",
      kind: "defence",
      name: "Kenya-Ethiopia Treaty of Defence Cooperation",
      members: ["KEN", "ETH"],
      directedAgainst: [],
      signed: 1964,
      sourceId: "cow-alliances-v4.1",
      unverified: true,
      note: "Agreed Dec 1963, in force 1964, against Somali irredentism in practice; the text as recalled names no state. Renewed 1980.",
    },
    {
      id: "arab-league-jdec",
      kind: "defence",
      name: "Arab League Treaty of Joint Defence and Economic Cooperation",
      members: ["EGY", "SAU", "SDN", "YMD", "SOM"],
      directedAgainst: [],
      signed: 1950,
      sourceId: "cow-alliances-v4.1",
      unverified: true,
      note: "Members as they joined the League (Sudan 1956, South Yemen 1967, Somalia 1974); whether COW records each accession is unverified. Djibouti joined the League in Sep 1977, after the start.",
    },
    {
      id: "egypt-sudan",
      kind: "defence",
      name: "Egyptian-Sudanese Joint Defence Agreement",
      members: ["EGY", "SDN"],
      directedAgainst: [],
      signed: 1976,
      sourceId: "atop-v5",
      unverified: true,
      note: "15 Jul 1976, after the Libyan-backed coup attempt in Khartoum.",
    },
    {
      id: "france-djibouti",
      kind: "defence",
      name: "Franco-Djiboutian defence protocol",
      members: ["FRN", "DJI"],
      directedAgainst: [],
      signed: 1977,
      unverified: true,
      note: "27 Jun 1977: French forces stay and guarantee Djibouti's territory (from memory).",
    },
  ],
  history: [
    {
      actor: "SOM",
      target: "ETH",
      action: "attack",
      date: "1976",
      note: "The WSLF's guerrilla war in the Ogaden, armed and officered by Somalia, from 1976; it holds much of the lowlands by June 1977",
      sourceId: "tareke-2000",
    },
    {
      actor: "SOM",
      target: "ETH",
      action: "mobilise",
      date: "1977-06",
      note: "Somali regular units massed on the border and infiltrated as 'volunteers'",
      sourceId: "tareke-2000",
    },
    {
      actor: "SOM",
      target: "ETH",
      action: "attack",
      date: "1977-06",
      note: "WSLF sabotage cuts the Djibouti-Addis Ababa railway, Ethiopia's outlet to the sea (bridges blown on the Ethiopian section)",
      sourceId: "tareke-2000",
    },
    {
      actor: "ETH",
      target: "USA",
      action: "break-treaty",
      date: "1977-04-23",
      note: "Mengistu closes Kagnew station, the US military mission, USIS and consulates; US personnel expelled",
      sourceId: "lefebvre-1991",
    },
    {
      actor: "USA",
      target: "ETH",
      action: "embargo",
      date: "1977-02",
      note: "Carter cuts military grant aid to Ethiopia over human rights; arms deliveries halted after April",
      sourceId: "lefebvre-1991",
    },
    {
      actor: "RUS",
      target: "ETH",
      action: "economic-aid",
      date: "1976-12",
      note: "Secret arms agreement (about US$ 100 m), followed by a larger one in May 1977",
      sourceId: "patman-1990",
    },
    {
      actor: "ETH",
      target: "RUS",
      action: "sign-treaty",
      date: "1977-05-06",
      note: "Mengistu in Moscow: Declaration on the Principles of Friendly Relations and Cooperation (a declaration, not an alliance)",
      sourceId: "patman-1990",
    },
    {
      actor: "RUS",
      target: "SOM",
      action: "economic-aid",
      date: "1977",
      note: "Soviet arms and advisers to Somalia still arriving under the 1974 treaty",
      sourceId: "patman-1990",
    },
    {
      actor: "SAU",
      target: "SOM",
      action: "economic-aid",
      date: "1977",
      note: "Saudi offers of aid (reportedly US$ 300 m) if Somalia breaks with Moscow",
      sourceId: "lefebvre-1991",
    },
    {
      actor: "SDN",
      target: "RUS",
      action: "break-off-talks",
      date: "1977-05",
      note: "Nimeiri expels about 90 Soviet military advisers",
      sourceId: "ottaway-1982",
    },
    {
      actor: "EGY",
      target: "RUS",
      action: "break-treaty",
      date: "1976-03-15",
      note: "Sadat abrogates the Soviet-Egyptian Treaty of Friendship of 1971",
      sourceId: "patman-1990",
    },
    {
      actor: "CUB",
      target: "ETH",
      action: "economic-aid",
      date: "1977-05",
      note: "First Cuban military advisers in Ethiopia after Castro's Aden mediation (Mar 1977) fails",
      sourceId: "westad-2005",
    },
    {
      actor: "ETH",
      target: "SOM",
      action: "criticise",
      date: "1977-06",
      note: "Ethiopia accuses Somalia of aggression in the Ogaden before the OAU",
      sourceId: "tareke-2000",
    },
  ],
  crises: [
    {
      id: "ogaden-invasion",
      headline: "Somalia's army invades the Ogaden",
      description:
        "Somali regular forces cross the border on 13 July 1977 and take most of the Ogaden.",
      events: [{ actor: "SOM", target: "ETH", action: "attack", note: "13 Jul 1977" }],
    },
    {
      id: "treaty-denounced",
      headline: "Somalia denounces its treaty with the Soviet Union",
      description:
        "Soviet advisers are expelled and the Berbera facilities closed, 13 November 1977.",
      events: [{ actor: "SOM", target: "RUS", action: "break-treaty", note: "13 Nov 1977" }],
    },
    {
      id: "soviet-airlift",
      headline: "Soviet airlift and Cuban troops for Ethiopia",
      description:
        "Arms flown in from November 1977; Cuban brigades reach the front in January 1978.",
      events: [
        { actor: "RUS", target: "SOM", action: "mobilise", note: "airlift, Nov 1977 - Jan 1978" },
        { actor: "CUB", target: "SOM", action: "attack", note: "Harar and Jijiga, Feb-Mar 1978" },
      ],
    },
    {
      id: "berbera-access",
      headline: "The United States gains access to Berbera",
      description: "Access agreement and military credits for Somalia, 22 August 1980.",
      events: [{ actor: "USA", target: "SOM", action: "sign-treaty", note: "22 Aug 1980" }],
    },
  ],
  rules: {
    rounds: 8,
    allowForce: true,
    defenceDominant: false,
    allowTribute: false,
    phaseSeconds: { negotiation: 300, orders: 120, resolution: 10, news: 30 },
  },
  parameters: { lambda0Km: 1500 },
};

writeScenario(import.meta.url, scenario);
