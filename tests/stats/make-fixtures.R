# make-fixtures.R - the independent check of hark-table's statistics.
#
# Run once, by hand, with Debian's r-base-core (no other packages):
#     Rscript tests/stats/make-fixtures.R tests/stats
# It writes persons.tsv (a person-level stream made with a fixed seed) and
# expected.tsv: what
#     hark-table --by site --outcome neet --outcome accommodation --sdc none
# must print for it, computed here with R's own functions: the Wilson
# interval from prop.test(correct = FALSE), fisher.test() for p, p.adjust(
# method = "BH") for q, and the odds ratio with Woolf's interval (0.5 added
# to every cell when one is zero).  The printed formats are those of
# docs/statistics.md.  tests/stats/run-suite compares; it never runs R.
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "."
set.seed(20261122)

sites <- c(rep("north", 1500), rep("south", 900), rep("east", 60),
           rep("west", 12), rep("all-theme", 25), rep("no-outcome", 30))
n <- length(sites)
p_theme <- c(safety = 0.35, home = 0.08, school = 0.6, rare = 0.01)
d <- data.frame(person_id = sprintf("p%05d", seq_len(n)), site = sites,
                stringsAsFactors = FALSE)
for (t in names(p_theme)) {
  has <- rbinom(n, 1, p_theme[[t]])
  has[d$site == "all-theme"] <- 1
  d[[paste0("theme:", t)]] <- ifelse(has == 1, sample(1:4, n, TRUE), 0)
}
risk <- 0.15 + 0.25 * (d[["theme:safety"]] > 0) + 0.1 * (d[["theme:home"]] > 0)
neet <- ifelse(runif(n) < risk, "yes", "no")
neet[runif(n) < 0.04] <- ""
neet[d$site == "no-outcome"] <- "no"
acc <- ifelse(runif(n) < 0.7 - 0.2 * (d[["theme:home"]] > 0), "Y", "N")
acc[runif(n) < 0.02] <- ""
d$neet <- neet
d$accommodation <- acc
write.table(d, file.path(dir, "persons.tsv"), sep = "\t", quote = FALSE,
            row.names = FALSE, col.names = TRUE)

fmt <- function(f, v) {
  s <- sprintf(f, v)
  if (s %in% c("-0.0", "-0.000", "-0")) s <- sprintf(f, 0)
  s
}
yes <- function(v) ifelse(v == "", NA, toupper(v) %in% c("YES", "Y", "TRUE", "1"))

themes <- sort(names(p_theme), method = "radix")
cohorts <- c(sort(unique(d$site), method = "radix"), "Total")
outcomes <- c("neet", "accommodation")
rows <- list()
pvals <- c()
for (t in themes) for (co in cohorts) for (o in outcomes) {
  s <- if (co == "Total") d else d[d$site == co, ]
  has <- s[[paste0("theme:", t)]] > 0
  nn <- nrow(s); x <- sum(has)
  ci <- suppressWarnings(prop.test(x, nn, correct = FALSE)$conf.int)
  y <- yes(s[[o]]); ok <- !is.na(y)
  a <- sum(has & ok & y); b <- sum(has & ok & !y)
  c <- sum(!has & ok & y); dd <- sum(!has & ok & !y)
  r <- list(theme = t, site = co, people = nn, with_theme = x,
            pct = fmt("%.1f", 100 * x / nn), pct_low = fmt("%.1f", 100 * ci[1]),
            pct_high = fmt("%.1f", 100 * ci[2]), outcome = o,
            rate_with = if (a + b) fmt("%.1f", 100 * a / (a + b)) else "z",
            rate_without = if (c + dd) fmt("%.1f", 100 * c / (c + dd)) else "z",
            difference = "z", odds_ratio = "z", or_low = "z", or_high = "z",
            p = "z", q = "z", note = "", sdc = "none", pi = NA)
  if (a + b > 0 && c + dd > 0) {
    r$difference <- fmt("%.1f", 100 * a / (a + b) - 100 * c / (c + dd))
    m <- c(a, b, c, dd)
    corr <- any(m == 0)
    if (corr) m <- m + 0.5
    or <- (m[1] * m[4]) / (m[2] * m[3])
    se <- sqrt(sum(1 / m))
    r$odds_ratio <- fmt("%.3f", or)
    r$or_low <- fmt("%.3f", exp(log(or) - qnorm(0.975) * se))
    r$or_high <- fmt("%.3f", exp(log(or) + qnorm(0.975) * se))
    p <- fisher.test(matrix(c(a, c, b, dd), 2))$p.value
    pvals <- c(pvals, p)
    r$pi <- length(pvals)
    tot <- a + b + c + dd
    e <- min(a + b, c + dd) * min(a + c, b + dd) / tot
    r$note <- paste(c(if (corr) "zero_cell", if (e < 5) "small_expected"),
                    collapse = " ")
  }
  rows[[length(rows) + 1]] <- r
}
q <- p.adjust(pvals, method = "BH")
out <- file(file.path(dir, "expected.tsv"), "w")
cols <- c("theme", "site", "people", "with_theme", "pct", "pct_low",
          "pct_high", "outcome", "rate_with", "rate_without", "difference",
          "odds_ratio", "or_low", "or_high", "p", "q", "note", "sdc")
writeLines(paste(cols, collapse = "\t"), out)
for (r in rows) {
  if (!is.na(r$pi)) {
    r$p <- fmt("%.4g", pvals[r$pi])
    r$q <- fmt("%.4g", q[r$pi])
  }
  writeLines(paste(sapply(cols, function(k) as.character(r[[k]])),
                   collapse = "\t"), out)
}
close(out)
