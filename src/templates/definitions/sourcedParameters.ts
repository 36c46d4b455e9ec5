/**
 * The figures more than one template starts from, each with its plausible range, unit, confidence
 * grade and source: one entry per figure, read by every template that asks for it (an input row
 * spreads the entry and adds its own name, label, format and validation). An organisation's
 * defaults replace them per template and input name (organisationDefaults.ts).
 */
import type { ConfidenceGrade, Text } from "../model";
import { countUnit, estimate, euroPerMonth, euroUnit, shareUnit, t } from "./rows";

/** A figure as an input row states it: `range` is the plausible low and high value. */
export interface SourcedParameter {
  value: number;
  range: [number, number];
  unit: Text;
  grade: ConfidenceGrade;
  source: Text;
}

const perYear = t("pro Jahr", "per year");

export const sourcedParameters = {
  /** Full cost of one counselling post per year, in its first year. */
  costPerPost: {
    value: 100000,
    range: [95000, 110000],
    unit: euroUnit,
    grade: "C",
    source: t(
      "Schätzung aus TVöD-SuE S 11b–S 12 plus Arbeitsplatz (KGSt „Kosten eines Arbeitsplatzes“)",
      "Estimate from TVöD-SuE S 11b–S 12 plus workplace (KGSt 'Kosten eines Arbeitsplatzes')",
    ),
  },
  /** Share of care-home residents whose care the county pays as Hilfe zur Pflege (SGB XII). */
  hzpShare: {
    value: 0.38,
    range: [0.25, 0.54],
    unit: shareUnit,
    grade: "B",
    source: t(
      "NRW Ende 2023: 38 % (25–54 % je Stadt), CAREkonkret; Deutschland 32,5 %, DAK-Pflegereport 2024",
      "NRW end 2023: 38 % (25–54 % by city), CAREkonkret; Germany 32.5 %, DAK care report 2024",
    ),
  },
  /** The county's net cost per care-home resident on Hilfe zur Pflege and month. */
  hzpMonthlyCost: {
    value: 1700,
    range: [1000, 2500],
    unit: euroPerMonth,
    grade: "D",
    source: t(
      "Schätzung (1.000–2.500) – durch Sozialhilfedaten des Kreises ersetzen",
      "Estimate (1,000–2,500) – replace with the county's social-welfare data",
    ),
  },
  /** Yearly growth of costs. */
  costGrowth: { value: 0.02, range: [0, 0.04], unit: perYear, grade: "D", source: estimate },
  /** Real discount rate of an appraisal. */
  discountRate: {
    value: 0.035,
    range: [0.015, 0.05],
    unit: perYear,
    grade: "B",
    source: t("HM Treasury Green Book 2022", "HM Treasury Green Book 2022"),
  },
  /** Households a counselling service reaches in a year: an assumption until the service's own figures replace it. */
  householdsCounselledPerYear: { value: 120, range: [80, 160], unit: countUnit, grade: "D", source: estimate },
} satisfies Record<string, SourcedParameter>;
