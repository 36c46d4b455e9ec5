# Reference values for PREVENT.EVALUE, PREVENT.EVALUE.RR, PREVENT.DETECTABLE and
# PREVENT.SAMPLESIZE (DESIGN §3.8).
#
# Run from the repository root:
#   Rscript test/reference/confounding.R
# Writes test/reference/confounding.json. Needs base R only (stats).
#
# Where each figure comes from:
# - Risk ratio (a/n1)/(c/n2) with the log (Katz) interval exp(log RR -/+ z sqrt(1/a - 1/n1 + 1/c - 1/n2)),
#   z = qnorm((1 + confidence)/2), written out.
# - E-value (VanderWeele & Ding, Annals of Internal Medicine 2017;167:268-274): RR + sqrt(RR (RR - 1))
#   for RR >= 1, the same on 1/RR below 1; for the interval the limit nearer 1, and 1 when it contains 1.
#   The paper's own example, RR 3.9 (1.8 to 8.7), gives 7.26 and 3.00.
# - Detectable difference at equal group sizes: power.prop.test(n, p2 = rate_control, power,
#   sig.level = 1 - confidence, tol = 1e-14)$p1 (R solves for p1 below p2); at unequal sizes uniroot
#   on the power formula of the issue written out here, with tol 1e-15.
# - Sample size at ratio 1: power.prop.test(p1 = rate_treated, p2 = rate_control, power, sig.level,
#   tol = 1e-12)$n; at other ratios uniroot on the same formula with n_control = ratio * n_treated.
# - power.prop.test(n, p1, p2)$power for the power formula itself at equal sizes.

output_file <- "test/reference/confounding.json"
source("test/reference/jsonWriter.R")  # json_value(), as_vector()

evalue_of <- function(rr) { r <- if (rr >= 1) rr else 1 / rr; r + sqrt(r * (r - 1)) }
evalue_limit <- function(rr, lower, upper) {
  if (lower <= 1 && upper >= 1) return(1)
  evalue_of(if (rr > 1) lower else upper)
}

counts_case <- function(a, n1, c, n2, confidence = 0.95) {
  rr <- (a / n1) / (c / n2)
  se <- sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2)
  z <- qnorm((1 + confidence) / 2)
  lower <- exp(log(rr) - z * se)
  upper <- exp(log(rr) + z * se)
  list(events_treated = a, n_treated = n1, events_control = c, n_control = n2, confidence = confidence,
       risk_ratio = rr, rr_lower = lower, rr_upper = upper,
       evalue = evalue_of(rr), evalue_limit = evalue_limit(rr, lower, upper))
}

ratio_case <- function(rr, lower, upper) {
  list(risk_ratio = rr, limit_1 = lower, limit_2 = upper, evalue = evalue_of(rr), evalue_limit = evalue_limit(rr, lower, upper))
}

power_formula <- function(nt, nc, pt, pc, confidence) {
  z <- qnorm((1 + confidence) / 2)
  pbar <- (nt * pt + nc * pc) / (nt + nc)
  pnorm((abs(pt - pc) - z * sqrt(pbar * (1 - pbar) * (1 / nt + 1 / nc))) / sqrt(pt * (1 - pt) / nt + pc * (1 - pc) / nc))
}

detectable_case <- function(nt, nc, pc, power = 0.8, confidence = 0.95) {
  if (nt == nc) {
    pt <- power.prop.test(n = nt, p2 = pc, power = power, sig.level = 1 - confidence, tol = 1e-14)$p1
    how <- "power.prop.test"
  } else {
    pt <- uniroot(function(p) power_formula(nt, nc, p, pc, confidence) - power, c(0, pc), tol = 1e-15)$root
    how <- "uniroot"
  }
  list(n_treated = nt, n_control = nc, rate_control = pc, power = power, confidence = confidence,
       difference = pt - pc, method = how)
}

sample_size_case <- function(pc, pt, power = 0.8, confidence = 0.95, ratio = 1) {
  if (ratio == 1) {
    n <- power.prop.test(p1 = pt, p2 = pc, power = power, sig.level = 1 - confidence, tol = 1e-12)$n
    how <- "power.prop.test"
  } else {
    n <- uniroot(function(n) power_formula(n, ratio * n, pt, pc, confidence) - power, c(1, 1e9), tol = 1e-12)$root
    how <- "uniroot"
  }
  nt <- ceiling(n)
  nc <- ceiling(ratio * nt)
  list(rate_control = pc, rate_treated = pt, power = power, confidence = confidence, ratio = ratio,
       exact_treated = n, n_treated = nt, n_control = nc, n_total = nt + nc, method = how)
}

power_case <- function(n, pt, pc, confidence = 0.95) {
  list(n = n, rate_treated = pt, rate_control = pc, confidence = confidence,
       power = power.prop.test(n = n, p1 = pt, p2 = pc, sig.level = 1 - confidence)$power)
}

writeLines(
  json_value(list(
    generated_by = "test/reference/confounding.R",
    r_version = R.version.string,
    paper_example = ratio_case(3.9, 1.8, 8.7),
    ratios = list(
      ratio_case(3.9, 1.8, 8.7),
      ratio_case(0.5, 0.3, 0.8),
      ratio_case(0.8, 0.5, 1.2),
      ratio_case(1.4, 0.9, 2.1),
      ratio_case(2, 1.2, 3.4)
    ),
    counts = list(
      counts_case(34, 240, 70, 230),
      counts_case(34, 240, 70, 230, 0.9),
      counts_case(12, 120, 20, 115),
      counts_case(30, 100, 10, 100),
      counts_case(5, 50, 5, 60),
      counts_case(240, 240, 70, 230),
      counts_case(3, 1000000, 9, 1000000, 0.99)
    ),
    detectable = list(
      detectable_case(120, 120, 0.3),
      detectable_case(240, 240, 0.3043478260869565),
      detectable_case(50, 50, 0.4, 0.9, 0.9),
      detectable_case(1000, 1000, 0.6, 0.8, 0.99),
      detectable_case(120, 115, 0.3),
      detectable_case(120, 115, 0.17391304347826086),
      detectable_case(240, 230, 0.30434782608695654),
      detectable_case(40, 400, 0.25, 0.9, 0.95),
      detectable_case(5000, 800, 0.05, 0.8, 0.95)
    ),
    # Even a fall to 0 is detected with less than the power asked for: PREVENT.DETECTABLE gives #N/A.
    undetectable = list(n_treated = 50, n_control = 50, rate_control = 0.1, power = 0.9, confidence = 0.9,
                        power_at_zero = power_formula(50, 50, 0, 0.1, 0.9)),
    sample_sizes = list(
      sample_size_case(0.3, 0.2),
      sample_size_case(0.3, 0.15, 0.9),
      sample_size_case(0.1, 0.05, 0.8, 0.99),
      sample_size_case(0.2, 0.3),
      sample_size_case(0.3, 0.2, 0.8, 0.95, 2),
      sample_size_case(0.3, 0.2, 0.8, 0.95, 0.5),
      sample_size_case(0.25, 0.2, 0.9, 0.9, 3)
    ),
    powers = list(
      power_case(120, 0.2, 0.3),
      power_case(500, 0.12, 0.15, 0.9),
      power_case(30, 0.7, 0.4, 0.99)
    )
  )),
  output_file
)
cat("wrote", output_file, "\n")
