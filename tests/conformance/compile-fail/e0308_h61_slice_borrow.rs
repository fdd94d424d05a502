// passing an array where a slice reference is expected
fn sum(xs: &[i64]) -> i64 {
    let mut t = 0;
    for x in xs {
        t += x;
    }
    t
}

fn first_word(bytes: &[u8]) -> &[u8] {
    for (i, &b) in bytes.iter().enumerate() {
        if b == b' ' {
            return &bytes[..i];
        }
    }
    bytes
}

fn main() {
    let data = [1, 2, 3, 4];
    let total = sum(data);
    let view: &[i64] = data;
    let w = first_word(b"hello world");
    println!("{} {} {}", total, view.len(), w.len());
}
