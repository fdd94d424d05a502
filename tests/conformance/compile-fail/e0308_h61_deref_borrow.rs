// passing references where values are expected and vice versa
fn total_len(a: usize, b: usize) -> usize {
    a + b
}

fn describe(name: &str, count: &u32) {
    println!("{}: {}", name, count);
}

fn main() {
    let names = ["alpha", "beta", "gamma"];
    let mut sum = 0;
    for n in &names {
        let len_ref = &n.len();
        sum = total_len(sum, len_ref);
    }
    let count: u32 = 3;
    describe(names[0], count);
    println!("{}", sum);
}
