fn app_name() -> 'static str {
    "sluice"
}

fn main() {
    println!("{}", app_name());
}
