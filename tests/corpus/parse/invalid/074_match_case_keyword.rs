fn day_name(d: u8) -> &'static str {
    match d {
        case 0 => "Sunday",
        case 1 => "Monday",
        _ => "Other",
    }
}

fn main() {
    println!("{}", day_name(1));
}
