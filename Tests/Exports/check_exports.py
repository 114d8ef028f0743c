#!/usr/bin/env python3
"""Reads a run's exports back with Python's own csv and sqlite3 modules and compares them
with the run's JSON (projects.json, records.jsonl).

Usage: check_exports.py RUN_FOLDER PROJECTS.csv RUN.sqlite
Exits 1 and names the first difference when a value does not match.
"""
import csv
import json
import sqlite3
import sys


def joined(values):
    return "; ".join(v for v in values if v is not None)


def text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def expected_row(project, files):
    def get(*path):
        value = project
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        return value

    contacts = project.get("contacts") or []
    return {
        "project_id": project["id"],
        "title": text(get("title", "value")),
        "year": text(get("year", "value")),
        "carriers": joined(c["value"] for c in project.get("carriers") or []),
        "partners": joined(p["value"] for p in project.get("partners") or []),
        "territory": text(get("territory", "value")),
        "departments": joined(get("territory", "departments") or []),
        "mode": text(get("mode", "value")),
        "households_min": text(get("households", "min")),
        "households_max": text(get("households", "max")),
        "housing_units_min": text(get("housing_units", "min")),
        "duration_months": text(get("duration", "months")),
        "cost_total_eur": text(get("cost", "total_eur")),
        "cost_per_year_eur": text(get("cost", "per_year_eur")),
        "contact_names": joined(c.get("name") for c in contacts),
        "contact_emails": joined(c.get("email") for c in contacts),
        "source_records": joined(project["sources"]),
        "source_files": joined(files[r] for r in project["sources"]),
        "conflicts": joined(c["field"] for c in project["conflicts"]),
    }


def main(folder, csv_path, sqlite_path):
    projects = json.load(open(f"{folder}/projects.json", encoding="utf-8"))["projects"]
    records = [json.loads(line) for line in open(f"{folder}/records.jsonl", encoding="utf-8")]
    files = {r["id"]: r["source"]["file"] for r in records}

    with open(csv_path, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    if len(rows) != len(projects):
        sys.exit(f"CSV: {len(rows)} rows for {len(projects)} projects")
    for row, project in zip(rows, projects):
        for column, value in expected_row(project, files).items():
            if row[column] != value:
                sys.exit(f"CSV: project {project['id']}, column {column}: {row[column]!r} != {value!r}")
    print(f"CSV: {len(rows)} rows, every checked column equal to projects.json")

    database = sqlite3.connect(sqlite_path)
    joined_rows = database.execute(
        "SELECT p.id, r.id FROM projects p JOIN records r ON r.project_id = p.id "
        "JOIN documents d ON d.id = r.document_id WHERE r.kind = 'project'").fetchall()
    expected = {(p["id"], r) for p in projects for r in p["sources"]}
    if set(joined_rows) != expected:
        sys.exit(f"SQLite: projects joined to sources differ from projects.json ({len(joined_rows)} vs {len(expected)})")
    values = database.execute("SELECT COUNT(*) FROM field_values").fetchone()[0]
    print(f"SQLite: {len(joined_rows)} project-source rows joined through documents, equal to projects.json; {values} values")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
