//! The front-end libraries whose attributes are sinks.
//!
//! htmx, Alpine, Vue, AngularJS, Knockout, _hyperscript and Datastar read attributes of the page
//! and run their values as JavaScript, as surely as the browser runs `onclick`. `html!` knows
//! their attributes, in every spelling their references use (`hx-on::after-request`,
//! `data-hx-post`, `@click.outside`, `:class`, `x-on:keyup.enter`, `ng:click`, `data-on:click`),
//! compared without ASCII case as the HTML parser hands them to the library, and fails closed:
//! a name in a library's namespace that is not known to be inert is code.
//!
//! | attributes | what the library does | literal | dynamic value |
//! |---|---|---|---|
//! | htmx: `hx-on*`, `hx-trigger`, `hx-vars`, `hx-request`, `hx-config`, `hx-confirm`, `hx-boost`, `hx-ext`, any other `hx-*` | runs it as JavaScript | the author's code | [`TrustedScript`](crate::TrustedScript) or [`Json`](crate::Json) ([`RenderLibraryCode`](crate::RenderLibraryCode)) |
//! | htmx: `hx-vals`, `hx-headers` | JSON, or JavaScript after `js:` | the author's | [`Json`](crate::Json) only ([`RenderLibraryJson`](crate::RenderLibraryJson)) |
//! | htmx: `hx-get`, `hx-post`, `hx-put`, `hx-patch`, `hx-delete`, `hx-action` | fetches it and swaps the response, scripts included, into the page | a path on this site or an `https://` URL | a path, query or fragment on this site, else [`url::INVALID_URL`](crate::url::INVALID_URL); [`TrustedResourceUrl`](crate::TrustedResourceUrl) for other origins ([`RenderRequestUrl`](crate::RenderRequestUrl)) |
//! | htmx: `hx-target`, `hx-swap`, `hx-select`, `hx-include`, `hx-indicator`, … | uses it as a selector or keyword | any | escaped text |
//! | Alpine: `x-*` but `x-cloak`, `x-ignore`, `x-ref`, `x-transition*`, `x-teleport`, `x-collapse` | runs it as JavaScript | the author's code | as for htmx code |
//! | Alpine and Vue: `@event`, `:attribute`; Vue: `v-*` but `v-cloak`, `v-once`, `v-pre`, `v-else`, `.prop`, `#slot` | runs it as JavaScript | the author's code | as for htmx code |
//! | AngularJS: `ng-*`, `ng:*`, `ng_*`, `data-ng-*`, `x-ng-*` but `ng-cloak`, `ng-non-bindable` | runs it as JavaScript | the author's code | as for htmx code |
//! | Knockout: `data-bind`, `params` on custom elements; _hyperscript: `_`, `script`, `data-script`, `hs`, `data-hs`; Datastar: `data-on*`, `data-signals*`, `data-text`, `data-show`, `data-class*`, `data-attr*`, … | runs it as code | the author's code | as for htmx code |
//!
//! The types below name each library in the errors of
//! [`RenderLibraryCode`](crate::RenderLibraryCode) and
//! [`RenderLibraryJson`](crate::RenderLibraryJson); they have no values.
//!
//! ```
//! use vetted::{html, trusted_script};
//!
//! let page = html! {
//!     <div x-data={trusted_script!("{ open: false }")}>
//!         <button @click.outside={trusted_script!("open = false")} hx-post="/toggle" hx-target="#menu"
//!             csrf={vetted::csrf::FetchMetadata}>"Menu"</button>
//!     </div>
//! };
//! assert!(page.as_str().contains(r#"@click.outside="open = false""#));
//! ```

/// htmx 2 and 4 (<https://htmx.org/reference/>).
///
/// ```
/// let page = vetted::html! { <div hx-on::after-request={vetted::trusted_script!("this.reset()")}></div> };
/// assert_eq!(page.as_str(), r#"<div hx-on::after-request="this.reset()"></div>"#);
/// ```
#[derive(Debug)]
pub enum Htmx {}

/// Alpine.js 3 (<https://alpinejs.dev/start-here>).
///
/// ```
/// let page = vetted::html! { <div x-data={vetted::trusted_script!("{ n: 0 }")}></div> };
/// assert_eq!(page.as_str(), r#"<div x-data="{ n: 0 }"></div>"#);
/// ```
#[derive(Debug)]
pub enum Alpine {}

/// `@event` and `:attribute`, the shorthands of both Alpine and Vue.
///
/// ```
/// let page = vetted::html! { <a :href={vetted::trusted_script!("link")}>"x"</a> };
/// assert_eq!(page.as_str(), r#"<a :href="link">x</a>"#);
/// ```
#[derive(Debug)]
pub enum AlpineOrVue {}

/// Vue 3 in-DOM templates and petite-vue (<https://vuejs.org/api/built-in-directives.html>).
///
/// ```
/// let page = vetted::html! { <p v-text={vetted::trusted_script!("message")}></p> };
/// assert_eq!(page.as_str(), r#"<p v-text="message"></p>"#);
/// ```
#[derive(Debug)]
pub enum Vue {}

/// AngularJS 1 (<https://docs.angularjs.org/guide/directive>).
///
/// ```
/// let page = vetted::html! { <button ng-click={vetted::trusted_script!("save()")}>"Save"</button> };
/// assert_eq!(page.as_str(), r#"<button ng-click="save()">Save</button>"#);
/// ```
#[derive(Debug)]
pub enum AngularJS {}

/// Knockout (<https://knockoutjs.com/documentation/binding-syntax.html>).
///
/// ```
/// let page = vetted::html! { <span data-bind={vetted::trusted_script!("text: name")}></span> };
/// assert_eq!(page.as_str(), r#"<span data-bind="text: name"></span>"#);
/// ```
#[derive(Debug)]
pub enum Knockout {}

/// _hyperscript (<https://hyperscript.org/docs/>).
///
/// ```
/// let page = vetted::html! { <button _={vetted::trusted_script!("on click toggle .open")}>"x"</button> };
/// assert_eq!(page.as_str(), r#"<button _="on click toggle .open">x</button>"#);
/// ```
#[derive(Debug)]
pub enum Hyperscript {}

/// Datastar 1 (<https://data-star.dev/reference/attributes>).
///
/// ```
/// let page = vetted::html! { <button data-on:click={vetted::trusted_script!("$count++")}>"+"</button> };
/// assert_eq!(page.as_str(), r#"<button data-on:click="$count++">+</button>"#);
/// ```
#[derive(Debug)]
pub enum Datastar {}
