fn main() {
    let n = 0;
    println!("{} {:?}", n, []);
}
