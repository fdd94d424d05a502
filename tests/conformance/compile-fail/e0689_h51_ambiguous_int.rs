// Powers of two table
fn main() {
    for i in 0..5 {
        let p = 2.pow(i);
        println!("2^{} = {}", i, p);
    }
    let x = 10;
    let m = x.max(3);
    println!("{}", m);
}
