// Compound assignment operators, assignment to places, and chained targets.
#[derive(Debug, Default)]
struct Stats {
    total: i64,
    count: u32,
    flags: u8,
    history: Vec<i64>,
}

fn main() {
    let mut a = 10i64;
    a += 5;
    a -= 3;
    a *= 2;
    a /= 4;
    a %= 7;
    a <<= 3;
    a >>= 1;
    a &= 0xff;
    a |= 0x100;
    a ^= 0x0f;

    let mut s = Stats::default();
    s.total += a;
    s.count += 1;
    s.flags |= 1 << 3;
    s.flags &= !0b0001;
    s.history.push(a);
    s.history[0] *= -1;

    let mut grid = [[0u8; 4]; 4];
    grid[1][2] = 9;
    grid[3][0] += grid[1][2] * 2;

    let mut pair = (1, (2, 3));
    pair.1 .0 += 10;
    pair.1.1 -= 1;

    let mut x = 5;
    let r = &mut x;
    *r += 1;
    *r = *r * *r;

    let mut boxed = Box::new(3);
    *boxed <<= 2;

    let (mut p, mut q);
    (p, q) = (1, 2);
    [p, q] = [q, p];
    (p, _) = (p + q, 0);
    let mut st = Stats::default();
    Stats { total: st.total, .. } = Stats { total: 9, ..Default::default() };
    st.count = 1;

    let unit = a = 3;
    let chained;
    chained = { a += 1; a };
    println!("{a} {s:?} {grid:?} {pair:?} {x} {boxed} {p} {q} {:?} {chained} {}", unit, st.total);
}
