# Reference values for the Sensitivity sheet of the counselling business case.
#
# Run from the repository root:   Rscript test/reference/sensitivity.R
# Writes test/reference/sensitivity.json. The model is written out here year by year as the
# Flows and Summary sheets state it (DESIGN §4), not in the closed form of the scenario row:
# prevented placements = households × (rate control − rate counselled) × attribution ×
# (1 − displacement) × (1 − optimism bias); in year t ≤ H the cost is posts × cost per post ×
# (1+g)^(t−1) and the savings are prevented × saving per month × min(12t, months avoided) ×
# (1+g)^(t−1); present values discount at the end of each year as Excel's NPV.
# Defaults and low/high values are those of the template's Assumptions sheet; the comparison is
# the example cohort (34 of 240 vs 70 of 230), design grade 3 (optimism bias 10 %).
source("test/reference/jsonWriter.R")
output_file <- "test/reference/sensitivity.json"

base <- list(posts_fte = 1, cost_per_post = 100000, county_cost_share = 0.5, households_served = 120,
             months_avoided = 12, hzp_share = 0.38, hzp_monthly_cost = 1700, county_cost_at_home = 0,
             city_monthly_saving = 0, insurance_care_home = 1319, insurance_at_home = 1497,
             discount_rate = 0.035, cost_growth = 0.02, horizon = 5, attribution = 1, displacement = 0,
             rate_treated = 34 / 240, rate_control = 70 / 230, optimism_bias = 0.1)
ranges <- list(posts_fte = c(1, 2), cost_per_post = c(95000, 110000), county_cost_share = c(0.5, 1),
               households_served = c(80, 160), months_avoided = c(6, 25), hzp_share = c(0.25, 0.54),
               hzp_monthly_cost = c(1000, 2500), county_cost_at_home = c(0, 300),
               city_monthly_saving = c(0, 200), insurance_care_home = c(805, 2096),
               insurance_at_home = c(599, 1859), discount_rate = c(0.015, 0.05), cost_growth = c(0, 0.04),
               horizon = c(3, 10), attribution = c(0.7, 1), displacement = c(0, 0.1))

npv <- function(p) {
  years <- 1:10
  within <- years <= p$horizon
  growth <- (1 + p$cost_growth)^(years - 1)
  discount <- (1 + p$discount_rate)^years
  prevented <- p$households_served * (p$rate_control - p$rate_treated) * p$attribution *
    (1 - p$displacement) * (1 - p$optimism_bias)
  months <- pmin(12 * years, p$months_avoided) * within
  cost <- p$posts_fte * p$cost_per_post * growth * within
  county <- prevented * (p$hzp_share * p$hzp_monthly_cost - p$county_cost_at_home) * months * growth
  city <- prevented * p$city_monthly_saving * months * growth
  insurance <- prevented * (p$insurance_care_home - p$insurance_at_home) * months * growth
  c(county = sum((county - cost * p$county_cost_share) / discount),
    public = sum((county + city + insurance - cost) / discount))
}

with_value <- function(name, value) { p <- base; p[[name]] <- value; p }

rows <- lapply(names(ranges), function(name) {
  low <- npv(with_value(name, ranges[[name]][1]))
  high <- npv(with_value(name, ranges[[name]][2]))
  list(name = name, county_low = low[["county"]], county_high = high[["county"]],
       public_low = low[["public"]], public_high = high[["public"]])
})
swings <- vapply(rows, function(r) abs(r$county_high - r$county_low), 0)
# Largest swing first; equal swings keep the order of the rows.
sorted <- names(ranges)[order(-swings, seq_along(swings))]

# Switching values found by root search on the model (not by the sheet's two-point formula).
zero_of <- function(name, which) uniroot(function(x) npv(with_value(name, x))[[which]], c(-1e7, 1e7), tol = 1e-12)$root

result <- list(
  base = list(npv_county = npv(base)[["county"]], npv_public = npv(base)[["public"]]),
  rows = rows,
  sorted = as.list(sorted),
  switching = list(households_served_public = zero_of("households_served", "public"),
                   hzp_monthly_cost_public = zero_of("hzp_monthly_cost", "public"),
                   households_served_county = zero_of("households_served", "county")))
writeLines(json_value(result), output_file)
