// Valid Rust outside tier L1: a function returning Option (line 2).
fn find_user(ids: &[u32], wanted: u32) -> Option<usize> {
    for (i, &id) in ids.iter().enumerate() {
        if id == wanted {
            return Some(i);
        }
    }
    None
}

fn main() {
    let ids = [101, 205, 333];
    match find_user(&ids, 205) {
        Some(i) => println!("found at {}", i),
        None => println!("not found"),
    }
}
