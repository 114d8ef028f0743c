#!/usr/bin/env python3
"""Check holdout201 gold: format of ../gold/README.md, and every expected value found in its document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def load_text(path):
    raw = open(path, "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if path.endswith((".html", ".htm")):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return t

def fold(s):
    s = unicodedata.normalize("NFC", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("æ", "ae"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^\S\t\n]+", " ", s)

def found(text, value):
    return fold(value) in text

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def has_number(text, n):
    return re.search(r"(?<![\d,])" + re.escape(spaced(n)) + r"(?![\d])", text) is not None

SIZE_WORDS = {10: "dizaine", 12: "douzaine", 15: "quinzaine", 20: "vingtaine", 30: "trentaine", 40: "quarantaine",
              50: "cinquantaine", 100: "centaine"}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(where, q, text):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        return err(f"{where}: bad quantity {q}")
    if set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"}:
        err(f"{where}: unknown quantity keys")
    if q["per"] not in ("total", "year") or not isinstance(q["approximate"], bool):
        err(f"{where}: bad per/approximate")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        return err(f"{where}: bad min/max")
    if q["min"] == q["max"]:
        if not has_number(text, q["min"]):
            err(f"{where}: {q['min']} not found")
    else:
        mid = round((q["min"] + q["max"]) / 2)
        w = SIZE_WORDS.get(mid)
        if not (q["approximate"] and w and w in text and q["min"] == round(mid * 0.8) and q["max"] == round(mid * 1.2)):
            if not (has_number(text, q["min"]) and has_number(text, q["max"])):
                err(f"{where}: range {q['min']}-{q['max']} not found")
    if q["per"] == "year" and not re.search(r"par an|chaque annee|/an", text):
        err(f"{where}: per year but no yearly wording in document")
    if "unit" in q and not re.search(r"\b" + re.escape(fold(q["unit"])) + r"\b", text):
        err(f"{where}: unit {q['unit']} not found")

def check_project(where, r, text):
    if set(r) - PROJECT_KEYS:
        err(f"{where}: unknown keys {set(r) - PROJECT_KEYS}")
    for k in ("title", "section"):
        if r.get(k) is not None and not found(text, r[k]):
            err(f"{where}: {k} {r[k]!r} not found")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k, []), list):
            err(f"{where}: {k} not a list")
        for v in r.get(k, []):
            if not found(text, v):
                err(f"{where}: {k} {v!r} not found")
    t = r.get("territory")
    if t is not None:
        if not found(text, t["value"]):
            err(f"{where}: territory {t['value']!r} not found")
        for d in t["departments"]:
            if f"({d})" not in text:
                err(f"{where}: department ({d}) not found")
    if r.get("year") is not None and not re.search(r"\b%d\b" % r["year"], text):
        err(f"{where}: year not found")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode")
    words = {"access": "acces", "maintenance": "maintien"}
    for m in ("access", "maintenance"):
        if r.get("mode") and m in r["mode"] and words[m] not in text:
            err(f"{where}: mode word {words[m]} not found")
    check_q(where + " households", r.get("households"), text)
    check_q(where + " housing_units", r.get("housing_units"), text)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(f"{where}: bad duration keys")
        m = d["months"]
        ok = (re.search(r"\b%d mois\b" % m, text) or (m % 12 == 0 and re.search(r"\b%d ans\b" % (m // 12), text))
              or (d["start"] and d["end"] and (int(d["end"]) - int(d["start"])) * 12 == m))
        if not ok:
            err(f"{where}: duration {m} months not found")
        for k in ("start", "end"):
            if d[k] and d[k] not in text:
                err(f"{where}: duration {k} {d[k]} not found")
        if d["renewable"] and "renouvelable" not in text:
            err(f"{where}: renewable not found")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: bad cost keys")
        for k, v in c.items():
            if v is not None and not (re.fullmatch(r"\d+(\.\d+)?", v) and has_number(text, int(v))):
                err(f"{where}: cost {k} {v} not found")
    for f in r.get("funding", []):
        if set(f) != {"source", "eur", "share_percent"} or not found(text, f["source"]):
            err(f"{where}: funding {f} bad or source not found")
        if f["eur"] and not has_number(text, int(f["eur"])):
            err(f"{where}: funding eur {f['eur']} not found")
        if f["share_percent"] and not re.search(re.escape(f["share_percent"].replace(".", ",")) + r" ?%", text):
            err(f"{where}: funding share {f['share_percent']} not found")
    for ct in r.get("contacts", []):
        if not {"name", "email", "phone"} <= set(ct):
            err(f"{where}: bad contact keys")
        for k in ("name", "email", "phone"):
            if ct.get(k) and not found(text, ct[k]):
                err(f"{where}: contact {k} {ct[k]!r} not found")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        if set(data) != {"file", "records"} or data["file"] != g[:-5]:
            err(f"{g}: bad top level")
            continue
        text = fold(load_text(os.path.join(DOCS, data["file"])))
        seen = set()
        for r in data["records"]:
            where = f"{g}[{r.get('key')}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(where, r, text)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS or r["key"] != "index " + r["section"]:
                    err(f"{where}: bad index row")
                line = next((l for l in text.split("\n") if l.startswith(fold(r["section"]) + "\t")), None)
                if line is None or [fold(r[k]) for k in ("localisation", "organisme", "page")] != line.split("\t")[1:]:
                    err(f"{where}: index row not found as a whole line")
            else:
                err(f"{where}: bad kind")
        keys[data["file"]] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not c.get("why") or len(c.get("records", [])) < 2:
            err("clusters.json: cluster without why or with fewer than 2 records")
        for rec in c["records"]:
            if rec["key"] not in keys.get(rec["file"], ()):
                err(f"clusters.json: {rec} not a gold record")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
