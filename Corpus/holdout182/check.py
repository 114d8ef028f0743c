#!/usr/bin/env python3
"""Checks holdout182 gold: keys and types, index rows in the guide, values present in documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
WORDS = {6: "six", 8: "huit", 10: "dix", 11: "onze"}
def err(m): errors.append(m)
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE").replace("–", "-")
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", s)
def load_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<script.*?</script>", " ", t, flags=re.S)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)
def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
PKEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"}
IKEYS = {"kind","key","section","localisation","organisme","page"}
def need(doc, v, what):
    if v is None: return
    if fold(str(v)) not in doc: err(f"{what}: {v!r} not found")
def q(doc, x, what):
    if x is None: return
    if set(x) - {"min","max","per","approximate","unit","breakdown","text"} or not {"min","max","per","approximate"} <= set(x): err(f"{what}: bad keys {sorted(x)}")
    if x["per"] not in ("total","year"): err(f"{what}: per")
    if not isinstance(x["approximate"], bool): err(f"{what}: approximate")
    if not (isinstance(x["min"], int) and isinstance(x["max"], int) and x["min"] <= x["max"]): err(f"{what}: min/max")
    if not x["approximate"]:
        for n in {x["min"], x["max"]}:
            if not re.search(r"(?<!\d)%s(?!\d)" % re.escape(spaced(n)), doc) and not re.search(r"\b%s\b" % WORDS.get(n, "@@"), doc): err(f"{what}: {n} not found")
    if "unit" in x: need(doc, x["unit"], what + " unit")
    for b in x.get("breakdown", []):
        need(doc, b["label"], what + " breakdown label"); need(doc, spaced(b["min"]), what + " breakdown")
files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
if [f[:-5] for f in files] != docs: err(f"gold files {files} vs documents {docs}")
for f in files:
    g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
    name = g.get("file")
    if name + ".json" != f: err(f"{f}: file key"); continue
    doc = load_doc(name); raw = open(os.path.join(DOCS, name), "rb").read()
    keys = [r["key"] for r in g["records"]]
    if len(keys) != len(set(keys)): err(f"{f}: duplicate keys")
    for r in g["records"]:
        w = f"{name} [{r['key']}]"
        if r["kind"] == "index_row":
            if set(r) != IKEYS: err(f"{w}: keys"); continue
            if r["key"] != "index " + r["section"]: err(f"{w}: key")
            line = "\t".join([r["section"] + ".", r["localisation"], r["organisme"], r["page"]])
            if line.encode("utf-8") not in raw: err(f"{w}: index row not in guide")
            continue
        if r["kind"] != "project" or set(r) != PKEYS: err(f"{w}: keys {sorted(set(r) ^ PKEYS)}"); continue
        need(doc, r["title"], w + " title"); need(doc, r["section"], w + " section")
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list): err(f"{w}: {k} type")
            for v in r[k]: need(doc, v, f"{w} {k}")
        t = r["territory"]
        if t is not None:
            need(doc, t["value"], w + " territory")
            if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]): err(f"{w}: departments")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{w}: year type")
            need(doc, r["year"], w + " year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: mode")
        q(doc, r["households"], w + " households"); q(doc, r["housing_units"], w + " housing_units")
        d = r["duration"]
        if d is not None:
            if set(d) != {"months","start","end","renewable"} or not isinstance(d["months"], int) or not isinstance(d["renewable"], bool): err(f"{w}: duration")
            for k in ("start", "end"): need(doc, d[k], f"{w} duration {k}")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f"{w}: cost keys")
            for k, v in c.items():
                if v is None: continue
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{w}: cost {k} type"); continue
                n = int(v)
                if spaced(n) not in doc and not (n % 1000 == 0 and f"{n//1000} k€" in doc): err(f"{w}: cost {k} {v} not found")
        for fu in r["funding"]:
            if set(fu) != {"source","eur","share_percent"}: err(f"{w}: funding keys")
            need(doc, fu["source"], w + " funding source")
            if fu["share_percent"] is not None: need(doc, fu["share_percent"] + " %", w + " share")
            if fu["eur"] is not None: need(doc, spaced(int(fu["eur"])), w + " funding eur")
        for ct in r["contacts"]:
            if set(ct) != {"name","email","phone"}: err(f"{w}: contact keys")
            need(doc, ct["name"], w + " contact name"); need(doc, ct["email"], w + " email"); need(doc, ct["phone"], w + " phone")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    if not c.get("why"): err("cluster without why")
    for rec in c["records"]:
        g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
        if rec["key"] not in [r["key"] for r in g["records"]]: err(f"cluster: {rec} not in gold")
if errors:
    print("\n".join(errors)); print(f"FAIL ({len(errors)})"); sys.exit(1)
print("OK")
