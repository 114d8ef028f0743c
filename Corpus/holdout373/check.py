#!/usr/bin/env python3
"""Validate holdout373 gold files: shape, keys, types, and that each value's text occurs in its document.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def load_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if name.endswith("cp1252.txt"):
        try:
            raw.decode("utf-8"); err(name + ": expected Windows-1252, file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def need(doc, where, value):
    if value is None: return
    if fold(str(value)) not in doc:
        err(f"{where}: text {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def check_q(doc, where, q):
    if q is None: return
    if not isinstance(q, dict): return err(where + ": quantity not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}.{k}: wrong type")
    if q.get("per") not in ("total", "year"): err(where + ".per: bad value")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(where + ": min > max")
    if "unit" in q: need(doc, where + ".unit", q["unit"])
    if not q.get("approximate"):
        if not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)(?! \d\d\d)", doc): err(f"{where}: count {q['min']} not found")

def check_amount(doc, where, v):
    if v is None: return
    if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v): return err(where + ": amount not a decimal string")
    if spaced(int(v)) not in doc: err(f"{where}: amount {spaced(int(v))} not found")

files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
if [f[:-5] for f in files] != docs: err(f"gold files {files} do not match documents {docs}")
keys_by_file = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    name = gf[:-5]
    if set(g) != {"file", "records"} or g["file"] != name or not isinstance(g["records"], list):
        err(gf + ": bad top-level shape"); continue
    doc = load_text(name)
    seen = set()
    for i, r in enumerate(g["records"]):
        w = f"{gf}[{i}]"
        if r.get("key") in seen: err(w + ": duplicate key")
        seen.add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(w + ": index_row keys " + str(sorted(set(r) ^ INDEX_KEYS)))
            if r.get("key") != "index " + str(r.get("section")): err(w + ": index key")
            for k in ("section", "localisation", "organisme", "page"):
                if not isinstance(r.get(k), str): err(f"{w}.{k}: not a string")
                need(doc, f"{w}.{k}", r.get(k))
            continue
        if r.get("kind") != "project": err(w + ": bad kind"); continue
        if set(r) != PROJECT_KEYS: err(w + ": project keys " + str(sorted(set(r) ^ PROJECT_KEYS)))
        if not isinstance(r.get("key"), str): err(w + ".key: not a string")
        if r.get("section") is not None:
            need(doc, w + ".section", r["section"] + ".")
            if r["key"] != r["section"]: err(w + ": key differs from section")
        need(doc, w + ".title", r.get("title"))
        for k in ("carriers", "partners"):
            if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r.get(k, [])):
                err(f"{w}.{k}: not a list of strings")
            for x in r.get(k) or []: need(doc, f"{w}.{k}", x)
        t = r.get("territory")
        if t is not None:
            if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d\d\d?|2[AB]", d) for d in t["departments"]):
                err(w + ".territory: bad shape")
            need(doc, w + ".territory", t.get("value"))
        if r.get("year") is not None:
            if not isinstance(r["year"], int): err(w + ".year: not int")
            need(doc, w + ".year", "- " + str(r["year"]))
        if r.get("mode") not in MODES: err(w + ".mode: bad value")
        check_q(doc, w + ".households", r.get("households"))
        check_q(doc, w + ".housing_units", r.get("housing_units"))
        d = r.get("duration")
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["months"], (int, type(None))) \
               or not isinstance(d["renewable"], bool):
                err(w + ".duration: bad shape")
            for k in ("start", "end"): need(doc, f"{w}.duration.{k}", d.get(k))
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(w + ".cost: bad keys")
            for k in c: check_amount(doc, f"{w}.cost.{k}", c[k])
        if not isinstance(r.get("funding"), list): err(w + ".funding: not a list")
        for j, f in enumerate(r.get("funding") or []):
            if set(f) != {"source", "eur", "share_percent"}: err(f"{w}.funding[{j}]: bad keys")
            need(doc, f"{w}.funding[{j}].source", f.get("source"))
            check_amount(doc, f"{w}.funding[{j}].eur", f.get("eur"))
            if f.get("share_percent") is not None: need(doc, f"{w}.funding[{j}].share", f["share_percent"] + " %")
        if not isinstance(r.get("contacts"), list): err(w + ".contacts: not a list")
        for j, k in enumerate(r.get("contacts") or []):
            if set(k) != {"name", "email", "phone"}: err(f"{w}.contacts[{j}]: bad keys")
            for kk in ("name", "email", "phone"): need(doc, f"{w}.contacts[{j}].{kk}", k.get(kk))
    keys_by_file[name] = seen

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if set(cl) != {"clusters"} or not isinstance(cl["clusters"], list): err("clusters.json: bad shape")
for c in cl.get("clusters", []):
    if set(c) != {"records", "why"} or not isinstance(c["why"], str) or len(c["records"]) < 2:
        err("clusters.json: bad cluster")
    for r in c.get("records", []):
        if r.get("key") not in keys_by_file.get(r.get("file"), set()): err(f"clusters.json: unknown record {r}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
