fn parse_flag(s: &str) -> {
    match s {
        "yes" | "true" => true,
        _ => false,
    }
}

fn main() {
    println!("{}", parse_flag("yes"));
}
