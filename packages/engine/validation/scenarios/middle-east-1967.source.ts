/**
 * Source table of validation/scenarios/middle-east-1967.json
 * (`tsx validation/scenarios/middle-east-1967.source.ts`, then `prettier --write` on the JSON).
 * A fourth held-out scenario in the documented format (docs/scenario-format.md), written for the
 * validation and never used to fit the model; its alignment file was committed before it.
 * Figures are 1966 values (the year before the start) rounded from the sources below from memory
 * of the published tables, and are marked `unverified` (no network here). Jordan's population
 * includes the West Bank (Jordanian until June 1967). The USSR's GDP is a CIA-style estimate at
 * market rates and its milex a Western dollar estimate; Saudi Arabia's and Algeria's GDP, and the
 * Arab states' milex, are order-of-magnitude figures. `growth` is the real growth trend of
 * 1962-66 as recalled, not the 1966 figure (Israel's 1966-67 recession is not in it).
 * Decisions the data cannot make alone (rules stated here, applied to every candidate):
 * - States: a candidate is in when it fought, sent forces, arms or money to a party, sanctioned a
 *   party, or had an armed confrontation with one in 1967-70. Turkey (a candidate) is left out: it
 *   stayed neutral in the June war and took no such act in the window (the Soviet transit of the
 *   Straits is a Montreux right, not a Turkish choice). Fourteen states, all playable: Britain and
 *   France are COW major powers that acted on the parties (arms to Jordan, Saudi Arabia and Kuwait;
 *   the French embargo), so they are not kept only for bases or treaties.
 * - Start date 1 May 1967: every act from 14 May (Sinai, UNEF, Tiran, the pacts of 30 May and
 *   4 June, the French embargo of 2-5 June, the war) is a held crisis, not history.
 * - Nuclear: the US and the USSR 1 (secure second strike); Britain 0.5 (V-bombers; the first
 *   Polaris patrol is June 1968) and France 0.5 (Mirage IV force, no submarine until 1971). Israel
 *   0: the improvised devices Cohen (1998, Israel and the Bomb, ch. 13) reports date from late May
 *   1967, after the start, and were neither tested nor declared.
 * - Treaties (COW/ATOP style, in force on 1 May 1967): the Arab League Joint Defence Treaty (1950)
 *   with Kuwait (League 1961) and Algeria (League 1962) as members, their COW accession
 *   unverified; directedAgainst [] because the text names no state (as in the Horn table; the
 *   Gulf table names Israel). Egypt-Syria Joint Defence Agreement (Nov 1966; Gibler 2009 prints
 *   its text: defence). UK-Kuwait exchange of notes (19 Jun 1961; "readiness ... to assist the
 *   Government of Kuwait if the latter request such assistance"): defence. US-Iran Agreement of
 *   Co-operation (5 Mar 1959): Gibler 2009 no. 4.1364 codes it Defense Pact (Type I). CENTO
 *   (UK, Iran here): Gibler 2009 no. 4.1359 codes the Baghdad Pact an entente ending with Iraq's
 *   exit (24 Mar 1959); the organisation went on as CENTO to 1979, coded consultation (whether
 *   COW or ATOP carry a successor entry is unverified). Saudi-Jordanian Taif pact (Aug 1962,
 *   mutual military support, integrated commands): defence, unverified whether either data set
 *   records it or held it in force in 1967. NATO (US, UK, France): defence. No Soviet treaty is in
 *   force (Egypt 1971, Iraq 1972, Syria 1980); no US-Israeli or US-Saudi treaty (the 1951 US-Saudi
 *   assistance agreement is an arms agreement, not an alliance). The Egypt-Jordan pact of 30 May
 *   1967 (Gibler 2009 no. 4.1383, Iraq acceding 4 June) is after the start: a held crisis.
 * - Bases: France's naval base at Mers-el-Kebir (Evian accords; evacuated early 1968) is the only
 *   foreign base on a scenario state's soil at the start. Britain's (Aden, Bahrain, Sharjah,
 *   Cyprus, Libya) and America's (Wheelus, Turkey) are on states outside the scenario; Dhahran
 *   closed in 1962; Soviet use of Egyptian ports begins after the war.
 * - Scope: Jordan only, internal-threat (Ryan 2009; Mutawi 1987). No revisionist flag: the
 *   sources used do not class any state here as a Schweller (1994) revisionist for this window.
 * Over 300 lines because it is a data table (Prettier puts one field a line), like the other three.
 */
import { restOfWorld, statesFromRows, writeScenario } from "./source-table";
import type { StateRow } from "./source-table";

const S = ["wdi-1966", "sipri-1969", "iiss-1966"];
// id, name, pop (m), urban share, GDP (US$ bn 1966), milex (US$ bn 1966), active forces (k), posture, projection, growth
const rows: StateRow[] = [
  [
    "ISR",
    "Israel",
    2.66,
    0.82,
    4,
    0.4,
    75,
    0.7,
    0.2,
    0.08,
    ["Jerusalem", 31.7683, 35.2137],
    [666, "376"],
  ],
  [
    "EGY",
    "Egypt (United Arab Republic)",
    30.1,
    0.41,
    5.5,
    0.55,
    180,
    0.5,
    0.25,
    0.04,
    ["Cairo", 30.0444, 31.2357],
    [651, "818"],
  ],
  [
    "SYR",
    "Syria",
    5.5,
    0.4,
    1.2,
    0.1,
    60,
    0.5,
    0.1,
    0.04,
    ["Damascus", 33.5138, 36.2765],
    [652, "760"],
  ],
  [
    "JOR",
    "Jordan",
    2,
    0.45,
    0.55,
    0.06,
    55,
    0.3,
    0.05,
    0.07,
    ["Amman", 31.9454, 35.9284],
    [663, "400"],
    {
      scope: {
        kind: "internal-threat",
        note: "Hussein's regime, ruling a Palestinian majority, faced Nasserist and Palestinian subversion (the riots after the Samu raid, Nov 1966) and the fedayeen's challenge that became the civil war of September 1970; Ryan (2009) explains Jordan's alliance choices by regime security, and Mutawi (1987) reads the pact with Nasser of 30 May 1967 as Hussein's answer to the danger of internal upheaval.",
        sourceId: "ryan-2009",
      },
    },
  ],
  [
    "IRQ",
    "Iraq",
    8.3,
    0.48,
    2.3,
    0.22,
    82,
    0.3,
    0.1,
    0.05,
    ["Baghdad", 33.3152, 44.3661],
    [645, "368"],
  ],
  [
    "SAU",
    "Saudi Arabia",
    5.6,
    0.35,
    2.4,
    0.3,
    45,
    0.2,
    0.1,
    0.09,
    ["Riyadh", 24.7136, 46.6753],
    [670, "682"],
  ],
  [
    "LEB",
    "Lebanon",
    2.4,
    0.55,
    1.3,
    0.035,
    13,
    0.1,
    0.02,
    0.05,
    ["Beirut", 33.8938, 35.5018],
    [660, "422"],
  ],
  [
    "KWT",
    "Kuwait",
    0.5,
    0.75,
    2.1,
    0.07,
    5,
    0.1,
    0.03,
    0.05,
    ["Kuwait City", 29.3759, 47.9774],
    [690, "414"],
  ],
  [
    "ALG",
    "Algeria",
    12,
    0.37,
    3.1,
    0.1,
    60,
    0.3,
    0.1,
    0.03,
    ["Algiers", 36.7538, 3.0588],
    [615, "012"],
  ],
  [
    "RUS",
    "Soviet Union",
    233,
    0.53,
    400,
    50,
    3200,
    0.6,
    0.7,
    0.05,
    ["Moscow", 55.7558, 37.6173],
    [365, "643"],
    { greatPower: true, nuclear: 1 },
  ],
  [
    "USA",
    "United States",
    197,
    0.72,
    815,
    67,
    3090,
    0.7,
    1,
    0.05,
    ["Washington", 38.9072, -77.0369],
    [2, "840"],
    { greatPower: true, nuclear: 1 },
  ],
  [
    "UKG",
    "United Kingdom",
    54.6,
    0.78,
    110,
    6.1,
    420,
    0.4,
    0.6,
    0.03,
    ["London", 51.5074, -0.1278],
    [200, "826"],
    { greatPower: true, nuclear: 0.5 },
  ],
  [
    "FRN",
    "France",
    49.2,
    0.68,
    110,
    5.3,
    520,
    0.4,
    0.5,
    0.05,
    ["Paris", 48.8566, 2.3522],
    [220, "250"],
    { greatPower: true, nuclear: 0.5 },
  ],
  [
    "IRN",
    "Iran",
    25.8,
    0.37,
    6.5,
    0.3,
    200,
    0.3,
    0.15,
    0.09,
    ["Tehran", 35.6892, 51.389],
    [630, "364"],
  ],
];
const world = { pop: 3400, urbanPop: 1230, gdp: 2300, milex: 170, milper: 22000 };

const states = statesFromRows(rows, S);

// armistice lines of 1949 for Israel; the Neutral Zones count as Saudi-Iraqi and Saudi-Kuwaiti borders
const land = [
  ["ISR", "EGY"],
  ["ISR", "JOR"],
  ["ISR", "SYR"],
  ["ISR", "LEB"],
  ["SYR", "LEB"],
  ["SYR", "JOR"],
  ["SYR", "IRQ"],
  ["JOR", "IRQ"],
  ["JOR", "SAU"],
  ["IRQ", "SAU"],
  ["IRQ", "KWT"],
  ["IRQ", "IRN"],
  ["SAU", "KWT"],
  ["IRN", "RUS"],
].map(([a, b]) => ({ a: a!, b: b!, code: 1 as const }));
// water gaps: COW v3.2 codes from memory of the data set and of the map, unverified
const water = [
  { a: "EGY", b: "SAU", code: 2 as const, note: "Strait of Tiran: Sinai to Tiran island" },
  { a: "EGY", b: "JOR", code: 2 as const, note: "Gulf of Aqaba: Taba to Aqaba" },
  {
    a: "ISR",
    b: "SAU",
    code: 2 as const,
    note: "head of the Gulf of Aqaba: Eilat to the Saudi shore",
  },
  {
    a: "IRN",
    b: "KWT",
    code: 4 as const,
    note: "northern Gulf: Kuwait's islands to the Iranian coast",
  },
  { a: "IRN", b: "SAU", code: 4 as const, note: "across the Gulf" },
  { a: "FRN", b: "ALG", code: 5 as const, note: "Corsica to the Algerian coast" },
  { a: "UKG", b: "FRN", code: 2 as const, note: "Strait of Dover, about 21 miles" },
  { a: "USA", b: "RUS", code: 2 as const, note: "Bering Strait" },
].map((w) => ({ ...w, unverified: true }));
// exports, US$ bn 1966, rounded from memory of IMF Direction of Trade Statistics; all unverified
const trade = [
  ["USA", "ISR", 0.27],
  ["ISR", "USA", 0.09],
  ["UKG", "ISR", 0.12],
  ["ISR", "UKG", 0.08],
  ["FRN", "ISR", 0.05],
  ["ISR", "FRN", 0.03],
  ["USA", "EGY", 0.15],
  ["EGY", "USA", 0.02],
  ["RUS", "EGY", 0.25],
  ["EGY", "RUS", 0.25],
  ["UKG", "EGY", 0.05],
  ["FRN", "EGY", 0.04],
  ["RUS", "SYR", 0.03],
  ["SYR", "RUS", 0.02],
  ["SYR", "LEB", 0.04],
  ["LEB", "SYR", 0.02],
  ["LEB", "SAU", 0.03],
  ["USA", "SAU", 0.15],
  ["SAU", "USA", 0.1],
  ["SAU", "UKG", 0.2],
  ["SAU", "FRN", 0.15],
  ["UKG", "SAU", 0.06],
  ["KWT", "UKG", 0.35],
  ["KWT", "FRN", 0.1],
  ["KWT", "USA", 0.05],
  ["UKG", "KWT", 0.1],
  ["USA", "KWT", 0.07],
  ["IRQ", "UKG", 0.15],
  ["IRQ", "FRN", 0.2],
  ["UKG", "IRQ", 0.06],
  ["RUS", "IRQ", 0.03],
  ["IRN", "UKG", 0.25],
  ["IRN", "USA", 0.05],
  ["USA", "IRN", 0.2],
  ["UKG", "IRN", 0.1],
  ["RUS", "IRN", 0.03],
  ["IRN", "RUS", 0.02],
  ["IRN", "ISR", 0.02],
  ["ALG", "FRN", 0.45],
  ["FRN", "ALG", 0.4],
  ["USA", "RUS", 0.04],
  ["RUS", "USA", 0.05],
  ["USA", "UKG", 1.7],
  ["UKG", "USA", 1.7],
  ["USA", "FRN", 1],
  ["FRN", "USA", 0.7],
  ["UKG", "FRN", 0.5],
  ["FRN", "UKG", 0.55],
  ["FRN", "LEB", 0.05],
  ["USA", "LEB", 0.07],
  ["USA", "JOR", 0.03],
].map(([from, to, value]) => ({
  from: from as string,
  to: to as string,
  value: value as number,
  unverified: true,
}));
// from's hostility towards to (the schema's convention: the actor's intentions, not the target's fear)
const hostility = [
  [
    "SYR",
    "ISR",
    0.85,
    "The neo-Ba'th's 'popular liberation war': Fatah raids from and through Syria since 1965, shelling of the demilitarised zones",
  ],
  ["ISR", "SYR", 0.6, "Reprisals for the raids and the DMZ clashes; the air battle of 7 Apr 1967"],
  [
    "EGY",
    "ISR",
    0.6,
    "No recognition, Suez closed to Israeli shipping; Nasser's line that war would come when the Arabs were ready",
  ],
  [
    "ISR",
    "EGY",
    0.45,
    "Egypt's army and air force the main threat; quiet border under UNEF since 1957",
  ],
  ["JOR", "ISR", 0.5, "No recognition; the Samu raid of Nov 1966"],
  ["ISR", "JOR", 0.35, "Reprisals for raids from the West Bank (Samu, 13 Nov 1966)"],
  ["IRQ", "ISR", 0.6, "At war since 1948 without an armistice"],
  ["ISR", "IRQ", 0.25, "A distant belligerent without an armistice"],
  ["SAU", "ISR", 0.45, "No recognition, the Arab boycott"],
  ["KWT", "ISR", 0.4, "No recognition, the Arab boycott"],
  ["ALG", "ISR", 0.6, "Boumediene's militant line on Palestine"],
  ["LEB", "ISR", 0.25, "No recognition; the quietest armistice line"],
  ["ISR", "LEB", 0.15, "The quietest armistice line"],
  ["RUS", "ISR", 0.45, "Soviet warnings to Israel over threats to the Syrian regime (1966-67)"],
  ["ISR", "RUS", 0.3, "Soviet arms for Egypt and Syria"],
  [
    "EGY",
    "SAU",
    0.55,
    "The Yemen war: Egyptian air raids on Saudi border towns, propaganda against 'reactionary' monarchy",
  ],
  ["SAU", "EGY", 0.6, "Saudi aid to the Yemeni royalists against Egypt's expeditionary force"],
  ["EGY", "JOR", 0.45, "Cairo's campaign against Hussein, 'the lackey of imperialism'"],
  ["JOR", "EGY", 0.4, "Amman's taunts that Nasser hid behind UNEF (after Samu)"],
  ["SYR", "JOR", 0.55, "Damascus radio calls to overthrow Hussein; sabotage in Jordan"],
  ["JOR", "SYR", 0.5, "Hussein's fear of the neo-Ba'th and its fedayeen"],
  ["SYR", "SAU", 0.4, "The neo-Ba'th's hostility to the monarchies"],
  ["SAU", "SYR", 0.35, "Faisal's hostility to the radical regime"],
  ["IRQ", "SYR", 0.35, "Arif's regime against the Syrian Ba'th"],
  ["SYR", "IRQ", 0.35, "The Syrian Ba'th against Arif"],
  ["EGY", "USA", 0.45, "Nasser's breach with Washington over food aid, the Congo and Yemen"],
  ["USA", "EGY", 0.35, "PL-480 food aid allowed to lapse (1966-67); Egypt's Soviet arms"],
  ["SYR", "USA", 0.6, "The neo-Ba'th's anti-imperialist line"],
  ["USA", "SYR", 0.35, "A Soviet-armed radical regime"],
  ["IRQ", "USA", 0.35, "Arab nationalist Iraq, out of the Baghdad Pact since 1959"],
  ["ALG", "USA", 0.35, "Third-worldist Algeria's hostility to US policy (Vietnam, Congo)"],
  ["EGY", "UKG", 0.5, "Relations broken (Dec 1965, Rhodesia); Egypt backs the insurgency in Aden"],
  ["UKG", "EGY", 0.35, "Egyptian subversion in Aden and the Gulf"],
  ["USA", "RUS", 0.4, "Cold War; Vietnam"],
  ["RUS", "USA", 0.4, "Cold War; Vietnam"],
  ["IRN", "EGY", 0.45, "The Shah against Nasser's radicalism; relations broken since 1960"],
  ["EGY", "IRN", 0.45, "Relations broken over Iran's de facto recognition of Israel (1960)"],
  ["IRN", "IRQ", 0.3, "The Shatt al-Arab dispute; Arab nationalism in Baghdad"],
  ["IRQ", "IRN", 0.3, "The Shatt al-Arab dispute; Iranian ties with the Kurds"],
  ["IRN", "RUS", 0.2, "The Shah's detente with Moscow (steel-mill and gas deals of 1966)"],
  ["RUS", "IRN", 0.2, "Iran's US alliance, eased by detente"],
  ["ALG", "FRN", 0.15, "Post-Evian cooperation, with French bases still in Algeria"],
].map(([from, to, value, note]) => ({ from, to, value, note }));
// UN General Assembly voting affinity, rounded from memory of the 1966 session; unverified
const affinity = [
  ["EGY", "SYR", 0.9],
  ["EGY", "IRQ", 0.9],
  ["EGY", "ALG", 0.9],
  ["SYR", "IRQ", 0.9],
  ["SYR", "ALG", 0.9],
  ["IRQ", "ALG", 0.9],
  ["EGY", "JOR", 0.8],
  ["EGY", "SAU", 0.75],
  ["EGY", "LEB", 0.8],
  ["EGY", "KWT", 0.85],
  ["JOR", "SAU", 0.85],
  ["JOR", "LEB", 0.85],
  ["JOR", "KWT", 0.85],
  ["SAU", "KWT", 0.85],
  ["SAU", "LEB", 0.8],
  ["LEB", "KWT", 0.85],
  ["RUS", "EGY", 0.7],
  ["RUS", "SYR", 0.75],
  ["RUS", "IRQ", 0.7],
  ["RUS", "ALG", 0.75],
  ["RUS", "JOR", 0.5],
  ["RUS", "SAU", 0.45],
  ["RUS", "KWT", 0.55],
  ["RUS", "LEB", 0.5],
  ["RUS", "USA", 0.25],
  ["RUS", "UKG", 0.3],
  ["RUS", "FRN", 0.45],
  ["RUS", "ISR", 0.35],
  ["RUS", "IRN", 0.45],
  ["USA", "ISR", 0.75],
  ["USA", "UKG", 0.85],
  ["USA", "FRN", 0.65],
  ["USA", "IRN", 0.7],
  ["USA", "JOR", 0.55],
  ["USA", "SAU", 0.5],
  ["USA", "LEB", 0.55],
  ["USA", "KWT", 0.45],
  ["USA", "EGY", 0.3],
  ["USA", "SYR", 0.25],
  ["USA", "IRQ", 0.3],
  ["USA", "ALG", 0.25],
  ["UKG", "FRN", 0.75],
  ["UKG", "ISR", 0.7],
  ["UKG", "IRN", 0.7],
  ["FRN", "ISR", 0.6],
  ["FRN", "ALG", 0.5],
  ["ISR", "IRN", 0.6],
  ["ISR", "EGY", 0.25],
  ["ISR", "SYR", 0.2],
  ["ISR", "JOR", 0.3],
  ["ISR", "IRQ", 0.2],
  ["ISR", "SAU", 0.25],
  ["ISR", "LEB", 0.35],
  ["ISR", "KWT", 0.25],
  ["ISR", "ALG", 0.2],
  ["IRN", "SAU", 0.65],
  ["IRN", "JOR", 0.65],
  ["IRN", "KWT", 0.6],
  ["IRN", "EGY", 0.5],
  ["IRN", "IRQ", 0.55],
].map(([a, b, value]) => ({ a, b, value }));

const scenario = {
  formatVersion: 1,
  id: "middle-east-1967",
  name: "Middle East 1967",
  year: 1967,
  startDate: "1967-05-01",
  era: "modern",
  summary:
    "The Middle East on 1 May 1967, two weeks before Egypt moves its army into Sinai: Syria's regime backs Palestinian raids on Israel, Israel has struck Samu in Jordan and shot down six Syrian MiGs, Egypt is bound to Syria by the pact of November 1966 and bogged down in Yemen against Saudi-backed royalists, the Soviet Union arms Cairo and Damascus and the United States has begun to sell arms to Israel and Jordan. Fourteen states are played: Israel, Egypt, Syria, Jordan, Iraq, Saudi Arabia, Lebanon, Kuwait, Algeria, Iran, the Soviet Union, the United States, Britain and France. Do the Arab states balance against Israel or against each other, whom do the superpowers back, and what do Britain and France do? Written for the engine's validation, not used to fit the model; figures are rounded and marked unverified.",
  sources: [
    {
      id: "wdi-1966",
      citation:
        "World Bank, World Development Indicators and World Tables: GDP (current US$), population and urban share, 1966 (USSR: CIA estimate at market rates; Saudi Arabia, Algeria, Jordan, Syria: rough estimates).",
    },
    {
      id: "sipri-1969",
      citation:
        "SIPRI Yearbook of World Armaments and Disarmament 1968/69, world military expenditure tables (1966, current US$; USSR a Western estimate).",
    },
    {
      id: "iiss-1966",
      citation: "IISS, The Military Balance 1966-1967 (active armed forces, thousands).",
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
      id: "walt-1987",
      citation:
        "Walt, Stephen M. (1987), The Origins of Alliances, Cornell University Press, ch. 3-4 and appendix 1.",
    },
    {
      id: "oren-2002",
      citation:
        "Oren, Michael B. (2002), Six Days of War: June 1967 and the Making of the Modern Middle East, Oxford University Press.",
    },
    {
      id: "quandt-1977",
      citation:
        "Quandt, William B. (1977), Decade of Decisions: American Policy Toward the Arab-Israeli Conflict, 1967-1976, University of California Press.",
    },
    {
      id: "kerr-1971",
      citation:
        "Kerr, Malcolm H. (1971), The Arab Cold War: Gamal 'Abd al-Nasir and His Rivals, 1958-1970, 3rd ed., Oxford University Press.",
    },
    {
      id: "korn-1992",
      citation:
        "Korn, David A. (1992), Stalemate: The War of Attrition and Great Power Diplomacy in the Middle East, 1967-1970, Westview Press.",
    },
    {
      id: "golan-1990",
      citation:
        "Golan, Galia (1990), Soviet Policies in the Middle East from World War II to Gorbachev, Cambridge University Press.",
    },
    {
      id: "mutawi-1987",
      citation: "Mutawi, Samir A. (1987), Jordan in the 1967 War, Cambridge University Press.",
    },
    {
      id: "ryan-2009",
      citation:
        "Ryan, Curtis R. (2009), Inter-Arab Alliances: Regime Security and Jordanian Foreign Policy, University Press of Florida.",
    },
    {
      id: "ramazani-1975",
      citation:
        "Ramazani, Rouhollah K. (1975), Iran's Foreign Policy, 1941-1973, University Press of Virginia.",
    },
    {
      id: "kolodziej-1974",
      citation:
        "Kolodziej, Edward A. (1974), French International Policy under De Gaulle and Pompidou: The Politics of Grandeur, Cornell University Press.",
    },
    {
      id: "norris-kristensen-2010",
      citation:
        "Norris, Robert S. and Hans M. Kristensen (2010), 'Global nuclear weapons inventories, 1945-2010', Bulletin of the Atomic Scientists 66(4).",
    },
  ],
  states,
  restOfWorld: restOfWorld(world, states),
  contiguity: [...land, ...water],
  bases: [
    {
      owner: "FRN",
      host: "ALG",
      note: "Mers-el-Kebir naval base, leased under the Evian accords (1962); evacuated early 1968 (unverified)",
    },
  ],
  trade,
  hostility,
  affinity,
  treaties: [
    {
      id: "arab-league-jdec",
      kind: "defence",
      name: "Arab League Treaty of Joint Defence and Economic Cooperation",
      members: ["EGY", "SYR", "JOR", "IRQ", "SAU", "LEB", "KWT", "ALG"],
      directedAgainst: [],
      signed: 1950,
      sourceId: "cow-alliances-v4.1",
      unverified: true,
      note: "Signed 17 Jun 1950 by the original League states; Kuwait (League 1961) and Algeria (League 1962) as members, whether COW records their accession is unverified. The text names no state.",
    },
    {
      id: "egypt-syria",
      kind: "defence",
      name: "Joint Defence Agreement between Syria and Egypt",
      members: ["EGY", "SYR"],
      directedAgainst: [],
      signed: 1966,
      sourceId: "cow-alliances-v4.1",
      unverified: true,
      note: "4 Nov 1966 (date unverified): mutual assistance 'including armed force' against an attack on either, a joint command (text printed in Gibler 2009).",
    },
    {
      id: "uk-kuwait",
      kind: "defence",
      name: "UK-Kuwait Exchange of Notes",
      members: ["UKG", "KWT"],
      directedAgainst: [],
      signed: 1961,
      sourceId: "cow-alliances-v4.1",
      unverified: true,
      note: "19 Jun 1961: Britain's readiness to assist Kuwait on request (invoked against Iraq, July 1961); three years' notice of termination given 13 May 1968, so in force to 1971.",
    },
    {
      id: "us-iran",
      kind: "defence",
      name: "Agreement of Co-operation between the United States and Iran",
      members: ["USA", "IRN"],
      directedAgainst: [],
      signed: 1959,
      sourceId: "cow-alliances-v4.1",
      note: "5 Mar 1959, Ankara; Gibler 2009 no. 4.1364, Defense Pact (Type I), in force to 1979.",
    },
    {
      id: "cento",
      kind: "consultation",
      name: "Central Treaty Organization",
      members: ["UKG", "IRN"],
      directedAgainst: [],
      signed: 1955,
      sourceId: "atop-v5",
      unverified: true,
      note: "The Baghdad Pact (1955; Gibler 2009 no. 4.1359, an entente, ended for COW with Iraq's exit on 24 Mar 1959) continued as CENTO with Turkey and Pakistan (not in the scenario) and the US as associate; coded consultation, the successor entry unverified.",
    },
    {
      id: "saudi-jordan",
      kind: "defence",
      name: "Saudi-Jordanian Taif agreement",
      members: ["SAU", "JOR"],
      directedAgainst: [],
      signed: 1962,
      sourceId: "kerr-1971",
      unverified: true,
      note: "Aug 1962 at Taif: mutual military support and integration of the two armies against Nasser's campaign in Yemen; whether COW or ATOP record it, and whether it was held in force in 1967, is unverified.",
    },
    {
      id: "nato",
      kind: "defence",
      name: "North Atlantic Treaty",
      members: ["USA", "UKG", "FRN"],
      directedAgainst: [],
      signed: 1949,
      sourceId: "cow-alliances-v4.1",
      note: "France left the integrated military command in 1966 but remained a party to the treaty.",
    },
  ],
  history: [
    {
      actor: "ISR",
      target: "JOR",
      action: "attack",
      date: "1966-11-13",
      note: "The Samu raid: an Israeli brigade destroys houses in the West Bank village and fights the Jordanian army, after a Fatah mine kills three soldiers",
      sourceId: "oren-2002",
    },
    {
      actor: "ISR",
      target: "SYR",
      action: "attack",
      date: "1967-04-07",
      note: "Air battle over the Golan and Damascus: six Syrian MiGs shot down",
      sourceId: "oren-2002",
    },
    {
      actor: "SYR",
      target: "ISR",
      action: "attack",
      date: "1967-04-07",
      note: "Syrian guns and tanks shell Israeli tractors and settlements in the demilitarised zone",
      sourceId: "oren-2002",
    },
    {
      actor: "SYR",
      target: "ISR",
      action: "attack",
      date: "1966",
      note: "Fatah raids into Israel launched from or through Syria with the neo-Ba'th's backing (1965-67)",
      sourceId: "oren-2002",
    },
    {
      actor: "EGY",
      target: "SYR",
      action: "sign-treaty",
      date: "1966-11-04",
      note: "Egyptian-Syrian Joint Defence Agreement",
      sourceId: "kerr-1971",
    },
    {
      actor: "RUS",
      target: "EGY",
      action: "economic-aid",
      date: "1966",
      note: "Soviet arms deliveries and credits to Egypt continue (Kosygin's visit, May 1966)",
      sourceId: "golan-1990",
    },
    {
      actor: "RUS",
      target: "SYR",
      action: "economic-aid",
      date: "1966-04",
      note: "Moscow backs the neo-Ba'th regime of Feb 1966: arms and the Euphrates dam agreement",
      sourceId: "golan-1990",
    },
    {
      actor: "RUS",
      target: "ISR",
      action: "criticise",
      date: "1966-10",
      note: "Soviet notes warn Israel against threats to Syria",
      sourceId: "golan-1990",
    },
    {
      actor: "USA",
      target: "ISR",
      action: "economic-aid",
      date: "1966",
      note: "Sale of A-4 Skyhawk attack aircraft agreed (1966), after the Hawk missiles of 1962 and tanks of 1965",
      sourceId: "quandt-1977",
    },
    {
      actor: "USA",
      target: "JOR",
      action: "economic-aid",
      date: "1966",
      note: "US tanks (1965) and F-104 fighters (1966) for Jordan, sold to keep it from Soviet arms",
      sourceId: "quandt-1977",
    },
    {
      actor: "UKG",
      target: "SAU",
      action: "economic-aid",
      date: "1965-12",
      note: "Anglo-American air-defence package for Saudi Arabia (Lightning fighters, radar), against Egyptian raids from Yemen",
      sourceId: "kerr-1971",
    },
    {
      actor: "USA",
      target: "SAU",
      action: "economic-aid",
      date: "1965-12",
      note: "Hawk missiles in the Anglo-American air-defence package",
      sourceId: "kerr-1971",
    },
    {
      actor: "FRN",
      target: "ISR",
      action: "economic-aid",
      date: "1966",
      note: "Mirage III in service since 1962; fifty Mirage 5s ordered (1966)",
      sourceId: "kolodziej-1974",
    },
    {
      actor: "EGY",
      target: "SAU",
      action: "attack",
      date: "1967-01",
      note: "Egyptian air raids on Saudi border towns (Najran) in the Yemen war (date unverified)",
      sourceId: "kerr-1971",
    },
    {
      actor: "SAU",
      target: "EGY",
      action: "criticise",
      date: "1966",
      note: "Faisal's Islamic pact campaign against Nasser's radicalism",
      sourceId: "kerr-1971",
    },
    {
      actor: "EGY",
      target: "JOR",
      action: "criticise",
      date: "1967-02",
      note: "Cairo radio's campaign against Hussein; ambassadors recalled (unverified)",
      sourceId: "mutawi-1987",
    },
    {
      actor: "JOR",
      target: "EGY",
      action: "criticise",
      date: "1966-11",
      note: "Amman taunts Nasser for hiding behind UNEF after Samu",
      sourceId: "mutawi-1987",
    },
    {
      actor: "SYR",
      target: "JOR",
      action: "criticise",
      date: "1966-11",
      note: "Damascus calls for Hussein's overthrow after Samu",
      sourceId: "kerr-1971",
    },
    {
      actor: "USA",
      target: "EGY",
      action: "break-off-talks",
      date: "1967",
      note: "PL-480 food-aid agreement allowed to lapse without renewal (1966-67)",
      sourceId: "quandt-1977",
    },
    {
      actor: "EGY",
      target: "UKG",
      action: "break-off-talks",
      date: "1965-12",
      note: "Egypt breaks diplomatic relations with Britain over Rhodesia; backs the insurgency in Aden",
    },
    {
      actor: "EGY",
      target: "IRN",
      action: "break-off-talks",
      date: "1960-07",
      note: "Egypt breaks relations over the Shah's de facto recognition of Israel",
      sourceId: "ramazani-1975",
    },
  ],
  crises: [
    {
      id: "sinai-tiran",
      headline: "Egypt moves into Sinai and closes the Straits of Tiran",
      description:
        "Egyptian divisions cross the Canal from 14 May 1967, UNEF is asked to leave (16-18 May) and Nasser closes Tiran to Israeli shipping (22-23 May).",
      events: [
        { actor: "EGY", target: "ISR", action: "mobilise", note: "Sinai, from 14 May 1967" },
        {
          actor: "EGY",
          target: "ISR",
          action: "blockade",
          note: "Straits of Tiran, 22-23 May 1967",
        },
      ],
    },
    {
      id: "arab-pacts",
      headline: "Jordan and Iraq join Egypt's defence pact",
      description:
        "Hussein flies to Cairo and signs a defence pact putting his army under an Egyptian general (30 May 1967); Iraq accedes on 4 June.",
      events: [
        { actor: "JOR", target: "EGY", action: "sign-treaty", note: "30 May 1967" },
        { actor: "IRQ", target: "EGY", action: "sign-treaty", note: "4 Jun 1967" },
      ],
    },
    {
      id: "french-embargo",
      headline: "France suspends arms deliveries to the belligerents",
      description:
        "De Gaulle halts arms to the 'countries of the field of battle' (2-5 June 1967), stopping Israel's Mirage 5s; the embargo is made total against Israel on 6 January 1969.",
      events: [
        { actor: "FRN", target: "ISR", action: "embargo", note: "2-5 Jun 1967; 6 Jan 1969" },
      ],
    },
    {
      id: "six-day-war",
      headline: "The Six-Day War",
      description:
        "Israel strikes Egypt's air force on 5 June 1967 and takes Sinai, the West Bank and the Golan by 10 June.",
      events: [
        { actor: "ISR", target: "EGY", action: "attack", note: "5 Jun 1967" },
        { actor: "ISR", target: "JOR", action: "attack", note: "5-7 Jun 1967" },
        { actor: "ISR", target: "SYR", action: "attack", note: "9-10 Jun 1967" },
        { actor: "ISR", target: "EGY", action: "occupy", note: "Sinai and Gaza" },
        { actor: "ISR", target: "JOR", action: "occupy", note: "West Bank and East Jerusalem" },
        { actor: "ISR", target: "SYR", action: "occupy", note: "Golan Heights" },
      ],
    },
    {
      id: "breaks-and-embargo",
      headline: "Breaks of relations and the Arab oil embargo",
      description:
        "Egypt, Syria, Iraq and Algeria break relations with the United States (6-7 June 1967); the USSR breaks with Israel (10 June); Saudi Arabia and Kuwait join an oil embargo on the US and Britain (June-September 1967).",
      events: [
        { actor: "EGY", target: "USA", action: "break-off-talks", note: "6 Jun 1967" },
        { actor: "SYR", target: "USA", action: "break-off-talks", note: "6 Jun 1967" },
        { actor: "IRQ", target: "USA", action: "break-off-talks", note: "Jun 1967" },
        { actor: "ALG", target: "USA", action: "break-off-talks", note: "6 Jun 1967" },
        { actor: "RUS", target: "ISR", action: "break-off-talks", note: "10 Jun 1967" },
        { actor: "SAU", target: "USA", action: "embargo", note: "oil, Jun-Sep 1967" },
        { actor: "KWT", target: "UKG", action: "embargo", note: "oil, Jun-Sep 1967" },
      ],
    },
    {
      id: "khartoum",
      headline: "The Khartoum summit",
      description:
        "The Arab summit (29 Aug - 1 Sep 1967) adopts the 'three no's'; Saudi Arabia, Kuwait and Libya pledge annual subsidies to Egypt and Jordan, and Egypt agrees to leave Yemen.",
      events: [
        { actor: "SAU", target: "EGY", action: "economic-aid", note: "Khartoum subsidy" },
        { actor: "KWT", target: "EGY", action: "economic-aid", note: "Khartoum subsidy" },
        { actor: "SAU", target: "JOR", action: "economic-aid", note: "Khartoum subsidy" },
        { actor: "KWT", target: "JOR", action: "economic-aid", note: "Khartoum subsidy" },
      ],
    },
    {
      id: "phantom-deal",
      headline: "The United States sells Phantoms to Israel",
      description:
        "Agreement on 50 F-4 Phantoms signed on 27 December 1968; deliveries from September 1969.",
      events: [{ actor: "USA", target: "ISR", action: "economic-aid", note: "27 Dec 1968" }],
    },
    {
      id: "beirut-raid",
      headline: "Israeli commandos raid Beirut airport",
      description:
        "Thirteen Lebanese airliners destroyed on 28 December 1968 in reprisal for the PFLP attack at Athens.",
      events: [{ actor: "ISR", target: "LEB", action: "attack", note: "28 Dec 1968" }],
    },
    {
      id: "war-of-attrition",
      headline: "The War of Attrition",
      description:
        "Egypt opens an artillery war along the Canal (8 March 1969); Israel answers with deep-penetration air raids (January 1970); Soviet air-defence units and pilots arrive in Egypt (spring 1970).",
      events: [
        { actor: "EGY", target: "ISR", action: "attack", note: "8 Mar 1969" },
        { actor: "ISR", target: "EGY", action: "attack", note: "deep raids, Jan 1970" },
        { actor: "RUS", target: "ISR", action: "mobilise", note: "air defence of Egypt, 1970" },
      ],
    },
    {
      id: "shatt-al-arab",
      headline: "Iran abrogates the Shatt al-Arab treaty",
      description:
        "Iran denounces the 1937 treaty with Iraq (19 April 1969) and sends a ship up the river under naval and air escort.",
      events: [
        { actor: "IRN", target: "IRQ", action: "break-treaty", note: "19 Apr 1969" },
        { actor: "IRN", target: "IRQ", action: "mobilise", note: "Apr 1969" },
      ],
    },
    {
      id: "black-september",
      headline: "Black September: Syria invades Jordan",
      description:
        "Jordan's army moves against the fedayeen (17 September 1970); Syrian armour crosses into northern Jordan (18-19 September) and withdraws (22-23 September) as the US and Israel prepare to intervene.",
      events: [
        { actor: "SYR", target: "JOR", action: "attack", note: "18-19 Sep 1970" },
        { actor: "USA", target: "SYR", action: "threaten-force", note: "Sixth Fleet, Sep 1970" },
        { actor: "ISR", target: "SYR", action: "mobilise", note: "Sep 1970" },
      ],
    },
  ],
  rules: {
    rounds: 4,
    allowForce: true,
    defenceDominant: false,
    allowTribute: false,
    phaseSeconds: { negotiation: 300, orders: 120, resolution: 10, news: 30 },
  },
  parameters: { lambda0Km: 1500 },
};

writeScenario(import.meta.url, scenario);
