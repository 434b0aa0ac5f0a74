# features.lex - the codebook features of docs/lexicon-format.md, for
# 19-features: word forms, exact words, NEAR cues with alternatives,
# exceptions, pseudo- and post-negators, the passing rule, emoji categories.
lexicon features
language en
negator not
negator don't
negator nobody
negator never
postneg not really
pseudo no doubt
pseudo not only
break but
hedge maybe
person1 i
person1 my
person3 he
person3 she
person3 yp
except home office
code heard Heard
	description: being heard
code heard/listened Listened
	description: listened to
	inclusion: says they were listened to
	exclusion: listening to music
	example: she listens to me
	borderline: nobody listens (negated)
	polarity: heard/ignored
	listen
code heard/ignored Ignored
	description: ignored
	polarity: heard/listened
	negated: flip
	ignored
	listen NEAR/3 (nobody|never)
code care Care
	description: exact word only
	=cared
code safety Safe
	description: safe
	except: safe to say
	safe
code home Home
	description: home
	home
code rel Rel
	description: rel
	passing: 2
	mum
code feel Feel
	description: f
	negated: drop
	emoji:crying
	emoji:hearts
	emoji:family
	emoji:flags
	angry
