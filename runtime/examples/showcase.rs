//! Prints a realistic page built with `html!`: a layout component, a loop, conditionals, and
//! user input full of markup that comes out as plain text. The whole page is written into one
//! buffer: the layout renders its children, a `lazy!` template, where it places them.
//!
//! Run it with `cargo run --example showcase`.

use std::collections::BTreeMap;

use vetted::{Html, Json, Render, display, html, lazy, trusted_script};

struct Comment {
    author: String,
    website: String,
    body: String,
    likes: u32,
    moderator: bool,
}

struct Viewer {
    name: String,
    unread: Option<u32>,
}

/// The page chrome every view shares: a component whose children are the page.
#[derive(vetted::Component)]
struct Layout<'a, C> {
    title: &'a str,
    viewer: &'a Viewer,
    children: C,
}

impl<C: Render> Render for Layout<'_, C> {
    fn render_to(&self, out: &mut Html) {
        lazy! {
            <!DOCTYPE html>
            <html lang="en">
                <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>{self.title} " · vetted guestbook"</title>
                    <style>"body { font-family: system-ui; max-width: 40rem; margin: auto }"</style>
                </head>
                <body>
                    <header>
                        <nav aria-label="main">
                            <a href="/">"Home"</a> " " <a href="/comments">"Comments"</a>
                        </nav>
                        <p class="viewer">
                            "Signed in as "
                            <strong>{self.viewer.name}</strong>
                            @if let Some(count) = self.viewer.unread {
                                " · "
                                <span class="badge" title={display(format_args!("{count} unread"))}>
                                    {count}
                                </span>
                            }
                        </p>
                    </header>
                    <main>{self.children}</main>
                    <footer>
                        <small>"Rendered by vetted: every value escaped for where it sits."</small>
                    </footer>
                </body>
            </html>
        }
        .render_to(out);
    }
}

/// The comments view, written into the caller's buffer when rendered.
fn comments_page<'a>(comments: &'a [Comment], stats: &'a Json) -> impl Render + 'a {
    lazy! {
        <h1>"Comments"</h1>
        <script type="application/json" id="stats">{stats}</script>
        <script>
            {trusted_script!("const stats = JSON.parse(document.getElementById('stats').textContent);")}
        </script>
        @if comments.is_empty() {
            <p>"No comments yet."</p>
        } @else {
            <ol class="comments">
                @for (index, comment) in comments.iter().enumerate() {
                    <li id={display(format_args!("comment-{index}"))} data-likes={comment.likes}>
                        <p class="author">
                            <img
                                src=("/avatars/" {comment.author} ".png")
                                alt=""
                                width="16"
                                height="16"
                            >
                            " "
                            <a href={comment.website} rel="nofollow ugc">{comment.author}</a>
                            @if comment.moderator {
                                " " <em>"(moderator)"</em>
                            }
                        </p>
                        <blockquote title={comment.author}>{comment.body}</blockquote>
                        @match comment.likes {
                            0 => {}
                            1 => { <small>"1 like"</small> }
                            n => { <small>{n} " likes"</small> }
                        }
                    </li>
                }
            </ol>
        }
        <form method="get" action="/search">
            <label for="q">"Search"</label>
            <input id="q" name="q" type="search" placeholder="words, not <tags>" required>
            <button type="submit">"Go"</button>
        </form>
    }
}

fn main() -> Result<(), vetted::JsonError> {
    let viewer = Viewer {
        name: "Ada <admin>".into(),
        unread: Some(3),
    };
    let comments = vec![
        Comment {
            author: "Mallory\"><script>alert(1)</script>".into(),
            website: "javascript:alert(document.cookie)".into(),
            body: "<img src=x onerror=alert('xss')> nice post!".into(),
            likes: 2,
            moderator: false,
        },
        Comment {
            author: "Grace".into(),
            website: "https://grace.example/about me".into(),
            body: "Use `&amp;` to write & in HTML; <b>bold</b> stays text here.".into(),
            likes: 1,
            moderator: true,
        },
        Comment {
            author: "Bob".into(),
            website: "/users/bob".into(),
            body: "</li></ol><h1>Fake heading</h1>".into(),
            likes: 0,
            moderator: false,
        },
    ];
    let stats = Json::new(&BTreeMap::from([("comments", comments.len())]))?;
    let page = html! {
        <Layout title="Comments" viewer={&viewer}>{comments_page(&comments, &stats)}</Layout>
    };
    println!("{page}");
    Ok(())
}
