//! Serves the guestbook on `127.0.0.1`: the port from `PORT` (default 3000), the SQLite file
//! from `DATABASE_URL` (default `target/guestbook.sqlite3`), created on first run.
//!
//! Run it with `cargo run -p guestbook` and open the URL it prints.

use std::io::Write as _;
use std::net::Ipv4Addr;
use std::process::ExitCode;

use guestbook::{AppState, database_path};

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("guestbook: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let port = match std::env::var("PORT") {
        Ok(port) => port
            .parse::<u16>()
            .map_err(|_| format!("PORT must be a port number (0 to 65535), not {port:?}"))?,
        Err(_) => 3000,
    };
    let database = database_path(std::env::var("DATABASE_URL").ok().as_deref());
    let state = AppState::open(&database)?;
    let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, port))
        .await
        .map_err(|error| format!("cannot listen on 127.0.0.1:{port}: {error}"))?;
    let address = listener.local_addr()?;
    // A closed stdout (the output piped into `head -1`) must not stop the server.
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "Guestbook running on http://{address}/");
    let _ = writeln!(stdout, "Entries are stored in {}", database.display());
    if !guestbook::missing_assets().is_empty() {
        let _ = writeln!(
            stdout,
            "htmx and Alpine are not installed, so likes, quotes and the raw view are off: \
             run `npm ci --prefix examples/guestbook` to install them"
        );
    }
    drop(stdout);
    guestbook::serve(listener, state).await?;
    Ok(())
}
