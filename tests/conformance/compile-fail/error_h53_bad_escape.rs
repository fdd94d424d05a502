// Unknown escapes in string and char literals.
fn main() {
    let path = "C:\Users\data";
    let tab = '\T';
    let ok = "line\n";
    println!("{} {} {}", path, tab, ok);
}
