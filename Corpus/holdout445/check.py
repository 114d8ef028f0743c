#!/usr/bin/env python3
"""Validate the gold of holdout445 (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}
problems = []

def bad(msg):
    problems.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return fold(text)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def found(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        bad(f"{where}: {value!r} not found in the document")

def amount(doc, value, where):
    if value is None:
        return
    if not isinstance(value, str) or not re.fullmatch(r"\d+(\.\d+)?", value):
        bad(f"{where}: amount {value!r} is not a decimal string")
        return
    if spaced(value) not in doc and value not in doc:
        bad(f"{where}: amount {value} not found")

def quantity(doc, q, where):
    if q is None:
        return
    if not isinstance(q, dict):
        return bad(f"{where}: not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            bad(f"{where}: missing {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        bad(f"{where}: min/max must be integers, min <= max")
    if q.get("per") not in ("total", "year"):
        bad(f"{where}: per must be total or year")
    if not isinstance(q.get("approximate"), bool):
        bad(f"{where}: approximate must be a boolean")
    if "unit" in q:
        found(doc, q["unit"], where + ".unit")
    if not q.get("approximate"):
        found(doc, q["min"], where + ".min")
    for b in q.get("breakdown", []):
        found(doc, b["label"], where + ".breakdown")

def check_project(doc, r, w):
    missing = PROJECT_KEYS - set(r)
    if missing:
        bad(f"{w}: missing keys {sorted(missing)}")
    for k in ("title", "section", "section_as_written"):
        if r.get(k) is not None and not isinstance(r[k], str):
            bad(f"{w}.{k}: must be a string or null")
    found(doc, r.get("title"), w + ".title")
    found(doc, r.get("section"), w + ".section")
    found(doc, r.get("section_as_written"), w + ".section_as_written")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list):
            bad(f"{w}.{k}: must be a list")
            continue
        for v in r[k]:
            found(doc, v, f"{w}.{k}")
    t = r.get("territory")
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            bad(f"{w}.territory: bad shape")
        else:
            found(doc, t["value"], w + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2}|\d[AB]|97\d", d):
                    bad(f"{w}.territory: bad département code {d!r}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            bad(f"{w}.year: must be an integer")
        found(doc, r["year"], w + ".year")
    if r.get("mode") not in MODES:
        bad(f"{w}.mode: {r.get('mode')!r}")
    quantity(doc, r.get("households"), w + ".households")
    quantity(doc, r.get("housing_units"), w + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            bad(f"{w}.duration: keys {sorted(d)}")
        if d.get("months") is not None and not isinstance(d["months"], int):
            bad(f"{w}.duration.months: must be an integer")
        if not isinstance(d.get("renewable"), bool):
            bad(f"{w}.duration.renewable: must be a boolean")
        found(doc, d.get("start"), w + ".duration.start")
        found(doc, d.get("end"), w + ".duration.end")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            bad(f"{w}.cost: keys {sorted(c)}")
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            amount(doc, c.get(k), f"{w}.cost.{k}")
    if not isinstance(r.get("funding"), list):
        bad(f"{w}.funding: must be a list")
    for f in r.get("funding") or []:
        if set(f) != {"source", "eur", "share_percent"}:
            bad(f"{w}.funding: keys {sorted(f)}")
        found(doc, f.get("source"), w + ".funding.source")
        amount(doc, f.get("eur"), w + ".funding.eur")
        if f.get("share_percent") is not None:
            if not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
                bad(f"{w}.funding: {f['share_percent']} % not found")
    if not isinstance(r.get("contacts"), list):
        bad(f"{w}.contacts: must be a list")
    for ct in r.get("contacts") or []:
        if not {"name", "email", "phone"} <= set(ct):
            bad(f"{w}.contacts: keys {sorted(ct)}")
        for k in ("name", "email", "phone", "role", "organisation"):
            found(doc, ct.get(k), f"{w}.contacts.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if len(docs) != 7:
        bad(f"expected 7 documents, found {len(docs)}")
    if golds != sorted(d + ".json" for d in docs):
        bad(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if set(data) != {"file", "records"} or data["file"] != name:
            bad(f"{g}: top level must be file + records, file = {name}")
            continue
        doc = load(name)
        seen = set()
        for i, r in enumerate(data["records"]):
            w = f"{g}[{i}]"
            if r.get("key") in seen:
                bad(f"{w}: duplicate key {r.get('key')}")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, r, w)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    bad(f"{w}: index_row keys {sorted(r)}")
                if r.get("key") != "index " + str(r.get("section")):
                    bad(f"{w}: key must be 'index ' + section")
                line = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                found(doc, line, w + " (whole row)")
            else:
                bad(f"{w}: kind {r.get('kind')!r}")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"} or not isinstance(cl["clusters"], list) or not cl["clusters"]:
        bad("clusters.json: must be {'clusters': [...]} with at least one cluster")
    for c in cl.get("clusters", []):
        if set(c) != {"records", "why"} or len(c["records"]) < 2 or not c["why"].strip():
            bad("clusters.json: each cluster needs records (2 or more) and a why")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                bad(f"clusters.json: {rec} is not a gold record")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
