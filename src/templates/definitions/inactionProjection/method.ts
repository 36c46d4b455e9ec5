/** The Projection method sheet. */
import type { RowDefinition } from "../../model";
import { paragraph, title } from "../rows";

export const method: RowDefinition[] = [
  title("Methode und Quellen", "Method and sources"),
  paragraph(
    "1. Pflegebedürftige je Jahr = Bevölkerung 65 bis unter 80 × Pflegequote 65–79 + Bevölkerung 80 und älter × Pflegequote 80+. Die Bevölkerung kommt aus der Vorausberechnung des Statistischen Landesamts (Blatt Bevölkerung), die Pflegequoten aus der Pflegestatistik; beide bleiben über die Jahre gleich, nur die Bevölkerung ändert sich.",
    "1. People in need of care per year = population aged 65 to under 80 × prevalence 65–79 + population aged 80 and over × prevalence 80+. The population comes from the state statistical office's projection (Population sheet), the prevalences from the care statistics; they stay the same over the years, only the population changes.",
  ),
  paragraph(
    "2. Heimbewohner = Pflegebedürftige × Heimanteil; Empfänger von Hilfe zur Pflege = Heimbewohner × Anteil mit Hilfe zur Pflege; Ausgaben des Kreises = Empfänger × Nettokosten je Monat × 12 × (1 + Kostensteigerung)^(Jahr − 1).",
    "2. Care-home residents = people in need of care × care-home share; Hilfe-zur-Pflege recipients = residents × share on Hilfe zur Pflege; county spending = recipients × net cost per month × 12 × (1 + cost growth)^(year − 1).",
  ),
  paragraph(
    "3. Szenarien: Im Status quo bleibt der Heimanteil. „Ambulant vor stationär“ senkt ihn um Wirkung × Reichweite: die relative Senkung der Heimaufnahmen unter Beratenen (aus dem Business Case Beratung, wenn er in derselben Mappe steht, sonst der getippte Wert) mal dem Anteil der Pflegebedürftigen, den die Beratung erreicht. Das eigene Szenario senkt ihn um einen frei gewählten Anteil. Die Senkung wirkt vom ersten Jahr an voll – eine obere Grenze, denn Beratung wirkt erst nach und nach.",
    "3. Scenarios: in the status quo the care-home share stays. 'Ambulant vor stationär' lowers it by effect × reach: the relative reduction of care-home entries among the counselled (from the counselling business case when it is in the same workbook, otherwise the typed value) times the share of people in need of care whom counselling reaches. The user scenario lowers it by a share of your choice. The reduction works in full from the first year – an upper bound, since counselling takes effect gradually.",
  ),
  paragraph(
    "4. Kosten des Nichtstuns = Ausgaben im Status quo − Ausgaben im Szenario, je Jahr und kumuliert, nicht abgezinst und abgezinst am Jahresende wie Excels NBW/NPV.",
    "4. Cost of doing nothing = spending in the status quo − spending in the scenario, per year and cumulated, undiscounted and discounted at the end of each year as Excel's NPV does.",
  ),
  paragraph(
    "5. Präventionsbudget = Anteil × Ausgaben im Status quo; Beratungsstellen = Budget ÷ (Kosten je Stelle × (1 + Kostensteigerung)^(Jahr − 1)). Die Kosten je Stelle kommen aus dem Business Case Beratung (dessen Annahme „Kosten je Stelle“), wenn er in derselben Mappe steht.",
    "5. Prevention budget = share × spending in the status quo; counselling posts = budget ÷ (cost per post × (1 + cost growth)^(year − 1)). The cost per post comes from the counselling business case (its assumption “cost per post”) when it is in the same workbook.",
  ),
  paragraph(
    "6. Quellen: Statistische Ämter des Bundes und der Länder, Bevölkerungsvorausberechnung (Statistik 12421) und Pflegestatistik 2023 (Destatis); DAK-Pflegereport 2024; CAREkonkret 2024; BBSR, Potenzialanalyse altersgerechte Wohnungsanpassung 2014; HM Treasury Green Book 2022; Tagung Sozialplanung NRW 2013. Güte D heißt: durch eigene Zahlen ersetzen.",
    "6. Sources: statistical offices of the Federation and the states, population projection (statistic 12421) and Pflegestatistik 2023 (Destatis); DAK care report 2024; CAREkonkret 2024; BBSR, potential of age-appropriate housing 2014; HM Treasury Green Book 2022; NRW social-planning conference 2013. Grade D means: replace with your own figures.",
  ),
];
