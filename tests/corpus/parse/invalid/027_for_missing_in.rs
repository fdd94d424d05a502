fn print_all(names: &[&str]) {
    for name of names {
        println!("{}", name);
    }
}

fn main() {
    print_all(&["x", "y"]);
}
