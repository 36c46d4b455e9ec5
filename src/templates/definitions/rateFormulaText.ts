/**
 * The formula text of a two-rate comparison (DESIGN §3.1), written once over operand names the
 * caller chooses: the templates pass placeholders ("{rate_treated}"), the wizard's native block
 * passes the variables of its LET ("p1"). No leading "=".
 */

/** The normal quantile z of a two-sided interval at the confidence level `confidence`. */
export function twoSidedZ(confidence: string): string {
  return `NORM.S.INV(1-(1-${confidence})/2)`;
}

/** A bound of the Wilson score interval (no continuity correction) for `rate` of `n` at the normal quantile `z`. */
export function wilsonBound(rate: string, n: string, z: string, sign: "+" | "-"): string {
  return `(${rate}+${z}^2/(2*${n})${sign}${z}*SQRT(${rate}*(1-${rate})/${n}+${z}^2/(4*${n}^2)))/(1+${z}^2/${n})`;
}

/** Newcombe's hybrid score interval of `difference` = treated − control from the two Wilson intervals. */
export function newcombeBound(
  bound: "lower" | "upper",
  difference: string,
  treated: { rate: string; lower: string; upper: string },
  control: { rate: string; lower: string; upper: string },
): string {
  return bound === "lower"
    ? `${difference}-SQRT((${treated.rate}-${treated.lower})^2+(${control.upper}-${control.rate})^2)`
    : `${difference}+SQRT((${treated.upper}-${treated.rate})^2+(${control.rate}-${control.lower})^2)`;
}

/** Two-sided p of the pooled two-proportion z-test; 1 when the pooled rate is 0 or 1. */
export function pooledZTestP(difference: string, pooled: string, nTreated: string, nControl: string): string {
  return `IF(OR(${pooled}=0,${pooled}=1),1,2*(1-NORM.S.DIST(ABS(${difference})/SQRT(${pooled}*(1-${pooled})*(1/${nTreated}+1/${nControl})),TRUE)))`;
}
