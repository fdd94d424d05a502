// Constants and statics: typed, computed, unnamed `const _`, static mut, interior mutability.
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;

pub const MAX_USERS: usize = 64;
const GREETING: &str = "hi";
const PRIMES: [u32; 5] = [2, 3, 5, 7, 11];
const MASK: u32 = (1 << 12) - 1;
const _: () = assert!(MAX_USERS > 0);
const _: usize = std::mem::size_of::<u64>();
const LOOKUP: &[(&str, u8)] = &[("a", 1), ("b", 2)];
const SQUARES: [u64; 4] = {
    let mut out = [0; 4];
    let mut i = 0;
    while i < 4 {
        out[i] = (i * i) as u64;
        i += 1;
    }
    out
};

pub static VERSION: &str = "1.0.0";
static COUNTER: AtomicU32 = AtomicU32::new(0);
static NAMES: Mutex<Vec<String>> = Mutex::new(Vec::new());
static mut LEGACY_FLAG: bool = false;
pub(crate) static TABLE: [u8; 3] = [1, 2, 3];

struct Limits;

impl Limits {
    const LOW: i32 = -10;
    const HIGH: i32 = Self::LOW + 20;
}

fn next_id() -> u32 {
    COUNTER.fetch_add(1, Ordering::Relaxed)
}

fn main() {
    let id = next_id();
    NAMES.lock().unwrap().push(format!("{GREETING}-{id}"));
    unsafe {
        LEGACY_FLAG = true;
    }
    let flag = unsafe { LEGACY_FLAG };
    println!("{} {} {:?} {} {}", VERSION, MASK, PRIMES, flag, SQUARES[3]);
    println!("{} {} {}", Limits::HIGH, LOOKUP.len(), TABLE[0]);
}
