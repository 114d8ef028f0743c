#!/usr/bin/env python3
"""Validate holdout442 gold files: shape, keys, types, and that values occur in their documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(name + ": cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def found(doc, value, where):
    if value is None: return
    if fold(str(value)) not in doc: err(f"{where}: {value!r} not found")

def number_found(doc, n, where):
    if not re.search(r"(?<![0-9])" + re.escape(str(n)) + r"(?![0-9])", doc):
        err(f"{where}: number {n} not found")

def amount_found(doc, eur, where):
    if eur is None: return
    if not re.fullmatch(r"[0-9]+(\.[0-9]+)?", eur): err(f"{where}: bad amount {eur!r}"); return
    spaced = f"{int(eur):,}".replace(",", " ")
    if spaced not in doc and eur not in doc: err(f"{where}: amount {spaced} not found")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(doc, q, where):
    if q is None: return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}: {k} missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{where}: per")
    if q["min"] > q["max"]: err(f"{where}: min > max")
    if q["min"] == q["max"]: number_found(doc, q["min"], where)
    if "unit" in q: found(doc, q["unit"], where + ".unit")
    if set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"}: err(f"{where}: extra keys")

files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
if [f[:-5] for f in files] != docs: err(f"gold files {files} do not match documents {docs}")
keys_by_file = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    name = gf[:-5]
    if g.get("file") != name: err(gf + ": file field")
    doc = load_doc(name)
    recs = g.get("records")
    if not isinstance(recs, list) or not recs: err(gf + ": records"); continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): err(gf + ": duplicate keys")
    keys_by_file[name] = set(keys)
    for r in recs:
        w = f"{name}[{r.get('key')}]"
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(w + ": index keys " + str(sorted(set(r) ^ INDEX_KEYS)))
            if r["key"] != "index " + r["section"]: err(w + ": index key")
            for k in ("section", "localisation", "organisme", "page"): found(doc, r[k], w + "." + k)
            continue
        if r.get("kind") != "project": err(w + ": kind"); continue
        if set(r) != PROJECT_KEYS: err(w + ": project keys " + str(sorted(set(r) ^ PROJECT_KEYS)))
        if r["section"] is not None:
            found(doc, r["section"] + ".", w + ".section")
            if r["key"] != r["section"]: err(w + ": key != section")
        if not isinstance(r["title"], str): err(w + ": title")
        found(doc, r["title"], w + ".title")
        if r["key"] not in ("document",) and r["section"] is None: found(doc, r["key"], w + ".key")
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list): err(w + ": " + k)
            for v in r[k]: found(doc, v, f"{w}.{k}")
        t = r["territory"]
        if t is not None:
            found(doc, t["value"], w + ".territory")
            if not t["departments"] or not all(re.fullmatch(r"[0-9]{2,3}|2[AB]", d) for d in t["departments"]): err(w + ": departments")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(w + ": year type")
            found(doc, "- " + str(r["year"]), w + ".year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(w + ": mode")
        check_q(doc, r["households"], w + ".households")
        check_q(doc, r["housing_units"], w + ".housing_units")
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: err(w + ": duration keys")
            if not (d["months"] is None or isinstance(d["months"], int)): err(w + ": months")
            if not isinstance(d["renewable"], bool): err(w + ": renewable")
            for k in ("start", "end"):
                if d[k] is not None: number_found(doc, d[k], w + ".duration." + k)
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(w + ": cost keys")
            for k, v in c.items(): amount_found(doc, v, w + ".cost." + k)
        if not isinstance(r["funding"], list): err(w + ": funding")
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: err(w + ": funding keys")
            found(doc, f["source"], w + ".funding.source")
            amount_found(doc, f["eur"], w + ".funding.eur")
            if f["share_percent"] is not None: found(doc, f["share_percent"] + " %", w + ".funding.share")
        if not isinstance(r["contacts"], list): err(w + ": contacts")
        for ct in r["contacts"]:
            if set(ct) != {"name", "email", "phone"}: err(w + ": contact keys")
            found(doc, ct["name"], w + ".contact.name")
            if ct["email"] is not None:
                if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", ct["email"]): err(w + ": email shape")
                found(doc, ct["email"], w + ".contact.email")
            found(doc, ct["phone"], w + ".contact.phone")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err("clusters.json: clusters")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c["records"]) < 2: err("clusters.json: cluster shape")
    for rec in c["records"]:
        if rec.get("key") not in keys_by_file.get(rec.get("file"), set()): err(f"clusters.json: unknown record {rec}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
