#!/usr/bin/env python3
"""Check the gold files of holdout192 against the gold format and against the documents.

Standard library only. Prints OK when every check passes, else the problems found.
Normalisations allowed when looking a value up in its document (those of ../gold/README.md):
Unicode NFC, no-break and narrow no-break spaces as spaces, typographic apostrophes as
plain ones, whitespace runs (line breaks included) as one space, case folded; HTML tags
stripped and entities decoded for .html; Windows-1252 decoding for *-cp1252.txt.
Amounts are looked up with or without thousands separators; counts as whole numbers.
"""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
problems = []

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}


def fold(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    text = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<script.*?</script>", " ", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)


def err(f, key, msg):
    problems.append(f"{f} [{key}]: {msg}")


def has(doc, value):
    return fold(value) in doc


def amount_in(doc, eur):
    n = int(eur)
    spaced = f"{n:,}".replace(",", " ")
    pat = re.escape(spaced).replace(r"\ ", r"[ .]?") if " " in spaced else re.escape(str(n))
    return re.search(r"(?<![\d])" + pat + r"(?![\d])", doc) is not None


def number_in(doc, n):
    return re.search(r"(?<![\d])" + str(n) + r"(?![\d])", doc) is not None


def check_quantity(f, key, name, q, doc):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        return err(f, key, f"{name}: needs min, max, per, approximate")
    if q["per"] not in ("total", "year"):
        err(f, key, f"{name}: bad per {q['per']!r}")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f, key, f"{name}: bad min/max")
    if not isinstance(q["approximate"], bool):
        err(f, key, f"{name}: approximate must be a boolean")
    if q["min"] == q["max"] and not number_in(doc, q["min"]):
        err(f, key, f"{name}: {q['min']} not in document")
    if q["min"] != q["max"]:
        if not q["approximate"]:
            err(f, key, f"{name}: range without approximate must be written in the document")
        centre = round((q["min"] + q["max"]) / 2)
        words = {10: "dizaine", 12: "douzaine", 15: "quinzaine", 20: "vingtaine", 30: "trentaine",
                 40: "quarantaine", 50: "cinquantaine", 100: "centaine"}
        w = words.get(centre)
        if w is None or w not in doc or (q["min"], q["max"]) != (round(centre * 0.8), round(centre * 1.2)):
            err(f, key, f"{name}: approximate range {q['min']}-{q['max']} not a fifth around a size word")
    if "unit" in q and not has(doc, q["unit"]):
        err(f, key, f"{name}: unit {q['unit']!r} not in document")


def check_project(f, r, doc):
    key = r["key"]
    extra = set(r) - PROJECT_KEYS
    if extra:
        err(f, key, f"unknown fields {sorted(extra)}")
    for fld in ("title",):
        if r.get(fld) is not None and not has(doc, r[fld]):
            err(f, key, f"title {r[fld]!r} not in document")
    if f.startswith("brochure") and not has(doc, key):
        err(f, key, "brochure key not in document")
    if r.get("section") is not None and not has(doc, r["section"] + "."):
        err(f, key, "section not in document")
    for fld in ("carriers", "partners"):
        if fld in r:
            if not isinstance(r[fld], list):
                err(f, key, f"{fld} must be a list")
            for v in r[fld]:
                if not has(doc, v):
                    err(f, key, f"{fld} {v!r} not in document")
    t = r.get("territory")
    if t is not None:
        if set(t) != {"value", "departments"}:
            err(f, key, "territory needs value and departments")
        if not has(doc, t["value"]):
            err(f, key, f"territory {t['value']!r} not in document")
        for d in t["departments"]:
            if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                err(f, key, f"bad département {d!r}")
            elif not has(doc, f"({d})"):
                err(f, key, f"département ({d}) not in document")
    if r.get("year") is not None and not number_in(doc, r["year"]):
        err(f, key, "year not in document")
    if r.get("mode") is not None and r["mode"] not in MODES:
        err(f, key, f"bad mode {r['mode']!r}")
    check_quantity(f, key, "households", r.get("households"), doc)
    check_quantity(f, key, "housing_units", r.get("housing_units"), doc)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(f, key, "duration needs months, start, end, renewable")
        m = d["months"]
        words = {24: ["24 mois", "2 ans", "deux ans"], 30: ["30 mois"], 36: ["36 mois", "3 ans", "trois ans"]}
        if m is not None and not any(w in doc for w in words.get(m, [])) and not (d["start"] and d["end"]):
            err(f, key, f"duration {m} months not written")
        for y in (d["start"], d["end"]):
            if y is not None and not number_in(doc, y):
                err(f, key, f"duration year {y} not in document")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f, key, "cost needs total_eur, per_year_eur, per_household_eur")
        for k, v in c.items():
            if v is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", v):
                    err(f, key, f"cost {k} {v!r} not a decimal string")
                elif not amount_in(doc, v):
                    err(f, key, f"cost {k} {v} not in document")
    for fu in r.get("funding", []) or []:
        if set(fu) != {"source", "eur", "share_percent"}:
            err(f, key, "funding item needs source, eur, share_percent")
        if not has(doc, fu["source"]):
            err(f, key, f"funder {fu['source']!r} not in document")
        if fu["eur"] is not None and not amount_in(doc, fu["eur"]):
            err(f, key, f"funding amount {fu['eur']} not in document")
        if fu["share_percent"] is not None and not re.search(re.escape(fu["share_percent"]) + r" ?%", doc):
            err(f, key, f"share {fu['share_percent']} % not in document")
    for ct in r.get("contacts", []) or []:
        if not {"name", "email", "phone"} <= set(ct):
            err(f, key, "contact needs name, email, phone")
        for k in ("name", "email", "phone"):
            if ct.get(k) is not None and not has(doc, ct[k]):
                err(f, key, f"contact {k} {ct[k]!r} not in document")


def check_index(f, r, doc):
    key = r["key"]
    if set(r) != INDEX_KEYS:
        err(f, key, "index_row needs exactly " + ", ".join(sorted(INDEX_KEYS)))
    if key != "index " + r["section"]:
        err(f, key, "index key must be 'index ' + section")
    line = "\t".join(fold(x) for x in (r["section"], r["localisation"], r["organisme"], r["page"]))
    if line not in doc:
        err(f, key, "index row not found as one line")


def main():
    names = sorted(os.listdir(DOCS))
    for name in names:
        gpath = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gpath):
            problems.append(f"no gold for {name}")
            continue
        g = json.load(open(gpath, encoding="utf-8"))
        if set(g) != {"file", "records"} or g["file"] != name:
            problems.append(f"{gpath}: needs file == {name!r} and records")
        doc = load_doc(name)
        keys = [r.get("key") for r in g["records"]]
        if len(keys) != len(set(keys)):
            problems.append(f"{name}: duplicate keys")
        for r in g["records"]:
            if r.get("kind") == "project":
                check_project(name, r, doc)
            elif r.get("kind") == "index_row":
                # an index row is one whole tab-separated line of the document
                raw = open(os.path.join(DOCS, name), encoding="utf-8").read()
                lines = ["\t".join(fold(c) for c in l.split("\t")) for l in raw.splitlines()]
                check_index(name, r, lines)
            else:
                err(name, r.get("key"), f"bad kind {r.get('kind')!r}")
    for gname in sorted(os.listdir(GOLD)):
        if gname != "clusters.json" and gname[:-5] not in names:
            problems.append(f"gold {gname} has no document")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not c.get("why") or len(c.get("records", [])) < 2:
            problems.append("clusters.json: each cluster needs records (2+) and a why")
        for rr in c["records"]:
            g = json.load(open(os.path.join(GOLD, rr["file"] + ".json"), encoding="utf-8"))
            if rr["key"] not in [r["key"] for r in g["records"]]:
                problems.append(f"clusters.json: {rr} not a gold record")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


main()
