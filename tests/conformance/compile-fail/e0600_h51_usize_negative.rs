// Sentinels of -1 in unsigned indices
fn find(hay: &[i32], needle: i32) -> usize {
    let mut i = 0;
    for &x in hay {
        if x == needle {
            return i;
        }
        i += 1;
    }
    -1
}

fn main() {
    let data = [4, 8, 15, 16, 23, 42];
    let pos = find(&data, 15);
    let none: usize = -1;
    println!("{} {}", pos, none);
}
