// Rotating by a usize amount from a loop index.
fn mix(words: &[u32; 4]) -> u32 {
    let mut acc: u32 = 0;
    for i in 0..words.len() {
        acc ^= words[i].rotate_left(i);
    }
    acc
}

fn main() {
    let w = [0xdead_beef, 0x1234_5678, 0x0f0f_0f0f, 7];
    println!("{:08x}", mix(&w));
}
