# Reference values for PREVENT.POOLED.COUNTS, PREVENT.POOLED and PREVENT.POOLED.WEIGHTS.
#
# Run from the repository root:
#   Rscript test/reference/pooling.R
# Needs r-base-core and r-cran-metafor (3.8). Writes test/reference/pooling.json.
#
# Where each figure comes from:
# - Per site: escalc(measure = "RD", ai, n1i, ci, n2i) with its defaults (add = 1/2, to = "only0":
#   a site with a zero cell gets 1/2 added to each of its four cells); yi and vi.
# - Pooled: rma(yi, vi, method = "REML" or "DL", test = "knha" (Hartung-Knapp) or "z" (normal),
#   level, control = list(threshold = 1e-12)), its beta, se, ci.lb, ci.ub, pval, tau2, I2 / 100,
#   QE, QEp and k; predict(fit) for the prediction interval (pi.lb, pi.ub); weights(fit) in percent.
# - PREVENT.POOLED: the same rma with sei = the standard errors given.
# - chi_square: pchisq(x, df, lower.tail = FALSE).

output_file <- "test/reference/pooling.json"
source("test/reference/jsonWriter.R")  # json_value(), as_vector()
suppressMessages(library(metafor))
stopifnot(packageVersion("metafor") >= "3.8")

fit_case <- function(name, yi, vi, method, interval, confidence) {
  fit <- rma(yi = yi, vi = vi, method = method, test = if (interval == "HK") "knha" else "z",
             level = 100 * confidence, control = list(threshold = 1e-12))
  prediction <- predict(fit)
  list(
    method = method, interval = interval, confidence = confidence,
    estimate = c(fit$beta), se = fit$se, lower = fit$ci.lb, upper = fit$ci.ub, p_value = fit$pval,
    tau2 = fit$tau2, i2 = fit$I2 / 100, q = fit$QE, q_p_value = fit$QEp,
    pi_lower = prediction$pi.lb, pi_upper = prediction$pi.ub, k = fit$k,
    weights = as_vector(weights(fit))
  )
}

combinations <- list(
  list("REML", "HK", 0.95), list("REML", "normal", 0.95), list("DL", "HK", 0.95), list("DL", "normal", 0.95)
)

counts_case <- function(name, a, n1, c, n2, extra = list()) {
  es <- escalc(measure = "RD", ai = a, n1i = n1, ci = c, n2i = n2)
  fits <- lapply(c(combinations, extra), function(option) fit_case(name, es$yi, es$vi, option[[1]], option[[2]], option[[3]]))
  list(
    name = name,
    events_treated = as_vector(a), n_treated = as_vector(n1), events_control = as_vector(c), n_control = as_vector(n2),
    yi = as_vector(es$yi), vi = as_vector(es$vi),
    fits = fits
  )
}

estimates_case <- function(name, estimates, standard_errors, extra = list()) {
  fits <- lapply(c(combinations, extra), function(option) fit_case(name, estimates, standard_errors^2, option[[1]], option[[2]], option[[3]]))
  list(name = name, estimates = as_vector(estimates), standard_errors = as_vector(standard_errors), fits = fits)
}

at90 <- list(list("REML", "HK", 0.90), list("DL", "HK", 0.90), list("REML", "normal", 0.90), list("DL", "normal", 0.90))

set.seed(20261203)
k30 <- 30
n1_30 <- sample(60:400, k30, replace = TRUE)
n2_30 <- sample(60:400, k30, replace = TRUE)
a30 <- rbinom(k30, n1_30, plogis(rnorm(k30, qlogis(0.12), 0.4)))
c30 <- rbinom(k30, n2_30, plogis(rnorm(k30, qlogis(0.2), 0.4)))

counts <- list(
  counts_case("six cities (README example)",
              c(14, 9, 22, 6, 11, 17), c(160, 85, 210, 70, 120, 190),
              c(38, 14, 51, 18, 16, 49), c(170, 90, 205, 75, 118, 185), at90),
  counts_case("two sites", c(12, 8), c(150, 90), c(25, 14), c(160, 95), at90),
  counts_case("zero cells: no event, every person an event, no event in either group",
              c(0, 3, 0, 30, 4), c(40, 50, 25, 30, 60), c(5, 9, 0, 28, 11), c(38, 52, 27, 30, 61)),
  counts_case("no heterogeneity: Q below its degrees of freedom",
              c(10, 21, 14, 12), c(100, 200, 150, 110), c(20, 39, 31, 21), c(100, 200, 150, 110)),
  counts_case("identical differences: every site -0.1",
              c(10, 20, 15, 11), c(100, 200, 150, 110), c(20, 40, 30, 22), c(100, 200, 150, 110)),
  counts_case("strong heterogeneity",
              c(5, 20, 40, 12, 9), c(100, 120, 200, 80, 150), c(30, 22, 10, 30, 45), c(100, 118, 210, 85, 140), at90),
  counts_case("thirty sites (seeded)", a30, n1_30, c30, n2_30)
)

estimates <- list(
  estimates_case("months at home gained, five services",
                 c(2.1, 3.4, 0.8, 4.2, 1.5), c(0.9, 1.2, 0.7, 1.5, 0.8), at90),
  estimates_case("adjusted differences, three cities, one far off",
                 c(-0.12, -0.09, 0.05), c(0.03, 0.04, 0.02))
)

chi_square <- lapply(
  list(c(0.5, 1), c(3.84, 1), c(10, 5), c(8.3457, 5), c(100, 50), c(1, 30), c(2000, 999), c(500, 999), c(30, 2), c(1e-3, 4), c(60, 29)),
  function(p) list(x = p[1], df = p[2], value = pchisq(p[1], p[2], lower.tail = FALSE))
)

reference <- list(
  generated_by = "test/reference/pooling.R",
  r_version = R.version.string,
  metafor_version = as.character(packageVersion("metafor")),
  counts = counts,
  estimates = estimates,
  chi_square = chi_square
)
writeLines(json_value(reference), output_file)
cat("wrote", output_file, "\n")
