#!/usr/bin/env python3
"""Trains the agency-voice model of `rrp lint` (language.agency-voice) on the real-prose set.

    python3 -m pip install scikit-learn   # once; only this script needs it
    Scripts/train-voice-model.py          # writes Sources/PlanLint/Resources/voice-model.tsv
                                          # and Tests/PlanLintTests/Data/voice-model-parity.tsv

The model is a logistic regression over the words of a sentence (lower-cased, each Chinese
character a word, every number `#`), their pairs, its language and its section kind, trained on
the labelled sentences of Tests/PlanLintTests/Data/real-prose.jsonl except the held-back rounds and
the held-out split, which stay unseen so that they measure it, and on the project's own constructed
sentences (own-labelled.jsonl and the reading tests' `flagged("...", "xx")` / `!flagged(...)`
examples; `findings(...)` examples are not read). After adding a round, hold it back here (and in
RealProseTests) or let it train; after retraining, run the tests and move the rounds' floors the
retraining moved (docs/lint.md, "The agency-voice model"). `VoiceModel.swift` reads the same
features; the parity file holds this script's probabilities for every 25th sentence, which the
Swift tests compare with their own. Features seen in fewer than two training sentences are left
out. Deterministic: the same set gives the same file.
"""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
DATA = os.path.join(ROOT, 'Tests/PlanLintTests/Data/real-prose.jsonl')
# The project's own constructed sentences: the labelled set and the reading tests' examples.
OWN = os.path.join(ROOT, 'Tests/PlanLintTests/Data/own-labelled.jsonl')
TESTS = os.path.join(ROOT, 'Tests/PlanLintTests')
MODEL = os.path.join(ROOT, 'Sources/PlanLint/Resources/voice-model.tsv')
PARITY = os.path.join(ROOT, 'Tests/PlanLintTests/Data/voice-model-parity.tsv')
# The collection rounds held back to measure unseen prose (RealProseTests' `heldBack: true`).
HELD_BACK = {22, 25, 27, 29, 31, 33, 35, 37, 38, 40, 41, 47, 50, 51, 52, 53, 55}
# Regularization (inverse strength) and the probability from which the linter reports.
C = 16.0
THRESHOLD = 0.7


def is_han(c):
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FFFF


def words(text):
    """The sentence's words as VoiceFeatures.swift reads them."""
    out, current = [], []

    def flush():
        if current:
            word = ''.join(current)
            out.append('#' if all(unicodedata.category(c)[0] == 'N' for c in word) else word)
            current.clear()

    for c in text.lower():
        category = unicodedata.category(c)
        if is_han(c):
            flush()
            out.append(c)
        elif category[0] in 'LN' or category in ('Mn', 'Mc'):
            current.append(c)
        else:
            flush()
    flush()
    return out


def features(text, language, section):
    w = words(text)
    return ['l:' + language, 's:' + section] + ['u:' + a for a in w] + ['b:' + a + ' ' + b for a, b in zip(w, w[1:])]


# `flagged("text", "fr")`, `!flagged("text", "es", section: "Budget")` in the reading tests.
EXAMPLE = re.compile(r'(!?)flagged\("((?:[^"\\]|\\.)*)", "(en|fr|es|zh)"(?:, section: ([^)]*))?\)')


def section_of(argument):
    """The section kind of a test's `section:` argument (a heading or a `LabelledSentence` hint)."""
    a = (argument or '').lower()
    for kind, words in (('situation', ('situation',)), ('budget', ('budget', 'financial')),
                        ('coordination', ('coordination',)), ('strategy', ('strategy',))):
        if any(w in a for w in words):
            return kind
    return 'strategy'


def constructed():
    """The project's own labelled sentences and the reading tests' examples, as rows."""
    rows = [json.loads(line) for line in open(OWN, encoding='utf-8') if line.strip()]
    for name in sorted(os.listdir(TESTS)):
        if not name.endswith('.swift'):
            continue
        for negated, text, language, section in EXAMPLE.findall(open(os.path.join(TESTS, name), encoding='utf-8').read()):
            text = text.replace('\\"', '"').replace('\\\\', '\\')
            rows.append({'text': text, 'lang': language, 'section_hint': section_of(section),
                         'label': 'neutral' if negated else 'agency_specific'})
    return rows


def is_held(row):
    return row.get('round') in HELD_BACK or (row['split'] == 'heldout' and (row.get('round') or 0) < 4)


def probability(weights, bias, feats):
    """What VoiceModel.swift computes: unknown features dropped, counts L2-normalized."""
    import math
    counts = {}
    for f in feats:
        if f in weights:
            counts[f] = counts.get(f, 0) + 1
    norm = math.sqrt(sum(c * c for c in counts.values()))
    z = bias + (sum(weights[f] * c for f, c in counts.items()) / norm if norm else 0.0)
    return 1 / (1 + math.exp(-z))


def main():
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    rows = [json.loads(line) for line in open(DATA, encoding='utf-8') if line.strip()]
    train = [r for r in rows if not is_held(r)]
    real = len(train)
    seen = {r['text'] for r in train}
    for row in constructed():
        if row['text'] not in seen:
            seen.add(row['text'])
            train.append(row)
    vectorizer = CountVectorizer(analyzer=lambda r: features(r['text'], r['lang'], r['section_hint']), min_df=2)
    x = normalize(vectorizer.fit_transform(train))
    y = [r['label'] == 'agency_specific' for r in train]
    model = LogisticRegression(C=C, max_iter=10000, solver='lbfgs').fit(x, y)
    names = vectorizer.get_feature_names_out()
    weights = {name: round(float(w), 6) for name, w in zip(names, model.coef_[0])}
    bias = round(float(model.intercept_[0]), 6)
    held = sorted(HELD_BACK)
    with open(MODEL + '.tmp', 'w', encoding='utf-8') as out:
        out.write('# The agency-voice model of `rrp lint` (language.agency-voice): generated by '
                  'Scripts/train-voice-model.py, do not edit.\n')
        out.write(f'# Logistic regression (C={C}) over {len(weights)} features of {len(train)} labelled sentences '
                  f'({real} real, {len(train) - real} constructed; {sum(y)} agency-specific); held back: rounds {" ".join(map(str, held))} and the held-out split.\n')
        out.write('version\t1\n')
        out.write(f'bias\t{bias}\n')
        out.write(f'threshold\t{THRESHOLD}\n')
        for name in sorted(weights):
            out.write(f'{name}\t{weights[name]}\n')
    os.replace(MODEL + '.tmp', MODEL)
    with open(PARITY + '.tmp', 'w', encoding='utf-8') as out:
        out.write('# id\tprobability (Scripts/train-voice-model.py; VoiceModelTests compares VoiceModel.swift with it)\n')
        for row in rows[::25]:
            p = probability(weights, bias, features(row['text'], row['lang'], row['section_hint']))
            out.write(f"{row['id']}\t{p:.9f}\n")
    os.replace(PARITY + '.tmp', PARITY)
    print(f'{len(weights)} features from {len(train)} sentences; wrote {os.path.relpath(MODEL, ROOT)}', file=sys.stderr)


if __name__ == '__main__':
    main()
