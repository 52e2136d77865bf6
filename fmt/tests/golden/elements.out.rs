//! Elements, void and self-closing elements, components, text and splices.

use vetted::{html, lazy};

fn short(name: &str) -> vetted::Html {
    html! { <p>{name}</p> }
}

fn one_line() -> vetted::Html {
    html! { <br> }
}

fn void_and_self_closing(src: &str) -> vetted::Html {
    html! {
        <div>
            <img src={src} alt="">
            <br/>
            <hr>
            <input type="checkbox" checked>
            <svg viewBox="0 0 1 1"><path d="M0 0"/></svg>
        </div>
    }
}

fn components(title: &str) -> impl vetted::Render {
    lazy! {
        <ui::Card title={title}><ui::icons::Icon name="bell"/> "text"</ui::Card>
        <Layout
            title="A page whose title is long enough"
            current={Section::Guestbook}
            nonce={nonce}
        >
            <main>{body}</main>
            <footer>"the end"</footer>
        </Layout>
    }
}

fn nested(items: &[&str]) -> vetted::Html {
    html! {
        <html lang="en">
            <head><meta charset="utf-8"><title>"A page"</title></head>
            <body>
                <header class="top"><a class="brand" href="/">"vetted guestbook"</a></header>
                <main>{items.len()}</main>
            </body>
        </html>
    }
}

fn sentences(name: &str, count: usize) -> vetted::Html {
    html! {
        <small class="a-class-name-that-is-long" id="an-identifier-that-is-long-too">
            "Every name here came from a visitor, " {name} ", and there are " {count} " of them."
        </small>
    }
}

fn empty() -> vetted::Html {
    html! {}
}

fn doctype_and_comments() -> vetted::Html {
    html! {
        <!DOCTYPE html>
        <html><!-- "a comment in the HTML" --><body><!-- {dynamic} --></body></html>
    }
}

fn prose(user: &User) -> vetted::Html {
    html! {
        <nav aria-label="the main navigation of the site">
            <a href="/">"Home"</a> " " <a href="/comments">"Comments"</a>
        </nav>
        <p class="viewer">
            "Signed in as "
            <strong>{user.name}</strong>
            ", with "
            {user.unread}
            " unread messages in "
            <a href="/inbox">"the inbox"</a>
            "."
        </p>
    }
}

fn not_prose(title: &str, children: vetted::Html) -> vetted::Html {
    html! {
        <article class="card a-class-name-long-enough-to-break-the-line" id="card-identifier">
            <h2>{title}</h2>
            {children}
        </article>
    }
}
