fn describe(code: i32) -> &'static str {
    switch code {
        0 => "ok",
        _ => "error",
    }
}

fn main() {
    println!("{}", describe(0));
}
