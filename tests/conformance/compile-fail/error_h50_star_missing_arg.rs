fn main() {
    let e = 2.718281828;
    println!("e ~= {:.*}", e);
}
