"""Word clusters and capitalisation statistics for the NER model, from unlabelled text.

Reads the unlabelled text the project has in the shared folder (ABC news + science
transcripts, Brown, the Penn Treebank sample, CoNLL-2000 WSJ, IEER news and the *words*
of CoNLL-2003 ``eng.train``; never ``eng.testa``), builds a word x context PPMI matrix,
reduces it with a seeded randomised SVD and clusters the word vectors with k-means at
three granularities. Also records, per lowercased word, how often it is capitalised
when it is not sentence-initial (a cue for "is this capital letter meaningful?").

Writes ``src/analysis/models/ner/clusters.json.gz``::

    {"clusters": {"Kenya": [c_coarse, ..., c_fine], ...}, "capratio": {"kenya": 4, ...},
     "sizes": [32, 128, 512, 1024, 2048], "vector_words": ["the", ...]}

and ``embeddings.npz`` (``vectors``: one unit-length 50-d row per ``vector_words`` entry).

Run:  python scripts/build_clusters.py          (about 1-2 minutes, seed fixed)
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np

from analysis.paths import MODELS_DIR, nltk_data_dir, shared_dir

TOKEN_RE = re.compile(
    r"[A-Za-z]\.(?:[A-Za-z]\.)+"  # U.S. / U.N.
    r"|\d+(?:[.,:/-]\d+)*"  # numbers, dates
    r"|[A-Za-z0-9]+(?:[-'&][A-Za-z0-9]+)*(?=n't)"  # do|n't
    r"|n't|'s|'re|'ve|'ll|'d|'m"
    r"|[A-Za-z0-9]+(?:[-&][A-Za-z0-9]+)*(?:'[A-Za-z]+(?<!'s))?"
    r"|\S"
)
SIZES = (32, 128, 512, 1024, 2048)
SEED = 13
EMBED_DIM = 50


def tokenize(line: str) -> list[str]:
    """Split raw text roughly the way CoNLL-2003 is tokenised.

    >>> tokenize("Mr Howard's AWB isn't U.S.-based, $290 million.")[:6]
    ['Mr', 'Howard', "'s", 'AWB', 'is', "n't"]
    """
    return TOKEN_RE.findall(line)


def read_zip(name: str) -> zipfile.ZipFile:
    return zipfile.ZipFile(nltk_data_dir() / "corpora" / f"{name}.zip")


def abc_sentences() -> list[list[str]]:
    out = []
    with read_zip("abc") as zf:
        for member in ("abc/rural.txt", "abc/science.txt"):
            for line in zf.read(member).decode("latin-1").splitlines():
                # one or more sentences per line; split at sentence-final punctuation
                for part in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", line.strip()):
                    toks = tokenize(part)
                    if toks:
                        out.append(toks)
    return out


def brown_sentences() -> list[list[str]]:
    out = []
    with read_zip("brown") as zf:
        for member in zf.namelist():
            base = member.rsplit("/", 1)[-1]
            if not re.fullmatch(r"c[a-r]\d\d", base):
                continue
            for line in zf.read(member).decode("latin-1").splitlines():
                toks = [t.rsplit("/", 1)[0] for t in line.split()]
                if toks:
                    out.append(toks)
    return out


def treebank_sentences() -> list[list[str]]:
    out = []
    with read_zip("treebank") as zf:
        for member in zf.namelist():
            if not member.endswith(".mrg"):
                continue
            text = zf.read(member).decode("latin-1")
            # leaves are "(TAG word)"; drop traces (-NONE-)
            toks = [w for tag, w in re.findall(r"\(([^\s()]+) ([^\s()]+)\)", text) if tag != "-NONE-"]
            sent: list[str] = []
            for w in toks:
                sent.append(w)
                if w in {".", "?", "!"}:
                    out.append(sent)
                    sent = []
            if sent:
                out.append(sent)
    return out


def column_sentences(lines: list[str]) -> list[list[str]]:
    out, sent = [], []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("-DOCSTART-"):
            if sent:
                out.append(sent)
            sent = []
            continue
        sent.append(line.split()[0])
    if sent:
        out.append(sent)
    return out


def conll2000_sentences() -> list[list[str]]:
    with read_zip("conll2000") as zf:
        lines = []
        for member in ("conll2000/train.txt", "conll2000/test.txt"):
            lines += zf.read(member).decode("latin-1").splitlines()
    return column_sentences(lines)


def ieer_sentences() -> list[list[str]]:
    out = []
    with read_zip("ieer") as zf:
        for member in zf.namelist():
            if member.endswith(("README", "/")):
                continue
            text = zf.read(member).decode("latin-1")
            text = re.sub(r"<[^>]*>", " ", text)
            for line in text.splitlines():
                toks = tokenize(line)
                if len(toks) > 2:
                    out.append(toks)
    return out


def conll_train_sentences() -> list[list[str]]:
    path = shared_dir() / "conll2003" / "eng.train"
    return column_sentences(path.read_text(encoding="utf-8").splitlines())


def all_sentences() -> list[list[str]]:
    """Every unlabelled sentence the clusters are built from."""
    sents = []
    for fn in (abc_sentences, brown_sentences, treebank_sentences, conll2000_sentences,
               ieer_sentences, conll_train_sentences):
        part = fn()
        print(f"  {fn.__name__}: {len(part):,} sentences, {sum(map(len, part)):,} tokens",
              file=sys.stderr)
        sents += part
    return sents


def capitalisation_ratios(sents: list[list[str]]) -> dict[str, int]:
    """Per lowercased word: share of non-initial occurrences capitalised, in buckets 0..4."""
    cap, tot = Counter(), Counter()
    for s in sents:
        if sum(1 for w in s if w.isalpha() and w.isupper() and len(w) > 1) > 0.6 * len(s):
            continue  # all-caps headline: says nothing about case
        for i, w in enumerate(s[1:], 1):
            if not w[:1].isalpha() or s[i - 1] in {".", "``", '"', ":", "?", "!"}:
                continue
            lw = w.lower()
            tot[lw] += 1
            if w[0].isupper():
                cap[lw] += 1
    out = {}
    for lw, n in tot.items():
        if n >= 2:
            r = cap[lw] / n
            out[lw] = 0 if r < 0.05 else 1 if r < 0.35 else 2 if r < 0.65 else 3 if r < 0.95 else 4
    return out


def kmeans(x: np.ndarray, k: int, rng: np.random.Generator, iters: int = 25) -> np.ndarray:
    """Spherical k-means (cosine) with k-means++-style seeding on a sample; returns labels."""
    n = x.shape[0]
    centres = x[rng.choice(n, size=k, replace=False)].copy()
    labels = np.zeros(n, dtype=np.int64)
    for _ in range(iters):
        sims = x @ centres.T
        labels = sims.argmax(axis=1)
        for j in range(k):
            members = x[labels == j]
            if len(members):
                c = members.sum(axis=0)
                centres[j] = c / (np.linalg.norm(c) + 1e-9)
            else:  # re-seed an empty cluster on a random point
                centres[j] = x[rng.integers(n)]
    return labels


def build(min_count: int = 3, n_context: int = 4000, dim: int = 120,
          sizes: tuple[int, ...] = SIZES) -> dict:
    t0 = time.time()
    sents = all_sentences()
    counts = Counter(w for s in sents for w in s)
    vocab = [w for w, c in counts.most_common() if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    lcounts = Counter(w.lower() for s in sents for w in s)
    contexts = [w for w, _ in lcounts.most_common(n_context)]
    cindex = {w: i for i, w in enumerate(contexts)}
    print(f"  vocab {len(vocab):,} words, {len(contexts):,} contexts", file=sys.stderr)

    # co-occurrence with lowercased neighbours at offsets -2,-1,+1,+2 (separate blocks)
    offsets = (-2, -1, 1, 2)
    rows, cols = [], []
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        cids = [cindex.get(w.lower(), -1) for w in s]
        n = len(s)
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for b, d in enumerate(offsets):
                j = i + d
                if 0 <= j < n and cids[j] >= 0:
                    rows.append(wi)
                    cols.append(b * n_context + cids[j])
    ncols = len(offsets) * n_context
    flat = np.asarray(rows, dtype=np.int64) * ncols + np.asarray(cols, dtype=np.int64)
    uniq, cnt = np.unique(flat, return_counts=True)
    r, c = uniq // ncols, uniq % ncols
    m = np.zeros((len(vocab), ncols), dtype=np.float32)
    m[r, c] = cnt
    # positive PMI with context-distribution smoothing (alpha 0.75), in place to save memory
    total = m.sum()
    pw = m.sum(axis=1, keepdims=True) / total
    pc = m.sum(axis=0, keepdims=True) ** 0.75
    pc = pc / pc.sum()
    m /= total
    m /= pw + 1e-30
    m /= pc + 1e-30
    with np.errstate(divide="ignore"):
        np.log(m, out=m)
    np.maximum(m, 0.0, out=m)
    pmi = m
    # randomised SVD (Halko et al.), seeded
    rng = np.random.default_rng(SEED)
    omega = rng.standard_normal((ncols, dim + 20)).astype(np.float32)
    y = pmi @ omega
    for _ in range(2):
        y, _ = np.linalg.qr(y)
        y = pmi @ (pmi.T @ y)
    q, _ = np.linalg.qr(y)
    b = q.T @ pmi
    ub, s, _ = np.linalg.svd(b, full_matrices=False)
    vecs = (q @ ub[:, :dim]) * np.sqrt(s[:dim])
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    print(f"  svd done {time.time() - t0:.0f}s", file=sys.stderr)

    labels = []
    for k in sizes:
        labels.append(kmeans(vecs.astype(np.float32), k, np.random.default_rng(SEED + k)))
        print(f"  k-means {k} done {time.time() - t0:.0f}s", file=sys.stderr)
    clusters = {w: [int(lab[i]) for lab in labels] for i, w in enumerate(vocab)}
    # the leading SVD dimensions, re-normalised, as dense word features
    emb = vecs[:, :EMBED_DIM] / (np.linalg.norm(vecs[:, :EMBED_DIM], axis=1, keepdims=True) + 1e-9)
    return {"sizes": list(sizes), "clusters": clusters, "capratio": capitalisation_ratios(sents),
            "vector_words": vocab, "vectors": emb.astype(np.float16)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=MODELS_DIR / "ner" / "clusters.json.gz")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args(argv)
    data = build(sizes=tuple(args.sizes))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    vectors = data.pop("vectors")
    np.savez_compressed(args.out.parent / "embeddings.npz", vectors=vectors)
    with gzip.GzipFile(args.out, "wb", mtime=0) as handle:  # mtime=0: byte-reproducible
        handle.write(json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8"))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB, "
          f"{len(data['clusters']):,} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
