/**
 * Source table of validation/scenarios/south-asia-1971.json
 * (`tsx validation/scenarios/south-asia-1971.source.ts`, then `prettier --write` on the JSON).
 * A fourth held-out scenario in the documented format (docs/scenario-format.md), written for the
 * validation and never used to fit the model; its alignment file was committed before it.
 * Figures are 1970 values (the year before the start) rounded from the sources below from memory
 * of the published tables, and are marked `unverified` (no network here). Pakistan is the united
 * state of 1971: its figures add the WDI series of today's Pakistan and Bangladesh (GDP about
 * 10 + 8 US$ bn, population about 60 + 67 m). China's and the USSR's GDP are estimates at market
 * rates and their milex Western dollar estimates (China's official budget is far lower);
 * Afghanistan's, Nepal's, Burma's and Ceylon's milex are order-of-magnitude guesses.
 * Decisions the data cannot make alone (each by the rule stated, not by any run):
 * - States. Rule: a belligerent of the 1971 war (COW); a COW major power whose diplomacy or forces
 *   acted in the crisis; a state bordering India or Pakistan by land or by a COW water gap of at
 *   most 400 miles; or a state that armed a belligerent. Thirteen: India, Pakistan, China, the
 *   USSR, the US, Britain (a SEATO and CENTO ally of Pakistan that took a line of its own in the
 *   Security Council), Afghanistan, Nepal, Ceylon, Burma, Iran, Indonesia (water gap from the
 *   Nicobars to Sumatra) and Saudi Arabia. Left out: Bangladesh (it did not exist at the start;
 *   proclaimed 26 Mar 1971, a government in exile from 17 Apr, independent in fact 16 Dec 1971);
 *   Bhutan (its foreign relations guided by India under the 1949 treaty; in the UN only from Sep
 *   1971); France (a COW major power, but it had no forces in the region and no part in the
 *   crisis beyond abstaining with Britain in the Security Council and earlier arms sales); Jordan,
 *   Libya and Turkey (arms or aircraft to Pakistan are reported, but none borders the belligerents
 *   and the histories used treat them as conduits, not parties; unverified). All thirteen are
 *   playable: each made choices the histories record.
 * - Great powers: the COW major powers of 1971 in the scenario (US, USSR, Britain, China).
 * - Scope flags. Rule: `internal-threat` when a cited case history documents an armed challenge to
 *   the regime under way or in open preparation at the start and the regime's outside ties in the
 *   window were sought against it (David 1991's omnibalancing); `revisionist` when the state was
 *   pursuing a change of territory or regime by force at the start (Schweller 1994). Pakistan
 *   (Awami League non-cooperation from 2 Mar 1971, then civil war; Chinese and US arms and cover
 *   sought against the insurgency and its Indian backers: Sisson and Rose 1990), Ceylon (the JVP,
 *   emergency of 16 Mar and rising of 5 Apr 1971; arms taken from both blocs: Halliday 1971) and
 *   Burma (the Communist Party of Burma's China-backed insurgency; Ne Win's normalisation with
 *   Beijing, Aug 1971, sought to end that backing: Taylor 2009) are flagged internal-threat. India's
 *   Naxalite and north-eastern insurgencies are left unflagged (its ties to Moscow were not sought
 *   against them). No state is flagged revisionist: India decided on war for Bangladesh only after
 *   Operation Searchlight (Apr-Jul 1971), and Pakistan was not pursuing Kashmir by force in 1971.
 * - Treaties. Coded by the text in force at the start (COW/ATOP style, from memory, unverified):
 *   SEATO (1954) a defence pact of its members here (US, Britain, Pakistan); the Baghdad Pact/CENTO
 *   (1955) consultation, as its Article 1 pledges cooperation for security and defence with no
 *   automatic assistance (Iran, Pakistan, Britain; the US only an associate); the US bilateral
 *   agreements of cooperation with Pakistan and Iran (5 Mar 1959) defence pacts, as ATOP codes
 *   them, naming no state (they refer to the Middle East resolution's 'communist' aggression).
 *   Left out: the Sino-Soviet treaty of 1950 (formally in force to 1980, but its members fought on
 *   the Ussuri and in Xinjiang in 1969: a treaty whose members fought each other after signing is
 *   coded as not in force, as in the Southeast Asia 1979 table); the Indo-Soviet treaty (signed
 *   9 Aug 1971, a held crisis); the RCD (1964, economic, not in COW/ATOP); the Anglo-Ceylonese
 *   defence agreement (1947; the bases were handed over in 1957); the Soviet-Iranian treaties of
 *   1921 and 1927 (status in 1971 not known here). No Sino-Pakistani treaty existed.
 * - Bases: none. The US facility at Badaber (Peshawar) closed in 1970 when Pakistan did not renew
 *   the lease; Britain's nearest base (Gan) and the US-British Diego Garcia are outside the scenario.
 * Over 300 lines because it is a data table (Prettier puts one field a line), like the other three;
 * the code it shares with them is source-table.ts.
 */
import {
  affinities,
  hostilities,
  landBorders,
  restOfWorld,
  source,
  statesFromRows,
  tradeFlows,
  VALIDATION_PARAMETERS,
  validationRules,
  waterGaps,
  writeScenario,
} from "./source-table";
import type { StateRow } from "./source-table";

const S = ["wdi-1970", "sipri-1972", "iiss-1970", "cow-nmc-v6"];
// id, name, pop (m), urban share, GDP (US$ bn 1970), milex (US$ bn 1970), active forces (k), posture, projection, growth
const rows: StateRow[] = [
  [
    "IND",
    "India",
    555,
    0.2,
    62,
    1.6,
    980,
    0.4,
    0.3,
    0.035,
    ["New Delhi", 28.6139, 77.209],
    [750, "356"],
  ],
  [
    "PAK",
    "Pakistan",
    127,
    0.16,
    18,
    0.65,
    390,
    0.5,
    0.15,
    0.04,
    ["Islamabad", 33.6844, 73.0479],
    [770, "586"],
    {
      scope: {
        kind: "internal-threat",
        note: "Yahya Khan's military regime faced the Awami League's majority (the election of Dec 1970), its non-cooperation movement from 2 Mar 1971 and, after Operation Searchlight, the Mukti Bahini insurgency backed by India; the arms and diplomatic cover it sought from China and the US served first against the secession of its eastern wing (Sisson and Rose 1990).",
        sourceId: "david-1991",
      },
    },
  ],
  [
    "CHN",
    "China",
    820,
    0.17,
    92,
    15,
    2850,
    0.4,
    0.3,
    0.05,
    ["Beijing", 39.9042, 116.4074],
    [710, "156"],
    { greatPower: true, nuclear: 0.5 },
  ],
  [
    "RUS",
    "Soviet Union",
    243,
    0.56,
    600,
    65,
    3300,
    0.6,
    0.8,
    0.03,
    ["Moscow", 55.7558, 37.6173],
    [365, "643"],
    { greatPower: true, nuclear: 1 },
  ],
  [
    "USA",
    "United States",
    205,
    0.74,
    1070,
    78,
    3070,
    0.6,
    1,
    0.03,
    ["Washington", 38.9072, -77.0369],
    [2, "840"],
    { greatPower: true, nuclear: 1 },
  ],
  [
    "UKG",
    "United Kingdom",
    55.6,
    0.77,
    125,
    5.9,
    380,
    0.4,
    0.5,
    0.025,
    ["London", 51.5074, -0.1278],
    [200, "826"],
    { greatPower: true, nuclear: 1 },
  ],
  [
    "AFG",
    "Afghanistan",
    12.4,
    0.11,
    1.7,
    0.03,
    88,
    0.2,
    0.05,
    0.02,
    ["Kabul", 34.5553, 69.2075],
    [700, "004"],
  ],
  [
    "NPL",
    "Nepal",
    11.5,
    0.04,
    0.9,
    0.01,
    20,
    0.1,
    0.02,
    0.02,
    ["Kathmandu", 27.7172, 85.324],
    [790, "524"],
  ],
  [
    "LKA",
    "Ceylon",
    12.5,
    0.22,
    2.2,
    0.02,
    13,
    0.1,
    0.05,
    0.03,
    ["Colombo", 6.9271, 79.8612],
    [780, "144"],
    {
      scope: {
        kind: "internal-threat",
        note: "The JVP's insurrection, in open preparation at the start (state of emergency 16 Mar 1971) and launched on 5 Apr 1971, held police stations and parts of the south and the North Central Province for weeks; Mrs Bandaranaike's government took arms and help from India, Pakistan, Britain, the US, the USSR and China alike against it (Halliday 1971).",
        sourceId: "david-1991",
      },
    },
  ],
  [
    "MMR",
    "Burma",
    27,
    0.23,
    2.2,
    0.1,
    145,
    0.2,
    0.05,
    0.03,
    ["Rangoon", 16.8409, 96.1735],
    [775, "104"],
    {
      scope: {
        kind: "internal-threat",
        note: "Ne Win's regime fought the Communist Party of Burma, armed from China since 1968, and the Karen, Kachin and Shan armies; its normalisation with Beijing (ambassadors exchanged 1970-71, Ne Win's visit of Aug 1971) sought an end to China's backing of the CPB (Taylor 2009).",
        sourceId: "david-1991",
      },
    },
  ],
  [
    "IRN",
    "Iran",
    28.5,
    0.42,
    10.8,
    0.9,
    180,
    0.3,
    0.2,
    0.08,
    ["Tehran", 35.6892, 51.389],
    [630, "364"],
  ],
  [
    "SAU",
    "Saudi Arabia",
    6,
    0.49,
    5.4,
    0.4,
    36,
    0.2,
    0.1,
    0.08,
    ["Riyadh", 24.7136, 46.6753],
    [670, "682"],
  ],
  [
    "IDN",
    "Indonesia",
    118,
    0.17,
    9.7,
    0.3,
    320,
    0.2,
    0.1,
    0.07,
    ["Jakarta", -6.2088, 106.8456],
    [850, "360"],
  ],
];
const world = { pop: 3700, urbanPop: 1350, gdp: 3300, milex: 200, milper: 23000 };

const states = statesFromRows(rows, S);

const land = landBorders([
  ["IND", "PAK"],
  ["IND", "CHN"],
  ["IND", "NPL"],
  ["IND", "MMR"],
  ["PAK", "MMR"],
  ["PAK", "CHN"],
  ["PAK", "AFG"],
  ["PAK", "IRN"],
  ["CHN", "NPL"],
  ["CHN", "MMR"],
  ["CHN", "AFG"],
  ["CHN", "RUS"],
  ["RUS", "AFG"],
  ["RUS", "IRN"],
  ["AFG", "IRN"],
]);
// water gaps: COW v3.2 codes from memory of the data set and of the map, unverified
const water = waterGaps([
  { a: "IND", b: "LKA", code: 3 as const, note: "Palk Strait and Adam's Bridge" },
  { a: "IND", b: "IDN", code: 4 as const, note: "Great Nicobar to Sumatra, about 100 miles" },
  { a: "IRN", b: "SAU", code: 4 as const, note: "across the Persian Gulf" },
  { a: "USA", b: "RUS", code: 2 as const, note: "Bering Strait" },
]);
// exports, US$ bn 1970, rounded from memory of IMF Direction of Trade Statistics; all unverified
const trade = tradeFlows([
  ["IND", "USA", 0.3],
  ["USA", "IND", 0.6],
  ["IND", "RUS", 0.3],
  ["RUS", "IND", 0.2],
  ["IND", "UKG", 0.2],
  ["UKG", "IND", 0.15],
  ["PAK", "USA", 0.1],
  ["USA", "PAK", 0.3],
  ["PAK", "UKG", 0.1],
  ["UKG", "PAK", 0.1],
  ["PAK", "CHN", 0.05],
  ["CHN", "PAK", 0.04],
  ["RUS", "PAK", 0.05],
  ["PAK", "RUS", 0.04],
  ["IRN", "USA", 0.1],
  ["USA", "IRN", 0.3],
  ["IRN", "UKG", 0.3],
  ["UKG", "IRN", 0.2],
  ["SAU", "USA", 0.05],
  ["USA", "SAU", 0.15],
  ["SAU", "UKG", 0.2],
  ["IDN", "USA", 0.15],
  ["USA", "IDN", 0.25],
  ["USA", "UKG", 2.5],
  ["UKG", "USA", 2.2],
  ["USA", "RUS", 0.1],
  ["RUS", "USA", 0.07],
  ["RUS", "UKG", 0.5],
  ["UKG", "RUS", 0.3],
  ["RUS", "AFG", 0.04],
  ["AFG", "RUS", 0.03],
  ["LKA", "UKG", 0.07],
  ["LKA", "CHN", 0.03],
  ["NPL", "IND", 0.04],
  ["IND", "NPL", 0.05],
  ["MMR", "IND", 0.02],
  ["RUS", "IRN", 0.1],
  ["IRN", "RUS", 0.05],
]);
// from's hostility towards to (the schema's convention: the actor's intentions, not the target's fear)
const hostility = hostilities([
  [
    "PAK",
    "IND",
    0.6,
    "Kashmir and the war of 1965; the Ganga hijacking (Jan 1971) hailed in Pakistan; India blamed for the Bengali 'conspiracy'",
  ],
  [
    "IND",
    "PAK",
    0.5,
    "The 1965 war; the hijacking; the overflight ban of Feb 1971; sympathy for the Awami League",
  ],
  ["CHN", "IND", 0.5, "The 1962 war, Nathu La (1967); India sheltering the Dalai Lama"],
  ["IND", "CHN", 0.5, "The 1962 defeat; Chinese arms for Naga and Mizo rebels (Garver 2001)"],
  ["CHN", "RUS", 0.7, "The border clashes of 1969 and Brezhnev's divisions on the border"],
  ["RUS", "CHN", 0.65, "The border clashes of 1969; talk of a strike on China's nuclear sites"],
  ["USA", "RUS", 0.3, "Detente under way (SALT talks since 1969)"],
  ["RUS", "USA", 0.3, "Cold War rivalry; Vietnam"],
  [
    "USA",
    "CHN",
    0.3,
    "Vietnam; but trade and travel curbs eased since 1969, contacts via Pakistan",
  ],
  ["CHN", "USA", 0.45, "Vietnam, Taiwan and the Seventh Fleet"],
  ["AFG", "PAK", 0.3, "The Pashtunistan claim, quiet since 1963"],
  ["PAK", "AFG", 0.2, "Kabul's Pashtunistan propaganda"],
  [
    "RUS",
    "PAK",
    0.2,
    "Soviet arms to Pakistan (1968) halted in 1970; Pakistan's SEATO and CENTO ties",
  ],
  ["PAK", "RUS", 0.2, "Soviet arms to India; the Soviet shift after Tashkent"],
  [
    "USA",
    "IND",
    0.2,
    "Nixon's dislike of Indira Gandhi's India and of its non-alignment leaning to Moscow",
  ],
  ["IND", "USA", 0.2, "US arms to Pakistan (the 'one-time exception' of Oct 1970)"],
  ["CHN", "MMR", 0.25, "Chinese backing of the Communist Party of Burma since the riots of 1967"],
  ["MMR", "CHN", 0.35, "The CPB insurgency on the Chinese border"],
  ["IDN", "CHN", 0.5, "Relations frozen since 1967 over Beijing's alleged part in the 1965 coup"],
  ["CHN", "IDN", 0.35, "Anti-Chinese violence and the New Order's anti-communism"],
  ["SAU", "RUS", 0.5, "No diplomatic relations; Faisal's anti-communism"],
  ["RUS", "SAU", 0.2, "The Saudi monarchy's hostility; the Yemen war of the 1960s"],
  ["IRN", "RUS", 0.2, "Wary of Soviet aims in the Gulf, despite the economic ties of 1966-70"],
  ["IND", "NPL", 0.15, "The trade and transit treaty lapsed in Oct 1970 (talks to Aug 1971)"],
  ["NPL", "IND", 0.2, "Indian pressure over trade and the 1950 treaty's security letters"],
]);
const affinity = affinities([
  ["USA", "UKG", 0.85],
  ["USA", "PAK", 0.55],
  ["USA", "IRN", 0.7],
  ["USA", "SAU", 0.6],
  ["USA", "IND", 0.35],
  ["USA", "RUS", 0.25],
  ["USA", "CHN", 0.2],
  ["USA", "IDN", 0.55],
  ["UKG", "PAK", 0.55],
  ["UKG", "IND", 0.5],
  ["UKG", "IRN", 0.65],
  ["RUS", "IND", 0.7],
  ["RUS", "AFG", 0.7],
  ["RUS", "CHN", 0.3],
  ["RUS", "PAK", 0.4],
  ["CHN", "PAK", 0.65],
  ["CHN", "IND", 0.3],
  ["CHN", "NPL", 0.55],
  ["CHN", "MMR", 0.5],
  ["IND", "PAK", 0.35],
  ["IND", "NPL", 0.7],
  ["IND", "LKA", 0.75],
  ["IND", "MMR", 0.7],
  ["IND", "AFG", 0.7],
  ["IND", "IDN", 0.6],
  ["PAK", "IRN", 0.8],
  ["PAK", "SAU", 0.8],
  ["PAK", "IDN", 0.7],
  ["PAK", "AFG", 0.55],
  ["IRN", "SAU", 0.65],
  ["SAU", "IDN", 0.65],
  ["NPL", "LKA", 0.75],
  ["NPL", "MMR", 0.7],
  ["LKA", "MMR", 0.7],
  ["AFG", "NPL", 0.7],
]);

const scenario = {
  formatVersion: 1,
  id: "south-asia-1971",
  name: "South Asia 1971",
  year: 1971,
  startDate: "1971-03-01",
  era: "modern",
  summary:
    "South Asia on 1 March 1971: Yahya Khan has just postponed the National Assembly in which Sheikh Mujib's Awami League, victor of the December 1970 election, holds a majority, and East Pakistan is rising in protest; India has banned Pakistani overflights after the Ganga hijacking, and Washington is opening to Beijing through Pakistan. Thirteen states are played: India, Pakistan, China, the Soviet Union, the United States, Britain, Afghanistan, Nepal, Ceylon, Burma, Iran, Saudi Arabia and Indonesia (Bangladesh does not yet exist). Who balances against whom as the crackdown, the refugee flood and the war of December 1971 unfold? Written for the engine's validation, not used to fit the model; figures are rounded and marked unverified.",
  sources: [
    {
      id: "wdi-1970",
      citation:
        "World Bank, World Development Indicators: GDP (current US$), population and urban share, 1970 (Pakistan: today's Pakistan and Bangladesh summed; USSR: CIA-style estimate at market rates; Afghanistan, Nepal, Burma: rough estimates).",
    },
    {
      id: "sipri-1972",
      citation:
        "SIPRI Yearbook of World Armaments and Disarmament 1972, world military expenditure tables (1970, current US$; USSR and China Western estimates).",
    },
    {
      id: "iiss-1970",
      citation: "IISS, The Military Balance 1970-1971 (active armed forces, thousands).",
    },
    {
      id: "cow-nmc-v6",
      citation:
        "Singer, J. David, Stuart Bremer and John Stuckey (1972), 'Capability Distribution, Uncertainty, and Major Power War, 1820-1965', in B. Russett (ed.), Peace, War, and Numbers, Sage; COW National Material Capabilities v6.0 (1970 values, cross-checked from memory, unverified).",
    },
    source("cow-contiguity-v3.2"),
    source("cow-alliances-v4.1"),
    source("atop-v5"),
    {
      id: "sisson-rose-1990",
      citation:
        "Sisson, Richard and Leo E. Rose (1990), War and Secession: Pakistan, India, and the Creation of Bangladesh, University of California Press.",
    },
    {
      id: "raghavan-2013",
      citation:
        "Raghavan, Srinath (2013), 1971: A Global History of the Creation of Bangladesh, Harvard University Press.",
    },
    {
      id: "van-hollen-1980",
      citation:
        "Van Hollen, Christopher (1980), 'The Tilt Policy Revisited: Nixon-Kissinger Geopolitics and South Asia', Asian Survey 20(4): 339-361.",
    },
    {
      id: "garver-2001",
      citation:
        "Garver, John W. (2001), Protracted Contest: Sino-Indian Rivalry in the Twentieth Century, University of Washington Press.",
    },
    {
      id: "horn-1982",
      citation: "Horn, Robert C. (1982), Soviet-Indian Relations: Issues and Influence, Praeger.",
    },
    {
      id: "choudhury-1975",
      citation:
        "Choudhury, G. W. (1975), India, Pakistan, Bangladesh, and the Major Powers: Politics of a Divided Subcontinent, Free Press.",
    },
    {
      id: "halliday-1971",
      citation: "Halliday, Fred (1971), 'The Ceylonese Insurrection', New Left Review I/69: 55-90.",
    },
    {
      id: "taylor-2009",
      citation: "Taylor, Robert H. (2009), The State in Myanmar, Hurst.",
    },
    source("norris-kristensen-2010"),
    source("schweller-1994"),
    source("david-1991"),
  ],
  states,
  restOfWorld: restOfWorld(world, states),
  contiguity: [...land, ...water],
  bases: [],
  trade,
  hostility,
  affinity,
  treaties: [
    {
      id: "seato",
      kind: "defence",
      name: "Southeast Asia Collective Defense Treaty (Manila Pact, SEATO)",
      members: ["USA", "UKG", "PAK"],
      directedAgainst: [],
      signed: 1954,
      sourceId: "cow-alliances-v4.1",
      unverified: true,
      note: "8 Sep 1954; the members in the scenario (also France, Australia, New Zealand, the Philippines, Thailand). The US understanding limits its obligation to communist aggression; the text names no state. Pakistan announced its withdrawal in Nov 1972 (a held crisis).",
    },
    {
      id: "cento",
      kind: "consultation",
      name: "Pact of Mutual Cooperation (Baghdad Pact, CENTO)",
      members: ["IRN", "PAK", "UKG"],
      directedAgainst: [],
      signed: 1955,
      sourceId: "atop-v5",
      unverified: true,
      note: "24 Feb 1955 (Turkey-Iraq), joined by Britain, Pakistan and Iran in 1955; Iraq left in 1959. Article 1: cooperation 'for their security and defence', no automatic assistance, so coded consultation. The US is an associate, not a member.",
    },
    {
      id: "us-pakistan-1959",
      kind: "defence",
      name: "Agreement of Cooperation between the United States and Pakistan",
      members: ["USA", "PAK"],
      directedAgainst: [],
      signed: 1959,
      sourceId: "atop-v5",
      unverified: true,
      note: "5 Mar 1959 (Ankara): in case of aggression the US will take 'appropriate action, including the use of armed forces', as envisaged in the Joint Resolution on the Middle East (communist aggression). Pakistan invoked it against India in 1965 and 1971 in vain.",
    },
    {
      id: "us-iran-1959",
      kind: "defence",
      name: "Agreement of Cooperation between the United States and Iran",
      members: ["USA", "IRN"],
      directedAgainst: [],
      signed: 1959,
      sourceId: "atop-v5",
      unverified: true,
      note: "5 Mar 1959 (Ankara), the same text as the Pakistani agreement.",
    },
    {
      id: "indo-nepal-1950",
      kind: "consultation",
      name: "Indo-Nepal Treaty of Peace and Friendship",
      members: ["IND", "NPL"],
      directedAgainst: [],
      signed: 1950,
      sourceId: "atop-v5",
      unverified: true,
      note: "31 Jul 1950; the two governments inform and consult each other on any serious friction with a neighbouring state; letters exchanged on security cooperation.",
    },
    {
      id: "sino-burmese-1960",
      kind: "non-aggression",
      name: "Sino-Burmese Treaty of Friendship and Mutual Non-Aggression",
      members: ["CHN", "MMR"],
      directedAgainst: [],
      signed: 1960,
      sourceId: "atop-v5",
      unverified: true,
      note: "28 Jan 1960, with the boundary agreement.",
    },
    {
      id: "sino-afghan-1960",
      kind: "non-aggression",
      name: "Sino-Afghan Treaty of Friendship and Mutual Non-Aggression",
      members: ["CHN", "AFG"],
      directedAgainst: [],
      signed: 1960,
      sourceId: "atop-v5",
      unverified: true,
      note: "26 Aug 1960.",
    },
    {
      id: "sino-nepal-1960",
      kind: "non-aggression",
      name: "Sino-Nepalese Treaty of Peace and Friendship",
      members: ["CHN", "NPL"],
      directedAgainst: [],
      signed: 1960,
      sourceId: "atop-v5",
      unverified: true,
      note: "28 Apr 1960; pledges non-aggression and non-interference (coded non-aggression, unverified against ATOP).",
    },
    {
      id: "soviet-afghan-1931",
      kind: "non-aggression",
      name: "Soviet-Afghan Treaty of Neutrality and Mutual Non-Aggression",
      members: ["RUS", "AFG"],
      directedAgainst: [],
      signed: 1931,
      sourceId: "cow-alliances-v4.1",
      unverified: true,
      note: "24 Jun 1931, extended in 1955 and 1965 for ten years each.",
    },
  ],
  history: [
    {
      actor: "PAK",
      target: "IND",
      action: "attack",
      date: "1965-08",
      note: "Operation Gibraltar and Grand Slam in Kashmir open the war of 1965",
      sourceId: "sisson-rose-1990",
    },
    {
      actor: "IND",
      target: "PAK",
      action: "attack",
      date: "1965-09-06",
      note: "India's counter-offensive across the Punjab border towards Lahore",
      sourceId: "sisson-rose-1990",
    },
    {
      actor: "CHN",
      target: "IND",
      action: "attack",
      date: "1967-09",
      note: "Clashes at Nathu La and Cho La on the Sikkim border",
      sourceId: "garver-2001",
    },
    {
      actor: "CHN",
      target: "RUS",
      action: "attack",
      date: "1969-03-02",
      note: "Chinese ambush on Zhenbao (Damansky) Island on the Ussuri",
      sourceId: "garver-2001",
    },
    {
      actor: "RUS",
      target: "CHN",
      action: "attack",
      date: "1969-08-13",
      note: "Soviet attack at Tielieketi on the Xinjiang border",
      sourceId: "garver-2001",
    },
    {
      actor: "IDN",
      target: "CHN",
      action: "break-off-talks",
      date: "1967-10",
      note: "Jakarta suspends diplomatic relations with Beijing",
      sourceId: "choudhury-1975",
    },
    {
      actor: "USA",
      target: "CHN",
      action: "lift-sanctions",
      date: "1969-12",
      note: "Travel and trade curbs eased (Jul and Dec 1969); Warsaw talks resume (Jan 1970)",
      sourceId: "raghavan-2013",
    },
    {
      actor: "RUS",
      target: "PAK",
      action: "embargo",
      date: "1970",
      note: "Soviet arms deliveries to Pakistan under the 1968 agreement halted after Indian protests (unverified date)",
      sourceId: "horn-1982",
    },
    {
      actor: "RUS",
      target: "IND",
      action: "economic-aid",
      date: "1970",
      note: "Continuing Soviet arms and licensed production (MiG-21, Su-7) for India",
      sourceId: "horn-1982",
    },
    {
      actor: "USA",
      target: "PAK",
      action: "economic-aid",
      date: "1970-10",
      note: "Nixon's 'one-time exception' arms offer to Pakistan (aircraft and armoured personnel carriers)",
      sourceId: "van-hollen-1980",
    },
    {
      actor: "CHN",
      target: "PAK",
      action: "economic-aid",
      date: "1970-11",
      note: "Yahya in Beijing: a new Chinese loan and arms; he carries Nixon's message on an opening to China",
      sourceId: "raghavan-2013",
    },
    {
      actor: "IND",
      target: "NPL",
      action: "tariff",
      date: "1970-10",
      note: "The Indo-Nepal trade and transit treaty lapses; India tightens transit terms",
      sourceId: "choudhury-1975",
    },
    {
      actor: "IND",
      target: "PAK",
      action: "criticise",
      date: "1971-02",
      note: "India blames Pakistan for the Ganga hijacking (30 Jan 1971; the plane burnt at Lahore on 2 Feb)",
      sourceId: "sisson-rose-1990",
    },
    {
      actor: "IND",
      target: "PAK",
      action: "embargo",
      date: "1971-02-04",
      note: "India bans Pakistani overflights, cutting the direct air link between the two wings",
      sourceId: "sisson-rose-1990",
    },
  ],
  crises: [
    {
      id: "searchlight",
      headline: "Operation Searchlight",
      description:
        "Pakistan's army cracks down in Dacca on 25 March 1971; Mujib is arrested, Bangladesh is proclaimed, refugees pour into India.",
      events: [
        {
          actor: "IND",
          target: "PAK",
          action: "criticise",
          note: "Indian Parliament's resolution, 31 Mar 1971",
        },
      ],
    },
    {
      id: "mukti-bahini",
      headline: "India arms the Mukti Bahini",
      description:
        "Bengali guerrillas trained, armed and sheltered in India strike into East Pakistan from the summer of 1971.",
      events: [{ actor: "IND", target: "PAK", action: "attack", note: "from May 1971" }],
    },
    {
      id: "kissinger-beijing",
      headline: "Kissinger's secret flight to Beijing",
      description:
        "Flown from Rawalpindi on 9 July 1971; Nixon's visit to China is announced on 15 July.",
      events: [
        { actor: "USA", target: "CHN", action: "lift-sanctions", note: "15 Jul 1971 announcement" },
      ],
    },
    {
      id: "indo-soviet-treaty",
      headline: "India and the Soviet Union sign a Treaty of Peace, Friendship and Cooperation",
      description:
        "Signed in New Delhi on 9 August 1971; Article IX provides for mutual consultation against a threat.",
      events: [{ actor: "RUS", target: "IND", action: "sign-treaty", note: "9 Aug 1971" }],
    },
    {
      id: "december-war",
      headline: "War in the West and the East",
      description:
        "Pakistan strikes Indian airfields on 3 December 1971; India invades East Pakistan and Dacca falls on 16 December.",
      events: [
        { actor: "PAK", target: "IND", action: "attack", note: "3 Dec 1971" },
        { actor: "IND", target: "PAK", action: "attack", note: "4-16 Dec 1971" },
      ],
    },
    {
      id: "enterprise",
      headline: "USS Enterprise in the Bay of Bengal",
      description:
        "Task Force 74 enters the Bay of Bengal on 15 December 1971; Soviet warships follow it into the Indian Ocean.",
      events: [
        { actor: "USA", target: "IND", action: "threaten-force", note: "TF 74, 15 Dec 1971" },
        { actor: "RUS", target: "USA", action: "mobilise", note: "Soviet naval units, Dec 1971" },
      ],
    },
    {
      id: "simla",
      headline: "The Simla Agreement",
      description: "India and Pakistan agree to settle their differences bilaterally, 2 July 1972.",
      events: [{ actor: "PAK", target: "IND", action: "sign-treaty", note: "2 Jul 1972" }],
    },
    {
      id: "pakistan-leaves-seato",
      headline: "Pakistan leaves SEATO",
      description: "Announced in November 1972, after it left the Commonwealth (30 January 1972).",
      events: [{ actor: "PAK", target: "USA", action: "break-treaty", note: "Nov 1972" }],
    },
  ],
  rules: validationRules(8),
  parameters: VALIDATION_PARAMETERS,
};

writeScenario(import.meta.url, scenario);
