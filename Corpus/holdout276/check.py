#!/usr/bin/env python3
"""Validate holdout276 gold files: shape, keys, types, and that each value's text occurs in its document.
Standard library only. Prints OK when every check passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("æ", "ae"), ("–", "-"), ("—", "-"), ("\u200b", "")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[ \t]+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(f"{name}: expected Windows-1252, is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    s = str(int(n)); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def need(doc, text, where):
    if text is None: return
    if fold(str(text)) not in doc: err(f"{where}: {text!r} not found in document")

def check_q(doc, q, where, mode_total_text=True):
    if q is None: return
    if not isinstance(q, dict): err(f"{where}: not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}.{k}: missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{where}.per: {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if "unit" in q: need(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)(?<!\d )" + re.escape(str(q["min"])) + r"(?!\d)(?! \d{3})", doc): err(f"{where}: {q['min']} not in document")
    for b in q.get("breakdown", []):
        need(doc, b.get("label"), where + ".breakdown")
        if not re.search(r"(?<!\d)" + str(b.get("min")) + r"(?!\d)", doc): err(f"{where}.breakdown: {b.get('min')} not found")

def check_eur(doc, v, where):
    if v is None: return
    if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{where}: bad decimal {v!r}"); return
    if spaced(v) not in doc and v not in doc: err(f"{where}: {spaced(v)} not in document")

def check_project(doc, r, w):
    missing = PROJECT_KEYS - set(r)
    if missing: err(f"{w}: missing keys {sorted(missing)}")
    need(doc, r.get("title"), w + ".title")
    if r.get("section"): need(doc, r["section"], w + ".section")
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f), list): err(f"{w}.{f}: not a list"); continue
        for v in r[f]: need(doc, v, f"{w}.{f}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list): err(f"{w}.territory: shape")
        need(doc, t.get("value"), w + ".territory")
        for d in t.get("departments", []):
            if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{w}.territory: bad code {d}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{w}.year: type")
        need(doc, r["year"], w + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}.mode: {r.get('mode')!r}")
    check_q(doc, r.get("households"), w + ".households")
    check_q(doc, r.get("housing_units"), w + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool): err(f"{w}.duration: shape")
        for k in ("start", "end"):
            if d.get(k) is not None: need(doc, d[k], f"{w}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c: err(f"{w}.cost: missing {k}")
            check_eur(doc, c.get(k), f"{w}.cost.{k}")
    if not isinstance(r.get("funding"), list): err(f"{w}.funding: not a list")
    for f in r.get("funding") or []:
        if set(f) != {"source", "eur", "share_percent"}: err(f"{w}.funding: keys {sorted(f)}")
        need(doc, f.get("source"), w + ".funding.source")
        check_eur(doc, f.get("eur"), w + ".funding.eur")
        if f.get("share_percent") is not None:
            if not re.search(re.escape(f["share_percent"]) + r" ?%", doc): err(f"{w}.funding: {f['share_percent']} % not found")
    if not isinstance(r.get("contacts"), list): err(f"{w}.contacts: not a list")
    for k in r.get("contacts") or []:
        if not isinstance(k.get("name"), str): err(f"{w}.contacts: name")
        for f in ("name", "email", "phone"): need(doc, k.get(f), f"{w}.contacts.{f}")

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7: err(f"expected 7 documents, found {len(docs)}")
    keys_by_file = {}
    for name in docs:
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp): err(f"{name}: no gold file"); continue
        g = json.load(open(gp, encoding="utf-8"))
        if g.get("file") != name: err(f"{gp}: file field {g.get('file')!r}")
        doc = load_doc(name)
        seen = set()
        for i, r in enumerate(g.get("records", [])):
            w = f"{name}[{i}]"
            if r.get("key") in seen: err(f"{w}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, r, w)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(f"{w}: index keys {sorted(r)}")
                if r.get("key") != "index " + str(r.get("section")): err(f"{w}: index key")
                for f in ("section", "localisation", "organisme", "page"): need(doc, r.get(f), f"{w}.{f}")
            else:
                err(f"{w}: kind {r.get('kind')!r}")
        if not g.get("records"): err(f"{name}: no records")
        keys_by_file[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
        for rec in c.get("records", []):
            if rec.get("key") not in keys_by_file.get(rec.get("file"), set()): err(f"clusters: unknown record {rec}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
