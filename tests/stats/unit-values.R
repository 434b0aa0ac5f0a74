# unit-values.R - the R values hard-coded in tests/unit/stats.c:
#     Rscript tests/stats/unit-values.R
tabs <- list(c(3,1,1,3), c(10,20,30,40), c(0,5,5,0), c(1200,3400,2100,5300), c(50000,49000,48500,51000), c(0,0,3,4), c(7,0,0,0), c(2,7,8,2), c(100,1,1,100))
for (m in tabs) cat(sprintf("{ %d, %d, %d, %d, %.17g },\n", m[1], m[2], m[3], m[4], fisher.test(matrix(c(m[1],m[3],m[2],m[4]),2))$p.value))
for (xn in list(c(0,10), c(10,10), c(3,7), c(124,300), c(1,1000000), c(500000,1000000))) { ci <- prop.test(xn[1], xn[2], correct=FALSE)$conf.int; cat(sprintf("{ %d, %d, %.17g, %.17g },\n", xn[1], xn[2], ci[1], ci[2])) }
p <- c(0.01, 0.04, 0.03, 0.005, 0.5, 0.04, 1, 0.2)
cat(sprintf("%.17g", p.adjust(p, "BH")), sep=", "); cat("\n")
