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

/** The columns the data rows fill, in order (consolidationRows.ts writes them). */
export const municipalityDataKeys = [
  "number",
  "municipality",
  "file",
  "template_version",
  "first_budget_year",
  "findings",
  ...keyResultNames,
  "events_treated",
  "n_treated",
  "events_control",
  "n_control",
] as const;

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

function dataColumn(key: MunicipalityDataKey, header: Text, format: DataColumn["format"], width: number): DataColumn {
  return { key, header, name: municipalityName(key), format, width };
}

export const municipalityColumns: DataColumn[] = [
  dataColumn("number", t("Nr.", "No."), "integer", 6),
  dataColumn("municipality", t("Kommune", "Municipality"), "text", 22),
  dataColumn("file", t("Datei", "File"), "text", 28),
  dataColumn("template_version", t("Version der Vorlage", "Template version"), "text", 10),
  dataColumn("first_budget_year", t("Erstes Haushaltsjahr", "First budget year"), "integer", 11),
  dataColumn("findings", t("Hinweise zur Prüfung", "Findings to review"), "integer", 11),
  ...keyResultNames.map((key) =>
    dataColumn(key, keyResultHeader(key), key.startsWith("bcr") ? "ratio" : "euro", key.startsWith("bcr") ? 12 : 16),
  ),
  dataColumn("events_treated", t("Heimaufnahmen: Beratene", "Care-home entries: counselled"), "integer", 12),
  dataColumn("n_treated", t("Beratene", "Counselled"), "integer", 10),
  dataColumn("events_control", t("Heimaufnahmen: Vergleichsgruppe", "Care-home entries: comparison group"), "integer", 14),
  dataColumn("n_control", t("Vergleichsgruppe", "Comparison group"), "integer", 12),
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
    format: "percentPrecise",
    width: 14,
    formula: "={col:site_difference}-{col:site_lower}",
  },
  {
    key: "forest_plus",
    header: t("Diagramm: Abstand zur oberen Grenze", "Chart: distance to the upper limit"),
    name: "forest_site_plus",
    format: "percentPrecise",
    width: 14,
    formula: "={col:site_upper}-{col:site_difference}",
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
    "nord.xlsx",
    "2.1.0",
    2026,
    1,
    -10000,
    -4000,
    -23857,
    -10000,
    -1000,
    -13211,
    35000,
    48500,
    205937,
    0.92,
    0.97,
    1.46,
    60000,
    66000,
    292196,
    30000,
    33000,
    146098,
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
    "sued.xlsx",
    "2.1.0",
    2026,
    0,
    -9600,
    -4560,
    -25458,
    -14400,
    -6840,
    -38187,
    23400,
    34740,
    145896,
    0.91,
    0.91,
    1.36,
    50400,
    55440,
    245445,
    25200,
    27720,
    122722,
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
    "ost.xlsx",
    "2.1.0",
    2026,
    2,
    -42800,
    -39080,
    -180042,
    -64200,
    -58620,
    -270064,
    -36300,
    -27930,
    -134192,
    0.5,
    0.5,
    0.75,
    37200,
    40920,
    181162,
    18600,
    20460,
    90581,
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
    "west.xlsx",
    "2.1.0",
    2027,
    0,
    7600,
    13360,
    54756,
    11400,
    20040,
    82134,
    54600,
    67560,
    292515,
    1.24,
    1.24,
    1.86,
    57600,
    63360,
    280509,
    28800,
    31680,
    140254,
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
    "mitte.xlsx",
    "2.1.0",
    2026,
    1,
    -21800,
    -17480,
    -83097,
    -35200,
    -28720,
    -135933,
    -2800,
    6920,
    21853,
    0.72,
    0.7,
    1.05,
    43200,
    47520,
    210381,
    21600,
    23760,
    105191,
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
    "see.xlsx",
    "2.1.0",
    2027,
    0,
    -27000,
    -25200,
    -115518,
    -43000,
    -40300,
    -184565,
    -29500,
    -25450,
    -118821,
    0.43,
    0.42,
    0.62,
    18000,
    19800,
    87659,
    9000,
    9900,
    43829,
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
