/**
 * Correlates of War National Material Capabilities v6.0 (NMC-60-abridged.csv), rows copied
 * verbatim for the states and years the historical presets use.
 * Units: milex thousands of current British pounds (1913) or current US dollars (1938,
 * 1985); milper thousands; irst thousand tons; pec thousand tons coal-equivalent;
 * tpop and upop thousands.
 *
 * WORLD totals are the NMC system totals for the year. They are not published as such:
 * they were recovered exactly from the rows below by solving cinc = mean_k(x_k / W_k)
 * for the six W_k by least squares (14-20 rows per year, residuals below 1e-6), so the
 * restOfWorld the build script derives reproduces every state's NMC cinc.
 */
export interface NmcRow {
  milex: number;
  milper: number;
  irst: number;
  pec: number;
  tpop: number;
  upop: number;
  cinc: number;
}

const row = (
  milex: number,
  milper: number,
  irst: number,
  pec: number,
  tpop: number,
  upop: number,
  cinc: number,
): NmcRow => ({ milex, milper, irst, pec, tpop, upop, cinc });

export const NMC: Record<number, Record<string, NmcRow>> = {
  1913: {
    USA: row(62825, 155, 31803, 600107, 97225, 22596, 0.21991131),
    UKG: row(67734, 533, 7787, 220455, 45648, 17768, 0.11274751),
    BEL: row(3410, 48, 2467, 27869, 7639, 902, 0.013770692),
    FRN: row(66706, 632, 4687, 64844, 39770, 5908, 0.068043686),
    GMY: row(88418, 859, 17609, 201693, 66978, 14115, 0.14331791),
    AUH: row(37513, 358, 2611, 37670, 52166, 4696, 0.044727746),
    ITA: row(40379, 288, 934, 11512, 35420, 4146, 0.033501688),
    YUG: row(1194, 32, 0, 198, 3003, 138, 0.0017762586),
    BUL: row(1620, 592, 0, 265, 4500, 118, 0.01573373),
    ROM: row(3236, 109, 0, 1693, 7352, 338, 0.0053398558),
    RUS: row(85391, 1286, 4918, 48974, 170900, 12376, 0.11613843),
    TUR: row(25134, 241, 0, 841, 21331, 986, 0.017577745),
    JPN: row(19189, 296, 255, 22701, 51305, 6500, 0.033597723),
  },
  1938: {
    USA: row(1131499, 323, 28805, 751346, 129969, 37463, 0.1707712),
    UKG: row(1863997, 376, 10565, 218151, 48404, 18350, 0.077787034),
    BEL: row(63225, 90, 2279, 31565, 8387, 977, 0.010377872),
    FRN: row(919284, 581, 6137, 82599, 41960, 6351, 0.045568597),
    SPN: row(79842, 550, 574, 6038, 25280, 4377, 0.019413833),
    GMY: row(7415163, 782, 22656, 232155, 68424, 20796, 0.15422215),
    POL: row(151521, 308, 1441, 27547, 35065, 4618, 0.019572916),
    HUN: row(45848, 35, 647, 6676, 9167, 1331, 0.0046944129),
    CZE: row(201459, 163, 1800, 27589, 14600, 1623, 0.013047683),
    ITA: row(746050, 486, 2323, 16796, 43600, 8037, 0.031848751),
    YUG: row(64038, 144, 227, 3184, 15384, 738, 0.0063461121),
    ROM: row(87091, 169, 276, 6045, 19750, 1094, 0.0081259096),
    RUS: row(5429984, 1566, 18057, 169211, 166859, 36532, 0.16435921),
    TUR: row(81548, 211, 0, 1819, 16926, 1098, 0.0078264838),
    JPN: row(1699210, 370, 6472, 56939, 71013, 19943, 0.059080541),
  },
  1985: {
    USA: row(245154000, 2244, 80067, 2466405, 238466, 60260, 0.13731457),
    UKG: row(24200000, 334, 15722, 318498, 56685, 36260, 0.022880143),
    FRN: row(16716000, 563, 19008, 217039, 55284, 9239, 0.017772263),
    GFR: row(16649000, 495, 40497, 350435, 60975, 19852, 0.026081393),
    GDR: row(7981000, 242, 7853, 181757, 16644, 4445, 0.0088509154),
    POL: row(7309000, 439, 16126, 231181, 37203, 11099, 0.014234437),
    ITA: row(8579000, 504, 23898, 187901, 57141, 15494, 0.017414331),
    RUS: row(275000000, 3900, 155000, 2162292, 277334, 112227, 0.17565025),
    IRN: row(14091000, 345, 764, 78753, 47820, 17788, 0.010725169),
    TUR: row(1649000, 814, 4737, 57370, 50306, 16502, 0.011364438),
    IRQ: row(12870000, 788, 0, 25244, 15585, 11195, 0.010026237),
    EGY: row(4143000, 466, 954, 40456, 46473, 12863, 0.0080193765),
    SYR: row(3483000, 402, 0, 17754, 10267, 3509, 0.0042755231),
    ISR: row(4225000, 195, 100, 14767, 4233, 1955, 0.0027384963),
    SAU: row(17693000, 80, 1106, 126684, 12649, 4054, 0.0073918831),
    CHN: row(6350000, 4100, 46790, 1096194, 1070175, 158449, 0.11352578),
    PRK: row(4196000, 784, 6500, 62130, 18942, 3863, 0.009200532),
    ROK: row(4550000, 600, 18650, 89900, 40806, 25291, 0.015412544),
    JPN: row(14189000, 241, 105278, 483279, 120837, 69568, 0.050602786),
    IND: row(6330000, 1260, 11187, 301977, 750911, 93984, 0.056016397),
  },
};

/** NMC system totals (see header), same units as the rows. */
export const WORLD: Record<number, Omit<NmcRow, "cinc">> = {
  1913: { milex: 591778, milper: 6835, irst: 73947, pec: 1296695, tpop: 1212508, upop: 103858 },
  1938: { milex: 20915314, milper: 8135, irst: 108560, pec: 1831199, tpop: 1516360, upop: 221057 },
  1985: {
    milex: 784008904,
    milper: 28052,
    irst: 720296,
    pec: 11434771,
    tpop: 4832686,
    upop: 1095558,
  },
};

/**
 * NMC v6 2016 values (latest NMC year) used for irst and pec in East Asia 2017, with the
 * 2016 system totals recovered the same way (8 rows; approximate to about 1%).
 */
export const NMC2016: Record<string, { irst: number; pec: number; cinc: number }> = {
  USA: { irst: 78475, pec: 3293117, cinc: 0.13305758 },
  RUS: { irst: 70453, pec: 1322198, cinc: 0.036472768 },
  CHN: { irst: 807609, pec: 5679028, cinc: 0.23061772 },
  TWN: { irst: 21751, pec: 24990, cinc: 0.0068116337 },
  PRK: { irst: 1250, pec: 12441, cinc: 0.013444724 },
  KOR: { irst: 68576, pec: 474449, cinc: 0.023262169 },
  JPN: { irst: 104775, pec: 716148, cinc: 0.032967471 },
  IND: { irst: 95477, pec: 1641825, cinc: 0.0868413 },
};
export const WORLD2016 = { irst: 1600021, pec: 25139103 };

/** Pre-1914 NMC milex is in pounds sterling; converted at the gold parity US$4.8665 per pound. */
export const USD_PER_GBP_1913 = 4.8665;
