// lints: overlapping_range_endpoints unreachable_patterns
// HTTP status classification with overlapping and shadowed arms.
fn class(code: u16) -> &'static str {
    match code {
        100..=199 => "info",
        200..=299 => "ok",
        204 => "no content",
        300..=399 => "redirect",
        399..=499 => "client",
        500..=599 => "server",
        _ => "unknown",
    }
}

#[derive(Clone, Copy)]
enum Method {
    Get,
    Post,
    Put,
}

fn idempotent(m: Method, code: u16) -> bool {
    match (m, code) {
        (Method::Get, _) => true,
        (Method::Put, 200..=299) => true,
        (Method::Get, 404) => false,
        (Method::Post, _) => false,
        (_, _) => false,
        (Method::Put, _) => true,
    }
}

fn main() {
    for c in [101u16, 200, 204, 302, 404, 503, 700] {
        println!("{} {}", c, class(c));
    }
    println!("{}", idempotent(Method::Post, 200));
    println!("{}", idempotent(Method::Put, 500));
    println!("{}", idempotent(Method::Get, 404));
}
