// C habit: declaring a variable with a type in front.
fn main() {
    int count = 0;
    let limit = 10;
    for i in 0..limit {
        if i % 3 == 0 {
            count += 1;
        }
    }
    println!("{}", count);
}
