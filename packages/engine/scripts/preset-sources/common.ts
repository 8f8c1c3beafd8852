/** Sources and rules shared by several presets. */
export const PHASE_SECONDS = { negotiation: 300, orders: 120, resolution: 10, news: 30 };

export const SRC = {
  nmc: {
    id: "cow-nmc-v6",
    citation:
      "Singer, J. David, Stuart Bremer and John Stuckey (1972), 'Capability Distribution, Uncertainty, and Major Power War, 1820-1965', in B. Russett (ed.), Peace, War, and Numbers; Correlates of War National Material Capabilities dataset v6.0 (Greenfield and Singer 2021), file NMC-60-abridged.csv.",
    url: "https://correlatesofwar.org/data-sets/national-material-capabilities/",
  },
  contiguity: {
    id: "cow-contiguity-v3.2",
    citation:
      "Stinnett, Douglas M., Jaroslav Tir, Philip Schafer, Paul F. Diehl and Charles Gochman (2002), 'The Correlates of War Project Direct Contiguity Data, Version 3', Conflict Management and Peace Science 19(2); dataset v3.2.",
    url: "https://correlatesofwar.org/data-sets/direct-contiguity/",
  },
  alliances: {
    id: "cow-alliances-v4.1",
    citation:
      "Gibler, Douglas M. (2009), International Military Alliances, 1648-2008, CQ Press; Correlates of War Formal Alliances dataset v4.1.",
    url: "https://correlatesofwar.org/data-sets/formal-alliances/",
  },
  atop: {
    id: "atop-v5",
    citation:
      "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long (2002), 'Alliance Treaty Obligations and Provisions, 1815-1944', International Interactions 28; ATOP dataset v5.0.",
    url: "http://www.atopdata.org/",
  },
  atopV4: {
    id: "atop-v4.01",
    citation:
      "Leeds, Brett Ashley et al. (2002), ATOP dataset v4.01, member-level and alliance-level files (atop-member-level.csv, atop-alliance-level.csv): the files read for the v6 treaty audit (docs/model.md s.9); obligations per member (defense, neutral, nonagg, consul), specthrt and statthr1-2 (the states a pact names), dates of entry and exit.",
    url: "http://www.atopdata.org/",
  },
  cowAllianceFiles: {
    id: "cow-alliances-v4.1-files",
    citation:
      "Gibler, Douglas M. (2009), Correlates of War Formal Alliances v4.1, files alliance_v4.1_by_member.csv and alliance_v4.1_by_dyad.csv (ss_type, member and dyad start and end dates): the files read for the v6 treaty audit.",
    url: "https://correlatesofwar.org/data-sets/formal-alliances/",
  },
  maddison: {
    id: "maddison-2020",
    citation:
      "Bolt, Jutta and Jan Luiten van Zanden (2020), Maddison Project Database 2020; and Maddison, Angus (2003), The World Economy: Historical Statistics, OECD (1990 Geary-Khamis international dollars).",
    url: "https://www.rug.nl/ggdc/historicaldevelopment/maddison/",
  },
  sipri: {
    id: "sipri-milex",
    citation:
      "SIPRI Military Expenditure Database (2018 release for 2017 figures; 2025 release for 2024 figures), Stockholm International Peace Research Institute.",
    url: "https://www.sipri.org/databases/milex",
  },
  wdi: {
    id: "wb-wdi",
    citation:
      "World Bank, World Development Indicators: GDP (current US$) NY.GDP.MKTP.CD, population SP.POP.TOTL, urban population SP.URB.TOTL.",
    url: "https://databank.worldbank.org/source/world-development-indicators",
  },
  iiss: {
    id: "iiss-mb",
    citation:
      "International Institute for Strategic Studies, The Military Balance 2018 and 2025 (active armed forces).",
    url: "https://www.iiss.org/publications/the-military-balance/",
  },
  imfDots: {
    id: "imf-dots",
    citation:
      "IMF Direction of Trade Statistics; US Census Bureau, U.S. Trade in Goods by Country (bilateral exports, US$ bn; rounded).",
    url: "https://data.imf.org/",
  },
  worldCountries: {
    id: "world-countries",
    citation:
      "world-countries 5.1.0 (npm; mledoze/countries): ISO 3166 codes, capital names, land borders.",
    url: "https://www.npmjs.com/package/world-countries",
  },
  worldAtlas: {
    id: "world-atlas",
    citation:
      "world-atlas 2.0.2 (npm; Natural Earth 1:50m Admin 0 countries as TopoJSON, ISO numeric ids), land adjacency via topojson-client neighbors().",
    url: "https://www.npmjs.com/package/world-atlas",
  },
  capitals: {
    id: "capitals-manual",
    citation:
      "Capital coordinates entered by hand from GeoNames/Wikipedia (decimal degrees) and checked against the world-atlas country polygons (see scripts/preset-sources/capitals.ts).",
  },
  christensenSnyder: {
    id: "christensen-snyder-1990",
    citation:
      "Christensen, Thomas J. and Jack Snyder (1990), 'Chain Gangs and Passed Bucks: Predicting Alliance Patterns in Multipolarity', International Organization 44(2): 137-168.",
  },
  walt: {
    id: "walt-1987",
    citation: "Walt, Stephen M. (1987), The Origins of Alliances, Cornell University Press.",
  },
} as const;
