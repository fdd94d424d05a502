fn main() {
    let words = ["apple", "", "banana", "cherry"];
    'next: for w in words {
        if w.is_empty() {
            continue next;
        }
        println!("{}", w);
    }
}
