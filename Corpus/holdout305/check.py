#!/usr/bin/env python3
"""Validate holdout305 gold files (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}
problems = []

def bad(where, msg):
    problems.append(f"{where}: {msg}")

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("œ", "oe"), ("Œ", "OE")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s).lower()

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            bad(name, "cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def found(doc, value, where, what):
    if fold(value) not in doc:
        bad(where, f"{what} {value!r} not found in document")

def spaced(eur):
    n = int(eur)
    return f"{n:,}".replace(",", " ")

def quantity(q, where, doc, units=True):
    if q is None:
        return
    if not isinstance(q, dict):
        return bad(where, "quantity not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            bad(where, f"quantity {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        bad(where, "per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        bad(where, "min > max")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", doc):
            bad(where, f"count {q['min']} not found")
    if "unit" in q:
        found(doc, q["unit"], where, "unit")

def check_project(r, where, doc):
    missing = PROJECT_KEYS - set(r)
    if missing:
        bad(where, f"missing keys {sorted(missing)}")
    if r.get("section") is not None:
        found(doc, r["section"], where, "section")
    if r.get("title") is not None:
        found(doc, r["title"], where, "title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list):
            bad(where, f"{k} not a list")
            continue
        for v in r[k]:
            found(doc, v, where, k[:-1])
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            bad(where, "territory shape")
        else:
            found(doc, t["value"], where, "territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    bad(where, f"bad department {d}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int):
            bad(where, "year not int")
        else:
            found(doc, str(y), where, "year")
    if r.get("mode") is not None and r["mode"] not in MODES:
        bad(where, "bad mode")
    quantity(r.get("households"), where + " households", doc)
    quantity(r.get("housing_units"), where + " housing_units", doc)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            bad(where, "duration keys")
        if d.get("months") is not None and not isinstance(d["months"], int):
            bad(where, "months not int")
        for k in ("start", "end"):
            if d.get(k) is not None:
                found(doc, d[k], where, "duration " + k)
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            bad(where, "cost keys")
        for k, v in c.items():
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    bad(where, f"cost {k} not a decimal string")
                else:
                    found(doc, spaced(v), where, "cost " + k)
    for f in r.get("funding") or []:
        if set(f) != {"source", "eur", "share_percent"}:
            bad(where, "funding keys")
        found(doc, f["source"], where, "funder")
        if f.get("eur") is not None:
            found(doc, spaced(f["eur"]), where, "funding amount")
        if f.get("share_percent") is not None:
            if not re.search(re.escape(f["share_percent"]) + r"\s?%", doc):
                bad(where, f"share {f['share_percent']} % not found")
    if not isinstance(r.get("contacts"), list):
        bad(where, "contacts not a list")
    for p in r.get("contacts") or []:
        if not isinstance(p.get("name"), str):
            bad(where, "contact name")
            continue
        found(doc, p["name"], where, "contact name")
        for k in ("email", "phone"):
            if p.get(k) is not None:
                found(doc, p[k], where, "contact " + k)

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        bad("gold", f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        name = g[:-5]
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        if data.get("file") != name:
            bad(g, "file field mismatch")
        if not os.path.exists(os.path.join(DOCS, name)):
            continue
        doc = load(name)
        seen = set()
        for r in data.get("records", []):
            where = f"{g} [{r.get('key')}]"
            if r.get("key") in seen:
                bad(where, "duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, where, doc)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    bad(where, "index row keys")
                if r.get("key") != "index " + str(r.get("section")):
                    bad(where, "index key")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                found(doc, row, where, "index row")
            else:
                bad(where, "bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            bad("clusters.json", "cluster shape")
        for m in c.get("records", []):
            if m.get("key") not in keys.get(m.get("file"), set()):
                bad("clusters.json", f"unknown record {m}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")

main()
