//! The guestbook in a real browser: headless Chromium, driven through WebDriver, signs the
//! guestbook with hostile payloads through the real form, uploads hostile file names, loads
//! every page, clicks every link, and checks that nothing ran.
//!
//! Needs Debian's `chromium` and `chromium-driver`, and the guestbook's front-end libraries
//! (`npm ci --prefix examples/guestbook`); `.ci/run` installs all three. Without them the test
//! fails: it never skips. Set `CHROMEDRIVER` to use another chromedriver.

mod common;

use std::io::Read as _;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{TempDir, TestApp, policy_nonce};
use fantoccini::error::CmdError;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};

/// What `data:` URLs a `vetted`-written `img src` may keep: raster images in base64.
const RASTER_DATA: [&str; 4] = [
    "data:image/png;base64,",
    "data:image/gif;base64,",
    "data:image/jpeg;base64,",
    "data:image/webp;base64,",
];

/// Where vetted points a URL its policy refuses.
const INVALID_URL: &str = "about:invalid#vetted";

/// Four 5×5 identicons: avatars that pass the media URL policy and show up in the screenshot.
const AVATARS: [&str; 4] = [
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAUAAAAFAQMAAAC3obSmAAAABlBMVEX08eorX9kRxribAAAAEklEQVR42mPoYPjBoMCwgqEAAA6iArmOE2LdAAAAAElFTkSuQmCC",
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAUAAAAFAQMAAAC3obSmAAAABlBMVEX08eqzJh4ZO8R/AAAAEUlEQVR42mO4wbACCH8wrAAAExIDyZrb10sAAAAASUVORK5CYII=",
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAUAAAAFAQMAAAC3obSmAAAABlBMVEX08eofikxOjqNGAAAAEklEQVR42mPoYPjB0MHAwPADAA86AwGQw0kqAAAAAElFTkSuQmCC",
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAUAAAAFAQMAAAC3obSmAAAABlBMVEX08eqORK0wK1mvAAAAEklEQVR42mPoYOhgWMFwg6EDAA7iAxlIK792AAAAAElFTkSuQmCC",
];

/// Message (and, when short enough, name) payloads: script tags, event handlers, element and
/// attribute breakouts, raw-text and comment escapes, JSON/JavaScript string breakouts, line
/// separators, entity and encoding tricks. Each tries to set the canary `window.__pwned`, to
/// store `pwned` in `localStorage`, or to open a dialog.
const TEXTS: &[&str] = &[
    "<script>window.__pwned=1;alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script>localStorage.setItem('pwned','1')</script>",
    "</p></li></ol><script>window.__pwned=2</script>",
    "<img src=x onerror=\"window.__pwned=3;alert(3)\">",
    "<svg onload=window.__pwned=4>",
    "<svg><script>window.__pwned=5</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=6>",
    "<iframe srcdoc=\"<script>parent.__pwned=7</script>\"></iframe>",
    "<iframe src=\"javascript:parent.__pwned=8\"></iframe>",
    "<body onload=window.__pwned=9>",
    "<details open ontoggle=window.__pwned=10>",
    "<input autofocus onfocus=window.__pwned=11>",
    "<a href=\"javascript:window.__pwned=12\">click me</a>",
    "<form action=javascript:window.__pwned=13><button>go</button></form>",
    "<object data=\"data:text/html,<script>parent.__pwned=14</script>\"></object>",
    "<embed src=javascript:window.__pwned=15>",
    "<base href=\"javascript:/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__pwned=16\">",
    "<link rel=stylesheet href=//evil.example/x.css>",
    "<style>body{display:none}</style>",
    "<noscript><p title=\"</noscript><img src=x onerror=window.__pwned=17>\">",
    "<template><script>window.__pwned=18</script></template>",
    "<!--<script>window.__pwned=19</script>-->",
    "--><script>window.__pwned=20</script><!--",
    "<![CDATA[<script>window.__pwned=21</script>]]>",
    "</textarea><script>window.__pwned=22</script>",
    "</title><script>window.__pwned=23</script>",
    "</style><script>window.__pwned=24</script>",
    "</script><script>window.__pwned=25</script>",
    "<!--</script><script>window.__pwned=26</script>",
    "line\u{2028}separator\u{2029}paragraph</script><script>window.__pwned=27</script>",
    "\";window.__pwned=28;//",
    "'};window.__pwned=29;//",
    "\\\";window.__pwned=30;//",
    "{{constructor.constructor('window.__pwned=31')()}}",
    "${window.__pwned=32}",
    "\"><script>window.__pwned=33</script>",
    "' onmouseover='window.__pwned=34",
    "\" autofocus onfocus=\"window.__pwned=35",
    "` onerror=window.__pwned=36 `",
    "x\" style=\"position:fixed;inset:0;background:red",
    "\"/><img src=x onerror=window.__pwned=37>",
    "&lt;script&gt;window.__pwned=38&lt;/script&gt;",
    "&#60;script&#62;window.__pwned=39&#60;/script&#62;",
    "&#x3C;img src=x onerror=window.__pwned=40&#x3E;",
    "%3Cscript%3Ewindow.__pwned=41%3C/script%3E",
    "\\u003cscript\\u003ewindow.__pwned=42\\u003c/script\\u003e",
    "\u{FF1C}script\u{FF1E}window.__pwned=43\u{FF1C}/script\u{FF1E}",
    "&amp;lt;b&amp;gt;double-escaped&amp;lt;/b&amp;gt;",
    "&quot;&gt;&lt;svg onload=window.__pwned=44&gt;",
    "\\x3cscript\\x3ewindow.__pwned=45\\x3c/script\\x3e",
    "+ADw-script+AD4-window.__pwned=46+ADw-/script+AD4-",
    "<scr<script>ipt>window.__pwned=47</scr</script>ipt>",
    "<ScRiPt>window.__pwned=48</sCrIpT>",
    "<script/x>window.__pwned=49</script>",
    "<img\nsrc=x\nonerror=window.__pwned=50>",
    "<a\thref=\"jav&#x09;ascript:window.__pwned=51\">tab</a>",
    "<marquee onstart=window.__pwned=52>",
    "<video><source onerror=window.__pwned=53></video>",
    "<xss id=x tabindex=1 onfocusin=window.__pwned=54></xss>",
    "<plaintext>",
    "<xmp></xmp><script>window.__pwned=55</script>",
    "<isindex action=javascript:window.__pwned=56 type=image>",
    "\u{202E}<script>window.__pwned=57</script> (right-to-left override)",
    "<scr\u{200B}ipt>zero-width</scr\u{200B}ipt> \u{1F600}<b>astral</b>",
    "javascript:window.__pwned=58",
    "<% window.__pwned=59 %> <?php echo 1 ?>",
    "<input value=\"\" onfocus=\"alert(60)\" autofocus>",
    // Markdown: links and images with script addresses, raw HTML beside Markdown, and what
    // a message is for (emphasis, code, lists, a real link).
    "[click me](javascript:window.__pwned=61)",
    "[angle](<javascript:window.__pwned=62>) and [spaced](  javascript:window.__pwned=63  )",
    "[ref]\n\n[ref]: javascript:window.__pwned=64",
    "![pixel](https://evil.example/track.png \"onerror=window.__pwned=65\")",
    "[data](data:text/html,<script>window.__pwned=66</script>)",
    "*emphasis* <a href=\"https://ok.example/\" onclick=\"window.__pwned=67\">and html</a>",
    "# Heading\n\n- a list with `code` and **bold**\n- [a link](https://ada.example/notes)\n\n> quoted\n\n```\n<script>window.__pwned=68</script>\n```",
];

/// Names for payloads too long (or multi-line) to be a name.
const NAMES: &[&str] = &[
    "\"><svg/onload=alert('name')>",
    "Robert'); DROP TABLE entries;--",
    "<b onmouseover=alert(1)>Mallory</b>",
    "&lt;admin&gt; &amp; co",
];

/// Website payloads: script and document schemes in every spelling, attribute breakouts inside
/// URLs, relative URLs that look like schemes, and ordinary links.
const WEBSITES: &[&str] = &[
    "javascript:window.__pwned=100;alert(100)",
    "JaVaScRiPt:window.__pwned=101",
    "javascript://%0Awindow.__pwned=102",
    "javascript:alert(103)//https://ok.example/",
    "data:text/html,<script>alert(104)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxMDUpPC9zY3JpcHQ+",
    "vbscript:msgbox(106)",
    "jav&#x09;ascript:window.__pwned=107",
    "&#106;avascript:window.__pwned=108",
    "java%0ascript:window.__pwned=109",
    "javascript&colon;window.__pwned=110",
    "\u{FEFF}javascript:window.__pwned=111",
    "https://ok.example/\"onmouseover=\"window.__pwned=112",
    "https://ok.example/'><script>window.__pwned=113</script>",
    "//evil.example/steal",
    "/\\evil.example",
    "https://ok.example/?q=<img/src/onerror=window.__pwned=114>",
    "?q=\"><script>window.__pwned=115</script>",
    "#\"><img/src/onerror=window.__pwned=116>",
    "data:image/svg+xml,<svg/onload=window.__pwned=117>",
    "file:///etc/passwd",
    "blob:https://ok.example/0b4c",
    "mailto:ada@example.com?subject=<script>",
    "tel:+1-555-0100",
    "HTTPS://ADA.EXAMPLE/ABOUT",
    "https://ada.example/about",
    "/files/1",
    "",
];

/// Avatar payloads for `img src`: refused schemes, non-raster data, attribute breakouts, and
/// images that pass the media URL policy.
const AVATAR_PAYLOADS: &[&str] = &[
    "javascript:window.__pwned=200",
    "data:image/svg+xml,<svg/onload=window.__pwned=201>",
    "data:text/html,<script>alert(202)</script>",
    "x\"onerror=\"window.__pwned=203",
    "/nope.png\"onerror=\"alert(204)",
    "https://evil.example/track.png?c=",
    "//evil.example/a.png",
    "",
];

/// One submission of the sign form.
#[derive(Clone, Debug)]
struct Payload {
    name: String,
    message: String,
    website: String,
    avatar: String,
}

impl Payload {
    fn new(name: &str, message: &str, website: &str, avatar: &str) -> Self {
        Self {
            name: name.into(),
            message: message.into(),
            website: website.into(),
            avatar: avatar.into(),
        }
    }

    fn fields(&self) -> Value {
        json!({
            "name": self.name,
            "message": self.message,
            "website": self.website,
            "avatar": self.avatar,
        })
    }
}

/// The accepted submissions: every text payload as a message (and as the name when it can be
/// one), website and avatar payloads cycled through, and a few ordinary-looking entries last,
/// on top of the page for the screenshot.
fn payloads() -> Vec<Payload> {
    let mut all: Vec<Payload> = TEXTS
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let can_be_name = text.chars().count() <= 80 && !text.chars().any(char::is_control);
            let name = if can_be_name {
                text
            } else {
                NAMES[i % NAMES.len()]
            };
            let website = WEBSITES[i % WEBSITES.len()];
            let avatar = if i % 3 == 0 {
                AVATARS[i % AVATARS.len()]
            } else {
                AVATAR_PAYLOADS[i % AVATAR_PAYLOADS.len()]
            };
            Payload::new(name, text, website, avatar)
        })
        .collect();
    all.extend([
        Payload::new(
            "Grace <admin>",
            "Use &amp; to write & in HTML.\nOn a new line: <b>bold</b> stays text.",
            "https://grace.example/about?lang=en&x=<b>",
            AVATARS[2],
        ),
        Payload::new(
            "Mallory\"><script>alert(1)</script>",
            "<img src=x onerror=alert('xss')> nice post!",
            "javascript:alert(document.cookie)",
            "javascript:alert('avatar')",
        ),
        Payload::new(
            "Eve",
            "</script><script>window.__pwned=1</script>\u{2028}breaks the JSON island? No.",
            "data:text/html,<script>alert(1)</script>",
            AVATARS[3],
        ),
        Payload::new(
            "Ada",
            "Every entry below tried to run script. None did.",
            "https://ada.example/",
            AVATARS[0],
        ),
    ]);
    all
}

/// Submissions the server must refuse, with the field its message is for.
fn rejected() -> Vec<(Payload, &'static str)> {
    vec![
        (
            Payload::new("Ada", "hi", " javascript:alert(1)", ""),
            "website",
        ),
        (
            Payload::new(&"\"><script>".repeat(9), "too long a name", "", ""),
            "name",
        ),
        (Payload::new("Ada", " \n\t ", "", ""), "message"),
        (
            Payload::new(
                "Ada",
                "</textarea><script>alert(1)</script>",
                "",
                "https://a.example/a b.png",
            ),
            "avatar",
        ),
        (
            Payload::new("Ada", &"<script>".repeat(251), "", ""),
            "message",
        ),
    ]
}

/// Uploaded files: hostile names (no `/`, which names a folder, no `"`, which browsers send
/// percent-encoded) and hostile contents.
const FILES: &[(&str, &str)] = &[
    (
        "<img src=x onerror=alert(1)>.html",
        "<script>window.__pwned=300;alert(300)</script>",
    ),
    (
        "<svg onload=alert(2)>.svg",
        "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(301)'/>",
    ),
    ("'; filename=evil.sh; x='.txt", "echo pwned"),
    ("..\\..\\boot.ini.txt", "[boot loader]"),
    ("invoice\u{202E}fdp.txt", "right-to-left override"),
    ("%22%0d%0aSet-Cookie: x=1.txt", "header injection"),
    ("&lt;b&gt;entity&amp;amp;.csv", "a,b\n<script>,</script>\n"),
    (
        "r\u{e9}sum\u{e9} <final>.json",
        "{\"<script>\":\"</script>\"}",
    ),
];

/// chromedriver in its own process group, killed with everything it started on drop.
struct ChromeDriver {
    child: Child,
    port: u16,
}

impl ChromeDriver {
    fn start() -> Self {
        let binary = std::env::var_os("CHROMEDRIVER")
            .map_or_else(|| PathBuf::from("/usr/bin/chromedriver"), PathBuf::from);
        assert!(
            binary.exists(),
            "WebDriver is unavailable: {} does not exist. Install Debian's `chromium` and \
             `chromium-driver` (`.ci/run` does: apt-get install -y chromium chromium-driver), \
             or set CHROMEDRIVER. This test never skips.",
            binary.display()
        );
        let mut child = Command::new(&binary)
            .args(["--port=0", "--allowed-ips=127.0.0.1"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            // Its own process group, so that dropping it also ends the browsers it started.
            .process_group(0)
            .spawn()
            .unwrap_or_else(|error| {
                panic!(
                    "WebDriver is unavailable: cannot start {}: {error}",
                    binary.display()
                )
            });
        let mut stdout = child.stdout.take().expect("piped stdout");
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let mut seen = Vec::new();
            let mut buffer = [0_u8; 512];
            let mut sent = false;
            // Keep draining after the port is known, so chromedriver never blocks on a full pipe.
            while let Ok(read @ 1..) = stdout.read(&mut buffer) {
                if !sent {
                    seen.extend_from_slice(&buffer[..read]);
                    if let Some(port) = reported_port(&String::from_utf8_lossy(&seen)) {
                        sent = sender.send(port).is_ok();
                    }
                }
            }
        });
        let mut driver = Self { child, port: 0 };
        match receiver.recv_timeout(Duration::from_secs(30)) {
            Ok(port) => driver.port = port,
            Err(mpsc::RecvTimeoutError::Timeout) => panic!(
                "WebDriver is unavailable: {} did not report its port within 30 s",
                binary.display()
            ),
            Err(mpsc::RecvTimeoutError::Disconnected) => panic!(
                "WebDriver is unavailable: {} exited without reporting its port",
                binary.display()
            ),
        }
        driver
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

/// The port in chromedriver's "… started successfully on port 43379." line, once complete.
fn reported_port(output: &str) -> Option<u16> {
    let rest = output.split("started successfully on port ").nth(1)?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    // Only once something follows the digits is the number complete.
    (rest.len() > digits.len())
        .then(|| digits.parse().ok())
        .flatten()
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let signal = |name: &str| {
            let _ = Command::new("kill")
                .args([name, "--", &group])
                .stderr(Stdio::null())
                .status();
        };
        signal("-TERM");
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline && matches!(self.child.try_wait(), Ok(None)) {
            std::thread::sleep(Duration::from_millis(50));
        }
        // chromedriver does not take Chromium down with it: end the whole group.
        signal("-KILL");
        let _ = self.child.wait();
    }
}

/// Reads what an injected script could have left behind, and the page's CSP violation log.
const CANARY: &str = "
    var state = { pwned: typeof window.__pwned !== 'undefined', stored: null,
                  violations: null, url: String(location.href) };
    try { state.stored = window.localStorage.getItem('pwned'); } catch (e) {}
    if (Array.isArray(window.__cspViolations)) { state.violations = window.__cspViolations.slice(); }
    return state;";

/// Fills the sign form's fields, exactly, without the keyboard's limits.
const FILL: &str = "
    var form = document.getElementById('sign');
    var values = arguments[0];
    Object.keys(values).forEach(function (name) { form.elements[name].value = values[name]; });";

/// Everything the verification needs from the guestbook page, in one round trip.
const GATHER: &str = "
    function visible(el) {
      return !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible';
    }
    var entries = Array.prototype.map.call(document.querySelectorAll('li.entry'), function (li) {
      var name = li.querySelector('.name'), message = li.querySelector('.message');
      var link = li.querySelector('a.website'), img = li.querySelector('img.avatar');
      return {
        author: li.getAttribute('data-author'), name: name.textContent, message: message.textContent,
        visible: visible(name) && visible(message),
        website: link && link.textContent, href: link && link.getAttribute('href'),
        hrefResolved: link && link.href, avatar: img && img.getAttribute('src'),
        avatarResolved: img && img.src,
        descendants: li.querySelectorAll('*').length - message.querySelectorAll('*').length,
        messageElements: Array.prototype.map.call(message.querySelectorAll('*'), function (el) {
          return el.tagName.toLowerCase();
        }),
        messageLinks: Array.prototype.map.call(message.querySelectorAll('a'), function (a) {
          return { href: a.getAttribute('href'), resolved: a.href, rel: a.getAttribute('rel') };
        })
      };
    });
    var unexpected = [];
    Array.prototype.forEach.call(document.querySelectorAll('*'), function (el) {
      Array.prototype.forEach.call(el.attributes, function (attr) {
        if (/^on/i.test(attr.name) || attr.name === 'style' || attr.name === 'srcdoc'
            || attr.name === 'formaction') { unexpected.push(el.tagName + '[' + attr.name + ']'); }
      });
    });
    var island = null, islandError = null;
    try { island = JSON.parse(document.getElementById('guestbook-data').textContent); }
    catch (e) { islandError = String(e); }
    var count = document.getElementById('entry-count');
    function n(selector) { return document.querySelectorAll(selector).length; }
    return {
      entries: entries, unexpectedAttributes: unexpected, island: island, islandError: islandError,
      countText: count.textContent, countFromScript: count.getAttribute('data-from-script'),
      head: n('head > *'), scripts: n('script'), styles: n('style'), forms: n('form'),
      inputs: n('input'), textareas: n('textarea'), buttons: n('button'),
      links: n('a:not(.message a)'), images: n('img'),
      foreign: n('body *:not(.message *):not(header, a, nav, main, section, h1, h2, p, form, input, '
        + 'div, label, textarea, button, script, ol, li, img, span, strong, time, footer, small, pre, '
        + 'blockquote)'),
      bodyVisible: visible(document.querySelector('main'))
    };";

/// A WebDriver session, with the failures it has seen so far.
struct Browser {
    client: Client,
    failures: Vec<String>,
}

impl Browser {
    async fn connect(driver: &ChromeDriver, profile: &Path, downloads: &Path) -> Self {
        let capabilities = json!({
            "browserName": "chrome",
            // A dialog stays open until the test reads it: see `check`.
            "unhandledPromptBehavior": "ignore",
            "goog:chromeOptions": {
                "args": [
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,1500",
                    "--force-device-scale-factor=1",
                    format!("--user-data-dir={}", profile.display()),
                    // Hermetic: every host but the app's fails at once, so links and avatars
                    // pointing elsewhere cost nothing and leak nothing. `localhost` is the
                    // app's server too, seen as another site (see `controls`).
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
                ],
                "prefs": {
                    "download.default_directory": downloads,
                    "download.prompt_for_download": false,
                },
            },
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!("capabilities are an object")
        };
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&driver.url())
            .await
            .unwrap_or_else(|error| {
                panic!("WebDriver is unavailable: no Chromium session from {}: {error}. This test never skips.", driver.url())
            });
        Self {
            client,
            failures: Vec::new(),
        }
    }

    /// Records `error` from a WebDriver command: an open dialog is a finding, anything else a
    /// broken test.
    async fn on_error(&mut self, context: &str, error: CmdError) {
        if error.is_unexpected_alert_open() {
            let text = self.client.get_alert_text().await.unwrap_or_default();
            let _ = self.client.dismiss_alert().await;
            self.failures
                .push(format!("{context}: a dialog opened ({text:?})"));
        } else {
            panic!("{context}: WebDriver command failed: {error}");
        }
    }

    /// Loads `url`; a dialog left open by the previous page is recorded, and the load retried.
    async fn goto(&mut self, url: &str) {
        if let Err(error) = self.client.goto(url).await {
            self.on_error(&format!("loading {url}"), error).await;
            self.client.goto(url).await.expect("load the page");
        }
    }

    /// Lets the current document run what is already queued: browsers run a `javascript:`
    /// URL's script in a task after the click, not during it.
    async fn settle(&mut self, context: &str) {
        let wait = "var done = arguments[arguments.length - 1]; setTimeout(function () { done(true); }, 20);";
        // Any other error means the document went away (a navigation): nothing is left to
        // run in it.
        if let Err(error) = self.client.execute_async(wait, vec![]).await
            && error.is_unexpected_alert_open()
        {
            self.on_error(context, error).await;
        }
    }

    async fn exec(&mut self, context: &str, script: &str, args: Vec<Value>) -> Value {
        match self.client.execute(script, args).await {
            Ok(value) => value,
            Err(error) => {
                self.on_error(context, error).await;
                Value::Null
            }
        }
    }

    async fn click(&mut self, context: &str, css: &str) {
        let result = match self.client.find(Locator::Css(css)).await {
            Ok(element) => element.click().await,
            Err(error) => Err(error),
        };
        if let Err(error) = result {
            self.on_error(context, error).await;
        }
    }

    /// Waits until the current document has loaded and `condition` (a JavaScript expression)
    /// holds.
    async fn wait_until(&mut self, context: &str, condition: &str) {
        let script = format!("return document.readyState === 'complete' && !!({condition});");
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            match self.client.execute(&script, vec![]).await {
                Ok(Value::Bool(true)) => return,
                Ok(_) => {}
                Err(error) if error.is_unexpected_alert_open() => {
                    return self.on_error(context, error).await;
                }
                // A navigation in progress: ask again.
                Err(_) => {}
            }
            if Instant::now() > deadline {
                let state = self
                    .client
                    .execute(
                        "return location.href + ' | ' + document.body.innerText.slice(0, 600);",
                        vec![],
                    )
                    .await;
                panic!("{context}: timed out waiting for {condition}; the page: {state:?}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Replaces the tab with a fresh one. Headless Chromium has no handler for `tel:` (and the
    /// like): after such a link is clicked, the tab ignores every later click-started
    /// navigation, which would make the rest of the test click into nothing.
    async fn fresh_tab(&mut self) {
        let tab = self.client.new_window(true).await.expect("open a tab");
        self.client.close_window().await.expect("close the old tab");
        self.client
            .switch_to_window(tab.handle)
            .await
            .expect("switch to the new tab");
    }

    /// Checks that no dialog is open, that no injected script left the canary or wrote to
    /// `localStorage`, and that the page (when it is the app's) logged no CSP violation.
    async fn check(&mut self, context: &str) {
        match self.client.get_alert_text().await {
            Ok(text) => {
                let _ = self.client.dismiss_alert().await;
                self.failures
                    .push(format!("{context}: a dialog opened ({text:?})"));
            }
            Err(error) if error.is_no_such_alert() => {}
            Err(error) => panic!("{context}: cannot check for dialogs: {error}"),
        }
        let state = self.exec(context, CANARY, vec![]).await;
        if state["pwned"] == json!(true) {
            self.failures.push(format!(
                "{context}: window.__pwned is set on {}",
                state["url"]
            ));
        }
        if !state["stored"].is_null() {
            self.failures.push(format!(
                "{context}: localStorage.pwned = {}",
                state["stored"]
            ));
        }
        if let Some(violations) = state["violations"].as_array().filter(|v| !v.is_empty()) {
            self.failures
                .push(format!("{context}: CSP violations {violations:?}"));
        }
    }
}

/// Whether the URL policy must refuse `url`: it has a scheme other than `http`, `https`,
/// `mailto` and `tel`.
fn scheme_refused(url: &str) -> bool {
    match url.find([':', '/', '?', '#']) {
        Some(at) if url[at..].starts_with(':') => {
            let scheme = url[..at].to_ascii_lowercase();
            !matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel")
        }
        _ => false,
    }
}

/// Checks a link or image URL as the browser resolved it: it can only go to the web, mail or
/// phone, to vetted's inert placeholder, or (for images) to a raster `data:` image.
fn check_resolved(
    failures: &mut Vec<String>,
    context: &str,
    submitted: &str,
    attribute: &str,
    resolved: &str,
    media: bool,
) {
    let safe_scheme = ["http://", "https://", "mailto:", "tel:"]
        .iter()
        .any(|prefix| resolved.starts_with(prefix));
    let raster = media
        && RASTER_DATA
            .iter()
            .any(|prefix| resolved.starts_with(prefix));
    if !(safe_scheme || raster || resolved == INVALID_URL) {
        failures.push(format!("{context}: {submitted:?} became {resolved:?}"));
    }
    let submitted_raster = media
        && RASTER_DATA
            .iter()
            .any(|prefix| submitted.to_ascii_lowercase().starts_with(prefix));
    if scheme_refused(submitted) && !submitted_raster && attribute != INVALID_URL {
        failures.push(format!(
            "{context}: {submitted:?} was not refused but written as {attribute:?}"
        ));
    }
}

/// Where `cargo` builds: the screenshot goes there.
/// Routes that exist only for the test: a page that puts a `dangerously_*` value where htmx
/// runs code, to prove the detectors would see it, and another site's page (the test loads it
/// as `http://localhost:PORT`, the guestbook being `http://127.0.0.1:PORT`) that tries to sign
/// the guestbook and like an entry.
fn controls() -> axum::Router {
    axum::Router::new()
        .route(
            "/control/htmx",
            axum::routing::get(|| async {
                // XSS SAFETY: none; this value exists to be caught.
                let handler =
                    vetted::TrustedScript::dangerously_from_string("window.__pwned = 'htmx'")
                        .expect("no `</script` in it");
                guestbook::views::custom("Control", |nonce| {
                    vetted::html! {
                        @nonce = nonce;
                        <button id="control" hx-get="/" hx-swap="none" hx-on:click={handler}>"control"</button>
                    }
                })
            }),
        )
        .route(
            "/control/cross-site",
            axum::routing::get(|headers: axum::http::HeaderMap| async move {
                let port = headers
                    .get(axum::http::header::HOST)
                    .and_then(|host| host.to_str().ok())
                    .and_then(|host| host.rsplit_once(':'))
                    .map(|(_, port)| port.to_owned())
                    .unwrap_or_default();
                let action = format!("http://127.0.0.1:{port}/entries");
                // A plain page, with no policy of its own to stop it posting elsewhere.
                vetted::html! {
                    <!DOCTYPE html>
                    <html lang="en">
                        <head><title>"Another site"</title></head>
                        <body>
                            <form id="forged" method="post" action={action.as_str()} csrf=false>
                                <input name="name" value="Mallory">
                                <input name="message" value="Signed from another site">
                                <button type="submit">"Sign"</button>
                            </form>
                        </body>
                    </html>
                }
            }),
        )
}

fn target_dir() -> PathBuf {
    // `target/<profile>/guestbook` → `target`.
    Path::new(env!("CARGO_BIN_EXE_guestbook"))
        .ancestors()
        .nth(2)
        .expect("the binary is inside the target directory")
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_payload_breaks_the_guestbook_in_a_real_browser() {
    let started = Instant::now();
    let mut timings: Vec<(&str, Duration)> = Vec::new();
    let mut lap = Instant::now();
    let mut mark = |phase: &'static str, timings: &mut Vec<(&str, Duration)>| {
        timings.push((phase, lap.elapsed()));
        lap = Instant::now();
    };

    let missing = guestbook::missing_assets();
    assert!(
        missing.is_empty(),
        "htmx and Alpine are not installed ({missing:?}): run `npm ci --prefix examples/guestbook` (`.ci/run` does)"
    );
    let app = TestApp::spawn_with(controls()).await;
    // Declared before the driver, so they are removed after it has ended Chromium.
    let profile = TempDir::new("chromium-profile");
    let downloads = TempDir::new("downloads");
    let uploads = TempDir::new("uploads");
    let driver = ChromeDriver::start();
    let mut browser = Browser::connect(&driver, profile.path(), downloads.path()).await;
    mark("start app, chromedriver and a session", &mut timings);

    // 1. Sign with every payload through the real form: fill it, click its button.
    let accepted = payloads();
    assert!(accepted.len() >= 60, "{} payloads", accepted.len());
    browser.goto(&app.url("/")).await;
    for (index, payload) in accepted.iter().enumerate() {
        let context = format!("signing with payload {index} {:?}", payload.message);
        browser.exec(&context, FILL, vec![payload.fields()]).await;
        browser.click(&context, "#sign button[type=submit]").await;
        let id = index + 1;
        browser
            .wait_until(
                &context,
                &format!("location.pathname === '/' && location.hash === '#entry-{id}'"),
            )
            .await;
        browser.check(&context).await;
    }
    mark("sign with every payload", &mut timings);

    // 2. Invalid input comes back in the form with a message, exactly as it was typed.
    for (payload, field) in rejected() {
        let context = format!("submitting invalid {field} {payload:?}");
        browser.goto(&app.url("/")).await;
        browser.exec(&context, FILL, vec![payload.fields()]).await;
        browser.click(&context, "#sign button[type=submit]").await;
        browser
            .wait_until(
                &context,
                &format!("document.getElementById('{field}-error')"),
            )
            .await;
        let kept = browser
            .exec(
                &context,
                "var form = document.getElementById('sign');
                 return { name: form.elements.name.value, message: form.elements.message.value,
                          website: form.elements.website.value, avatar: form.elements.avatar.value,
                          summary: !!document.querySelector('.errors[role=alert]'),
                          path: location.pathname };",
                vec![],
            )
            .await;
        assert_eq!(kept["path"], "/entries", "{context}");
        assert_eq!(kept["summary"], true, "{context}");
        for (name, value) in [
            ("name", &payload.name),
            ("message", &payload.message),
            ("website", &payload.website),
            ("avatar", &payload.avatar),
        ] {
            assert_eq!(
                kept[name].as_str(),
                Some(value.as_str()),
                "{context}: the {name} field"
            );
        }
        browser.check(&context).await;
    }
    mark("submit invalid input", &mut timings);

    // 3. The guestbook shows every payload as text, exactly; nothing became markup.
    browser.goto(&app.url("/")).await;
    browser
        .wait_until(
            "loading the guestbook",
            "document.getElementById('entry-count')",
        )
        .await;
    browser.check("loading the guestbook").await;
    let page = browser.exec("reading the guestbook", GATHER, vec![]).await;
    let entries = page["entries"].as_array().expect("entries");
    assert_eq!(
        entries.len(),
        accepted.len(),
        "one entry per accepted payload"
    );
    let with_website = accepted.iter().filter(|p| !p.website.is_empty()).count();
    // Links visitors wrote in their messages' Markdown that kept their address.
    let message_links: usize = entries
        .iter()
        .map(|entry| {
            entry["messageLinks"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|link| !link["href"].is_null())
                .count()
        })
        .sum();
    assert!(
        message_links >= 2,
        "the Markdown payloads' real links are kept"
    );
    let with_avatar = accepted.iter().filter(|p| !p.avatar.is_empty()).count();
    assert_eq!(
        page["head"], 9,
        "meta ×3, title, the violation log, htmx, hx-csp, Alpine, style"
    );
    assert_eq!(
        page["scripts"], 6,
        "the violation log, htmx, hx-csp, Alpine, the data island, the count script"
    );
    assert_eq!(page["styles"], 1);
    assert_eq!(page["forms"], 1);
    assert_eq!(
        page["inputs"], 3,
        "name, website, avatar: the sign form carries no token"
    );
    assert_eq!(page["textareas"], 1);
    assert_eq!(
        page["buttons"],
        1 + 3 * accepted.len(),
        "sign, and like, quote and raw per entry"
    );
    assert_eq!(
        page["links"],
        3 + with_website,
        "brand, two nav links, one per website"
    );
    assert_eq!(page["images"], with_avatar);
    assert_eq!(page["foreign"], 0, "no element the templates do not write");
    assert_eq!(
        page["unexpectedAttributes"],
        json!([]),
        "no handler, style, srcdoc or formaction attribute"
    );
    assert_eq!(page["bodyVisible"], true);
    let mut failures = std::mem::take(&mut browser.failures);
    for (entry, payload) in entries.iter().zip(accepted.iter().rev()) {
        let context = format!("entry for payload {:?}", payload.message);
        assert_eq!(
            entry["name"].as_str(),
            Some(payload.name.as_str()),
            "{context}: name"
        );
        assert_eq!(
            entry["author"].as_str(),
            Some(payload.name.as_str()),
            "{context}: data-author"
        );
        // The message is Markdown, rendered and sanitized by the server: the browser shows the
        // text html5ever reads from that HTML, with only formatting elements and safe links.
        let rendered = guestbook::views::rendered_message(&payload.message);
        let expected: String = vetted_tests::body_children(rendered.as_str(), true)
            .iter()
            .map(vetted_tests::Tree::text_content)
            .collect();
        assert_eq!(
            entry["message"].as_str(),
            Some(expected.as_str()),
            "{context}: message as rendered {rendered}"
        );
        for element in entry["messageElements"].as_array().unwrap() {
            let element = element.as_str().unwrap();
            assert!(
                vetted_tests::SANITIZED_ELEMENTS.contains(&element),
                "{context}: <{element}> in the rendered message"
            );
        }
        for link in entry["messageLinks"].as_array().unwrap() {
            assert_eq!(link["rel"], "noopener noreferrer nofollow ugc", "{context}");
            if let Some(href) = link["href"].as_str() {
                let resolved = link["resolved"].as_str().unwrap();
                let scheme = resolved.split(':').next().unwrap_or_default();
                assert!(
                    ["http", "https", "mailto", "tel"].contains(&scheme),
                    "{context}: a message link to {href:?} resolves to {resolved:?}"
                );
            }
        }
        assert_eq!(entry["visible"], true, "{context}: visible");
        // The avatar, its text's block, meta, name, time, message, and the actions: their div,
        // like, quote and raw buttons, and the raw view's `<pre>`.
        let elements = 10 + usize::from(!payload.website.is_empty());
        assert_eq!(
            entry["descendants"],
            elements + 1,
            "{context}: element count"
        );
        if payload.website.is_empty() {
            assert!(entry["href"].is_null(), "{context}");
        } else {
            assert_eq!(
                entry["website"].as_str(),
                Some(payload.website.as_str()),
                "{context}: link text"
            );
            check_resolved(
                &mut failures,
                &context,
                &payload.website,
                entry["href"].as_str().unwrap(),
                entry["hrefResolved"].as_str().unwrap(),
                false,
            );
        }
        if !payload.avatar.is_empty() {
            check_resolved(
                &mut failures,
                &context,
                &payload.avatar,
                entry["avatar"].as_str().unwrap(),
                entry["avatarResolved"].as_str().unwrap(),
                true,
            );
        }
    }
    // The data island parses, holds every payload exactly, and the nonced script read it.
    assert_eq!(page["islandError"], Value::Null);
    let island = &page["island"];
    assert_eq!(island["count"], accepted.len());
    for (item, payload) in island["entries"]
        .as_array()
        .unwrap()
        .iter()
        .zip(accepted.iter().rev())
    {
        assert_eq!(item["name"].as_str(), Some(payload.name.as_str()));
        assert_eq!(item["message"].as_str(), Some(payload.message.as_str()));
    }
    assert_eq!(
        page["countText"].as_str(),
        Some(format!("{} entries, read from the JSON island", accepted.len()).as_str())
    );
    assert_eq!(page["countFromScript"], "true", "the nonced script ran");
    mark("verify the guestbook page", &mut timings);

    // 3b. htmx and Alpine, loaded from the site under its CSP, handle every entry: its words go
    // out through htmx's `hx-vals` (`Json`, on a click or, for the newest, on load) and come
    // back in the quote htmx swaps in after the request, Alpine shows the message from its
    // `x-data` (`Json`), and each like posts as a same-origin request, which the router's
    // `CsrfLayer` accepts. Every value reads back exactly as typed. Clicks are dispatched by the
    // page (`setTimeout`): code that WebDriver's own script calls into is exempt from the page's
    // CSP, which would hide a violation.
    browser.goto(&app.url("/")).await;
    browser
        .wait_until(
            "loading htmx and Alpine",
            "window.htmx && window.Alpine && document.querySelector('button.like')",
        )
        .await;
    // On load, htmx fetches the quote of the newest entry.
    let newest = accepted.last().expect("payloads");
    browser
        .wait_until(
            "the quote htmx loads",
            "document.querySelector('#quote .quote-message')",
        )
        .await;
    let loaded = browser
        .exec(
            "the quote htmx loads",
            "return [document.querySelector('#quote .quote-name').textContent,
                     document.querySelector('#quote .quote-message').textContent];",
            vec![],
        )
        .await;
    assert_eq!(
        loaded,
        json!([format!("{} wrote:", newest.name), newest.message]),
        "the quote htmx loads"
    );
    browser.check("the quote htmx loads").await;
    for (index, payload) in accepted.iter().enumerate() {
        let id = index + 1;
        let context = format!("htmx and Alpine on entry {id} ({:?})", payload.message);
        browser
            .exec(
                &context,
                "document.getElementById('quote').replaceChildren();
                 var id = arguments[0];
                 setTimeout(function () {
                   document.querySelector('#entry-' + id + ' button.quote').click();
                 }, 0);",
                vec![json!(id)],
            )
            .await;
        browser
            .wait_until(&context, "document.querySelector('#quote .quote-message')")
            .await;
        browser
            .exec(
                &context,
                "var id = arguments[0];
                 setTimeout(function () {
                   document.getElementById('like-' + id).click();
                   document.querySelector('#entry-' + id + ' button.toggle').click();
                 }, 0);",
                vec![json!(id)],
            )
            .await;
        browser
            .wait_until(
                &context,
                &format!(
                    "document.getElementById('like-{id}').textContent === '\\u2665 1'
                     && !document.querySelector('#entry-{id} .raw pre').hidden"
                ),
            )
            .await;
        let shown = browser
            .exec(
                &context,
                "var entry = document.getElementById('entry-' + arguments[0]);
                 return { name: document.querySelector('#quote .quote-name').textContent,
                          message: document.querySelector('#quote .quote-message').textContent,
                          raw: entry.querySelector('.raw pre').textContent,
                          quoteElements: document.querySelectorAll('#quote *').length };",
                vec![json!(id)],
            )
            .await;
        assert_eq!(
            shown["name"].as_str(),
            Some(format!("{} wrote:", payload.name).as_str()),
            "{context}: the quoted name"
        );
        assert_eq!(
            shown["message"].as_str(),
            Some(payload.message.as_str()),
            "{context}: the quoted message"
        );
        assert_eq!(
            shown["raw"].as_str(),
            Some(payload.message.as_str()),
            "{context}: Alpine's raw view"
        );
        assert_eq!(shown["quoteElements"], 3, "{context}: blockquote and two p");
        browser.check(&context).await;
    }
    let likes: Vec<i64> = app
        .state
        .store()
        .entries()
        .await
        .unwrap()
        .iter()
        .map(|entry| entry.likes)
        .collect();
    assert_eq!(likes, vec![1; accepted.len()], "every like was stored once");
    mark("htmx and Alpine on every entry", &mut timings);

    // 4. Click every link on the guestbook, from a fresh page each time.
    let links = browser
        .exec(
            "listing the links",
            "return Array.prototype.map.call(document.querySelectorAll('a[href]'), function (a) {
               return [a.getAttribute('href'), a.href];
             });",
            vec![],
        )
        .await;
    let links = links.as_array().expect("the links");
    assert_eq!(links.len(), 3 + with_website + message_links);
    for (index, link) in links.iter().enumerate() {
        let (href, resolved) = (link[0].as_str().unwrap(), link[1].as_str().unwrap());
        let context = format!("clicking link {index} (href {href:?})");
        browser.goto(&app.url("/")).await;
        // The page is the same on every load: the index finds the same link.
        let xpath = format!("(//a[@href])[{}]", index + 1);
        let element = browser.client.find(Locator::XPath(&xpath)).await.unwrap();
        assert_eq!(element.attr("href").await.unwrap().as_deref(), Some(href));
        if let Err(error) = element.click().await {
            browser.on_error(&context, error).await;
        }
        browser.wait_until(&context, "true").await;
        browser.settle(&context).await;
        browser.check(&context).await;
        let web = ["http:", "https:", "about:"]
            .iter()
            .any(|scheme| resolved.starts_with(scheme));
        if !web {
            browser.fresh_tab().await;
        }
    }
    mark("click every guestbook link", &mut timings);

    // 5. Files with hostile names go through the real upload form, and come back as downloads.
    // The form's first child is its token field (`axum_csrf`'s HMAC of the cookie's token): each
    // upload below is stored only because Chromium sent the field and the cookie that go
    // together.
    for (index, (name, content)) in FILES.iter().enumerate() {
        let path = uploads.path().join(name);
        std::fs::write(&path, content).unwrap();
        let context = format!("uploading {name:?}");
        browser.goto(&app.url("/files")).await;
        let field = browser
            .exec(
                &context,
                "var field = document.querySelector('#upload > input:first-child');
                 return [field.type, field.name, field.value.length >= 32];",
                vec![],
            )
            .await;
        assert_eq!(
            field,
            json!(["hidden", "csrf", true]),
            "{context}: the token field"
        );
        let input = browser.client.find(Locator::Css("#file")).await.unwrap();
        input.send_keys(&path.display().to_string()).await.unwrap();
        let chosen = browser
            .exec(
                &context,
                "var files = document.getElementById('file').files;
                 return files.length === 1 ? files[0].name : files.length;",
                vec![],
            )
            .await;
        assert_eq!(
            chosen.as_str(),
            Some(*name),
            "{context}: the file input holds the file"
        );
        browser.click(&context, "#upload button[type=submit]").await;
        let listed = index + 1;
        browser
            .wait_until(
                &context,
                &format!("document.querySelectorAll('tr.file').length === {listed}"),
            )
            .await;
        assert_eq!(
            app.state.store().files().await.unwrap().len(),
            listed,
            "{context}: stored"
        );
        browser.check(&context).await;
    }
    let rows = browser
        .exec(
            "reading the files",
            "return Array.prototype.map.call(document.querySelectorAll('tr.file'), function (row) {
               var link = row.querySelector('a.download');
               return { name: row.getAttribute('data-name'), text: link.textContent, href: link.getAttribute('href') };
             });",
            vec![],
        )
        .await;
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), FILES.len());
    for (row, (name, _)) in rows.iter().zip(FILES.iter().rev()) {
        assert_eq!(row["name"].as_str(), Some(*name), "data-name");
        assert_eq!(row["text"].as_str(), Some(*name), "link text");
    }
    let links = browser
        .client
        .find_all(Locator::Css("a[href]"))
        .await
        .unwrap();
    for (index, link) in links.iter().enumerate() {
        let href = link.attr("href").await.unwrap().unwrap_or_default();
        if !href.starts_with("/files/") {
            continue;
        }
        let context = format!("clicking download link {index} ({href})");
        if let Err(error) = link.click().await {
            browser.on_error(&context, error).await;
        }
        browser
            .wait_until(&context, "location.pathname === '/files'")
            .await;
        browser.settle(&context).await;
        browser.check(&context).await;
    }
    // Every file was saved, not shown: the browser stayed on the list.
    let saved = {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let finished = std::fs::read_dir(downloads.path())
                .unwrap()
                .filter_map(Result::ok)
                .filter(|entry| !entry.file_name().to_string_lossy().ends_with(".crdownload"))
                .count();
            if finished >= FILES.len() || Instant::now() > deadline {
                break finished;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    assert_eq!(saved, FILES.len(), "every download link saved a file");
    // The other links on the files page (navigation) are clicked too.
    let nav = browser
        .client
        .find_all(Locator::Css("header a[href]"))
        .await
        .unwrap()
        .len();
    for index in 0..nav {
        browser.goto(&app.url("/files")).await;
        let all = browser
            .client
            .find_all(Locator::Css("header a[href]"))
            .await
            .unwrap();
        let context = format!("clicking navigation link {index} on the files page");
        if let Err(error) = all[index].click().await {
            browser.on_error(&context, error).await;
        }
        browser.wait_until(&context, "true").await;
        browser.check(&context).await;
    }
    mark("upload, list and download files", &mut timings);

    // 5b. Another site's form and script cannot sign or like: Chromium says where they came
    // from (`Sec-Fetch-Site: cross-site`), and the guestbook answers with its own 403 page.
    let entries_before = app.state.store().entry_count().await.unwrap();
    let other_site = format!("http://localhost:{}", app.address.port());
    browser
        .goto(&format!("{other_site}/control/cross-site"))
        .await;
    browser
        .click("a form on another site", "#forged button[type=submit]")
        .await;
    browser
        .wait_until(
            "a form on another site",
            &format!(
                "location.href === '{}' && document.title === 'Form not accepted · vetted guestbook'",
                app.url("/entries")
            ),
        )
        .await;
    let refused = browser
        .exec(
            "a form on another site",
            "return document.getElementById('message').textContent;",
            vec![],
        )
        .await;
    assert!(
        refused
            .as_str()
            .is_some_and(|text| text.contains("sent from another site")),
        "{refused}"
    );
    browser.check("a form on another site").await;
    browser
        .goto(&format!("{other_site}/control/cross-site"))
        .await;
    let sent = browser
        .client
        .execute_async(
            "var done = arguments[arguments.length - 1];
             fetch(arguments[0], { method: 'POST', mode: 'no-cors' })
               .then(function () { done('sent'); }, function (error) { done(String(error)); });",
            vec![json!(app.url("/entries/1/like"))],
        )
        .await
        .expect("a script on another site posts a like");
    assert_eq!(sent, "sent", "the request reached the guestbook");
    assert_eq!(
        app.state.store().entry_count().await.unwrap(),
        entries_before,
        "no entry from another site"
    );
    assert_eq!(
        app.state
            .store()
            .entries()
            .await
            .unwrap()
            .iter()
            .find(|entry| entry.id == 1)
            .map(|entry| entry.likes),
        Some(1),
        "no like from another site: entry 1 has only the one from the guestbook page"
    );
    mark("refuse another site's form and like", &mut timings);

    // 6. Headers, read with a plain HTTP client.
    let home = app.get("/").await;
    let policy = home.header("content-security-policy");
    let nonce = policy_nonce(policy);
    assert!(policy.starts_with(&format!("script-src 'nonce-{nonce}' 'strict-dynamic';")));
    assert!(home.body.contains(&format!("<script nonce=\"{nonce}\">")));
    for header in [
        "strict-transport-security",
        "x-content-type-options",
        "x-frame-options",
        "referrer-policy",
        "cross-origin-opener-policy",
        "permissions-policy",
        "x-xss-protection",
        "cache-control",
    ] {
        assert!(!home.header(header).is_empty(), "{header}");
    }
    for file in app.state.store().files().await.unwrap() {
        let download = app.get(&format!("/files/{}", file.id)).await;
        assert!(
            download
                .header("content-disposition")
                .starts_with("attachment")
        );
        assert_eq!(download.header("x-content-type-options"), "nosniff");
        assert_eq!(
            download.header("content-security-policy"),
            "default-src 'none'; sandbox"
        );
        let kind = download.header("content-type");
        assert!(
            !kind.contains("html") && !kind.contains("svg") && !kind.contains("javascript"),
            "{kind}"
        );
    }
    // The cookie the files page set, read on the guestbook's own origin.
    browser.goto(&app.url("/files")).await;
    let cookie = browser
        .client
        .get_named_cookie("guestbook_csrf")
        .await
        .unwrap();
    assert_eq!(
        cookie.http_only(),
        Some(true),
        "scripts cannot read the CSRF cookie"
    );
    assert_eq!(
        cookie.same_site().map(|site| site.to_string()).as_deref(),
        Some("Strict"),
        "other sites' requests never carry the CSRF cookie"
    );
    mark("check headers", &mut timings);

    // 7. The screenshot of the guestbook with its hostile entries.
    browser.goto(&app.url("/")).await;
    browser
        .wait_until(
            "the screenshot",
            "document.getElementById('entry-count').dataset.fromScript",
        )
        .await;
    let png = browser.client.screenshot().await.expect("a screenshot");
    let screenshot = target_dir().join("guestbook.png");
    std::fs::write(&screenshot, png).unwrap();
    mark("screenshot", &mut timings);

    // 8. No CSP violation anywhere: not in any page's log (checked after every step), and no
    // report reached the server.
    failures.append(&mut browser.failures);
    assert_eq!(app.state.csp_reports(), Vec::<String>::new(), "CSP reports");

    // 9. The detectors detect: a dialog, the canary and a CSP violation, each made on purpose.
    browser
        .exec(
            "control",
            "setTimeout(function () { alert('control dialog'); }, 0);",
            vec![],
        )
        .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    browser.check("control dialog").await;
    browser
        .exec("control", "window.__pwned = 'control';", vec![])
        .await;
    browser.check("control canary").await;
    let handler = browser
        .exec(
            "control",
            "delete window.__pwned;
             var style = document.createElement('style');
             style.textContent = 'main { outline: 2px solid red }';
             document.head.appendChild(style);
             var button = document.createElement('button');
             try { button.setAttribute('onclick', 'window.__pwned = \\'handler\\''); } catch (e) {}
             document.body.appendChild(button);
             button.click();
             return typeof window.__pwned;",
            vec![],
        )
        .await;
    assert_eq!(
        handler, "undefined",
        "CSP and Trusted Types block an injected handler"
    );
    browser
        .wait_until("control violation", "window.__cspViolations.length >= 2")
        .await;
    browser.check("control violation").await;
    // A `dangerously_*` value in a code attribute htmx reads: htmx tries to run it, the CSP
    // stops it, and the detectors see the attempt.
    browser.goto(&app.url("/control/htmx")).await;
    browser
        .wait_until(
            "control htmx",
            "window.htmx && document.getElementById('control')",
        )
        .await;
    // The click is dispatched by the page itself: code that WebDriver's own script calls
    // into is exempt from the page's CSP.
    browser
        .exec(
            "control htmx",
            "window.__cspViolations = [];
             setTimeout(function () { document.getElementById('control').click(); }, 0);",
            vec![],
        )
        .await;
    browser
        .wait_until("control htmx", "window.__cspViolations.length >= 1")
        .await;
    browser.check("control htmx").await;
    let controls = std::mem::take(&mut browser.failures);
    assert!(
        controls
            .iter()
            .any(|f| f.starts_with("control htmx") && f.contains("CSP violations")),
        "{controls:?}"
    );
    assert!(
        controls
            .iter()
            .any(|f| f.contains("a dialog opened (\"control dialog\")")),
        "{controls:?}"
    );
    assert!(
        controls.iter().any(|f| f.contains("window.__pwned is set")),
        "{controls:?}"
    );
    assert!(
        controls.iter().any(|f| f.contains("CSP violations")),
        "{controls:?}"
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while app.state.csp_reports().is_empty() {
        assert!(
            Instant::now() < deadline,
            "the browser never sent the control CSP report"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    mark("control the detectors", &mut timings);

    let _ = browser.client.close().await;
    drop(driver);
    mark("close the browser", &mut timings);

    println!(
        "browser test: {} payloads signed, {} refused, {} files",
        accepted.len(),
        rejected().len(),
        FILES.len()
    );
    for (phase, time) in &timings {
        println!("  {:>6.2} s  {phase}", time.as_secs_f64());
    }
    println!(
        "  {:>6.2} s  total; screenshot at {}",
        started.elapsed().as_secs_f64(),
        screenshot.display()
    );
    assert!(
        failures.is_empty(),
        "the browser saw {} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
