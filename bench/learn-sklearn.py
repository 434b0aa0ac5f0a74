#!/usr/bin/python3
"""learn-sklearn.py - the pxtextmining baseline on hark-learn's folds.

    learn-sklearn.py DIR FOLDS

NHS England's pxtextmining published, for its multi-label FFT coding, TF-IDF
features with one linear SVM per label (micro F1 0.71, macro 0.64 on its
full data).  This reproduces that method with Debian's python3-sklearn:
TfidfVectorizer (words and two-word phrases, sublinear tf, min_df 2) and
OneVsRestClassifier(LinearSVC(class_weight="balanced")), trained on
DIR/train-k.tsv and applied to DIR/test-k.tsv for each fold k (made by
learn-data.py), the predictions of all folds pooled.  Prints micro and
macro F1 (over the labels in the truth or the predictions, as `hark agree`
averages) and the seconds spent learning.
"""
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import f1_score
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.svm import LinearSVC


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


def main(d, folds):
    allcodes = read("%s/all.tsv" % d)[2]
    mlb = MultiLabelBinarizer().fit(allcodes)
    truth, pred, secs = [], [], 0.0
    for k in range(int(folds)):
        _, xt, yt = read("%s/train-%d.tsv" % (d, k))
        _, xs, ys = read("%s/test-%d.tsv" % (d, k))
        t0 = time.process_time()
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        Y = mlb.transform(yt)
        keep = Y.sum(axis=0) > 0
        clf = OneVsRestClassifier(LinearSVC(class_weight="balanced"))
        clf.fit(vec.fit_transform(xt), Y[:, keep])
        secs += time.process_time() - t0
        P = clf.predict(vec.transform(xs))
        full = mlb.transform([[]] * len(xs))
        full[:, keep] = P
        truth.append(mlb.transform(ys))
        pred.append(full)
    import numpy as np
    T, P = np.vstack(truth), np.vstack(pred)
    used = (T.sum(axis=0) + P.sum(axis=0)) > 0
    mi = f1_score(T[:, used], P[:, used], average="micro", zero_division=0)
    ma = f1_score(T[:, used], P[:, used], average="macro", zero_division=0)
    print("sklearn tfidf+linear SVM\tmicro_f1=%.4f\tmacro_f1=%.4f\tlearn_s=%.2f" % (mi, ma, secs))


main(*sys.argv[1:])
