// Function parameters and match arms that reuse the names of statics.
static LIMIT: u32 = 100;
static RETRIES: u8 = 3;
const FLOOR: u32 = 10;

fn within(LIMIT: u32, value: u32) -> bool {
    value <= LIMIT
}

fn retry_kind(n: u8) -> &'static str {
    match n {
        0 => "none",
        RETRIES => "last",
        _ => "some",
    }
}

fn bucket(v: u32) -> u32 {
    match v {
        FLOOR => 0,
        other => other / FLOOR,
    }
}

fn main() {
    println!("{} {} {}", within(50, 70), retry_kind(3), bucket(25));
    println!("{} {}", LIMIT, RETRIES);
}
