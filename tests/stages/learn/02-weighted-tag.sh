# A hand-written weighted lexicon: record 1 passes (-1 + 0.6 + 0.7), record
# 2 does not (rude), record 4 does not (-1 + 0.6 < 0); the tags name the
# tokens that counted; an ordinary code beside it is matched as before.
hark-tag -l weighted.lex weighted.tsv | hark-theme | cut -f1,3,6
