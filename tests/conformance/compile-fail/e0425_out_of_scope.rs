// A variable declared inside a block is used after the block ended.
fn main() {
    let temps = [18, 22, 25, 21];
    {
        let mut max = temps[0];
        for t in temps {
            if t > max {
                max = t;
            }
        }
    }
    println!("max {}", max);
    for i in 0..temps.len() {
        let doubled = temps[i] * 2;
        println!("{}", doubled);
    }
    println!("last index {}", i);
}
