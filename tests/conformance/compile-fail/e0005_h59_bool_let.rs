fn main() {
    let flags = (true, 10i32);
    let (true, count) = flags;
    println!("{}", count);
}
