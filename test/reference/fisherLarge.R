# Reference p-values of Fisher's exact test for large groups, from R's fisher.test.
# Run: Rscript test/reference/fisherLarge.R > test/reference/fisherLarge.json
# Each case: events and people per group; fisher_p = fisher.test(2x2 table)$p.value (two-sided).
# R holds the whole support in memory, so groups stay at 10 million people here; the p-value
# of 5e8 of 1e9 vs 4e8 of 1e9 is 0 in R as for 5e6 of 1e7 vs 4e6 of 1e7 (it underflows).
fisher_case <- function(name, x1, n1, x2, n2) {
  table <- matrix(c(x1, n1 - x1, x2, n2 - x2), nrow = 2)
  sprintf('  {"name": "%s", "events_treated": %.17g, "n_treated": %.17g, "events_control": %.17g, "n_control": %.17g, "fisher_p": %.17g}',
          name, x1, n1, x2, n2, fisher.test(table)$p.value)
}

cases <- list(
  fisher_case("equal halves of 10 million", 5e6, 1e7, 5e6, 1e7),
  fisher_case("3,000 more events among 10 million", 5e6, 1e7, 5003000, 1e7),
  fisher_case("10,000 more events among 10 million", 5e6, 1e7, 5010000, 1e7),
  fisher_case("far apart: half vs 40 % of 10 million", 5e6, 1e7, 4e6, 1e7),
  fisher_case("rare events in a million", 12, 1e6, 30, 1e6),
  fisher_case("one event against a single person", 0, 1e7, 1, 1),
  fisher_case("unequal groups, 2 million vs 300,000", 240123, 2e6, 36400, 3e5),
  fisher_case("every treated person and nobody else", 1e6, 1e6, 0, 1e6),
  fisher_case("tail near underflow: 1 % vs 1.6 % of a million", 10000, 1e6, 16000, 1e6)
)

cat("[\n", paste(unlist(cases), collapse = ",\n"), "\n]\n", sep = "")
