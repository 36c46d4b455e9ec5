# Reference for the normal, beta and PERT draws of PREVENT.SAMPLE: R's qnorm and qbeta of the same uniforms.
#
# Run from the repository root:   Rscript test/reference/sampling.R
# Writes test/reference/sampling.json. The uniforms are built here, not taken from the add-in:
# MT19937 is seeded with init_genrand(seed) (Matsumoto and Nishimura's mt19937ar.c), its state
# handed to R's own Mersenne-Twister through .Random.seed, and each 32-bit output read back from
# runif() (R returns it as x / 2^32, exactly). Two outputs x, y make one uniform,
# u = (floor(x / 32) * 2^25 + floor(y / 128) + 0.5) / 2^52, as src/engine/sampling.ts describes it.
# The draw of normal(mean, sd) at u is then qnorm(u, mean, sd), of beta(a, b) qbeta(u, a, b), and of
# PERT(low, mode, high) low + (high - low) * qbeta(u, 1 + 4c, 1 + 4(1 - c)) with c = (mode - low) / (high - low),
# the classic PERT that src/engine/sampling.ts describes.

output_file <- "test/reference/sampling.json"

# 32-bit unsigned arithmetic on doubles, 16 bits at a time so that every product stays exact.
xor32 <- function(a, b) {
  bitwXor(as.integer(a %/% 65536), as.integer(b %/% 65536)) * 65536 + bitwXor(as.integer(a %% 65536), as.integer(b %% 65536))
}
times32 <- function(a, b) (((a * (b %/% 65536)) %% 65536) * 65536 + a * (b %% 65536)) %% 2^32

init_genrand <- function(seed) {
  mt <- numeric(624)
  mt[1] <- seed
  for (i in 2:624) mt[i] <- (times32(1812433253, xor32(mt[i - 1], mt[i - 1] %/% 2^30)) + (i - 1)) %% 2^32
  mt
}

# The first `count` 32-bit outputs of MT19937 after init_genrand(seed).
mt_outputs <- function(seed, count) {
  state <- init_genrand(seed)
  signed <- as.integer(ifelse(state >= 2^31, state - 2^32, state))
  # Kind 10403: Mersenne-Twister, inversion, rejection sampling (R's default). Position 624 makes
  # R regenerate the block before its first output, as genrand_int32 does after init_genrand.
  assign(".Random.seed", c(10403L, 624L, signed), envir = globalenv())
  round(runif(count) * 2^32)
}

# The published outputs of mt19937ar.c for the default seed 5489 check the construction above.
published <- c(3499211612, 581869302, 3890346734, 3586334585, 545404204, 4161255391)
if (!identical(mt_outputs(5489, 6), published)) stop("MT19937 outputs do not match mt19937ar.c")

uniforms <- function(seed, count) {
  x <- mt_outputs(seed, 2 * count)
  (floor(x[c(TRUE, FALSE)] / 32) * 2^25 + floor(x[c(FALSE, TRUE)] / 128) + 0.5) / 2^52
}

normal_case <- function(seed, mean, sd, count) {
  u <- uniforms(seed, count)
  list(seed = seed, mean = mean, sd = sd, uniforms = u, draws = qnorm(u, mean, sd))
}

# Seed 42 as in sample-draws.json; seed 20240601 over 2,000 draws reaches both tails (u < 0.075, u > 0.925).
cases <- list(normal_case(42, 100, 15, 20), normal_case(20240601, 0, 1, 2000))

# Beta quantiles at shared uniforms: the far tails, both sides of the table's outermost anchors
# 2^-20 and 1 - 2^-20, an irregular grid over (0, 1) and the first 400 uniforms of seed 20240601.
tails <- c(1e-12, 1e-10, 1e-8, 1e-6, 2^-20 * (1 - 2^-10), 2^-20, 2^-20 * (1 + 2^-10), 1e-5, 1e-4, 1e-3)
quantile_uniforms <- c(tails, ((1:400) - 0.377) / 400, uniforms(20240601, 400), 0.5, rev(1 - tails))
shapes <- list(c(1, 1), c(0.5, 0.5), c(35, 206), c(35, 207), c(2, 50), c(5, 1), c(1, 5), c(1.8, 4.2), c(3, 3), c(0.3, 2))
beta_case <- function(shape) list(alpha = shape[1], beta = shape[2], quantiles = qbeta(quantile_uniforms, shape[1], shape[2]))

pert_case <- function(seed, low, mode, high, count) {
  u <- uniforms(seed, count)
  c <- (mode - low) / (high - low)
  list(seed = seed, low = low, mode = mode, high = high, draws = low + (high - low) * qbeta(u, 1 + 4 * c, 1 + 4 * (1 - c)))
}
# The first two as recorded in sample-draws.json; PERT(0, 1, 1) and PERT(0, 0.2, 1) over 500 draws.
perts <- list(pert_case(2024, 10, 20, 60, 20), pert_case(7, 0, 1, 1, 500), pert_case(11, 0, 0.2, 1, 500))
recorded_beta <- list(seed = 4294967295, alpha = 35, beta = 207, draws = qbeta(uniforms(4294967295, 20), 35, 207))

number <- function(x) sprintf("%.17g", x)
vector <- function(x) paste0("[", paste(number(x), collapse = ", "), "]")
json_case <- function(c) sprintf("{\"seed\": %s, \"mean\": %s, \"sd\": %s, \"uniforms\": %s, \"draws\": %s}",
                                 number(c$seed), number(c$mean), number(c$sd), vector(c$uniforms), vector(c$draws))
json_beta <- function(c) sprintf("{\"alpha\": %s, \"beta\": %s, \"quantiles\": %s}", number(c$alpha), number(c$beta), vector(c$quantiles))
json_pert <- function(c) sprintf("{\"seed\": %s, \"low\": %s, \"mode\": %s, \"high\": %s, \"draws\": %s}",
                                 number(c$seed), number(c$low), number(c$mode), number(c$high), vector(c$draws))
writeLines(paste0("{\"normal\": [", paste(vapply(cases, json_case, ""), collapse = ",\n "), "],\n",
                  "\"quantile_uniforms\": ", vector(quantile_uniforms), ",\n",
                  "\"beta\": [", paste(vapply(shapes, function(s) json_beta(beta_case(s)), ""), collapse = ",\n "), "],\n",
                  "\"recorded_beta\": {\"seed\": ", number(recorded_beta$seed), ", \"alpha\": 35, \"beta\": 207, \"draws\": ", vector(recorded_beta$draws), "},\n",
                  "\"pert\": [", paste(vapply(perts, json_pert, ""), collapse = ",\n "), "]}"), output_file)
cat("wrote", output_file, "\n")
