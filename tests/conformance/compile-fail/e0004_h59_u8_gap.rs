// Classify bytes of an ASCII protocol; a gap was left between the ranges.
fn classify(b: u8) -> &'static str {
    match b {
        0..=31 => "control",
        b' ' => "space",
        b'0'..=b'9' => "digit",
        b'A'..=b'Z' | b'a'..=b'z' => "letter",
        127..=255 => "high",
    }
}

fn main() {
    let msg = b"Hi 42!";
    for &b in msg.iter() {
        println!("{:3} {}", b, classify(b));
    }
}
