/**
 * The pooled rows of src/templates/definitions/pooledRows.ts written into .xlsx files, recalculated
 * by LibreOffice (forced recalculation) and compared with the engine's DerSimonian–Laird +
 * Hartung–Knapp result (`pooledRateDifference` with `closedFormPooling`) to 1e-9 relative; the
 * engine itself agrees with metafor (test/engine/pooling.test.ts). The sites are the reference
 * cases of test/reference/pooling.R.
 */
import { pooledRateDifference, closedFormPooling, rateDifferences, type PooledEffect } from "../../src/engine/pooling";
import { normalCriticalValue } from "../../src/engine/distributions";
import { layoutTemplate } from "../../src/templates/layout";
import type { Language, TemplateDefinition } from "../../src/templates/model";
import { withFilePrefixes } from "../../src/templates/xlsxFormulaPrefixes";
import { confidenceInput, t } from "../../src/templates/definitions/rows";
import { pooledCountsAddinFormula, pooledName, pooledRows, pooledSiteColumns } from "../../src/templates/definitions/pooledRows";
import { poolingReference, type CountsCase } from "../reference/poolingReference";
import type { Expected } from "./expectedResults";
import { errorCells, namedMismatches, recalculatePlans, setNamedCell } from "./recalculatedCells";

const counts = { eventsTreated: "events_treated", nTreated: "n_treated", eventsControl: "events_control", nControl: "n_control" };

/** A two-sheet workbook: the sites as a table with the computed columns, the pooled rows beside a confidence input. */
const pooledTemplate: TemplateDefinition = {
  id: "pooled-rows-check",
  version: "1.0.0",
  title: t("Zusammenfassung", "Pooling"),
  purpose: t("Gepoolte Zeilen zum Nachrechnen", "Pooled rows to check by recalculation"),
  sheets: [
    {
      key: "sites",
      name: t("Standorte", "Sites"),
      columnWidths: [],
      protect: false,
      table: {
        name: "site_table",
        columns: [
          { key: "site", header: t("Standort", "Site"), format: "text", width: 14 },
          ...Object.values(counts).map((key) => ({ key, header: t(key, key), name: `site_${key}`, format: "integer" as const, width: 10 })),
          ...pooledSiteColumns(counts),
        ],
        exampleRows: [],
      },
    },
    {
      key: "pooled",
      name: t("Zusammenfassung", "Pooled"),
      columnWidths: [50, 14, 14, 14, 14, 14, 40],
      protect: true,
      rows: [confidenceInput(), ...pooledRows()],
    },
  ],
};

function siteRows(c: CountsCase) {
  return c.events_treated.map((_, i) => [`site ${i + 1}`, c.events_treated[i], c.n_treated[i], c.events_control[i], c.n_control[i]]);
}

function siteCountsOf(c: CountsCase) {
  return {
    eventsTreated: Float64Array.from(c.events_treated),
    nTreated: Float64Array.from(c.n_treated),
    eventsControl: Float64Array.from(c.events_control),
    nControl: Float64Array.from(c.n_control),
  };
}

function expected(c: CountsCase, confidence: number): Expected {
  const sites = siteCountsOf(c);
  const result: PooledEffect = pooledRateDifference(sites, { ...closedFormPooling, confidence });
  const { estimates, variances } = rateDifferences(sites);
  const z = normalCriticalValue(confidence);
  const name = (part: string) => pooledName(part);
  return {
    [name("k")]: result.k,
    [name("q")]: result.q,
    [name("q_p_value")]: result.qPValue,
    [name("tau2")]: result.tau2,
    [name("i2")]: result.i2,
    [name("estimate")]: result.estimate,
    [name("se")]: result.standardError,
    [name("lower")]: result.lower,
    [name("upper")]: result.upper,
    [name("p_value")]: result.pValue ?? "",
    [name("pi_lower")]: result.predictionLower,
    [name("pi_upper")]: result.predictionUpper,
    [name("site_difference")]: [...estimates],
    [name("site_variance")]: [...variances],
    [name("site_lower")]: [...estimates].map((y, i) => y - z * Math.sqrt(variances[i])),
    [name("site_upper")]: [...estimates].map((y, i) => y + z * Math.sqrt(variances[i])),
    [name("site_weight")]: [...result.weightsPercent],
  };
}

const cases: { label: string; c: CountsCase; confidence: number; language: Language }[] = [
  ...poolingReference.counts.map((c) => ({ label: `${c.name}, 95 %`, c, confidence: 0.95, language: "de" as Language })),
  ...poolingReference.counts.slice(0, 2).map((c) => ({ label: `${c.name}, 90 %`, c, confidence: 0.9, language: "en" as Language })),
];

describe("pooled rows (DerSimonian–Laird, Hartung–Knapp) recalculated by LibreOffice agree with the engine to 1e-9", () => {
  let recalculated: Awaited<ReturnType<typeof recalculatePlans>>;

  beforeAll(async () => {
    recalculated = await recalculatePlans(
      cases.map(({ label, c, confidence, language }, i) => {
        const plan = layoutTemplate(pooledTemplate, language, { table: "site_table", rows: siteRows(c) });
        setNamedCell(plan, "confidence", confidence);
        return { label, stem: `pooled${i}`, plan };
      }),
    );
  }, 180_000);

  test.each(cases.map((entry) => [entry.label, entry] as const))("%s", (label, { c, confidence }) => {
    const { plan, sheets } = recalculated.get(label)!;
    expect(errorCells(sheets)).toEqual([]);
    expect(namedMismatches(plan, sheets, expected(c, confidence))).toEqual([]);
  });
});

describe("formula text", () => {
  test("functions newer than Excel 2007 carry _xlfn. in the file", () => {
    const formulas = pooledRows().map((row) => withFilePrefixes(row.formula as string));
    expect(formulas.find((formula) => formula.includes("CHISQ"))).toContain("_xlfn.CHISQ.DIST.RT(");
    expect(formulas.find((formula) => formula.includes("T.INV"))).toContain("_xlfn.T.INV.2T(");
    expect(formulas.find((formula) => formula.includes("T.DIST"))).toContain("_xlfn.T.DIST.2T(");
    const lower = pooledSiteColumns(counts).find((column) => column.key === "site_lower")!;
    expect(withFilePrefixes(lower.formula!)).toContain("_xlfn.NORM.S.INV(");
  });

  test("the add-in formula names the four count ranges, the method and the output key", () => {
    expect(pooledCountsAddinFormula({ eventsTreated: "a", nTreated: "b", eventsControl: "c", nControl: "d" }, "tau2")).toBe(
      '=PREVENT.POOLED.COUNTS({a},{b},{c},{d},"REML","HK",{confidence},"tau2")',
    );
  });
});
