#!/usr/bin/env python3
"""Validate holdout375 gold files: shape, keys, types, and that each value's text occurs in its document.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    text = fold(text)
    return text, re.sub(r"\bet a ", "et ", text)

def has(text, value, where):
    if fold(value) not in text[0] and fold(value) not in text[1]:
        err(f"{where}: {value!r} not found in document")

def spaced(eur):
    return f"{int(eur):,}".replace(",", " ")

def num_in(text, n, where):
    if not re.search(r"(?<!\d)(?<!\d )" + re.escape(str(n) if n < 1000 else spaced(n)) + r"(?![\d])", text[0]):
        err(f"{where}: number {n} not found")

Q_KEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

def check_q(q, text, where):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: quantity not an object")
    for k, t in Q_KEYS.items():
        if not isinstance(q.get(k), t): err(f"{where}: {k} missing or not {t.__name__}")
    if q.get("per") not in ("total", "year"): err(f"{where}: bad per")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if "unit" in q: has(text, q["unit"], where + ".unit")
    if not q.get("approximate") and isinstance(q.get("min"), int):
        num_in(text, q["min"], where)

def check_project(r, text, where):
    for k in PROJECT_KEYS:
        if k not in r: err(f"{where}: missing key {k}")
    if not isinstance(r.get("key"), str): err(f"{where}: key not a string")
    if r.get("section") is not None: has(text, r["section"] + ".", where + ".section")
    if r.get("title") is not None: has(text, r["title"], where + ".title")
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f), list): err(f"{where}: {f} not a list"); continue
        for v in r[f]: has(text, v, f"{where}.{f}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list): err(f"{where}: territory shape")
        else:
            has(text, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{where}: bad département code {d}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{where}: year not int")
        else: has(text, "- " + str(r["year"]), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{where}: bad mode")
    check_q(r.get("households"), text, where + ".households")
    check_q(r.get("housing_units"), text, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool): err(f"{where}: duration shape")
        for k in ("start", "end"):
            if d.get(k) is not None: has(text, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            v = c.get(k, "missing")
            if v == "missing": err(f"{where}: cost.{k} missing")
            elif v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{where}: cost.{k} not a decimal string")
                else: has(text, spaced(v) + " €", f"{where}.cost.{k}") if (spaced(v) + " €") in text[0] else num_in(text, int(v), f"{where}.cost.{k}")
    for i, fu in enumerate(r.get("funding") or []):
        if set(fu) != {"source", "eur", "share_percent"}: err(f"{where}: funding[{i}] keys")
        has(text, fu["source"], f"{where}.funding[{i}].source")
        if fu["eur"] is not None: num_in(text, int(fu["eur"]), f"{where}.funding[{i}].eur")
        if fu["share_percent"] is not None: has(text, fu["share_percent"] + " %", f"{where}.funding[{i}].share")
    for i, co in enumerate(r.get("contacts") or []):
        if not isinstance(co.get("name"), str): err(f"{where}: contact name"); continue
        has(text, co["name"], f"{where}.contacts[{i}].name")
        for k in ("email", "phone"):
            if co.get(k) is not None: has(text, co[k], f"{where}.contacts[{i}].{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
    if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if data.get("file") != name: err(f"{g}: file field {data.get('file')!r}")
        text = load_doc(name)
        seen = set()
        for r in data.get("records", []):
            where = f"{g}:{r.get('key')}"
            if r.get("key") in seen: err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project": check_project(r, text, where)
            elif r.get("kind") == "index_row":
                if sorted(r) != sorted(INDEX_KEYS): err(f"{where}: index_row keys")
                if r["key"] != "index " + r["section"]: err(f"{where}: index key")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                has(text, row, where + ".row")
            else: err(f"{where}: bad kind")
        keys[name] = seen
        if not data.get("records"): err(f"{g}: no records")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()): err(f"clusters: unknown record {rec}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
