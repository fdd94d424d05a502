fn main() {
    for code in 0..3 {
        println!("{} {}", code, levels::enabled(code));
    }
}
