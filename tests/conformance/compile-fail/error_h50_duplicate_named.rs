fn main() {
    let w = 3;
    println!("{a} {b}", a = 1, b = w, a = 2);
}
