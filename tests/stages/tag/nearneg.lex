# nearneg.lex - a negator between the two sides of a proximity rule, for
# 22-near-negator: the rule's own negator side is spent, but a negator
# in the gap between the sides (`never not felt listened to`) negates the
# tag, as it would a word or a phrase; a concord negator in the gap
# agrees with the side (`nobody never listens`) and negates once.
lexicon nearneg
language en
negator not
negator never
negator nobody
negator wasn't
concord never
concord nobody
code ignored Ignored
	description: not listened to
	listen NEAR/3 (nobody|never)
code honest Honest worker
	description: an honest worker
	worker NEAR/3 honest
