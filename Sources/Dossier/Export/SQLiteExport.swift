import Foundation

/// A run as an SQLite database: documents, merged projects (and their départements), source
/// records, every value with its evidence, clusters with their records and scored pairs
/// (per-field levels and weights), and conflicts with each source's value. Foreign keys tie
/// them together; the columns people filter by are indexed. The README describes the tables.
///
/// The file is written beside its final name and moved into place when complete, so a
/// reader never sees half a database and a failed export leaves the previous file intact.
public struct SQLiteExport {
    /// The tables and indexes.
    static let schema = """
        PRAGMA foreign_keys = ON;
        CREATE TABLE documents (id INTEGER PRIMARY KEY, file TEXT NOT NULL, sha256 TEXT, encoding TEXT, status TEXT NOT NULL,
            reason TEXT, records INTEGER NOT NULL);
        CREATE TABLE projects (id TEXT PRIMARY KEY, title TEXT, year INTEGER, territory TEXT, mode TEXT,
            households_min INTEGER, households_max INTEGER, households_unit TEXT, housing_units_min INTEGER, housing_units_max INTEGER,
            duration_months INTEGER, duration_start TEXT, duration_end TEXT,
            cost_total_eur TEXT, cost_per_year_eur TEXT, cost_per_household_eur TEXT, json TEXT NOT NULL);
        CREATE TABLE project_departments (project_id TEXT NOT NULL REFERENCES projects(id), department TEXT NOT NULL,
            PRIMARY KEY (project_id, department));
        CREATE TABLE records (id TEXT PRIMARY KEY, document_id INTEGER REFERENCES documents(id), project_id TEXT REFERENCES projects(id),
            kind TEXT NOT NULL, layout TEXT, section TEXT, title TEXT, start_byte INTEGER, end_byte INTEGER, line INTEGER, "column" INTEGER,
            json TEXT NOT NULL);
        CREATE TABLE field_values (id INTEGER PRIMARY KEY, record_id TEXT NOT NULL REFERENCES records(id), field TEXT NOT NULL,
            chosen INTEGER NOT NULL, text TEXT NOT NULL, value_json TEXT, evidence_text TEXT, start_byte INTEGER, end_byte INTEGER,
            line INTEGER, "column" INTEGER, end_line INTEGER, end_column INTEGER, rule TEXT, confidence REAL);
        CREATE TABLE clusters (id INTEGER PRIMARY KEY, project_id TEXT REFERENCES projects(id), size INTEGER NOT NULL);
        CREATE TABLE cluster_records (cluster_id INTEGER NOT NULL REFERENCES clusters(id), record_id TEXT NOT NULL REFERENCES records(id),
            PRIMARY KEY (cluster_id, record_id));
        CREATE TABLE pairs (id INTEGER PRIMARY KEY, record_a TEXT NOT NULL REFERENCES records(id), record_b TEXT NOT NULL REFERENCES records(id),
            score REAL NOT NULL, linked INTEGER NOT NULL);
        CREATE TABLE pair_fields (pair_id INTEGER NOT NULL REFERENCES pairs(id), field TEXT NOT NULL, level TEXT, weight REAL,
            PRIMARY KEY (pair_id, field));
        CREATE TABLE conflicts (id INTEGER PRIMARY KEY, project_id TEXT NOT NULL REFERENCES projects(id), field TEXT NOT NULL);
        CREATE TABLE conflict_values (conflict_id INTEGER NOT NULL REFERENCES conflicts(id), record_id TEXT NOT NULL REFERENCES records(id),
            text TEXT, value_json TEXT NOT NULL);
        CREATE INDEX documents_status ON documents(status);
        CREATE INDEX documents_file ON documents(file);
        CREATE INDEX projects_territory ON projects(territory);
        CREATE INDEX projects_year ON projects(year);
        CREATE INDEX projects_mode ON projects(mode);
        CREATE INDEX project_departments_department ON project_departments(department);
        CREATE INDEX records_document ON records(document_id);
        CREATE INDEX records_project ON records(project_id);
        CREATE INDEX records_kind ON records(kind);
        CREATE INDEX field_values_record ON field_values(record_id);
        CREATE INDEX field_values_field ON field_values(field, chosen);
        CREATE INDEX field_values_rule ON field_values(rule);
        CREATE INDEX clusters_project ON clusters(project_id);
        CREATE INDEX cluster_records_record ON cluster_records(record_id);
        CREATE INDEX pairs_a ON pairs(record_a);
        CREATE INDEX pairs_b ON pairs(record_b);
        CREATE INDEX conflicts_project ON conflicts(project_id);
        CREATE INDEX conflicts_field ON conflicts(field);
        CREATE INDEX conflict_values_record ON conflict_values(record_id);
        """

    private let run: RunFolder

    public init(run: RunFolder) {
        self.run = run
    }

    /// Writes the database to `path`, replacing any file there once the new one is complete.
    public func write(to path: String) throws {
        let temporary = path + ".partial"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            try fill(SQLiteDatabase(path: temporary))
            try? FileManager.default.removeItem(atPath: path)
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    private func fill(_ database: SQLiteDatabase) throws {
        try database.execute(SQLiteExport.schema)
        try database.execute("BEGIN")
        let rows = SQLiteRows(run: run)
        try database.insert("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)", rows: rows.documents)
        try database.insert("INSERT INTO projects VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows: rows.projects)
        try database.insert("INSERT INTO project_departments VALUES (?, ?)", rows: rows.departments)
        try database.insert("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows: rows.records)
        try database.insert("INSERT INTO field_values VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows: rows.values)
        try database.insert("INSERT INTO clusters VALUES (?, ?, ?)", rows: rows.clusters)
        try database.insert("INSERT INTO cluster_records VALUES (?, ?)", rows: rows.clusterRecords)
        try database.insert("INSERT INTO pairs VALUES (?, ?, ?, ?, ?)", rows: rows.pairs)
        try database.insert("INSERT INTO pair_fields VALUES (?, ?, ?, ?)", rows: rows.pairFields)
        try database.insert("INSERT INTO conflicts VALUES (?, ?, ?)", rows: rows.conflicts)
        try database.insert("INSERT INTO conflict_values VALUES (?, ?, ?, ?)", rows: rows.conflictValues)
        try database.execute("COMMIT")
    }
}
