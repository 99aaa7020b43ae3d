"""Train the NER tagger (structured averaged perceptron) from CoNLL-2003 ``eng.train``.

Reproducible: fixed seed, deterministic feature order. Needs the word clusters first
(``python scripts/build_clusters.py``). Writes ``src/analysis/models/ner/{weights.npz,
features.json.gz,lexicon.json.gz}`` and prints eng.testa P/R/F1 after each epoch; the
weights of the best epoch on eng.testa are kept.

Gazetteers: NLTK's lists (countries, US states/cities, provinces, nationalities), person
and organisation/location names from the IEER corpus annotations, and entity lists from
eng.train itself. The eng.train lists are *jackknifed*: the training sentences of document
fold k see only the lists built from the other folds, so the model learns how far such a
list can be trusted on unseen text; the shipped model uses lists from all of eng.train.

Run:  python scripts/train_ner.py                   (4 runs x 15 epochs: about 5-10 minutes)
      python scripts/train_ner.py --drop gaz --epochs 8 --runs 1 --no-save   (an ablation run)
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import zipfile
from collections import defaultdict
from pathlib import Path

import numpy as np

from analysis.evaluate.ner import evaluate, iob1_to_iob2, read_conll_documents
from analysis.ner import (
    _START_OK,
    _TRANS_OK,
    GROUPS,
    MODEL_DIR,
    N_TAGS,
    TAG_INDEX,
    Featurizer,
    NerModel,
    load_clusters,
    viterbi,
)
from analysis.paths import nltk_data_dir, shared_dir
from analysis.pos import tag as pos_tag

SEED = 7
FOLDS = 5


# --------------------------------------------------------------------------- resources


def nltk_lists() -> tuple[dict[str, set[str]], set[str]]:
    """Gazetteer phrases (lowercased) per list name from NLTK data, and first names."""
    corpora = nltk_data_dir() / "corpora"
    lists: dict[str, set[str]] = defaultdict(set)
    files = {
        "countries.txt": "nCountry", "isocountries.txt": "nCountry",
        "uscities.txt": "nCity", "usstates.txt": "nState", "caprovinces.txt": "nState",
        "mexstates.txt": "nState", "nationalities.txt": "nNat",
    }
    with zipfile.ZipFile(corpora / "gazetteers.zip") as zf:
        for name, key in files.items():
            for line in zf.read(f"gazetteers/{name}").decode("latin-1").splitlines():
                if line.strip():
                    lists[key].add(" ".join(tokenize_name(line.strip())).lower())
    first: set[str] = set()
    with zipfile.ZipFile(corpora / "names.zip") as zf:
        for name in ("names/male.txt", "names/female.txt"):
            for line in zf.read(name).decode("latin-1").splitlines():
                if line.strip():
                    first.add(line.strip().lower())
    # named entities annotated in the IEER news corpus
    kinds = {"PERSON": "iPER", "LOCATION": "iLOC", "ORGANIZATION": "iORG"}
    with zipfile.ZipFile(corpora / "ieer.zip") as zf:
        for member in zf.namelist():
            if member.endswith(("/", "README")):
                continue
            text = zf.read(member).decode("latin-1")
            for kind, name in re.findall(r'<b_enamex type="(\w+)">(.*?)<e_enamex>', text, re.DOTALL):
                if kind in kinds:
                    lists[kinds[kind]].add(" ".join(tokenize_name(name)).lower())
    return lists, first


def tokenize_name(text: str) -> list[str]:
    """Split a gazetteer entry the way CoNLL tokenises names (punctuation apart)."""
    return re.findall(r"[A-Za-z]\.(?:[A-Za-z]\.)+|[\w]+(?:[-'.&][\w]+)*\.?|\S", text)


def entity_lists(docs: list[list[tuple[list[str], list[str]]]]) -> dict[str, set[str]]:
    """Lowercased entity strings per type (``trPER`` ...) from IOB2-tagged documents.

    >>> lists = entity_lists([[(["Bayern", "Munich", "won"], ["B-ORG", "I-ORG", "O"])]])
    >>> [(name, sorted(phrases)) for name, phrases in sorted(lists.items())]
    [('trORG', ['bayern munich']), ('trwORG', ['bayern', 'munich'])]
    """
    lists: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for words, tags in doc:
            start = -1
            for i, t in enumerate(tags + ["O"]):
                if start >= 0 and not t.startswith("I-"):
                    lists["tr" + tags[start][2:]].add(" ".join(words[start:i]).lower())
                    # and each capitalised word of it (``trwPER`` ...): partial evidence
                    for w in words[start:i]:
                        if w[:1].isupper():
                            lists["trw" + tags[start][2:]].add(w.lower())
                    start = -1
                if t.startswith("B-"):
                    start = i
    return lists


def merge(*lists: dict[str, set[str]]) -> dict[str, list[str]]:
    """Phrase -> sorted list names."""
    out: dict[str, set[str]] = defaultdict(set)
    for group in lists:
        for name, phrases in group.items():
            for p in phrases:
                out[p].add(name)
    return {p: sorted(v) for p, v in sorted(out.items())}


# --------------------------------------------------------------------------- training


class Trainer:
    """Structured averaged perceptron; averaging via the usual timestamp trick."""

    def __init__(self, n_features: int, n_dense: int):
        self.w = np.zeros((n_features, N_TAGS), dtype=np.float64)
        self.u = np.zeros_like(self.w)  # sum of c * update, c = examples seen so far
        self.d = np.zeros((n_dense, N_TAGS))  # weights of the real-valued (word vector) part
        self.ud = np.zeros_like(self.d)
        self.trans = np.zeros((N_TAGS, N_TAGS))
        self.utrans = np.zeros_like(self.trans)
        self.start = np.zeros(N_TAGS)
        self.ustart = np.zeros_like(self.start)
        self.c = 1
        self.mask_t = np.where(_TRANS_OK, 0.0, -1e9)
        self.mask_s = np.where(_START_OK, 0.0, -1e9)

    def step(self, ids: np.ndarray, offsets: np.ndarray, gold: np.ndarray,
             dense: np.ndarray) -> bool:
        """One example: decode, update on mistakes. Returns True if decoded correctly."""
        emis = np.add.reduceat(self.w[ids], offsets[:-1], axis=0)
        if self.d.shape[0]:
            emis += dense @ self.d
        pred = np.asarray(viterbi(emis, self.trans + self.mask_t, self.start + self.mask_s))
        ok = bool((pred == gold).all())
        if not ok:
            c = self.c
            for i in np.nonzero(pred != gold)[0]:
                f = ids[offsets[i]:offsets[i + 1]]
                self.w[f, gold[i]] += 1.0
                self.w[f, pred[i]] -= 1.0
                self.u[f, gold[i]] += c
                self.u[f, pred[i]] -= c
                if self.d.shape[0]:
                    self.d[:, gold[i]] += dense[i]
                    self.d[:, pred[i]] -= dense[i]
                    self.ud[:, gold[i]] += c * dense[i]
                    self.ud[:, pred[i]] -= c * dense[i]
            for seq, sign in ((gold, 1.0), (pred, -1.0)):
                self.start[seq[0]] += sign
                self.ustart[seq[0]] += sign * c
                np.add.at(self.trans, (seq[:-1], seq[1:]), sign)
                np.add.at(self.utrans, (seq[:-1], seq[1:]), sign * c)
        self.c += 1
        return ok

    def averaged(self) -> tuple[np.ndarray, ...]:
        """Averaged (emission, transition, start, dense) weights."""
        c = self.c
        return (self.w - self.u / c, self.trans - self.utrans / c, self.start - self.ustart / c,
                self.d - self.ud / c)


def featurize(featurizer: Featurizer, sents, index: dict[str, int], grow: bool):
    """Feature ids (flat + offsets) for each sentence; unseen features added if ``grow``."""
    out = []
    for words, pos, _ in sents:
        ids: list[int] = []
        offs = [0]
        for feats in featurizer.sentence_features(words, pos):
            seen = set()
            for f in feats:
                j = index.get(f)
                if j is None and grow:
                    j = index[f] = len(index)
                if j is not None and j not in seen:
                    seen.add(j)
                    ids.append(j)
            offs.append(len(ids))
        out.append((np.asarray(ids, dtype=np.int64), np.asarray(offs, dtype=np.int64),
                    featurizer.dense_features(words)))
    return out


def load_split(path: Path) -> list[list[tuple[list[str], list[str], np.ndarray]]]:
    """Documents of (words, POS from the package tagger, IOB2 tag ids) sentences."""
    docs = []
    for doc in read_conll_documents(path):
        docs.append([(w, pos_tag(w), iob1_to_iob2(t)) for w, t in doc])
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--runs", type=int, default=4,
                        help="train this many perceptrons (different seeds) and average them")
    parser.add_argument("--select-epoch", action="store_true",
                        help="keep each run's best epoch on eng.testa (default: the last)")
    parser.add_argument("--drop", action="append", default=[], choices=GROUPS,
                        help="switch off a feature group (repeatable; for ablations)")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--no-save", action="store_true")
    parser.add_argument("--min-count", type=int, default=1,
                        help="drop features seen fewer times than this in training")
    parser.add_argument("--clusters", type=Path, default=None,
                        help="clusters.json.gz to use (default: the one in --out / the package)")
    parser.add_argument("--min-weight", type=float, default=0.0,
                        help="drop features whose largest |averaged weight| is below this")
    args = parser.parse_args(argv)
    t0 = time.time()
    groups = [g for g in GROUPS if g not in args.drop]
    conll = shared_dir() / "conll2003"
    train_docs = load_split(conll / "eng.train")
    dev_docs = load_split(conll / "eng.testa")
    print(f"read + POS-tagged data {time.time() - t0:.0f}s", file=sys.stderr)

    static, first = nltk_lists()
    cluster_dir = args.clusters.parent if args.clusters else (
        args.out if (args.out / "clusters.json.gz").exists() else MODEL_DIR)
    cl = load_clusters(cluster_dir)
    resources = {"clusters": cl["clusters"], "capratio": cl["capratio"], "first_names": first,
                 "groups": groups, "vectors": cl["vectors"], "vector_words": cl["vector_words"]}
    # document folds for the jackknifed train-set gazetteers
    fold_of = [k % FOLDS for k in range(len(train_docs))]
    index: dict[str, int] = {}
    examples = []
    for k in range(FOLDS):
        others = [d for d, f in zip(train_docs, fold_of) if f != k]
        fold_gaz = merge(static, entity_lists([[(w, t) for w, _, t in d] for d in others]))
        fz = Featurizer(fold_gaz, **resources)
        sents = [s for d, f in zip(train_docs, fold_of) if f == k for s in d]
        feats = featurize(fz, sents, index, grow=True)
        examples += [(ids, offs, np.array([TAG_INDEX[t] for t in s[2]]), dense)
                     for (ids, offs, dense), s in zip(feats, sents)]
    final_gaz = merge(static, entity_lists([[(w, t) for w, _, t in d] for d in train_docs]))
    final_fz = Featurizer(final_gaz, **resources)
    print(f"{len(index):,} features, {len(examples):,} sentences, "
          f"featurised {time.time() - t0:.0f}s", file=sys.stderr)

    features = sorted(index, key=index.get)
    if args.min_count > 1:
        # drop features seen fewer than min_count times in training (a little regularisation)
        counts = np.bincount(np.concatenate([e[0] for e in examples]), minlength=len(index))
        keep = counts >= args.min_count
        new_id = np.cumsum(keep) - 1
        pruned = []
        for ids, offs, gold, dense in examples:
            k = keep[ids]
            new_offs = np.concatenate([[0], np.cumsum(np.add.reduceat(k, offs[:-1]))])
            pruned.append((new_id[ids[k]], new_offs.astype(np.int64), gold, dense))
        examples = pruned
        features = [f for f, k in zip(features, keep) if k]
        index = {f: i for i, f in enumerate(features)}
        print(f"kept {len(features):,} features seen >= {args.min_count} times", file=sys.stderr)
    dev = [s for d in dev_docs for s in d]
    dev_words, dev_pos = [s[0] for s in dev], [s[1] for s in dev]
    dev_gold = [(s[0], s[2]) for s in dev]

    def dev_scores(w, tr, st, d):
        pred = NerModel(final_fz, features, w, tr, st, d).tag_many(dev_words, dev_pos)
        return evaluate(dev_gold, pred)

    # an ensemble of perceptrons trained on different example orders, weights averaged
    # (the average of linear models is one linear model: no extra cost at run time)
    runs = []
    for run in range(args.runs):
        trainer = Trainer(len(index), examples[0][3].shape[1])
        rng = np.random.default_rng(SEED + run)
        order = np.arange(len(examples))
        best = (-1.0, None, 0)
        for epoch in range(1, args.epochs + 1):
            rng.shuffle(order)
            errors = sum(not trainer.step(*examples[i]) for i in order)
            if not args.select_epoch and epoch < args.epochs:
                continue
            w, tr, st, d = trainer.averaged()
            scores, _ = dev_scores(w, tr, st, d)
            f1 = scores["ALL"][2]
            print(f"run {run} epoch {epoch:2d}: {errors} wrong train sentences, eng.testa F1 "
                  f"{100 * f1:.2f} (P {100 * scores['ALL'][0]:.2f} "
                  f"R {100 * scores['ALL'][1]:.2f}) [{time.time() - t0:.0f}s]", flush=True)
            if f1 > best[0]:
                best = (f1, (w, tr, st, d), epoch)
        runs.append(best[1])
        del trainer
    w = np.mean([r[0] for r in runs], axis=0)
    tr = np.mean([r[1] for r in runs], axis=0)
    st = np.mean([r[2] for r in runs], axis=0)
    d = np.mean([r[3] for r in runs], axis=0)
    # keep only features with a non-negligible averaged weight
    keep = np.nonzero(np.abs(w).max(axis=1) > args.min_weight)[0]
    model = NerModel(final_fz, [features[i] for i in keep], w[keep], tr, st, d if d.size else None)
    # score what is shipped: float16 weights, pruned table
    model.weights = model.weights.astype(np.float16).astype(np.float32)
    if model.dense is not None:
        model.dense = model.dense.astype(np.float16).astype(np.float32)
    pred = model.tag_many([s[0] for s in dev], [s[1] for s in dev])
    scores, acc = evaluate([(s[0], s[2]) for s in dev], pred)
    print(f"shipped model ({len(keep):,} features): eng.testa")
    for typ, (p, r, f, g, n, _) in scores.items():
        print(f"  {typ:<5} P {100 * p:6.2f}  R {100 * r:6.2f}  F1 {100 * f:6.2f}  ({g} gold)")
    print(f"  token accuracy {100 * acc:.2f}%")
    if not args.no_save:
        model.save(args.out)
        size = sum(p.stat().st_size for p in args.out.iterdir() if p.is_file())
        print(f"wrote {args.out} ({size / 1e6:.1f} MB)")
    print(f"total {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
