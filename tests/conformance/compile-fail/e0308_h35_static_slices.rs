// A static table of error messages indexed and measured with mismatched types.
static MESSAGES: [&str; 4] = ["ok", "not found", "denied", "timeout"];
static CODES: [u16; 4] = [200, 404, 403, 504];
const UNKNOWN: &str = "unknown";

fn message(code: u16) -> &'static str {
    for i in 0..CODES.len() {
        if CODES[i] == code {
            return MESSAGES[i];
        }
    }
    UNKNOWN
}

fn longest() -> u32 {
    let mut best = 0;
    for m in MESSAGES {
        best = best.max(m.len());
    }
    best
}

fn code_at(i: u32) -> u16 {
    CODES[i]
}

fn is_known(code: u16) -> bool {
    message(code) != UNKNOWN && code != "200"
}

fn main() {
    println!("{} {} {}", message(404), longest(), code_at(2));
    println!("{}", is_known(403));
}
