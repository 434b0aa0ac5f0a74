# -q, --quiet (every stage, docs/record-format.md "Quiet"): notes are not
# printed; errors, warnings and the summary of rejected records still are.
# Run without and with -q, standard error shown.
# lexicon prints no notes: its warnings (a pattern under two codes) are
# printed all the same; -q may come before the command.
for q in "" -q --quiet; do
	echo "== ${q:-(no option)}"
	hark-lexicon $q check ../tag/test.lex 2>&1 >/dev/null; echo "exit $?"
	hark-lexicon check $q ../tag/test.lex 2>&1 >/dev/null; echo "exit $?"
done
