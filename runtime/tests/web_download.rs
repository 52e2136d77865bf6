//! `content_disposition` checked against an independent RFC 6266/8187 parser, and the headers every `Download` carries.

use content_disposition::{DispositionType as Parsed, parse_content_disposition};
use vetted::download::{ContentType, DispositionType, Download, content_disposition};

/// What the parser reads from `header`: the disposition, the `filename` fallback, and the
/// name `filename*` decodes to (parsed on its own, since the parser prefers `filename`).
fn parse(header: &str) -> (Parsed, Option<String>, Option<String>) {
    let parsed = parse_content_disposition(header);
    let fallback = parsed.params.get("filename").cloned();
    let extended = parsed.params.get("filename*").map(|raw| {
        let alone = parse_content_disposition(&format!("attachment; filename*={raw}"));
        alone
            .params
            .get("filename")
            .cloned()
            .expect("filename* decodes")
    });
    (parsed.disposition, fallback, extended)
}

fn header_is_safe(header: &str) {
    assert!(
        header.bytes().all(|b| b == b' ' || b.is_ascii_graphic()),
        "not printable ASCII: {header:?}"
    );
}

#[test]
fn ascii_names_are_sent_quoted_and_alone() {
    let header = content_disposition(DispositionType::Attachment, "report 2024.pdf");
    assert_eq!(header, r#"attachment; filename="report 2024.pdf""#);
    assert_eq!(
        parse(&header),
        (Parsed::Attachment, Some("report 2024.pdf".into()), None)
    );
}

#[test]
fn non_ascii_names_get_an_ascii_fallback_and_a_utf8_filename_star() {
    for (name, fallback) in [
        ("résumé.pdf", "r_sum_.pdf"),
        ("日本語.txt", "___.txt"),
        ("emoji 🎉.png", "emoji _.png"),
    ] {
        let header = content_disposition(DispositionType::Attachment, name);
        header_is_safe(&header);
        assert_eq!(
            parse(&header),
            (Parsed::Attachment, Some(fallback.into()), Some(name.into())),
            "{header}"
        );
    }
    assert_eq!(
        content_disposition(DispositionType::Attachment, "日本語.txt"),
        r#"attachment; filename="___.txt"; filename*=UTF-8''%E6%97%A5%E6%9C%AC%E8%AA%9E.txt"#
    );
}

#[test]
fn a_percent_escape_in_the_name_is_not_left_for_browsers_to_decode() {
    let header = content_disposition(DispositionType::Attachment, "50%20off.pdf");
    assert_eq!(
        header,
        r#"attachment; filename="50_20off.pdf"; filename*=UTF-8''50%2520off.pdf"#
    );
    assert_eq!(parse(&header).2.as_deref(), Some("50%20off.pdf"));
    // A `%` not followed by two hex digits is kept.
    assert_eq!(
        content_disposition(DispositionType::Attachment, "100%.txt"),
        r#"attachment; filename="100%.txt""#
    );
}

#[test]
fn quotes_and_semicolons_cannot_end_the_parameter() {
    for (name, fallback) in [
        ("a\"b.txt", "a_b.txt"),
        ("a;b.txt", "a_b.txt"),
        ("\"; filename=evil.exe", "__ filename=evil.exe"),
    ] {
        let header = content_disposition(DispositionType::Attachment, name);
        assert_eq!(
            parse(&header),
            (Parsed::Attachment, Some(fallback.into()), Some(name.into())),
            "{header}"
        );
    }
}

#[test]
fn line_breaks_and_controls_never_reach_the_header() {
    let header = content_disposition(DispositionType::Attachment, "a\r\nX: y");
    assert_eq!(header, r#"attachment; filename="a__X: y""#);
    assert_eq!(
        parse(&header),
        (Parsed::Attachment, Some("a__X: y".into()), None)
    );
    for name in ["\0", "tab\there", "del\u{7f}", "c1\u{85}\u{9b}", "é\r\n"] {
        let header = content_disposition(DispositionType::Inline, name);
        header_is_safe(&header);
        let (_, fallback, extended) = parse(&header);
        for decoded in fallback.iter().chain(&extended) {
            assert!(
                !decoded.chars().any(char::is_control),
                "{name:?} gave {decoded:?}"
            );
        }
    }
}

#[test]
fn path_separators_and_bidi_overrides_are_replaced() {
    let header = content_disposition(DispositionType::Attachment, "../../etc/passwd");
    assert_eq!(
        parse(&header),
        (Parsed::Attachment, Some(".._.._etc_passwd".into()), None)
    );
    let header = content_disposition(DispositionType::Attachment, r"C:\Windows\win.ini");
    assert_eq!(parse(&header).1.as_deref(), Some("C:_Windows_win.ini"));
    let header = content_disposition(DispositionType::Attachment, "invoice\u{202E}fdp.exe");
    assert_eq!(
        parse(&header),
        (Parsed::Attachment, Some("invoice_fdp.exe".into()), None)
    );
}

#[test]
fn an_empty_name_writes_the_disposition_alone() {
    assert_eq!(
        content_disposition(DispositionType::Attachment, ""),
        "attachment"
    );
    assert_eq!(content_disposition(DispositionType::Inline, ""), "inline");
    assert_eq!(parse("inline"), (Parsed::Inline, None, None));
}

#[test]
fn inline_is_written_when_asked() {
    let header = content_disposition(DispositionType::Inline, "photo.png");
    assert_eq!(
        parse(&header),
        (Parsed::Inline, Some("photo.png".into()), None)
    );
}

#[test]
fn every_short_name_is_safe_and_round_trips_through_the_parser() {
    // Every pair of characters from a set that covers each class the function treats apart.
    let alphabet = [
        'a', 'Z', '0', ' ', '.', '"', '\\', '/', ';', '%', '2', 'f', '\'', '*', '=', ',', '(',
        '\r', '\n', '\t', '\0', '\u{7f}', '\u{85}', 'é', '€', '日', '🎉', '\u{202E}', '\u{2066}',
    ];
    for a in alphabet {
        for b in alphabet {
            let name: String = [a, b, 'x'].iter().collect();
            let header = content_disposition(DispositionType::Attachment, &name);
            header_is_safe(&header);
            let (kind, fallback, extended) = parse(&header);
            assert_eq!(kind, Parsed::Attachment, "{header}");
            let fallback = fallback.expect("a fallback is always written");
            assert!(
                fallback.is_ascii() && !fallback.contains(['"', '\\', '/', ';']),
                "{header}"
            );
            let saved = extended.unwrap_or(fallback);
            let expected: String = name
                .chars()
                .map(|c| {
                    if c.is_control() || matches!(c, '/' | '\\' | '\u{202E}' | '\u{2066}') {
                        '_'
                    } else {
                        c
                    }
                })
                .collect();
            assert_eq!(saved, expected, "{header}");
        }
    }
}

#[test]
fn a_long_hostile_name_never_panics() {
    let name: String = (0..=0x2100_u32).filter_map(char::from_u32).collect();
    let header = content_disposition(DispositionType::Attachment, &name);
    header_is_safe(&header);
}

#[test]
fn downloads_always_carry_attachment_nosniff_and_a_sandbox() {
    let download = Download::new(
        "a\r\nb.html",
        ContentType::OctetStream,
        b"<script>".to_vec(),
    );
    assert_eq!(
        download.headers().collect::<Vec<_>>(),
        [
            ("content-type", "application/octet-stream"),
            ("content-disposition", r#"attachment; filename="a__b.html""#),
            ("x-content-type-options", "nosniff"),
            ("content-security-policy", "default-src 'none'; sandbox"),
        ]
    );
    assert_eq!(download.into_body(), b"<script>");
}

#[test]
fn the_content_type_comes_only_from_the_allowlist() {
    let all = [
        (ContentType::Pdf, "application/pdf"),
        (ContentType::Png, "image/png"),
        (ContentType::Jpeg, "image/jpeg"),
        (ContentType::Gif, "image/gif"),
        (ContentType::Webp, "image/webp"),
        (ContentType::PlainText, "text/plain; charset=utf-8"),
        (ContentType::Csv, "text/csv; charset=utf-8"),
        (ContentType::Zip, "application/zip"),
        (ContentType::Json, "application/json"),
        (ContentType::OctetStream, "application/octet-stream"),
    ];
    for (kind, value) in all {
        let download = Download::new("f", kind, Vec::new());
        assert_eq!(download.headers().next(), Some(("content-type", value)));
        for scriptable in ["html", "svg", "xml", "javascript"] {
            assert!(!value.contains(scriptable));
        }
    }
}
