# Reference values for the fiscal, placement, volunteering and sampling functions
# (PREVENT.PREVENTED, PLACEMENTVALUE, STREAM, ADJUST, FISCALRETURN, SPLIT, SAMPLE).
#
# Run from the repository root:   Rscript test/reference/fiscal.R
# Writes test/reference/fiscal.json. Every figure is computed here from its definition in
# DESIGN §3.2-3.4, written out in plain R, with inputs from reference/parameters.md:
# - Wilson intervals: prop.test(x, n, correct = FALSE)$conf.int; Newcombe's hybrid score
#   interval (1998, method 10) from them.
# - Present values: sum(x / (1 + r)^(1:n)), end-of-year discounting as Excel's NPV.
# - Moments and quantiles of the sampling distributions: qunif, qnorm, qbeta, and integrate()
#   over the densities written out (triangular and PERT have no built-in in base R).

output_file <- "test/reference/fiscal.json"

# --- JSON: a named list of numbers, vectors and named lists ------------------------------------
encode <- function(x) {
  if (is.list(x)) {
    inner <- vapply(names(x), function(k) sprintf("\"%s\": %s", k, encode(x[[k]])), "")
    return(paste0("{", paste(inner, collapse = ", "), "}"))
  }
  numbers <- ifelse(is.na(x), "null", sprintf("%.17g", x))
  if (length(x) == 1 && is.null(names(x)) && !isTRUE(attr(x, "row"))) return(numbers)
  paste0("[", paste(numbers, collapse = ", "), "]")
}
row <- function(x) { attr(x, "row") <- TRUE; x }

present_value <- function(x, r) sum(x / (1 + r)^seq_along(x))

# Months avoided, 12 per year, the remainder in the last year.
months_by_year <- function(m) {
  if (m <= 0) return(numeric(0))
  full <- floor(m / 12)
  rest <- m - 12 * full
  c(rep(12, full), if (rest > 0) rest)
}
placement_value <- function(months, home, at_home, share = 1, r = 0, g = 0) {
  m <- months_by_year(months)
  t <- seq_along(m)
  sum(m * (home - at_home) * share * (1 + g)^(t - 1) / (1 + r)^t)
}

fiscal <- function(costs, benefits, r = 0) {
  h <- max(length(costs), length(benefits))
  costs <- c(costs, rep(0, h - length(costs)))
  benefits <- c(benefits, rep(0, h - length(benefits)))
  pvc <- present_value(costs, r)
  pvb <- present_value(benefits, r)
  payback <- which(cumsum(costs) > 0 & cumsum(benefits) >= cumsum(costs))
  list(pv_costs = pvc, pv_benefits = pvb, npv = pvb - pvc, bcr = pvb / pvc,
       roi = (pvb - pvc) / pvc, payback_year = if (length(payback)) payback[1] else NA, years = h)
}

# --- 1. One counsellor post (source: "refinances itself and yields almost 40,000 EUR extra") ----
# 100 households counselled a year; 12 % of comparable households enter a care home within the
# year, 5 % of those counselled: 7 placements prevented, each delayed by 10 months, saving the
# county 2,500 EUR a month of Hilfe zur Pflege in the home against 500 EUR at home.
counsellor_prevented <- 100 * (0.12 - 0.05)
counsellor_value <- placement_value(10, 2500, 500)
counsellor_benefit <- counsellor_prevented * counsellor_value
counsellor <- fiscal(rep(100000, 5), rep(counsellor_benefit, 5), 0.035)
counsellor_one_year <- fiscal(100000, counsellor_benefit)

# --- 2. Schleswig-Holstein care-counselling centres (parameters.md) -----------------------------
sh_social_assistance <- fiscal(1.4e6, 2.9e6)
sh_public_payers <- fiscal(1.4e6, 2.9e6 + 2.0e6)

# --- 3. The example cohort: 34 of 240 treated vs 70 of 230 control moved within 24 months -------
x_t <- 34; n_t <- 240; x_c <- 70; n_c <- 230
p_t <- x_t / n_t; p_c <- x_c / n_c; d <- p_t - p_c
w_t <- as.numeric(prop.test(x_t, n_t, correct = FALSE)$conf.int)
w_c <- as.numeric(prop.test(x_c, n_c, correct = FALSE)$conf.int)
newcombe_lower <- d - sqrt((p_t - w_t[1])^2 + (w_c[2] - p_c)^2)
newcombe_upper <- d + sqrt((w_t[2] - p_t)^2 + (p_c - w_c[1])^2)
# Prevented among the 240 served: n (p_c - p_t); the interval reverses the difference's bounds.
prevented <- c(point = n_t * (p_c - p_t), lower = -n_t * newcombe_upper, upper = -n_t * newcombe_lower)

# One prevented placement saves the average stay of 25 months (Caritas 2024), spread 12, 12, 1;
# discount 3.5 % (Green Book). Per cost bearer, care grade 3:
# - county: 1,700 EUR/month net per Hilfe-zur-Pflege resident (estimate), 0 at home, share 0.38
#   (NRW end 2023); Kreis Hoexter's half-and-half split then gives the city its half;
# - care insurance: 1,319 (§43) in the home vs 1,497 care in kind (§36) at home, share 1;
# - residents: own share 3,245 EUR/month (1 Jan 2026), own costs at home taken as 0 (not in
#   parameters.md), share 0.62 (those not on Hilfe zur Pflege).
r <- 0.035
value <- list(
  county = placement_value(25, 1700, 0, 0.38, r),
  care_insurance = placement_value(25, 1319, 1497, 1, r),
  residents = placement_value(25, 3245, 0, 0.62, r)
)
county_total <- value$county * prevented
per_bearer <- list(
  county = county_total * 0.5,
  city = county_total * 0.5,
  care_insurance = value$care_insurance * prevented,
  residents = value$residents * prevented
)
per_bearer <- lapply(per_bearer, function(v) { v <- as.numeric(v); names(v) <- c("point", "lower", "upper"); as.list(v) })

# --- 4. Smaller checks of the definitions -------------------------------------------------------
growth_case <- placement_value(30, 4560, 1497, 0.5, 0.035, 0.02)   # months 12, 12, 6
fraction_case <- placement_value(13.5, 2000, 800, 1, 0.05)          # months 12, 1.5
stream_case <- 1000 * (1 + 0.03)^(0:4) * (1 - 0.1)^(0:4)
adjust_case <- 100 * (1 - 0.2) * 0.75 * (1 - 0.1) * (1 - 0.15)
unequal <- fiscal(c(180000, 180000, 180000, 180000, 180000), c(0, 0, 60000, 120000, 180000, 200000, 200000, 200000), 0.035)
never <- fiscal(c(100, 100), c(10, 20), 0.02)

# --- 5. Sampling: MT19937 reference outputs for init_genrand(5489) and the uniforms built -------
# from them: u = (floor(x / 32) * 2^25 + floor(y / 128) + 0.5) / 2^52.
mt <- c(3499211612, 581869302, 3890346734, 3586334585, 545404204, 4161255391)
u <- (floor(mt[c(1, 3, 5)] / 32) * 2^25 + floor(mt[c(2, 4, 6)] / 128) + 0.5) / 2^52

# Theory for each distribution tested: mean, variance, fourth central moment, quantiles.
probabilities <- c(0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99)
moments <- function(density, low, high) {
  m <- integrate(function(x) x * density(x), low, high, rel.tol = 1e-12)$value
  v <- integrate(function(x) (x - m)^2 * density(x), low, high, rel.tol = 1e-12)$value
  m4 <- integrate(function(x) (x - m)^4 * density(x), low, high, rel.tol = 1e-12)$value
  list(mean = m, variance = v, fourth_moment = m4)
}
triangle_density <- function(a, c, b) function(x) ifelse(x < c, 2 * (x - a) / ((b - a) * (c - a)), 2 * (b - x) / ((b - a) * (b - c)))
triangle_quantile <- function(a, c, b, p) ifelse(p < (c - a) / (b - a), a + sqrt(p * (b - a) * (c - a)), b - sqrt((1 - p) * (b - a) * (b - c)))
pert_shape <- function(a, c, b) c(1 + 4 * (c - a) / (b - a), 1 + 4 * (b - c) / (b - a))

theory <- function(moment_list, q) c(moment_list, list(quantiles = row(q)))
pert_ab <- pert_shape(10, 20, 60)
distributions <- list(
  uniform = theory(moments(function(x) dunif(x, 2, 5), 2, 5), qunif(probabilities, 2, 5)),
  triangular = theory(moments(triangle_density(1, 2, 6), 1, 6), triangle_quantile(1, 2, 6, probabilities)),
  pert = theory(moments(function(x) dbeta((x - 10) / 50, pert_ab[1], pert_ab[2]) / 50, 10, 60),
                10 + 50 * qbeta(probabilities, pert_ab[1], pert_ab[2])),
  normal = theory(moments(function(x) dnorm(x, 100, 15), -Inf, Inf), qnorm(probabilities, 100, 15)),
  beta = theory(moments(function(x) dbeta(x, 35, 207), 0, 1), qbeta(probabilities, 35, 207)),
  beta_u_shaped = theory(moments(function(x) dbeta(x, 0.5, 0.5), 0, 1), qbeta(probabilities, 0.5, 0.5))
)

result <- list(
  counsellor = list(prevented = counsellor_prevented, value_per_placement = counsellor_value,
                    benefit_per_year = counsellor_benefit, five_years = counsellor, one_year = counsellor_one_year),
  schleswig_holstein = list(social_assistance = sh_social_assistance, public_payers = sh_public_payers),
  cohort = list(rate_treated = p_t, rate_control = p_c, difference = d,
                lower = newcombe_lower, upper = newcombe_upper,
                prevented = as.list(prevented), value_per_placement = value, per_bearer = per_bearer),
  placement_value = list(growth_case = growth_case, fraction_case = fraction_case),
  stream = row(stream_case),
  adjust = adjust_case,
  fiscal = list(unequal = unequal, never = never),
  sampling = list(first_uniforms = row(u), probabilities = row(probabilities), distributions = distributions)
)
writeLines(encode(result), output_file)
cat("wrote", output_file, "\n")
