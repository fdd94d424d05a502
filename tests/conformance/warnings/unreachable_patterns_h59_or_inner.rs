// lints: unreachable_patterns
fn main() {
    let codes = [200u16, 404, 500, 301];
    for code in codes {
        let text = match code {
            200 | 201 | 204 => "ok",
            300..=399 => "redirect",
            404 | 400..=499 | 410 => "client error",
            500..=599 => "server error",
            _ => "other",
        };
        println!("{} {}", code, text);
    }
}
