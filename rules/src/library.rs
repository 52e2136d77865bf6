//! The attributes front-end libraries read: which of them run their value as code, fetch it,
//! parse it as data, or only use it as text. The name column of the library rows of the sink
//! table.
//!
//! A library loaded on the page turns these attributes into code as surely as the browser runs
//! `onclick`, so they are sinks like any other. Each rule below cites the library's own
//! reference. Names are compared in ASCII lowercase, as the HTML parser hands them to every
//! library. Rules fail closed: a name in a library's namespace that is not known to be inert
//! is code, since each of these libraries turns unknown names into plugins or event names.

use crate::sink::Sink::{self, *};

/// The library sink of the attribute `name` (ASCII lowercase) on `element`, if a front-end
/// library reads it.
pub(crate) fn sink(element: &str, name: &str) -> Option<Sink> {
    htmx(name)
        .or_else(|| angular(name))
        .or_else(|| alpine(name))
        .or_else(|| vue(name))
        .or_else(|| knockout(element, name))
        .or_else(|| hyperscript(name))
        .or_else(|| datastar(name))
}

/// htmx 2 and 4 (<https://htmx.org/reference/>, <https://four.htmx.org/reference/>): every
/// `hx-*` name, also as `data-hx-*`, and with htmx 4's modifiers (`hx-vals:append`,
/// `hx-target:inherited`).
///
/// - Code: `hx-on*` in every spelling (`hx-on:click`, `hx-on::after-request`,
///   `hx-on--before-request`, `hx-on-click`); `hx-trigger` (its `[filter]` is JavaScript);
///   `hx-vars`; `hx-request` and `hx-config` (a `js:` value is evaluated, and htmx 4 merges
///   the object into the request, whose `action` may be `js:`); `hx-confirm` (htmx 4 runs a
///   `js:` value); `hx-boost` (htmx 4 merges its value into the request); `hx-ext` (turns on
///   extensions that add their own sinks); `hx-live*`, `hx-status*` and every name not listed.
/// - Data: `hx-vals`, `hx-headers` (JSON, or JavaScript after `js:`/`javascript:`).
/// - Requests: `hx-get`, `hx-post`, `hx-put`, `hx-patch`, `hx-delete`, `hx-action`: fetched,
///   and the response swapped into the page with its scripts (htmx 4 also runs a `js:` action).
/// - URLs: `hx-push-url`, `hx-replace-url` (history entries, same-origin only).
/// - The nonce: `hx-nonce`, which htmx 4's `hx-csp` extension compares with the page's.
/// - Text: selectors and keywords that htmx never evaluates.
fn htmx(name: &str) -> Option<Sink> {
    let base = htmx_attribute(name)?;
    if base.starts_with("on") {
        return Some(HtmxCode);
    }
    Some(match base.as_str() {
        "vals" | "headers" => HtmxJson,
        // htmx 4's `hx-csp` extension strips the htmx attributes of an element whose
        // `hx-nonce` differs from the page's CSP nonce (<https://four.htmx.org/extensions/hx-csp/>).
        "nonce" => Nonce,
        "get" | "post" | "put" | "patch" | "delete" | "action" => RequestUrl,
        "push-url" | "replace-url" => Url,
        "target" | "select" | "select-oob" | "include" | "indicator" | "disabled-elt"
        | "disable" | "ignore" | "sync" | "swap" | "swap-oob" | "encoding" | "params"
        | "validate" | "preserve" | "history" | "history-elt" | "disinherit" | "inherit"
        | "prompt" | "method" => Attribute,
        _ => HtmxCode,
    })
}

/// The htmx attribute `name` is, as htmx reads it: without `data-`, `hx-`, ASCII case or htmx
/// 4's modifiers (`:inherited`, `:append`, the code of `hx-status:404`), so `post` for
/// `DATA-HX-POST:inherited`; `hx-on`'s names keep their event (`on::after-request`). `None`
/// when htmx does not read it.
///
/// ```
/// use vetted_rules::library::htmx_attribute;
/// assert_eq!(htmx_attribute("DATA-HX-POST:inherited").as_deref(), Some("post"));
/// assert_eq!(htmx_attribute("hx-on::after-request").as_deref(), Some("on::after-request"));
/// assert_eq!(htmx_attribute("data-x"), None);
/// ```
#[must_use]
pub fn htmx_attribute(name: &str) -> Option<alloc::string::String> {
    let lower = name.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("data-")
        .unwrap_or(&lower)
        .strip_prefix("hx-")?;
    let base = if rest.starts_with("on") {
        rest
    } else {
        rest.split(':').next().unwrap_or(rest)
    };
    Some(base.into())
}

/// The HTTP method of the request an htmx attribute sends, for the attributes that send one:
/// `hx-get`, `hx-post`, `hx-put`, `hx-patch`, `hx-delete` (in every spelling
/// [`htmx_attribute`] reads). htmx 4's `hx-action` takes its method from `hx-method`, so it
/// gives `None` here, like every other attribute.
///
/// ```
/// use vetted_rules::library::htmx_method;
/// assert_eq!(htmx_method("hx-post"), Some("POST"));
/// assert_eq!(htmx_method("DATA-HX-DELETE"), Some("DELETE"));
/// assert_eq!(htmx_method("hx-target"), None);
/// ```
#[must_use]
pub fn htmx_method(name: &str) -> Option<&'static str> {
    Some(match htmx_attribute(name)?.as_str() {
        "get" => "GET",
        "post" => "POST",
        "put" => "PUT",
        "patch" => "PATCH",
        "delete" => "DELETE",
        _ => return None,
    })
}

/// AngularJS 1 (<https://docs.angularjs.org/guide/directive#normalization>): after a leading
/// `x-` or `data-` (with `-`, `:` or `_`), any name `ng` followed by `-`, `:` or `_` is a
/// directive, and since the expression sandbox was removed (1.6) every expression is
/// JavaScript. Inert: `ng-cloak`, `ng-non-bindable`.
fn angular(name: &str) -> Option<Sink> {
    let unprefixed = ["x", "data"]
        .iter()
        .find_map(|prefix| {
            let rest = name.strip_prefix(prefix)?;
            rest.strip_prefix(['-', ':', '_'])
        })
        .unwrap_or(name);
    let rest = unprefixed.strip_prefix("ng")?;
    let directive = rest.strip_prefix(['-', ':', '_'])?;
    let normalized: alloc::string::String = directive
        .chars()
        .map(|c| if matches!(c, ':' | '_') { '-' } else { c })
        .collect();
    Some(match normalized.as_str() {
        "cloak" | "non-bindable" => Attribute,
        _ => AngularCode,
    })
}

/// Alpine.js 3 (<https://alpinejs.dev/start-here>): every `x-*` name is a directive, run as
/// JavaScript (`x-data`, `x-init`, `x-on:`, `x-bind:`, `x-html`, `x-model`, plugins such as
/// `x-intersect`). Inert: `x-cloak`, `x-ignore`, `x-ref` (a name), `x-transition*` (class
/// names), `x-teleport` (a selector), `x-collapse`, `x-sort:group`, `x-sort:handle`.
///
/// Alpine's shorthands `@event` (for `x-on:`) and `:attribute` (for `x-bind:`) are shared with
/// Vue; [`vue`] takes them.
fn alpine(name: &str) -> Option<Sink> {
    let directive = name.strip_prefix("x-")?;
    let inert = matches!(
        directive,
        "cloak"
            | "ignore"
            | "ignore.self"
            | "ref"
            | "teleport"
            | "collapse"
            | "sort:group"
            | "sort:handle"
    ) || directive == "transition"
        || directive.starts_with("transition:")
        || directive.starts_with("transition.")
        || directive.starts_with("collapse.");
    Some(if inert { Attribute } else { AlpineCode })
}

/// Vue 3 in-DOM templates and petite-vue (<https://vuejs.org/api/built-in-directives.html>):
/// every `v-*` name is a directive run as JavaScript, and so are the shorthands `.prop`
/// (a property binding) and `#slot` (a slot's props). Inert: `v-cloak`, `v-once`, `v-pre`,
/// `v-else`, which take no value.
///
/// `@event` and `:attribute` are the shorthands of both Vue and Alpine
/// (<https://alpinejs.dev/directives/on>, <https://alpinejs.dev/directives/bind>).
fn vue(name: &str) -> Option<Sink> {
    if name.starts_with(['@', ':']) {
        return Some(AlpineOrVueCode);
    }
    if name.starts_with(['.', '#']) {
        return Some(VueCode);
    }
    let directive = name.strip_prefix("v-")?;
    Some(match directive {
        "cloak" | "once" | "pre" | "else" => Attribute,
        _ => VueCode,
    })
}

/// Knockout (<https://knockoutjs.com/documentation/binding-syntax.html>): `data-bind` is the
/// body of an object literal compiled as JavaScript, and so is `params` on a custom element
/// registered as a component (<https://knockoutjs.com/documentation/component-custom-elements.html>).
/// An unknown element (a spread's entry) may be one.
fn knockout(element: &str, name: &str) -> Option<Sink> {
    let component = element.is_empty() || element.contains('-');
    (name == "data-bind" || (name == "params" && component)).then_some(KnockoutCode)
}

/// _hyperscript (<https://hyperscript.org/docs/>): `_`, `script` and `data-script` hold
/// hyperscript, which can run any JavaScript; `hs` and `data-hs`, from older releases, too.
fn hyperscript(name: &str) -> Option<Sink> {
    matches!(name, "_" | "script" | "data-script" | "hs" | "data-hs").then_some(HyperscriptCode)
}

/// Datastar 1 (<https://data-star.dev/reference/attributes>): it reads every `data-*` name on
/// the page and runs the value of its plugins as JavaScript, spelled `data-on:click` since
/// 1.0-RC.6 and `data-on-click` before. Code: every name whose first word (up to `:`, `-`, `_`
/// or `.`) is a plugin: `on`, `init`, `effect`, `signals`, `computed`, `text`, `show`, `class`,
/// `attr`, `style`, `json`, and the Pro plugins `persist`, `query`, `replace`, `scroll`,
/// `view`, `custom`, `match`, `animate`, `rocket`; and `data-star-*`, its aliased form.
/// `data-bind`, `data-ref` and `data-indicator` take a signal's name, not an expression.
fn datastar(name: &str) -> Option<Sink> {
    const PLUGINS: &[&str] = &[
        "animate", "attr", "class", "computed", "custom", "effect", "init", "json", "match", "on",
        "persist", "query", "replace", "rocket", "scroll", "show", "signals", "star", "style",
        "text", "view",
    ];
    let rest = name.strip_prefix("data-")?;
    let plugin = rest.split([':', '-', '_', '.']).next().unwrap_or(rest);
    PLUGINS.contains(&plugin).then_some(DatastarCode)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn htmx_attributes_in_every_spelling() {
        for name in [
            "hx-on:click",
            "hx-on::after-request",
            "hx-on--before-request",
            "hx-on-click",
            "hx-on:htmx:before-request",
            "hx-on",
            "data-hx-on:click",
            "hx-trigger",
            "hx-vars",
            "hx-request",
            "hx-config",
            "hx-confirm",
            "hx-boost",
            "hx-ext",
            "hx-live:text",
            "hx-status:404",
            "hx-made-up",
        ] {
            assert_eq!(sink("div", name), Some(HtmxCode), "{name}");
        }
        for name in [
            "hx-vals",
            "hx-headers",
            "data-hx-vals",
            "hx-vals:append",
            "hx-headers:inherited",
        ] {
            assert_eq!(sink("div", name), Some(HtmxJson), "{name}");
        }
        for name in [
            "hx-get",
            "hx-post",
            "hx-put",
            "hx-patch",
            "hx-delete",
            "hx-action",
            "data-hx-post",
        ] {
            assert_eq!(sink("div", name), Some(RequestUrl), "{name}");
        }
        for name in [
            "hx-target",
            "hx-swap",
            "hx-select",
            "hx-include",
            "hx-target:inherited",
            "data-hx-indicator",
        ] {
            assert_eq!(sink("div", name), Some(Attribute), "{name}");
        }
        assert_eq!(sink("div", "hx-push-url"), Some(Url));
        assert_eq!(sink("div", "hx-nonce"), Some(Nonce));
        assert_eq!(sink("div", "data-hx-nonce"), Some(Nonce));
    }

    #[test]
    fn alpine_vue_and_their_shorthands() {
        for name in [
            "x-data",
            "x-init",
            "x-on:click",
            "x-bind:href",
            "x-html",
            "x-model.lazy",
            "x-intersect:enter",
            "x-made-up",
        ] {
            assert_eq!(sink("div", name), Some(AlpineCode), "{name}");
        }
        for name in [
            "x-cloak",
            "x-ref",
            "x-transition",
            "x-transition:enter",
            "x-transition.opacity",
            "x-teleport",
        ] {
            assert_eq!(sink("div", name), Some(Attribute), "{name}");
        }
        for name in ["@click", "@click.outside", ":class", ":href", "::weird"] {
            assert_eq!(sink("div", name), Some(AlpineOrVueCode), "{name}");
        }
        for name in [
            "v-html",
            "v-on:click",
            "v-bind:href",
            "v-scope",
            "v-effect",
            ".inner-html",
            "#default",
        ] {
            assert_eq!(sink("div", name), Some(VueCode), "{name}");
        }
        for name in ["v-cloak", "v-pre", "v-once", "v-else"] {
            assert_eq!(sink("div", name), Some(Attribute), "{name}");
        }
    }

    #[test]
    fn angularjs_in_every_normalized_spelling() {
        for name in [
            "ng-click",
            "ng:click",
            "ng_click",
            "data-ng-click",
            "x-ng-click",
            "data_ng:bind-html",
            "ng-app",
            "ng-made-up",
        ] {
            assert_eq!(sink("div", name), Some(AngularCode), "{name}");
        }
        for name in ["ng-cloak", "ng-non-bindable", "data-ng-non_bindable"] {
            assert_eq!(sink("div", name), Some(Attribute), "{name}");
        }
        assert_eq!(sink("div", "ngx"), None);
        assert_eq!(sink("div", "ng"), None);
    }

    #[test]
    fn knockout_hyperscript_and_datastar() {
        assert_eq!(sink("div", "data-bind"), Some(KnockoutCode));
        assert_eq!(sink("user-card", "params"), Some(KnockoutCode));
        assert_eq!(sink("", "params"), Some(KnockoutCode));
        assert_eq!(sink("div", "params"), None);
        for name in ["_", "script", "data-script", "hs", "data-hs"] {
            assert_eq!(sink("div", name), Some(HyperscriptCode), "{name}");
        }
        for name in [
            "data-on:click",
            "data-on-click",
            "data-on:click__debounce.500ms",
            "data-signals",
            "data-signals:count",
            "data-text",
            "data-show",
            "data-class:active",
            "data-attr:href",
            "data-init",
            "data-star-on-click",
        ] {
            assert_eq!(sink("div", name), Some(DatastarCode), "{name}");
        }
        for name in [
            "data-ref",
            "data-indicator:busy",
            "data-id",
            "data-likes",
            "data-online",
            "data-onclick",
        ] {
            assert_eq!(sink("div", name), None, "{name}");
        }
    }

    /// Every request attribute has its method: a missing one would let a state-changing
    /// request skip the CSRF rule.
    #[test]
    fn htmx_request_methods() {
        for (name, method) in [
            ("hx-get", "GET"),
            ("hx-post", "POST"),
            ("hx-put", "PUT"),
            ("data-hx-patch", "PATCH"),
            ("hx-delete", "DELETE"),
        ] {
            assert_eq!(htmx_method(name), Some(method), "{name}");
        }
    }
}
