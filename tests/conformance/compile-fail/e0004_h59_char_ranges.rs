fn kind(c: char) -> u8 {
    match c {
        'a'..='z' => 1,
        'A'..='Z' => 2,
        '0'..='9' => 3,
    }
}

fn main() {
    let text = ['R', 'u', 's', 't', ' ', '2', '0'];
    let mut counts = [0u32; 4];
    for c in text {
        counts[kind(c) as usize] += 1;
    }
    println!("{:?}", counts);
}
