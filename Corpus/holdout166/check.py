#!/usr/bin/env python3
"""Check holdout166 gold: keys/types per ../gold/README.md and that gold values occur in the documents."""
import json, os, re, sys, html, unicodedata
H = os.path.dirname(os.path.abspath(__file__)); DOC = os.path.join(H, "documents"); GOLD = os.path.join(H, "gold")
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("–", "-").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s); s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()
def load(fn):
    b = open(os.path.join(DOC, fn), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if fn.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
PROJ = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode","households","housing_units","duration","cost","funding","contacts"}
errs = []
def e(m): errs.append(m)
def amount_in(t, v):
    forms = [spaced(int(v)), v]
    if int(v) % 100 == 0: forms.append(str(int(v)/1000).rstrip("0").rstrip(".").replace(".", ",") + " k€")
    return any(fold(f) in t for f in forms)
n = 0
for g in sorted(os.listdir(GOLD)):
    if g == "clusters.json": continue
    d = json.load(open(os.path.join(GOLD, g))); fn = d["file"]
    if g != fn + ".json": e(f"{g}: file {fn}")
    t = load(fn); keys = set()
    for r in d["records"]:
        n += 1; k = r["key"]
        if k in keys: e(f"{fn}: duplicate key {k}")
        keys.add(k)
        if r["kind"] == "index_row":
            if set(r) != {"kind","key","section","localisation","organisme","page"}: e(f"{fn} {k}: index keys")
            if k != "index " + r["section"]: e(f"{fn} {k}: index key")
            line = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            if fold(line) not in t: e(f"{fn} {k}: index row not found")
            continue
        if r["kind"] != "project" or set(r) - PROJ: e(f"{fn} {k}: bad keys {set(r)-PROJ}")
        if r.get("section") and k != r["section"]: e(f"{fn} {k}: key vs section")
        for f in ["title"] + r["carriers"] + r["partners"]:
            v = r["title"] if f == "title" else f
            if fold(v) not in t: e(f"{fn} {k}: '{v}' not found")
        if r["territory"] and fold(r["territory"]["value"]) not in t: e(f"{fn} {k}: territory not found")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): e(f"{fn} {k}: mode")
        for q in ("households", "housing_units"):
            v = r.get(q)
            if v is None: continue
            if not (isinstance(v["min"], int) and isinstance(v["max"], int) and v["min"] <= v["max"] and v["per"] in ("total","year") and isinstance(v["approximate"], bool)): e(f"{fn} {k}: {q} shape")
            if not v["approximate"] and not re.search(r"(?<!\d)%d(?!\d)" % v["min"], t): e(f"{fn} {k}: {q} min not found")
        du = r.get("duration")
        if du:
            if set(du) != {"months","start","end","renewable"}: e(f"{fn} {k}: duration keys")
            for y in (du["start"], du["end"]):
                if y and y not in t: e(f"{fn} {k}: year {y} not found")
        c = r.get("cost")
        if c:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: e(f"{fn} {k}: cost keys")
            for v in c.values():
                if v is not None and (not re.fullmatch(r"\d+", v) or not amount_in(t, v)): e(f"{fn} {k}: amount {v} not found")
        for f in r.get("funding", []):
            if fold(f["source"]) not in t: e(f"{fn} {k}: funder {f['source']}")
            if f["eur"] and not amount_in(t, f["eur"]): e(f"{fn} {k}: funding eur")
            if f["share_percent"] and not re.search(f["share_percent"] + r"\s?%", t): e(f"{fn} {k}: share")
        for c in r.get("contacts", []):
            if set(c) != {"name","email","phone"}: e(f"{fn} {k}: contact keys")
            for v in c.values():
                if v and fold(v) not in t: e(f"{fn} {k}: contact '{v}' not found")
cl = json.load(open(os.path.join(GOLD, "clusters.json")))
for c in cl["clusters"]:
    for r in c["records"]:
        d = json.load(open(os.path.join(GOLD, r["file"] + ".json")))
        if r["key"] not in {x["key"] for x in d["records"]}: e(f"cluster key {r}")
print("\n".join(errs) if errs else f"OK: {n} gold records checked, no error")
sys.exit(1 if errs else 0)
