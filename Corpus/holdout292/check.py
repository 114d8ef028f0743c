#!/usr/bin/env python3
"""Validate holdout292 gold files: shape, keys, types, and that values occur in their documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = t + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def found(doc, text, what):
    if fold(text) not in doc:
        err(f"{what}: {text!r} not found in document")

def number_found(doc, n, what):
    pat = r"(?<![\d,])" + re.escape(spaced(n)) + r"(?![\d])"
    if not re.search(pat, doc):
        err(f"{what}: {n} not found")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
NAMES = {"30": "Gard", "34": "Hérault", "66": "Pyrénées-Orientales", "972": "Martinique"}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def opt(v, types):
    return v is None or isinstance(v, types)

def check_q(doc, q, what):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        return err(f"{what}: bad quantity shape")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{what}: min/max")
    if q["per"] not in ("total", "year"):
        err(f"{what}: per")
    if not isinstance(q["approximate"], bool):
        err(f"{what}: approximate")
    if q["min"] == q["max"]:
        number_found(doc, q["min"], what)
    if "unit" in q:
        found(doc, q["unit"], what + " unit")

def check_project(doc, r, fn):
    w = f"{fn} {r.get('key')}"
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{w}: missing keys {sorted(missing)}")
        return
    if not isinstance(r["key"], str):
        err(f"{w}: key")
    for k in ("section", "section_as_written", "title"):
        if not opt(r[k], str):
            err(f"{w}: {k} type")
    if r["title"]:
        found(doc, r["title"], w + " title")
    if r["section"]:
        found(doc, r["section"], w + " section")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{w}: {k} type")
        else:
            for x in r[k]:
                found(doc, x, f"{w} {k}")
    t = r["territory"]
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{w}: territory shape")
        else:
            found(doc, t["value"], w + " territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{w}: department {d}")
                elif not re.search(r"(?<!\d)" + d + r"(?!\d)", doc) and fold(NAMES.get(d, "@")) not in doc:
                    err(f"{w}: department {d} neither as code nor as name in document")
    if not opt(r["year"], int):
        err(f"{w}: year type")
    elif r["year"] is not None:
        found(doc, str(r["year"]), w + " year")
    if r["mode"] not in MODES:
        err(f"{w}: mode")
    check_q(doc, r["households"], w + " households")
    check_q(doc, r["housing_units"], w + " housing_units")
    d = r["duration"]
    if d is not None:
        if not (isinstance(d, dict) and opt(d.get("months"), int) and opt(d.get("start"), str)
                and opt(d.get("end"), str) and isinstance(d.get("renewable"), bool)):
            err(f"{w}: duration shape")
        else:
            for k in ("start", "end"):
                if d[k]:
                    found(doc, d[k], f"{w} duration {k}")
    c = r["cost"]
    if c is not None:
        if not isinstance(c, dict) or not {"total_eur", "per_year_eur", "per_household_eur"} <= set(c):
            err(f"{w}: cost shape")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c[k]
                if v is None:
                    continue
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f"{w}: {k} not a decimal string")
                else:
                    number_found(doc, int(v.split(".")[0]), f"{w} {k}")
    if not isinstance(r["funding"], list):
        err(f"{w}: funding type")
    else:
        for f in r["funding"]:
            if not (isinstance(f, dict) and isinstance(f.get("source"), str) and opt(f.get("eur"), str)
                    and opt(f.get("share_percent"), str)):
                err(f"{w}: funding shape")
                continue
            found(doc, f["source"], w + " funder")
            if f["eur"]:
                number_found(doc, int(f["eur"]), w + " funding eur")
            if f["share_percent"] and not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
                err(f"{w}: share {f['share_percent']} % not found")
    if not isinstance(r["contacts"], list):
        err(f"{w}: contacts type")
    else:
        for ct in r["contacts"]:
            if not (isinstance(ct, dict) and isinstance(ct.get("name"), str) and opt(ct.get("email"), str)
                    and opt(ct.get("phone"), str)):
                err(f"{w}: contact shape")
                continue
            for k in ("name", "email", "phone"):
                if ct[k]:
                    found(doc, ct[k], f"{w} contact {k}")

def check_index(doc, r, fn):
    w = f"{fn} {r.get('key')}"
    if set(r) != INDEX_KEYS:
        return err(f"{w}: index row keys {sorted(r)}")
    if r["key"] != "index " + r["section"]:
        err(f"{w}: key does not match section")
    line = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
    if fold(line) not in doc:
        err(f"{w}: whole index row {line!r} not found as a tab-separated line")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        fn = g[:-5]
        if data.get("file") != fn or not isinstance(data.get("records"), list) or not data["records"]:
            err(f"{g}: file/records")
            continue
        doc = load_doc(fn)
        # index rows are checked against the raw (tab-kept) text
        raw = open(os.path.join(DOCS, fn), "rb").read()
        try:
            rawt = raw.decode("utf-8")
        except UnicodeDecodeError:
            rawt = raw.decode("cp1252")
        rawf = fold(rawt)
        seen = set()
        for r in data["records"]:
            if r.get("key") in seen:
                err(f"{g}: duplicate key {r.get('key')}")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, r, fn)
            elif r.get("kind") == "index_row":
                check_index(rawf, r, fn)
            else:
                err(f"{g}: bad kind {r.get('kind')}")
        keys[fn] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: clusters")
    for c in cl.get("clusters", []):
        if not (isinstance(c.get("why"), str) and c["why"] and isinstance(c.get("records"), list) and len(c["records"]) >= 2):
            err("clusters.json: cluster shape")
            continue
        for rec in c["records"]:
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
