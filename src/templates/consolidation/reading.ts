/**
 * Reads the municipalities' business-case workbooks for the county (DESIGN §3.7): each file's
 * template version, inputs and shown key results by their published names, the key results
 * recomputed by the engine from those inputs, and what a reviewer should look at. A file that
 * cannot be read is listed with the reason; the others go on.
 */
import { businessCaseInputNames, businessCaseResults, type BusinessCaseInputs } from "../../engine/businessCase";
import { isCodedError } from "../../shared/codedError";
import { bilingual, message, type Message, type RenderOptions } from "../../shared/message";
import { formatNumber, formatValue } from "../../shared/formatting";
import type { Bilingual } from "../../shared/bilingual";
import type { Language } from "../../shared/language";
import { parseRange } from "../../shared/addresses";
import type { CellContent } from "../../shared/cellContent";
import { counsellingCase, smsRows } from "../definitions/counsellingCase";
import { markerInputCountRow, markerName } from "../marker";
import type { OrganisationDefaults } from "../organisationDefaults";
import { inputRows } from "../publishedNames";
import { templates } from "../registry";
import { compareVersions, isVersionText, knownVersions, type VersionRecord } from "../versions";
import { namedCell, rangeValues, readWorkbookFile, type WorkbookFile } from "../xlsxReading";
import { keyResultNames, type Consolidation, type KeyResultName, type KeyResults, type MunicipalityWorkbook } from "./municipalities";

export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadingOptions {
  /** The organisation's defaults: an input unlike its default is a finding. */
  organisationDefaults?: OrganisationDefaults;
  /** Called after each file, e.g. for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** The text input holding the municipality's name (added to the business case after 2.0.0). */
export const municipalityNameInput = "municipality_name";

/** An encrypted Office file (and an old .xls) is an OLE compound file, not a zip package. */
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const markerPattern = new RegExp(`^${markerName}(?:_(\\d+))?$`);

/** A shown value counts as its inputs' result within this relative difference (what the file stores at 15 digits and more). */
const rounding = 1e-9;

/** 1 when the business case takes its evidence from a placement cohort in the same workbook. */
const evidenceFromCohortName = "evidence_from_cohort";
/** The typed input each figure in use replaces when the evidence comes from the cohort sheet. */
const evidenceInUse: Record<string, string> = {
  events_treated: "evidence_events_treated",
  n_treated: "evidence_n_treated",
  events_control: "evidence_events_control",
  n_control: "evidence_n_control",
  months_avoided: "evidence_months_avoided",
};

/** Optimism bias by Maryland level 1 … 5, as the Evidence sheet's table holds it. */
const optimismBiasByGrade = [...smsRows].sort((a, b) => a[0] - b[0]).map((row) => row[3]);

const templateInputs = inputRows(counsellingCase);

/** The named result that picks the design's optimism bias from the Evidence sheet's table. */
const optimismBiasName = "optimism_bias";

class NotRead extends Error {
  constructor(readonly reason: Message) {
    super(reason.code);
  }
}

/** An input's label in the template, for messages; its workbook name where the template no longer has it. */
export function inputLabel(name: string): Bilingual {
  const row = templateInputs.get(name);
  return row ? row.label : { de: name, en: name };
}

/** Render options that name an input by its label where an engine message names its argument. */
export const inputLabels: RenderOptions = {
  argumentLabel: (argument, language) => templateInputs.get(argument)?.label[language],
};

export function keyResultLabel(name: KeyResultName): Message {
  if (name.startsWith("bcr_")) return message(`consolidation.ratio.${name as "bcr_county" | "bcr_county_city" | "bcr_public"}`);
  const period = (["current_year", "next_year", "present_value"] as const).find((candidate) => name.endsWith(`_${candidate}`))!;
  const row = name.slice(0, -period.length - 1) as
    | "benefit_county_row"
    | "benefit_city_row"
    | "benefit_insurance_row"
    | "benefit_residents_row"
    | "net_county_row"
    | "net_county_city_row"
    | "net_public_row";
  return message("consolidation.result", { row: message(`consolidation.row.${row}`), period: message(`consolidation.period.${period}`) });
}

function isCompoundFile(bytes: Uint8Array): boolean {
  return compoundFileSignature.every((byte, i) => bytes[i] === byte);
}

function cellOf(file: WorkbookFile, name: string): { sheet: string; address: string } | null {
  const at = namedCell(file, name);
  return at && { sheet: at.sheet, address: at.address.split(":")[0] };
}

type FileCell = { value: CellContent; formula?: string };

/**
 * The named cells, each sheet read once and only as far as its last named row (the Monte Carlo
 * sheet holds 10,000 rows below its seed); undefined for a name the workbook lacks. `near` gives
 * another cell of a named cell's sheet at or above the named rows.
 */
async function namedCells(
  file: WorkbookFile,
  names: string[],
): Promise<{ named(name: string): FileCell | undefined; near(name: string, address: string): FileCell | undefined }> {
  const cells = new Map(names.map((name) => [name, cellOf(file, name)]));
  const lastRows = new Map<string, number>();
  for (const at of cells.values()) if (at) lastRows.set(at.sheet, Math.max(lastRows.get(at.sheet) ?? 0, parseRange(at.address).top));
  const sheets = new Map<string, Map<string, FileCell>>();
  for (const [sheet, lastRow] of lastRows) sheets.set(sheet, await file.cellsOfRows(sheet, lastRow));
  const near = (name: string, address: string) => {
    const at = cells.get(name);
    return at ? (sheets.get(at.sheet)!.get(address) ?? { value: "" }) : undefined;
  };
  return { named: (name) => near(name, cells.get(name)?.address ?? ""), near };
}

/** The Evidence sheet's optimism bias by level 1 … 5, as the named cell's CHOOSE formula points to it; null where the formula is not the template's. */
function optimismBiasTable(cells: Awaited<ReturnType<typeof namedCells>>, name: string): number[] | null {
  const formula = cells.named(name)?.formula?.replace(/\s+/g, "");
  const match = formula && /^CHOOSE\([A-Za-z_][\w.]*,((?:\$?[A-Z]{1,3}\$?\d+,){4}\$?[A-Z]{1,3}\$?\d+)\)$/.exec(formula);
  if (!match) return null;
  const values = match[1].split(",").map((address) => cells.near(name, address.replace(/\$/g, ""))?.value);
  return values.every((value): value is number => typeof value === "number" && value >= 0 && value <= 1) ? values : null;
}

interface TemplateMarker {
  id: string;
  version: string;
  /** The suffix the template's names carry (1: none). */
  suffix: number;
}

/**
 * The business case's marker among the workbook's markers, with its version and suffix. Other
 * templates beside it (a placement cohort it takes its evidence from) do not stop the reading;
 * two business cases in one workbook do, and a workbook without one says which template it holds.
 */
async function markerOf(file: WorkbookFile): Promise<TemplateMarker> {
  const markers: TemplateMarker[] = [];
  for (const name of file.names.keys()) {
    const match = markerPattern.exec(name);
    const at = match && cellOf(file, name);
    if (!at) continue;
    const head = await rangeValues(file, at.sheet, `B1:B${markerInputCountRow}`);
    const [id, version] = [head[0]?.[0], head[1]?.[0]];
    if (typeof id !== "string" || id === "" || !isVersionText(String(version))) continue;
    markers.push({ id, version: String(version), suffix: match[1] ? Number(match[1]) : 1 });
  }
  const businessCases = markers.filter((marker) => marker.id === counsellingCase.id);
  if (businessCases.length > 1) throw new NotRead(message("consolidation.notRead.severalCopies", { copies: businessCases.length }));
  if (businessCases.length === 1) return businessCases[0];
  if (markers.length === 0) throw new NotRead(message("consolidation.notRead.noMarker"));
  return markers[0];
}

function versionRecord(version: string): VersionRecord {
  const known = knownVersions(counsellingCase.id);
  const record = known.find((candidate) => compareVersions(candidate.version, version) === 0);
  if (record) return record;
  const latest = known[known.length - 1].version;
  if (compareVersions(version, latest) > 0) throw new NotRead(message("consolidation.notRead.newerVersion", { version, known: latest }));
  throw new NotRead(message("consolidation.notRead.unknownVersion", { version }));
}

const euro = (value: number): Bilingual => ({ de: `${formatNumber(value, 2, "de")} €`, en: `€${formatNumber(value, 2, "en")}` });
const ratio = (value: number): Bilingual => ({ de: formatNumber(value, 3, "de"), en: formatNumber(value, 3, "en") });
const exact = (value: number): Bilingual => ({ de: formatValue(value, "de"), en: formatValue(value, "en") });

/** The two values as the reviewer can tell them apart: rounded as the sheet shows them, or in full where rounding hides the difference. */
function shownPair(name: KeyResultName, shown: number, recomputed: number): [Bilingual, Bilingual] {
  const rounded = name.startsWith("bcr_") ? ratio : euro;
  const [a, b] = [rounded(shown), rounded(recomputed)];
  return a.en === b.en ? [exact(shown), exact(recomputed)] : [a, b];
}

function differs(shown: number, recomputed: number): boolean {
  if (Number.isNaN(recomputed)) return true;
  return Math.abs(shown - recomputed) > rounding * Math.max(1, Math.abs(recomputed));
}

async function readMunicipality(
  name: string,
  bytes: Uint8Array,
  defaults: OrganisationDefaults | undefined,
): Promise<MunicipalityWorkbook> {
  if (isCompoundFile(bytes)) throw new NotRead(message("consolidation.notRead.password"));
  const file = await readWorkbookFile(bytes);
  const marker = await markerOf(file);
  if (marker.id !== counsellingCase.id) {
    const other = templates.find((template) => template.id === marker.id);
    throw new NotRead(
      message("consolidation.notRead.otherTemplate", { template: other ? other.title : marker.id, expected: counsellingCase.title }),
    );
  }
  const record = versionRecord(marker.version);
  const named = (base: string) => (marker.suffix > 1 ? `${base}_${marker.suffix}` : base);
  const published = Object.entries(record.names);
  const numericInputs = published.flatMap(([input, meaning]) =>
    meaning.startsWith("input ") && !meaning.startsWith("input text") ? [input] : [],
  );
  const shownResults = keyResultNames.filter((result) => result in record.names);
  const cells = await namedCells(
    file,
    [
      ...numericInputs,
      ...shownResults,
      municipalityNameInput,
      optimismBiasName,
      evidenceFromCohortName,
      ...Object.values(evidenceInUse),
    ].map(named),
  );
  const valueOf = (base: string) => cells.named(named(base))?.value;
  const inputs: Record<string, number> = {};
  const missing: string[] = [];
  for (const input of numericInputs) {
    const value = valueOf(input);
    if (typeof value === "number" && Number.isFinite(value)) inputs[input] = value;
    else missing.push(input);
  }
  if (missing.length > 0) {
    throw new NotRead(message("consolidation.notRead.missingInputs", { count: missing.length, inputs: missing.map(inputLabel) }));
  }
  const findings: Message[] = [];
  // Inputs an older version does not have yet: the template's value, said as a finding.
  const used: Record<string, number> = { ...inputs };
  for (const input of [...businessCaseInputNames, "first_budget_year"]) {
    if (input in used) continue;
    const value = templateInputs.get(input)!.value;
    used[input] = value;
    findings.push(message("consolidation.finding.inputFromTemplate", { input: inputLabel(input), version: record.version, value }));
  }
  // A business case that takes its evidence from a cohort sheet reckons with the cohort's figures, not the typed ones.
  if (valueOf(evidenceFromCohortName) === 1) {
    const fromCohort = Object.entries(evidenceInUse).map(([input, result]) => [input, valueOf(result)] as const);
    if (fromCohort.every(([, value]) => typeof value === "number" && Number.isFinite(value))) {
      for (const [input, value] of fromCohort) used[input] = value as number;
      findings.push(message("consolidation.finding.evidenceFromCohort"));
    }
  }
  // The table is editable: a county that changed it is computed with its own values and told where they differ.
  const optimismBias = optimismBiasTable(cells, named(optimismBiasName)) ?? optimismBiasByGrade;
  optimismBias.forEach((bias, i) => {
    if (differs(bias, optimismBiasByGrade[i]))
      findings.push(message("consolidation.finding.optimismBias", { level: i + 1, value: bias, standard: optimismBiasByGrade[i] }));
  });
  let recomputed: KeyResults;
  try {
    recomputed = businessCaseResults(used as unknown as BusinessCaseInputs, optimismBias);
  } catch (error) {
    if (!isCodedError(error)) throw error;
    throw new NotRead(message("consolidation.notRead.noResult", { reason: bilingual(error.entry, inputLabels) }));
  }
  const shown: Partial<KeyResults> = {};
  for (const result of shownResults) {
    const value = valueOf(result);
    if (typeof value !== "number" || !Number.isFinite(value)) continue;
    shown[result] = value;
    if (differs(value, recomputed[result])) {
      const [shownText, recomputedText] = shownPair(result, value, recomputed[result]);
      findings.push(
        message("consolidation.finding.shownDiffers", { result: keyResultLabel(result), shown: shownText, recomputed: recomputedText }),
      );
    }
  }
  for (const [input, standard] of Object.entries(defaults?.inputs[counsellingCase.id] ?? {})) {
    const value = inputs[input];
    if (value === undefined || !differs(value, standard.value)) continue;
    findings.push(
      message("consolidation.finding.inputDiffers", {
        input: inputLabel(input),
        value,
        standard: standard.value,
        organisation: defaults!.organisation,
      }),
    );
  }
  const municipality = valueOf(municipalityNameInput);
  return {
    file: name,
    ...(typeof municipality === "string" && municipality.trim() !== "" && { municipality: municipality.trim() }),
    templateVersion: record.version,
    inputs,
    firstBudgetYear: used.first_budget_year,
    recomputed,
    shown,
    evidence: {
      eventsTreated: used.events_treated,
      nTreated: used.n_treated,
      eventsControl: used.events_control,
      nControl: used.n_control,
    },
    findings,
  };
}

/** The file's name without its folder (a browser gives none, a command line may). */
const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** Reads each chosen file in turn; one that cannot be read is listed as not read with the reason. */
export async function readConsolidation(files: ChosenFile[], options: ReadingOptions = {}): Promise<Consolidation> {
  const consolidation: Consolidation = { read: [], notRead: [] };
  for (const [i, { name, bytes }] of files.entries()) {
    const file = baseName(name);
    try {
      consolidation.read.push(await readMunicipality(file, bytes, options.organisationDefaults));
    } catch (error) {
      // Anything else a broken package raises (a part that does not inflate, a sheet that cannot be parsed) is damage too.
      consolidation.notRead.push({ file, reason: error instanceof NotRead ? error.reason : message("consolidation.notRead.damaged") });
    }
    options.onProgress?.(i + 1, files.length);
  }
  return consolidation;
}

/** A finding or reason as text in the language, inputs named by their labels. */
export function consolidationText(entry: Message, language: Language): string {
  return bilingual(entry, inputLabels)[language];
}
