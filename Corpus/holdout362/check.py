#!/usr/bin/env python3
"""Validate holdout362 gold files against their documents (standard library only)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); errors.append(name + ": expected non-UTF-8 cp1252 bytes")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("**", "")
    return fold(text)

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def need(doc, value, where):
    if value is None: return
    if fold(str(value)) not in doc:
        errors.append("%s: %r not found in document" % (where, value))

def is_int(x): return isinstance(x, int) and not isinstance(x, bool)
def is_dec(x): return x is None or (isinstance(x, str) and re.fullmatch(r"\d+(\.\d+)?", x) is not None)

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, doc, where):
    if q is None: return
    for k in ("min", "max", "per", "approximate"):
        if k not in q: errors.append(where + ": missing " + k)
    if not (is_int(q.get("min")) and is_int(q.get("max")) and q["min"] <= q["max"]):
        errors.append(where + ": bad min/max")
    if q.get("per") not in ("total", "year"): errors.append(where + ": bad per")
    if not isinstance(q.get("approximate"), bool): errors.append(where + ": bad approximate")
    if not q.get("approximate"):
        if q["min"] != q["max"]: errors.append(where + ": exact range min != max")
        if not re.search(r"(?<!\d)%d(?![\d])" % q["min"], doc): errors.append(where + ": count %d not in doc" % q["min"])
    if "unit" in q: need(doc, q["unit"], where + ".unit")

files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
if sorted(f[:-5] for f in files) != docs: errors.append("gold files do not match documents: %s vs %s" % (files, docs))
keys_by_file = {}
for f in files:
    g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
    name = g.get("file")
    if name != f[:-5]: errors.append(f + ": file field mismatch"); continue
    doc = load_doc(name)
    recs = g.get("records")
    if not isinstance(recs, list) or not recs: errors.append(f + ": no records"); continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): errors.append(f + ": duplicate keys")
    keys_by_file[name] = set(keys)
    for r in recs:
        w = "%s[%s]" % (name, r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: errors.append(w + ": keys " + str(sorted(set(r) ^ INDEX_KEYS)))
            if r["key"] != "index " + r["section"]: errors.append(w + ": key/section")
            for k in ("section", "localisation", "organisme", "page"): need(doc, r[k], w + "." + k)
            continue
        if r.get("kind") != "project": errors.append(w + ": bad kind"); continue
        if set(r) != PROJECT_KEYS: errors.append(w + ": keys " + str(sorted(set(r) ^ PROJECT_KEYS)))
        need(doc, r["section"], w + ".section")
        if r["section"] and r["key"] != r["section"]: errors.append(w + ": key != section")
        need(doc, r["title"], w + ".title")
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list): errors.append(w + ": " + k + " not a list")
            for v in r[k]: need(doc, v, w + "." + k)
        t = r["territory"]
        if t is not None:
            need(doc, t["value"], w + ".territory")
            if not (isinstance(t["departments"], list) and all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"])):
                errors.append(w + ": bad departments")
        if r["year"] is not None:
            if not is_int(r["year"]): errors.append(w + ": year not int")
            need(doc, r["year"], w + ".year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): errors.append(w + ": bad mode")
        check_q(r["households"], doc, w + ".households")
        check_q(r["housing_units"], doc, w + ".housing_units")
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: errors.append(w + ": duration keys")
            if d["months"] is not None and not is_int(d["months"]): errors.append(w + ": months")
            if not isinstance(d["renewable"], bool): errors.append(w + ": renewable")
            need(doc, d["start"], w + ".start"); need(doc, d["end"], w + ".end")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: errors.append(w + ": cost keys")
            for k, v in c.items():
                if not is_dec(v): errors.append(w + ": cost " + k)
                elif v is not None: need(doc, spaced(v), w + ".cost." + k)
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"} or not is_dec(fu["eur"]) or not is_dec(fu["share_percent"]):
                errors.append(w + ": funding shape")
            need(doc, fu["source"], w + ".funding")
            if fu["eur"]: need(doc, spaced(fu["eur"]), w + ".funding.eur")
            if fu["share_percent"] and not re.search(re.escape(fu["share_percent"]) + r"\s?%", doc):
                errors.append(w + ": share %s%% not found" % fu["share_percent"])
        for ct in r["contacts"]:
            if not isinstance(ct.get("name"), str): errors.append(w + ": contact name")
            for k in ("name", "email", "phone", "role", "organisation"):
                if ct.get(k) is not None: need(doc, ct[k], w + ".contact." + k)

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c["records"]) < 2: errors.append("clusters: shape")
    for rr in c["records"]:
        if rr["key"] not in keys_by_file.get(rr["file"], ()): errors.append("clusters: unknown %s" % rr)

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
