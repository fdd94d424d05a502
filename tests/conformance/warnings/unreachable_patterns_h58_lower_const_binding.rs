// lints: unreachable_patterns
mod limits {
    pub const MAX_USERS: u32 = 50;
}

fn check(n: u32) -> &'static str {
    match n {
        max_users => "at limit",
        0 => "empty",
        _ => "ok",
    }
}

fn main() {
    println!("{} {}", check(limits::MAX_USERS), check(0));
}
