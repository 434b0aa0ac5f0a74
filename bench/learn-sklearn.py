#!/usr/bin/python3
"""learn-sklearn.py - the pxtextmining baseline on hark-learn's folds.

    learn-sklearn.py DIR FOLDS

NHS England's pxtextmining published, for its multi-label FFT coding, TF-IDF
features with one linear SVM per label (micro F1 0.71, macro 0.64 on its
full data).  This reproduces that method with Debian's python3-sklearn:
TfidfVectorizer (words and two-word phrases, sublinear tf, min_df 2) and
one LinearSVC(class_weight="balanced") per label, trained on DIR/train-k.tsv
and applied to DIR/test-k.tsv for each fold k (made by learn-data.py), the
predictions of all folds pooled.  Two lines:

  - as published: C = 1 and the SVM's own cut (decision value 0);
  - tuned as hark learn tunes itself: per label with 5 records or more,
    C from a grid and the decision threshold with the best F1, both
    chosen by 5-fold cross-validation on the training fold only, so that
    the comparison gives the baseline the same help.

Prints, per line, micro and macro F1 (over the labels in the truth or the
predictions, as `hark agree` averages) and the CPU seconds spent learning.
"""
import sys
import time

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import f1_score
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.svm import LinearSVC

GRID = (0.1, 0.3, 1.0)
INNER = 5
MINREC = 5      # as hark learn's --min-records: rarer labels get no model


def read(path):
    ids, texts, codes = [], [], []
    with open(path, encoding="utf-8") as f:
        f.readline()
        for line in f:
            i, t, c = line.rstrip("\n").split("\t")
            ids.append(i)
            texts.append(t.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\"))
            codes.append(c.split())
    return ids, texts, codes


def best_cut(dec, y):
    """The threshold on dec with the best F1 against y (0/1), and its F1."""
    order = np.argsort(-dec, kind="stable")
    d, t = dec[order], y[order]
    tp = np.cumsum(t)
    n = np.arange(1, len(d) + 1)
    f1 = 2.0 * tp / (n + t.sum())
    last = np.r_[d[1:] != d[:-1], True]    # the end of each run of ties
    f1 = np.where(last, f1, -1)
    i = int(np.argmax(f1))
    thr = (d[i] + d[i + 1]) / 2 if i + 1 < len(d) else d[i] - 1
    return thr, f1[i]


def tuned(X, y):
    """C and threshold by inner cross-validation; the model on all of X."""
    fold = np.arange(X.shape[0]) % INNER
    best = (-1.0, GRID[0], 0.0)
    for C in GRID:
        dec = np.zeros(X.shape[0])
        for f in range(INNER):
            tr = fold != f
            if y[tr].min() == y[tr].max():
                dec[~tr] = -1.0 if y[tr].max() == 0 else 1.0
                continue
            m = LinearSVC(C=C, class_weight="balanced").fit(X[tr], y[tr])
            dec[~tr] = m.decision_function(X[~tr])
        thr, f1 = best_cut(dec, y)
        if f1 > best[0]:
            best = (f1, C, thr)
    return LinearSVC(C=best[1], class_weight="balanced").fit(X, y), best[2]


def run(d, folds, mlb, tune):
    truth, pred, secs = [], [], 0.0
    for k in range(folds):
        _, xt, yt = read("%s/train-%d.tsv" % (d, k))
        _, xs, ys = read("%s/test-%d.tsv" % (d, k))
        t0 = time.process_time()
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        Xt = vec.fit_transform(xt)
        Y = mlb.transform(yt)
        models = []
        for j in range(Y.shape[1]):
            y = Y[:, j]
            if y.sum() == 0:
                models.append(None)
            elif tune:
                models.append(tuned(Xt, y) if y.sum() >= MINREC else None)
            else:
                models.append((LinearSVC(class_weight="balanced").fit(Xt, y), 0.0))
        secs += time.process_time() - t0
        Xs = vec.transform(xs)
        P = np.zeros((len(xs), Y.shape[1]), dtype=int)
        for j, mt in enumerate(models):
            if mt is not None:
                P[:, j] = mt[0].decision_function(Xs) >= mt[1]
        truth.append(mlb.transform(ys))
        pred.append(P)
    T, P = np.vstack(truth), np.vstack(pred)
    used = (T.sum(axis=0) + P.sum(axis=0)) > 0
    mi = f1_score(T[:, used], P[:, used], average="micro", zero_division=0)
    ma = f1_score(T[:, used], P[:, used], average="macro", zero_division=0)
    return mi, ma, secs


def main(d, folds):
    mlb = MultiLabelBinarizer().fit(read("%s/all.tsv" % d)[2])
    for tune, label in ((False, "sklearn tfidf+linear SVM (published: C=1, cut 0)"),
                        (True, "sklearn tfidf+linear SVM (C, threshold by CV)")):
        mi, ma, secs = run(d, int(folds), mlb, tune)
        print("%s\tmicro_f1=%.4f\tmacro_f1=%.4f\tlearn_s=%.2f" % (label, mi, ma, secs))


main(*sys.argv[1:])
