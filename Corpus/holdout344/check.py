#!/usr/bin/env python3
"""Validate holdout344 gold files against their documents (standard library only)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(where, msg):
    errors.append(f"{where}: {msg}")

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        if "cp1252" in name:
            err(name, "expected Windows-1252, decodes as UTF-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def amount(text, eur):
    # "110784" must appear as "110 784" (or glued)
    n = int(eur)
    spaced = f"{n:,}".replace(",", " ")
    return fold(spaced) in text or str(n) in text

PROJ_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
             "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def found(text, where, value):
    if value is None:
        return
    if fold(str(value)) not in text:
        err(where, f"not found in document: {value!r}")

def check_q(where, q, text):
    if q is None:
        return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(where, f"quantity {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(where, "per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(where, "min > max")
    if not q.get("approximate") and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], text):
        err(where, f"count {q['min']} not in document")
    if "unit" in q:
        found(text, where, q["unit"])

files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
if [f[:-5] for f in files] != docs:
    err("gold", f"gold files {files} do not match documents {docs}")
keys_by_file = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    name = g.get("file")
    if name != gf[:-5]:
        err(gf, "file field does not match gold file name")
        continue
    text = load(name)
    recs = g.get("records")
    if not isinstance(recs, list) or not recs:
        err(gf, "records must be a non-empty list")
        continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys):
        err(gf, "duplicate keys")
    keys_by_file[name] = set(keys)
    for r in recs:
        w = f"{gf} [{r.get('key')}]"
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS:
                err(w, f"index keys {sorted(r)}")
            if r["key"] != "index " + r["section"]:
                err(w, "index key must be 'index ' + section")
            line_ok = any(fold(r["section"]) in l and fold(r["localisation"]) in l and fold(r["organisme"]) in l and fold(r["page"]) in l
                          for l in text.split("\n")) or all(fold(r[k]) in text for k in ("section", "localisation", "organisme", "page"))
            if not line_ok:
                err(w, "index row not found")
            continue
        if r.get("kind") != "project":
            err(w, "kind must be project or index_row")
            continue
        if set(r) != PROJ_KEYS:
            err(w, f"project keys differ: {sorted(set(r) ^ PROJ_KEYS)}")
            continue
        if r["section"] is not None:
            found(text, w, r["section"])
            if r["key"] != r["section"]:
                err(w, "numbered key must equal section")
        found(text, w, r["title"])
        for c in r["carriers"] + r["partners"]:
            if not isinstance(c, str):
                err(w, "carrier/partner must be strings")
            found(text, w, c)
        t = r["territory"]
        if t is not None:
            found(text, w, t["value"])
            if not (isinstance(t["departments"], list) and all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"])):
                err(w, "bad departments")
            if re.search(r"\d", t["value"]):  # codes written in the value must be there
                for d in t["departments"]:
                    found(text, w, d)
        if r["year"] is not None:
            if not isinstance(r["year"], int):
                err(w, "year must be int")
            found(text, w, r["year"])
        if r["mode"] not in MODES:
            err(w, "bad mode")
        check_q(w + " households", r["households"], text)
        check_q(w + " housing_units", r["housing_units"], text)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
                err(w, "bad duration shape")
            for k in ("start", "end"):
                found(text, w, d[k])
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
                err(w, "bad cost shape")
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v):
                        err(w, f"cost {k} not a decimal string")
                    elif not amount(text, v):
                        err(w, f"cost {k} {v} not in document")
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}:
                err(w, "bad funding shape")
            found(text, w, f["source"])
            if f["eur"] is not None and not amount(text, f["eur"]):
                err(w, f"funding {f['eur']} not in document")
            if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r"\s?%", text):
                err(w, f"share {f['share_percent']} % not in document")
        if not isinstance(r["contacts"], list):
            err(w, "contacts must be a list")
        for k in r["contacts"]:
            if set(k) != {"name", "email", "phone"}:
                err(w, "bad contact shape")
            found(text, w, k["name"])
            found(text, w, k["email"])
            found(text, w, k["phone"])

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not cl.get("clusters"):
    err("clusters.json", "no clusters")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
        err("clusters.json", "cluster needs 2+ records and a why")
    for rec in c.get("records", []):
        if rec.get("key") not in keys_by_file.get(rec.get("file"), set()):
            err("clusters.json", f"unknown record {rec}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
