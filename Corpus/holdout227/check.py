#!/usr/bin/env python3
"""Validate holdout227 gold files: shape, keys, types, and that each value's text is in its document."""
import glob, html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    attrs = " ".join(re.findall(r'(?:value|alt|message)="([^"]*)"', s))
    s = html.unescape(re.sub(r"<[^>]+>", " ", s) + " " + attrs)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "oe"), ("–", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"\b(et|ou) a ", r"\1 ", s)
    return re.sub(r"\s+", " ", s).strip()

def read(path):
    b = open(path, "rb").read()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def need(doc, text, where):
    if text is None: return
    if fold(str(text)) not in doc: err(f"{where}: {text!r} not found in document")

def check_q(q, doc, where):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}.{k}: bad type")
    if q.get("per") not in ("total", "year"): err(f"{where}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        words = {15: "quinze", 18: "dix-huit", 14: "quatorze"}
        if not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)(?! \d{3})", doc) and not (
                q["min"] in words and words[q["min"]] in doc):
            err(f"{where}: count {q['min']} not found")
    if "unit" in q: need(doc, q["unit"], where + ".unit")

def check_project(r, doc, where, fname):
    if set(r) != PROJECT_KEYS: err(f"{where}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
    for k in ("title", "section", "section_as_written"):
        if r.get(k) is not None and not isinstance(r[k], str): err(f"{where}.{k}: not a string")
    need(doc, r.get("title"), where + ".title")
    need(doc, r.get("section"), where + ".section")
    if r["key"] not in ("document", r.get("section"), r.get("title")): err(f"{where}: key convention")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f"{where}.{k}: not a list"); continue
        for v in r[k]:
            if not isinstance(v, str): err(f"{where}.{k}: item not a string")
            need(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list): err(f"{where}.territory: shape")
        need(doc, t["value"], where + ".territory")
        for d in t["departments"]:
            if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{where}.territory: bad code {d}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{where}.year: not int")
        need(doc, str(r["year"]), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{where}.mode invalid")
    check_q(r.get("households"), doc, where + ".households")
    check_q(r.get("housing_units"), doc, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f"{where}.duration keys")
        if d["months"] is not None and not isinstance(d["months"], int): err(f"{where}.duration.months type")
        if not isinstance(d["renewable"], bool): err(f"{where}.duration.renewable type")
        for k in ("start", "end"):
            if d[k] is not None:
                if not re.fullmatch(r"\d{4}", d[k]): err(f"{where}.duration.{k} format")
                need(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{where}.cost keys")
        for k, v in c.items():
            if v is None: continue
            if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{where}.cost.{k}: not a decimal string")
            else: need(doc, spaced(v), f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list): err(f"{where}.funding: not a list")
    for f in r.get("funding") or []:
        if set(f) != {"source", "eur", "share_percent"}: err(f"{where}.funding keys")
        need(doc, f["source"], where + ".funding.source")
        if f["eur"] is not None: need(doc, spaced(f["eur"]), where + ".funding.eur")
        if f["share_percent"] is not None: need(doc, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r.get("contacts"), list): err(f"{where}.contacts: not a list")
    for k in r.get("contacts") or []:
        if not isinstance(k.get("name"), str): err(f"{where}.contacts.name type")
        for f in ("name", "email", "phone"):
            if k.get(f) is not None: need(doc, k[f], f"{where}.contacts.{f}")

def check_index(r, doc, where):
    if set(r) != INDEX_KEYS: err(f"{where}: keys {sorted(set(r) ^ INDEX_KEYS)}")
    if r["key"] != "index " + r["section"]: err(f"{where}: key convention")
    need(doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), where + " (whole row)")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    fname = g[:-5]
    if data.get("file") != fname: err(f"{g}: file field")
    raw = read(os.path.join(DOCS, fname))
    doc = fold(raw.replace("\t", " "))
    if not isinstance(data.get("records"), list) or not data["records"]: err(f"{g}: no records"); continue
    seen = set()
    for i, r in enumerate(data["records"]):
        where = f"{g}[{i}]"
        if r.get("key") in seen: err(f"{where}: duplicate key")
        seen.add(r.get("key"))
        if r.get("kind") == "project": check_project(r, doc, where, fname)
        elif r.get("kind") == "index_row": check_index(r, doc, where)
        else: err(f"{where}: bad kind")
    keys[fname] = seen
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], ()): err(f"clusters: unknown record {rec}")
if "\ufffd" in read(os.path.join(DOCS, "fiche-commercy-cp1252.txt")): err("cp1252 decode")
try:
    open(os.path.join(DOCS, "fiche-commercy-cp1252.txt"), "rb").read().decode("utf-8"); err("cp1252 file is valid UTF-8")
except UnicodeDecodeError:
    pass
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
