//! `@let` binds for the rest of its block, with patterns, types and shadowing.

fn main() {
    let pairs = [("a", 1), ("b", 2)];
    let page = vetted::html! {
        @let total: i32 = pairs.iter().map(|(_, n)| n).sum();
        @for (name, n) in pairs {
            @let share = n * 100 / total;
            @let (label, share) = (name.to_uppercase(), share);
            <p>{label} ": " {share} "%"</p>
        }
        <p>"total " {total}</p>
    };
    assert_eq!(page.as_str(), "<p>A: 33%</p><p>B: 66%</p><p>total 3</p>");
}
