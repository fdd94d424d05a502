// Valid Rust outside tier L1: `Iterator` and `From` implemented for structs
// (lines 8-17 and 19-21). The `for` loop over the struct and `.into()` are
// indeterminate, never "not an iterator" or "no method named `into`".
struct Countdown {
    left: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        Some(self.left + 1)
    }
}

impl From<u32> for Countdown {
    fn from(left: u32) -> Countdown { Countdown { left } }
}

fn main() {
    let start: Countdown = 3.into();
    for tick in start {
        println!("{}", tick);
    }
}
