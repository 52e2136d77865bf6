fn main() {
    let _ = vetted::html! {
        <p></p>
        <!DOCTYPE html>
        <div><!DOCTYPE html></div>
    };
}
