/**
 * The functions.json that custom-functions-metadata generates from the files listed by
 * src/functions/files.js (the same call the webpack plugin makes). Each function file has its own
 * block of expectations below; add a block when you add a function file.
 */
import * as path from "path";
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";

// files.js is CommonJS: webpack.config.js reads the same list.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionFiles } = require("../../src/functions/files.js") as { functionFiles: string[] };

const repositoryRoot = path.join(__dirname, "..", "..");

type Dimensionality = "scalar" | "matrix";

interface ExpectedParameter {
  name: string;
  optional?: boolean;
  /** "matrix" for a range, "scalar" (the generator's default, written as no dimensionality) otherwise. */
  dimensionality: Dimensionality;
}

interface ExpectedFunction {
  id: string;
  parameters: ExpectedParameter[];
  result: Dimensionality;
}

const range = (name: string): ExpectedParameter => ({ name, dimensionality: "matrix" });
const value = (name: string): ExpectedParameter => ({ name, dimensionality: "scalar" });
const optional = (name: string): ExpectedParameter => ({ name, dimensionality: "scalar", optional: true });

const expectedFunctionsByFile: Record<string, ExpectedFunction[]> = {
  // ---------------------------------------------------------------------------------------------
  // src/functions/comparisons.ts: treated versus control (DESIGN §3.1). Ranges and spilled tables
  // are matrices; confidence and output are optional single values.
  "src/functions/comparisons.ts": [
    {
      id: "RATEDIFF",
      parameters: [range("treated"), range("control"), optional("confidence"), optional("output")],
      result: "matrix",
    },
    {
      id: "RATEDIFF.COUNTS",
      parameters: [
        value("events_treated"),
        value("n_treated"),
        value("events_control"),
        value("n_control"),
        optional("confidence"),
        optional("output"),
      ],
      result: "matrix",
    },
    {
      id: "MEANDIFF",
      parameters: [range("treated"), range("control"), optional("confidence"), optional("output")],
      result: "matrix",
    },
    {
      id: "DID",
      parameters: [
        range("treated_before"),
        range("treated_after"),
        range("control_before"),
        range("control_after"),
        optional("confidence"),
        optional("output"),
      ],
      result: "matrix",
    },
  ],
  // ---------------------------------------------------------------------------------------------
  // src/functions/fiscal.ts: care placements and fiscal value (DESIGN §3.2). Single values are
  // scalars; STREAM, FISCALRETURN and SPLIT spill; costs, benefits and shares are ranges.
  "src/functions/fiscal.ts": [
    { id: "PREVENTED", parameters: [value("n_served"), value("rate_treated"), value("rate_control")], result: "scalar" },
    {
      id: "PLACEMENTVALUE",
      parameters: [
        value("months_avoided"),
        value("monthly_cost_care_home"),
        value("monthly_cost_at_home"),
        optional("share"),
        optional("discount_rate"),
        optional("cost_growth"),
      ],
      result: "scalar",
    },
    { id: "STREAM", parameters: [value("amount"), value("years"), optional("growth"), optional("drop_off")], result: "matrix" },
    {
      id: "ADJUST",
      parameters: [value("gross"), optional("deadweight"), optional("attribution"), optional("displacement"), optional("optimism_bias")],
      result: "scalar",
    },
    {
      id: "FISCALRETURN",
      parameters: [range("costs"), range("benefits"), optional("discount_rate"), optional("output")],
      result: "matrix",
    },
    { id: "SPLIT", parameters: [value("amount"), range("shares")], result: "matrix" },
  ],
  // ---------------------------------------------------------------------------------------------
  // src/functions/volunteering.ts: volunteer hours and their value (DESIGN §3.3).
  "src/functions/volunteering.ts": [
    { id: "VOLUNTEERHOURS", parameters: [value("volunteers"), value("hours_per_week"), optional("weeks_per_year")], result: "scalar" },
    { id: "VOLUNTEERVALUE", parameters: [value("hours"), optional("rate"), optional("year")], result: "scalar" },
    { id: "MINWAGE", parameters: [value("date")], result: "scalar" },
  ],
  // ---------------------------------------------------------------------------------------------
  // src/functions/sampling.ts: seeded draws (DESIGN §3.4); optional p3 and seed come last.
  "src/functions/sampling.ts": [
    {
      id: "SAMPLE",
      parameters: [value("distribution"), value("iterations"), value("p1"), value("p2"), optional("p3"), optional("seed")],
      result: "matrix",
    },
  ],
  // ---------------------------------------------------------------------------------------------
  // src/functions/survival.ts: time to care-home entry in censored cohorts (DESIGN §3.5). The
  // cohort columns and times are ranges; horizon, confidence and output are optional values.
  "src/functions/survival.ts": [
    {
      id: "KAPLANMEIER",
      parameters: [
        range("start_dates"),
        range("entry_dates"),
        range("end_dates"),
        { name: "times", dimensionality: "matrix", optional: true },
        optional("confidence"),
        optional("output"),
      ],
      result: "matrix",
    },
    {
      id: "LOGRANK",
      parameters: [
        range("groups"),
        range("start_dates"),
        range("entry_dates"),
        range("end_dates"),
        optional("horizon"),
        optional("confidence"),
        optional("output"),
      ],
      result: "matrix",
    },
  ],
  // ---------------------------------------------------------------------------------------------
  // src/functions/comparableGroups.ts: balance and covariate adjustment (DESIGN §3.6). All three
  // spill; BALANCE's weights are an optional range.
  "src/functions/comparableGroups.ts": [
    {
      id: "BALANCE",
      parameters: [range("covariates"), range("group"), { name: "weights", dimensionality: "matrix", optional: true }, optional("output")],
      result: "matrix",
    },
    { id: "WEIGHTS", parameters: [range("group"), range("covariates")], result: "matrix" },
    {
      id: "ADJUSTED",
      parameters: [range("outcome"), range("group"), range("covariates"), optional("method"), optional("confidence"), optional("output")],
      result: "matrix",
    },
  ],
  // ---------------------------------------------------------------------------------------------
  // src/functions/pooling.ts: pooling across sites (DESIGN §3.7). One cell per site in each range.
  "src/functions/pooling.ts": [
    {
      id: "POOLED.COUNTS",
      parameters: [
        range("events_treated"),
        range("n_treated"),
        range("events_control"),
        range("n_control"),
        optional("method"),
        optional("interval"),
        optional("confidence"),
        optional("output"),
      ],
      result: "matrix",
    },
    {
      id: "POOLED",
      parameters: [
        range("estimates"),
        range("standard_errors"),
        optional("method"),
        optional("interval"),
        optional("confidence"),
        optional("output"),
      ],
      result: "matrix",
    },
    {
      id: "POOLED.WEIGHTS",
      parameters: [
        range("events_treated"),
        range("n_treated"),
        range("events_control"),
        range("n_control"),
        optional("method"),
        optional("interval"),
        optional("confidence"),
      ],
      result: "matrix",
    },
  ],
  // ---------------------------------------------------------------------------------------------
  // src/functions/confounding.ts: unmeasured confounding and power (DESIGN §3.8). Counts, rates and
  // sizes are single values; DETECTABLE returns one number, the others spill.
  "src/functions/confounding.ts": [
    {
      id: "EVALUE",
      parameters: [
        value("events_treated"),
        value("n_treated"),
        value("events_control"),
        value("n_control"),
        optional("confidence"),
        optional("output"),
      ],
      result: "matrix",
    },
    { id: "EVALUE.RR", parameters: [value("risk_ratio"), optional("limit_1"), optional("limit_2"), optional("output")], result: "matrix" },
    {
      id: "DETECTABLE",
      parameters: [value("n_treated"), value("n_control"), value("rate_control"), optional("power"), optional("confidence")],
      result: "scalar",
    },
    {
      id: "SAMPLESIZE",
      parameters: [
        value("rate_control"),
        value("rate_treated"),
        optional("power"),
        optional("confidence"),
        optional("ratio"),
        optional("output"),
      ],
      result: "matrix",
    },
  ],
  // ---------------------------------------------------------------------------------------------
  // Other function files: add a block here, keyed by the path files.js lists.
};

function dimensionalityOf(declared: string | undefined): Dimensionality {
  return declared === "matrix" ? "matrix" : "scalar";
}

describe("functions.json generated from the function files", () => {
  let functions: IFunction[] = [];
  let errors: string[] = [];
  /** Function ids per source file, from the generated associate calls. */
  const idsByFile = new Map<string, string[]>();

  beforeAll(async () => {
    const absolute = functionFiles.map((file) => path.join(repositoryRoot, file));
    const generated = await generateCustomFunctionsMetadata(absolute);
    errors = generated.errors;
    functions = generated.metadataJson ? (JSON.parse(generated.metadataJson).functions as IFunction[]) : [];
    for (const association of generated.associate) {
      const file = path.relative(repositoryRoot, association.sourceFileName).split(path.sep).join("/");
      idsByFile.set(file, [...(idsByFile.get(file) ?? []), association.id]);
    }
  });

  test("the generator runs under the TypeScript 5 this project pins (it crashes under 7)", () => {
    // The copy of TypeScript the generator itself resolves, not necessarily the project's.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const typescript = require(require.resolve("typescript", { paths: [require.resolve("custom-functions-metadata")] }));
    expect(typescript.version).toMatch(/^5\./);
    expect(errors).toEqual([]);
  });

  test("files.js lists every file with expectations", () => {
    const listed = functionFiles.map((file) => file.split(path.sep).join("/"));
    for (const file of Object.keys(expectedFunctionsByFile)) expect(listed).toContain(file);
  });

  describe.each(Object.entries(expectedFunctionsByFile))("%s", (file, expectedFunctions) => {
    test("its functions are associated with this file", () => {
      expect(idsByFile.get(file) ?? []).toEqual(expect.arrayContaining(expectedFunctions.map((expected) => expected.id)));
    });

    test.each(expectedFunctions)("$id: id, parameters (optional ones marked) and dimensionality", (expected) => {
      const generated = functions.find((candidate) => candidate.id === expected.id);
      expect(generated).toBeDefined();
      expect(generated!.name).toBe(expected.id);
      expect(generated!.description?.length).toBeGreaterThan(0);
      expect(
        generated!.parameters.map((parameter) => ({
          name: parameter.name,
          dimensionality: dimensionalityOf(parameter.dimensionality),
          ...(parameter.optional ? { optional: true } : {}),
        })),
      ).toEqual(expected.parameters);
      expect(dimensionalityOf(generated!.result?.dimensionality)).toBe(expected.result);
    });
  });
});
