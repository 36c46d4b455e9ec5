/**
 * The table of the consolidation workbook: one row per municipality's business case, with its
 * key results, the four counts of its evidence and the computed columns that pool the effect
 * across the municipalities (pooledRows.ts) and draw each one's interval in the forest plot.
 */
import { keyResultNames, type KeyResultName } from "../consolidation/municipalities";
import type { DataColumn, DataValue, Text } from "../model";
import { pooledSiteColumns, type SiteCountColumns } from "./pooledRows";
import { t } from "./rows";

export const municipalityTable = "municipality_table";

/** Workbook name of a column of the municipality table: municipality_first_budget_year, municipality_bcr_county, … */
export const municipalityName = (key: string) => `municipality_${key}`;

/** Key results a printed page shows beside each municipality's name, in this order. */
const printedResults = [
  "net_county_row_present_value",
  "net_county_city_row_present_value",
  "bcr_county",
  "bcr_county_city",
  "benefit_county_row_present_value",
  "benefit_city_row_present_value",
] as const satisfies readonly KeyResultName[];

/** The columns the data rows fill, in order (tableRows.ts writes them): those printed first. */
export const municipalityDataKeys = [
  "number",
  "municipality",
  "first_budget_year",
  "findings",
  ...printedResults,
  "file",
  "template_version",
  ...keyResultNames.filter((name) => !(printedResults as readonly string[]).includes(name)),
  "events_treated",
  "n_treated",
  "events_control",
  "n_control",
] as const;

/** The columns that print: number, name, first budget year, findings and the printed results. */
export const printedMunicipalityColumns = 4 + printedResults.length;

export type MunicipalityDataKey = (typeof municipalityDataKeys)[number];

const counts: SiteCountColumns = {
  eventsTreated: "events_treated",
  nTreated: "n_treated",
  eventsControl: "events_control",
  nControl: "n_control",
};

/** Workbook names of the four count columns, as PREVENT.POOLED.COUNTS reads them. */
export const municipalityCountNames: SiteCountColumns = {
  eventsTreated: municipalityName(counts.eventsTreated),
  nTreated: municipalityName(counts.nTreated),
  eventsControl: municipalityName(counts.eventsControl),
  nControl: municipalityName(counts.nControl),
};

const scopes: Record<string, Text> = {
  county: t("Kreis", "county"),
  county_city: t("Kreis und Stadt", "county and city"),
  public: t("alle öffentlichen Träger", "all public payers"),
};

const bearers: Record<string, Text> = {
  county: t("Kreis", "County"),
  city: t("Stadt", "City"),
  insurance: t("Pflegekasse", "Care insurance"),
  residents: t("Bewohner", "Residents"),
};

const periods: Record<string, Text> = {
  current_year: t("erstes Haushaltsjahr", "first budget year"),
  next_year: t("zweites Haushaltsjahr", "second budget year"),
  present_value: t("Barwert", "present value"),
};

/** The header of a key result's column, e.g. "Netto Kreis: Barwert" / "Net county: present value". */
export function keyResultHeader(key: KeyResultName): Text {
  const ratio = /^bcr_(.+)$/.exec(key);
  if (ratio) {
    const scope = scopes[ratio[1]];
    return t(`Nutzen-Kosten-Verhältnis: ${scope.de}`, `Benefit-cost ratio: ${scope.en}`);
  }
  const flow = /^(net|benefit)_(.+)_row_(current_year|next_year|present_value)$/.exec(key)!;
  const period = periods[flow[3]];
  if (flow[1] === "net") {
    const scope = scopes[flow[2]];
    return t(`Netto ${scope.de}: ${period.de}`, `Net ${scope.en}: ${period.en}`);
  }
  const bearer = bearers[flow[2]];
  return t(`Ersparnis ${bearer.de}: ${period.de}`, `Saving ${bearer.en.toLowerCase()}: ${period.en}`);
}

const described: Record<string, { header: Text; format: DataColumn["format"]; width: number }> = {
  number: { header: t("Nr.", "No."), format: "integer", width: 6 },
  municipality: { header: t("Kommune", "Municipality"), format: "text", width: 22 },
  file: { header: t("Datei", "File"), format: "text", width: 28 },
  template_version: { header: t("Version der Vorlage", "Template version"), format: "text", width: 10 },
  first_budget_year: { header: t("Erstes Haushaltsjahr", "First budget year"), format: "integer", width: 14 },
  findings: { header: t("Hinweise zur Prüfung", "Findings to review"), format: "integer", width: 11 },
  events_treated: { header: t("Heimaufnahmen: Beratene", "Care-home entries: counselled"), format: "integer", width: 12 },
  n_treated: { header: t("Beratene", "Counselled"), format: "integer", width: 10 },
  events_control: { header: t("Heimaufnahmen: Vergleichsgruppe", "Care-home entries: comparison group"), format: "integer", width: 14 },
  n_control: { header: t("Vergleichsgruppe", "Comparison group"), format: "integer", width: 12 },
};

function dataColumn(key: MunicipalityDataKey): DataColumn {
  const own = described[key];
  if (own) return { key, name: municipalityName(key), ...own };
  const ratio = key.startsWith("bcr");
  return {
    key,
    header: keyResultHeader(key as KeyResultName),
    name: municipalityName(key),
    format: ratio ? "ratio" : "euro",
    width: ratio ? 12 : 16,
  };
}

export const municipalityColumns: DataColumn[] = [
  ...municipalityDataKeys.map(dataColumn),
  ...pooledSiteColumns(counts),
  // The forest plot draws the first municipality on top: its points sit at −1, −2, … (shown without the sign).
  {
    key: "forest_position",
    header: t("Diagramm: Lage", "Chart: position"),
    name: "forest_site_position",
    format: "integer",
    width: 10,
    formula: "=-{col:number}",
  },
  {
    key: "forest_minus",
    header: t("Diagramm: Abstand zur unteren Grenze", "Chart: distance to the lower limit"),
    name: "forest_site_minus",
    format: "decimalPrecise",
    width: 14,
    formula: "={col:site_difference}-{col:site_lower}",
  },
  {
    key: "forest_plus",
    header: t("Diagramm: Abstand zur oberen Grenze", "Chart: distance to the upper limit"),
    name: "forest_site_plus",
    format: "decimalPrecise",
    width: 14,
    formula: "={col:site_upper}-{col:site_difference}",
  },
  // The chart plots percentage points; the two columns above keep their names and their shares.
  {
    key: "forest_minus_points",
    header: t("Diagramm: Abstand zur unteren Grenze in Prozentpunkten", "Chart: distance to the lower limit in percentage points"),
    name: "forest_site_minus_points",
    format: "points",
    width: 14,
    formula: "=100*{col:forest_minus}",
  },
  {
    key: "forest_plus_points",
    header: t("Diagramm: Abstand zur oberen Grenze in Prozentpunkten", "Chart: distance to the upper limit in percentage points"),
    name: "forest_site_plus_points",
    format: "points",
    width: 14,
    formula: "=100*{col:forest_plus}",
  },
];

/**
 * Six synthetic cities, shown when the template is made without the municipalities' files (made
 * up: a county saving of 12,000 EUR per prevented placement, the city half of it, costs of
 * 45,000–80,000 EUR a year for the county, present values over 5 years at 3.5 %). Columns in the
 * order of `municipalityDataKeys`; the computed columns follow.
 */
export const exampleMunicipalities: DataValue[][] = [
  [
    1,
    "Beispielstadt Nord",
    2026,
    1,
    -23857,
    -13211,
    0.92,
    0.97,
    292196,
    146098,
    "nord.xlsx",
    "2.1.0",
    -10000,
    -4000,
    -10000,
    -1000,
    35000,
    48500,
    205937,
    1.46,
    60000,
    66000,
    30000,
    33000,
    45000,
    49500,
    219147,
    15000,
    16500,
    73049,
    12,
    150,
    30,
    140,
  ],
  [
    2,
    "Beispielstadt Süd",
    2026,
    0,
    -25458,
    -38187,
    0.91,
    0.91,
    245445,
    122722,
    "sued.xlsx",
    "2.1.0",
    -9600,
    -4560,
    -14400,
    -6840,
    23400,
    34740,
    145896,
    1.36,
    50400,
    55440,
    25200,
    27720,
    37800,
    41580,
    184084,
    12600,
    13860,
    61361,
    9,
    120,
    21,
    115,
  ],
  [
    3,
    "Beispielstadt Ost",
    2026,
    2,
    -180042,
    -270064,
    0.5,
    0.5,
    181162,
    90581,
    "ost.xlsx",
    "2.1.0",
    -42800,
    -39080,
    -64200,
    -58620,
    -36300,
    -27930,
    -134192,
    0.75,
    37200,
    40920,
    18600,
    20460,
    27900,
    30690,
    135871,
    9300,
    10230,
    45290,
    20,
    210,
    28,
    190,
  ],
  [
    4,
    "Beispielstadt West",
    2027,
    0,
    54756,
    82134,
    1.24,
    1.24,
    280509,
    140254,
    "west.xlsx",
    "2.1.0",
    7600,
    13360,
    11400,
    20040,
    54600,
    67560,
    292515,
    1.86,
    57600,
    63360,
    28800,
    31680,
    43200,
    47520,
    210381,
    14400,
    15840,
    70127,
    5,
    80,
    18,
    85,
  ],
  [
    5,
    "Beispielstadt Mitte",
    2026,
    1,
    -83097,
    -135933,
    0.72,
    0.7,
    210381,
    105191,
    "mitte.xlsx",
    "2.1.0",
    -21800,
    -17480,
    -35200,
    -28720,
    -2800,
    6920,
    21853,
    1.05,
    43200,
    47520,
    21600,
    23760,
    32400,
    35640,
    157786,
    10800,
    11880,
    52595,
    15,
    160,
    22,
    150,
  ],
  [
    6,
    "Beispielstadt am See",
    2027,
    0,
    -115518,
    -184565,
    0.43,
    0.42,
    87659,
    43829,
    "see.xlsx",
    "2.1.0",
    -27000,
    -25200,
    -43000,
    -40300,
    -29500,
    -25450,
    -118821,
    0.62,
    18000,
    19800,
    9000,
    9900,
    13500,
    14850,
    65744,
    4500,
    4950,
    21915,
    8,
    95,
    10,
    90,
  ],
];
