fn find(xs: &[u8], target: u8) -> usize {
    for (i, &x) in xs.iter().enumerate() {
        if x == target {
            return i;
        }
    }
    panic!("value {} not found");
}

fn main() {
    println!("{}", find(&[1, 2, 3], 2));
}
