// lints: unreachable_patterns
// HTTP-ish status classification; a nested alternative repeats an earlier case.
#[derive(Debug, Clone, Copy)]
enum Reply {
    Status(u16, bool),
    Redirect(u16),
    Closed,
}

fn classify(r: Reply) -> &'static str {
    match r {
        Reply::Status(200..=299, _) => "ok",
        Reply::Status(204 | 404, true) => "cached",
        Reply::Status(400..=499, _) => "client",
        Reply::Status(500 | 503 | 500, _) => "server",
        Reply::Status(_, _) => "other",
        Reply::Redirect(301 | 302) | Reply::Redirect(301) => "moved",
        Reply::Redirect(_) => "redirect",
        Reply::Closed => "closed",
    }
}

fn main() {
    let replies = [
        Reply::Status(200, false),
        Reply::Status(404, true),
        Reply::Redirect(302),
        Reply::Closed,
    ];
    for r in replies {
        println!("{:?} -> {}", r, classify(r));
    }
}
