fn compute() -> u32 {
    6 * 7
}

fn main() {
    let ready = true;
    if ready {
        println!("result: {}", compute);
    }
}
