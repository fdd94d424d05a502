// Buffer sizes kept in statics that read each other; one sum overflows.
static PAGE: u16 = 4096;
static PAGES: u16 = 16;
static POOL: u16 = PAGE * PAGES;
static HALF_POOL: u32 = PAGE as u32 * PAGES as u32 / 2;
const GUARD: u16 = PAGE * 8 + PAGE * 8;
const SMALL: u16 = PAGE / 2;

struct Pool {
    size: u16,
    used: u16,
}

fn fresh() -> Pool {
    Pool { size: POOL, used: SMALL }
}

fn main() {
    let p = fresh();
    println!("{} {} {} {}", p.size, p.used, HALF_POOL, GUARD);
}
