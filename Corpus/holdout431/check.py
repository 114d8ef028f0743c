#!/usr/bin/env python3
"""Validate holdout431 gold files: shape, keys, types, values found in documents. Prints OK."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("œ", "oe"), ("Œ", "OE")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()
def load(fn):
    b = open(os.path.join(DOCS, fn), "rb").read()
    if "cp1252" in fn:
        try:
            b.decode("utf-8"); err(fn + ": cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        return b.decode("cp1252")
    return b.decode("utf-8")
def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")
PKEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
         "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
IKEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs:
    err("gold files do not match documents: %s vs %s" % (golds, docs))
keys_by_file = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    fn = g[:-5]
    if data.get("file") != fn: err(g + ": file field")
    if fn not in docs: continue
    text = fold(load(fn))
    def found(v, where):
        if not isinstance(v, str) or fold(v) not in text:
            err("%s %s: %r not found" % (fn, where, v))
    recs = data.get("records")
    if not isinstance(recs, list) or not recs: err(g + ": records"); continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): err(g + ": duplicate keys")
    keys_by_file[fn] = set(keys)
    for r in recs:
        k = r.get("key")
        if r.get("kind") == "index_row":
            if set(r) != IKEYS: err("%s %s: index keys %s" % (fn, k, sorted(r)))
            if k != "index " + str(r.get("section")): err(fn + " index key")
            for f in ("section", "localisation", "organisme", "page"): found(r[f], k + " " + f)
            continue
        if r.get("kind") != "project" or set(r) != PKEYS:
            err("%s %s: project keys %s" % (fn, k, sorted(set(r) ^ PKEYS))); continue
        if r["section"] is not None:
            found(r["section"], k + " section")
            if k != r["section"]: err(fn + " key != section")
        elif k != "document" and k != r["title"]:
            err(fn + " key should be document or title")
        if not isinstance(r["title"], str): err(fn + " title type")
        else: found(r["title"], k + " title")
        for f in ("carriers", "partners"):
            if not isinstance(r[f], list): err(fn + " " + f + " type")
            for v in r[f]: found(v, k + " " + f)
        t = r["territory"]
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)
                and all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"])):
            err(fn + " territory shape")
        else: found(t["value"], k + " territory")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(fn + " year type")
            else: found("- " + str(r["year"]), k + " year")
        if r["mode"] not in ("access", "maintenance", "access_and_maintenance", None): err(fn + " mode")
        for f in ("households", "housing_units"):
            q = r[f]
            if q is None: continue
            if not (isinstance(q, dict) and {"min", "max", "per", "approximate"} <= set(q)
                    and isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]
                    and q["per"] in ("total", "year") and isinstance(q["approximate"], bool)):
                err("%s %s %s shape" % (fn, k, f)); continue
            if "unit" in q: found(q["unit"], k + " unit")
            if q["min"] == q["max"] and not q["approximate"]:
                if not re.search(r"(?<!\d)(?<!\d )%d(?!\d)(?! \d{3})" % q["min"], text): err("%s %s %s %d not found" % (fn, k, f, q["min"]))
        d = r["duration"]
        if d is not None:
            if not (isinstance(d, dict) and set(d) == {"months", "start", "end", "renewable"}
                    and (d["months"] is None or isinstance(d["months"], int)) and isinstance(d["renewable"], bool)):
                err(fn + " duration shape")
            else:
                for f in ("start", "end"):
                    if d[f] is not None: found(d[f], k + " duration " + f)
        c = r["cost"]
        if c is not None:
            if not (isinstance(c, dict) and set(c) == {"total_eur", "per_year_eur", "per_household_eur"}):
                err(fn + " cost shape")
            else:
                for f, v in c.items():
                    if v is None: continue
                    if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(fn + " cost type")
                    else: found(spaced(v), k + " cost " + f)
        for fu in r["funding"]:
            if not (isinstance(fu, dict) and set(fu) == {"source", "eur", "share_percent"}): err(fn + " funding shape"); continue
            found(fu["source"], k + " funder")
            if fu["eur"] is not None: found(spaced(fu["eur"]), k + " funding eur")
            if fu["share_percent"] is not None: found(fu["share_percent"] + " %", k + " share")
        for ct in r["contacts"]:
            if not (isinstance(ct, dict) and {"name", "email", "phone"} <= set(ct)): err(fn + " contact shape"); continue
            for f in ("name", "email", "phone"):
                if ct[f] is not None: found(ct[f], k + " contact " + f)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("cluster shape")
    for rr in c["records"]:
        if rr.get("key") not in keys_by_file.get(rr.get("file"), set()): err("cluster record %s" % rr)
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
