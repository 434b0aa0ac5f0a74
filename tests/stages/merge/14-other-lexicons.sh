# Counts made with different lexicons (tagged_with's fingerprints differ)
# do not add up: refused, naming both.  The same lexicon found at another
# path (a shard counted on another machine) is the same codebook.
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'site\ttheme\trecords\tmentions\tnegated\ttagged_with\nnorth\t*\t2\t3\t0\tlexicons=a.lex@0123456789abcdef\nnorth\thome\t1\t2\t0\tlexicons=a.lex@0123456789abcdef\n' >"$tmp/a"
sed 's#a\.lex#/elsewhere/a.lex#' "$tmp/a" >"$tmp/b"
sed 's#0123456789abcdef#fedcba9876543210#' "$tmp/a" >"$tmp/c"
hark-merge "$tmp/a" "$tmp/b"
hark-merge --wide "$tmp/a" "$tmp/b"
hark-merge "$tmp/a" "$tmp/c" 2>&1 | sed "s#$tmp/##g"
