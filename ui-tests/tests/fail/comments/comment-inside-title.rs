//! Inside `<title>`, `<textarea>`, `<script>` and `<style>` the browser reads `<!--` as text or
//! code, not as a comment.

fn main() {
    let _ = vetted::html! {
        <title><!-- "draft" --></title>
        <textarea><!-- "hint" --></textarea>
        <script><!-- "old trick" --></script>
        <style><!-- "css" --></style>
    };
}
