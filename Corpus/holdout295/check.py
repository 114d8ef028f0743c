#!/usr/bin/env python3
"""Validate the holdout295 gold files (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2013", "-"), ("œ", "oe"), ("Œ", "OE")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); errors.append(name + ": expected Windows-1252 bytes, got valid UTF-8")
        except UnicodeDecodeError:
            pass
        return raw.decode("cp1252")
    return raw.decode("utf-8")

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def need(cond, msg):
    if not cond: errors.append(msg)

def found(text, value, where):
    need(fold(value) in text, "%s: %r not found in document" % (where, value))

Q_KEYS = {"min": int, "max": int, "per": str, "approximate": bool}
P_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
          "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]

def check_q(q, where, text):
    if q is None: return
    need(isinstance(q, dict), where + ": quantity not an object")
    for k, t in Q_KEYS.items():
        need(isinstance(q.get(k), t), "%s: %s must be %s" % (where, k, t.__name__))
    need(q.get("per") in ("total", "year"), where + ": per must be total or year")
    need(q.get("min", 0) <= q.get("max", 0), where + ": min > max")
    if "unit" in q: found(text, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        need(re.search(r"(?<![0-9])%d(?![0-9])" % q["min"], text) is not None, where + ": count %d not in document" % q["min"])

def check_project(r, text, where):
    for k in P_KEYS: need(k in r, where + ": missing key " + k)
    if r.get("section"): found(text, r["section"], where + ".section")
    if r.get("title"): found(text, r["title"], where + ".title")
    for f in ("carriers", "partners"):
        need(isinstance(r.get(f), list), where + ": %s must be a list" % f)
        for v in r.get(f) or []: found(text, v, "%s.%s" % (where, f))
    t = r.get("territory")
    if t is not None:
        found(text, t["value"], where + ".territory")
        need(all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]), where + ": bad département codes")
    if r.get("year") is not None:
        need(isinstance(r["year"], int), where + ": year not int"); found(text, str(r["year"]), where + ".year")
    need(r.get("mode") in (None, "access", "maintenance", "access_and_maintenance"), where + ": bad mode")
    check_q(r.get("households"), where + ".households", text)
    check_q(r.get("housing_units"), where + ".housing_units", text)
    d = r.get("duration")
    if d is not None:
        for k in ("months", "start", "end", "renewable"): need(k in d, where + ".duration: missing " + k)
        need(d.get("months") is None or isinstance(d["months"], int), where + ".duration.months not int")
        for k in ("start", "end"):
            if d.get(k): found(text, d[k], where + ".duration." + k)
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            need(k in c, where + ".cost: missing " + k)
            v = c.get(k)
            if v is not None:
                need(isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v) is not None, where + ".cost.%s not a decimal string" % k)
                found(text, spaced(int(v)), where + ".cost." + k)
    for fu in r.get("funding") or []:
        found(text, fu["source"], where + ".funding.source")
        if fu.get("eur"): found(text, spaced(int(fu["eur"])), where + ".funding.eur")
        if fu.get("share_percent"): found(text, fu["share_percent"] + " %", where + ".funding.share")
    need(isinstance(r.get("contacts"), list), where + ": contacts must be a list")
    for k in r.get("contacts") or []:
        for f in ("name", "email", "phone"):
            need(f in k, where + ".contacts: missing " + f)
            if k.get(f): found(text, k[f], where + ".contacts." + f)

def check_index(r, text, where):
    for k in ("kind", "key", "section", "localisation", "organisme", "page"): need(k in r, where + ": missing " + k)
    need(r.get("key") == "index " + str(r.get("section")), where + ": index key must be 'index ' + section")
    row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
    found(text, row, where + " (whole index row)")

docs = sorted(os.listdir(DOCS))
golds = {}
for name in docs:
    path = os.path.join(GOLD, name + ".json")
    if not os.path.exists(path): errors.append("no gold for " + name); continue
    g = json.load(open(path, encoding="utf-8")); golds[name] = g
    raw = read_doc(name); text = fold(raw)
    need(g.get("file") == name, path + ": file mismatch")
    need(isinstance(g.get("records"), list) and g["records"], path + ": records must be a non-empty list")
    keys = [r.get("key") for r in g["records"]]
    need(len(keys) == len(set(keys)), name + ": duplicate keys")
    for r in g["records"]:
        where = "%s[%s]" % (name, r.get("key"))
        if r.get("kind") == "project": check_project(r, text, where)
        elif r.get("kind") == "index_row":
            check_index(r, fold(raw.replace("\u00a0", " ")), where)
        else: errors.append(where + ": bad kind")
        if r.get("kind") == "project" and not name.startswith("guide"):
            if name.startswith("brochure"): found(text, r["key"], where + ".key")
            else: need(r["key"] == "document", where + ": one-project document key must be 'document'")
for extra in os.listdir(GOLD):
    if extra != "clusters.json" and extra[:-5] not in docs: errors.append("gold without document: " + extra)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(isinstance(cl.get("clusters"), list) and cl["clusters"], "clusters.json: clusters must be a non-empty list")
for c in cl.get("clusters", []):
    need(isinstance(c.get("why"), str) and c["why"], "clusters.json: why missing")
    need(len(c.get("records", [])) >= 2, "clusters.json: a cluster needs two records")
    for ref in c.get("records", []):
        g = golds.get(ref.get("file"))
        need(g is not None and any(r["key"] == ref.get("key") for r in g["records"]), "clusters.json: unknown record %r" % ref)
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
