//! A guestbook that no payload can break: an axum 0.8 app whose every view is written with
//! vetted, storing what visitors send in SQLite.
//!
//! | route | what |
//! |---|---|
//! | `GET /` | the sign form, the entries, and a JSON data island a nonced script reads |
//! | `POST /entries` | signs; invalid input re-renders the form with 422 |
//! | `POST /entries/{id}/like` | likes an entry (htmx); answers with the new like button |
//! | `GET /entries/{id}/quote` | the `name` and `message` htmx sends, as the quote htmx swaps in |
//! | `GET /static/{file}` | htmx 4, its `hx-csp` extension and Alpine's CSP build ([`ASSETS`]) |
//! | `GET /files` | the upload form and the shared files |
//! | `POST /files` | uploads a file (multipart, with a CSRF token, up to 1 MiB) |
//! | `GET /files/{id}` | the file as a [`vetted::download::Download`]: saved, never shown |
//! | `POST /csp-reports` | where browsers report Content-Security-Policy violations |
//!
//! Every page is a [`vetted::Page`], so it carries a fresh CSP nonce; the security headers
//! ([`views::security_headers`]) are configured once, on the router's
//! [`SecurityHeadersLayer`](vetted::headers::SecurityHeadersLayer), which gives each page's
//! response the policy with the page's nonce and every other response the headers it lacks. The binary (`cargo run -p guestbook`) serves [`router`] on
//! `127.0.0.1`; the browser test builds the same router on a free port.
//!
//! CSRF protection comes from maintained code, in two forms. By default, tower-http's
//! [`CsrfLayer`] refuses every state-changing request a browser says came from another site
//! (by `Sec-Fetch-Site`, or `Origin` where that is missing) with the 403 page
//! [`csrf_refused`] writes, so the sign form and the like buttons say
//! `csrf={vetted::csrf::FetchMetadata}` and carry nothing. The upload form shows the token
//! way on top of that: `axum_csrf` keeps a token in an `HttpOnly`, `SameSite=Strict` cookie and
//! puts its HMAC in the form (vetted's `csrf={token}`), and [`CSRF_FIELD`] must match before a
//! byte of the file is read.

pub mod form;
pub mod store;
pub mod views;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use axum::Router;
use axum::body::Bytes;
use axum::extract::multipart::{Field, MultipartError, MultipartRejection};
use axum::extract::rejection::FormRejection;
use axum::extract::{DefaultBodyLimit, Form, FromRef, Multipart, Path as UrlPath, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum_csrf::{CsrfConfig, CsrfToken, SameSite};
use tower_http::csrf::{CsrfLayer, ProtectionError};
use vetted::download::{ContentType, Download};

use crate::form::{EntryForm, FieldErrors};
use crate::store::{Store, StoreError};
use crate::views::GuestbookView;

/// The front-end libraries the pages load, served by this site so its CSP allows them by nonce:
/// `(file name in /static/, path under the assets folder)`. `.ci/run` installs them, pinned,
/// with `npm ci --prefix examples/guestbook`; without them the guestbook works, without
/// likes, quotes and the raw view.
pub const ASSETS: &[(&str, &str)] = &[
    ("htmx.min.js", "htmx.org/dist/htmx.min.js"),
    ("hx-csp.min.js", "htmx.org/dist/ext/hx-csp.min.js"),
    ("alpine-csp.min.js", "@alpinejs/csp/dist/cdn.min.js"),
];

/// Where [`ASSETS`] are read from: `GUESTBOOK_ASSETS`, else this example's `node_modules`.
#[must_use]
pub fn assets_dir() -> PathBuf {
    std::env::var_os("GUESTBOOK_ASSETS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules"),
        PathBuf::from,
    )
}

/// The [`ASSETS`] missing from [`assets_dir`].
#[must_use]
pub fn missing_assets() -> Vec<PathBuf> {
    let dir = assets_dir();
    ASSETS
        .iter()
        .map(|(_, path)| dir.join(path))
        .filter(|path| !path.is_file())
        .collect()
}

/// The largest file a visitor may upload.
pub const FILE_MAX: usize = 1024 * 1024;

/// The longest uploaded file name, in characters.
pub const FILE_NAME_MAX: usize = 255;

/// The largest request body: a file of [`FILE_MAX`] bytes and the multipart framing around it.
const BODY_LIMIT: usize = FILE_MAX + 64 * 1024;

/// The largest CSP report accepted, and how many are kept.
const REPORT_LIMIT: usize = 16 * 1024;
const REPORTS_KEPT: usize = 100;

/// Where the database lives when `DATABASE_URL` is not set: in the build directory, so a demo
/// run from the repository leaves the checkout clean.
pub const DEFAULT_DATABASE: &str = "target/guestbook.sqlite3";

/// The database path for a `DATABASE_URL` value: a plain path, or `sqlite://path` /
/// `sqlite:path`; [`DEFAULT_DATABASE`] when unset or empty.
#[must_use]
pub fn database_path(url: Option<&str>) -> PathBuf {
    let url = url.unwrap_or_default();
    let path = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url);
    PathBuf::from(if path.is_empty() {
        DEFAULT_DATABASE
    } else {
        path
    })
}

/// The cookie that holds a visitor's upload-form token (`axum_csrf` encrypts it).
pub const CSRF_COOKIE: &str = "guestbook_csrf";

/// The upload form's hidden field, which holds the token's HMAC.
pub const CSRF_FIELD: &str = "csrf";

/// What every request shares: the database, the CSP reports received, and the upload form's
/// token settings.
#[derive(Clone, Debug)]
pub struct AppState {
    store: Store,
    csp_reports: Arc<Mutex<Vec<String>>>,
    csrf: CsrfConfig,
}

/// `axum_csrf`'s `CsrfToken` extractor reads its settings from the state.
impl FromRef<AppState> for CsrfConfig {
    fn from_ref(state: &AppState) -> Self {
        state.csrf.clone()
    }
}

/// The upload form's token settings: an `HttpOnly`, `SameSite=Strict` cookie, encrypted and
/// HMAC-keyed with secrets made when the state is, so a restart invalidates open forms.
///
/// Behind HTTPS, add `.with_secure(true).with_prefix_with_host(true)`: the `__Host-` prefix
/// stops a sibling subdomain from planting its own token. On plain-HTTP loopback, where this
/// example runs, browsers would refuse such a cookie.
fn csrf_config() -> CsrfConfig {
    CsrfConfig::default()
        .with_cookie_name(CSRF_COOKIE)
        .with_cookie_same_site(SameSite::Strict)
        .with_http_only(true)
}

impl AppState {
    /// The state for the database file at `path`, created with its schema on first run.
    ///
    /// # Errors
    ///
    /// If the database cannot be opened or created.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Ok(Self {
            store: Store::open(path)?,
            csp_reports: Arc::default(),
            csrf: csrf_config(),
        })
    }

    /// The database.
    #[must_use]
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The Content-Security-Policy violation reports browsers have sent (the newest 100).
    #[must_use]
    pub fn csp_reports(&self) -> Vec<String> {
        self.csp_reports
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// The whole application.
///
/// Every route but `/csp-reports` sits behind [`CsrfLayer`]: a POST that a browser says came
/// from another site never reaches a handler, and gets [`csrf_refused`]'s page. CSP reports
/// are sent by the browser itself, change nothing but a log a client without a browser can
/// fill anyway, and are added after the layer.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(show_guestbook))
        .route("/entries", get(|| async { Redirect::to("/") }).post(sign))
        .route("/entries/{id}/like", post(like))
        .route("/entries/{id}/quote", get(quote))
        .route("/static/{file}", get(asset))
        .route("/files", get(show_files).post(upload))
        .route("/files/{id}", get(download))
        .fallback(|| async { not_found() })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(CsrfLayer::new().with_rejection_response(csrf_refused))
        .route(
            "/csp-reports",
            post(csp_report).layer(DefaultBodyLimit::max(REPORT_LIMIT)),
        )
        .layer(vetted::headers::SecurityHeadersLayer::new(
            views::security_headers(),
        ))
        .with_state(state)
}

/// Serves the application on `listener` until the process ends.
///
/// # Errors
///
/// If accepting connections fails.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    axum::serve(listener, router(state)).await
}

fn not_found() -> Response {
    let page = views::message("Not found", "There is nothing at this address.");
    (StatusCode::NOT_FOUND, page).into_response()
}

fn bad_request(text: &str) -> Response {
    let page = views::message("That request could not be read", text);
    (StatusCode::BAD_REQUEST, page).into_response()
}

fn server_error(error: &dyn std::error::Error) -> Response {
    eprintln!("guestbook: {error}");
    let page = views::message(
        "Something went wrong",
        "The server could not finish this request. Please try again in a moment.",
    );
    (StatusCode::INTERNAL_SERVER_ERROR, page).into_response()
}

/// The page for a request [`CsrfLayer`] refused: a 403 in the site's own style, with its
/// security headers (the layer sits inside the router's `SecurityHeadersLayer`).
///
/// Its argument says why: `Sec-Fetch-Site` named another site, or, without that header, the
/// `Origin` was not this host.
#[must_use]
pub fn csrf_refused(_: ProtectionError) -> Response {
    let page = views::message(
        "Form not accepted",
        "This form was sent from another site, so it was not accepted.",
    );
    (StatusCode::FORBIDDEN, page).into_response()
}

/// The page for an upload whose token is missing or wrong. It sets the visitor's token
/// cookie, so the form on a reloaded page can be sent.
fn token_refused(token: CsrfToken) -> Response {
    let page = views::message(
        "Form not accepted",
        "This form has expired. Go back, reload the page, and send it again.",
    );
    (StatusCode::FORBIDDEN, token, page).into_response()
}

async fn show_guestbook(State(state): State<AppState>) -> Response {
    let form = EntryForm::default();
    render_guestbook(&state, StatusCode::OK, &form, &FieldErrors::default()).await
}

async fn render_guestbook(
    state: &AppState,
    status: StatusCode,
    form: &EntryForm,
    errors: &FieldErrors,
) -> Response {
    let entries = match state.store.entries().await {
        Ok(entries) => entries,
        Err(error) => return server_error(&error),
    };
    let total = match state.store.entry_count().await {
        Ok(total) => total,
        Err(error) => return server_error(&error),
    };
    let view = GuestbookView {
        entries: &entries,
        total,
        form,
        errors,
    };
    match views::guestbook(&view) {
        Ok(page) => (status, page).into_response(),
        Err(error) => server_error(&error),
    }
}

/// Signs the book. Cross-site posts never get here: [`CsrfLayer`] refused them.
async fn sign(
    State(state): State<AppState>,
    form: Result<Form<EntryForm>, FormRejection>,
) -> Response {
    let Ok(Form(form)) = form else {
        return bad_request("The form did not arrive as a web form. Please send it from the page.");
    };
    match form.validate() {
        Ok(entry) => match state.store.add_entry(entry).await {
            Ok(id) => Redirect::to(&format!("/#entry-{id}")).into_response(),
            Err(error) => server_error(&error),
        },
        Err(errors) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            render_guestbook(&state, status, &form, &errors).await
        }
    }
}

/// Likes an entry: htmx posts with no body, and [`CsrfLayer`] has refused cross-site likes.
async fn like(State(state): State<AppState>, UrlPath(id): UrlPath<String>) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return not_found();
    };
    match state.store.like(id).await {
        Ok(Some(likes)) => views::liked(id, likes).into_response(),
        Ok(None) => not_found(),
        Err(error) => server_error(&error),
    }
}

/// What the quote button sends: the entry's words, from its `hx-vals`.
#[derive(serde::Deserialize)]
struct QuoteQuery {
    name: String,
    message: String,
}

async fn quote(
    query: Result<Query<QuoteQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    match query {
        Ok(Query(words)) => views::quote(&words.name, &words.message).into_response(),
        Err(_) => bad_request("A quote needs a name and a message."),
    }
}

async fn asset(UrlPath(file): UrlPath<String>) -> Response {
    let Some((_, path)) = ASSETS.iter().find(|(name, _)| *name == file) else {
        return not_found();
    };
    let path = assets_dir().join(path);
    match tokio::task::spawn_blocking(move || std::fs::read(path)).await {
        Ok(Ok(bytes)) => (
            [
                (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            bytes,
        )
            .into_response(),
        _ => not_found(),
    }
}

/// The files page. `token` is the visitor's `axum_csrf` token (from its cookie, or new); the
/// response sets the cookie again.
async fn show_files(State(state): State<AppState>, token: CsrfToken) -> Response {
    render_files(&state, StatusCode::OK, token, None).await
}

async fn render_files(
    state: &AppState,
    status: StatusCode,
    token: CsrfToken,
    error: Option<&str>,
) -> Response {
    // The form carries the token's HMAC, never the token itself.
    let field = match token.authenticity_token() {
        Ok(hmac) => vetted::csrf::CsrfToken::new(CSRF_FIELD, hmac),
        Err(error) => return server_error(&error),
    };
    match state.store.files().await {
        Ok(files) => (status, token, views::files(&files, &field, error)).into_response(),
        Err(error) => server_error(&error),
    }
}

/// Why an upload was not stored, as the form shows it.
struct UploadError {
    status: StatusCode,
    text: String,
}

impl UploadError {
    fn new(status: StatusCode, text: impl Into<String>) -> Self {
        Self {
            status,
            text: text.into(),
        }
    }

    fn unreadable(error: &MultipartError) -> Self {
        if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Self::too_large()
        } else {
            Self::new(
                error.status(),
                "The upload could not be read. Please try again.",
            )
        }
    }

    fn too_large() -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "That file is larger than 1 MiB. Please choose a smaller one.",
        )
    }
}

/// Stores an upload: [`CsrfLayer`] has refused cross-site posts, and the form's token must
/// match the visitor's cookie too.
async fn upload(
    State(state): State<AppState>,
    token: CsrfToken,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let Ok(mut multipart) = multipart else {
        return bad_request(
            "The upload did not arrive as a file form. Please send it from the page.",
        );
    };
    // The CSRF field comes first (vetted writes it as the form's first child), so the token is
    // checked before a single byte of the file is read.
    let mut submitted = None;
    let outcome = loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => {
                break Err(UploadError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "Please choose a file to upload.",
                ));
            }
            Err(error) => break Err(UploadError::unreadable(&error)),
        };
        match field.name() {
            Some(CSRF_FIELD) => match field.text().await {
                Ok(text) => submitted = Some(text),
                Err(error) => break Err(UploadError::unreadable(&error)),
            },
            Some("file") => {
                if token
                    .verify(submitted.as_deref().unwrap_or_default())
                    .is_err()
                {
                    return token_refused(token);
                }
                break read_file(field).await;
            }
            _ => {}
        }
    };
    if token
        .verify(submitted.as_deref().unwrap_or_default())
        .is_err()
    {
        return token_refused(token);
    }
    match outcome {
        Ok((name, bytes)) => match state.store.add_file(name, bytes).await {
            Ok(_) => Redirect::to("/files").into_response(),
            Err(error) => server_error(&error),
        },
        Err(error) => render_files(&state, error.status, token, Some(&error.text)).await,
    }
}

/// Reads one file field, refusing it when it is empty, too large or badly named.
async fn read_file(mut field: Field<'_>) -> Result<(String, Vec<u8>), UploadError> {
    let name = field.file_name().unwrap_or_default().to_owned();
    let mut bytes = Vec::new();
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) if bytes.len() + chunk.len() > FILE_MAX => {
                return Err(UploadError::too_large());
            }
            Ok(Some(chunk)) => bytes.extend_from_slice(&chunk),
            Ok(None) => break,
            Err(error) => return Err(UploadError::unreadable(&error)),
        }
    }
    let unprocessable = |text: &str| Err(UploadError::new(StatusCode::UNPROCESSABLE_ENTITY, text));
    if name.is_empty() && bytes.is_empty() {
        unprocessable("Please choose a file to upload.")
    } else if bytes.is_empty() {
        unprocessable("That file is empty. Please choose one with something in it.")
    } else if name.chars().count() > FILE_NAME_MAX {
        unprocessable("That file's name is too long: 255 characters is the most.")
    } else if name.trim().is_empty() {
        unprocessable("That file has no name. Please rename it and try again.")
    } else {
        Ok((name, bytes))
    }
}

async fn download(State(state): State<AppState>, UrlPath(id): UrlPath<String>) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return not_found();
    };
    match state.store.file(id).await {
        Ok(Some((name, bytes))) => Download::new(&name, content_type(&name), bytes).into_response(),
        Ok(None) => not_found(),
        Err(error) => server_error(&error),
    }
}

/// The declared type of an upload, from its name's extension: one of the types
/// [`Download`] allows, which never run; anything else is plain bytes.
#[must_use]
pub fn content_type(name: &str) -> ContentType {
    let extension = name
        .rsplit_once('.')
        .map(|(_, extension)| extension.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "pdf" => ContentType::Pdf,
        "png" => ContentType::Png,
        "jpg" | "jpeg" => ContentType::Jpeg,
        "gif" => ContentType::Gif,
        "webp" => ContentType::Webp,
        "txt" => ContentType::PlainText,
        "csv" => ContentType::Csv,
        "zip" => ContentType::Zip,
        "json" => ContentType::Json,
        _ => ContentType::OctetStream,
    }
}

async fn csp_report(State(state): State<AppState>, body: Bytes) -> StatusCode {
    let report = String::from_utf8_lossy(&body)
        .chars()
        .take(2000)
        .collect::<String>();
    eprintln!("guestbook: CSP violation reported: {report}");
    let mut reports = state
        .csp_reports
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    if reports.len() == REPORTS_KEPT {
        reports.remove(0);
    }
    reports.push(report);
    StatusCode::NO_CONTENT
}
