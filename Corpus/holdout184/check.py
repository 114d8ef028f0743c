#!/usr/bin/env python3
"""Check holdout184 gold files: format (../gold/README.md) and that every expected
value can be found in its document (case, accents, apostrophes, dashes, NBSP, œ,
HTML tags and entities folded; digit groups joined for amounts and phones)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith((".html", ".htm")):
        text = re.sub(r"<script.*?</script>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return text

def fold(s):
    s = unicodedata.normalize("NFC", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"),
                 ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("–", "-"), ("—", "-"), ("\t", " ")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower()).strip()

def digits_joined(s):
    return re.sub(r"(?<=\d)[ \u00a0\u202f.](?=\d)", "", s)

def has(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in fold(doc):
        err(f"{where}: {value!r} not found")

def has_number(doc, n, where):
    d = digits_joined(fold(doc))
    if not re.search(r"(?<!\d)" + re.escape(str(n)) + r"(?!\d)", d):
        err(f"{where}: number {n} not found")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, doc, where):
    if q is None:
        return
    if not isinstance(q, dict) or set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"}:
        err(f"{where}: bad quantity {q!r}"); return
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: quantity lacks {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: min/max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per {q.get('per')!r}")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: approximate not bool")
    if not q.get("approximate") or q["min"] == q["max"]:
        has_number(doc, q["min"], where)
    if "unit" in q:
        has(doc, q["unit"], where + ".unit")

def check_project(r, doc, where):
    extra = set(r) - PROJECT_KEYS
    if extra:
        err(f"{where}: unknown keys {sorted(extra)}")
    for k in ("title",):
        has(doc, r.get(k), where + "." + k)
    if r.get("section"):
        has(doc, r["section"], where + ".section")
    for k in ("carriers", "partners"):
        v = r.get(k, [])
        if not isinstance(v, list):
            err(f"{where}.{k}: not a list")
        for x in v:
            has(doc, x, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(f"{where}.territory: format")
        has(doc, t["value"], where + ".territory")
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            err(f"{where}.year: not int")
        has_number(doc, r["year"], where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}.mode: {r.get('mode')!r}")
    check_q(r.get("households"), doc, where + ".households")
    check_q(r.get("housing_units"), doc, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(f"{where}.duration: keys")
        if d["months"] is not None and not isinstance(d["months"], int):
            err(f"{where}.duration: months")
        for k in ("start", "end"):
            if d[k] is not None:
                if not re.fullmatch(r"\d{4}", d[k]):
                    err(f"{where}.duration.{k}: format")
                has_number(doc, d[k], f"{where}.duration.{k}")
        if not isinstance(d["renewable"], bool):
            err(f"{where}.duration.renewable")
    c = r.get("cost")
    if c is not None:
        if set(c) - {"total_eur", "per_year_eur", "per_household_eur", "components"}:
            err(f"{where}.cost: keys")
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            v = c.get(k)
            if v is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", v):
                    err(f"{where}.cost.{k}: not a decimal string")
                has_number(doc, v, f"{where}.cost.{k}")
    for f in r.get("funding", []) or []:
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{where}.funding: keys")
        has(doc, f["source"], where + ".funding.source")
        if f["eur"] is not None:
            has_number(doc, f["eur"], where + ".funding.eur")
        if f["share_percent"] is not None:
            has(doc, f["share_percent"] + " %", where + ".funding.share")
    for ct in r.get("contacts", []) or []:
        if "name" not in ct:
            err(f"{where}.contacts: no name")
        has(doc, ct.get("name"), where + ".contacts.name")
        for k in ("email", "role", "organisation"):
            has(doc, ct.get(k), f"{where}.contacts.{k}")
        if ct.get("phone"):
            if digits_joined(fold(ct["phone"])) not in digits_joined(fold(doc)):
                err(f"{where}.contacts.phone {ct['phone']!r} not found")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if sorted(g[:-5] for g in golds) != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if data.get("file") != name or set(data) != {"file", "records"}:
            err(f"{g}: file/records")
            continue
        doc = read_doc(name)
        seen = set()
        for i, r in enumerate(data["records"]):
            where = f"{name}[{r.get('key', i)}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS or r["key"] != "index " + r["section"]:
                    err(f"{where}: index_row keys")
                for k in ("section", "localisation", "organisme", "page"):
                    has(doc, r[k], f"{where}.{k}")
            else:
                err(f"{where}: kind {r.get('kind')!r}")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if len(c.get("records", [])) < 2 or not c.get("why"):
            err("clusters.json: a cluster needs two records and a why")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
