//! `SecurityHeaders`: the recommended values, the nonce policy, each builder method, and the refusal of values that could split a header.

use vetted::csp::Nonce;
use vetted::headers::{
    CrossOriginOpenerPolicy, FrameOptions, Hsts, ReferrerPolicy, SecurityHeaders,
};

fn pairs(headers: &SecurityHeaders) -> Vec<(&'static str, String)> {
    headers
        .iter()
        .map(|(name, value)| (name, value.into_owned()))
        .collect()
}

fn nonce() -> Nonce {
    Nonce::try_from_external("n0nceN0nceN0nceN0nce+/").unwrap()
}

#[test]
fn recommended_headers_are_the_strict_defaults_in_order() {
    assert_eq!(
        pairs(&SecurityHeaders::recommended()),
        [
            (
                "content-security-policy",
                "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'".into()
            ),
            (
                "strict-transport-security",
                "max-age=31536000; includeSubDomains".into()
            ),
            ("x-content-type-options", "nosniff".into()),
            ("x-frame-options", "SAMEORIGIN".into()),
            ("referrer-policy", "strict-origin-when-cross-origin".into()),
            ("cross-origin-opener-policy", "same-origin".into()),
            (
                "permissions-policy",
                "camera=(), microphone=(), geolocation=(), payment=(), usb=()".into()
            ),
            ("x-xss-protection", "0".into()),
        ]
    );
}

#[test]
fn recommended_policy_with_a_nonce_allows_only_that_nonce_and_what_it_loads() {
    let headers = SecurityHeaders::recommended();
    let with_nonce: Vec<_> = headers.iter_with_nonce(&nonce()).collect();
    assert_eq!(
        with_nonce[0],
        (
            "content-security-policy",
            "script-src 'nonce-n0nceN0nceN0nceN0nce+/' 'strict-dynamic'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'".into()
        )
    );
    // Every other header is the same with or without a nonce.
    assert_eq!(with_nonce[1..], headers.iter().collect::<Vec<_>>()[1..]);
}

#[test]
fn never_writes_hpkp_or_expect_ct_whatever_the_configuration() {
    for headers in [
        SecurityHeaders::recommended(),
        SecurityHeaders::recommended().hsts_preload(),
        SecurityHeaders::default()
            .content_security_policy("default-src *")
            .unwrap(),
    ] {
        for (name, _) in headers.iter_with_nonce(&nonce()) {
            assert!(
                ![
                    "public-key-pins",
                    "public-key-pins-report-only",
                    "expect-ct"
                ]
                .contains(&name)
            );
            assert_eq!(name, name.to_ascii_lowercase());
        }
    }
}

#[test]
fn each_header_can_be_dropped() {
    let none = SecurityHeaders::recommended()
        .without_content_security_policy()
        .without_hsts()
        .without_content_type_options()
        .without_frame_options()
        .without_referrer_policy()
        .without_cross_origin_opener_policy()
        .without_permissions_policy()
        .without_xss_protection();
    assert_eq!(none.iter().count(), 0);
    assert_eq!(none.iter_with_nonce(&nonce()).count(), 0);
}

#[test]
fn each_header_with_choices_can_be_changed() {
    let headers = SecurityHeaders::recommended()
        .content_security_policy("default-src 'none'")
        .unwrap()
        .hsts(Hsts::max_age(600).without_subdomains())
        .frame_options(FrameOptions::Deny)
        .referrer_policy(ReferrerPolicy::NoReferrer)
        .cross_origin_opener_policy(CrossOriginOpenerPolicy::UnsafeNone)
        .permissions_policy(String::from("fullscreen=(self)"))
        .unwrap();
    assert_eq!(
        pairs(&headers)[..6],
        [
            ("content-security-policy", "default-src 'none'".into()),
            ("strict-transport-security", "max-age=600".into()),
            ("x-content-type-options", "nosniff".into()),
            ("x-frame-options", "DENY".into()),
            ("referrer-policy", "no-referrer".into()),
            ("cross-origin-opener-policy", "unsafe-none".into()),
        ]
    );
    assert_eq!(
        headers.get("permissions-policy").as_deref(),
        Some("fullscreen=(self)")
    );
}

#[test]
fn hsts_preload_is_opt_in_and_meets_the_preload_list_rules() {
    assert!(
        !SecurityHeaders::recommended()
            .get("strict-transport-security")
            .unwrap()
            .contains("preload")
    );
    let short = SecurityHeaders::recommended()
        .hsts(Hsts::max_age(60).without_subdomains())
        .hsts_preload();
    assert_eq!(
        short.get("strict-transport-security").as_deref(),
        Some("max-age=31536000; includeSubDomains; preload")
    );
    assert_eq!(
        Hsts::max_age(63_072_000).preload().to_string(),
        "max-age=63072000; includeSubDomains; preload"
    );
    // Preloading after dropping HSTS brings it back, preloaded.
    let back = SecurityHeaders::recommended().without_hsts().hsts_preload();
    assert!(
        back.get("strict-transport-security")
            .unwrap()
            .ends_with("; preload")
    );
}

#[test]
fn every_referrer_and_opener_policy_has_its_standard_spelling() {
    let referrer = [
        (ReferrerPolicy::NoReferrer, "no-referrer"),
        (
            ReferrerPolicy::NoReferrerWhenDowngrade,
            "no-referrer-when-downgrade",
        ),
        (ReferrerPolicy::Origin, "origin"),
        (
            ReferrerPolicy::OriginWhenCrossOrigin,
            "origin-when-cross-origin",
        ),
        (ReferrerPolicy::SameOrigin, "same-origin"),
        (ReferrerPolicy::StrictOrigin, "strict-origin"),
        (
            ReferrerPolicy::StrictOriginWhenCrossOrigin,
            "strict-origin-when-cross-origin",
        ),
        (ReferrerPolicy::UnsafeUrl, "unsafe-url"),
    ];
    for (policy, value) in referrer {
        assert_eq!(policy.as_str(), value);
    }
    assert_eq!(CrossOriginOpenerPolicy::SameOrigin.as_str(), "same-origin");
    assert_eq!(
        CrossOriginOpenerPolicy::SameOriginAllowPopups.as_str(),
        "same-origin-allow-popups"
    );
    assert_eq!(CrossOriginOpenerPolicy::UnsafeNone.as_str(), "unsafe-none");
}

#[test]
fn custom_policy_takes_the_nonce_at_each_placeholder_and_fails_closed_without_one() {
    let headers = SecurityHeaders::recommended()
        .content_security_policy("script-src {nonce}; style-src {nonce} 'self'")
        .unwrap();
    assert_eq!(
        headers.iter_with_nonce(&nonce()).next().unwrap().1,
        "script-src 'nonce-n0nceN0nceN0nceN0nce+/'; style-src 'nonce-n0nceN0nceN0nceN0nce+/' 'self'"
    );
    assert_eq!(
        headers.get("content-security-policy").as_deref(),
        Some("script-src ; style-src  'self'")
    );
}

#[test]
fn custom_policy_without_a_placeholder_is_sent_as_it_is() {
    let headers = SecurityHeaders::recommended()
        .content_security_policy("default-src 'self'")
        .unwrap();
    assert_eq!(
        headers.iter_with_nonce(&nonce()).next().unwrap().1,
        "default-src 'self'"
    );
}

#[test]
fn refuses_a_policy_that_would_split_the_header() {
    let error = SecurityHeaders::recommended()
        .content_security_policy("default-src 'self'\r\nSet-Cookie: session=evil")
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "the `content-security-policy` value has a control or non-ASCII character at byte 18; use printable ASCII only"
    );
}

#[test]
fn refuses_a_permissions_policy_with_non_ascii_text() {
    let error = SecurityHeaders::recommended()
        .permissions_policy("camera=(«self»)")
        .unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("the `permissions-policy` value has a control or non-ASCII character")
    );
}

#[test]
fn every_value_is_printable_ascii() {
    let headers = SecurityHeaders::recommended().hsts_preload();
    for (_, value) in headers.iter().chain(headers.iter_with_nonce(&nonce())) {
        assert!(
            value.bytes().all(|b| b == b' ' || b.is_ascii_graphic()),
            "{value:?}"
        );
    }
}
