// Widening a byte through the From trait, called through the type's path.
fn checksum(data: &[u8]) -> i32 {
    let mut sum = 0;
    for i in 0..data.len() {
        sum += i32::from(data[i]) * (i as i32 + 1);
    }
    sum % 251
}

fn main() {
    let packet = [3u8, 14, 15, 92, 65];
    println!("checksum {}", checksum(&packet));
}
