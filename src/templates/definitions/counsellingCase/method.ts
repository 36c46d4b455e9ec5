/** The notes on method and sources, printed at the end of the Assumptions sheet beside the sources they explain. */
import type { RowDefinition } from "../../model";
import { heading, paragraph } from "../rows";

export const method: RowDefinition[] = [
  heading("Methode und Quellen", "Method and sources"),
  paragraph(
    "1. Vergleich: Wir zählen Heimaufnahmen innerhalb von 24 Monaten unter beratenen Haushalten und in einer Vergleichsgruppe. Die Differenz der Quoten ist die Wirkung; das Intervall (Newcombe, aus zwei Wilson-Intervallen) zeigt die Unsicherheit.",
    "1. Comparison: we count care-home entries within 24 months among counselled households and in a comparison group. The difference of the rates is the effect; the interval (Newcombe, from two Wilson intervals) shows the uncertainty.",
  ),
  paragraph(
    "2. Wie sicher: Je schwächer das Design (Maryland-Skala), desto größer der Abschlag für Optimism Bias. Die Tabelle auf dem Blatt Evidenz ist editierbar.",
    "2. How sure: the weaker the design (Maryland scale), the larger the optimism-bias correction. The table on the Evidence sheet is editable.",
  ),
  paragraph(
    "3. Verhinderte Aufnahmen je Jahr = beratene Haushalte × Differenz der Quoten, danach Zurechnung, Verdrängung und Optimism Bias. Mitnahmeeffekte stecken bereits im Vergleich.",
    "3. Prevented placements per year = households counselled × difference of the rates, then attribution, displacement and optimism bias. Deadweight is already in the comparison.",
  ),
  paragraph(
    "4. Wer spart: Eine vermiedene Heimaufnahme spart nicht die vollen Heimkosten, denn Pflege zu Hause kostet auch. Der Kreis spart Hilfe zur Pflege für den Anteil der Bewohner, die sie bekommen; die Pflegekasse zahlt zu Hause oft mehr als im Heim – das wird gezeigt, nicht versteckt.",
    "4. Who saves: a prevented placement does not save the full care-home cost, because care at home costs too. The county saves Hilfe zur Pflege for the share of residents who receive it; the care insurance often pays more at home than in a home – this is shown, not hidden.",
  ),
  paragraph(
    "5. Wann: Jede verhinderte Aufnahme spart Heimmonate in den Folgejahren; das Blatt Ergebnis zeigt das laufende und das nächste Haushaltsjahr und den Barwert über H Jahre (Abzinsung am Jahresende wie Excels NBW/NPV).",
    "5. When: each prevented placement saves care-home months in the following years; the Summary sheet shows the current and the next budget year and the present value over H years (discounted at year end as Excel's NPV does).",
  ),
  paragraph(
    "6. Nutzen-Kosten-Verhältnis für drei Sichten: nur Kreis (Ersparnis des Kreises ÷ Kostenanteil des Kreises), Kreis und Stadt, alle öffentlichen Träger. So lassen sich „refinanziert sich selbst“ und „mindestens ein Viertel der Kosten“ aus ausdrücklichen Annahmen nachvollziehen.",
    "6. Benefit-cost ratio for three scopes: county only (county's saving ÷ county's share of the cost), county and city, all public payers. This is how 'refinances itself' and 'at least a quarter of its cost' can both be traced to explicit assumptions.",
  ),
  paragraph(
    "7. Quellen: § 36, § 37, § 43 SGB XI; vdek-Eigenanteile 2026; DAK-Pflegereport 2024; Caritas-Umfrage 2024; HM Treasury Green Book 2022 und Leitfaden 2014; SROI-Leitfaden 2012; Maryland Scientific Methods Scale. Güte D heißt: durch eigene Zahlen ersetzen.",
    "7. Sources: §36, §37, §43 SGB XI; vdek own shares 2026; DAK care report 2024; Caritas survey 2024; HM Treasury Green Book 2022 and 2014 guidance; SROI guide 2012; Maryland Scientific Methods Scale. Grade D means: replace with your own figures.",
  ),
];
