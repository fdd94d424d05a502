fn main() {
    let words = vec!["alpha", "beta"];
    let joined = words.join(', ');
    println!("{}", joined);
}
