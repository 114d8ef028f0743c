#!/usr/bin/env python3
"""Validate holdout225 gold files: shape, keys, types, and that values occur in the documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("æ", "ae"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(name + ": should not be valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def spaced(n):  # 152679 -> "152 679"
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def need(doc, name, where, value):
    if fold(value) not in doc:
        err(f"{name} {where}: {value!r} not found in document")

def check_q(name, where, q, doc, housing=False):
    if q is None: return
    if not isinstance(q, dict): err(f"{name} {where}: not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{name} {where}.{k}: bad type")
    if q.get("per") not in ("total", "year"): err(f"{name} {where}.per: bad value")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{name} {where}: min > max")
    if not q.get("approximate"):
        if not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)", doc): err(f"{name} {where}: {q['min']} not in document")
    if "unit" in q: need(doc, name, where + ".unit", q["unit"])
    for b in q.get("breakdown", []):
        need(doc, name, where + ".breakdown", b["label"])

for fname in sorted(os.listdir(DOCS)):
    gpath = os.path.join(GOLD, fname + ".json")
    if not os.path.exists(gpath): err("missing gold for " + fname); continue
    g = json.load(open(gpath, encoding="utf-8"))
    doc = load_doc(fname)
    if g.get("file") != fname: err(gpath + ": file mismatch")
    recs = g.get("records")
    if not isinstance(recs, list) or not recs: err(gpath + ": no records"); continue
    keys = [r.get("key") for r in recs]
    if len(keys) != len(set(keys)): err(fname + ": duplicate keys")
    for r in recs:
        w = f"[{r.get('key')}]"
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f"{fname} {w}: index keys {sorted(set(r) ^ INDEX_KEYS)}")
            if r["key"] != "index " + r["section"]: err(f"{fname} {w}: index key")
            for k in ("section", "localisation", "organisme", "page"): need(doc, fname, w + "." + k, r[k])
            continue
        if r.get("kind") != "project": err(f"{fname} {w}: bad kind"); continue
        if set(r) != PROJECT_KEYS: err(f"{fname} {w}: project keys {sorted(set(r) ^ PROJECT_KEYS)}")
        if r.get("section") is not None:
            need(doc, fname, w + ".section", r["section"])
            if r["key"] != r["section"]: err(f"{fname} {w}: key != section")
        if r.get("title") is not None:
            if not isinstance(r["title"], str): err(f"{fname} {w}: title type")
            else: need(doc, fname, w + ".title", r["title"])
        for k in ("carriers", "partners"):
            if not isinstance(r.get(k), list): err(f"{fname} {w}: {k} not a list"); continue
            for v in r[k]: need(doc, fname, f"{w}.{k}", v)
        t = r.get("territory")
        if t is not None:
            need(doc, fname, w + ".territory", t["value"])
            if not (isinstance(t.get("departments"), list) and all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"])):
                err(f"{fname} {w}: departments")
        if r.get("year") is not None:
            if not isinstance(r["year"], int): err(f"{fname} {w}: year type")
            else: need(doc, fname, w + ".year", "- " + str(r["year"]))
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{fname} {w}: mode")
        check_q(fname, w + ".households", r.get("households"), doc)
        check_q(fname, w + ".housing_units", r.get("housing_units"), doc, True)
        d = r.get("duration")
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: err(f"{fname} {w}: duration keys")
            if not isinstance(d["months"], int): err(f"{fname} {w}: months type")
            for k in ("start", "end"):
                if d[k] is not None: need(doc, fname, f"{w}.duration.{k}", d[k])
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{fname} {w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{fname} {w}: cost {k} format")
                    else: need(doc, fname, f"{w}.cost.{k}", spaced(int(v)) + " €")
        for f in r.get("funding", []):
            if set(f) != {"source", "eur", "share_percent"}: err(f"{fname} {w}: funding keys")
            need(doc, fname, w + ".funding.source", f["source"])
            if f["eur"] is not None: need(doc, fname, w + ".funding.eur", spaced(int(f["eur"])) + " €")
            if f["share_percent"] is not None: need(doc, fname, w + ".funding.share", f["share_percent"] + " %")
        for p in r.get("contacts", []):
            if set(p) - {"name", "email", "phone", "role", "organisation"} or "name" not in p: err(f"{fname} {w}: contact keys")
            for k, v in p.items():
                if v is not None: need(doc, fname, f"{w}.contact.{k}", v)

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not c.get("why") or len(c.get("records", [])) < 2: err("clusters: bad cluster")
    for rec in c["records"]:
        g = os.path.join(GOLD, rec["file"] + ".json")
        if not os.path.exists(g) or rec["key"] not in [r["key"] for r in json.load(open(g))["records"]]:
            err(f"clusters: {rec} not in gold")
extra = set(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json") - set(os.listdir(DOCS))
if extra: err(f"gold without document: {extra}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
