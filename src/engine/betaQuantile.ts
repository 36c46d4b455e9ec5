import kernelBetainc from "@stdlib/math-base-special-kernel-betainc";
import betaQuantile from "@stdlib/stats-base-dists-beta-quantile";

/**
 * The quantile function of Beta(α, β) for many draws with the same shape.
 *
 * stdlib's quantile solves each u from scratch (2–6 µs a draw), and even one evaluation of the
 * incomplete beta function costs 1–2 µs. So a table is built once per shape and a draw only
 * interpolates in it:
 * - anchors: stdlib's quantiles at u = 2^−k and 1 − 2^−k (k = 1 … 20), each anchor interval cut
 *   into four (see `between`);
 * - at every node: I_x(α, β) and its upper tail 1 − I_x(α, β) (computed as such, so the upper tail
 *   keeps its digits) from stdlib's incomplete beta function, the density f, and the first two
 *   derivatives of the quantile function, 1/f and −f′/f³ (f′/f = (α − 1)/x − (β − 1)/(1 − x));
 * - between two nodes the quantile is the quintic Hermite interpolant of those values; each
 *   interval is checked at its middle against the incomplete beta function and halved until the
 *   interpolant's error there is below 1e−12 of the distance to the nearer end of (0, 1).
 * For u above ½ the table is read by 1 − u (exact in floating point) against the upper tail.
 * Beyond the outermost anchors (u below 2^−20 or above 1 − 2^−20), and in an interval that could
 * not be refined far enough, the draw is stdlib's quantile.
 *
 * Everything is arithmetic on doubles and stdlib's own elementary functions, so the same u gives
 * the same x, bit for bit, in Node and in a browser.
 */

export type Quantile = (u: number) => number;

const TAIL_HALVINGS = 20;
const TOLERANCE = 1e-12;
const MOST_NODES = 4_000;

interface Node {
  x: number;
  /** I_x(α, β) */
  lower: number;
  /** 1 − I_x(α, β) */
  upper: number;
  /** dx/dp and d²x/dp² of the quantile function x(p) */
  slope: number;
  curvature: number;
}

/** Tables of the shapes used last: a sheet's columns often share a shape, and a table takes 1–20 ms to build. */
const recentTables = new Map<string, Quantile>();
const RECENT_TABLES = 32;

export function betaQuantileFunction(alpha: number, beta: number): Quantile {
  const key = `${alpha} ${beta}`;
  let quantile = recentTables.get(key);
  if (quantile) {
    recentTables.delete(key);
  } else {
    quantile = tabulatedQuantile(alpha, beta);
    if (recentTables.size >= RECENT_TABLES) recentTables.delete(recentTables.keys().next().value as string);
  }
  recentTables.set(key, quantile);
  return quantile;
}

function tabulatedQuantile(alpha: number, beta: number): Quantile {
  const exact: Quantile = betaQuantile.factory(alpha, beta);
  const nodes = refinedNodes(alpha, beta, exact);
  if (nodes.length < 2) return exact;
  const count = nodes.length;
  const last = count - 1;
  const xs = Float64Array.from(nodes, (node) => node.x);
  const lower = Float64Array.from(nodes, (node) => node.lower);
  const upper = Float64Array.from(nodes, (node) => node.upper);
  const slopes = Float64Array.from(nodes, (node) => node.slope);
  const curvatures = Float64Array.from(nodes, (node) => node.curvature);
  // trusted[i]: the interval from node i to node i + 1 passed the check
  const trusted = Uint8Array.from(nodes, (node) => (node.trusted ? 1 : 0));

  return (u) => {
    const upperTail = u > 0.5;
    const target = upperTail ? 1 - u : u;
    const key = upperTail ? upper : lower;
    // key runs from key[0] to key[last]: increasing for the lower tail, decreasing for the upper one
    if (upperTail ? !(target <= key[0] && target >= key[last]) : !(target >= key[0] && target <= key[last])) return exact(u);
    let low = 0;
    let high = last;
    while (high - low > 1) {
      const middle = (low + high) >>> 1;
      if (upperTail ? key[middle] >= target : key[middle] <= target) low = middle;
      else high = middle;
    }
    if (trusted[low] === 0) return exact(u);
    // x(p) rises with p = u and falls with p = 1 − u: dx/dp = ±1/f; d²x/dp² = −f′/f³ either way
    const sign = upperTail ? -1 : 1;
    return interpolate(
      target,
      key[low],
      key[high],
      xs[low],
      xs[high],
      sign * slopes[low],
      sign * slopes[high],
      curvatures[low],
      curvatures[high],
    );
  };
}

/** Quintic Hermite interpolation of x(p) between (p0, x0) and (p1, x1) with dx/dp and d²x/dp² at both ends. */
function interpolate(p: number, p0: number, p1: number, x0: number, x1: number, s0: number, s1: number, c0: number, c1: number): number {
  const h = p1 - p0;
  const t = (p - p0) / h;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const t5 = t4 * t;
  const h2 = h * h;
  return (
    (1 - 10 * t3 + 15 * t4 - 6 * t5) * x0 +
    (t - 6 * t3 + 8 * t4 - 3 * t5) * h * s0 +
    ((t2 - 3 * t3 + 3 * t4 - t5) / 2) * h2 * c0 +
    (10 * t3 - 15 * t4 + 6 * t5) * x1 +
    (-4 * t3 + 7 * t4 - 3 * t5) * h * s1 +
    ((t3 - 2 * t4 + t5) / 2) * h2 * c1
  );
}

interface TableNode extends Node {
  /** The interval to the next node passed the check. */
  trusted: boolean;
}

function refinedNodes(alpha: number, beta: number, exact: Quantile): TableNode[] {
  const anchors: number[] = [];
  // powers of two by halving (exact), not by **, which is Math.pow and need not agree between engines
  const halves = [0.5];
  while (halves.length < TAIL_HALVINGS) halves.push(halves[halves.length - 1] / 2);
  for (let k = TAIL_HALVINGS - 1; k >= 0; k--) anchors.push(exact(halves[k]));
  for (let k = 1; k < TAIL_HALVINGS; k++) anchors.push(exact(1 - halves[k]));
  const start: TableNode[] = [];
  const add = (x: number) => {
    const node = nodeAt(x, alpha, beta);
    if (node && follows(start, node)) start.push(node);
  };
  for (let i = 0; i + 1 < anchors.length; i++) {
    const middle = between(anchors[i], anchors[i + 1]);
    add(anchors[i]);
    add(between(anchors[i], middle));
    add(middle);
    add(between(middle, anchors[i + 1]));
  }
  add(anchors[anchors.length - 1]);
  if (start.length < 2) return start;

  // Halve every interval whose interpolant misses the incomplete beta function at its middle.
  const nodes: TableNode[] = [start[0]];
  const pending = start.slice(1).reverse();
  let budget = MOST_NODES;
  while (pending.length > 0) {
    const left = nodes[nodes.length - 1];
    const right = pending[pending.length - 1];
    const middle = nodeAt(between(left.x, right.x), alpha, beta);
    if (middle && follows([left], middle) && follows([middle], right)) {
      const upperTail = middle.lower > 0.5;
      const p = upperTail ? middle.upper : middle.lower;
      const guess = upperTail
        ? interpolate(p, left.upper, right.upper, left.x, right.x, -left.slope, -right.slope, left.curvature, right.curvature)
        : interpolate(p, left.lower, right.lower, left.x, right.x, left.slope, right.slope, left.curvature, right.curvature);
      // near 1 the doubles are 2^−53 apart, so a few of those are allowed on top
      if (Math.abs(guess - middle.x) <= TOLERANCE * Math.min(middle.x, 1 - middle.x) + 4 * Number.EPSILON * middle.x) {
        left.trusted = true;
        nodes.push(pending.pop() as TableNode);
        continue;
      }
      if (budget > 0) {
        budget--;
        pending.push(middle);
        continue;
      }
    }
    left.trusted = false;
    nodes.push(pending.pop() as TableNode);
  }
  return nodes;
}

/**
 * The point that halves an interval: the geometric mean where x grows more than twofold (the lower
 * tail of a small α, where x rises like u^(1/α)), its mirror where 1 − x shrinks more than twofold,
 * the arithmetic mean otherwise. Math.sqrt is correctly rounded, so the same everywhere.
 */
function between(left: number, right: number): number {
  if (left > 0 && right > 2 * left) return Math.sqrt(left * right);
  if (right < 1 && 1 - left > 2 * (1 - right)) return 1 - Math.sqrt((1 - left) * (1 - right));
  return left + (right - left) / 2;
}

function nodeAt(x: number, alpha: number, beta: number): TableNode | null {
  if (!(x > 0 && x < 1)) return null;
  const lowerTail = kernelBetainc(x, alpha, beta, true, false);
  // Below ½ the upper tail is 1 minus the lower one without loss; above, it is computed as such.
  const upper = lowerTail[0] <= 0.5 ? 1 - lowerTail[0] : kernelBetainc(x, alpha, beta, true, true)[0];
  // For α = β = ½ (the arcsine case) stdlib 0.2.3 returns the density times x(1 − x): its early
  // return skips the division the other cases make (lib/assign.js of @stdlib/math-base-special-kernel-betainc).
  const density = alpha === 0.5 && beta === 0.5 ? lowerTail[1] / (x * (1 - x)) : lowerTail[1];
  if (!(density > 0 && Number.isFinite(density))) return null;
  const logSlope = (alpha - 1) / x - (beta - 1) / (1 - x);
  return { x, lower: lowerTail[0], upper, slope: 1 / density, curvature: -logSlope / (density * density), trusted: false };
}

/** A node can follow the last one if its x and both tails keep their order. */
function follows(nodes: Node[], node: Node): boolean {
  if (nodes.length === 0) return true;
  const previous = nodes[nodes.length - 1];
  return node.x > previous.x && node.lower > previous.lower && node.upper < previous.upper;
}
