fn main() {
    let x = true;
    let _ = vetted::html! { @if x { <div class="a"> } @else { <div class="b"> } "body" </div> };
}
