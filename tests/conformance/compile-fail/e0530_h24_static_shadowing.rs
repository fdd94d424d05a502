// A terminal escape-sequence filter whose bindings collide with statics.
static ESCAPE: u8 = 0x1B;
static BELL: u8 = 0x07;
const TAB: u8 = 0x09;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Action {
    Drop,
    Keep,
    Expand(u8),
}

fn classify(b: u8) -> Action {
    match b {
        ESCAPE => Action::Drop,
        TAB => Action::Expand(4),
        _ => Action::Keep,
    }
}

fn filter(input: &[u8], out: &mut [u8; 32]) -> usize {
    let mut n = 0;
    for &b in input {
        match classify(b) {
            Action::Drop => {}
            Action::Keep => {
                out[n] = b;
                n += 1;
            }
            Action::Expand(k) => {
                for _ in 0..k {
                    out[n] = b' ';
                    n += 1;
                }
            }
        }
    }
    n
}

fn ring(count: u8) -> u8 {
    let BELL = count;
    BELL
}

fn main() {
    let mut out = [0u8; 32];
    let n = filter(b"a\tb\x1bc", &mut out);
    println!("{} {:?} {}", n, &out[..n], ring(2));
    println!("{}", BELL);
}
