import type { Language } from "../strings";

/** One line per template saying what it is for, as the gallery shows it. */
const purposes: Record<string, Record<Language, string>> = {
  "counselling-case": {
    en: "Does a counselling post pay for itself? Savings per cost bearer, this and next budget year, present value and benefit-cost ratio.",
    de: "Trägt sich eine Beratungsstelle? Einsparungen je Kostenträger, laufendes und nächstes Haushaltsjahr, Barwert und Nutzen-Kosten-Verhältnis.",
  },
  "placement-cohort": {
    en: "One row per person: how many care-home placements the service prevented, with interval and months at home.",
    de: "Eine Zeile je Person: wie viele Heimaufnahmen die Beratung verhindert hat, mit Intervall und Monaten zu Hause.",
  },
  "volunteer-hours": {
    en: "What volunteer hours are worth, per activity and in total, net of coordination cost.",
    de: "Was ehrenamtliche Stunden wert sind, je Tätigkeit und insgesamt, abzüglich der Koordinationskosten.",
  },
  "inaction-projection": {
    en: "What doing nothing costs: care spending to 2035 with and without “ambulant vor stationär”.",
    de: "Was Nichtstun kostet: Pflegeausgaben bis 2035 mit und ohne „ambulant vor stationär“.",
  },
  "group-comparison": {
    en: "Treated against comparison group for any outcome, with interval, p-value and a sentence in plain language.",
    de: "Geförderte Gruppe gegen Vergleichsgruppe für jedes Ergebnis, mit Intervall, p-Wert und einem Satz in Worten.",
  },
};

export function templatePurpose(id: string, language: Language): string {
  return purposes[id]?.[language] ?? "";
}
