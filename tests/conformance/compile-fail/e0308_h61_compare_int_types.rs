// comparing and combining integers of different widths
fn find_index(haystack: &[u32], needle: u32) -> i32 {
    let mut i = 0;
    while i < haystack.len() {
        if haystack[i] == needle {
            return i;
        }
        i += 1;
    }
    -1
}

fn main() {
    let data = [4u32, 8, 15, 16, 23, 42];
    let limit: u32 = 5;
    let idx = find_index(&data, 15);
    if data.len() > limit {
        println!("long list");
    }
    let small: u8 = 3;
    let big: u64 = 1000;
    if big > small {
        println!("{}", idx);
    }
}
