#!/usr/bin/env python3
"""Validate holdout367 gold files: shape, keys, types, values found in their documents. Prints OK."""
import json, os, re, html, sys, unicodedata
H = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(H, "documents"), os.path.join(H, "gold")
errors = []
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())
def text_of(name):
    b = open(os.path.join(DOC, name), "rb").read()
    s = b.decode("cp1252") if "cp1252" in name else b.decode("utf-8")
    if name.endswith(".html"):
        s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    return fold(s)
def spaced(eur):
    n = int(eur); return "{:,}".format(n).replace(",", " ")
def need(cond, msg):
    if not cond: errors.append(msg)
PKEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
         "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
IKEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
docs = sorted(os.listdir(DOC))
for d in docs:
    gp = os.path.join(GOLD, d + ".json")
    need(os.path.exists(gp), f"no gold for {d}")
    if not os.path.exists(gp): continue
    g = json.load(open(gp, encoding="utf-8"))
    t = text_of(d)
    def found(v, where):
        need(isinstance(v, str) and fold(v) in t, f"{d} {where}: {v!r} not found")
    need(g.get("file") == d, f"{d}: file field")
    need(isinstance(g.get("records"), list) and g["records"], f"{d}: records")
    keys = [r.get("key") for r in g["records"]]
    need(len(keys) == len(set(keys)), f"{d}: duplicate keys")
    for r in g["records"]:
        k = r.get("key"); w = f"[{k}]"
        if r.get("kind") == "index_row":
            need(set(r) == IKEYS, f"{d}{w}: index keys {sorted(set(r) ^ IKEYS)}")
            need(k == "index " + r["section"], f"{d}{w}: index key")
            for f in ("section", "localisation", "organisme", "page"): found(r[f], w + f)
            continue
        need(r.get("kind") == "project", f"{d}{w}: kind")
        need(set(r) == PKEYS, f"{d}{w}: project keys {sorted(set(r) ^ PKEYS)}")
        if r["section"] is not None: found(r["section"], w + "section")
        need(isinstance(r["title"], str), f"{d}{w}: title type"); found(r["title"], w + "title")
        if r["section"] is None and not d.endswith((".md", ".html")) and "cp1252" not in d and "formulaire" not in d:
            need(k == r["title"], f"{d}{w}: brochure key must be title")
        for f in ("carriers", "partners"):
            need(isinstance(r[f], list), f"{d}{w}: {f} list")
            for v in r[f]: found(v, w + f)
        terr = r["territory"]
        need(isinstance(terr, dict) and set(terr) == {"value", "departments"}, f"{d}{w}: territory shape")
        found(terr["value"], w + "territory")
        for c in terr["departments"]:
            need(re.fullmatch(r"\d{2,3}|2[AB]", c) is not None, f"{d}{w}: dept code {c}")
        need(r["year"] is None or (isinstance(r["year"], int) and str(r["year"]) in t), f"{d}{w}: year")
        need(r["mode"] in ("access", "maintenance", "access_and_maintenance", None), f"{d}{w}: mode")
        for f in ("households", "housing_units"):
            q = r[f]
            if q is None: continue
            need({"min", "max", "per", "approximate"} <= set(q) <= {"min", "max", "per", "approximate", "unit", "breakdown"}, f"{d}{w}: {f} keys")
            need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], f"{d}{w}: {f} min/max")
            need(q["per"] in ("total", "year"), f"{d}{w}: {f} per"); need(isinstance(q["approximate"], bool), f"{d}{w}: {f} approx")
            if not q["approximate"]:
                need(re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)(?! \d{3})", t) is not None, f"{d}{w}: {f} {q['min']} not found")
            if "unit" in q: found(q["unit"], w + f + ".unit")
        du = r["duration"]
        if du is not None:
            need(set(du) == {"months", "start", "end", "renewable"}, f"{d}{w}: duration keys")
            need(du["months"] is None or isinstance(du["months"], int), f"{d}{w}: months type")
            for f in ("start", "end"):
                if du[f] is not None: found(du[f], w + "duration." + f)
            need(isinstance(du["renewable"], bool), f"{d}{w}: renewable")
        co = r["cost"]
        if co is not None:
            need(set(co) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{d}{w}: cost keys")
            for f, v in co.items():
                if v is not None:
                    need(isinstance(v, str) and v.isdigit(), f"{d}{w}: {f} decimal string"); found(spaced(v), w + f)
        need(isinstance(r["funding"], list), f"{d}{w}: funding list")
        for fu in r["funding"]:
            need(set(fu) == {"source", "eur", "share_percent"}, f"{d}{w}: funding keys")
            found(fu["source"], w + "funding.source")
            if fu["eur"] is not None: found(spaced(fu["eur"]), w + "funding.eur")
            if fu["share_percent"] is not None: found(fu["share_percent"] + " %", w + "funding.share")
        need(isinstance(r["contacts"], list), f"{d}{w}: contacts list")
        for c in r["contacts"]:
            need({"name", "email", "phone"} <= set(c), f"{d}{w}: contact keys")
            for f in ("name", "email", "phone"):
                if c.get(f) is not None: found(c[f], w + "contact." + f)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(isinstance(cl.get("clusters"), list), "clusters list")
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "cluster shape")
    for rr in c["records"]:
        gp = os.path.join(GOLD, rr["file"] + ".json")
        need(os.path.exists(gp) and rr["key"] in [x["key"] for x in json.load(open(gp, encoding="utf-8"))["records"]], f"cluster ref {rr}")
extra = [f for f in os.listdir(GOLD) if f != "clusters.json" and f[:-5] not in docs]
need(not extra, f"gold without document: {extra}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
