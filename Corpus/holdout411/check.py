#!/usr/bin/env python3
"""Validate holdout411 gold files: shape, keys, types, and that every value's text occurs in its document.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def doc_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def need(cond, msg):
    if not cond:
        errors.append(msg)

def found(text, value, where):
    need(isinstance(value, str) and fold(value) in text, f"{where}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def check_q(q, text, where):
    if q is None:
        return
    need(isinstance(q, dict), f"{where}: not an object")
    for k in ("min", "max", "per", "approximate"):
        need(k in q, f"{where}: missing {k}")
    need(isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"], f"{where}: min/max")
    need(q.get("per") in ("total", "year"), f"{where}: per")
    need(isinstance(q.get("approximate"), bool), f"{where}: approximate")
    if not q.get("approximate"):
        need(re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9])", text) is not None, f"{where}: {q['min']} not found")
    if "unit" in q:
        found(text, q["unit"], where + ".unit")

def check_record(r, text, where, file_keys):
    need(isinstance(r, dict), where + ": not an object")
    kind = r.get("kind")
    need(kind in ("project", "index_row"), where + ": kind")
    need(isinstance(r.get("key"), str) and r["key"], where + ": key")
    need(r.get("key") not in file_keys, where + ": duplicate key")
    file_keys.add(r.get("key"))
    if kind == "index_row":
        need(set(r) == INDEX_KEYS, f"{where}: keys {sorted(set(r) ^ INDEX_KEYS)}")
        need(r["key"] == "index " + r["section"], where + ": index key")
        for k in ("section", "localisation", "organisme", "page"):
            found(text, r[k], f"{where}.{k}")
        return
    need(set(r) == PROJECT_KEYS, f"{where}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
    if r.get("section") is not None:
        need(r["key"] == r["section"], where + ": key must be the section")
        found(text, r["section"] + ".", where + ".section")
    if r.get("title") is not None:
        found(text, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        need(isinstance(r.get(k), list), f"{where}.{k}: list")
        for v in r.get(k) or []:
            found(text, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        need(isinstance(t.get("departments"), list) and all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]), where + ".territory.departments")
        found(text, t.get("value"), where + ".territory")
    if r.get("year") is not None:
        need(isinstance(r["year"], int), where + ".year type")
        found(text, str(r["year"]), where + ".year")
    need(r.get("mode") in MODES or r.get("mode") is None, where + ".mode")
    check_q(r.get("households"), text, where + ".households")
    check_q(r.get("housing_units"), text, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        need(set(d) == {"months", "start", "end", "renewable"}, where + ".duration keys")
        need(d["months"] is None or isinstance(d["months"], int), where + ".duration.months")
        need(isinstance(d["renewable"], bool), where + ".duration.renewable")
        for k in ("start", "end"):
            if d[k] is not None:
                found(text, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, where + ".cost keys")
        for k, v in c.items():
            if v is not None:
                need(isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v), f"{where}.cost.{k} format")
                found(text, spaced(v), f"{where}.cost.{k}")
    need(isinstance(r.get("funding"), list), where + ".funding list")
    for f in r.get("funding") or []:
        need(set(f) == {"source", "eur", "share_percent"}, where + ".funding keys")
        found(text, f["source"], where + ".funding.source")
        if f["eur"] is not None:
            found(text, spaced(f["eur"]), where + ".funding.eur")
        if f["share_percent"] is not None:
            found(text, f["share_percent"] + " %", where + ".funding.share")
    need(isinstance(r.get("contacts"), list), where + ".contacts list")
    for p in r.get("contacts") or []:
        need({"name", "email", "phone"} <= set(p), where + ".contact keys")
        found(text, p["name"], where + ".contact.name")
        for k in ("email", "phone", "role", "organisation"):
            if p.get(k) is not None:
                found(text, p[k], f"{where}.contact.{k}")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
need(golds == sorted(d + ".json" for d in docs), f"gold files {golds} do not match documents {docs}")
keys_by_file = {}
for g in golds:
    where = g
    try:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    except Exception as e:
        errors.append(f"{g}: invalid JSON: {e}"); continue
    need(set(data) == {"file", "records"}, g + ": top keys")
    need(data.get("file") + ".json" == g, g + ": file name")
    text = doc_text(data["file"])
    need(isinstance(data.get("records"), list) and data["records"], g + ": records")
    ks = set()
    for i, r in enumerate(data.get("records", [])):
        check_record(r, text, f"{g}[{i}:{r.get('key')}]", ks)
    keys_by_file[data["file"]] = ks

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(set(cl) == {"clusters"} and isinstance(cl["clusters"], list), "clusters.json: shape")
for c in cl["clusters"]:
    need(set(c) == {"records", "why"} and isinstance(c["why"], str) and c["why"], "clusters.json: cluster keys")
    need(len(c["records"]) >= 2, "clusters.json: cluster size")
    for m in c["records"]:
        need(m.get("key") in keys_by_file.get(m.get("file"), set()), f"clusters.json: unknown record {m}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
