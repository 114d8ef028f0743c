#!/usr/bin/env python3
"""Validate holdout268's gold files against the documents (standard library only).

Checks every gold/<document>.json: shape, required keys and types (format of
../gold/README.md), and that each value's text occurs in its document (decoded from
UTF-8 or Windows-1252, HTML tags stripped and entities decoded, case, accents,
apostrophes, dashes, œ/æ and no-break spaces folded). Also checks gold/clusters.json.
Prints OK when everything passes, else the list of problems (exit status 1).
"""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub("[\u2013\u2014\u2010\u2011-]", "-", s)
    return re.sub(r"\s+", " ", s)

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith((".html", ".htm")):
        text = re.sub(r"<script.*?</script>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"<[^>]+>", " ", text)  # stray fragments in text files
    return fold(html.unescape(text))

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def found(doc, value, where):
    if fold(value) not in doc:
        err(f"{where}: {value!r} not found in document")

def number_in(doc, n, where):
    if not re.search(r"(?<![\d])" + re.escape(str(n)) + r"(?![\d])", doc) and not re.search(r"(?<![\d ])" + re.escape(spaced(n)) + r"(?![\d])", doc):
        err(f"{where}: number {n} not found")

def amount_in(doc, eur, where):
    if not re.fullmatch(r"\d+(\.\d+)?", eur):
        err(f"{where}: amount {eur!r} is not a plain decimal string"); return
    if spaced(eur) not in doc and eur not in doc:
        err(f"{where}: amount {eur} ({spaced(eur)}) not found")

MODES = {"access", "maintenance", "access_and_maintenance"}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(doc, q, where):
    if q is None: return
    if not isinstance(q, dict): err(f"{where}: not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(f"{where}: {k} missing or not {t.__name__}")
    if q.get("per") not in ("total", "year"): err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if "unit" in q:
        if not isinstance(q["unit"], str): err(f"{where}: unit not a string")
        else: found(doc, q["unit"], where + ".unit")
    if not q.get("approximate"):
        for k in ("min", "max"):
            if isinstance(q.get(k), int): number_in(doc, q[k], f"{where}.{k}")
    for i, b in enumerate(q.get("breakdown", [])):
        found(doc, b["label"], f"{where}.breakdown[{i}]")
        number_in(doc, b["min"], f"{where}.breakdown[{i}]")

def check_project(doc, r, where):
    missing = PROJECT_KEYS - set(r)
    if missing: err(f"{where}: missing keys {sorted(missing)}")
    for k in ("title",):
        if r.get(k) is not None:
            if not isinstance(r[k], str): err(f"{where}.{k}: not a string")
            else: found(doc, r[k], f"{where}.title")
    for k in ("section", "section_as_written"):
        if r.get(k) is not None:
            if not isinstance(r[k], str): err(f"{where}.{k}: not a string")
            else: found(doc, r[k], f"{where}.{k}")
    for k in ("carriers", "partners"):
        v = r.get(k)
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v): err(f"{where}.{k}: not a list of strings"); continue
        for x in v: found(doc, x, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}.territory: bad shape")
        else:
            found(doc, t["value"], f"{where}.territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{where}.territory: bad code {d!r}")
                elif f"({d})" not in doc and not re.search(r"(?<!\d)" + d + r"(?!\d)", doc): err(f"{where}.territory: code {d} not found")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int): err(f"{where}.year: not an int")
        else: number_in(doc, y, f"{where}.year")
    if r.get("mode") is not None and r["mode"] not in MODES: err(f"{where}.mode: {r['mode']!r}")
    check_q(doc, r.get("households"), f"{where}.households")
    check_q(doc, r.get("housing_units"), f"{where}.housing_units")
    d = r.get("duration")
    if d is not None:
        if not isinstance(d, dict) or set(d) < {"months", "start", "end", "renewable"}: err(f"{where}.duration: bad shape")
        else:
            if d["months"] is not None and (not isinstance(d["months"], int) or d["months"] <= 0): err(f"{where}.duration.months")
            if not isinstance(d["renewable"], bool): err(f"{where}.duration.renewable")
            for k in ("start", "end"):
                if d[k] is not None:
                    if not re.fullmatch(r"\d{4}", d[k]): err(f"{where}.duration.{k}: {d[k]!r}")
                    else: number_in(doc, d[k], f"{where}.duration.{k}")
            if d["start"] and d["end"] and d["months"]:
                span = (int(d["end"]) - int(d["start"])) * 12
                if abs(span - d["months"]) > 12: err(f"{where}.duration: months {d['months']} vs {d['start']}-{d['end']}")
    c = r.get("cost")
    if c is not None:
        if not isinstance(c, dict) or set(c) < {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{where}.cost: bad shape")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if c[k] is not None: amount_in(doc, c[k], f"{where}.cost.{k}")
    f = r.get("funding")
    if not isinstance(f, list): err(f"{where}.funding: not a list")
    else:
        for i, x in enumerate(f):
            if not isinstance(x, dict) or set(x) < {"source", "eur", "share_percent"}: err(f"{where}.funding[{i}]: bad shape"); continue
            found(doc, x["source"], f"{where}.funding[{i}].source")
            if x["eur"] is not None: amount_in(doc, x["eur"], f"{where}.funding[{i}].eur")
            if x["share_percent"] is not None:
                if not re.search(r"(?<!\d)" + re.escape(x["share_percent"]) + r" ?%", doc): err(f"{where}.funding[{i}]: {x['share_percent']} % not found")
    cs = r.get("contacts")
    if not isinstance(cs, list): err(f"{where}.contacts: not a list")
    else:
        for i, x in enumerate(cs):
            if not isinstance(x, dict) or not isinstance(x.get("name"), str): err(f"{where}.contacts[{i}]: bad shape"); continue
            found(doc, x["name"], f"{where}.contacts[{i}].name")
            for k in ("email", "phone", "role", "organisation"):
                if x.get(k) is not None: found(doc, x[k], f"{where}.contacts[{i}].{k}")

def main():
    names = sorted(os.listdir(DOCS))
    golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
    if sorted(g[:-5] for g in golds) != names: err(f"gold files {golds} do not match documents {names}")
    keys = {}
    for g in golds:
        name = g[:-5]
        try:
            data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        except Exception as e:
            err(f"{g}: invalid JSON ({e})"); continue
        if not os.path.exists(os.path.join(DOCS, name)): continue
        if data.get("file") != name: err(f"{g}: file field {data.get('file')!r}")
        recs = data.get("records")
        if not isinstance(recs, list) or not recs: err(f"{g}: records must be a non-empty list"); continue
        raw = open(os.path.join(DOCS, name), "rb").read()
        doc = load(name)
        seen = set()
        for i, r in enumerate(recs):
            where = f"{g}[{i}] {r.get('key')!r}"
            if r.get("key") in seen: err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, r, where)
            elif r.get("kind") == "index_row":
                tabdoc = unicodedata.normalize("NFC", raw.decode("utf-8", "replace")).lower()
                row = "\t".join(str(r.get(k)) for k in ("section", "localisation", "organisme", "page"))
                if set(INDEX_KEYS) - set(r): err(f"{where}: missing keys")
                if r.get("key") != "index " + str(r.get("section")): err(f"{where}: key must be 'index ' + section")
                if row.lower() not in tabdoc: err(f"{where}: whole row not found")
            else:
                err(f"{where}: kind {r.get('kind')!r}")
        keys[name] = seen
        if not name.startswith("guide") and seen != {"document"} and not name.startswith("brochure"):
            err(f"{g}: a one-project document must have the single key 'document'")
    try:
        cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
        for j, c in enumerate(cl["clusters"]):
            if not isinstance(c.get("why"), str) or not c["why"]: err(f"clusters[{j}]: missing why")
            if len(c["records"]) < 2: err(f"clusters[{j}]: fewer than two records")
            for x in c["records"]:
                if x["key"] not in keys.get(x["file"], set()): err(f"clusters[{j}]: {x} is not a gold record")
    except Exception as e:
        err(f"clusters.json: {e!r}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
