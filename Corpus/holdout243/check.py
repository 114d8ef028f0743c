#!/usr/bin/env python3
"""Validate holdout243 gold files against the documents (standard library only). Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
DEPTS = {"23": "Creuse", "87": "Haute-Vienne", "65": "Hautes-Pyrénées", "79": "Deux-Sèvres", "19": "Corrèze",
         "41": "Loir-et-Cher", "55": "Meuse", "03": "Allier", "61": "Orne"}
errors = []

def err(where, msg):
    errors.append(f"{where}: {msg}")

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("*", "")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            b.decode("utf-8")
            err(name, "cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        return b.decode("cp1252")
    return b.decode("utf-8")

def found(text, value, where, what):
    if value is None:
        return
    if fold(value) not in text:
        err(where, f"{what} {value!r} not found in document")

def digits_text(text):
    return re.sub(r"(?<=\d)[ \u00a0\u202f.](?=\d{3}\b)", "", text)

def amount_found(dtext, amount, where, what):
    if amount is None:
        return
    if not isinstance(amount, str) or not re.fullmatch(r"\d+(\.\d+)?", amount):
        err(where, f"{what} must be a decimal string, got {amount!r}")
        return
    if not re.search(r"(?<![\d])" + re.escape(amount) + r"(?![\d])", dtext):
        err(where, f"{what} {amount} not found in document")

QKEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PKEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
         "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]

def check_q(q, where, what, text, dtext):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(where, f"{what} not an object")
    for k, t in QKEYS.items():
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(where, f"{what}.{k} missing or not {t.__name__}")
    if q.get("per") not in ("total", "year"):
        err(where, f"{what}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(where, f"{what} min > max")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<![\d])%d(?![\d])" % q["min"], dtext):
            err(where, f"{what} count {q['min']} not found")
    if "unit" in q:
        found(text, q["unit"], where, f"{what}.unit")
    for b in q.get("breakdown", []):
        found(text, b["label"], where, f"{what}.breakdown label")
        if not re.search(r"(?<![\d])%d(?![\d])" % b["min"], dtext):
            err(where, f"{what} breakdown {b['min']} not found")

def check_project(r, where, text, dtext):
    for k in PKEYS:
        if k not in r:
            err(where, f"missing key {k}")
    if r.get("section") is not None:
        found(text, r["section"], where, "section")
    found(text, r.get("title"), where, "title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list):
            err(where, f"{k} not a list")
        for v in r.get(k) or []:
            found(text, v, where, k)
    t = r.get("territory")
    if t is not None:
        found(text, t.get("value"), where, "territory")
        if not isinstance(t.get("departments"), list) or not t["departments"]:
            err(where, "territory.departments empty")
        for d in t.get("departments", []):
            if f"({d})" not in text and fold(DEPTS.get(d, "@@")) not in text:
                err(where, f"department {d} neither as (nn) nor by name")
    if r.get("year") is not None:
        if not isinstance(r["year"], int) or f"- {r['year']}" not in text:
            err(where, f"year {r['year']} not a bullet line")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(where, "mode invalid")
    check_q(r.get("households"), where, "households", text, dtext)
    check_q(r.get("housing_units"), where, "housing_units", text, dtext)
    d = r.get("duration")
    if d is not None:
        for k in ("months", "start", "end", "renewable"):
            if k not in d:
                err(where, f"duration.{k} missing")
        if not isinstance(d.get("months"), int):
            err(where, "duration.months not int")
        for k in ("start", "end"):
            if d.get(k) is not None and d[k] not in text:
                err(where, f"duration.{k} {d[k]} not found")
        if not isinstance(d.get("renewable"), bool):
            err(where, "duration.renewable not bool")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(where, f"cost.{k} missing")
            amount_found(dtext, c.get(k), where, f"cost.{k}")
    for f in r.get("funding") or []:
        found(text, f.get("source"), where, "funding.source")
        amount_found(dtext, f.get("eur"), where, "funding.eur")
        if f.get("share_percent") is not None and not re.search(re.escape(f["share_percent"]) + r"\s?%", text):
            err(where, f"share {f['share_percent']} % not found")
    if not isinstance(r.get("contacts"), list):
        err(where, "contacts not a list")
    for p in r.get("contacts") or []:
        for k in ("name", "email", "phone"):
            if k not in p:
                err(where, f"contact.{k} missing")
            else:
                found(text, p[k], where, f"contact.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = {n[:-5] for n in os.listdir(GOLD) if n.endswith(".json") and n != "clusters.json"}
    if set(docs) != golds:
        err("gold", f"documents {sorted(set(docs) ^ golds)} without gold or gold without document")
    keys = {}
    for name in docs:
        where0 = f"gold/{name}.json"
        try:
            g = json.load(open(os.path.join(GOLD, name + ".json"), encoding="utf-8"))
        except Exception as e:
            err(where0, f"unreadable: {e}")
            continue
        if g.get("file") != name:
            err(where0, "file field mismatch")
        raw = read_doc(name)
        text, dtext = fold(raw), digits_text(fold(raw))
        seen = set()
        for r in g.get("records", []):
            where = f"{where0} [{r.get('key')}]"
            if r.get("key") in seen:
                err(where, "duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, where, text, dtext)
                if r.get("key") != "document" and r.get("section") is None:
                    found(text, r.get("key"), where, "key")
            elif r.get("kind") == "index_row":
                for k in ("section", "localisation", "organisme", "page"):
                    if not isinstance(r.get(k), str):
                        err(where, f"{k} missing")
                if r.get("key") != "index " + str(r.get("section")):
                    err(where, "index key")
                row = "\t".join(r[k] for k in ("section", "localisation", "organisme", "page"))
                if row not in raw:
                    err(where, "whole index row not found as tab-separated line")
            else:
                err(where, "kind invalid")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json", "cluster needs records and why")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), ()):
                err("clusters.json", f"unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
