fn main() {
    let rows = [Some(1), None];
    let _ = vetted::html! {
        <table>
            @for row in rows {
                <tr>
                    @if row.is_some() || { continue } {
                        <td>{row}</td>
                    }
                </tr>
            }
        </table>
    };
}
