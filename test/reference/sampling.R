# Reference for the normal draws of PREVENT.SAMPLE: R's qnorm of the same uniforms.
#
# Run from the repository root:   Rscript test/reference/sampling.R
# Writes test/reference/sampling.json. The uniforms are built here, not taken from the add-in:
# MT19937 is seeded with init_genrand(seed) (Matsumoto and Nishimura's mt19937ar.c), its state
# handed to R's own Mersenne-Twister through .Random.seed, and each 32-bit output read back from
# runif() (R returns it as x / 2^32, exactly). Two outputs x, y make one uniform,
# u = (floor(x / 32) * 2^25 + floor(y / 128) + 0.5) / 2^52, as src/engine/sampling.ts describes it.
# The draw of normal(mean, sd) at u is then qnorm(u, mean, sd).

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

number <- function(x) sprintf("%.17g", x)
vector <- function(x) paste0("[", paste(number(x), collapse = ", "), "]")
json_case <- function(c) sprintf("{\"seed\": %s, \"mean\": %s, \"sd\": %s, \"uniforms\": %s, \"draws\": %s}",
                                 number(c$seed), number(c$mean), number(c$sd), vector(c$uniforms), vector(c$draws))
writeLines(paste0("{\"normal\": [", paste(vapply(cases, json_case, ""), collapse = ",\n "), "]}"), output_file)
cat("wrote", output_file, "\n")
