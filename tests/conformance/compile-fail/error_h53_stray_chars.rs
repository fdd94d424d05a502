// Stray characters from a bad paste.
fn main() {
    let total = 10 $ 2;
    let ratio = 4 \ 2;
    println!("{} {}", total, ratio);
}
