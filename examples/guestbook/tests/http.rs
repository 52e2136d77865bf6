//! The guestbook over plain HTTP: headers, CSRF (the Fetch Metadata layer and the upload
//! form's token), validation, uploads, persistence, and the binary itself.

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

    // Only the files page, whose form carries a token, sets the token cookie: for this site
    // only, never readable by scripts, never sent with requests other sites start.
    let home = app.get("/").await;
    assert!(
        home.headers.get("set-cookie").is_none(),
        "{:?}",
        home.headers
    );
    let files = app.get("/files").await;
    let cookie = files.header("set-cookie");
    for attribute in ["; HttpOnly", "; SameSite=Strict", "; Path=/"] {
        assert!(cookie.contains(attribute), "{cookie} lacks {attribute}");
    }
    assert!(
        !cookie.contains("; Secure"),
        "plain-HTTP loopback: {cookie}"
    );
    // The form holds the token's HMAC, never the cookie's value.
    let (cookie, field) = (files.csrf_cookie(), files.csrf_field());
    assert!(cookie.len() >= 32 && field.len() >= 32, "{cookie} {field}");
    assert!(!cookie.contains(&field) && !field.contains(&cookie));
}

/// The guestbook's page for a request the router's `CsrfLayer` refused: a 403 with the site's
/// layout, its security headers and a policy with the page's own nonce.
fn assert_refused_from_another_site(case: &str, reply: &common::Reply) {
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{case}");
    assert_eq!(
        reply.header("content-type"),
        "text/html; charset=utf-8",
        "{case}"
    );
    assert!(
        reply.body.starts_with("<!DOCTYPE html>"),
        "{case}: {}",
        reply.body
    );
    assert!(
        reply
            .body
            .contains("<title>Form not accepted · vetted guestbook</title>"),
        "{case}: {}",
        reply.body
    );
    assert!(
        reply
            .body
            .contains("<p>This form was sent from another site, so it was not accepted.</p>"),
        "{case}: {}",
        reply.body
    );
    let nonce = policy_nonce(reply.header("content-security-policy"));
    assert!(
        reply.body.contains(&format!(r#"<style nonce="{nonce}">"#)),
        "{case}: {}",
        reply.body
    );
    assert_eq!(reply.header("x-frame-options"), "SAMEORIGIN", "{case}");
}

/// The default protection: tower-http's `CsrfLayer` refuses a state-changing request that a
/// browser says came from another site, and lets through what came from this one and what
/// came from no browser at all.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn posts_from_other_sites_are_refused_before_any_handler() {
    let app = TestApp::spawn().await;
    let entry = [("name", "Ada"), ("message", "Hello")];
    let here = format!("http://{}", app.address);
    let other_port = format!("http://127.0.0.1:{}", app.address.port() ^ 1);
    let other_host = format!("http://localhost:{}", app.address.port());
    let refused: [(&str, Vec<(&str, &str)>); 6] = [
        ("cross-site", vec![("sec-fetch-site", "cross-site")]),
        ("same-site", vec![("sec-fetch-site", "same-site")]),
        (
            "cross-site, whatever its Origin says",
            vec![("sec-fetch-site", "cross-site"), ("origin", &here)],
        ),
        (
            "another origin, no Sec-Fetch-Site",
            vec![("origin", "http://evil.example")],
        ),
        (
            "another port, no Sec-Fetch-Site",
            vec![("origin", &other_port)],
        ),
        (
            "another host on this port, no Sec-Fetch-Site",
            vec![("origin", &other_host)],
        ),
    ];
    for (case, headers) in &refused {
        let reply = app.post_form("/entries", &entry, headers).await;
        assert_refused_from_another_site(case, &reply);
    }
    assert_eq!(app.state.store().entry_count().await.unwrap(), 0);

    let accepted: [(&str, Vec<(&str, &str)>); 4] = [
        ("same-origin", vec![("sec-fetch-site", "same-origin")]),
        ("typed by the visitor", vec![("sec-fetch-site", "none")]),
        ("this origin, no Sec-Fetch-Site", vec![("origin", &here)]),
        ("no browser: neither header", vec![]),
    ];
    for (number, (case, headers)) in (1..).zip(&accepted) {
        let reply = app.post_form("/entries", &entry, headers).await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{case}: {}",
            reply.body
        );
        assert_eq!(
            reply.header("location"),
            format!("/#entry-{number}"),
            "{case}"
        );
    }
    assert_eq!(app.state.store().entry_count().await.unwrap(), 4);

    // Reading is never refused: a link from another site opens the guestbook.
    let linked = app
        .request(Method::GET, "/", &[("sec-fetch-site", "cross-site")], "")
        .await;
    assert_eq!(linked.status, StatusCode::OK);
    assert!(linked.body.contains("Sign the guestbook"));
}

/// The token pattern, on the upload form: `axum_csrf`'s cookie and the HMAC in the form must
/// go together, and `CsrfLayer` still refuses the form from another site, token or not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uploads_need_the_field_that_goes_with_the_cookie() {
    let app = TestApp::spawn().await;
    let mine = app.token().await;
    let theirs = app.token().await;
    assert_ne!(
        mine.field, theirs.field,
        "every new visitor gets a new token"
    );
    // The cookie is encrypted: sent back, it gives the same token, so the same field.
    let again = app
        .request(
            Method::GET,
            "/files",
            &[("cookie", &format!("guestbook_csrf={}", mine.cookie))],
            "",
        )
        .await;
    assert_eq!(again.csrf_field(), mine.field);
    let mut tampered = mine.cookie.clone().into_bytes();
    tampered[10] = if tampered[10] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(tampered).unwrap();

    let cases: [(&str, Option<&str>, Option<&str>); 7] = [
        ("no cookie", None, Some(&mine.field)),
        ("no field", Some(&mine.cookie), None),
        ("empty field", Some(&mine.cookie), Some("")),
        (
            "another visitor's field",
            Some(&mine.cookie),
            Some(&theirs.field),
        ),
        (
            "the cookie as the field",
            Some(&mine.cookie),
            Some(&mine.cookie),
        ),
        ("a tampered cookie", Some(&tampered), Some(&mine.field)),
        ("a made-up field", Some(&mine.cookie), Some("Zm9yZ2Vk")),
    ];
    for (case, cookie, field) in cases {
        let reply = app.upload(cookie, field, "x.txt", b"x", &[]).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{case}");
        assert!(
            reply.body.contains("This form has expired."),
            "{case}: {}",
            reply.body
        );
        assert!(
            reply.header("set-cookie").starts_with("guestbook_csrf="),
            "{case}: a reloaded form can be sent"
        );
    }
    let cross_site = app
        .upload(
            Some(&mine.cookie),
            Some(&mine.field),
            "x.txt",
            b"x",
            &[("sec-fetch-site", "cross-site")],
        )
        .await;
    assert_refused_from_another_site("an upload from another site", &cross_site);
    assert!(app.state.store().files().await.unwrap().is_empty());

    for token in [&mine, &theirs] {
        let stored = app.upload_with(token, "x.txt", b"x").await;
        assert_eq!(stored.status, StatusCode::SEE_OTHER, "{}", stored.body);
    }
    assert_eq!(app.state.store().files().await.unwrap().len(), 2);
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
    let stored = app.upload_with(&token, name, html).await;
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

    let png = app.upload_with(&token, "Photo.PNG", b"\x89PNG").await;
    assert_eq!(png.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.get("/files/2").await.header("content-type"),
        "image/png"
    );

    let too_large = app
        .upload_with(&token, "big.bin", &vec![0; guestbook::FILE_MAX + 1])
        .await;
    assert_eq!(too_large.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(too_large.body.contains("larger than 1 MiB"));
    let empty = app.upload_with(&token, "empty.txt", b"").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("That file is empty."));
    let nameless = app.upload_with(&token, "", b"").await;
    assert_eq!(nameless.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(nameless.body.contains("Please choose a file to upload."));
    let long_name = format!("{}.txt", "n".repeat(300));
    let long = app.upload_with(&token, &long_name, b"x").await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
    // A refused file leaves the form usable: the page sets the token cookie again.
    assert!(long.header("set-cookie").starts_with("guestbook_csrf="));
    assert_eq!(long.csrf_field(), token.field);
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
        let upload = app.upload_with(&token, "notes.txt", b"kept").await;
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
    // Reports are outside the CSRF layer: the browser sends them itself, and they change
    // nothing but this log.
    let cross_site = app
        .request(
            Method::POST,
            "/csp-reports",
            &[
                ("content-type", "application/csp-report"),
                ("sec-fetch-site", "cross-site"),
            ],
            report,
        )
        .await;
    assert_eq!(cross_site.status, StatusCode::NO_CONTENT);
    assert_eq!(app.state.csp_reports(), [report, report]);
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

/// A like is an htmx POST with nothing to send: the button carries no token (vetted writes
/// nothing for `FetchMetadata`), a like from another site is refused, one from the page is
/// counted and answered with the new button, whose htmx attributes carry the response's nonce;
/// a quote echoes the words it was sent, as text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn likes_are_refused_from_other_sites_and_quotes_are_text() {
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
    let at = page
        .body
        .find(r#"<button type="button" class="like""#)
        .unwrap();
    let button = &page.body[at..at + page.body[at..].find('>').unwrap()];
    assert!(
        button.contains(r#" hx-post="/entries/1/like""#) && !button.contains("hx-vals"),
        "the like button sends nothing but the request: {button}"
    );
    assert!(
        !page.body.contains(r#"name="csrf""#),
        "no token on the guestbook page"
    );

    let like = |site: &'static str| {
        let app = &app;
        async move {
            app.request(
                Method::POST,
                "/entries/1/like",
                &[("sec-fetch-site", site)],
                "",
            )
            .await
        }
    };
    for site in ["cross-site", "same-site"] {
        assert_refused_from_another_site(site, &like(site).await);
    }
    assert_eq!(app.state.store().entries().await.unwrap()[0].likes, 0);
    for expected in 1..=2 {
        let liked = like("same-origin").await;
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
        assert!(!liked.body.contains("hx-vals"), "{}", liked.body);
    }
    let missing = app
        .request(
            Method::POST,
            "/entries/99/like",
            &[("sec-fetch-site", "same-origin")],
            "",
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
