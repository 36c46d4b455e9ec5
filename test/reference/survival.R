# Reference values for PREVENT.KAPLANMEIER and PREVENT.LOGRANK from R's survival package.
#
# Run from the repository root:
#   Rscript test/reference/survival.R [path/to/housing-counselling-cohort.csv]
# (default: examples/housing-counselling-cohort.csv). Writes test/reference/survival.json.
#
# Conventions shared with src/engine/timeAtHome.ts:
# - Dates are Excel serial numbers (days since 1899-12-30).
# - Time at home in months = days / (365.25 / 12): to the care-home entry (an event) or, without
#   an entry, to the end of follow-up (censored).
#
# Where each figure comes from:
# - Kaplan–Meier curve: survfit(Surv(months, entered) ~ 1, conf.type = "log-log", conf.int = level).
#   The whole curve is written (time, surv, lower, upper, std.err, n.risk), plus summary(fit, times,
#   extend = TRUE) at the requested times (surv, lower, upper, n.risk).
# - Median and its interval: summary(fit)$table, i.e. what print(fit) shows (median, LCL, UCL).
# - Restricted mean time at home and its standard error: summary(fit, rmean = horizon)$table,
#   i.e. what print(fit, rmean = horizon) shows (rmean, se(rmean)).
# - Log-rank test: survdiff(Surv(months, entered) ~ group): chisq, observed and expected per group,
#   p-value pchisq(chisq, 1, lower.tail = FALSE).
# - The difference of the restricted means (treated − control) has no single R call; its standard
#   error is sqrt(se_treated² + se_control²) for independent groups, and the interval is
#   difference ± qnorm(1 − (1 − level) / 2) · se, written out below.

suppressPackageStartupMessages(library(survival))

args <- commandArgs(trailingOnly = TRUE)
cohort_file <- if (length(args) >= 1) args[1] else "examples/housing-counselling-cohort.csv"
output_file <- "test/reference/survival.json"

# --- a small JSON writer (jsonlite is not part of r-base-core) -----------------------------------
to_json <- function(x) {
  if (is.list(x)) {
    if (!is.null(names(x))) {
      parts <- vapply(seq_along(x), function(i) sprintf("\"%s\": %s", names(x)[i], to_json(x[[i]])), "")
      return(paste0("{", paste(parts, collapse = ", "), "}"))
    }
    return(paste0("[", paste(vapply(x, to_json, ""), collapse = ", "), "]"))
  }
  if (is.character(x)) return(if (length(x) == 1 && is.null(attr(x, "array"))) sprintf("\"%s\"", x) else
    paste0("[", paste(sprintf("\"%s\"", x), collapse = ", "), "]"))
  number <- function(v) if (is.na(v)) "null" else if (is.infinite(v)) (if (v > 0) "\"Infinity\"" else "\"-Infinity\"") else sprintf("%.17g", v)
  if (length(x) == 1 && is.null(attr(x, "array"))) return(number(x))
  paste0("[", paste(vapply(as.numeric(x), number, ""), collapse = ", "), "]")
}
# Marks a value to be written as a JSON array even when it has one element.
array_of <- function(x) { attr(x, "array") <- TRUE; x }

days_per_month <- 365.25 / 12

# One row per person: start, entry (NA = none) and end as Excel serials, and the group.
time_at_home <- function(people) {
  entered <- !is.na(people$entry)
  months <- (ifelse(entered, people$entry, people$end) - people$start) / days_per_month
  data.frame(months = months, entered = as.numeric(entered))
}

kaplan_meier <- function(people, times, level) {
  data <- time_at_home(people)
  fit <- survfit(Surv(months, entered) ~ 1, data = data, conf.type = "log-log", conf.int = level)
  at <- summary(fit, times = times, extend = TRUE)
  table <- summary(fit)$table
  list(
    confidence = level,
    times = array_of(times),
    curve = list(
      time = array_of(fit$time), surv = array_of(fit$surv), lower = array_of(fit$lower),
      upper = array_of(fit$upper), std_err = array_of(fit$std.err), n_risk = array_of(fit$n.risk),
      n_event = array_of(fit$n.event), n_censor = array_of(fit$n.censor)
    ),
    at_times = list(
      surv = array_of(at$surv), lower = array_of(at$lower), upper = array_of(at$upper),
      n_risk = array_of(at$n.risk)
    ),
    people = nrow(data),
    entries = sum(data$entered),
    median = unname(table["median"]),
    median_lower = unname(table[paste0(level, "LCL")]),
    median_upper = unname(table[paste0(level, "UCL")])
  )
}

restricted_mean <- function(people, horizon) {
  data <- time_at_home(people)
  fit <- survfit(Surv(months, entered) ~ 1, data = data)
  table <- summary(fit, rmean = horizon)$table
  list(mean = unname(table["rmean"]), se = unname(table["se(rmean)"]))
}

log_rank <- function(people, horizon, level) {
  data <- time_at_home(people)
  data$group <- factor(people$group, levels = c("treated", "control"))
  test <- survdiff(Surv(months, entered) ~ group, data = data)
  treated <- restricted_mean(people[people$group == "treated", ], horizon)
  control <- restricted_mean(people[people$group == "control", ], horizon)
  difference <- treated$mean - control$mean
  se <- sqrt(treated$se^2 + control$se^2)
  z <- qnorm(1 - (1 - level) / 2)
  list(
    horizon = horizon, confidence = level,
    chi_square = test$chisq,
    p_value = pchisq(test$chisq, 1, lower.tail = FALSE),
    observed_treated = test$obs[1], observed_control = test$obs[2],
    expected_treated = test$exp[1], expected_control = test$exp[2],
    n_treated = unname(test$n[1]), n_control = unname(test$n[2]),
    months_treated = treated$mean, se_treated = treated$se,
    months_control = control$mean, se_control = control$se,
    months_delayed = difference, se_delayed = se,
    lower = difference - z * se, upper = difference + z * se
  )
}

# People as the functions receive them: serials, NA for no entry.
as_people <- function(group, start, entry, end) {
  data.frame(group = group, start = start, entry = entry, end = end, stringsAsFactors = FALSE)
}

people_json <- function(people) {
  list(group = array_of(people$group), start = array_of(people$start),
       entry = array_of(people$entry), end = array_of(people$end))
}

# A hand-made data set from day counts after a common start (2023-01-01 = serial 44927).
by_days <- function(group, entry_day, end_day, start = 44927) {
  as_people(group, rep(start, length(group)), start + entry_day, start + end_day)
}

standard_times <- c(6, 12, 24, 36)

# --- the example cohort -------------------------------------------------------------------------
cohort_csv <- read.csv(cohort_file, stringsAsFactors = FALSE)
serial <- function(text) ifelse(text == "", NA, as.numeric(as.Date(text) - as.Date("1899-12-30")))
cohort <- as_people(cohort_csv$group, serial(cohort_csv$start), serial(cohort_csv$care_home_entry),
                    serial(cohort_csv$follow_up_end))

cohort_case <- list(
  name = "example cohort (housing-counselling-cohort.csv)",
  kaplan_meier = list(
    treated = kaplan_meier(cohort[cohort$group == "treated", ], standard_times, 0.95),
    control = kaplan_meier(cohort[cohort$group == "control", ], standard_times, 0.95),
    treated_90 = kaplan_meier(cohort[cohort$group == "treated", ], c(3, 18, 30, 42, 48), 0.90),
    everyone = kaplan_meier(cohort, standard_times, 0.95)
  ),
  log_rank = log_rank(cohort, 36, 0.95),
  log_rank_24_90 = log_rank(cohort, 24, 0.90),
  log_rank_60 = log_rank(cohort, 60, 0.95)
)

# --- hand-made data sets ------------------------------------------------------------------------
# Each has two groups so that both the curves and the log-rank test are checked; days are
# chosen to give ties between entries, between censorings, and between the two.
hand_made <- list(
  list(
    name = "ties: entries and censorings on the same days",
    people = by_days(
      c(rep("treated", 8), rep("control", 8)),
      c(NA, 365, 365, NA, 730, NA, 100, NA,   365, 365, NA, 200, 200, NA, 730, 100),
      c(365, 900, 900, 730, 900, 1000, 900, 365,   365, 900, 365, 900, 900, 200, 900, 900)
    ),
    times = c(3, 12, 24, 36)
  ),
  list(
    name = "flat at one half: the median is the midpoint (R's rule)",
    # Treated: entries on days 100 and 200 of four people, then the curve stays at 0.5 until the
    # entry on day 400. Control: half enter, the rest are censored: the median is the day-200 time.
    people = by_days(
      c(rep("treated", 4), rep("control", 4)),
      c(100, 200, NA, 400,   100, 200, NA, NA),
      c(500, 500, 300, 500,   500, 500, 300, 300)
    ),
    times = c(3, 6, 9, 12, 24)
  ),
  list(
    name = "everyone enters: the curve reaches zero",
    people = by_days(
      c(rep("treated", 5), rep("control", 5)),
      c(30, 60, 60, 400, 800,   10, 20, 40, 50, 90),
      c(900, 900, 900, 900, 900,   900, 900, 900, 900, 900)
    ),
    times = c(1, 6, 12, 24, 36)
  ),
  list(
    name = "entries on the start day and censoring before the first entry",
    people = by_days(
      c(rep("treated", 6), rep("control", 6)),
      c(0, NA, NA, 500, NA, 1200,   0, 0, NA, 300, 310, NA),
      c(1300, 20, 700, 1300, 1300, 1300,   1300, 1300, 15, 1300, 1300, 1300)
    ),
    times = c(0, 0.5, 6, 12, 24, 36)
  ),
  list(
    name = "short follow-up: the horizon lies beyond the last observation",
    people = by_days(
      c(rep("treated", 5), rep("control", 5)),
      c(NA, 120, NA, NA, 300,   50, NA, 250, NA, 400),
      c(200, 500, 450, 600, 600,   500, 100, 500, 500, 500)
    ),
    times = c(6, 12, 24)
  ),
  list(
    name = "treated group without entries",
    people = by_days(
      c(rep("treated", 4), rep("control", 5)),
      c(NA, NA, NA, NA,   60, 90, NA, 500, 700),
      c(800, 365, 700, 900,   800, 800, 400, 800, 800)
    ),
    times = c(6, 12, 24)
  )
)

hand_cases <- lapply(hand_made, function(case) {
  people <- case$people
  list(
    name = case$name,
    people = people_json(people),
    kaplan_meier = list(
      treated = kaplan_meier(people[people$group == "treated", ], case$times, 0.95),
      control = kaplan_meier(people[people$group == "control", ], case$times, 0.95),
      control_80 = kaplan_meier(people[people$group == "control", ], case$times, 0.80)
    ),
    log_rank = log_rank(people, 36, 0.95),
    log_rank_12 = log_rank(people, 12, 0.95)
  )
})

writeLines(
  to_json(list(
    generated_by = "test/reference/survival.R",
    r_version = R.version.string,
    survival_version = as.character(packageVersion("survival")),
    cohort = cohort_case,
    cohort_people = people_json(cohort),
    hand_made = hand_cases
  )),
  output_file
)
cat("wrote", output_file, "\n")
