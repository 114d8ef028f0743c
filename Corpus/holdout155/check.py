#!/usr/bin/env python3
"""Check the gold of holdout155: keys and types per ../gold/README.md, and that every gold value
occurs in its document (decoded: UTF-8 or Windows-1252, HTML tags stripped, entities decoded,
no-break spaces and typographic apostrophes made plain). Python 3 standard library only.
Run from anywhere: python3 Corpus/holdout155/check.py"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}
WORDS = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf",
         10: "dix", 12: "douze", 15: "quinze", 20: "vingt"}
SIZE = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
        "cinquantaine": 50, "centaine": 100}
errors = []

def err(where, msg):
    errors.append(f"{where}: {msg}")

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith((".html", ".htm")):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    else:
        # stray HTML fragments in text documents
        text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    for a in "’‘ʼ":
        text = text.replace(a, "'")
    return re.sub(r"[ \t]+", " ", text)

def plain(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    for a in "’‘ʼ":
        s = s.replace(a, "'")
    return re.sub(r"\s+", " ", s)

def has(text, value, where, what, fold_case=False):
    v, t = plain(value), re.sub(r"\s+", " ", text)
    if fold_case:
        v, t = v.lower(), t.lower()
    if v not in t:
        err(where, f"{what} {value!r} not found in document")

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out, s = " " + s[-3:] + out, s[:-3]
    return s + out

def amount_found(text, eur):
    n = int(eur)
    forms = [spaced(n), str(n)]
    if n % 100 == 0:
        k = n / 1000
        forms.append((f"{k:.1f}".replace(".", ",")) + " k€")
    return any(re.search(r"(?<![\d,])" + re.escape(f) + r"(?![\d])", text) for f in forms)

def count_found(text, n, approx):
    if re.search(r"(?<!\d)(?<!\d )" + str(n) + r"(?!\d)(?! \d{3})", text):
        return True
    low = text.lower()
    if n in WORDS and re.search(r"\b" + WORDS[n] + r"\b", low):
        return True
    return False

def check_q(text, q, where, what, with_unit):
    need = {"min", "max", "per", "approximate"}
    if not isinstance(q, dict) or not need <= set(q):
        err(where, f"{what} lacks {need}"); return
    if not all(isinstance(q[k], int) for k in ("min", "max")) or q["min"] > q["max"]:
        err(where, f"{what} min/max must be integers, min <= max")
    if q["per"] not in ("total", "year"):
        err(where, f"{what} per must be total or year")
    if not isinstance(q["approximate"], bool):
        err(where, f"{what} approximate must be a boolean")
    extra = set(q) - need - ({"unit", "breakdown"} if with_unit else {"breakdown"})
    if extra:
        err(where, f"{what} unexpected keys {extra}")
    if q.get("unit"):
        has(text, q["unit"], where, f"{what} unit", fold_case=True)
    if q["approximate"] and q["min"] != q["max"]:
        centre = round((q["min"] + q["max"]) / 2)
        word = [w for w, c in SIZE.items() if c == centre]
        if not word or not any(w in text.lower() for w in word):
            err(where, f"{what} approximate range {q['min']}-{q['max']} has no matching word of size")
        elif (q["min"], q["max"]) != (round(centre * 0.8), round(centre * 1.2)):
            err(where, f"{what} word of size should be widened by a fifth")
    else:
        for n in {q["min"], q["max"]}:
            if not count_found(text, n, q["approximate"]):
                err(where, f"{what} count {n} not found")

def check_project(text, r, where):
    if set(r) != PROJECT_KEYS:
        err(where, f"keys differ: missing {PROJECT_KEYS - set(r)}, extra {set(r) - PROJECT_KEYS}")
    for k in ("section", "section_as_written"):
        if r.get(k) is not None:
            if not isinstance(r[k], str):
                err(where, f"{k} must be a string or null")
            else:
                has(text, r[k], where, k)
    if r.get("title") is not None:
        has(text, r["title"], where, "title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list):
            err(where, f"{k} must be a list")
        for v in r.get(k) or []:
            has(text, v, where, k[:-1])
    t = r.get("territory")
    if t is not None:
        if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(where, "territory must be {value, departments: [codes]}")
        has(text, t["value"], where, "territory")
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            err(where, "year must be an integer")
        has(text, str(r["year"]), where, "year")
    if r.get("mode") is not None and r["mode"] not in MODES:
        err(where, f"mode {r['mode']!r} not one of {MODES}")
    if r.get("households") is not None:
        check_q(text, r["households"], where, "households", True)
    if r.get("housing_units") is not None:
        check_q(text, r["housing_units"], where, "housing_units", True)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
            err(where, "duration must be {months, start, end, renewable}")
        if d.get("months") is not None and not isinstance(d["months"], int):
            err(where, "duration months must be an integer")
        for k in ("start", "end"):
            if d.get(k) is not None:
                if not re.fullmatch(r"\d{4}", d[k]):
                    err(where, f"duration {k} must be a year string")
                has(text, d[k], where, f"duration {k}")
        if d.get("start") and d.get("end") and d.get("months"):
            span = (int(d["end"]) - int(d["start"])) * 12
            if abs(span - d["months"]) > 12:
                err(where, "duration months and start/end disagree")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(where, "cost must be {total_eur, per_year_eur, per_household_eur}")
        for k, v in c.items():
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(where, f"cost {k} must be a decimal string")
                elif not amount_found(text, v):
                    err(where, f"cost {k} {v} not found in any written form")
    for f in r.get("funding") or []:
        if set(f) != {"source", "eur", "share_percent"}:
            err(where, "funding items must be {source, eur, share_percent}")
            continue
        has(text, f["source"], where, "funding source")
        if f["eur"] is not None and not amount_found(text, f["eur"]):
            err(where, f"funding amount {f['eur']} not found")
        if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", text):
            err(where, f"funding share {f['share_percent']} % not found")
    for p in r.get("contacts") or []:
        if not {"name", "email", "phone"} <= set(p):
            err(where, "contacts must have name, email, phone")
            continue
        has(text, p["name"], where, "contact name")
        if p["email"] is not None:
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", p["email"]):
                err(where, f"bad e-mail {p['email']!r}")
            has(text, p["email"], where, "contact e-mail", fold_case=True)
        if p["phone"] is not None:
            has(text, p["phone"], where, "contact phone")

def check_index(text, r, where):
    if set(r) != INDEX_KEYS:
        err(where, f"index_row keys differ: {set(r) ^ INDEX_KEYS}")
    if r.get("key") != "index " + str(r.get("section")):
        err(where, "index_row key must be 'index ' + section")
    row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
    raw = open(os.path.join(DOCS, where.split(" ")[0]), "rb").read().decode("utf-8", "replace")
    if row not in raw:
        err(where, "index row not found as a tab-separated line")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if sorted(g[:-5] for g in golds) != docs:
        err("gold", f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = data.get("file")
        if set(data) != {"file", "records"} or name != g[:-5]:
            err(g, "must be {file, records} with file = document name"); continue
        text = load(name)
        seen = set()
        for r in data["records"]:
            where = f"{name} [{r.get('key')}]"
            if r.get("key") in seen:
                err(where, "duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                if r["key"] != "document" and r.get("section") and r["key"] != r["section"]:
                    err(where, "a monograph's key is its section")
                if r["key"] != "document" and not r.get("section") and r["key"] != r.get("title"):
                    err(where, "a brochure section's key is its title")
                check_project(text, r, where)
            elif r.get("kind") == "index_row":
                check_index(text, r, where)
            else:
                err(where, "kind must be project or index_row")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if len(c.get("records", [])) < 2 or not c.get("why"):
            err("clusters.json", "each cluster needs two records and a why")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err("clusters.json", f"{rec} is not a gold record")
    for e in errors:
        print("FAIL", e)
    n = sum(len(json.load(open(os.path.join(GOLD, g), encoding="utf-8"))["records"]) for g in golds)
    print(f"{len(golds)} gold files, {n} records, {len(errors)} problem(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
