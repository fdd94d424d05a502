fn main() {
    let items = ["a", "b", "c"];
    let mut i = 0;
    while i < items.len() {
        println!("{}: {}", i, items[i]);
        ++i;
    }
}
