// Linear search that bails out with a bare `return;` although the function returns usize.
fn find_index(haystack: &[i32], needle: i32) -> usize {
    if haystack.is_empty() {
        return;
    }
    for (i, &v) in haystack.iter().enumerate() {
        if v == needle {
            return i;
        }
    }
    haystack.len()
}

fn main() {
    let data = [4, 8, 15, 16, 23, 42];
    println!("{}", find_index(&data, 23));
}
