#!/usr/bin/env python3
"""Check the gold of holdout199: format (../gold/README.md) and that every expected value
can be found in its document, after the normalisations the format allows (encoding,
HTML tags and entities, NFC, no-break spaces, typographic apostrophes, oe ligature, case,
accents, spaced thousands). Standard library only. Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
problems = []

def bad(where, msg):
    problems.append(f"{where}: {msg}")

def load_text(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if path.endswith((".html", ".htm")):
        text = re.sub(r"<script\b.*?</script>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return text

def fold(s):
    s = unicodedata.normalize("NFC", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("æ", "ae"), ("Æ", "AE"), ("–", "-"), ("—", "-"), ("«", " "), ("»", " ")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower()).strip()

def found(doc, value):
    return fold(str(value)) in doc

def amount_found(doc, eur):
    n = int(eur)
    spaced = f"{n:,}".replace(",", " ")
    return fold(spaced) in doc or str(n) in doc

QTY_KEYS = {"min", "max", "per", "approximate"}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODE_WORDS = {"access": ["acces"], "maintenance": ["maintien"], "access_and_maintenance": ["acces et maintien"]}
SIZE_WORDS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
              "quarantaine": 40, "cinquantaine": 50, "centaine": 100}

def check_qty(where, q, doc):
    if q is None:
        return
    if not isinstance(q, dict) or not QTY_KEYS <= set(q) or set(q) - QTY_KEYS - {"unit", "breakdown"}:
        return bad(where, f"bad quantity keys {q}")
    if q["per"] not in ("total", "year") or not isinstance(q["approximate"], bool):
        return bad(where, "bad per/approximate")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        return bad(where, "bad min/max")
    if "unit" in q and not found(doc, q["unit"]):
        bad(where, f"unit {q['unit']!r} not in document")
    if q["min"] == q["max"]:
        n = q["min"]
        ok = re.search(r"(?<![\d,])" + str(n) + r"(?![\d]|,\d| \d{3}\b)", doc)
        # a count given as a sum of dwelling sizes, e.g. "8 T2 et 4 T3"
        for m in re.finditer(r"(\d+) t\d(?: et (\d+) t\d)+", doc):
            if sum(int(x) for x in re.findall(r"(\d+) t\d", m.group(0))) == n:
                ok = True
        if not ok:
            bad(where, f"count {n} not in document")
    else:
        ok = any(w in doc and round(n * 0.8) == q["min"] and round(n * 1.2) == q["max"]
                 for w, n in SIZE_WORDS.items())
        ok = ok or (str(q["min"]) in doc and str(q["max"]) in doc)
        if not ok:
            bad(where, f"range {q['min']}-{q['max']} not justified by the document")
    if q["per"] == "year" and not re.search(r"par an|chaque annee|/an|annuel", doc):
        bad(where, "per year but no yearly wording in document")

def check_project(where, r, doc):
    if set(r) - PROJECT_KEYS:
        bad(where, f"unknown keys {set(r) - PROJECT_KEYS}")
    for k in ("title",):
        if r.get(k) is not None and not found(doc, r[k]):
            bad(where, f"title {r[k]!r} not found")
    if r.get("section") is not None and not found(doc, r["section"] + "."):
        bad(where, f"section {r['section']} not found")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k, []), list):
            bad(where, f"{k} not a list")
        for v in r.get(k, []):
            if not found(doc, v):
                bad(where, f"{k} {v!r} not found")
    t = r.get("territory")
    if t is not None:
        if set(t) != {"value", "departments"}:
            bad(where, "territory keys")
        if not found(doc, t["value"]):
            bad(where, f"territory {t['value']!r} not found")
        for d in t["departments"]:
            if not re.fullmatch(r"\d{2,3}|2[AB]", d) or "(" + d + ")" not in doc:
                bad(where, f"department {d} not written as ({d})")
    if r.get("year") is not None and not re.search(r"- " + str(r["year"]) + r"\b", doc):
        bad(where, f"year {r['year']} not a bullet line")
    m = r.get("mode")
    if m is not None:
        if m not in MODE_WORDS:
            bad(where, f"bad mode {m}")
        elif not any(w in doc for w in MODE_WORDS[m]):
            bad(where, f"mode {m} not worded in document")
    check_qty(where + " households", r.get("households"), doc)
    check_qty(where + " housing_units", r.get("housing_units"), doc)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            bad(where, "duration keys")
        else:
            mo = d["months"]
            ok = (re.search(rf"\b{mo} mois", doc) or (mo % 12 == 0 and re.search(rf"\b{mo // 12} ans", doc))
                  or (mo % 12 == 0 and {12: "un an", 24: "deux ans", 36: "trois ans"}.get(mo, "#") in doc)
                  or (d["start"] and d["end"] and (int(d["end"]) - int(d["start"])) * 12 == mo))
            if not ok:
                bad(where, f"duration {mo} months not justified")
            for k in ("start", "end"):
                if d[k] is not None and d[k] not in doc:
                    bad(where, f"duration {k} {d[k]} not found")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            bad(where, "cost keys")
        for k, v in c.items():
            if v is not None and (not re.fullmatch(r"\d+(\.\d+)?", v) or not amount_found(doc, v)):
                bad(where, f"cost {k} {v} not found")
    for f in r.get("funding", []):
        if set(f) != {"source", "eur", "share_percent"}:
            bad(where, "funding keys")
            continue
        if not found(doc, f["source"]):
            bad(where, f"funder {f['source']!r} not found")
        if f["eur"] is not None and not amount_found(doc, f["eur"]):
            bad(where, f"funding amount {f['eur']} not found")
        if f["share_percent"] is not None and not re.search(rf"\b{f['share_percent']} ?%", doc):
            bad(where, f"share {f['share_percent']} % not found")
    for ct in r.get("contacts", []):
        if not {"name", "email", "phone"} <= set(ct):
            bad(where, "contact keys")
            continue
        for k in ("name", "email", "phone"):
            if ct[k] is not None and not found(doc, ct[k]):
                bad(where, f"contact {k} {ct[k]!r} not found")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        bad("gold", f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        name = g[:-5]
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        if set(data) != {"file", "records"} or data["file"] != name:
            bad(g, "top-level keys or file name")
        doc = fold(load_text(os.path.join(DOCS, name)))
        seen = set()
        for r in data["records"]:
            where = f"{name} [{r.get('key')}]"
            if r.get("key") in seen:
                bad(where, "duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(where, r, doc)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS or r["key"] != "index " + r["section"]:
                    bad(where, "index row keys")
                for k in ("section", "localisation", "organisme", "page"):
                    if not found(doc, r[k]):
                        bad(where, f"index {k} {r[k]!r} not found")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                if row not in load_text(os.path.join(DOCS, name)):
                    bad(where, "whole index row not found")
            else:
                bad(where, "bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not c.get("why") or len(c.get("records", [])) < 2:
            bad("clusters.json", "cluster without why or with fewer than 2 records")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), ()):
                bad("clusters.json", f"unknown record {rec}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
