fn to_bool(s: &str) -> bool {
    match s
        "true" => true,
        _ => false,
}

fn main() {
    println!("{}", to_bool("true"));
}
