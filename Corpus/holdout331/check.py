#!/usr/bin/env python3
"""Validate holdout331 gold files (standard library only). Prints OK or the problems."""
import json, os, re, html, unicodedata, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s); s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())
def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try: t = raw.decode("utf-8")
    except UnicodeDecodeError: t = raw.decode("cp1252")
    if name.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(n):  # "142583" -> "142 583"
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
errs = []
def need(c, m):
    if not c: errs.append(m)
PKEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"}
def q(x, where, text):
    if x is None: return
    need(set(x) >= {"min","max","per","approximate"}, where+": quantity keys")
    need(isinstance(x["min"], int) and isinstance(x["max"], int) and x["min"] <= x["max"], where+": min/max")
    need(x["per"] in ("total","year"), where+": per"); need(isinstance(x["approximate"], bool), where+": approximate")
    if not x["approximate"]: need(re.search(r"(?<!\d)%d(?!\d)" % x["min"], text), where+": count %d not in text" % x["min"])
    if "unit" in x: need(fold(x["unit"]) in text, where+": unit")
docs = sorted(os.listdir(DOCS)); golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
need(len(docs) == 7, "seven documents expected"); need(golds == [d + ".json" for d in docs], "one gold per document")
keys = {}
for g in golds:
    d = json.load(open(os.path.join(GOLD, g), encoding="utf-8")); name = d.get("file")
    need(name + ".json" == g, g+": file"); text = load(name); keys[name] = set()
    need(isinstance(d.get("records"), list) and d["records"], g+": records")
    for r in d["records"]:
        w = "%s[%s]" % (name, r.get("key")); need(r.get("key") not in keys[name], w+": duplicate key"); keys[name].add(r.get("key"))
        if r.get("kind") == "index_row":
            need(set(r) == {"kind","key","section","localisation","organisme","page"}, w+": index keys")
            need(r["key"] == "index " + r["section"], w+": index key")
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            need(fold(row) in fold(open(os.path.join(DOCS, name), encoding="utf-8").read().replace("\t", "\x00")).replace("\x00", "\t") or fold(row.replace("\t", " ")) in text, w+": index row not in text")
            continue
        need(r.get("kind") == "project", w+": kind"); need(set(r) == PKEYS, w+": keys %s" % sorted(set(r) ^ PKEYS))
        for f in ("title",): need(r[f] is None or fold(r[f]) in text, w+": title not in text")
        if r["section"]: need(fold(r["section"]) in text, w+": section")
        for f in ("carriers","partners"):
            need(isinstance(r[f], list), w+": "+f)
            for v in r[f]: need(fold(v) in text, w+": %s %r not in text" % (f, v))
        t = r["territory"]
        if t: need(fold(t["value"]) in text and all(re.fullmatch(r"\d{2,3}", c) for c in t["departments"]), w+": territory")
        if r["year"] is not None: need(isinstance(r["year"], int) and str(r["year"]) in text, w+": year")
        need(r["mode"] in (None,"access","maintenance","access_and_maintenance"), w+": mode")
        q(r["households"], w+" households", text); q(r["housing_units"], w+" housing", text)
        du = r["duration"]
        if du:
            need(set(du) == {"months","start","end","renewable"} and isinstance(du["months"], int), w+": duration")
            for k in ("start","end"):
                if du[k]: need(du[k] in text, w+": duration "+k)
        c = r["cost"]
        if c:
            need(set(c) == {"total_eur","per_year_eur","per_household_eur"}, w+": cost keys")
            for k, v in c.items():
                if v: need(re.fullmatch(r"\d+", v) and spaced(v) in text, w+": cost %s %s" % (k, v))
        for f in r["funding"]:
            need(set(f) == {"source","eur","share_percent"} and fold(f["source"]) in text, w+": funding source %r" % f.get("source"))
            if f["eur"]: need(spaced(f["eur"]) in text, w+": funding eur")
            if f["share_percent"]: need(re.search(re.escape(f["share_percent"]) + r" ?%", text), w+": share")
        for k in r["contacts"]:
            need(set(k) == {"name","email","phone"} and fold(k["name"]) in text, w+": contact name")
            for x in ("email","phone"):
                if k[x]: need(fold(k[x]) in text, w+": contact "+x)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "cluster shape")
    for r in c["records"]: need(r["key"] in keys.get(r["file"], ()), "cluster record %r unknown" % r)
print("\n".join(errs) if errs else "OK"); sys.exit(1 if errs else 0)
