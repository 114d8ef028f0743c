#!/usr/bin/env python3
"""Checks holdout180's gold against its documents (python3, standard library only).

- every gold file loads, has "file" and "records", and each record has the keys and types
  of ../gold/README.md;
- each index row occurs as a tab-separated row of the guide;
- gold values (titles, carriers, partners, territories, exact counts, units, amounts,
  start/end years, brochure years, funders and shares, contact names, e-mails, phones)
  occur in their document: folded (case, accents, apostrophes, dashes, oe, NBSP),
  Windows-1252 decoded when not UTF-8, HTML stripped and entities unescaped.
Prints OK when nothing is missing.
"""
import glob, html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if path.endswith((".html", ".htm")):
        text = re.sub(r"<script.*?</script>|<style.*?</style>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return text

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def has(doc, value, what, fname):
    if fold(value) not in doc:
        err(f"{fname}: {what} {value!r} not found")

def has_amount(doc, eur, what, fname):
    n = int(eur)
    forms = [spaced(n), str(n)]
    if n % 1000 == 0:
        forms.append(f"{n // 1000} k€")
    elif n % 100 == 0:
        forms.append(f"{n // 1000},{(n % 1000) // 100} k€")
    if not any(fold(f) in doc for f in forms):
        err(f"{fname}: {what} {eur} not found in any form {forms}")

def has_number(doc, n, what, fname):
    if not re.search(r"(?<![\d,])" + re.escape(spaced(n)) + r"(?![\d,])", doc):
        err(f"{fname}: {what} {n} not found")

PROJECT_KEYS = {"kind": str, "key": str, "section": (str, type(None)), "section_as_written": (str, type(None)),
                "title": (str, type(None)), "carriers": list, "partners": list, "territory": (dict, type(None)),
                "year": (int, type(None)), "mode": (str, type(None)), "households": (dict, type(None)),
                "housing_units": (dict, type(None)), "duration": (dict, type(None)), "cost": (dict, type(None)),
                "funding": list, "contacts": list}
INDEX_KEYS = {"kind": str, "key": str, "section": str, "localisation": str, "organisme": str, "page": str}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def check_q(q, fname, key, field, doc):
    if q is None:
        return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(f"{fname} {key}: {field}.{k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{fname} {key}: {field}.per must be total or year")
    if q.get("min", 0) > q.get("max", 0):
        err(f"{fname} {key}: {field} min > max")
    bd = q.get("breakdown", [])
    if bd:
        if q.get("min") != sum(b["min"] for b in bd) or q.get("max") != sum(b["max"] for b in bd):
            err(f"{fname} {key}: {field} min/max are not the sums of its breakdown")
    elif not q.get("approximate"):
        has_number(doc, q["min"], f"{key} {field}.min", fname)
        has_number(doc, q["max"], f"{key} {field}.max", fname)
    if "unit" in q:
        has(doc, q["unit"], f"{key} {field}.unit", fname)
    for b in q.get("breakdown", []):
        has(doc, b["label"], f"{key} {field} breakdown label", fname)
        has_number(doc, b["min"], f"{key} {field} breakdown", fname)
        has_number(doc, b["max"], f"{key} {field} breakdown", fname)

def check_project(r, fname, doc):
    key = r.get("key")
    for k, t in PROJECT_KEYS.items():
        if k not in r:
            err(f"{fname} {key}: missing key {k}")
        elif not isinstance(r[k], t):
            err(f"{fname} {key}: {k} has type {type(r[k]).__name__}")
    if r.get("mode") not in MODES:
        err(f"{fname} {key}: bad mode {r.get('mode')}")
    if r.get("title"):
        has(doc, r["title"], f"{key} title", fname)
    for k in ("carriers", "partners"):
        for v in r.get(k, []):
            if not isinstance(v, str):
                err(f"{fname} {key}: {k} item not a string")
            else:
                has(doc, v, f"{key} {k[:-1]}", fname)
    t = r.get("territory")
    if t:
        has(doc, t["value"], f"{key} territory", fname)
        if not (isinstance(t.get("departments"), list) and all(isinstance(d, str) for d in t["departments"])):
            err(f"{fname} {key}: territory.departments must be a list of strings")
    if r.get("year") is not None:
        has(doc, str(r["year"]), f"{key} year", fname)
    check_q(r.get("households"), fname, key, "households", doc)
    check_q(r.get("housing_units"), fname, key, "housing_units", doc)
    d = r.get("duration")
    if d:
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool):
            err(f"{fname} {key}: duration months/renewable types")
        for k in ("start", "end"):
            if d.get(k) is not None:
                if not isinstance(d[k], str):
                    err(f"{fname} {key}: duration.{k} must be a string")
                else:
                    has(doc, d[k], f"{key} duration.{k}", fname)
    c = r.get("cost")
    if c:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            v = c.get(k, "missing")
            if v == "missing":
                err(f"{fname} {key}: cost.{k} missing")
            elif v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f"{fname} {key}: cost.{k} must be a decimal string")
                else:
                    has_amount(doc, v, f"{key} cost.{k}", fname)
    for f in r.get("funding", []):
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{fname} {key}: funding keys {sorted(f)}")
        has(doc, f["source"], f"{key} funding source", fname)
        if f.get("eur") is not None:
            has_amount(doc, f["eur"], f"{key} funding eur", fname)
        if f.get("share_percent") is not None:
            if not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
                err(f"{fname} {key}: share {f['share_percent']} % not found")
    for p in r.get("contacts", []):
        if set(p) != {"name", "email", "phone"}:
            err(f"{fname} {key}: contact keys {sorted(p)}")
        has(doc, p["name"], f"{key} contact name", fname)
        if p.get("email"):
            has(doc, p["email"], f"{key} contact e-mail", fname)
        if p.get("phone"):
            has(doc, p["phone"], f"{key} contact phone", fname)

def main():
    files = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    docs = set(os.listdir(DOCS))
    seen = set()
    for gf in files:
        name = os.path.basename(gf)
        data = json.load(open(gf, encoding="utf-8"))
        if name == "clusters.json":
            for cl in data.get("clusters", []):
                if not isinstance(cl.get("why"), str) or len(cl.get("records", [])) < 2:
                    err("clusters.json: a cluster needs records (2+) and why")
                for ref in cl.get("records", []):
                    g = os.path.join(GOLD, ref["file"] + ".json")
                    if not os.path.exists(g):
                        err(f"clusters.json: no gold for {ref['file']}")
                    elif ref["key"] not in {r["key"] for r in json.load(open(g, encoding="utf-8"))["records"]}:
                        err(f"clusters.json: key {ref['key']} not in {ref['file']}")
            continue
        fname = data.get("file")
        if name != fname + ".json" or fname not in docs:
            err(f"{name}: file field {fname!r} does not match a document")
            continue
        seen.add(fname)
        raw = load(os.path.join(DOCS, fname))
        doc = fold(raw)
        keys = [r.get("key") for r in data.get("records", [])]
        if len(keys) != len(set(keys)):
            err(f"{fname}: duplicate keys")
        rows = {tuple(fold(c).strip() for c in line.split("\t")) for line in raw.splitlines()}
        for r in data["records"]:
            if r.get("kind") == "project":
                check_project(r, fname, doc)
            elif r.get("kind") == "index_row":
                for k, t in INDEX_KEYS.items():
                    if not isinstance(r.get(k), t):
                        err(f"{fname} {r.get('key')}: index key {k}")
                if r["key"] != "index " + r["section"]:
                    err(f"{fname} {r['key']}: index key must be 'index ' + section")
                row = tuple(fold(r[k]).strip() for k in ("section", "localisation", "organisme", "page"))
                if row not in rows:
                    err(f"{fname} {r['key']}: index row not found in the guide")
                if r["section"] not in keys:
                    err(f"{fname} {r['key']}: no monograph record for this row")
            else:
                err(f"{fname}: bad kind {r.get('kind')}")
    for d in sorted(docs - seen):
        err(f"no gold file for {d}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
