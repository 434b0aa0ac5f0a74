# Weighted patterns compiled for speed (lib/score.c) score as written
# (sums by hand): two patterns with one key count as their sum (record 3:
# wait -1 + 0.5 + 0.4 + 0.3 passes), a three-word phrase is found though
# its two-word start is no pattern (record 1), a phrase cut short finds
# nothing (record 2), a pattern counts once however often it occurs
# (record 4: wait -1 + 0.9 + 0.3 - 0.2 = 0 reaches the threshold), and a
# word and a stem on one token give each passing code its own tags, in
# token order, the negative weights none (record 5: long only).
hark-tag -l phrases.lex phrases.tsv | hark-theme | cut -f1,3,6
