#!/usr/bin/env python3
"""Check holdout150 gold: keys and types per ../gold/README.md, and that every gold value
(titles, carriers, partners, territory, e-mails, contact names and phones, amounts in some
written form, index cells) occurs in its document after decoding (UTF-8 or cp1252, HTML
entities and tags, no-break spaces). Python 3 standard library only."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def err(msg): errors.append(msg)

def decode(path):
    b = open(path, "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if path.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = t.replace("\u00a0", " ").replace("\u202f", " ")
    t = unicodedata.normalize("NFC", t)
    return re.sub(r"[ \t]+", " ", t)

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s.replace("\u00a0", " "))).strip()

def occurs(text, value, what, f):
    if norm(value) not in text:
        err(f"{f}: {what} {value!r} not found in document")

def amount_forms(v):
    n = int(v)
    forms = {v, f"{n:,}".replace(",", " "), f"{n:,}".replace(",", ".")}
    if n % 100 == 0:
        k = n / 1000
        s = (f"{k:.1f}" if n % 1000 else f"{int(k)}").replace(".", ",")
        forms |= {s + " k€", s + "k€", s + " K€"}
    return forms

def check_q(q, where, f, unit_ok=True):
    if q is None: return
    if not isinstance(q, dict): err(f"{f} {where}: not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{f} {where}: {k} missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{f} {where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{f} {where}: min > max")
    extra = set(q) - {"min", "max", "per", "approximate", "unit"}
    if extra: err(f"{f} {where}: unexpected keys {extra}")

def check_project(r, text, f):
    miss = PROJECT_KEYS - set(r)
    extra = set(r) - PROJECT_KEYS
    if extra: err(f"{f} {r.get('key')}: unexpected keys {extra}")
    if miss: err(f"{f} {r.get('key')}: missing keys {miss}")
    k = r.get("key")
    if r.get("title") is not None: occurs(text, r["title"], "title", f)
    for fld in ("carriers", "partners"):
        if not isinstance(r.get(fld), list): err(f"{f} {k}: {fld} must be a list")
        for v in r.get(fld) or []: occurs(text, v, fld[:-1], f)
    t = r.get("territory")
    if t is not None:
        if not (isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{f} {k}: territory shape")
        else:
            occurs(text, t["value"], "territory", f)
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{f} {k}: department {d!r}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{f} {k}: year must be int")
        else: occurs(text, str(r["year"]), "year", f)
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{f} {k}: mode {r.get('mode')!r}")
    check_q(r.get("households"), f"{k} households", f)
    check_q(r.get("housing_units"), f"{k} housing_units", f)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f"{f} {k}: duration keys")
        if d.get("months") is not None and not isinstance(d["months"], int): err(f"{f} {k}: months")
        if not isinstance(d.get("renewable"), bool): err(f"{f} {k}: renewable")
        for y in ("start", "end"):
            if d.get(y) is not None:
                if not re.fullmatch(r"\d{4}", d[y]): err(f"{f} {k}: duration {y}")
                else: occurs(text, d[y], "duration " + y, f)
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{f} {k}: cost keys")
        for ck, v in c.items():
            if v is None: continue
            if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                err(f"{f} {k}: cost {ck} must be a decimal string"); continue
            if not any(form in text for form in amount_forms(v)):
                err(f"{f} {k}: cost {ck} {v} not found in any written form")
    for fu in r.get("funding") or []:
        if set(fu) != {"source", "eur", "share_percent"}: err(f"{f} {k}: funding keys")
        occurs(text, fu["source"], "funding source", f)
        if fu.get("eur") is not None and not any(x in text for x in amount_forms(fu["eur"])):
            err(f"{f} {k}: funding eur {fu['eur']} not found")
        if fu.get("share_percent") is not None and not re.search(
                r"(?<!\d)" + re.escape(fu["share_percent"]) + r" ?%", text):
            err(f"{f} {k}: share {fu['share_percent']} % not found")
    for ct in r.get("contacts") or []:
        if not isinstance(ct.get("name"), str): err(f"{f} {k}: contact name")
        else: occurs(text, ct["name"], "contact name", f)
        if ct.get("email"): occurs(text, ct["email"], "email", f)
        if ct.get("phone"): occurs(text, ct["phone"], "phone", f)

def main():
    names = sorted(os.listdir(DOCS))
    for name in names:
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp): err(f"no gold for {name}"); continue
        g = json.load(open(gp, encoding="utf-8"))
        if g.get("file") != name: err(f"{gp}: file field {g.get('file')!r}")
        text = decode(os.path.join(DOCS, name))
        keys = set()
        for r in g.get("records", []):
            if r.get("key") in keys: err(f"{name}: duplicate key {r.get('key')}")
            keys.add(r.get("key"))
            if r.get("kind") == "project": check_project(r, text, name)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(f"{name}: index_row keys {set(r)}")
                if r["key"] != "index " + r["section"]: err(f"{name}: index key {r['key']}")
                line = "\n".join(l for l in text.splitlines() if l.startswith(r["section"] + " "))
                for v in (r["localisation"], r["organisme"], r["page"]):
                    if v not in line: err(f"{name}: index {r['section']} cell {v!r} not on its row")
            else: err(f"{name}: kind {r.get('kind')!r}")
    for gname in os.listdir(GOLD):
        if gname != "clusters.json" and gname[:-5] not in names: err(f"gold without document: {gname}")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        for rec in c["records"]:
            gp = os.path.join(GOLD, rec["file"] + ".json")
            if not os.path.exists(gp) or rec["key"] not in {
                    r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]}:
                err(f"clusters.json: unknown record {rec}")
    for e in errors: print("FAIL", e)
    n = sum(len(json.load(open(os.path.join(GOLD, x + ".json")))["records"]) for x in names)
    print(f"{len(names)} documents, {n} gold records, {len(errors)} problem(s)")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
