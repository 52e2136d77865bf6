//! `vbscript:`, `livescript:` and `data:` URLs run script or carry a whole document: refused in
//! links; `data:` is only allowed for raster images in media attributes.

fn main() {
    let _ = vetted::html! {
        <a href="vbscript:msgbox(1)">"a"</a>
        <a href="LiveScript:alert(1)">"b"</a>
        <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">"c"</a>
        <form action="data:text/html,hi"></form>
    };
}
