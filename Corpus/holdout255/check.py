#!/usr/bin/env python3
"""Validate holdout255 gold files: shape, keys, types, and that values occur in their documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def doc_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(name + ": cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        t = raw.decode("cp1252")
    else:
        t = raw.decode("utf-8")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

PROJ_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
             "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
IDX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def isstr_or_none(v): return v is None or isinstance(v, str)

def check_q(where, q, text):
    if q is None: return
    if not isinstance(q, dict): err(where + ": not an object"); return
    for k in ("min", "max", "per", "approximate"):
        if k not in q: err(where + ": missing " + k)
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]): err(where + ": min/max")
    if q.get("per") not in ("total", "year"): err(where + ": per")
    if not isinstance(q.get("approximate"), bool): err(where + ": approximate")
    if "unit" in q and fold(q["unit"]) not in text: err(where + ": unit not in text: " + q["unit"])
    if not q.get("approximate") and not re.search(r"(?<![0-9])" + str(q["min"]) + r"(?![0-9])", text):
        err(where + ": count %s not in text" % q["min"])
    for b in q.get("breakdown", []):
        if fold(b["label"]) not in text: err(where + ": breakdown label " + b["label"])

def check_record(f, r, text):
    w = f + " " + str(r.get("key"))
    kind = r.get("kind")
    if kind == "index_row":
        if set(r) != IDX_KEYS: err(w + ": index keys " + str(sorted(set(r) ^ IDX_KEYS)))
        line_ok = False
        for line in text.split("\n"):
            if all(fold(r[k]) in line for k in ("section", "localisation", "organisme", "page")): line_ok = True
        if not line_ok: err(w + ": index row not found on one line")
        return
    if kind != "project": err(w + ": bad kind"); return
    if set(r) != PROJ_KEYS: err(w + ": project keys " + str(sorted(set(r) ^ PROJ_KEYS)))
    for k in ("key", "title"):
        if not isinstance(r.get(k), str): err(w + ": " + k + " not a string")
    if r["section"] is not None and fold(r["section"]) not in text: err(w + ": section not in text")
    if r["title"] and fold(r["title"]) not in text: err(w + ": title not in text")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list): err(w + ": " + k + " not a list"); continue
        for v in r[k]:
            if not isinstance(v, str) or fold(v) not in text: err(w + ": %s %r not in text" % (k, v))
    t = r["territory"]
    if t is not None:
        if not isinstance(t.get("value"), str) or fold(t["value"]) not in text: err(w + ": territory not in text")
        if not (isinstance(t.get("departments"), list) and all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"])):
            err(w + ": departments")
    if r["year"] is not None and (not isinstance(r["year"], int) or str(r["year"]) not in text): err(w + ": year")
    if r["mode"] is not None and r["mode"] not in MODES: err(w + ": mode")
    check_q(w + " households", r["households"], text)
    check_q(w + " housing_units", r["housing_units"], text)
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(w + ": duration keys")
        if not (d["months"] is None or isinstance(d["months"], int)): err(w + ": months")
        if not isinstance(d["renewable"], bool): err(w + ": renewable")
        for k in ("start", "end"):
            if d[k] is not None and (not isinstance(d[k], str) or d[k] not in text): err(w + ": duration " + k)
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(w + ": cost keys")
        for k, v in c.items():
            if v is None: continue
            if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(w + ": cost " + k + " not a decimal string"); continue
            if spaced(int(v)) not in text: err(w + ": cost %s %s not in text" % (k, v))
    if not isinstance(r["funding"], list): err(w + ": funding not a list")
    for fu in r["funding"]:
        if set(fu) != {"source", "eur", "share_percent"}: err(w + ": funding keys")
        if fold(fu["source"]) not in text: err(w + ": funder not in text " + fu["source"])
        if fu["eur"] is not None and spaced(int(fu["eur"])) not in text: err(w + ": funding eur")
        if fu["share_percent"] is not None and fu["share_percent"] + " %" not in text: err(w + ": share " + fu["share_percent"])
    if not isinstance(r["contacts"], list): err(w + ": contacts not a list")
    for p in r["contacts"]:
        if set(p) != {"name", "email", "phone"} or not all(isstr_or_none(v) for v in p.values()): err(w + ": contact shape")
        for k in ("name", "email", "phone"):
            if p.get(k) and fold(p[k]) not in text: err(w + ": contact %s %r not in text" % (k, p[k]))

docs = sorted(os.listdir(DOCS))
if len(docs) != 7: err("expected 7 documents, found %d" % len(docs))
for f in docs:
    gp = os.path.join(GOLD, f + ".json")
    if not os.path.exists(gp): err("missing gold for " + f); continue
    g = json.load(open(gp, encoding="utf-8"))
    if set(g) != {"file", "records"} or g["file"] != f or not isinstance(g["records"], list): err(f + ": top-level shape"); continue
    text = doc_text(f)
    keys = [r.get("key") for r in g["records"]]
    if len(keys) != len(set(keys)): err(f + ": duplicate keys")
    for r in g["records"]: check_record(f, r, text)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
    for rec in c["records"]:
        gp = os.path.join(GOLD, rec["file"] + ".json")
        if not os.path.exists(gp) or rec["key"] not in [r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]]:
            err("clusters: unknown record %r" % rec)
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
