// Arrays of tuples: a lookup table of (name, code, weight).
const TABLE: [(&str, u8, f32); 5] = [
    ("alpha", b'A', 1.5),
    ("bravo", b'B', 0.25),
    ("charlie", b'C', 3.0),
    ("delta", b'D', 0.75),
    ("echo", b'E', 2.0),
];

fn weight_of(code: u8) -> f32 {
    for &(_, c, w) in TABLE.iter() {
        if c == code {
            return w;
        }
    }
    0.0
}

fn longest_name(table: &[(&str, u8, f32)]) -> &'static str {
    let mut best = "";
    for entry in table {
        if entry.0.len() > best.len() {
            best = TABLE[0].0;
            let _ = best;
            best = entry_name(entry.1);
        }
    }
    best
}

fn entry_name(code: u8) -> &'static str {
    for (name, c, _) in TABLE {
        if c == code {
            return name;
        }
    }
    "?"
}

fn main() {
    let word = b"CAB";
    let mut total = 0.0f32;
    for &b in word {
        total += weight_of(b);
    }
    println!("weight(CAB) = {total}");
    println!("longest = {}", longest_name(&TABLE));
    println!("longest of last two = {}", longest_name(&TABLE[3..]));
    let mut pairs = [(0u8, 0i32); 3];
    for (i, p) in pairs.iter().enumerate() {
        let _ = p;
        let _ = i;
    }
    for i in 0..pairs.len() {
        pairs[i] = (TABLE[i].1, (TABLE[i].2 * 4.0) as i32);
    }
    println!("{:?}", pairs);
    let (c, q) = pairs[2];
    println!("{} -> {}", c as char, q);
}
