fn find(haystack: &[i32], needle: i32) -> Option<usize> {
    for (i, &v) in haystack.iter().enumerate() {
        if v === needle {
            return Some(i);
        }
    }
    None
}

fn main() {
    println!("{:?}", find(&[4, 5, 6], 5));
}
