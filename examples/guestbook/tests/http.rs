//! The guestbook over plain HTTP: headers, CSRF, validation, uploads, persistence, and the
//! binary itself.

mod common;

use std::io::{BufRead as _, BufReader};
use std::process::{Command, Stdio};

use axum::http::{Method, StatusCode};
use common::{TempDir, TestApp, policy_nonce};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_carry_a_fresh_nonce_and_the_security_headers() {
    let app = TestApp::spawn().await;
    let mut nonces = Vec::new();
    for path in ["/", "/files", "/no-such-page"] {
        let page = app.get(path).await;
        let policy = page.header("content-security-policy");
        let nonce = policy_nonce(policy).to_owned();
        assert!(
            policy.starts_with(&format!(
                "script-src 'nonce-{nonce}' 'strict-dynamic'; style-src 'nonce-{nonce}';"
            )),
            "{policy}"
        );
        for directive in [
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'self'",
            "form-action 'self'",
            "require-trusted-types-for 'script'",
            "report-uri /csp-reports",
        ] {
            assert!(
                policy.contains(directive),
                "{path}: {policy} lacks {directive}"
            );
        }
        // Every script and style element carries the nonce the header allows.
        let stamped = format!(r#" nonce="{nonce}""#);
        for tag in ["<script", "<style"] {
            for (at, _) in page.body.match_indices(tag) {
                let end = at + page.body[at..].find('>').unwrap();
                assert!(
                    page.body[at..end].contains(&stamped),
                    "{path}: {}",
                    &page.body[at..=end]
                );
            }
        }
        assert_eq!(page.header("content-type"), "text/html; charset=utf-8");
        assert_eq!(page.header("cache-control"), "no-store");
        assert_eq!(page.header("x-content-type-options"), "nosniff");
        assert_eq!(page.header("x-frame-options"), "SAMEORIGIN");
        assert_eq!(
            page.header("referrer-policy"),
            "strict-origin-when-cross-origin"
        );
        assert_eq!(page.header("cross-origin-opener-policy"), "same-origin");
        assert_eq!(page.header("x-xss-protection"), "0");
        assert!(
            page.header("strict-transport-security")
                .starts_with("max-age=")
        );
        assert!(page.header("permissions-policy").contains("camera=()"));
        nonces.push(nonce);
    }
    nonces.sort();
    nonces.dedup();
    assert_eq!(nonces.len(), 3, "every response has its own nonce");

    let page = app.get("/").await;
    let cookie = page.header("set-cookie");
    assert!(
        cookie.ends_with("; Path=/; HttpOnly; SameSite=Strict"),
        "{cookie}"
    );
    assert_eq!(page.csrf_cookie().len(), 43);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_needs_the_cookie_and_the_field_to_match() {
    let app = TestApp::spawn().await;
    let token = app.token().await;
    let other = app.token().await;
    assert_ne!(token, other, "a visitor without a cookie gets a new token");
    let entry = [("name", "Ada"), ("message", "Hello")];
    let with = |csrf| with_csrf(csrf, &entry);
    let (token, other) = (token.as_str(), other.as_str());

    let refused = [
        (
            "no cookie",
            app.post_form("/entries", None, &with(token), &[]).await,
        ),
        (
            "no field",
            app.post_form("/entries", Some(token), &entry, &[]).await,
        ),
        (
            "other token",
            app.post_form("/entries", Some(token), &with(other), &[])
                .await,
        ),
        (
            "empty field",
            app.post_form("/entries", Some(token), &with(""), &[]).await,
        ),
        (
            "cross-site",
            app.post_form(
                "/entries",
                Some(token),
                &with(token),
                &[("sec-fetch-site", "cross-site")],
            )
            .await,
        ),
        (
            "same-site",
            app.post_form(
                "/entries",
                Some(token),
                &with(token),
                &[("sec-fetch-site", "same-site")],
            )
            .await,
        ),
    ];
    for (case, reply) in &refused {
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{case}");
        assert!(
            reply.body.contains("Form not accepted"),
            "{case}: {}",
            reply.body
        );
    }
    assert!(refused[4].1.body.contains("sent from another site"));
    assert_eq!(app.state.store().entry_count().await.unwrap(), 0);

    let accepted = app
        .post_form(
            "/entries",
            Some(token),
            &with(token),
            &[("sec-fetch-site", "same-origin")],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    assert_eq!(accepted.header("location"), "/#entry-1");
    assert_eq!(app.state.store().entry_count().await.unwrap(), 1);
}

fn with_csrf<'a>(csrf: &'a str, fields: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut all = vec![("csrf", csrf)];
    all.extend_from_slice(fields);
    all
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_input_is_a_422_with_messages_in_the_form() {
    let app = TestApp::spawn().await;
    let long_name = "<b>".repeat(27);
    let long_message = "x".repeat(2001);
    // The fields sent, the error element expected, and a piece of its text.
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: [Case<'_>; 7] = [
        (
            &[("name", ""), ("message", "hi")],
            "name-error",
            "Please enter your name.",
        ),
        (
            &[("name", "   "), ("message", "hi")],
            "name-error",
            "Please enter your name.",
        ),
        (
            &[("name", &long_name), ("message", "hi")],
            "name-error",
            "That is too long: 81 characters",
        ),
        (
            &[("name", "a\u{7}b"), ("message", "hi")],
            "name-error",
            "control characters",
        ),
        (
            &[("name", "Ada"), ("message", "")],
            "message-error",
            "Please enter a message.",
        ),
        (
            &[("name", "Ada"), ("message", &long_message)],
            "message-error",
            "2001 characters",
        ),
        (
            &[
                ("name", "Ada"),
                ("message", "hi"),
                ("website", " javascript:alert(1)"),
            ],
            "website-error",
            "without spaces",
        ),
    ];
    for (fields, id, text) in cases {
        let reply = app.sign(fields).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        assert!(reply.body.contains("Nothing was saved"), "{fields:?}");
        let error = format!(r#"<p class="error" id="{id}">"#);
        let at = reply
            .body
            .find(&error)
            .unwrap_or_else(|| panic!("{fields:?}: no {id}"));
        assert!(
            reply.body[at..]
                .split("</p>")
                .next()
                .unwrap()
                .contains(text),
            "{fields:?}"
        );
        assert!(reply.body.contains(r#"aria-invalid="true""#));
    }
    // The form comes back with what was typed, escaped for where it sits.
    let reply = app
        .sign(&[
            ("name", "\"><script>x</script>"),
            ("message", ""),
            ("avatar", "a\"b"),
        ])
        .await;
    assert!(
        reply
            .body
            .contains(r#"value="&#34;&#62;&#60;script&#62;x&#60;/script&#62;""#)
    );
    assert!(reply.body.contains(r#"value="a&#34;b""#));
    assert_eq!(app.state.store().entry_count().await.unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_requests_get_4xx_pages_never_500() {
    let app = TestApp::spawn().await;
    let json = app
        .request(
            Method::POST,
            "/entries",
            &[("content-type", "application/json")],
            "{}",
        )
        .await;
    assert_eq!(json.status, StatusCode::BAD_REQUEST);
    assert!(json.body.contains("did not arrive as a web form"));
    let not_multipart = app
        .request(
            Method::POST,
            "/files",
            &[("content-type", "text/plain")],
            "hi",
        )
        .await;
    assert_eq!(not_multipart.status, StatusCode::BAD_REQUEST);
    let broken = app
        .request(
            Method::POST,
            "/files",
            &[("content-type", "multipart/form-data; boundary=x")],
            "--x\r\nnot a part",
        )
        .await;
    assert!(broken.status.is_client_error(), "{}", broken.status);
    for path in [
        "/files/abc",
        "/files/99",
        "/files/-1",
        "/nope",
        "/%3Cscript%3E",
    ] {
        let reply = app.get(path).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        assert!(reply.body.contains("There is nothing at this address."));
        assert!(reply.header("content-security-policy").contains("'nonce-"));
    }
    let redirect = app.get("/entries").await;
    assert_eq!(redirect.status, StatusCode::SEE_OTHER);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uploads_are_downloaded_never_rendered() {
    let app = TestApp::spawn().await;
    let token = app.token().await;
    let name = "<img src=x onerror=alert(1)>.html";
    let html = b"<script>alert(document.domain)</script>";
    let stored = app.upload(Some(&token), Some(&token), name, html).await;
    assert_eq!(stored.status, StatusCode::SEE_OTHER);
    assert_eq!(stored.header("location"), "/files");

    let list = app.get("/files").await;
    assert!(list.body.contains(
        r#"<a class="download" href="/files/1">&#60;img src=x onerror=alert(1)&#62;.html</a>"#
    ));
    let download = app.get("/files/1").await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(download.body.as_bytes(), html);
    assert_eq!(download.header("content-type"), "application/octet-stream");
    assert_eq!(
        download.header("content-disposition"),
        r#"attachment; filename="<img src=x onerror=alert(1)>.html""#
    );
    assert_eq!(download.header("x-content-type-options"), "nosniff");
    assert_eq!(
        download.header("content-security-policy"),
        "default-src 'none'; sandbox"
    );

    let png = app
        .upload(Some(&token), Some(&token), "Photo.PNG", b"\x89PNG")
        .await;
    assert_eq!(png.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.get("/files/2").await.header("content-type"),
        "image/png"
    );

    let too_large = app
        .upload(
            Some(&token),
            Some(&token),
            "big.bin",
            &vec![0; guestbook::FILE_MAX + 1],
        )
        .await;
    assert_eq!(too_large.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(too_large.body.contains("larger than 1 MiB"));
    let empty = app
        .upload(Some(&token), Some(&token), "empty.txt", b"")
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("That file is empty."));
    let nameless = app.upload(Some(&token), Some(&token), "", b"").await;
    assert_eq!(nameless.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(nameless.body.contains("Please choose a file to upload."));
    let long_name = format!("{}.txt", "n".repeat(300));
    let long = app
        .upload(Some(&token), Some(&token), &long_name, b"x")
        .await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
    for (cookie, field) in [(None, Some(token.as_str())), (Some(token.as_str()), None)] {
        let forged = app.upload(cookie, field, "x.txt", b"x").await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
    }
    assert_eq!(app.state.store().files().await.unwrap().len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn entries_and_files_survive_a_restart() {
    let dir = TempDir::new("restart");
    let database = dir.path().join("nested/dir/book.sqlite3");
    {
        let app = TestApp::spawn_on(&database).await;
        let reply = app
            .sign(&[
                ("name", "Persistent <Pat>"),
                ("message", "Still here\nafter a restart"),
            ])
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        let token = app.token().await;
        let upload = app
            .upload(Some(&token), Some(&token), "notes.txt", b"kept")
            .await;
        assert_eq!(upload.status, StatusCode::SEE_OTHER);
        app.stop();
    }
    let app = TestApp::spawn_on(&database).await;
    let page = app.get("/").await;
    assert!(
        page.body
            .contains(r#"<strong class="name">Persistent &#60;Pat&#62;</strong>"#)
    );
    assert!(
        page.body
            .contains("<div class=\"message\"><p>Still here\nafter a restart</p>\n</div>")
    );
    assert_eq!(app.get("/files/1").await.body, "kept");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn csp_reports_are_recorded() {
    let app = TestApp::spawn().await;
    let report =
        r#"{"csp-report":{"violated-directive":"script-src-elem","blocked-uri":"inline"}}"#;
    let reply = app
        .request(
            Method::POST,
            "/csp-reports",
            &[("content-type", "application/csp-report")],
            report,
        )
        .await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    assert_eq!(app.state.csp_reports(), [report]);
    let huge = app
        .request(Method::POST, "/csp-reports", &[], vec![b'x'; 20_000])
        .await;
    assert_eq!(huge.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[test]
fn the_binary_prints_its_url_and_serves() {
    let dir = TempDir::new("binary");
    let database = dir.path().join("run.sqlite3");
    let mut child = Command::new(env!("CARGO_BIN_EXE_guestbook"))
        .env("PORT", "0")
        .env("DATABASE_URL", format!("sqlite://{}", database.display()))
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the guestbook binary");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first_line = String::new();
    stdout.read_line(&mut first_line).unwrap();
    let url = first_line
        .trim()
        .strip_prefix("Guestbook running on ")
        .unwrap_or_else(|| panic!("unexpected first line: {first_line:?}"))
        .to_owned();
    assert!(
        url.starts_with("http://127.0.0.1:") && url.ends_with('/'),
        "{url}"
    );
    // A plain HTTP/1.1 request, without a client library.
    let address = url.trim_start_matches("http://").trim_end_matches('/');
    let response = {
        use std::io::{Read as _, Write as _};
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        stream
            .write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
    };
    let _ = child.kill();
    let _ = child.wait();
    drop(stdout);
    assert!(response.starts_with("HTTP/1.1 200 OK\r\n"), "{response}");
    assert!(response.contains("Sign the guestbook"));
    assert!(database.exists(), "the database is created on first run");

    let bad_port = Command::new(env!("CARGO_BIN_EXE_guestbook"))
        .env("PORT", "eighty")
        .env("DATABASE_URL", &database)
        .output()
        .unwrap();
    assert!(!bad_port.status.success());
    assert!(String::from_utf8_lossy(&bad_port.stderr).contains("PORT must be a port number"));
}

#[test]
fn database_urls_name_files() {
    use std::path::Path;
    assert_eq!(
        guestbook::database_path(None),
        Path::new("target/guestbook.sqlite3")
    );
    assert_eq!(
        guestbook::database_path(Some("")),
        Path::new("target/guestbook.sqlite3")
    );
    assert_eq!(
        guestbook::database_path(Some("sqlite:///tmp/a.db")),
        Path::new("/tmp/a.db")
    );
    assert_eq!(
        guestbook::database_path(Some("sqlite:b.db")),
        Path::new("b.db")
    );
    assert_eq!(guestbook::database_path(Some("c.db")), Path::new("c.db"));
}

/// A like is an htmx POST: refused without the CSRF field htmx sends from `hx-vals`, counted
/// with it, and answered with the new button, whose htmx attributes carry the response's
/// nonce; a quote echoes the words it was sent, as text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn likes_are_csrf_checked_and_quotes_are_text() {
    let app = TestApp::spawn().await;
    let signed = app
        .sign(&[
            ("name", "Ada"),
            ("message", "hi"),
            ("website", ""),
            ("avatar", ""),
        ])
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    let page = app.get("/").await;
    let token = page.csrf_cookie();
    assert!(
        page.body.contains(&format!(
            r#"hx-vals="{{&#34;csrf&#34;:&#34;{token}&#34;}}""#
        )),
        "the like button sends the token"
    );

    let refused = app
        .post_form("/entries/1/like", Some(&token), &[], &[])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let forged = app
        .post_form("/entries/1/like", Some(&token), &[("csrf", "forged")], &[])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    for expected in 1..=2 {
        let liked = app
            .post_form(
                "/entries/1/like",
                Some(&token),
                &[("csrf", token.as_str())],
                &[],
            )
            .await;
        assert_eq!(liked.status, StatusCode::OK);
        let nonce = policy_nonce(liked.header("content-security-policy")).to_owned();
        assert!(liked.body.starts_with("<button"), "{}", liked.body);
        assert!(
            liked.body.contains(&format!(">♥ {expected}</button>")),
            "{}",
            liked.body
        );
        assert!(
            liked.body.contains(&format!(r#" hx-nonce="{nonce}""#)),
            "{}",
            liked.body
        );
    }
    let missing = app
        .post_form(
            "/entries/99/like",
            Some(&token),
            &[("csrf", token.as_str())],
            &[],
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);

    let quote = app
        .get("/entries/1/quote?name=%3Cb%3EAda&message=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await;
    assert_eq!(quote.status, StatusCode::OK);
    assert_eq!(
        quote.body,
        concat!(
            r#"<blockquote class="quote"><p class="quote-name">&#60;b&#62;Ada wrote:</p>"#,
            r#"<p class="quote-message">&#60;script&#62;alert(1)&#60;/script&#62;</p></blockquote>"#
        )
    );
    assert_eq!(
        app.get("/entries/1/quote").await.status,
        StatusCode::BAD_REQUEST
    );
}

/// The front-end libraries are served as scripts that never sniff into anything else; any
/// other name under `/static/` is not found.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn static_assets_are_only_the_listed_scripts() {
    let app = TestApp::spawn().await;
    for (name, _) in guestbook::ASSETS {
        let asset = app.get(&format!("/static/{name}")).await;
        assert_eq!(
            asset.status,
            StatusCode::OK,
            "{name}: run `npm ci --prefix examples/guestbook`"
        );
        assert_eq!(
            asset.header("content-type"),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(asset.header("x-content-type-options"), "nosniff");
    }
    for other in [
        "/static/package.json",
        "/static/..%2Fpackage.json",
        "/static/htmx.js",
    ] {
        assert_eq!(
            app.get(other).await.status,
            StatusCode::NOT_FOUND,
            "{other}"
        );
    }
}
