fn collect_evens(limit: u32) -> Vec<u32> {
    let mut out = Vec<u32>::new();
    for n in 0..limit {
        if n % 2 == 0 {
            out.push(n);
        }
    }
    out
}

fn main() {
    println!("{:?}", collect_evens(10));
}
