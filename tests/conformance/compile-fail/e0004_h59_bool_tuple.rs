fn describe(logged_in: bool, admin: bool) -> &'static str {
    match (logged_in, admin) {
        (true, true) => "administrator",
        (true, false) => "user",
        (false, false) => "guest",
    }
}

fn main() {
    println!("{}", describe(true, true));
    println!("{}", describe(false, false));
}
