// Trying to store a slice range into a fixed-size array binding.
fn main() {
    let frame = [0xAAu8, 0x01, 0x02, 0x03, 0x55];
    let payload: [u8; 3] = &frame[1..4];
    let checksum: u8 = frame.len();
    println!("{:?} {}", payload, checksum);
}
