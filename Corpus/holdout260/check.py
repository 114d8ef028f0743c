#!/usr/bin/env python3
"""Validate holdout260 gold files (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); errors.append(name + ": expected non-UTF-8 cp1252 bytes")
        except UnicodeDecodeError:
            pass
        return raw.decode("cp1252")
    return raw.decode("utf-8")

def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")

def need(doc, text, where):
    if text is None: return
    if fold(str(text)) not in doc:
        errors.append("%s: %r not found in document" % (where, text))

def typ(v, t, where, nullable=True):
    if v is None and nullable: return
    if not isinstance(v, t) or (t is int and isinstance(v, bool)):
        errors.append("%s: bad type %r" % (where, v))

def quantity(q, doc, where):
    if q is None: return
    for k in ("min", "max", "per", "approximate"):
        if k not in q: errors.append(where + ": missing " + k)
    typ(q.get("min"), int, where + ".min", False); typ(q.get("max"), int, where + ".max", False)
    if q.get("per") not in ("total", "year"): errors.append(where + ": per must be total or year")
    typ(q.get("approximate"), bool, where + ".approximate", False)
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        errors.append(where + ": min > max")
    if not q.get("approximate"):
        if not re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc): errors.append(where + ": count not in document")
    if "unit" in q: need(doc, q["unit"], where + ".unit")

PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

names = sorted(os.listdir(DOCS))
for name in names:
    gp = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gp):
        errors.append("no gold for " + name); continue
    g = json.load(open(gp, encoding="utf-8"))
    doc = fold(load(name))
    if g.get("file") != name: errors.append(gp + ": file field mismatch")
    keys = set()
    for i, r in enumerate(g.get("records", [])):
        w = "%s#%d" % (name, i)
        if r.get("key") in keys: errors.append(w + ": duplicate key")
        keys.add(r.get("key"))
        if r.get("kind") == "index_row":
            for k in INDEX_KEYS:
                if k not in r: errors.append(w + ": missing " + k)
            if r.get("key") != "index " + str(r.get("section")): errors.append(w + ": index key")
            for k in ("section", "localisation", "organisme", "page"): need(doc, r.get(k), w + "." + k)
            continue
        if r.get("kind") != "project": errors.append(w + ": bad kind"); continue
        for k in PROJECT_KEYS:
            if k not in r: errors.append(w + ": missing " + k)
        if r.get("section") is not None:
            need(doc, r["section"] + ".", w + ".section")
            if r["key"] != r["section"]: errors.append(w + ": key should equal section")
        typ(r.get("title"), str, w + ".title"); need(doc, r.get("title"), w + ".title")
        for k in ("carriers", "partners"):
            typ(r.get(k), list, w + "." + k, False)
            for v in r.get(k) or []: need(doc, v, w + "." + k)
        t = r.get("territory")
        if t is not None:
            need(doc, t.get("value"), w + ".territory")
            if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t.get("departments", [None])):
                errors.append(w + ": bad departments")
        typ(r.get("year"), int, w + ".year")
        if r.get("year") is not None: need(doc, str(r["year"]), w + ".year")
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): errors.append(w + ": mode")
        quantity(r.get("households"), doc, w + ".households"); quantity(r.get("housing_units"), doc, w + ".housing_units")
        d = r.get("duration")
        if d is not None:
            for k in ("months", "start", "end", "renewable"):
                if k not in d: errors.append(w + ": duration missing " + k)
            typ(d.get("months"), int, w + ".months"); typ(d.get("renewable"), bool, w + ".renewable", False)
            for k in ("start", "end"):
                typ(d.get(k), str, w + "." + k); need(doc, d.get(k), w + "." + k)
        c = r.get("cost")
        if c is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if k not in c: errors.append(w + ": cost missing " + k)
                v = c.get(k)
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): errors.append(w + ": bad amount " + v)
                    else: need(doc, spaced(v), w + "." + k)
        for f in r.get("funding") or []:
            for k in ("source", "eur", "share_percent"):
                if k not in f: errors.append(w + ": funding missing " + k)
            need(doc, f.get("source"), w + ".funding")
            if f.get("eur") is not None: need(doc, spaced(f["eur"]), w + ".funding.eur")
            if f.get("share_percent") is not None: need(doc, f["share_percent"] + " %", w + ".funding.share")
        for ct in r.get("contacts") or []:
            for k in ("name", "email", "phone"):
                if k not in ct: errors.append(w + ": contact missing " + k)
                need(doc, ct.get(k), w + ".contact." + k)

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not c.get("why") or len(c.get("records", [])) < 2: errors.append("clusters: bad cluster")
    for rec in c["records"]:
        gp = os.path.join(GOLD, rec["file"] + ".json")
        if not os.path.exists(gp) or rec["key"] not in {r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]}:
            errors.append("clusters: unknown record %r" % rec)
extra = set(os.listdir(GOLD)) - {n + ".json" for n in names} - {"clusters.json"}
if extra: errors.append("unexpected gold files: %s" % sorted(extra))

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
