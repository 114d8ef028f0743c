#!/usr/bin/env python3
"""Check the gold of Corpus/holdout185: format of ../gold/README.md, and every expected
value string found in its document (cp1252 decoded, HTML stripped, case/accents/œ/
apostrophes/NBSP/whitespace folded). Prints OK or the list of problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
problems = []

def fold(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    for a in "’‘`´": s = s.replace(a, "'")
    for sp in "\u00a0\u202f\u2009\t\n\r": s = s.replace(sp, " ")
    s = s.replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r" +", " ", s)

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<script.*?</script>", " ", t, flags=re.S)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    n = str(n); out = ""
    while len(n) > 3: out = " " + n[-3:] + out; n = n[:-3]
    return n + out

def need(doc, text, what, value):
    if value is None: return
    v = fold(str(value))
    if re.fullmatch(r"\d+", v):
        ok = re.search(r"(?<!\d)(?<!\d )" + re.escape(v) + r"(?!\d)(?! \d{3}(?!\d))", doc) or (len(v) > 3 and spaced(v) in doc)
    else:
        ok = v in doc
    if not ok: problems.append(f"{text}: {what} {value!r} not found")

QKEYS = {"min", "max", "per", "approximate", "unit", "breakdown"}
PKEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
         "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
IKEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(f, q, what):
    if q is None: return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q) or set(q) - QKEYS:
        problems.append(f"{f}: bad quantity {what}"); return
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        problems.append(f"{f}: bad min/max {what}")
    if q["per"] not in ("total", "year"): problems.append(f"{f}: bad per {what}")
    if not isinstance(q["approximate"], bool): problems.append(f"{f}: bad approximate {what}")

docs = sorted(os.listdir(DOCS))
golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
if [g[:-5] for g in golds] != docs: problems.append(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = data.get("file")
    if name + ".json" != g: problems.append(f"{g}: file field {name!r}")
    if set(data) != {"file", "records"}: problems.append(f"{g}: top-level keys {sorted(data)}")
    doc = load(name); tag = name
    seen = set()
    for r in data["records"]:
        k = r.get("key")
        if k in seen: problems.append(f"{tag}: duplicate key {k}")
        seen.add(k)
        if r.get("kind") == "index_row":
            if set(r) != IKEYS: problems.append(f"{tag} {k}: index keys {sorted(r)}")
            if k != "index " + str(r.get("section")): problems.append(f"{tag} {k}: index key")
            for f in ("section", "localisation", "organisme", "page"): need(doc, tag, f, r.get(f))
            continue
        if r.get("kind") != "project" or set(r) - PKEYS: problems.append(f"{tag} {k}: bad kind or keys"); continue
        if name.startswith("guide") and k != r.get("section"): problems.append(f"{tag} {k}: key is not section")
        need(doc, tag, "section", r.get("section")); need(doc, tag, "title", r.get("title"))
        for f in ("carriers", "partners"):
            if not isinstance(r.get(f), list): problems.append(f"{tag} {k}: {f} not a list")
            for v in r.get(f, []): need(doc, tag, f, v)
        t = r.get("territory")
        if t is not None:
            if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
                problems.append(f"{tag} {k}: bad territory")
            need(doc, tag, "territory", t["value"])
            for d in t["departments"]: need(doc, tag, "département", d)
        if r.get("year") is not None: need(doc, tag, "year", r["year"])
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): problems.append(f"{tag} {k}: mode")
        for f in ("households", "housing_units"):
            q = r.get(f); check_q(tag, q, f)
            if q:
                if q.get("unit"): need(doc, tag, f + " unit", q["unit"])
                if not q["approximate"] or q["min"] == q["max"]: need(doc, tag, f, q["min"]); need(doc, tag, f, q["max"])
        d = r.get("duration")
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: problems.append(f"{tag} {k}: duration keys")
            if d["start"] and d["end"] and d["months"] and abs((int(d["end"]) - int(d["start"])) * 12 - d["months"]) > 12:
                problems.append(f"{tag} {k}: duration months vs years")
            need(doc, tag, "start", d["start"]); need(doc, tag, "end", d["end"])
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: problems.append(f"{tag} {k}: cost keys")
            for f, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): problems.append(f"{tag} {k}: {f} not decimal")
                    need(doc, tag, f, v)
        for fu in r.get("funding", []) or []:
            need(doc, tag, "funder", fu["source"]); need(doc, tag, "funding eur", fu["eur"])
            if fu["share_percent"] is not None: need(doc, tag, "share", fu["share_percent"] + " %")
        for ct in r.get("contacts", []):
            need(doc, tag, "contact name", ct["name"]); need(doc, tag, "e-mail", ct["email"]); need(doc, tag, "phone", ct["phone"])
        keys[(name, k)] = True
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    if not c.get("why") or len(c["records"]) < 2: problems.append("clusters: missing why or too few records")
    for rec in c["records"]:
        if (rec["file"], rec["key"]) not in keys: problems.append(f"clusters: unknown record {rec}")
print("\n".join(problems) if problems else "OK")
sys.exit(1 if problems else 0)
