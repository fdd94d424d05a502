// Tuples: Debug is only implemented for tuples of up to twelve elements.
fn reverse(pair: (i32, bool)) -> (bool, i32) {
    let (i, b) = pair;
    (b, i)
}

fn sum_small(t: (u8, u16, u32, u64)) -> u64 {
    t.0 as u64 + t.1 as u64 + t.2 as u64 + t.3
}

fn main() {
    let long_tuple = (1u8, 2u16, 3u32, 4u64, -1i8, -2i16, -3i32, -4i64, 0.1f32, 0.2f64, 'a', true);
    println!("long tuple: {:?}", long_tuple);
    println!("reversed: {:?}", reverse((7, false)));
    println!("sum: {}", sum_small((1, 2, 3, 4)));
    // mistake: thirteen elements
    let too_long_tuple = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    println!("too long tuple: {:?}", too_long_tuple);
}
