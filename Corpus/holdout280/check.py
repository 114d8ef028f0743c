#!/usr/bin/env python3
"""Validate holdout280 gold files against their documents (standard library only). Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(name + ": expected Windows-1252 bytes, got valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def found(doc, value, what):
    if value is None: return
    if fold(value) not in doc: err(f"{what}: {value!r} not found")

def amount_found(doc, eur, what):
    if eur is None: return
    if not re.fullmatch(r"\d+(\.\d+)?", eur): err(f"{what}: bad decimal {eur!r}"); return
    n = eur.split(".")[0]
    groups = []
    while n: groups.insert(0, n[-3:]); n = n[:-3]
    forms = {" ".join(groups), "".join(groups), ".".join(groups)}
    if not any(re.search(r"(?<!\d)(?<!\d )" + re.escape(f) + r"(?![\d])", doc) for f in forms):
        err(f"{what}: amount {eur} not found")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(doc, q, what, unit_required):
    if q is None: return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{what}.{k} missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{what}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{what}: min > max")
    if unit_required and "unit" in q: found(doc, q["unit"], what + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<![\d])" + str(q["min"]) + r"(?![\d])", doc): err(f"{what}: {q['min']} not found")
    for b in q.get("breakdown", []):
        found(doc, b["label"], what + ".breakdown.label")

files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs_present = sorted(os.listdir(DOCS))
if sorted(f[:-5] for f in files) != docs_present: err(f"gold files {files} do not match documents {docs_present}")
keys_by_file = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    name = gf[:-5]
    if set(g) != {"file", "records"} or g["file"] != name: err(gf + ": top-level shape"); continue
    doc = load_doc(name)
    keys = [r.get("key") for r in g["records"]]
    if len(keys) != len(set(keys)): err(gf + ": duplicate keys")
    keys_by_file[name] = set(keys)
    for r in g["records"]:
        w = f"{gf}[{r.get('key')}]"
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(w + ": index_row keys"); continue
            if r["key"] != "index " + r["section"]: err(w + ": key")
            for k in ("section", "localisation", "organisme", "page"):
                if not isinstance(r[k], str): err(w + "." + k + " type")
                else: found(doc, r[k], w + "." + k)
            continue
        if r.get("kind") != "project" or set(r) != PROJECT_KEYS: err(w + ": project keys " + str(sorted(set(r) ^ PROJECT_KEYS))); continue
        if r["section"] is not None:
            if r["key"] != r["section"]: err(w + ": key != section")
            found(doc, r["section"] + ".", w + ".section")
        if not isinstance(r["title"], str): err(w + ".title type")
        else: found(doc, r["title"], w + ".title")
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]): err(w + "." + k + " type")
            else:
                for x in r[k]: found(doc, x, w + "." + k)
        t = r["territory"]
        if t is not None:
            if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list): err(w + ".territory shape")
            else:
                found(doc, t["value"], w + ".territory")
                for d in t["departments"]:
                    if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(w + ".territory dept " + d)
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(w + ".year type")
            else: found(doc, str(r["year"]), w + ".year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(w + ".mode")
        check_q(doc, r["households"], w + ".households", True)
        check_q(doc, r["housing_units"], w + ".housing_units", False)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool): err(w + ".duration shape")
            if d["months"] is not None and not isinstance(d["months"], int): err(w + ".duration.months type")
            for k in ("start", "end"):
                if d.get(k) is not None: found(doc, d[k], w + ".duration." + k)
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(w + ".cost shape")
            for k in c: amount_found(doc, c[k], w + ".cost." + k)
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: err(w + ".funding shape"); continue
            found(doc, f["source"], w + ".funding.source")
            amount_found(doc, f["eur"], w + ".funding.eur")
            if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
                err(w + ".funding share " + f["share_percent"])
        for p in r["contacts"]:
            if not isinstance(p.get("name"), str): err(w + ".contact name"); continue
            for k in ("name", "email", "phone", "role", "organisation"):
                if p.get(k) is not None:
                    if not isinstance(p[k], str): err(w + ".contact." + k + " type")
                    else: found(doc, p[k], w + ".contact." + k)
            if p.get("email") is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", p["email"]): err(w + ".email form")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
    for m in c.get("records", []):
        if m.get("key") not in keys_by_file.get(m.get("file"), set()): err(f"clusters: unknown record {m}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
