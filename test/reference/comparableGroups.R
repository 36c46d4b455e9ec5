# Reference values for PREVENT.BALANCE, PREVENT.WEIGHTS and PREVENT.ADJUSTED (DESIGN §3.6).
#
# Run from the repository root:
#   Rscript test/reference/comparableGroups.R [path/to/housing-counselling-cohort.csv]
# (default: examples/housing-counselling-cohort.csv). Writes test/reference/comparableGroups.json.
# Needs the sandwich package (Debian: r-cran-sandwich).
#
# Where each figure comes from:
# - Logistic regressions: glm(family = binomial) with glm.control(epsilon = 1e-14, maxit = 100);
#   the covariance of the coefficients is vcov() of that fit.
# - Weights: 1 for the served, e / (1 - e) for the comparison group, e = fitted(glm(group ~ covariates)).
# - Regression adjustment: predict(type = "response") for the served with group set to 1 and to 0;
#   the delta-method gradient is written out from model.matrix() of those two data sets.
# - Weighting: lm(y ~ g, weights = w); se = sqrt(sandwich::vcovHC(fit, type = "HC0")[2, 2]).
# - Balance: weighted.mean(); the unweighted sample variances of var(); the weighted variance
#   sum(w (x - m)^2) / (sum(w) - sum(w^2) / sum(w)) written out.
# - Normal interval and p-value: qnorm and pnorm.
# - Risk ratio of the adjusted rates, rate_treated / rate_control_adjusted, with the interval
#   exp(log RR -/+ z se) where se is the delta-method standard error of log RR: for regression the
#   gradient colMeans(p1 (1 - p1) x1) / mean(p1) - colMeans(p0 (1 - p0) x0) / mean(p0) with vcov();
#   for weighting h = (1/(a + b) - 1/a, 1/(a + b)) on the full HC0 covariance of (a, b) = coef(lm).
# Rows with a missing value in any input are left out (na.omit), as the functions leave out blanks.

suppressPackageStartupMessages(library(sandwich))

args <- commandArgs(trailingOnly = TRUE)
cohort_file <- if (length(args) >= 1) args[1] else "examples/housing-counselling-cohort.csv"
output_file <- "test/reference/comparableGroups.json"

source("test/reference/jsonWriter.R")  # json_value(), as_vector()

tight <- glm.control(epsilon = 1e-14, maxit = 100)

weighted_variance <- function(x, w) {
  m <- sum(w * x) / sum(w)
  sum(w * (x - m)^2) / (sum(w) - sum(w^2) / sum(w))
}

balance_table <- function(X, g, w) {
  lapply(colnames(X), function(name) {
    x <- X[, name]
    t <- g == 1
    pooled <- sqrt((var(x[t]) + var(x[!t])) / 2)
    list(
      covariate = name,
      mean_treated = weighted.mean(x[t], w[t]),
      mean_control = weighted.mean(x[!t], w[!t]),
      smd = (weighted.mean(x[t], w[t]) - weighted.mean(x[!t], w[!t])) / pooled,
      variance_ratio = weighted_variance(x[t], w[t]) / weighted_variance(x[!t], w[!t])
    )
  })
}

# data: a data frame with y, g and the covariate columns (NA allowed); covariates: their names.
reference_case <- function(name, data, covariates, confidences = c(0.95)) {
  complete <- complete.cases(data)
  d <- data[complete, ]
  g <- d$g
  y <- d$y

  # PREVENT.WEIGHTS and PREVENT.BALANCE see no outcome: their complete rows need only group and covariates.
  without_outcome <- complete.cases(data[, c("g", covariates)])
  d_weights <- data[without_outcome, ]
  propensity <- glm(reformulate(covariates, "g"), family = binomial, data = d_weights, control = tight)
  e_weights <- fitted(propensity)
  w_weights <- ifelse(d_weights$g == 1, 1, e_weights / (1 - e_weights))
  weights_all <- rep(NA_real_, nrow(data))
  weights_all[without_outcome] <- w_weights
  X_weights <- as.matrix(d_weights[, covariates, drop = FALSE])

  # PREVENT.ADJUSTED: the weights come from the rows complete in outcome, group and covariates.
  e <- fitted(glm(reformulate(covariates, "g"), family = binomial, data = d, control = tight))
  w <- ifelse(g == 1, 1, e / (1 - e))

  # regression adjustment
  outcome_model <- glm(reformulate(c("g", covariates), "y"), family = binomial, data = d, control = tight)
  served <- d[g == 1, ]
  as1 <- served; as1$g <- 1
  as0 <- served; as0$g <- 0
  p1 <- predict(outcome_model, newdata = as1, type = "response")
  p0 <- predict(outcome_model, newdata = as0, type = "response")
  terms_only <- delete.response(terms(outcome_model))
  x1 <- model.matrix(terms_only, as1)
  x0 <- model.matrix(terms_only, as0)
  gradient <- colMeans(p1 * (1 - p1) * x1 - p0 * (1 - p0) * x0)
  regression_se <- sqrt(as.numeric(t(gradient) %*% vcov(outcome_model) %*% gradient))
  log_gradient <- colMeans(p1 * (1 - p1) * x1) / mean(p1) - colMeans(p0 * (1 - p0) * x0) / mean(p0)
  regression_log_se <- sqrt(as.numeric(t(log_gradient) %*% vcov(outcome_model) %*% log_gradient))

  # weighting
  weighted_fit <- lm(y ~ g, weights = w)
  weighting_se <- sqrt(sandwich::vcovHC(weighted_fit, type = "HC0")[2, 2])
  a <- coef(weighted_fit)[[1]]
  b <- coef(weighted_fit)[[2]]
  h <- c(1 / (a + b) - 1 / a, 1 / (a + b))
  weighting_log_se <- sqrt(as.numeric(t(h) %*% sandwich::vcovHC(weighted_fit, type = "HC0") %*% h))
  wc <- w[g == 0]

  adjusted <- function(method, confidence) {
    if (method == "regression") {
      rate_t <- mean(p1); rate_c <- mean(p0); se <- regression_se; n_eff <- NULL; log_se <- regression_log_se
    } else {
      rate_t <- mean(y[g == 1]); rate_c <- sum(wc * y[g == 0]) / sum(wc); se <- weighting_se
      n_eff <- sum(wc)^2 / sum(wc^2)
      log_se <- weighting_log_se
      stopifnot(abs(coef(weighted_fit)[["g"]] - (rate_t - rate_c)) < 1e-12)
    }
    difference <- rate_t - rate_c
    z <- qnorm((1 + confidence) / 2)
    result <- list(
      method = method, confidence = confidence,
      rate_treated = rate_t, rate_control_adjusted = rate_c, difference = difference, se = se,
      lower = difference - z * se, upper = difference + z * se,
      p_value = 2 * pnorm(-abs(difference / se)), nnt = -1 / difference,
      n_treated = sum(g == 1), n_control = sum(g == 0)
    )
    if (!is.null(n_eff)) result$effective_n_control <- n_eff
    result$risk_ratio <- rate_t / rate_c
    result$rr_lower <- rate_t / rate_c * exp(-z * log_se)
    result$rr_upper <- rate_t / rate_c * exp(z * log_se)
    result
  }

  list(
    name = name,
    covariates = as.list(covariates),
    outcome = as_vector(data$y),
    group = as_vector(data$g),
    covariate_columns = lapply(covariates, function(column) as_vector(data[[column]])),
    complete_rows = sum(complete),
    propensity_coefficients = as_vector(coef(propensity)),
    outcome_coefficients = as_vector(coef(outcome_model)),
    weights = as_vector(weights_all),
    balance = balance_table(X_weights, d_weights$g, rep(1, nrow(d_weights))),
    balance_weighted = balance_table(X_weights, d_weights$g, w_weights),
    adjusted = unlist(lapply(c("regression", "weighting"), function(method) {
      lapply(confidences, function(confidence) adjusted(method, confidence))
    }), recursive = FALSE)
  )
}

# --- the example cohort ----------------------------------------------------------------------------
cohort_csv <- read.csv(cohort_file, stringsAsFactors = FALSE)
cohort <- data.frame(
  y = cohort_csv$moved_within_24_months,
  g = as.numeric(cohort_csv$group == "treated"),
  age = cohort_csv$age,
  care_grade = cohort_csv$care_grade,
  living_alone = cohort_csv$living_alone
)
crude <- list(
  rate_treated = mean(cohort$y[cohort$g == 1]),
  rate_control = mean(cohort$y[cohort$g == 0])
)
crude$difference <- crude$rate_treated - crude$rate_control

# --- a simulated cohort with blanks (complete cases) --------------------------------------------
set.seed(14)
n <- 300
simulated <- data.frame(x1 = round(rnorm(n, 50, 10), 1), x2 = rbinom(n, 1, 0.4), x3 = rpois(n, 2))
simulated$g <- rbinom(n, 1, plogis(-3 + 0.05 * simulated$x1 + 0.5 * simulated$x2 + 0.2 * simulated$x3))
simulated$y <- rbinom(n, 1, plogis(-2 - 0.5 * simulated$g + 0.03 * (simulated$x1 - 50) + 0.6 * simulated$x2 + 0.1 * simulated$x3))
simulated$x1[c(5, 17)] <- NA
simulated$y[30] <- NA
simulated$g[44] <- NA
simulated <- simulated[, c("y", "g", "x1", "x2", "x3")]

# --- a small case to check by hand: one binary covariate, two strata ------------------------------
# x = 0: 2 served (outcome 1, 0), 4 comparison (1, 1, 0, 0); x = 1: 4 served (0, 0, 0, 1),
# 2 comparison (1, 0). The propensity model is saturated: e = 1/3 at x = 0, 2/3 at x = 1.
small <- data.frame(
  y = c(1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0),
  g = c(1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0),
  x = c(0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1)
)

writeLines(
  json_value(list(
    generated_by = "test/reference/comparableGroups.R",
    r_version = R.version.string,
    sandwich_version = as.character(packageVersion("sandwich")),
    cohort_crude = crude,
    cases = list(
      reference_case("cohort", cohort, c("age", "care_grade", "living_alone"), c(0.95, 0.9)),
      reference_case("simulated", simulated, c("x1", "x2", "x3"), c(0.95, 0.99)),
      reference_case("small", small, c("x"))
    )
  )),
  output_file
)
cat("wrote", output_file, "\n")
