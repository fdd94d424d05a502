// Settings kept in statics: rustc's lint does not read a static's value, so
// arithmetic on them is checked only when it runs (and here it never overflows).
static MAX_USERS: u8 = 250;
static SPARE: u8 = 10;
static DIVISOR: u32 = 0;
static SHIFT: u32 = 40;
static NAMES: [&str; 3] = ["ann", "bo", "cy"];
static LAST: usize = 3;

fn capacity(extra: bool) -> u8 {
    if extra {
        MAX_USERS + SPARE
    } else {
        MAX_USERS
    }
}

fn share(total: u32) -> u32 {
    if DIVISOR == 0 {
        return total;
    }
    total / DIVISOR
}

fn mask(enabled: bool) -> u64 {
    if enabled {
        1u64 << SHIFT
    } else {
        0
    }
}

fn name_at(i: usize) -> &'static str {
    if i >= LAST {
        return "?";
    }
    NAMES[i]
}

fn main() {
    println!("{}", capacity(false));
    println!("{}", share(90));
    println!("{}", mask(true));
    println!("{}", name_at(1));
    println!("{}", name_at(LAST));
}
