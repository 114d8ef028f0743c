import CSQLite3

/// A small handle on an SQLite database (the system's libsqlite3): open, run statements,
/// insert rows through prepared statements. Only what the export needs.
final class SQLiteDatabase {
    /// A value to bind to a statement's parameter.
    enum Value {
        case null
        case integer(Int)
        case real(Double)
        case text(String)
    }

    private var handle: OpaquePointer?
    private let path: String

    /// Opens (creating it) the database file at `path`.
    init(path: String) throws {
        self.path = path
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            throw SQLiteError(path: path, message: message)
        }
    }

    deinit {
        sqlite3_close(handle)
    }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws {
        try check(sqlite3_exec(handle, sql, nil, nil, nil))
    }

    /// Runs `sql` once per row of `rows`, binding each row's values to its parameters in order.
    func insert(_ sql: String, rows: [[Value]]) throws {
        var statement: OpaquePointer?
        try check(sqlite3_prepare_v2(handle, sql, -1, &statement, nil))
        defer { sqlite3_finalize(statement) }
        for row in rows {
            for (index, value) in row.enumerated() {
                let position = Int32(index + 1)
                switch value {
                case .null: try check(sqlite3_bind_null(statement, position))
                case .integer(let number): try check(sqlite3_bind_int64(statement, position, Int64(number)))
                case .real(let number): try check(sqlite3_bind_double(statement, position, number))
                case .text(let text): try check(sqlite3_bind_text(statement, position, text, -1, csqlite3_transient()))
                }
            }
            guard sqlite3_step(statement) == SQLITE_DONE else { throw error() }
            try check(sqlite3_reset(statement))
        }
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw error() }
    }

    private func error() -> SQLiteError {
        SQLiteError(path: path, message: String(cString: sqlite3_errmsg(handle)))
    }
}

/// An SQLite failure: the database file and SQLite's message.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}
