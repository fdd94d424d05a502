fn sum_to(n: u32) -> u32 {
    let mut total = 0;
    for (let i = 0; i < n; i += 1) {
        total += i;
    }
    total
}

fn main() {
    println!("{}", sum_to(10));
}
