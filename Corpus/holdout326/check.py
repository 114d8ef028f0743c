#!/usr/bin/env python3
"""Validate holdout326 gold files against the documents (standard library only)."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)
def load(path):
    b = open(path, "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if path.endswith(".html"): t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)
def spaced(d):
    return f"{int(d):,}".replace(",", " ")
PROJECT_KEYS = {"kind", "key", "title", "carriers", "partners", "territory", "year", "mode", "households",
                "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
def need(cond, msg):
    if not cond: errors.append(msg)
def found(text, s, where):
    need(fold(s) in text, f"{where}: {s!r} not found in document")
def check_q(q, where, text):
    if q is None: return
    need(isinstance(q, dict) and {"min", "max", "per", "approximate"} <= set(q), f"{where}: bad quantity shape")
    need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], f"{where}: min/max")
    need(q["per"] in ("total", "year") and isinstance(q["approximate"], bool), f"{where}: per/approximate")
    if "unit" in q: found(text, q["unit"], where + ".unit")
    if q.get("breakdown"):
        need(sum(b["min"] for b in q["breakdown"]) == q["min"], f"{where}: breakdown does not add up")
    elif not q["approximate"]:
        need(re.search(r"(?<!\d)%d(?!\d)" % q["min"], text) is not None, f"{where}: {q['min']} not in document")
    for b in q.get("breakdown", []):
        found(text, b["label"], where + ".breakdown"); found(text, str(b["min"]), where + ".breakdown")
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
need(golds == [d + ".json" for d in docs], f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    need(data.get("file") + ".json" == g, f"{g}: file field")
    text = load(os.path.join(DOCS, data["file"]))
    need(isinstance(data.get("records"), list) and data["records"], f"{g}: records")
    for r in data["records"]:
        where = f"{g}[{r.get('key')}]"
        keys.setdefault(data["file"], set()).add(r.get("key"))
        if r.get("kind") == "index_row":
            need(INDEX_KEYS <= set(r), f"{where}: missing index keys")
            for k in ("section", "localisation", "organisme", "page"): found(text, r[k], f"{where}.{k}")
            continue
        need(r.get("kind") == "project", f"{where}: kind")
        need(PROJECT_KEYS <= set(r), f"{where}: missing keys {PROJECT_KEYS - set(r)}")
        if r.get("section"): found(text, r["section"], where + ".section")
        if r["title"] is not None: need(isinstance(r["title"], str), where + ".title type"); found(text, r["title"], where + ".title")
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list), f"{where}.{k} type")
            for v in r[k]: found(text, v, f"{where}.{k}")
        t = r["territory"]
        if t is not None:
            need(isinstance(t.get("departments"), list) and all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"]), where + ".departments")
            found(text, t["value"], where + ".territory")
        if r["year"] is not None: need(isinstance(r["year"], int), where + ".year"); found(text, str(r["year"]), where + ".year")
        need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), where + ".mode")
        check_q(r["households"], where + ".households", text)
        check_q(r["housing_units"], where + ".housing_units", text)
        d = r["duration"]
        if d is not None:
            need({"months", "start", "end", "renewable"} <= set(d) and (d["months"] is None or isinstance(d["months"], int)), where + ".duration shape")
            for k in ("start", "end"):
                if d[k]: found(text, d[k], f"{where}.duration.{k}")
        c = r["cost"]
        if c is not None:
            need({"total_eur", "per_year_eur", "per_household_eur"} <= set(c), where + ".cost shape")
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if c[k] is not None:
                    need(re.fullmatch(r"\d+(\.\d+)?", c[k]) is not None, f"{where}.cost.{k} not decimal")
                    found(text, spaced(c[k]), f"{where}.cost.{k}")
        for f in r["funding"]:
            need({"source", "eur", "share_percent"} <= set(f), where + ".funding shape")
            found(text, f["source"], where + ".funding.source")
            if f["eur"]: found(text, spaced(f["eur"]), where + ".funding.eur")
            if f["share_percent"]: need(re.search(r"(?<!\d)%s ?%%" % f["share_percent"], text) is not None, f"{where}.funding share {f['share_percent']}")
        for p in r["contacts"]:
            need({"name", "email", "phone"} <= set(p), where + ".contact shape")
            found(text, p["name"], where + ".contact.name")
            if p["email"]: found(text, p["email"], where + ".contact.email")
            if p["phone"]: found(text, p["phone"], where + ".contact.phone")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "clusters: shape")
    for m in c["records"]:
        need(m["key"] in keys.get(m["file"], set()), f"clusters: {m} not a gold record")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
