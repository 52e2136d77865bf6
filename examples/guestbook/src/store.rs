//! The SQLite database: guestbook entries and uploaded files, in one file that survives
//! restarts.
//!
//! One connection behind a mutex is plenty for a guestbook; every query runs on tokio's
//! blocking pool, so a slow disk never stalls the threads serving other requests.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use rusqlite::{Connection, OptionalExtension, params};

/// The schema, created on first run. `user_version` records it for later migrations.
const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS entries (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        message    TEXT NOT NULL,
        website    TEXT,
        avatar     TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M UTC', 'now'))
    );
    CREATE TABLE IF NOT EXISTS likes (
        entry_id INTEGER PRIMARY KEY REFERENCES entries (id),
        count    INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS files (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        size       INTEGER NOT NULL,
        bytes      BLOB NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M UTC', 'now'))
    );
    PRAGMA user_version = 1;
";

/// How many entries the guestbook page shows, newest first.
pub const PAGE_SIZE: i64 = 200;

/// A signed entry, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The row id.
    pub id: i64,
    /// Who signed, as typed.
    pub name: String,
    /// What they wrote, line breaks as `\n`.
    pub message: String,
    /// Their website, as typed: any scheme, checked by the view's URL policy when written.
    pub website: Option<String>,
    /// Their avatar's URL, as typed: checked by the view's media URL policy when written.
    pub avatar: Option<String>,
    /// When, as `YYYY-MM-DD HH:MM UTC`.
    pub created_at: String,
    /// How many times it was liked.
    pub likes: i64,
}

/// A new entry, already validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEntry {
    /// Who signs.
    pub name: String,
    /// The message.
    pub message: String,
    /// An optional website URL.
    pub website: Option<String>,
    /// An optional avatar URL.
    pub avatar: Option<String>,
}

/// An uploaded file, without its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileInfo {
    /// The row id, which names the file in URLs.
    pub id: i64,
    /// The name the uploader's browser sent, as it was.
    pub name: String,
    /// The size in bytes.
    pub size: i64,
    /// When, as `YYYY-MM-DD HH:MM UTC`.
    pub created_at: String,
}

/// The database: cheap to clone, shared by every request.
#[derive(Clone, Debug)]
pub struct Store {
    connection: Arc<Mutex<Connection>>,
}

/// Why the store failed: a database error, or a blocking task that did not finish.
#[derive(Debug)]
pub struct StoreError(String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "database error: {}", self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        Self(error.to_string())
    }
}

impl Store {
    /// Opens the database file at `path`, creating it (and its schema) on first run.
    ///
    /// # Errors
    ///
    /// If the file cannot be opened or created, or is not a SQLite database.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(parent) = path
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
        {
            std::fs::create_dir_all(parent).map_err(|error| {
                StoreError(format!("cannot create {}: {error}", parent.display()))
            })?;
        }
        let connection = Connection::open(path)?;
        // Write-ahead logging: readers do not wait for a writer, and a crash loses nothing
        // that was committed.
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "NORMAL")?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        connection.execute_batch(SCHEMA)?;
        Ok(Self {
            connection: Arc::new(Mutex::new(connection)),
        })
    }

    /// Runs `query` with the connection on tokio's blocking pool.
    async fn run<T, F>(&self, query: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let connection = Arc::clone(&self.connection);
        tokio::task::spawn_blocking(move || {
            // A panic while holding the lock cannot leave SQLite half-written (statements are
            // atomic), so a poisoned lock is still a usable connection.
            let connection = connection.lock().unwrap_or_else(PoisonError::into_inner);
            query(&connection)
        })
        .await
        .map_err(|error| StoreError(error.to_string()))?
        .map_err(StoreError::from)
    }

    /// Adds an entry and returns its id.
    ///
    /// # Errors
    ///
    /// If the database cannot be written.
    pub async fn add_entry(&self, entry: NewEntry) -> Result<i64, StoreError> {
        self.run(move |db| {
            db.execute(
                "INSERT INTO entries (name, message, website, avatar) VALUES (?1, ?2, ?3, ?4)",
                params![entry.name, entry.message, entry.website, entry.avatar],
            )?;
            Ok(db.last_insert_rowid())
        })
        .await
    }

    /// The newest [`PAGE_SIZE`] entries, newest first.
    ///
    /// # Errors
    ///
    /// If the database cannot be read.
    pub async fn entries(&self) -> Result<Vec<Entry>, StoreError> {
        self.run(|db| {
            let mut statement = db.prepare_cached(
                "SELECT id, name, message, website, avatar, created_at, coalesce(likes.count, 0)
                 FROM entries LEFT JOIN likes ON likes.entry_id = entries.id
                 ORDER BY id DESC LIMIT ?1",
            )?;
            let rows = statement.query_map([PAGE_SIZE], |row| {
                Ok(Entry {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    message: row.get(2)?,
                    website: row.get(3)?,
                    avatar: row.get(4)?,
                    created_at: row.get(5)?,
                    likes: row.get(6)?,
                })
            })?;
            rows.collect()
        })
        .await
    }

    /// Likes the entry `id` once more and returns its likes, or `None` when there is no such
    /// entry.
    ///
    /// # Errors
    ///
    /// If the database cannot be written.
    pub async fn like(&self, id: i64) -> Result<Option<i64>, StoreError> {
        self.run(move |db| {
            let exists: bool = db.query_row(
                "SELECT EXISTS (SELECT 1 FROM entries WHERE id = ?1)",
                [id],
                |row| row.get(0),
            )?;
            if !exists {
                return Ok(None);
            }
            db.query_row(
                "INSERT INTO likes (entry_id, count) VALUES (?1, 1)
                 ON CONFLICT (entry_id) DO UPDATE SET count = count + 1
                 RETURNING count",
                [id],
                |row| row.get(0),
            )
            .map(Some)
        })
        .await
    }

    /// How many entries there are in all.
    ///
    /// # Errors
    ///
    /// If the database cannot be read.
    pub async fn entry_count(&self) -> Result<i64, StoreError> {
        self.run(|db| db.query_row("SELECT count(*) FROM entries", [], |row| row.get(0)))
            .await
    }

    /// Stores an uploaded file and returns its id.
    ///
    /// # Errors
    ///
    /// If the database cannot be written.
    pub async fn add_file(&self, name: String, bytes: Vec<u8>) -> Result<i64, StoreError> {
        self.run(move |db| {
            db.execute(
                "INSERT INTO files (name, size, bytes) VALUES (?1, ?2, ?3)",
                params![name, i64::try_from(bytes.len()).unwrap_or(i64::MAX), bytes],
            )?;
            Ok(db.last_insert_rowid())
        })
        .await
    }

    /// Every uploaded file, newest first, without the bytes.
    ///
    /// # Errors
    ///
    /// If the database cannot be read.
    pub async fn files(&self) -> Result<Vec<FileInfo>, StoreError> {
        self.run(|db| {
            let mut statement =
                db.prepare_cached("SELECT id, name, size, created_at FROM files ORDER BY id DESC")?;
            let rows = statement.query_map([], |row| {
                Ok(FileInfo {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    size: row.get(2)?,
                    created_at: row.get(3)?,
                })
            })?;
            rows.collect()
        })
        .await
    }

    /// One file's name and bytes, if it exists.
    ///
    /// # Errors
    ///
    /// If the database cannot be read.
    pub async fn file(&self, id: i64) -> Result<Option<(String, Vec<u8>)>, StoreError> {
        self.run(move |db| {
            db.query_row("SELECT name, bytes FROM files WHERE id = ?1", [id], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .optional()
        })
        .await
    }
}
