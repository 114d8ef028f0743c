#!/usr/bin/env python3
"""Check holdout200's gold files: format of ../gold/README.md, and every expected value
findable in its document (after the normalisations the README allows). Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
FIELDS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
          "territory", "year", "mode", "households", "housing_units", "duration", "cost",
          "funding", "contacts", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}
SIZE_WORDS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
              "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100}
NUM_WORDS = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six"}
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
        text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)  # also decodes entities inside text documents' HTML fragments
    text = re.sub(r"<[^>]+>", " ", text)
    return text


def fold(s):
    s = unicodedata.normalize("NFC", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"),
                 ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("*", " ")
    return re.sub(r"\s+", " ", s).strip()


def digits(s):
    """fold, then join digit groups split by spaces (amounts, phones)."""
    s = fold(s)
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"(\d) (\d)", r"\1\2", s)
    return s


def has(doc, value, what):
    if not isinstance(value, str) or not value.strip():
        err(f"{what}: empty or not a string: {value!r}")
        return
    if fold(value) not in fold(doc):
        err(f"{what}: {value!r} not found in document")


def has_number(doc, n, what):
    if not re.search(r"(?<![\d,.])" + str(n) + r"(?![\d,])", digits(doc)):
        err(f"{what}: {n} not found")


def check_q(doc, q, what):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        err(f"{what}: bad quantity {q!r}")
        return
    if q["per"] not in ("total", "year") or not isinstance(q["approximate"], bool):
        err(f"{what}: bad per/approximate")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{what}: bad min/max")
        return
    if "unit" in q:
        has(doc, q["unit"], what + ".unit")
    if q["min"] == q["max"]:
        has_number(doc, q["min"], what)
    else:
        ok = False
        for w, n in SIZE_WORDS.items():
            if round(n * 0.8) == q["min"] and round(n * 1.2) == q["max"] and w in fold(doc):
                ok = True
        if not ok and not q["approximate"]:
            has_number(doc, q["min"], what + ".min")
            has_number(doc, q["max"], what + ".max")
            ok = True
        if not ok:
            err(f"{what}: no word of size for {q['min']}-{q['max']}")


def check_duration(doc, d, what):
    if d is None:
        return
    if not isinstance(d, dict) or not {"months", "start", "end", "renewable"} <= set(d):
        err(f"{what}: bad duration {d!r}")
        return
    for k in ("start", "end"):
        if d[k] is not None:
            has(doc, d[k], f"{what}.{k}")
    m, t = d["months"], digits(doc)
    ok = m is None or f"{m} mois" in t
    if not ok and m % 12 == 0:
        y = m // 12
        ok = bool(re.search(rf"(?<!\d){y} ans\b", t)) or (y in NUM_WORDS and f"{NUM_WORDS[y]} ans" in t)
        ok = ok or (y in NUM_WORDS and f"{NUM_WORDS[y]} annees" in t)
    if not ok and d["start"] and d["end"]:
        ok = (int(d["end"]) - int(d["start"])) * 12 == m
    if not ok:
        err(f"{what}: {m} months not supported by the text")


def check_record(doc, r, where):
    extra = set(r) - FIELDS
    if extra:
        err(f"{where}: unknown fields {sorted(extra)}")
    if r.get("kind") not in ("project", "index_row") or not isinstance(r.get("key"), str):
        err(f"{where}: bad kind/key")
        return
    if r["kind"] == "index_row":
        if r["key"] != "index " + str(r.get("section")):
            err(f"{where}: index key must be 'index ' + section")
        for k in ("section", "localisation", "organisme", "page"):
            has(doc, r.get(k), f"{where}.{k}")
        return
    if r.get("section") is not None:
        has(doc, r["section"], where + ".section")
        if r["key"] != r["section"]:
            err(f"{where}: key differs from section")
    if r.get("title") is not None:
        has(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k, []), list):
            err(f"{where}.{k}: not a list")
        for v in r.get(k, []):
            has(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        has(doc, t.get("value"), where + ".territory")
        for dep in t.get("departments", []):
            if not re.fullmatch(r"\d{2,3}|2[AB]", dep):
                err(f"{where}: bad département {dep!r}")
            elif f"({dep})" not in doc:
                err(f"{where}: ({dep}) not in document")
    if r.get("year") is not None:
        has_number(doc, r["year"], where + ".year")
    if r.get("mode") is not None and r["mode"] not in MODES:
        err(f"{where}: bad mode")
    check_q(doc, r.get("households"), where + ".households")
    check_q(doc, r.get("housing_units"), where + ".housing_units")
    check_duration(doc, r.get("duration"), where + ".duration")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            v = c.get(k)
            if v is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", v):
                    err(f"{where}.cost.{k}: not a decimal string")
                else:
                    has_number(doc, v, f"{where}.cost.{k}")
    for f in r.get("funding", []):
        has(doc, f.get("source"), where + ".funding.source")
        if f.get("eur") is not None:
            has_number(doc, f["eur"], where + ".funding.eur")
        if f.get("share_percent") is not None:
            if not re.search(re.escape(f["share_percent"]) + r" ?%", digits(doc)):
                err(f"{where}: share {f['share_percent']} % not found")
    for ct in r.get("contacts", []):
        has(doc, ct.get("name"), where + ".contact.name")
        for k in ("email", "phone", "role", "organisation"):
            if ct.get(k) is not None:
                if k == "phone":
                    if digits(ct[k]) not in digits(doc):
                        err(f"{where}: phone {ct[k]} not found")
                else:
                    has(doc, ct[k], f"{where}.contact.{k}")


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
        doc = read_doc(data["file"])
        ks = [r.get("key") for r in data["records"]]
        if len(ks) != len(set(ks)):
            err(f"{g}: duplicate keys")
        keys[data["file"]] = set(ks)
        for r in data["records"]:
            check_record(doc, r, f"{g}[{r.get('key')}]")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not c.get("why") or len(c.get("records", [])) < 2:
            err("clusters.json: a cluster lacks why or has fewer than two records")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), ()):
                err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


main()
