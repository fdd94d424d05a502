fn toggle(on: bool, locked: bool) -> bool {
    match on {
        true if !locked => false,
        false if !locked => true,
        true => true,
    }
}

fn main() {
    println!("{}", toggle(false, true));
}
