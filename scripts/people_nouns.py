#!/usr/bin/env python3
"""Builds assets/people-nouns.txt, the English nouns for people that `suggest`'s figure
reader (src/suggest/figures/words.rs) counts as people after a number: "killed 30 lawyers"
is a count of people, "destroyed 30 houses" of things.

    scripts/people_nouns.py [OUT]     (default: assets/people-nouns.txt in this repository)

Source: WordNet 3.0 (Princeton University; the WordNet 3.0 licence, see NOTICE), from
Debian's wordnet-base package, downloaded with `apt-get download` into a temporary folder
and unpacked there (nothing is installed); or from WORDNET_DIR if that names a folder with
data.noun, index.noun and noun.exc.

Which nouns: every single-word, lower-case lemma whose MOST FREQUENT noun sense (the first
in index.noun) is a hyponym of person.n.01 ("person, individual, someone") through
hyponym links (not instances: "Einstein" is no noun for people). The first-sense test keeps
out words whose person sense is rare ("case", "star", "head", "cell"). Each noun is written
with its plural: WordNet's irregular plurals (noun.exc: "men", "people") and the regular
English ones (+s, +es after s, x, z, ch, sh; consonant + y to ies; -man to -men as well).

Output: a header of `#` lines, then one word a line, sorted.
"""

import os
import re
import subprocess
import sys
import tempfile

PERSON = "00007846"
WORD = re.compile(r"^[a-z]{3,}$")


def wordnet_dir(tmp):
    given = os.environ.get("WORDNET_DIR")
    if given:
        return given
    subprocess.run(["apt-get", "download", "wordnet-base"], cwd=tmp, check=True)
    deb = next(f for f in os.listdir(tmp) if f.endswith(".deb"))
    subprocess.run(["dpkg-deb", "-x", deb, "root"], cwd=tmp, check=True)
    return os.path.join(tmp, "root/usr/share/wordnet")


def hyponyms(data_noun):
    """Synset offset -> offsets of its hyponyms (pointer `~`)."""
    below = {}
    with open(data_noun, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, w_cnt = fields[0], int(fields[3], 16)
            rest = fields[4 + 2 * w_cnt :]
            p_cnt = int(rest[0])
            for k in range(p_cnt):
                symbol, target, pos = rest[1 + 4 * k], rest[2 + 4 * k], rest[3 + 4 * k]
                if symbol == "~" and pos == "n":
                    below.setdefault(offset, []).append(target)
    return below


def closure(below, root):
    seen, todo = {root}, [root]
    while todo:
        for child in below.get(todo.pop(), []):
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def first_senses(index_noun):
    """Lemma -> offset of its most frequent noun sense."""
    first = {}
    with open(index_noun, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, synset_cnt, p_cnt = fields[0], int(fields[2]), int(fields[3])
            offsets = fields[4 + p_cnt + 2 :]
            if len(offsets) == synset_cnt and offsets:
                first[lemma] = offsets[0]
    return first


def irregular_plurals(noun_exc):
    plural = {}
    with open(noun_exc, encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                plural.setdefault(parts[1], []).append(parts[0])
    return plural


def regular_plurals(noun):
    """The regular plurals of a noun; a noun in -man gets -men as well (WordNet's own
    morphology derives policemen and women by that rule, so noun.exc does not list them)."""
    if re.search(r"(s|x|z|ch|sh)$", noun):
        return [noun + "es"]
    if re.search(r"[^aeiou]y$", noun):
        return [noun[:-1] + "ies"]
    if noun.endswith("man"):
        return [noun + "s", noun[:-3] + "men"]
    return [noun + "s"]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "assets/people-nouns.txt")
    with tempfile.TemporaryDirectory() as tmp:
        wn = wordnet_dir(tmp)
        people = closure(hyponyms(os.path.join(wn, "data.noun")), PERSON)
        first = first_senses(os.path.join(wn, "index.noun"))
        irregular = irregular_plurals(os.path.join(wn, "noun.exc"))
    nouns = sorted(l for l, o in first.items() if o in people and WORD.match(l))
    words = set()
    for noun in nouns:
        words.add(noun)
        for p in irregular.get(noun) or regular_plurals(noun):
            if WORD.match(p):
                words.add(p)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# English nouns for people, made by scripts/people_nouns.py from WordNet 3.0\n")
        f.write("# (Princeton University, WordNet 3.0 licence: see NOTICE). One word a line:\n")
        f.write(f"# {len(nouns)} nouns whose first sense is a person, with their plurals.\n")
        for w in sorted(words):
            f.write(w + "\n")
    print(f"{out}: {len(nouns)} nouns, {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
