#!/usr/bin/env python3
"""Validate holdout318 gold files (standard library only). Prints OK or the problems."""
import json, os, re, html, unicodedata, sys
H = os.path.dirname(os.path.abspath(__file__)); DOC = os.path.join(H, "documents"); GOLD = os.path.join(H, "gold")
errs = []
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s); s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())
def load(name):
    b = open(os.path.join(DOC, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(n):  # 117936 -> 117 936
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
def need(doc, val, where):
    if fold(val) not in doc: errs.append(f"{where}: {val!r} not found in document")
PKEYS = {"kind", "key", "section", "title", "carriers", "partners", "territory", "year", "mode", "households",
         "housing_units", "duration", "cost", "funding", "contacts"}
docs = sorted(os.listdir(DOC))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs: errs.append(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = g[:-5]; w = g
    if set(data) != {"file", "records"} or data["file"] != name: errs.append(f"{w}: bad top level"); continue
    doc = load(name); seen = set()
    for r in data["records"]:
        k = r.get("key"); where = f"{w}[{k}]"
        if not isinstance(k, str) or k in seen: errs.append(f"{where}: missing or repeated key")
        seen.add(k)
        if r.get("kind") == "index_row":
            if set(r) != {"kind", "key", "section", "localisation", "organisme", "page"} or k != "index " + r["section"]:
                errs.append(f"{where}: bad index row")
            for f in ("section", "localisation", "organisme", "page"): need(doc, r[f], where)
            continue
        if r.get("kind") != "project" or not PKEYS <= set(r): errs.append(f"{where}: missing keys {PKEYS - set(r)}"); continue
        if r["section"] is not None: need(doc, r["section"], where)
        if not isinstance(r["title"], str): errs.append(f"{where}: title")
        else: need(doc, r["title"], where)
        for f in ("carriers", "partners"):
            if not isinstance(r[f], list): errs.append(f"{where}: {f} not a list")
            for v in r[f]: need(doc, v, where)
        t = r["territory"]
        if t is not None:
            if not (isinstance(t["value"], str) and isinstance(t["departments"], list)): errs.append(f"{where}: territory")
            need(doc, t["value"], where)
        if r["year"] is not None:
            if not isinstance(r["year"], int): errs.append(f"{where}: year")
            need(doc, str(r["year"]), where)
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): errs.append(f"{where}: mode")
        for f in ("households", "housing_units"):
            q = r[f]
            if q is None: continue
            if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]
                    and q.get("per") in ("total", "year") and isinstance(q.get("approximate"), bool)):
                errs.append(f"{where}: {f} shape")
            if not q["approximate"]: need(doc, str(q["min"]), where)
            if "unit" in q: need(doc, q["unit"], where)
        d = r["duration"]
        if d is not None:
            if not (isinstance(d["months"], int) and isinstance(d["renewable"], bool)): errs.append(f"{where}: duration")
            for f in ("start", "end"):
                if d[f] is not None: need(doc, d[f], where)
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: errs.append(f"{where}: cost keys")
            for v in c.values():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): errs.append(f"{where}: amount {v}")
                    need(doc, spaced(v), where)
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}: errs.append(f"{where}: funding keys")
            need(doc, fu["source"], where)
            if fu["eur"] is not None: need(doc, spaced(fu["eur"]), where)
            if fu["share_percent"] is not None: need(doc, fu["share_percent"] + " %", where)
        for ct in r["contacts"]:
            if not isinstance(ct.get("name"), str): errs.append(f"{where}: contact name")
            for f in ("name", "email", "phone"):
                if ct.get(f) is not None: need(doc, ct[f], where)
    keys[name] = seen
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: errs.append("clusters: shape")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], set()): errs.append(f"clusters: unknown {rec}")
print("\n".join(errs) if errs else "OK"); sys.exit(1 if errs else 0)
