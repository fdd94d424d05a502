// lints: unused_variables unused_assignments unused_mut
// Configuration parsing that shadows names repeatedly.
fn parse_level(raw: &str) -> u8 {
    let level = raw.len();
    let level = level as u8;
    let level = 3u8;
    level
}

fn normalize(input: i64) -> i64 {
    let value = input;
    let value = value.abs();
    let mut value = value;
    let value = 7;
    value * 2
}

fn window(width: u32, height: u32) -> u32 {
    let area = width * height;
    {
        let area = area + 1;
    }
    let width = 0;
    area
}

fn pipeline(seed: u32) -> u32 {
    let mut stage = seed;
    stage = stage + 1;
    let stage = stage * 2;
    let mut stage = stage;
    stage = 5;
    let stage = 9;
    stage
}

fn parameters(count: u32, count2: u32) -> u32 {
    let count = 4;
    let count2 = count2 + count;
    count2
}

fn main() {
    println!("{}", parse_level("abc"));
    println!("{}", normalize(-4));
    println!("{}", window(2, 3));
    println!("{}", pipeline(1));
    println!("{}", parameters(1, 2));
}
