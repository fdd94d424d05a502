// Functions returning the wrong width
fn checksum(data: &[u8]) -> u8 {
    let mut s: u32 = 0;
    for b in data {
        s += *b as u32;
    }
    s % 256
}

fn index_of(target: u8, data: &[u8]) -> i32 {
    let mut i = 0;
    while i < data.len() {
        if data[i] == target {
            return i;
        }
        i += 1;
    }
    -1
}

fn mean(data: &[u8]) -> f32 {
    let mut s = 0u64;
    for b in data {
        s += *b as u64;
    }
    s as f64 / data.len() as f64
}

fn main() {
    let d = [1u8, 2, 3, 250];
    println!("{} {} {}", checksum(&d), index_of(3, &d), mean(&d));
}
