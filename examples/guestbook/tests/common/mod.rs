//! What the HTTP and browser tests share: the app on a free loopback port with a temporary
//! database, and a plain HTTP client that shows the raw status, headers and body.

// Each test file uses its own subset of these helpers.
#![allow(dead_code)]

use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use guestbook::AppState;
use http_body_util::{BodyExt as _, Full};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

/// A directory under the system's temporary directory, removed on drop.
pub(crate) struct TempDir(PathBuf);

impl TempDir {
    pub(crate) fn new(label: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let unique = format!(
            "vetted-guestbook-{label}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let path = std::env::temp_dir().join(unique);
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create a temporary directory");
        Self(path)
    }

    pub(crate) fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A response as the client saw it.
#[derive(Debug)]
pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: String,
}

impl Reply {
    /// The value of header `name`, which must be present once.
    pub(crate) fn header(&self, name: &str) -> &str {
        let mut values = self.headers.get_all(name).iter();
        let value = values
            .next()
            .unwrap_or_else(|| panic!("no `{name}` header in {:?}", self.headers));
        assert!(values.next().is_none(), "`{name}` sent twice");
        value.to_str().expect("an ASCII header value")
    }

    /// The upload form's token cookie in the `Set-Cookie` header, as the browser sends it
    /// back.
    pub(crate) fn csrf_cookie(&self) -> String {
        let cookie = self.header("set-cookie");
        let value = cookie
            .strip_prefix("guestbook_csrf=")
            .unwrap_or_else(|| panic!("not the CSRF cookie: {cookie}"));
        value.split(';').next().unwrap().to_owned()
    }

    /// The value of the upload form's hidden CSRF field, its first child.
    pub(crate) fn csrf_field(&self) -> String {
        const FORM: &str = r#"<form method="post" action="/files" enctype="multipart/form-data" id="upload"><input type="hidden" name="csrf" value=""#;
        let start = self
            .body
            .find(FORM)
            .unwrap_or_else(|| panic!("no token field in the upload form: {}", self.body))
            + FORM.len();
        let end = start + self.body[start..].find('"').unwrap();
        self.body[start..end].to_owned()
    }
}

/// A visitor's upload-form token: the cookie and the form field that go with it.
#[derive(Clone, Debug)]
pub(crate) struct Token {
    pub(crate) cookie: String,
    pub(crate) field: String,
}

/// The guestbook served on a free loopback port, with its own temporary database.
pub(crate) struct TestApp {
    pub(crate) address: SocketAddr,
    pub(crate) state: AppState,
    pub(crate) database: PathBuf,
    server: tokio::task::JoinHandle<()>,
    client: Client<HttpConnector, Full<Bytes>>,
    _dir: Option<TempDir>,
}

impl TestApp {
    /// Starts the app in this tokio runtime on `127.0.0.1:0`.
    pub(crate) async fn spawn() -> Self {
        let dir = TempDir::new("db");
        let database = dir.path().join("guestbook.sqlite3");
        let mut app = Self::spawn_on(&database).await;
        app._dir = Some(dir);
        app
    }

    /// Starts the app with `extra` routes (the browser test's controls) beside its own.
    pub(crate) async fn spawn_with(extra: axum::Router) -> Self {
        let dir = TempDir::new("db");
        let database = dir.path().join("guestbook.sqlite3");
        let mut app = Self::spawn_routes(&database, extra).await;
        app._dir = Some(dir);
        app
    }

    /// Starts the app on the database file `database` (which outlives it).
    pub(crate) async fn spawn_on(database: &Path) -> Self {
        Self::spawn_routes(database, axum::Router::new()).await
    }

    async fn spawn_routes(database: &Path, extra: axum::Router) -> Self {
        let state = AppState::open(database).expect("open the database");
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .await
            .expect("bind a free loopback port");
        let address = listener.local_addr().unwrap();
        let server = tokio::spawn({
            let router = guestbook::router(state.clone()).merge(extra);
            async move { axum::serve(listener, router).await.expect("serve") }
        });
        Self {
            address,
            state,
            database: database.to_owned(),
            server,
            client: Client::builder(TokioExecutor::new()).build_http(),
            _dir: None,
        }
    }

    /// Stops serving (the database stays).
    pub(crate) fn stop(&self) {
        self.server.abort();
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// Sends a request with `headers` and `body`.
    pub(crate) async fn request(
        &self,
        method: Method,
        path: &str,
        headers: &[(&str, &str)],
        body: impl Into<Bytes>,
    ) -> Reply {
        let mut request = Request::builder().method(method).uri(self.url(path));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request
            .body(Full::new(body.into()))
            .expect("a valid request");
        let response = self.client.request(request).await.expect("the app answers");
        let (parts, body) = response.into_parts();
        let body = body.collect().await.expect("read the body").to_bytes();
        Reply {
            status: parts.status,
            headers: parts.headers,
            body: String::from_utf8_lossy(&body).into_owned(),
        }
    }

    pub(crate) async fn get(&self, path: &str) -> Reply {
        self.request(Method::GET, path, &[], Bytes::new()).await
    }

    /// Gets a new visitor's upload-form token from the files page.
    pub(crate) async fn token(&self) -> Token {
        let page = self.get("/files").await;
        Token {
            cookie: page.csrf_cookie(),
            field: page.csrf_field(),
        }
    }

    /// Posts a URL-encoded form with `headers`.
    pub(crate) async fn post_form(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> Reply {
        let body = fields
            .iter()
            .map(|(name, value)| format!("{}={}", form_encode(name), form_encode(value)))
            .collect::<Vec<_>>()
            .join("&");
        let mut all = vec![(
            header::CONTENT_TYPE.as_str(),
            "application/x-www-form-urlencoded",
        )];
        all.extend_from_slice(headers);
        self.request(Method::POST, path, &all, body).await
    }

    /// Signs the guestbook as a browser on the page does (`Sec-Fetch-Site: same-origin`).
    pub(crate) async fn sign(&self, fields: &[(&str, &str)]) -> Reply {
        self.post_form("/entries", fields, &[("sec-fetch-site", "same-origin")])
            .await
    }

    /// Uploads one file with `token`'s cookie and field, as the files form does.
    pub(crate) async fn upload_with(&self, token: &Token, file_name: &str, bytes: &[u8]) -> Reply {
        self.upload(
            Some(&token.cookie),
            Some(&token.field),
            file_name,
            bytes,
            &[],
        )
        .await
    }

    /// Uploads one file as the files form does: the CSRF field first, then the file, with the
    /// token cookie `cookie` (if any) and `headers`.
    pub(crate) async fn upload(
        &self,
        cookie: Option<&str>,
        csrf: Option<&str>,
        file_name: &str,
        bytes: &[u8],
        headers: &[(&str, &str)],
    ) -> Reply {
        const BOUNDARY: &str = "----guestbook-test-boundary-7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        if let Some(csrf) = csrf {
            body.extend_from_slice(
                format!(
                    "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n"
                )
                .as_bytes(),
            );
        }
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
        let content_type = format!("multipart/form-data; boundary={BOUNDARY}");
        let cookie = cookie.map(|token| format!("guestbook_csrf={token}"));
        let mut all = vec![("content-type", content_type.as_str())];
        if let Some(cookie) = &cookie {
            all.push(("cookie", cookie));
        }
        all.extend_from_slice(headers);
        self.request(Method::POST, "/files", &all, body).await
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// `application/x-www-form-urlencoded` encoding of one name or value.
fn form_encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                out.push(char::from(byte));
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The CSP nonce in a page's policy header.
pub(crate) fn policy_nonce(policy: &str) -> &str {
    let start = policy.find("'nonce-").expect("the policy allows a nonce") + "'nonce-".len();
    let end = start + policy[start..].find('\'').expect("the nonce source ends");
    &policy[start..end]
}
