fn main() {
    let limit 100;
    for i in 0..limit {
        if i % 25 == 0 {
            println!("{}", i);
        }
    }
}
