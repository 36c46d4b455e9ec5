import type { Language } from "../shared/language";
import { smdThreshold } from "../engine/balanceThreshold";
import type { WorkbookAction } from "../office/workbookActions";
import type { InsertionFailure, omissions } from "../office/workbookPort";
import { formatPlain } from "./numbers";
import { render } from "../shared/message";
import { insertionFailureMessage } from "../office/insertionFailure";
import type { ExampleNames } from "./preview/exampleRanges";

/** The ranges the hints name: a range and a table column of the example workbook. */
interface HintExamples {
  range: string;
  column: string;
  target: string;
}

type Omission = keyof typeof omissions;

export type { Language };

/** The actions of which a workbook runs one at a time, as the busy message names them. */
const actionNames: Record<Language, Record<WorkbookAction, string>> = {
  en: {
    insertion: "The insertion of a template",
    wizardWrite: "The writing of a comparison",
    trialRun: "A sensitivity run",
    freeze: "Freezing for sharing",
  },
  de: {
    insertion: "das Einfügen einer Vorlage",
    wizardWrite: "das Schreiben eines Vergleichs",
    trialRun: "eine Sensitivitätsrechnung",
    freeze: "das Einfrieren zum Weitergeben",
  },
};

/** Every text the task pane shows, in English and German. */
const english = {
  appTitle: "Prevention Dividend",
  previewTitle: "Preview",
  previewBody:
    "This is a preview in the browser, not Excel. It works on an example workbook held in this page; nothing is saved and nothing is sent anywhere.",
  languageSwitch: "Deutsch",
  languageSwitchLabel: "Show the pane in German",
  sections: "Sections",
  galleryTab: "Templates",
  wizardTab: "Compare groups",
  assumptionsTab: "Assumptions",
  treasurerTab: "For treasurers",
  loading: "Loading …",

  galleryHeading: "Workbook templates",
  galleryIntro: "Insert a template into this workbook, or download it as an .xlsx file that works without the add-in.",
  insert: "Insert",
  insertTemplate: (title: string) => `Insert ${title} into this workbook`,
  download: "Download .xlsx",
  downloadTemplate: (title: string) => `Download .xlsx of ${title}`,
  inserting: "Inserting …",
  inserted: (title: string, sheets: string[]) => `${title} inserted: ${sheets.join(", ")}.`,
  insertFailed: (title: string, reason: string) => `${title} could not be inserted. ${reason}`,
  /** A failed insertion: one true statement, either nothing changed or what is left and where. */
  insertionFailed: (title: string, failure: InsertionFailure) => render(insertionFailureMessage(failure, title), "en"),
  /** Another action runs in this workbook: the new one was not started. */
  workbookBusy: (running: WorkbookAction) =>
    `${actionNames.en[running]} is still running in this workbook. Wait until it has finished, then try again; nothing was started.`,
  insertWithData: "Insert with data from a CSV file",
  settingHint: (minimum: number, maximum: number, standard: number) =>
    `${formatPlain(minimum, "en")} to ${formatPlain(maximum, "en")}, usually ${formatPlain(standard, "en")}. More iterations give steadier percentiles and a larger workbook.`,
  insertWithDataTemplate: (title: string) => `Insert with data from a CSV file: ${title}`,
  readingData: "Reading the file …",
  dataRefused: (title: string, reason: string) => `${title} was not inserted; nothing was changed. ${reason}`,
  downloadFailed: (title: string, reason: string) => `${title} could not be written. ${reason}`,
  upgradeHeading: "Upgrade older copies",
  upgradeIntro:
    "Copies of templates made with an older version can be brought to the current one: every input and every table row is carried over by its name; the old sheets stay until you remove them.",
  upgradeLook: "Look for older copies",
  upgradeNoneFound: "This workbook holds no copy of an older template version.",
  upgradeCopy: (templateId: string, version: string, suffix: number) =>
    `${templateId}, version ${version}${suffix > 1 ? ` (copy ${suffix})` : ""}:`,
  upgradeTo: (version: string) => `Update to version ${version}`,
  upgraded: (sheets: string[]) =>
    `The current version was inserted as ${sheets.join(", ")}. The old sheets are unchanged; remove them once you have checked the new ones.`,
  upgradeFailed: (reason: string) => `The copy was not upgraded; nothing was changed. ${reason}`,
  countyHeading: "County: bring together the municipalities' results",
  countyIntro:
    "Choose the business-case workbooks the municipalities sent. They are read here in the task pane; nothing is uploaded. Each workbook's key results are recalculated from its own inputs and compared with what it shows.",
  countyChoose: "Choose workbooks (.xlsx)",
  countyReading: (done: number, total: number) => `Reading workbook ${done + 1} of ${total} …`,
  countyDone: (read: number, notRead: number) =>
    `${read} ${read === 1 ? "workbook" : "workbooks"} read${notRead > 0 ? `, ${notRead} not read` : ""}.`,
  countyNothingRead: "None of the chosen files could be read.",
  countyFailed: (reason: string) => `The workbooks could not be read. ${reason}`,
  countyReadCaption: "Workbooks read",
  countyMunicipality: "Municipality (file)",
  countyVersion: "Version",
  countyFindingCount: "Findings",
  countyNetCounty: "Net benefit to the county, present value (EUR)",
  countyBcrCounty: "Benefit-cost ratio for the county",
  countyFindingsOf: (municipality: string, count: number) =>
    `${municipality}: ${count === 0 ? "nothing to check" : `${count} ${count === 1 ? "finding" : "findings"} to check`}`,
  countyNotReadCaption: "Not read",
  countyActions: "Next step",
  countyInsert: "Insert the consolidation into this workbook",
  countyInserting: (workbooks: number) =>
    `Inserting the consolidation of ${workbooks === 1 ? "1 workbook" : `${workbooks} workbooks`} into this workbook …`,
  countyInsertFailed: (reason: string) => `The consolidation could not be inserted. ${reason}`,
  countyInsertNote: (workbooks: number) =>
    `Adds the county consolidation to this workbook as new sheets, one row per workbook read (${workbooks === 1 ? "1 row" : `${workbooks} rows`}); the workbooks not read are left out.`,
  defaultsNone: "Uses the add-in's built-in values (no organisation's defaults found).",
  defaultsUsed: (organisation: string, date: string, inputs: number, locked: number) =>
    `Uses the defaults of ${organisation}, valid from ${date}: ${inputs === 1 ? "1 value" : `${inputs} values`}${locked > 0 ? `, ${locked} of them locked` : ""}.`,
  defaultsNotForTemplate: (organisation: string) =>
    `Uses the add-in's built-in values (the defaults of ${organisation} name none of its inputs).`,
  defaultsRefused: (reason: string) => `The organisation's defaults cannot be used, so nothing is inserted or downloaded. ${reason}`,
  downloadStarted: (file: string) =>
    `The download of ${file} has been started. If no file appears, insert the template into this workbook instead.`,
  downloadInBrowser: (file: string) => `${file} opens in your browser, which saves it (Excel for Mac cannot save files from the pane).`,
  downloadUnavailable: (file: string) =>
    `Excel for Mac cannot save ${file} from the pane. Insert the template into this workbook and save a copy with File → Save As, or open the add-in in Excel on the web.`,
  insertingWork: (title: string) => `Inserting ${title} into this workbook …`,
  downloadingWork: (title: string) => `Writing the .xlsx file of ${title} …`,
  readingWork: (file: string) => `Reading ${file} …`,
  omittedHeading: "This Excel lacks what these need, so they were left out:",
  omitted: {
    nativeStatistics:
      "PREVENT functions in the statistics cells: this Excel cannot run the add-in's functions (CustomFunctionsRuntime 1.2), so those cells use Excel's own formulas; the figures are the same.",
    suspendedCalculation: "Pausing the calculation while inserting (ExcelApi 1.6): the insertion took longer; nothing is missing.",
    suspendedScreenUpdating: "Pausing the screen while inserting (ExcelApi 1.9): the insertion took longer; nothing is missing.",
    sheetProtection:
      "Sheet protection (ExcelApi 1.2): the formula cells are not locked. Take care not to type over them; “Check formula cells” finds any that were.",
    frozenRows: "Frozen header rows (ExcelApi 1.7): the table headers scroll away with the rows.",
    dataValidation:
      "Data validation (ExcelApi 1.8): the input cells accept any value; the Assumptions section still warns outside the plausible range.",
    notes: "Notes with sources (ExcelApi 1.18): the source column of each input holds the same text.",
    highlights: "Highlighted results (ExcelApi 1.6): a result that warns is not coloured; its text still says so.",
    charts: "Charts (ExcelApi 1.7): the figures are all there; the downloaded .xlsx file has the charts.",
    customErrorBars:
      "Whiskers of the forest plot: no version of Excel lets an add-in draw error bars from cells (Office.js), so the chart shows each difference as a point without its interval. The limits are on the Municipalities and Summary sheets; the file written by “prevention-dividend consolidate” draws them.",
  } satisfies Record<Omission, string>,
  dataColumnsHeading: "A CSV file for “Insert with data” needs these columns:",
  dataColumnsOptional: "may be left out",
  dataColumnsBlank: "may be blank",
  dataColumnKind: { text: "text", number: "number", date: "date, 2022-01-09 or 09.01.2022", code: "one of", flag: "yes or no:" },
  dataColumnsNames:
    "German or English column names; case, spaces and umlaut spellings (ae, ss) do not matter. If your file names them differently, you are asked which column is which.",
  sampleCsv: "Download a sample CSV",
  sampleCsvFor: (title: string) => `Download a sample CSV for ${title}`,
  sampleCsvName: (id: string) => `${id}-sample.csv`,
  mappingHeading: "Which column of the file is which?",
  mappingIntro: (file: string) =>
    `${file}: the template needs these columns, which the file names differently. Choose the file's column for each.`,
  mappingCodeHeading: "Which value means what?",
  mappingCode: (value: string, column: string) => `What does “${value}” in the column ${column} stand for?`,
  mappingChooseColumn: "— choose a column of the file —",
  mappingChooseCode: "— choose —",
  codeMeaning: {
    treated: "treated (served group)",
    control: "control (comparison group)",
    before: "before",
    after: "after",
  } as Record<string, string>,
  mappingApply: "Insert with this assignment",
  mappingIncomplete: "Choose an answer for each field.",
  mappingKept: "The assignment is kept in this workbook and used for the next file of this template.",
  mappingNotKept: "This Excel cannot keep the assignment in the workbook (ExcelApi 1.4): it applies to this file only.",

  wizardHeading: "Compare a treated group with a comparison group",
  outcomeType: "Outcome",
  outcomeBinary: "Yes/no (1 or 0 per person)",
  outcomeNumber: "Number per person",
  outcomeBeforeAfter: "Number, before and after",
  treatedRange: "Treated group",
  controlRange: "Comparison group",
  treatedBefore: "Treated group, before",
  treatedAfter: "Treated group, after",
  controlBefore: "Comparison group, before",
  controlAfter: "Comparison group, after",
  rangeHint: ({ range, column }: HintExamples) =>
    `A range such as ${range} or a table column such as ${column}; or select the cells in Excel and press “Use selection”.`,
  useSelection: "Use selection",
  useSelectionFor: (field: string) => `Use selection for ${field}`,
  pickTableColumn: "Or pick a table column",
  pickTableColumnFor: (field: string) => `for ${field}`,
  tableColumnOption: (reference: string, rows: string, count: number) => `${reference} (${rows} ${count === 1 ? "row" : "rows"})`,
  noTables: "No Excel tables in this workbook",
  confidence: "Confidence level",
  confidenceHint: "Between 50 % and 99.9 %; 95 % is usual.",
  targetCell: "Write the results at",
  targetHint: ({ target }: HintExamples) => `The top-left cell of the block, e.g. ${target}.`,
  wording: "Wording of the sentence",
  wordingCareHome: "Households counselled, moves into a care home",
  wordingGeneric: "Treated group, event",
  writeBlock: "Write comparison",
  writing: "Writing …",
  writingWork: "Reading the ranges, computing and writing the comparison …",
  rangeMissing: (field: string) => `${field}: enter a range.`,
  rangeInvalid: (field: string, text: string) => `${field}: '${text}' is not a range such as Cohort!C2:C241.`,
  rangePastSheet: (field: string, text: string) =>
    `${field}: '${text}' reaches past the last row (1,048,576) or column (XFD) of a sheet; give a range inside the sheet.`,
  rangeEmpty: (field: string, range: string) => `${field}: ${range} holds nothing to compare.`,
  selectOneBlock: "Select one block of cells: the selection consists of several areas.",
  rangeCut: (field: string, typed: string, used: string) =>
    `${field}: only ${used} of ${typed} holds anything, so only that part was read and is used in the formulas.`,
  targetTooClose: (field: string, rows: number, columns: number) =>
    `${field}: the block needs ${rows} rows and ${columns} columns, which do not fit below or beside this cell on the sheet.`,
  dataRangeInvalid: (field: string, text: string) =>
    `${field}: '${text}' is neither a range such as Cohort!C2:C241 nor a table column such as Counselled[Moved within 24 months].`,
  tableColumnMissing: (field: string, text: string) => `${field}: this workbook has no table column ${text}.`,
  confidenceInvalid: "Confidence level: enter a number between 50 and 99.9 (percent).",
  blanksWarning: (field: string, blanks: number, cells: number) =>
    `${field}: ${blanks} of ${cells} cells are blank. Excel desktop passes blank cells to functions as 0, which counts as “no event” or as the value 0. Use the exact range of the data (e.g. a table column).`,
  overwriteTitle: "Overwrite cells?",
  overwriteBody: (address: string) => `The cells ${address} are not empty. Writing the comparison there replaces what they hold.`,
  overwrite: "Overwrite",
  cancel: "Cancel",
  written: (address: string) => `Comparison written to ${address}.`,
  writeFailed: (reason: string) => `The comparison could not be written. ${reason}`,
  resultHeading: "Result in plain language",
  exampleHint: (names: ExampleNames) =>
    `Example data: the cohort's moves into a care home within 24 months are in column G of the sheet ${names.cohortSheet} (treated households in rows 2 to 241, comparison households in rows 242 to 471), with care grade, age and living alone (1/0) in columns F, H and I, and, one table per group, in the tables ${names.counselledTable} and ${names.comparisonTable} on the sheet ${names.groupsSheet}; test scores before and after are on the sheet ${names.scoresSheet}.`,
  fillExample: "Fill in the example",

  blockTitleBinary: "Comparison of groups: yes/no outcome",
  blockTitleNumber: "Comparison of groups: mean of a number",
  blockTitleBeforeAfter: "Comparison of groups: difference in differences",
  blockReading: "Reading",
  blockReadingNote: "(as calculated when the block was written)",
  covariatesHeading: "Covariates (optional)",
  covariatesHint:
    "The groups were not chosen at random: if they differ in, say, age or living alone, name those covariates here. For each, give its cells in the treated and in the comparison group, row for row as the ranges above. The block then shows whether the groups are alike (PREVENT.BALANCE) and the difference adjusted for them (PREVENT.ADJUSTED). Its formulas stack the two groups with VSTACK and HSTACK, which need Excel for Microsoft 365 or Excel on the web.",
  addCovariate: "Add covariate",
  removeCovariate: (name: string) => `Remove ${name}`,
  covariateNumber: (n: number) => `Covariate ${n}`,
  covariateName: "Name",
  covariateNameHint: "As the sentence should say it, e.g. age.",
  covariateIn: (name: string, group: "treated" | "control") => `${name}, ${group === "treated" ? "treated group" : "comparison group"}`,
  covariateNameMissing: (field: string) => `${field}: enter a name, e.g. age.`,
  covariateNameFormula: (field: string) => `${field}: a name cannot start with =, +, - or @.`,
  balanceTitle: `Were the groups alike? (|SMD| > ${formatPlain(smdThreshold, "en")}: they differ)`,
  balanceCovariate: "Covariate",
  balanceFlagHeader: `|SMD| > ${formatPlain(smdThreshold, "en")}`,
  balanceFlag: "differs",
  adjustedTitle: "Adjusted for the covariates (logistic regression, effect on the treated group)",
  adjustedHeading: "Adjusted for the covariates",

  assumptionsHeading: "Assumptions of the inserted templates",
  assumptionsIntro: "Each input with its unit, source and confidence grade. Changes go straight into the workbook.",
  assumptionsEmpty: "No template inputs found in this workbook. Insert a template first.",
  refresh: "Reload from workbook",
  value: "Value",
  unit: "Unit",
  source: "Source",
  grade: "Grade",
  gradeExplained: {
    A: "A: statutory or measured locally",
    B: "B: published study",
    C: "C: published estimate or derived",
    D: "D: assumption, replace with local data",
  },
  outsideRange: (low: string, high: string) => `Outside the plausible range ${low} to ${high}.`,
  notANumber: "Enter a number.",
  refused: (minimum: string, maximum: string) => `Not saved: the template accepts ${minimum} to ${maximum}.`,
  valueOf: (label: string, unit: string) => `${label}, in ${unit}`,
  saved: "Saved.",
  holdsFormula: (formula: string) => `This cell holds a formula: ${formula}`,
  replaceFormulaTitle: "Replace the formula?",
  replaceFormulaBody: (label: string, address: string, formula: string) =>
    `${label} (${address}) is computed by the formula ${formula}. Saving replaces the formula with the number you typed.`,
  replaceFormula: "Replace with the number",
  keepFormula: "Keep the formula",
  formulaKept: "The formula was kept; nothing was saved.",
  saveFailed: (reason: string) => `Not saved: ${reason}`,

  freezeHeading: "Freeze for sharing",
  freezeIntro:
    "Makes a copy of the chosen sheets that holds values instead of formulas, so that a reviewer without the add-in sees numbers instead of #NAME?. Each cell that used a PREVENT function gets a note with its formula. The sheets themselves stay as they are.",
  freezeSheets: "Sheets to copy",
  freezeButton: "Make frozen copies",
  freezing: "Copying …",
  freezeWork: "Copying the sheets and turning their formulas into values …",
  freezeNoneChosen: "Choose at least one sheet.",
  frozen: (sheets: string[], cells: number) =>
    `Frozen copies added: ${sheets.join(", ")}. ${cells === 1 ? "1 cell" : `${cells} cells`} with a PREVENT formula now ${cells === 1 ? "holds its value" : "hold their values"}, each with a note giving the formula.`,
  frozenWithoutNotes:
    "This Excel has no notes (they need ExcelApi 1.18): the formulas of those cells are listed below the data of each copy instead.",
  frozenWithoutName: "This Excel cannot tell the workbook's name (ExcelApi 1.7): the title of each copy says “this workbook”.",
  freezeFailed: (reason: string) => `No copy was made. ${reason}`,
  frozenCopyTexts: {
    sheetSuffix: " (frozen)",
    title: (sheet: string, workbook: string, madeAt: string) =>
      `Frozen copy of ${sheet} from ${workbook}, made ${madeAt} (UTC). Values only, each one row below its place in ${sheet}; a note on a cell gives the PREVENT formula it held. The formulas are in the original sheet.`,
    note: (address: string, formula: string) => `${address} held the formula ${formula}`,
    formulasHeading: "Formulas of the frozen cells (original cell, formula)",
    unnamedWorkbook: "this workbook",
  },

  sensitivityHeading: "One-way sensitivity, recalculated in Excel",
  sensitivityIntro:
    "Sets each input that has a plausible range to its low and then its high value, lets Excel recalculate, and reads the net present value for the county and for all public payers. Afterwards every input holds what it held before, also when you cancel or something fails.",
  sensitivityNone:
    "No counselling business case with its net present values was found in this workbook. Insert it from the templates first.",
  sensitivityPreview: "The preview does not recalculate formulas: inside Excel this table shows the recalculated values.",
  sensitivityRun: "Run one-way sensitivity",
  sensitivityProgress: (done: number, total: number) => `${done} of ${total} recalculations`,
  sensitivityDone: "Done. Every input holds its original value or formula again.",
  sensitivityStopped: (inputs: number) =>
    `Cancelled after ${inputs === 1 ? "1 input" : `${inputs} inputs`}. Every input holds its original value or formula again.`,
  sensitivityFailed: (reason: string) => `The run stopped: ${reason} Every input it had changed holds its original value or formula again.`,
  calculationNotSettled: (seconds: number) =>
    `Excel had not finished calculating after ${seconds} seconds, so no result could be read reliably.`,
  sensitivityUnrestored: (inputs: string) =>
    `The run stopped and these inputs could not be restored; enter their original contents by hand: ${inputs}.`,
  sensitivityBase: (county: string, all: string) => `Base case: county ${county}, all public payers ${all} (net present value, EUR).`,
  sensitivityCaption: "Net present value (EUR) at the low and at the high value of each input; the largest swing for the county first",
  sensitivityInput: "Input",
  sensitivityRange: "Low – high",
  sensitivityCountyLow: "County, low",
  sensitivityCountyHigh: "County, high",
  sensitivityPublicLow: "All public, low",
  sensitivityPublicHigh: "All public, high",
  sensitivitySwing: "Swing (county)",
  sensitivitySwitching: "NPV 0 at: county / all public",
  switchingNone: "none in range",
  switchingNote:
    "Switching values (where the net present value is zero) are found here by bisection through Excel's recalculation for the discount rate, the horizon and the months avoided, in which the result is not linear; the horizon at the first whole year past the crossing.",
  noNumber: "—",

  reviewHeading: "Formula cells of the model",
  reviewIntro:
    "Checks that every cell where an inserted template (counselling business case, volunteer-hour value) put a formula still holds one, not a typed number, and writes the result with today's date to that template's Review sheet, whose checklist shows it.",
  reviewRun: "Check formula cells",
  reviewChecking: "Checking …",
  reviewWork: "Reading the formula cells of each template and writing the result to its Review sheet …",
  reviewNone:
    "No template with a Review sheet (counselling business case, volunteer-hour value) was found in this workbook. Insert one from the templates first.",
  reviewClean: (checked: number) =>
    `All ${formatPlain(checked, "en")} formula cells hold their formulas. The result and today's date are on the Review sheet of each template.`,
  reviewFindings: (count: number, checked: number) =>
    `${formatPlain(count, "en")} of ${formatPlain(checked, "en")} formula cells hold a typed value instead of the template's formula; the Review sheet shows “warn”. Restore the formulas, e.g. by inserting the template again and copying them:`,
  reviewHolds: (address: string, holds: string) => `${address} holds ${holds === "" ? "nothing" : holds}`,
  reviewOtherVersion: (template: string, made: string, current: string) =>
    `${template} was made with version ${made} of its template and this add-in has version ${current}: its formula cells were not checked. Insert the template again to check a copy of this version.`,
  reviewNotChecked: "No formula cells were checked:",
  reviewFailed: (reason: string) => `The check could not be completed. ${reason}`,

  planningTab: "Planning",
  planningHeading: "Plan an evaluation",
  planningIntro:
    "How many households must be followed, and for how long, to detect the change you hope for? Two-sided test of two rates, as R's power.prop.test computes it.",
  planRateControl: "Rate expected without counselling (%)",
  planRateTreated: "Rate counselling is to reach (%)",
  planPower: "Power wanted (%)",
  planConfidence: "Confidence level (%)",
  planRatio: "Comparison households per counselled household",
  planFollowUp: "Follow-up per household (months)",
  planFollowUpHint: "The window over which the rate counts, e.g. 24 for moves within 24 months.",
  planIntake: "Newly counselled households per month",
  planResults: "Needed for the evaluation",
  planTreated: "Counselled households",
  planControl: "Comparison households",
  planTotal: "Households in all",
  planRecruitment: "Months until enough are counselled",
  planDuration: "Months until the result is known",
  planNotNumber: "Please enter a number.",
  planBetween: (low: string, high: string) => `Please enter a number above ${low} and below ${high}.`,
  planFrom: (low: string, high: string) => `Please enter a number from ${low} to ${high}.`,
  planPositive: "Please enter a number above 0.",
  planSameRates: "The two rates are equal: there is no difference to detect. Enter the rate counselling is to reach.",
  planUnreachable: "With these figures no group size reaches the power wanted. Check the power and the confidence level.",
  planSentence: (p: {
    direction: "fall" | "rise";
    from: string;
    to: string;
    power: string;
    treated: string;
    control: string;
    intake: string;
    recruitment: string;
    followUp: string;
    duration: string;
  }) =>
    `To detect a ${p.direction} from ${p.from} to ${p.to} with ${p.power} power, the evaluation needs ${p.treated} counselled and ${p.control} comparison households. At ${p.intake} newly counselled households a month, enough are counselled after ${p.recruitment} months; with ${p.followUp} months of follow-up per household the result is known after ${p.duration} months.`,
};

export type Strings = typeof english;

const german: Strings = {
  appTitle: "Präventionsdividende",
  previewTitle: "Vorschau",
  previewBody:
    "Dies ist eine Vorschau im Browser, nicht Excel. Sie arbeitet mit einer Beispielmappe in dieser Seite; nichts wird gespeichert und nichts verschickt.",
  languageSwitch: "English",
  languageSwitchLabel: "Den Aufgabenbereich auf Englisch zeigen",
  sections: "Bereiche",
  galleryTab: "Vorlagen",
  wizardTab: "Gruppen vergleichen",
  assumptionsTab: "Annahmen",
  treasurerTab: "Für die Kämmerei",
  loading: "Wird geladen …",

  galleryHeading: "Arbeitsmappen-Vorlagen",
  galleryIntro:
    "Fügen Sie eine Vorlage in diese Arbeitsmappe ein oder laden Sie sie als .xlsx-Datei herunter, die auch ohne das Add-in funktioniert.",
  insert: "Einfügen",
  insertTemplate: (title) => `${title} in diese Arbeitsmappe einfügen`,
  download: ".xlsx herunterladen",
  downloadTemplate: (title) => `.xlsx herunterladen: ${title}`,
  inserting: "Wird eingefügt …",
  inserted: (title, sheets) => `${title} eingefügt: ${sheets.join(", ")}.`,
  insertFailed: (title, reason) => `${title} konnte nicht eingefügt werden. ${reason}`,
  insertionFailed: (title, failure) => render(insertionFailureMessage(failure, title), "de"),
  workbookBusy: (running) =>
    `In dieser Arbeitsmappe läuft noch ${actionNames.de[running]}. Bitte warten Sie, bis der Vorgang abgeschlossen ist, und versuchen Sie es dann erneut; es wurde nichts begonnen.`,
  insertWithData: "Mit Daten aus einer CSV-Datei einfügen",
  settingHint: (minimum, maximum, standard) =>
    `${formatPlain(minimum, "de")} bis ${formatPlain(maximum, "de")}, üblich ${formatPlain(standard, "de")}. Mehr Durchläufe geben ruhigere Perzentile und eine größere Arbeitsmappe.`,
  insertWithDataTemplate: (title) => `Mit Daten aus einer CSV-Datei einfügen: ${title}`,
  readingData: "Datei wird gelesen …",
  dataRefused: (title, reason) => `${title} wurde nicht eingefügt; nichts wurde verändert. ${reason}`,
  downloadFailed: (title, reason) => `${title} konnte nicht erstellt werden. ${reason}`,
  upgradeHeading: "Ältere Kopien aktualisieren",
  upgradeIntro:
    "Mit einer älteren Version erstellte Kopien lassen sich auf die aktuelle bringen: Jede Eingabe und jede Tabellenzeile wird über ihren Namen übernommen; die alten Blätter bleiben, bis Sie sie entfernen.",
  upgradeLook: "Ältere Kopien suchen",
  upgradeNoneFound: "Diese Arbeitsmappe enthält keine Kopie einer älteren Vorlagenversion.",
  upgradeCopy: (templateId, version, suffix) => `${templateId}, Version ${version}${suffix > 1 ? ` (Kopie ${suffix})` : ""}:`,
  upgradeTo: (version) => `Auf Version ${version} aktualisieren`,
  upgraded: (sheets) =>
    `Die aktuelle Version wurde als ${sheets.join(", ")} eingefügt. Die alten Blätter sind unverändert; entfernen Sie sie, nachdem Sie die neuen geprüft haben.`,
  upgradeFailed: (reason) => `Die Kopie wurde nicht aktualisiert; nichts wurde verändert. ${reason}`,
  countyHeading: "Kreis: Ergebnisse der Gemeinden zusammenführen",
  countyIntro:
    "Wählen Sie die Business-Case-Mappen, die die Städte und Gemeinden geschickt haben. Sie werden hier im Aufgabenbereich gelesen; nichts wird hochgeladen. Die Kennzahlen jeder Mappe werden aus ihren eigenen Eingaben neu berechnet und mit dem verglichen, was sie zeigt.",
  countyChoose: "Mappen auswählen (.xlsx)",
  countyReading: (done, total) => `Mappe ${done + 1} von ${total} wird gelesen …`,
  countyDone: (read, notRead) => `${read} ${read === 1 ? "Mappe" : "Mappen"} gelesen${notRead > 0 ? `, ${notRead} nicht gelesen` : ""}.`,
  countyNothingRead: "Keine der ausgewählten Dateien ließ sich lesen.",
  countyFailed: (reason) => `Die Mappen konnten nicht gelesen werden. ${reason}`,
  countyReadCaption: "Gelesene Mappen",
  countyMunicipality: "Gemeinde (Datei)",
  countyVersion: "Version",
  countyFindingCount: "Hinweise",
  countyNetCounty: "Nettonutzen des Kreises, Barwert (EUR)",
  countyBcrCounty: "Nutzen-Kosten-Verhältnis für den Kreis",
  countyFindingsOf: (municipality, count) =>
    `${municipality}: ${count === 0 ? "nichts zu prüfen" : `${count} ${count === 1 ? "Hinweis" : "Hinweise"} zu prüfen`}`,
  countyNotReadCaption: "Nicht gelesen",
  countyActions: "Nächster Schritt",
  countyInsert: "Zusammenführung in diese Arbeitsmappe einfügen",
  countyInserting: (workbooks) =>
    `Die Zusammenführung ${workbooks === 1 ? "einer Mappe" : `von ${workbooks} Mappen`} wird in diese Arbeitsmappe eingefügt …`,
  countyInsertFailed: (reason) => `Die Zusammenführung konnte nicht eingefügt werden. ${reason}`,
  countyInsertNote: (workbooks) =>
    `Fügt die Zusammenführung im Kreis als neue Blätter in diese Arbeitsmappe ein, eine Zeile je gelesener Mappe (${workbooks === 1 ? "1 Zeile" : `${workbooks} Zeilen`}); nicht gelesene Mappen bleiben außen vor.`,
  defaultsNone: "Verwendet die eingebauten Werte des Add-ins (keine Vorgaben einer Organisation gefunden).",
  defaultsUsed: (organisation, date, inputs, locked) =>
    `Verwendet die Vorgaben ${organisation}, gültig ab ${date}: ${inputs === 1 ? "1 Wert" : `${inputs} Werte`}${locked > 0 ? `, davon ${locked} gesperrt` : ""}.`,
  defaultsNotForTemplate: (organisation) =>
    `Verwendet die eingebauten Werte des Add-ins (die Vorgaben ${organisation} nennen keine ihrer Eingaben).`,
  defaultsRefused: (reason) =>
    `Die Vorgaben der Organisation sind nicht verwendbar; deshalb wird nichts eingefügt oder heruntergeladen. ${reason}`,
  downloadStarted: (file) =>
    `Der Download von ${file} wurde gestartet. Erscheint keine Datei, fügen Sie die Vorlage stattdessen in diese Arbeitsmappe ein.`,
  downloadInBrowser: (file) =>
    `${file} öffnet sich in Ihrem Browser, der die Datei speichert (Excel für Mac kann aus dem Aufgabenbereich keine Dateien speichern).`,
  downloadUnavailable: (file) =>
    `Excel für Mac kann ${file} nicht aus dem Aufgabenbereich speichern. Fügen Sie die Vorlage in diese Arbeitsmappe ein und speichern Sie eine Kopie mit Datei → Speichern unter, oder öffnen Sie das Add-in in Excel im Web.`,
  insertingWork: (title) => `${title} wird in diese Arbeitsmappe eingefügt …`,
  downloadingWork: (title) => `Die .xlsx-Datei von ${title} wird erstellt …`,
  readingWork: (file) => `${file} wird gelesen …`,
  omittedHeading: "Diesem Excel fehlt, was Folgendes braucht; es wurde deshalb weggelassen:",
  omitted: {
    nativeStatistics:
      "PREVENT-Funktionen in den Statistikzellen: Dieses Excel kann die Funktionen des Add-ins nicht ausführen (CustomFunctionsRuntime 1.2); diese Zellen rechnen deshalb mit Excels eigenen Formeln, die Zahlen sind dieselben.",
    suspendedCalculation: "Anhalten der Berechnung beim Einfügen (ExcelApi 1.6): Das Einfügen dauerte länger; es fehlt nichts.",
    suspendedScreenUpdating: "Anhalten der Bildschirmanzeige beim Einfügen (ExcelApi 1.9): Das Einfügen dauerte länger; es fehlt nichts.",
    sheetProtection:
      "Blattschutz (ExcelApi 1.2): Die Formelzellen sind nicht gesperrt. Bitte nicht überschreiben; „Formelzellen prüfen“ findet überschriebene.",
    frozenRows: "Fixierte Überschriftenzeilen (ExcelApi 1.7): Die Tabellenüberschriften scrollen mit den Zeilen weg.",
    dataValidation:
      "Datenüberprüfung (ExcelApi 1.8): Die Eingabezellen nehmen jeden Wert an; der Bereich Annahmen warnt weiterhin außerhalb des plausiblen Bereichs.",
    notes: "Notizen mit Quellen (ExcelApi 1.18): Die Quellenspalte jeder Eingabe enthält denselben Text.",
    highlights: "Hervorgehobene Ergebnisse (ExcelApi 1.6): Ein Ergebnis, das warnt, wird nicht eingefärbt; sein Text sagt es weiterhin.",
    charts: "Diagramme (ExcelApi 1.7): Alle Zahlen sind da; die heruntergeladene .xlsx-Datei enthält die Diagramme.",
    customErrorBars:
      "Fehlerbalken des Wald-Diagramms: Keine Excel-Version lässt ein Add-in Fehlerbalken aus Zellen zeichnen (Office.js); das Diagramm zeigt jede Differenz deshalb als Punkt ohne ihr Intervall. Die Grenzen stehen in den Blättern Kommunen und Zusammenfassung; die mit „prevention-dividend consolidate“ erstellte Datei zeichnet sie.",
  },
  dataColumnsHeading: "Eine CSV-Datei für „Mit Daten … einfügen“ braucht diese Spalten:",
  dataColumnsOptional: "kann fehlen",
  dataColumnsBlank: "darf leer sein",
  dataColumnKind: { text: "Text", number: "Zahl", date: "Datum, 09.01.2022 oder 2022-01-09", code: "einer von", flag: "ja oder nein:" },
  dataColumnsNames:
    "Spaltennamen auf Deutsch oder Englisch; Groß- und Kleinschreibung, Leerzeichen und Umlaut-Schreibweisen (ae, ss) spielen keine Rolle. Heißen die Spalten Ihrer Datei anders, werden Sie gefragt, welche welche ist.",
  sampleCsv: "Beispiel-CSV herunterladen",
  sampleCsvFor: (title) => `Beispiel-CSV herunterladen: ${title}`,
  sampleCsvName: (id) => `${id}-beispiel.csv`,
  mappingHeading: "Welche Spalte der Datei ist welche?",
  mappingIntro: (file) =>
    `${file}: Die Vorlage braucht diese Spalten, die in der Datei anders heißen. Wählen Sie jeweils die Spalte der Datei.`,
  mappingCodeHeading: "Welcher Wert bedeutet was?",
  mappingCode: (value, column) => `Wofür steht „${value}“ in der Spalte ${column}?`,
  mappingChooseColumn: "— Spalte der Datei wählen —",
  mappingChooseCode: "— bitte wählen —",
  codeMeaning: {
    treated: "gefördert (geförderte Gruppe)",
    control: "Vergleich (Vergleichsgruppe)",
    before: "vorher",
    after: "nachher",
  },
  mappingApply: "Mit dieser Zuordnung einfügen",
  mappingIncomplete: "Bitte für jedes Feld eine Antwort wählen.",
  mappingKept: "Die Zuordnung wird in dieser Arbeitsmappe gespeichert und für die nächste Datei dieser Vorlage verwendet.",
  mappingNotKept: "Dieses Excel kann die Zuordnung nicht in der Arbeitsmappe speichern (ExcelApi 1.4): Sie gilt nur für diese Datei.",

  wizardHeading: "Eine geförderte Gruppe mit einer Vergleichsgruppe vergleichen",
  outcomeType: "Ergebnis",
  outcomeBinary: "Ja/nein (1 oder 0 je Person)",
  outcomeNumber: "Zahl je Person",
  outcomeBeforeAfter: "Zahl, vorher und nachher",
  treatedRange: "Geförderte Gruppe",
  controlRange: "Vergleichsgruppe",
  treatedBefore: "Geförderte Gruppe, vorher",
  treatedAfter: "Geförderte Gruppe, nachher",
  controlBefore: "Vergleichsgruppe, vorher",
  controlAfter: "Vergleichsgruppe, nachher",
  rangeHint: ({ range, column }) =>
    `Ein Bereich wie ${range} oder eine Tabellenspalte wie ${column}; oder markieren Sie die Zellen in Excel und wählen Sie „Markierung übernehmen“.`,
  useSelection: "Markierung übernehmen",
  useSelectionFor: (field) => `Markierung übernehmen für ${field}`,
  pickTableColumn: "Oder eine Tabellenspalte wählen",
  pickTableColumnFor: (field) => `für ${field}`,
  tableColumnOption: (reference, rows, count) => `${reference} (${rows} ${count === 1 ? "Zeile" : "Zeilen"})`,
  noTables: "Keine Excel-Tabellen in dieser Arbeitsmappe",
  confidence: "Konfidenzniveau",
  confidenceHint: "Zwischen 50 % und 99,9 %; üblich sind 95 %.",
  targetCell: "Ergebnisse schreiben ab",
  targetHint: ({ target }) => `Die linke obere Zelle des Blocks, z. B. ${target}.`,
  wording: "Formulierung des Satzes",
  wordingCareHome: "Beratene Haushalte, Umzüge ins Pflegeheim",
  wordingGeneric: "Geförderte Gruppe, Ereignis",
  writeBlock: "Vergleich schreiben",
  writing: "Wird geschrieben …",
  writingWork: "Die Bereiche werden gelesen, der Vergleich wird berechnet und geschrieben …",
  rangeMissing: (field) => `${field}: Bitte einen Bereich angeben.`,
  rangeInvalid: (field, text) => `${field}: „${text}“ ist kein Bereich wie Kohorte!C2:C241.`,
  rangePastSheet: (field, text) =>
    `${field}: „${text}“ reicht über die letzte Zeile (1.048.576) oder Spalte (XFD) eines Tabellenblatts hinaus; geben Sie einen Bereich innerhalb des Blatts an.`,
  rangeEmpty: (field, range) => `${field}: ${range} enthält nichts zum Vergleichen.`,
  selectOneBlock: "Bitte markieren Sie einen zusammenhängenden Zellbereich; die Markierung besteht aus mehreren Bereichen.",
  rangeCut: (field, typed, used) =>
    `${field}: Nur ${used} von ${typed} enthält etwas; nur dieser Teil wurde gelesen und steht in den Formeln.`,
  targetTooClose: (field, rows, columns) =>
    `${field}: Der Block braucht ${rows} Zeilen und ${columns} Spalten; sie passen unter oder neben dieser Zelle nicht mehr auf das Blatt.`,
  dataRangeInvalid: (field, text) =>
    `${field}: „${text}“ ist weder ein Bereich wie Kohorte!C2:C241 noch eine Tabellenspalte wie Beratene[Umzug binnen 24 Monaten].`,
  tableColumnMissing: (field, text) => `${field}: Diese Arbeitsmappe hat keine Tabellenspalte ${text}.`,
  confidenceInvalid: "Konfidenzniveau: Bitte eine Zahl zwischen 50 und 99,9 (Prozent) eingeben.",
  blanksWarning: (field, blanks, cells) =>
    `${field}: ${blanks} von ${cells} Zellen sind leer. Excel für den Desktop übergibt leere Zellen als 0, das zählt als „kein Ereignis“ bzw. als Wert 0. Verwenden Sie genau den Bereich der Daten (z. B. eine Tabellenspalte).`,
  overwriteTitle: "Zellen überschreiben?",
  overwriteBody: (address) => `Die Zellen ${address} sind nicht leer. Wenn der Vergleich dort geschrieben wird, ersetzt er ihren Inhalt.`,
  overwrite: "Überschreiben",
  cancel: "Abbrechen",
  written: (address) => `Vergleich nach ${address} geschrieben.`,
  writeFailed: (reason) => `Der Vergleich konnte nicht geschrieben werden. ${reason}`,
  resultHeading: "Ergebnis in Worten",
  exampleHint: (names) =>
    `Beispieldaten: Die Umzüge ins Pflegeheim innerhalb von 24 Monaten stehen in Spalte G des Blatts ${names.cohortSheet} (beratene Haushalte in den Zeilen 2 bis 241, Vergleichshaushalte in den Zeilen 242 bis 471), Pflegegrad, Alter und allein lebend (1/0) in den Spalten F, H und I, und, je Gruppe eine Tabelle, in den Tabellen ${names.counselledTable} und ${names.comparisonTable} auf dem Blatt ${names.groupsSheet}; Testwerte vorher und nachher stehen auf dem Blatt ${names.scoresSheet}.`,
  fillExample: "Beispiel eintragen",

  blockTitleBinary: "Gruppenvergleich: Ergebnis ja/nein",
  blockTitleNumber: "Gruppenvergleich: Mittelwert einer Zahl",
  blockTitleBeforeAfter: "Gruppenvergleich: Differenz der Differenzen",
  blockReading: "Lesart",
  blockReadingNote: "(berechnet beim Schreiben des Blocks)",
  covariatesHeading: "Merkmale (freiwillig)",
  covariatesHint:
    "Die Gruppen wurden nicht ausgelost: Unterscheiden sie sich etwa im Alter oder darin, ob jemand allein lebt, nennen Sie diese Merkmale hier. Geben Sie je Merkmal seine Zellen in der geförderten Gruppe und in der Vergleichsgruppe an, Zeile für Zeile wie die Bereiche oben. Der Block zeigt dann, ob die Gruppen sich gleichen (PREVENT.BALANCE), und die um die Merkmale bereinigte Differenz (PREVENT.ADJUSTED). Seine Formeln stapeln die beiden Gruppen mit VSTACK und HSTACK; dafür braucht es Excel für Microsoft 365 oder Excel im Web.",
  addCovariate: "Merkmal hinzufügen",
  removeCovariate: (name) => `${name} entfernen`,
  covariateNumber: (n) => `Merkmal ${n}`,
  covariateName: "Name",
  covariateNameHint: "So, wie der Satz es nennen soll, z. B. Alter.",
  covariateIn: (name, group) => `${name}, ${group === "treated" ? "geförderte Gruppe" : "Vergleichsgruppe"}`,
  covariateNameMissing: (field) => `${field}: Bitte einen Namen angeben, z. B. Alter.`,
  covariateNameFormula: (field) => `${field}: Ein Name darf nicht mit =, +, - oder @ beginnen.`,
  balanceTitle: `Waren die Gruppen vergleichbar? (|SMD| > ${formatPlain(smdThreshold, "de")}: Sie unterscheiden sich)`,
  balanceCovariate: "Merkmal",
  balanceFlagHeader: `|SMD| > ${formatPlain(smdThreshold, "de")}`,
  balanceFlag: "unterschiedlich",
  adjustedTitle: "Bereinigt um die Merkmale (logistische Regression, Wirkung bei der geförderten Gruppe)",
  adjustedHeading: "Bereinigt um die Merkmale",

  assumptionsHeading: "Annahmen der eingefügten Vorlagen",
  assumptionsIntro: "Jede Eingabe mit Einheit, Quelle und Verlässlichkeitsstufe. Änderungen gehen direkt in die Arbeitsmappe.",
  assumptionsEmpty: "Keine Eingaben einer Vorlage in dieser Arbeitsmappe gefunden. Fügen Sie zuerst eine Vorlage ein.",
  refresh: "Aus der Arbeitsmappe neu laden",
  value: "Wert",
  unit: "Einheit",
  source: "Quelle",
  grade: "Stufe",
  gradeExplained: {
    A: "A: gesetzlich festgelegt oder vor Ort gemessen",
    B: "B: veröffentlichte Studie",
    C: "C: veröffentlichte Schätzung oder abgeleitet",
    D: "D: Annahme, durch eigene Daten ersetzen",
  },
  outsideRange: (low, high) => `Außerhalb des plausiblen Bereichs ${low} bis ${high}.`,
  notANumber: "Bitte eine Zahl eingeben.",
  refused: (minimum, maximum) => `Nicht gespeichert: Die Vorlage erlaubt ${minimum} bis ${maximum}.`,
  valueOf: (label, unit) => `${label}, in ${unit}`,
  saved: "Gespeichert.",
  holdsFormula: (formula) => `Diese Zelle enthält eine Formel: ${formula}`,
  replaceFormulaTitle: "Formel ersetzen?",
  replaceFormulaBody: (label, address, formula) =>
    `${label} (${address}) wird von der Formel ${formula} berechnet. Speichern ersetzt die Formel durch die eingegebene Zahl.`,
  replaceFormula: "Durch die Zahl ersetzen",
  keepFormula: "Formel behalten",
  formulaKept: "Die Formel bleibt; nichts wurde gespeichert.",
  saveFailed: (reason) => `Nicht gespeichert: ${reason}`,

  freezeHeading: "Zum Weitergeben einfrieren",
  freezeIntro:
    "Legt eine Kopie der gewählten Blätter an, die Werte statt Formeln enthält, damit Prüfende ohne das Add-in Zahlen statt #NAME? sehen. Jede Zelle, die eine PREVENT-Funktion verwendete, bekommt eine Notiz mit ihrer Formel. Die Blätter selbst bleiben, wie sie sind.",
  freezeSheets: "Zu kopierende Blätter",
  freezeButton: "Eingefrorene Kopien anlegen",
  freezing: "Wird kopiert …",
  freezeWork: "Die Blätter werden kopiert, ihre Formeln in Werte umgewandelt …",
  freezeNoneChosen: "Bitte mindestens ein Blatt wählen.",
  frozen: (sheets, cells) =>
    `Eingefrorene Kopien angelegt: ${sheets.join(", ")}. ${cells === 1 ? "1 Zelle" : `${cells} Zellen`} mit einer PREVENT-Formel ${cells === 1 ? "enthält jetzt ihren Wert" : "enthalten jetzt ihre Werte"}, jeweils mit einer Notiz, die die Formel nennt.`,
  frozenWithoutNotes:
    "Dieses Excel kennt keine Notizen (sie brauchen ExcelApi 1.18): Die Formeln dieser Zellen stehen stattdessen unter den Daten jeder Kopie.",
  frozenWithoutName:
    "Dieses Excel nennt den Namen der Arbeitsmappe nicht (ExcelApi 1.7): Der Titel jeder Kopie sagt „dieser Arbeitsmappe“.",
  freezeFailed: (reason) => `Es wurde keine Kopie angelegt. ${reason}`,
  frozenCopyTexts: {
    sheetSuffix: " (eingefroren)",
    title: (sheet, workbook, madeAt) =>
      `Eingefrorene Kopie von ${sheet} aus ${workbook}, erstellt ${madeAt} (UTC). Nur Werte, jeder eine Zeile unter seinem Platz in ${sheet}; eine Notiz an einer Zelle nennt die PREVENT-Formel, die sie enthielt. Die Formeln stehen im Originalblatt.`,
    note: (address, formula) => `${address} enthielt die Formel ${formula}`,
    formulasHeading: "Formeln der eingefrorenen Zellen (Originalzelle, Formel)",
    unnamedWorkbook: "dieser Arbeitsmappe",
  },

  sensitivityHeading: "Einseitige Sensitivität, in Excel neu berechnet",
  sensitivityIntro:
    "Setzt jede Eingabe mit plausiblem Bereich erst auf ihren niedrigen, dann auf ihren hohen Wert, lässt Excel neu rechnen und liest den Kapitalwert für den Kreis und für alle öffentlichen Träger. Danach enthält jede Eingabe wieder, was sie vorher enthielt, auch wenn Sie abbrechen oder etwas fehlschlägt.",
  sensitivityNone:
    "In dieser Arbeitsmappe wurde kein Business Case der Beratung mit seinen Kapitalwerten gefunden. Fügen Sie ihn zuerst aus den Vorlagen ein.",
  sensitivityPreview: "Die Vorschau berechnet keine Formeln: In Excel zeigt diese Tabelle die neu berechneten Werte.",
  sensitivityRun: "Einseitige Sensitivität berechnen",
  sensitivityProgress: (done, total) => `${done} von ${total} Neuberechnungen`,
  sensitivityDone: "Fertig. Jede Eingabe enthält wieder ihren ursprünglichen Wert oder ihre Formel.",
  sensitivityStopped: (inputs) =>
    `Abgebrochen nach ${inputs === 1 ? "1 Eingabe" : `${inputs} Eingaben`}. Jede Eingabe enthält wieder ihren ursprünglichen Wert oder ihre Formel.`,
  calculationNotSettled: (seconds) =>
    `Excel hatte die Berechnung nach ${seconds} Sekunden noch nicht abgeschlossen; die Ergebnisse ließen sich daher nicht verlässlich ablesen.`,
  sensitivityFailed: (reason) =>
    `Die Berechnung brach ab: ${reason} Jede Eingabe, die sie geändert hatte, enthält wieder ihren ursprünglichen Wert oder ihre Formel.`,
  sensitivityUnrestored: (inputs) =>
    `Die Berechnung brach ab, und diese Eingaben ließen sich nicht zurücksetzen; tragen Sie ihren ursprünglichen Inhalt von Hand ein: ${inputs}.`,
  sensitivityBase: (county, all) => `Basisfall: Kreis ${county}, alle öffentlichen Träger ${all} (Kapitalwert, EUR).`,
  sensitivityCaption: "Kapitalwert (EUR) beim niedrigen und beim hohen Wert jeder Eingabe; die größte Spanne für den Kreis zuerst",
  sensitivityInput: "Eingabe",
  sensitivityRange: "Niedrig – hoch",
  sensitivityCountyLow: "Kreis, niedrig",
  sensitivityCountyHigh: "Kreis, hoch",
  sensitivityPublicLow: "Alle öffentl., niedrig",
  sensitivityPublicHigh: "Alle öffentl., hoch",
  sensitivitySwing: "Spanne (Kreis)",
  sensitivitySwitching: "Kapitalwert 0 bei: Kreis / alle öffentl.",
  switchingNone: "keiner im Bereich",
  switchingNote:
    "Umschlagwerte (bei denen der Kapitalwert null ist) werden hier für Diskontsatz, Betrachtungszeitraum und vermiedene Monate, in denen das Ergebnis nicht linear ist, durch Bisektion mit Excels Neuberechnung gesucht; beim Zeitraum das erste ganze Jahr nach dem Umschlag.",
  noNumber: "—",

  reviewHeading: "Formelzellen des Modells",
  reviewIntro:
    "Prüft, ob jede Zelle, in die eine eingefügte Vorlage (Business Case der Beratung, Wert ehrenamtlicher Stunden) eine Formel gesetzt hat, noch eine enthält und keine getippte Zahl, und schreibt das Ergebnis mit dem heutigen Datum auf das Blatt Prüfung dieser Vorlage, dessen Checkliste es zeigt.",
  reviewRun: "Formelzellen prüfen",
  reviewChecking: "Wird geprüft …",
  reviewWork: "Die Formelzellen jeder Vorlage werden gelesen, das Ergebnis wird auf ihr Blatt Prüfung geschrieben …",
  reviewNone:
    "In dieser Arbeitsmappe wurde keine Vorlage mit einem Blatt Prüfung (Business Case der Beratung, Wert ehrenamtlicher Stunden) gefunden. Fügen Sie zuerst eine aus den Vorlagen ein.",
  reviewClean: (checked) =>
    `Alle ${formatPlain(checked, "de")} Formelzellen enthalten ihre Formeln. Ergebnis und heutiges Datum stehen auf dem Blatt Prüfung jeder Vorlage.`,
  reviewFindings: (count, checked) =>
    `${formatPlain(count, "de")} von ${formatPlain(checked, "de")} Formelzellen enthalten einen getippten Wert statt der Formel der Vorlage; das Blatt Prüfung zeigt „prüfen“. Stellen Sie die Formeln wieder her, z. B. indem Sie die Vorlage erneut einfügen und sie kopieren:`,
  reviewHolds: (address, holds) => `${address} enthält ${holds === "" ? "nichts" : holds}`,
  reviewOtherVersion: (template, made, current) =>
    `${template} wurde mit Version ${made} der Vorlage angelegt, dieses Add-in hat Version ${current}: ihre Formelzellen wurden nicht geprüft. Fügen Sie die Vorlage erneut ein, um eine Kopie dieser Version zu prüfen.`,
  reviewNotChecked: "Es wurden keine Formelzellen geprüft:",
  reviewFailed: (reason) => `Die Prüfung ließ sich nicht abschließen. ${reason}`,

  planningTab: "Planung",
  planningHeading: "Eine Auswertung planen",
  planningIntro:
    "Wie viele Haushalte müssen wie lange begleitet werden, damit sich die erhoffte Veränderung nachweisen lässt? Zweiseitiger Test zweier Quoten, wie ihn R mit power.prop.test rechnet.",
  planRateControl: "Erwartete Quote ohne Beratung (%)",
  planRateTreated: "Quote, die die Beratung erreichen soll (%)",
  planPower: "Gewünschte Sicherheit (Teststärke, %)",
  planConfidence: "Konfidenzniveau (%)",
  planRatio: "Vergleichshaushalte je beratenem Haushalt",
  planFollowUp: "Beobachtungszeit je Haushalt (Monate)",
  planFollowUpHint: "Das Zeitfenster, über das die Quote zählt, z. B. 24 für Heimeinzüge innerhalb von 24 Monaten.",
  planIntake: "Neu beratene Haushalte je Monat",
  planResults: "Für die Auswertung nötig",
  planTreated: "Beratene Haushalte",
  planControl: "Vergleichshaushalte",
  planTotal: "Haushalte insgesamt",
  planRecruitment: "Monate, bis genug Haushalte beraten sind",
  planDuration: "Monate, bis das Ergebnis feststeht",
  planNotNumber: "Bitte eine Zahl eingeben.",
  planBetween: (low, high) => `Bitte eine Zahl über ${low} und unter ${high} eingeben.`,
  planFrom: (low, high) => `Bitte eine Zahl von ${low} bis ${high} eingeben.`,
  planPositive: "Bitte eine Zahl über 0 eingeben.",
  planSameRates:
    "Beide Quoten sind gleich; es gibt keinen Unterschied nachzuweisen. Bitte die Quote eintragen, die die Beratung erreichen soll.",
  planUnreachable: "Mit diesen Angaben erreicht keine Gruppengröße die gewünschte Sicherheit. Bitte Teststärke und Konfidenzniveau prüfen.",
  planSentence: (p) =>
    `Um einen ${p.direction === "fall" ? "Rückgang" : "Anstieg"} von ${p.from} auf ${p.to} mit ${p.power} Sicherheit nachzuweisen, braucht die Auswertung ${p.treated} beratene Haushalte und ${p.control} Vergleichshaushalte. Bei ${p.intake} neu beratenen Haushalten im Monat sind nach ${p.recruitment} Monaten genug beraten; mit ${p.followUp} Monaten Beobachtung je Haushalt steht das Ergebnis nach ${p.duration} Monaten fest.`,
};

export const strings: Record<Language, Strings> = { en: english, de: german };
