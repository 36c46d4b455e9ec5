# Reference values for PREVENT.RATEDIFF, PREVENT.RATEDIFF.COUNTS, PREVENT.MEANDIFF and PREVENT.DID.
#
# Run from the repository root:
#   Rscript test/reference/comparisons.R [path/to/kindergarten-scores.csv]
# (default: examples/kindergarten-scores.csv). Writes test/reference/comparisons.json.
#
# Where each figure comes from:
# - Wilson score interval of one rate: prop.test(x, n, correct = FALSE)$conf.int.
# - Newcombe's hybrid score interval (1998, method 10): R has no built-in; it is computed below
#   from the two Wilson intervals that prop.test returns, with Newcombe's formula written out.
# - p_value: prop.test(c(x1, x2), c(n1, n2), correct = FALSE)$p.value (Pearson chi-square without
#   continuity correction = pooled two-proportion z-test). When the pooled rate is 0 or 1 prop.test
#   gives NaN; the product's convention is p = 1 there, written here explicitly.
# - fisher_p: fisher.test(2x2 table)$p.value (two-sided).
# - Means: t.test(treated, control, var.equal = FALSE).
# - Difference in differences of four independent samples: no built-in in R; the formula is
#   written out (Welch-Satterthwaite degrees of freedom) and uses qt/pt.

args <- commandArgs(trailingOnly = TRUE)
kindergarten_file <- if (length(args) >= 1) args[1] else "examples/kindergarten-scores.csv"
output_file <- "test/reference/comparisons.json"

source("test/reference/jsonWriter.R")  # json_value(), as_vector()

# --- rates ---------------------------------------------------------------------------------------
wilson <- function(x, n, confidence) {
  as.numeric(prop.test(x, n, correct = FALSE, conf.level = confidence)$conf.int)
}

rate_case <- function(name, x1, n1, x2, n2, confidence = 0.95) {
  p1 <- x1 / n1
  p2 <- x2 / n2
  d <- p1 - p2
  w1 <- wilson(x1, n1, confidence)
  w2 <- wilson(x2, n2, confidence)
  lower <- d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2)
  upper <- d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2)
  pooled <- (x1 + x2) / (n1 + n2)
  p_value <- if (pooled == 0 || pooled == 1) 1 else
    prop.test(c(x1, x2), c(n1, n2), correct = FALSE)$p.value
  table <- matrix(c(x1, n1 - x1, x2, n2 - x2), nrow = 2, byrow = TRUE)
  list(
    name = name,
    events_treated = x1, n_treated = n1, events_control = x2, n_control = n2,
    confidence = confidence,
    rate_treated = p1, rate_control = p2, difference = d,
    wilson_treated = as_vector(w1), wilson_control = as_vector(w2),
    lower = lower, upper = upper,
    p_value = p_value,
    fisher_p = fisher.test(table)$p.value,
    nnt = if (p1 == p2) NA else 1 / (p2 - p1)
  )
}

rates <- list(
  rate_case("README example: 9 of 120 counselled vs 21 of 115 comparison households", 9, 120, 21, 115),
  rate_case("example cohort: 34 of 240 vs 70 of 230 moved within 24 months", 34, 240, 70, 230),
  rate_case("example cohort at 90 %", 34, 240, 70, 230, 0.90),
  rate_case("example cohort at 99 %", 34, 240, 70, 230, 0.99),
  rate_case("no event among the treated", 0, 25, 3, 30),
  rate_case("every control had the event", 11, 14, 18, 18),
  rate_case("every person in both groups had the event", 10, 10, 12, 12),
  rate_case("no event in either group", 0, 10, 0, 20),
  rate_case("equal rates", 5, 50, 10, 100),
  rate_case("small table for Fisher", 3, 5, 0, 6),
  rate_case("smallest tables for Fisher", 1, 2, 0, 1),
  rate_case("small table for Fisher, treated worse", 7, 8, 2, 9),
  rate_case("Fisher with two equally likely tables (symmetric margins)", 3, 4, 1, 4),
  rate_case("Fisher with symmetric margins, larger", 6, 10, 4, 10),
  rate_case("Newcombe 1998 Table II (a)", 56, 70, 48, 80),
  rate_case("Newcombe 1998 Table II (b)", 9, 10, 3, 10),
  rate_case("Newcombe 1998 Table II (c)", 6, 7, 2, 7),
  rate_case("Newcombe 1998 Table II (d)", 5, 56, 0, 29),
  rate_case("Newcombe 1998 Table II (e)", 0, 10, 0, 20),
  rate_case("Newcombe 1998 Table II (f)", 0, 10, 0, 10),
  rate_case("Newcombe 1998 Table II (g)", 10, 10, 0, 20),
  rate_case("Newcombe 1998 Table II (h)", 10, 10, 0, 10),
  rate_case("large groups", 1500, 10000, 1800, 10000),
  rate_case("100,000 people per group", 11873, 100000, 12211, 100000),
  rate_case("far in the tail: 12,000 vs 15,000 of 100,000", 12000, 100000, 15000, 100000)
)

# --- means ---------------------------------------------------------------------------------------
mean_case <- function(name, treated, control, confidence = 0.95) {
  test <- t.test(treated, control, var.equal = FALSE, conf.level = confidence)
  list(
    name = name, confidence = confidence,
    treated = as_vector(treated), control = as_vector(control),
    mean_treated = mean(treated), mean_control = mean(control),
    difference = mean(treated) - mean(control),
    lower = test$conf.int[1], upper = test$conf.int[2],
    p_value = test$p.value, df = unname(test$parameter),
    t = unname(test$statistic),
    n_treated = length(treated), n_control = length(control)
  )
}

scores <- read.csv(kindergarten_file, stringsAsFactors = FALSE)
score_of <- function(group, wave) scores$score[scores$group == group & scores$wave == wave]
treated_before <- score_of("treated", "before")
treated_after <- score_of("treated", "after")
control_before <- score_of("control", "before")
control_after <- score_of("control", "after")

means <- list(
  mean_case("kindergarten scores after the programme year", treated_after, control_after),
  mean_case("kindergarten scores before the programme year, 90 %", treated_before, control_before, 0.90),
  mean_case("small vectors", c(1, 2, 3, 4), c(2, 4, 6, 8, 10)),
  mean_case("three against two", c(5.1, 4.9, 6.2), c(3.3, 3.9)),
  mean_case("one group without spread", c(3, 3, 3), c(1, 2, 4, 8)),
  mean_case("large common offset", c(1e6 + 0.1, 1e6 + 0.2, 1e6 + 0.4), c(1e6, 1e6 + 0.3)),
  mean_case("months at home, 99 %", c(24, 18, 30, 36, 12, 27, 33), c(15, 20, 9, 24, 18), 0.99),
  mean_case("very unequal spread", c(1, 50, 2, 80), c(10, 10.5, 11, 10.2, 10.1, 10.4)),
  mean_case("large groups", (1:3000 %% 17) * 0.5, (1:2500 %% 11) * 0.75 + 1)
)

# --- difference in differences -------------------------------------------------------------------
did_case <- function(name, tb, ta, cb, ca, confidence = 0.95) {
  samples <- list(tb, ta, cb, ca)
  n <- sapply(samples, length)
  v <- sapply(samples, var)
  difference <- (mean(ta) - mean(tb)) - (mean(ca) - mean(cb))
  se <- sqrt(sum(v / n))
  df <- se^4 / sum((v / n)^2 / (n - 1))
  t <- difference / se
  quantile <- qt(1 - (1 - confidence) / 2, df)
  list(
    name = name, confidence = confidence,
    treated_before = as_vector(tb), treated_after = as_vector(ta),
    control_before = as_vector(cb), control_after = as_vector(ca),
    difference = difference, se = se, df = df,
    lower = difference - quantile * se, upper = difference + quantile * se,
    p_value = 2 * pt(-abs(t), df)
  )
}

dids <- list(
  did_case("kindergarten programme year", treated_before, treated_after, control_before, control_after),
  did_case("kindergarten programme year, 90 %", treated_before, treated_after, control_before, control_after, 0.90),
  did_case("small vectors", c(10, 12, 11), c(15, 17, 14, 18), c(10, 11), c(12, 11, 13)),
  did_case("one sample without spread", c(5, 5, 5), c(8, 9, 10), c(4, 6), c(5, 7, 6, 8))
)

# The distribution functions the engine wraps.
quantile_points <- list(
  list(probability = 0.975, df = 1), list(probability = 0.975, df = 2.5), list(probability = 0.95, df = 10),
  list(probability = 0.995, df = 224.81542448204152), list(probability = 0.975, df = 1e5),
  list(probability = 0.001, df = 3.7)
)
cdf_points <- list(
  list(t = -2.1, df = 4), list(t = -0.3, df = 58.6), list(t = -8, df = 12), list(t = 1.5, df = 1e6),
  list(t = -40, df = 200)
)
distributions <- list(
  normal_quantile = lapply(c(0.975, 0.95, 0.995, 0.5, 0.3, 1e-10, 1e-20, 1e-300, 1 - 1e-9), function(p) list(probability = p, value = qnorm(p))),
  normal_cdf = lapply(c(-1.959963984540054, 0, 1.2, -8.5, 3), function(z) list(z = z, value = pnorm(z))),
  t_quantile = lapply(quantile_points, function(q) c(q, list(value = qt(q$probability, q$df)))),
  t_cdf = lapply(cdf_points, function(q) c(q, list(value = pt(q$t, q$df))))
)

# Wilson bounds alone, to check the single-rate interval.
wilsons <- lapply(list(c(0, 10), c(1, 10), c(9, 120), c(21, 115), c(10, 10), c(34, 240), c(1, 1)), function(xn) {
  list(events = xn[1], n = xn[2], confidence = 0.95, bounds = as_vector(wilson(xn[1], xn[2], 0.95)))
})

writeLines(
  json_value(list(
    generated_by = "test/reference/comparisons.R",
    r_version = R.version.string,
    distributions = distributions,
    wilson = wilsons,
    rates = rates,
    means = means,
    differences_in_differences = dids
  )),
  output_file
)
cat("wrote", output_file, "\n")
