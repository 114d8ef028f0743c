#!/usr/bin/env python3
"""Validate holdout289 gold files (standard library only). Prints OK or the problems."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        s = b.decode("cp1252")
    if name.endswith(".html"):
        s = re.sub(r"<[^>]+>", " ", s)
    return fold(s)

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def need(doc, text, where):
    if fold(text) not in doc:
        err(f"{where}: {text!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
DEC = re.compile(r"^[0-9]+(\.[0-9]+)?$")

def check_q(q, where, doc, with_unit):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}.{k}: missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{where}.per: bad value")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if "unit" in q:
        if not isinstance(q["unit"], str): err(f"{where}.unit: not a string")
        else: need(doc, q["unit"], where + ".unit")
    def count_in(n):
        return re.search(r"(?<![0-9])(?<![0-9] )" + str(n) + r"(?![0-9])(?! [0-9]{3})", doc)
    if q.get("breakdown"):
        for b in q["breakdown"]:
            need(doc, b["label"], where + ".breakdown")
            if not count_in(b["min"]): err(f"{where}.breakdown: count {b['min']} not found")
        if sum(b["min"] for b in q["breakdown"]) != q.get("min"): err(f"{where}: breakdown does not add up")
    elif not q.get("approximate") and isinstance(q.get("min"), int):
        if not count_in(q["min"]): err(f"{where}: count {q['min']} not found")

def check_project(r, doc, where):
    if set(r) != PROJECT_KEYS: err(f"{where}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
    if not isinstance(r.get("key"), str): err(f"{where}: key not a string")
    for k in ("section", "section_as_written"):
        if r.get(k) is not None:
            if not isinstance(r[k], str): err(f"{where}.{k}: not a string")
            else: need(doc, r[k], where + "." + k)
    if r.get("title") is not None: need(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f"{where}.{k}: not a list"); continue
        for v in r[k]: need(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list): err(f"{where}.territory: shape")
        else:
            need(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"[0-9]{2,3}|2[AB]", d): err(f"{where}.territory: bad code {d}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{where}.year: not int")
        else: need(doc, "- " + str(r["year"]), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{where}.mode: bad")
    check_q(r.get("households"), where + ".households", doc, True)
    check_q(r.get("housing_units"), where + ".housing_units", doc, False)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f"{where}.duration: keys")
        if d.get("months") is not None and not isinstance(d["months"], int): err(f"{where}.duration.months: not int")
        if not isinstance(d.get("renewable"), bool): err(f"{where}.duration.renewable: not bool")
        for k in ("start", "end"):
            if d.get(k) is not None: need(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{where}.cost: keys")
        for k, v in c.items():
            if v is None: continue
            if not isinstance(v, str) or not DEC.match(v): err(f"{where}.cost.{k}: not a decimal string")
            else: need(doc, spaced(v), f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list): err(f"{where}.funding: not a list")
    for f in r.get("funding") or []:
        if set(f) != {"source", "eur", "share_percent"}: err(f"{where}.funding: keys")
        need(doc, f["source"], where + ".funding.source")
        if f.get("eur") is not None: need(doc, spaced(f["eur"]), where + ".funding.eur")
        if f.get("share_percent") is not None: need(doc, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r.get("contacts"), list): err(f"{where}.contacts: not a list")
    for p in r.get("contacts") or []:
        if not isinstance(p.get("name"), str): err(f"{where}.contacts: name")
        for k in ("name", "email", "phone"):
            if p.get(k) is not None: need(doc, p[k], f"{where}.contacts.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if data.get("file") != name: err(f"{g}: file field")
        if not os.path.exists(os.path.join(DOCS, name)): continue
        doc = load_doc(name)
        seen = set()
        for i, r in enumerate(data.get("records", [])):
            where = f"{g}[{i}]"
            if r.get("key") in seen: err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project": check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(f"{where}: index keys")
                if r.get("key") != "index " + str(r.get("section")): err(f"{where}: index key")
                for k in ("section", "localisation", "organisme", "page"): need(doc, r[k], f"{where}.{k}")
            else: err(f"{where}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
        for m in c.get("records", []):
            if m.get("key") not in keys.get(m.get("file"), set()): err(f"clusters: unknown record {m}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
